"""Helpers for hardware tests: waiting on conditions, recording callbacks, a scripted pty device.

Kept stable for the relay and printer tests that import it."""

from __future__ import annotations

import fcntl
import struct
import termios
import threading
from collections.abc import Sequence
from typing import TypeVar

from hardware.sim.pty_device import PtyDevice
from hardware.transport import LinkState
from tests.support import wait_until as wait_until


class Recorder:
    """Collects what a link (or driver) reports, from any thread, and waits for it."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self.lines: list[bytes] = []
        self.states: list[LinkState] = []

    def on_line(self, line: bytes) -> None:
        with self._lock:
            self.lines.append(line)
            self._lock.notify_all()

    def on_state(self, state: LinkState) -> None:
        with self._lock:
            self.states.append(state)
            self._lock.notify_all()

    def kinds(self) -> list[str]:
        with self._lock:
            return [state.kind for state in self.states]

    def wait_lines(self, count: int, timeout: float = 5.0) -> list[bytes]:
        """Wait until at least `count` lines have arrived; return a copy of all of them."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.lines) >= count, timeout):
                raise AssertionError(f"expected {count} lines within {timeout:g} s: {self.lines}")
            return list(self.lines)

    def wait_state(self, kind: str, count: int = 1, timeout: float = 5.0) -> LinkState:
        """Wait until `count` states of `kind` were reported; return the last of them."""

        def matching() -> list[LinkState]:
            return [state for state in self.states if state.kind == kind]

        with self._lock:
            if not self._lock.wait_for(lambda: len(matching()) >= count, timeout):
                raise AssertionError(f"expected {count}× {kind!r} within {timeout:g} s")
            return matching()[count - 1]


E = TypeVar("E")


class EventLog:
    """Collects a driver's events (a callable to pass as `on_event`) and waits for them."""

    def __init__(self) -> None:
        self._cv = threading.Condition()
        self.items: list[object] = []

    def __call__(self, event: object) -> None:
        with self._cv:
            self.items.append(event)
            self._cv.notify_all()

    def wait(self, kind: type[E], count: int = 1, timeout: float = 5.0) -> E:
        """Wait until `count` events of `kind` have arrived; return the last of them."""

        def found() -> list[object]:
            return [e for e in self.items if isinstance(e, kind)]

        with self._cv:
            if not self._cv.wait_for(lambda: len(found()) >= count, timeout):
                raise AssertionError(
                    f"no {count}x {kind.__name__} within {timeout} s: {self.items}"
                )
            event = found()[count - 1]
            assert isinstance(event, kind)
            return event


class HostAwareDevice(PtyDevice):
    """A pty device that notices when the host opens the port.

    pyserial flushes the input queue when it opens a port; a pty master in packet mode sees
    that flush as TIOCPKT_FLUSHREAD. That is the closest a pty gets to the DTR pulse that resets
    an Arduino, so `on_host_open` is where a simulator plays its boot sequence.

    By default the device plays `boot` (raw byte chunks) on every open, records every byte it
    receives in `received`, and answers nothing else."""

    def __init__(self, boot: Sequence[bytes] = ()) -> None:
        super().__init__()
        self.boot = list(boot)
        self.opens = 0
        self._received = bytearray()
        self._lock = threading.Condition()

    @property
    def received(self) -> bytes:
        with self._lock:
            return bytes(self._received)

    def wait_received(self, data: bytes, timeout: float = 5.0) -> bytes:
        with self._lock:
            if not self._lock.wait_for(lambda: data in self._received, timeout):
                raise AssertionError(f"device never received {data!r}: {bytes(self._received)!r}")
            return bytes(self._received)

    def wait_opens(self, count: int, timeout: float = 5.0) -> None:
        with self._lock:
            if not self._lock.wait_for(lambda: self.opens >= count, timeout):
                raise AssertionError(f"host opened the port {self.opens} times, not {count}")

    def on_start(self) -> None:
        fcntl.ioctl(self._master, termios.TIOCPKT, struct.pack("i", 1))

    def on_bytes(self, data: bytes) -> None:
        if not data:
            return
        if data[0] == termios.TIOCPKT_DATA:
            payload = data[1:]
            with self._lock:
                self._received += payload
                self._lock.notify_all()
            self.on_data(payload)
        elif data[0] & termios.TIOCPKT_FLUSHREAD:
            with self._lock:
                self.opens += 1
                self._lock.notify_all()
            self.on_host_open()

    def on_data(self, data: bytes) -> None:
        """Hook: bytes from the host (packet header removed)."""

    def on_host_open(self) -> None:
        for chunk in self.boot:
            self.send(chunk)
