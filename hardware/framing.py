"""Sans-I/O line framing for serial devices.

Bytes go in as they arrive from the port, in chunks of any size; complete lines come out. A line
ends at LF, CR or CRLF (a CRLF split across two chunks still counts once). A line that grows
past `max_line` bytes is dropped whole: the framer reports it once and discards everything up to
the next terminator, so one noisy burst can never grow memory or reach a protocol parser."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TERMINATOR = re.compile(rb"[\r\n]")
_CR = 0x0D
_LF = 0x0A


@dataclass(frozen=True)
class LineTooLong:
    """An over-long line was dropped; the framer skips to the next terminator."""

    limit: int

    def __str__(self) -> str:
        return f"line longer than {self.limit} bytes dropped"


FramerEvent = bytes | LineTooLong


class LineFramer:
    """Feed received bytes with `feed`; it returns the lines completed so far, terminator stripped.

    Empty lines (two terminators in a row, other than CRLF) are returned as `b""`: what to do
    with them is the protocol's decision."""

    def __init__(self, max_line: int = 512) -> None:
        if max_line < 1:
            raise ValueError(f"max_line must be at least 1, not {max_line}")
        self.max_line = max_line
        self._buffer = bytearray()
        self._discarding = False
        # The previous chunk ended in CR: an LF at the start of the next one belongs to it.
        self._pending_lf = False

    @property
    def buffered(self) -> int:
        """Bytes of the current, unfinished line."""
        return len(self._buffer)

    def reset(self) -> None:
        """Forget any partial line, e.g. after the port was reopened."""
        self._buffer.clear()
        self._discarding = False
        self._pending_lf = False

    def feed(self, data: bytes) -> list[FramerEvent]:
        events: list[FramerEvent] = []
        size = len(data)
        pos = 0
        if self._pending_lf and size:
            self._pending_lf = False
            if data[0] == _LF:
                pos = 1
        while pos < size:
            match = _TERMINATOR.search(data, pos)
            if match is None:
                self._take(data[pos:], events)
                break
            end = match.start()
            self._take(data[pos:end], events)
            self._finish_line(events)
            pos = end + 1
            if data[end] == _CR:
                if pos == size:
                    self._pending_lf = True
                elif data[pos] == _LF:
                    pos += 1
        return events

    def _take(self, chunk: bytes, events: list[FramerEvent]) -> None:
        if self._discarding or not chunk:
            return
        if len(self._buffer) + len(chunk) > self.max_line:
            self._buffer.clear()
            self._discarding = True
            events.append(LineTooLong(self.max_line))
            return
        self._buffer += chunk

    def _finish_line(self, events: list[FramerEvent]) -> None:
        if self._discarding:
            self._discarding = False  # back in sync from the next byte on
            return
        events.append(bytes(self._buffer))
        self._buffer.clear()
