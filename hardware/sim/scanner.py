"""A simulated serial barcode/QR scanner: call `scan(text)` and the host reads one line."""

from __future__ import annotations

import fcntl
import struct
import termios
import threading

from hardware.sim.pty_device import PtyDevice

TERMINATORS = {"crlf": b"\r\n", "cr": b"\r", "lf": b"\n"}


class ScannerSimulator(PtyDevice):
    """Sends each scan followed by `terminator` (CR LF by default; many scanners are set to CR).

    A real scanner sends a scan whether or not anyone listens, and bytes sent before the host
    opens the port are lost (pyserial flushes the input queue on open). `wait_host_open` lets a
    caller scan only once a host is there: the simulator watches the pty in packet mode, where
    that flush shows up as TIOCPKT_FLUSHREAD."""

    def __init__(self, terminator: bytes = b"\r\n") -> None:
        super().__init__()
        if terminator not in TERMINATORS.values():
            raise ValueError(f"terminator must be one of CR LF, CR or LF, not {terminator!r}")
        self.terminator = terminator
        self._host = threading.Condition()
        self._opens = 0
        self._received = bytearray()

    @property
    def host_opens(self) -> int:
        """How many times a host has opened the port."""
        with self._host:
            return self._opens

    @property
    def received(self) -> bytes:
        """Bytes the host sent (a scanner ignores them)."""
        with self._host:
            return bytes(self._received)

    def wait_host_open(self, timeout: float, count: int = 1) -> bool:
        """Wait until a host has opened the port `count` times in all."""
        with self._host:
            return self._host.wait_for(lambda: self._opens >= count, timeout)

    def scan(self, text: str, terminator: bytes | None = None) -> None:
        """Send one scan, as a scanner does when its trigger reads a code."""
        self.send(text.encode("utf-8") + (self.terminator if terminator is None else terminator))

    def on_start(self) -> None:
        fcntl.ioctl(self._master, termios.TIOCPKT, struct.pack("i", 1))

    def on_bytes(self, data: bytes) -> None:
        if not data:
            return
        with self._host:
            if data[0] == termios.TIOCPKT_DATA:
                self._received += data[1:]
            elif data[0] & termios.TIOCPKT_FLUSHREAD:
                self._opens += 1
            self._host.notify_all()
