"""Barcode/QR scanners that present a serial port (USB CDC) and send one line per scan.

Each scan reaches `on_scan` as clean text, the same shape the keyboard-wedge scanner path
produces, so the kiosk treats both kinds of scanner alike."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from types import TracebackType

from hardware.framing import LineTooLong
from hardware.transport import LinkState, SerialLink

# Unicode categories removed from a scan: controls (STX/ETX framing, stray NULs from a noisy
# cable) and invisible format characters (BOM, zero-width space) that would make two scans of
# the same card compare unequal.
_STRIPPED_CATEGORIES = frozenset({"Cc", "Cf"})


def decode_scan(line: bytes) -> str | None:
    """The text of one scanned line, or None when nothing printable is left.

    Invalid UTF-8 becomes U+FFFD rather than an exception: the card lookup then simply fails
    to match, and the patron is told to try again."""
    text = line.decode("utf-8", errors="replace")
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in _STRIPPED_CATEGORIES)
    kept = kept.strip()
    return kept or None


class SerialScanner:
    """A serial scanner on `port` (a path, pyserial URL or "usb:VID:PID[:SERIAL]").

    `on_scan`, `on_state` and `on_rejected` run on the link's reader thread. A scan longer than
    `max_length` characters (after cleaning, as the keyboard-wedge path counts) is dropped: it
    is reported as an "error" state and, if given, through `on_rejected(length)`; the scanner
    keeps working. The link reconnects by itself when the scanner is unplugged and plugged
    back in."""

    def __init__(
        self,
        port: str,
        on_scan: Callable[[str], None],
        on_state: Callable[[LinkState], None] | None = None,
        max_length: int = 256,
        *,
        on_rejected: Callable[[int], None] | None = None,
        baudrate: int = 9600,
    ) -> None:
        if max_length < 1:
            raise ValueError(f"max_length must be at least 1, not {max_length}")
        self.max_length = max_length
        self._on_scan = on_scan
        self._on_state = on_state
        self._on_rejected = on_rejected
        # Room for up to 4 UTF-8 bytes a character and framing; anything longer is a flood
        # that the link drops before decoding it.
        link_limit = max_length * 4 + 16
        self._flood_detail = str(LineTooLong(link_limit))
        self._flood_length = link_limit + 1
        self._link = SerialLink(
            port,
            baudrate=baudrate,
            on_line=self._on_line,
            on_state=self._on_link_state,
            max_line=link_limit,
        )

    @property
    def port(self) -> str:
        return self._link.port

    @property
    def connected(self) -> bool:
        return self._link.connected

    def start(self, timeout: float = 5.0) -> None:
        """Open the port; if the scanner is not there yet, keep trying in the background."""
        self._link.start(timeout)

    def stop(self) -> None:
        self._link.stop()

    def wait_connected(self, timeout: float) -> bool:
        return self._link.wait_connected(timeout)

    def __enter__(self) -> SerialScanner:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _on_line(self, line: bytes) -> None:
        text = decode_scan(line)
        if text is None:
            return
        if len(text) > self.max_length:
            self._reject(len(text), f"scan longer than {self.max_length} characters dropped")
            return
        self._on_scan(text)

    def _on_link_state(self, state: LinkState) -> None:
        if state.kind == "error" and state.detail == self._flood_detail:
            self._reject(self._flood_length, state.detail)
        elif self._on_state is not None:
            self._on_state(state)

    def _reject(self, length: int, detail: str) -> None:
        # Only the length is reported: the text may be a patron's card number.
        if self._on_state is not None:
            self._on_state(LinkState("error", self.port, detail))
        if self._on_rejected is not None:
            self._on_rejected(length)
