"""The one entry point for every scan: keyboard-wedge filter, serial scanner, demo control."""

from __future__ import annotations

import logging
import unicodedata

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

DEFAULT_MAX_LENGTH = 256
REJECTED_TOO_LONG = "too_long"


def _is_edge_junk(char: str) -> bool:
    # Scanners frame data with STX/ETX, CR/LF, tabs or a BOM; none of it is part of the card.
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


def clean_scan_text(text: str) -> str:
    """The scan without surrounding whitespace and control characters."""
    start, end = 0, len(text)
    while start < end and _is_edge_junk(text[start]):
        start += 1
    while end > start and _is_edge_junk(text[end - 1]):
        end -= 1
    return text[start:end]


class ScanInput(QObject):
    """Every scan source calls feed(); consumers connect to `scanned`.

    `scanned` carries the cleaned text of one scan. Over-long input is not passed on as a
    scan; `rejected` reports it (with a reason code) so the screen can still answer the patron.
    Lives on the GUI thread; other threads reach feed() through a queued signal connection.
    """

    scanned = Signal(str)
    rejected = Signal(str)

    def __init__(self, max_length: int = DEFAULT_MAX_LENGTH, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if max_length < 1:
            raise ValueError("max_length must be at least 1")
        self._max_length = max_length

    @property
    def max_length(self) -> int:
        return self._max_length

    @Slot(str)
    def feed(self, text: str) -> None:
        if not isinstance(text, str):
            log.warning("scan ignored: not text")
            return
        # Checked before cleaning so a flood of data costs nothing to refuse; the margin
        # leaves room for framing characters around a scan of the longest accepted length.
        if len(text) > 2 * self._max_length + 16:
            self.refuse_overlong(len(text))
            return
        cleaned = clean_scan_text(text)
        if not cleaned:
            return
        if len(cleaned) > self._max_length:
            self.refuse_overlong(len(cleaned))
            return
        self.scanned.emit(cleaned)

    def refuse_overlong(self, length: int) -> None:
        """Report input of `length` characters, too long to be a scan, through `rejected`."""
        # The length is safe to log; the text may hold a card number and is not.
        log.warning("scan refused: %d characters, more than %d", length, self._max_length)
        self.rejected.emit(REJECTED_TOO_LONG)
