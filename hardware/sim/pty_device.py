"""A simulated serial device on a pseudo-terminal pair.

The driver under test opens the slave side through real pyserial, exactly as it would open
/dev/ttyACM0; the simulator reads and writes the master side on its own thread."""

from __future__ import annotations

import contextlib
import os
import select
import threading
import tty
from types import TracebackType


class PtyDevice:
    """Base class: subclasses implement `on_bytes(data)` and call `send(data)`.

    `on_bytes` runs on the simulator's thread; `send` may be called from any thread."""

    def __init__(self) -> None:
        self._master = -1
        self._slave = -1
        self._port = ""
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._write_lock = threading.Lock()

    @property
    def port(self) -> str:
        return self._port

    def start(self) -> str:
        """Create the pty pair, start serving, return the port path a driver opens."""
        master, slave = os.openpty()
        tty.setraw(slave)  # no echo, no line discipline: bytes pass as on a USB CDC port
        self._master, self._slave = master, slave
        self._port = os.ttyname(slave)
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, name=f"sim:{self._port}", daemon=True)
        self._thread.start()
        self.on_start()
        return self._port

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
            self._thread = None
        for fd in (self._master, self._slave):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = -1

    def __enter__(self) -> PtyDevice:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def send(self, data: bytes) -> None:
        """Write bytes towards the host (the driver)."""
        with self._write_lock:
            view = memoryview(data)
            while view and self._master >= 0:
                try:
                    written = os.write(self._master, view)
                except BlockingIOError:
                    select.select([], [self._master], [], 0.05)
                    continue
                except OSError:
                    return
                view = view[written:]

    def on_start(self) -> None:
        """Hook: runs once the port exists (e.g. to send a boot banner)."""

    def on_bytes(self, data: bytes) -> None:
        raise NotImplementedError

    def on_idle(self) -> None:
        """Hook: called about every 10 ms on the simulator thread (timers, move models)."""

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self._master], [], [], 0.01)
            except (OSError, ValueError):
                return
            if ready:
                try:
                    data = os.read(self._master, 4096)
                except OSError:
                    # EIO: no process holds the slave open right now; keep serving.
                    data = b""
                if data:
                    self.on_bytes(data)
            self.on_idle()
