"""`JsonHttp`: the little HTTP a printer's local API needs, on the standard library.

`urllib` does all these servers need (JSON requests, a streamed multipart upload, timeouts), so
no HTTP client library is added. Every failure becomes one plain line: `Unreachable` when
nothing answers, `NotAuthorized` when the server refuses the key, `BackendError` otherwise."""

from __future__ import annotations

import http.client
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from hardware.printers.digest import DigestAuth
from hardware.printers.model import BackendError, NotAuthorized, SendAborted, Unreachable

CHUNK = 64 * 1024
ERROR_TEXT_LIMIT = 200


class HttpStatusError(BackendError):
    """The server answered with an error status other than 401/403."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def check_base_url(url: str) -> str:
    """`http://host[:port][/prefix]` without a trailing slash; ValueError for anything else."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http:// or https:// address")
    return url.strip().rstrip("/")


class JsonHttp:
    def __init__(
        self,
        base_url: str,
        *,
        name: str,
        headers: Mapping[str, str] | None = None,
        timeout: float = 5.0,
        refused: str = "the server refused the credentials",
        digest: tuple[str, str] | None = None,
    ) -> None:
        """`digest`: (user, password) for HTTP Digest authentication (PrusaLink)."""
        self.base_url = check_base_url(base_url)
        self.name = name
        self.timeout = timeout
        self._headers = dict(headers or {})
        self._refused = refused
        self._digest = DigestAuth(*digest) if digest else None

    def get(self, path: str, *, timeout: float | None = None) -> Any:
        return self.request("GET", path, timeout=timeout)

    def post(self, path: str, body: Any = None, *, timeout: float | None = None) -> Any:
        return self.request("POST", path, body, timeout=timeout)

    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send `body` as JSON (if not None); the decoded JSON answer, or None if it is empty."""
        data = None if body is None else json.dumps(body).encode()
        extra = dict(headers or {})
        if data is not None:
            extra.setdefault("Content-Type", "application/json")
        return self._send(method, path, data, extra, timeout)

    def upload(
        self,
        path: str,
        file: Path,
        *,
        field: str = "file",
        fields: Mapping[str, str] | None = None,
        timeout: float | None = None,
        aborted: Callable[[], bool] | None = None,
    ) -> Any:
        """POST `file` as multipart/form-data, streamed from disk, with `fields` beside it.
        Once `aborted()` is true the upload stops between two chunks (`SendAborted`): the
        connection is closed mid-body, so the server never takes the file."""
        boundary = uuid.uuid4().hex
        disposition = '--{}\r\nContent-Disposition: form-data; name="{}"\r\n\r\n{}\r\n'
        head = b"".join(
            disposition.format(boundary, key, value).encode()
            for key, value in (fields or {}).items()
        )
        head += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
            f'filename="{file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n'
        ).encode()
        tail = f"\r\n--{boundary}--\r\n".encode()
        size = len(head) + os.path.getsize(file) + len(tail)

        def body() -> Iterator[bytes]:
            yield head
            yield from _chunks(file, aborted)
            yield tail

        headers = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Content-Length": str(size),
        }
        return self._send("POST", path, body, headers, timeout)

    def put_file(
        self,
        path: str,
        file: Path,
        headers: Mapping[str, str],
        *,
        timeout: float | None = None,
        aborted: Callable[[], bool] | None = None,
    ) -> Any:
        """PUT the raw bytes of `file`, streamed from disk (stopped as `upload` is)."""
        extra = {"Content-Type": "application/octet-stream", **headers}
        extra["Content-Length"] = str(os.path.getsize(file))
        return self._send("PUT", path, lambda: _chunks(file, aborted), extra, timeout)

    def _send(
        self,
        method: str,
        path: str,
        data: bytes | Callable[[], Iterable[bytes]] | None,
        headers: Mapping[str, str],
        timeout: float | None,
    ) -> Any:
        """`data` is bytes or a function giving the body afresh: a digest challenge means the
        request goes again, and a streamed body can be read only once."""
        url = self.base_url + path
        limit = self.timeout if timeout is None else timeout
        for attempt in (1, 2):
            all_headers = {**self._headers, **headers}
            if self._digest is not None and self._digest.ready:
                all_headers["Authorization"] = self._digest.header(method, path)
            body = data() if callable(data) else data
            request = Request(url, data=body, method=method, headers=all_headers)
            try:
                raw = self._open(request, limit)
                break
            except HTTPError as exc:
                challenge = exc.headers.get("WWW-Authenticate", "") if exc.headers else ""
                if (
                    attempt == 1
                    and exc.code == 401
                    and self._digest is not None
                    and self._digest.challenged(challenge)
                ):
                    exc.close()
                    continue
                raise self._http_error(method, path, exc) from None
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except ValueError:
            raise BackendError(
                f"{self.name}: {method} {path} answered with something that is not JSON"
            ) from None

    def _open(self, request: Request, limit: float) -> bytes:
        try:
            with urlopen(request, timeout=limit) as response:
                return bytes(response.read())
        except HTTPError:
            raise
        except TimeoutError:
            raise Unreachable(
                f"{self.name}: no answer from {self.base_url} within {limit:g} s"
            ) from None
        except URLError as exc:
            reason = getattr(exc.reason, "strerror", None) or str(exc.reason)
            raise Unreachable(
                f"{self.name}: nothing answers at {self.base_url} ({reason})"
            ) from None
        except http.client.HTTPException as exc:
            raise Unreachable(
                f"{self.name}: {self.base_url} does not answer like a web server ({exc!r})"
            ) from None
        except (ConnectionError, OSError) as exc:
            raise Unreachable(
                f"{self.name}: connection to {self.base_url} failed ({exc})"
            ) from None

    def _http_error(self, method: str, path: str, exc: HTTPError) -> BackendError:
        try:
            text = exc.read().decode("utf-8", errors="replace")
        except OSError:
            text = ""
        message = server_message(text) or exc.reason or ""
        if exc.code in (401, 403):
            return NotAuthorized(f"{self.name}: {self._refused} (HTTP {exc.code})")
        summary = f"{self.name}: {method} {path}: HTTP {exc.code} {message}".rstrip()
        return HttpStatusError(summary, exc.code)


def _chunks(file: Path, aborted: Callable[[], bool] | None = None) -> Iterator[bytes]:
    with open(file, "rb") as handle:
        while chunk := handle.read(CHUNK):
            if aborted is not None and aborted():
                raise SendAborted(f"{file.name}: the upload was stopped")
            yield chunk


def server_message(text: str) -> str:
    """The one-line reason a server gave in an error body (JSON `error`/`message`, or text)."""
    try:
        body = json.loads(text)
    except ValueError:
        body = None
    if isinstance(body, dict):
        for key in ("error", "message", "text", "title", "detail"):
            value = body.get(key)
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str) and value.strip():
                text = value
                break
    line = " ".join(text.split())
    return line[:ERROR_TEXT_LIMIT]
