"""A FAKE PrusaLink (MK4/XL/MINI, Buddy firmware), written from Prusa's published API
description (Prusa-Link-Web spec/openapi.yaml), not from a printer: no PrusaLink server runs
without Prusa's printer firmware. It answers what the PrusaLink backend asks, with the
documented shapes and status codes, and checks HTTP Digest authentication (user "maker", the
password from the printer's screen; the challenge carries no qop, as on the printers). A print
advances only when the test says so."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

REALM = "Printer API"
_PARAM = re.compile(r'(\w+)=(?:"([^"]*)"|([^\s,]+))')


def _md5(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


class FakePrusaLink:
    def __init__(self, password: str = "s3cret", user: str = "maker") -> None:
        self.user, self.password = user, password
        self.nonce = "0123456789abcdef"
        self.lock = threading.Lock()
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        self.state = "IDLE"
        self.temps = {
            "temp_nozzle": 24.0,
            "target_nozzle": 0.0,
            "temp_bed": 23.5,
            "target_bed": 0.0,
        }
        self.job: dict[str, Any] | None = None
        self._ids = itertools.count(40)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakePrusaLink:
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- what a test does to the printer -----------------------------------------------------

    def advance(self, percent: float, printing: int, remaining: int) -> None:
        with self.lock:
            assert self.job is not None
            self.job.update(progress=percent, time_printing=printing, time_remaining=remaining)

    def finish(self) -> None:
        with self.lock:
            self.state = "FINISHED"
            if self.job:
                self.job["progress"] = 100.0

    def need_attention(self) -> None:
        with self.lock:
            self.state = "ATTENTION"

    # -- the API -------------------------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        with self.lock:
            body: dict[str, Any] = {"printer": {"state": self.state, **self.temps}}
            if self.job is not None:
                body["job"] = {
                    key: self.job[key]
                    for key in ("id", "progress", "time_remaining", "time_printing")
                }
            return body

    def upload(self, storage: str, name: str, data: bytes, headers: Any) -> int:
        with self.lock:
            if storage != "usb":
                return 404
            if name in self.files and headers.get("Overwrite") != "?1":
                return 409
            if self.state in ("PRINTING", "PAUSED", "ATTENTION", "BUSY"):
                return 409
            self.files[name] = data
            if headers.get("Print-After-Upload") == "?1":
                self.state = "PRINTING"
                self.job = {
                    "id": next(self._ids),
                    "state": "PRINTING",
                    "progress": 0.0,
                    "time_remaining": None,
                    "time_printing": 0,
                    "file": {"name": name[:8].upper(), "display_name": name, "path": "/usb"},
                }
            return 201

    def job_command(self, method: str, job_id: int, action: str) -> int:
        with self.lock:
            if self.job is None or self.job["id"] != job_id:
                return 404
            if method == "DELETE" and self.state in ("PRINTING", "PAUSED", "ATTENTION"):
                self.state = "STOPPED"
            elif action == "pause" and self.state == "PRINTING":
                self.state = "PAUSED"
            elif action == "resume" and self.state == "PAUSED":
                self.state = "PRINTING"
            else:
                return 409
            self.job["state"] = self.state
            return 204

    def authorized(self, method: str, header: str) -> bool:
        if not header.startswith("Digest "):
            return False
        params = {m.group(1): m.group(2) or m.group(3) for m in _PARAM.finditer(header)}
        if params.get("username") != self.user or params.get("nonce") != self.nonce:
            return False
        ha1 = _md5(f"{self.user}:{REALM}:{self.password}")
        ha2 = _md5(f"{method}:{params.get('uri', '')}")
        return params.get("response") == _md5(f"{ha1}:{self.nonce}:{ha2}")


def _handler_for(fake: FakePrusaLink) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self._dispatch("GET")

        def do_PUT(self) -> None:
            self._dispatch("PUT")

        def do_DELETE(self) -> None:
            self._dispatch("DELETE")

        def _dispatch(self, method: str) -> None:
            path = urlsplit(self.path).path
            length = int(self.headers.get("Content-Length", "0"))
            data = self.rfile.read(length) if length else b""
            fake.requests.append(f"{method} {path}")
            if not fake.authorized(method, self.headers.get("Authorization", "")):
                challenge = f'Digest realm="{REALM}", nonce="{fake.nonce}", stale=false'
                self._reply(401, {"title": "Unauthorized", "text": "Unauthorized"}, challenge)
                return
            if method == "GET" and path == "/api/version":
                self._reply(200, {"api": "2.0.0", "version": "2.1.2", "text": "PrusaLink"})
            elif method == "GET" and path == "/api/v1/status":
                self._reply(200, fake.status())
            elif method == "GET" and path == "/api/v1/job":
                with fake.lock:
                    job = dict(fake.job) if fake.job else None
                self._reply(200, job) if job else self._reply(204, None)
            elif method == "GET" and path == "/api/v1/storage":
                usb = {
                    "name": "usb",
                    "type": "USB",
                    "path": "/usb",
                    "available": True,
                    "read_only": False,
                }
                self._reply(200, {"storage_list": [usb]})
            elif method == "PUT" and path.startswith("/api/v1/files/"):
                storage, _, name = path.removeprefix("/api/v1/files/").partition("/")
                code = fake.upload(storage, unquote(name), data, self.headers)
                self._reply(
                    code, None if code == 201 else {"title": "Conflict", "text": "Conflict"}
                )
            elif match := re.fullmatch(r"/api/v1/job/(\d+)(?:/(pause|resume))?", path):
                code = fake.job_command(method, int(match.group(1)), match.group(2) or "")
                self._reply(
                    code, None if code == 204 else {"title": "Conflict", "text": "Conflict"}
                )
            else:
                self._reply(404, {"title": "Not Found", "text": "Not Found"})

        def _reply(self, code: int, body: Any, challenge: str = "") -> None:
            data = b"" if body is None else json.dumps(body).encode()
            self.send_response(code)
            if challenge:
                self.send_header("WWW-Authenticate", challenge)
            if data:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
