"""A TCP proxy in front of the PostgreSQL server that can drop its connections: after a number
of bytes from the client (mid-statement), or all at once."""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class CuttingProxy:
    def __init__(self, upstream: tuple[str, int] = ("127.0.0.1", 5432)) -> None:
        self._upstream = upstream
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._budget: int | None = None
        self.cuts = 0
        self._threads: list[threading.Thread] = []
        self._stopping = False
        self._start(self._accept)

    def cut_after(self, client_bytes: int | None) -> None:
        """Drop every connection once clients have sent this many more bytes (None: never)."""
        with self._lock:
            self._budget = client_bytes

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self._threads.append(thread)

    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self._upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, server]
            self._start(self._pump, client, server, True)
            self._start(self._pump, server, client, False)

    def _pump(self, source: socket.socket, sink: socket.socket, from_client: bool) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                break
            if from_client and self._spend(len(data)):
                self.drop_all()
                break
            try:
                sink.sendall(data)
            except OSError:
                break
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)

    def _spend(self, count: int) -> bool:
        with self._lock:
            if self._budget is None:
                return False
            self._budget -= count
            if self._budget > 0:
                return False
            self._budget = None
            self.cuts += 1
            return True

    def drop_all(self) -> None:
        with self._lock:
            sockets, self._open = self._open, []
        for end in sockets:
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    def close(self) -> None:
        self._stopping = True
        self._listener.close()
        self.drop_all()
        for thread in self._threads:
            thread.join(timeout=10)

    def __enter__(self) -> CuttingProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
