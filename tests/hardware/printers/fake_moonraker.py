"""A FAKE Moonraker, written from Moonraker's documentation (docs/external_api: server.md,
printer.md, file_manager.md, jsonrpc_notifications.md, introduction.md), not from running one.

Why a fake: a real Moonraker needs a Klipper host process (klippy) talking to a printer's
micro-controller; see hardware/printers/README.md for exactly what stopped that here. This fake
answers the requests the Moonraker backend makes, with the shapes the documentation gives
(`{"result": ...}` on success, `{"error": {"code", "message"}}` on failure), and speaks the
websocket protocol itself (RFC 6455 framing), so the backend's real websocket client is tested.
A print advances only when the test says so (`advance`, `finish`, `fail`): no clock involved."""

from __future__ import annotations

import base64
import hashlib
import json
import queue
import select
import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class FakeMoonraker:
    def __init__(self, api_key: str | None = None, *, finish_at_once: bool = False) -> None:
        """`finish_at_once`: every print completes as soon as it has started."""
        self.api_key = api_key
        self.finish_at_once = finish_at_once
        self.lock = threading.Lock()
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        self.broken: set[str] = set()  # paths that answer HTTP 500
        self.objects: dict[str, dict[str, Any]] = {
            "webhooks": {"state": "ready", "state_message": "Printer is ready"},
            "print_stats": {
                "state": "standby",
                "filename": "",
                "print_duration": 0.0,
                "message": "",
            },
            "virtual_sdcard": {"progress": 0.0, "is_active": False},
            "extruder": {"temperature": 24.5, "target": 0.0},
            "heater_bed": {"temperature": 23.0, "target": 0.0},
        }
        self.eventtime = 100.0  # Klipper's monotonic clock: one tick per change here
        self._listeners: list[queue.SimpleQueue[tuple[dict[str, Any], float]]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeMoonraker:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- what a test does to the printer -----------------------------------------------------

    def change(self, **objects: dict[str, Any]) -> None:
        """Change printer objects and notify websocket subscribers, as Klipper's status
        updates reach Moonraker's clients."""
        with self.lock:
            self.eventtime += 1.0
            for key, fields in objects.items():
                self.objects.setdefault(key, {}).update(fields)
            for listener in self._listeners:
                listener.put((objects, self.eventtime))

    def advance(self, progress: float, duration: float) -> None:
        self.change(
            virtual_sdcard={"progress": progress},
            print_stats={"print_duration": duration},
        )

    def finish(self) -> None:
        self.change(
            print_stats={"state": "complete"},
            virtual_sdcard={"progress": 1.0, "is_active": False},
        )

    def fail(self, message: str) -> None:
        self.change(print_stats={"state": "error", "message": message})

    def shut_down(self, message: str) -> None:
        self.change(webhooks={"state": "shutdown", "state_message": message})

    # -- what the API does ---------------------------------------------------------------------

    def start_print(self, filename: str) -> None:
        if self.objects["webhooks"]["state"] != "ready":
            raise ApiError(503, "Klippy Host not connected")
        if self.objects["print_stats"]["state"] in ("printing", "paused"):
            raise ApiError(400, "Print already in progress")
        if filename not in self.files:
            raise ApiError(404, f"File {filename} does not exist")
        self.change(
            print_stats={"state": "printing", "filename": filename, "print_duration": 0.0},
            virtual_sdcard={"progress": 0.0, "is_active": True},
        )
        if self.finish_at_once:
            self.finish()

    def print_command(self, action: str) -> None:
        state = self.objects["print_stats"]["state"]
        if action == "pause" and state == "printing":
            self.change(print_stats={"state": "paused"})
        elif action == "resume" and state == "paused":
            self.change(print_stats={"state": "printing"})
        elif action == "cancel" and state in ("printing", "paused"):
            self.change(print_stats={"state": "cancelled"}, virtual_sdcard={"is_active": False})
        elif action in ("pause", "resume", "cancel"):
            # Klipper's PAUSE/RESUME/CANCEL_PRINT macros answer an idle printer with an error.
            raise ApiError(400, f"Print not in progress ({action})")

    def status_of(self, wanted: dict[str, list[str] | None]) -> dict[str, Any]:
        """A query's or subscription's answer: `{"eventtime", "status"}`."""
        with self.lock:
            status = {}
            for key, fields in wanted.items():
                obj = self.objects.get(key)
                if obj is None:
                    continue  # "If a requested printer object ... does not exist ... omitted"
                status[key] = {f: v for f, v in obj.items() if fields is None or f in fields}
            return {"eventtime": self.eventtime, "status": status}

    def subscribe(self) -> queue.SimpleQueue[tuple[dict[str, Any], float]]:
        listener: queue.SimpleQueue[tuple[dict[str, Any], float]] = queue.SimpleQueue()
        with self.lock:
            self._listeners.append(listener)
        return listener

    def unsubscribe(self, listener: queue.SimpleQueue[tuple[dict[str, Any], float]]) -> None:
        with self.lock:
            self._listeners.remove(listener)


class ApiError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def _handler_for(fake: FakeMoonraker) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self._dispatch("GET")

        def do_POST(self) -> None:
            self._dispatch("POST")

        def _dispatch(self, method: str) -> None:
            url = urlsplit(self.path)
            fake.requests.append(f"{method} {url.path}")
            if fake.api_key and self.headers.get("X-Api-Key") != fake.api_key:
                self._reply(401, {"error": {"code": 401, "message": "Unauthorized"}})
                return
            if url.path in fake.broken:
                self._reply(500, {"error": {"code": 500, "message": "Internal Server Error"}})
                return
            try:
                if method == "GET" and url.path == "/websocket":
                    self._websocket()
                    return
                result = self._route(method, url.path, url.query)
            except ApiError as exc:
                self._reply(exc.code, {"error": {"code": exc.code, "message": str(exc)}})
                return
            self._reply(200, {"result": result})

        def _route(self, method: str, path: str, query: str) -> Any:
            if (method, path) == ("GET", "/server/info"):
                state = fake.objects["webhooks"]["state"]
                return {"klippy_connected": True, "klippy_state": state, "components": []}
            if (method, path) == ("GET", "/printer/objects/query"):
                wanted = {
                    key: values[0].split(",") if values[0] else None
                    for key, values in parse_qs(query, keep_blank_values=True).items()
                }
                return fake.status_of(wanted)
            if (method, path) == ("POST", "/server/files/upload"):
                return self._upload()
            if method == "POST" and path.startswith("/printer/print/"):
                action = path.rsplit("/", 1)[1]
                if action == "start":
                    fake.start_print(parse_qs(query)["filename"][0])
                else:
                    fake.print_command(action)
                return "ok"
            if (method, path) == ("POST", "/printer/emergency_stop"):
                fake.shut_down("Shutdown due to webhooks request")
                return "ok"
            raise ApiError(404, "Not Found")

        def _upload(self) -> dict[str, Any]:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            boundary = self.headers.get_content_type() == "multipart/form-data" and (
                self.headers.get_param("boundary")
            )
            if not boundary:
                raise ApiError(400, "Not a multipart upload")
            fields: dict[str, bytes] = {}
            filename = ""
            for part in body.split(b"--" + str(boundary).encode())[1:-1]:
                head, _, data = part.partition(b"\r\n\r\n")
                data = data[:-2]  # the CRLF before the next boundary
                name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
                if b'filename="' in head:
                    filename = head.split(b'filename="', 1)[1].split(b'"', 1)[0].decode()
                fields[name] = data
            if "file" not in fields:
                raise ApiError(400, "No file Part")
            fake.files[filename] = fields["file"]
            started = False
            if fields.get("print") == b"true":
                fake.start_print(filename)
                started = True
            item = {"path": filename, "root": "gcodes", "size": len(fields["file"])}
            return {
                "item": item,
                "print_started": started,
                "print_queued": False,
                "action": "create_file",
            }

        def _reply(self, code: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        # -- websocket (RFC 6455): text frames, ping/pong, close ----------------------------

        def _websocket(self) -> None:
            key = self.headers.get("Sec-WebSocket-Key", "")
            accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()
            self.send_response(101, "Switching Protocols")
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.send_header("Sec-WebSocket-Accept", accept)
            self.end_headers()
            self.wfile.flush()
            self.close_connection = True
            updates = fake.subscribe()
            sock = self.connection
            subscribed = False
            try:
                while True:
                    readable, _, _ = select.select([sock], [], [], 0.05)
                    if readable:
                        frame = _read_frame(sock)
                        if frame is None:
                            return
                        opcode, payload = frame
                        if opcode == 0x8:
                            _send_frame(sock, 0x8, payload[:2])
                            return
                        if opcode == 0x9:
                            _send_frame(sock, 0xA, payload)
                        elif opcode == 0x1:
                            request = json.loads(payload)
                            if request.get("method") == "printer.objects.subscribe":
                                subscribed = True
                                answer = fake.status_of(request["params"]["objects"])
                                reply = {"jsonrpc": "2.0", "result": answer, "id": request["id"]}
                                _send_frame(sock, 0x1, json.dumps(reply).encode())
                    while subscribed:
                        try:
                            changes, eventtime = updates.get_nowait()
                        except queue.Empty:
                            break
                        note = {
                            "jsonrpc": "2.0",
                            "method": "notify_status_update",
                            "params": [changes, eventtime],
                        }
                        _send_frame(sock, 0x1, json.dumps(note).encode())
            except OSError:
                return
            finally:
                fake.unsubscribe(updates)

    return Handler


def _recv_exactly(sock: socket.socket, count: int) -> bytes | None:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _read_frame(sock: socket.socket) -> tuple[int, bytes] | None:
    head = _recv_exactly(sock, 2)
    if head is None:
        return None
    opcode, length = head[0] & 0x0F, head[1] & 0x7F
    if length == 126:
        raw = _recv_exactly(sock, 2)
        length = struct.unpack("!H", raw)[0] if raw else 0
    elif length == 127:
        raw = _recv_exactly(sock, 8)
        length = struct.unpack("!Q", raw)[0] if raw else 0
    mask = _recv_exactly(sock, 4) if head[1] & 0x80 else b"\0\0\0\0"
    payload = _recv_exactly(sock, length) if length else b""
    if mask is None or payload is None:
        return None
    return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def _send_frame(sock: socket.socket, opcode: int, payload: bytes) -> None:
    length = len(payload)
    if length < 126:
        head = struct.pack("!BB", 0x80 | opcode, length)
    elif length < 65536:
        head = struct.pack("!BBH", 0x80 | opcode, 126, length)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 127, length)
    sock.sendall(head + payload)
