"""Lines the host has written that may still be on the wire or in Marlin's receive buffer.

Marlin reads its receive buffer in the order the bytes were written. When it refuses a line
(`Error:... Last Line: N`) it empties the buffer and asks for a line again
(`gcode_line_error`, `flush_and_request_resend` in Marlin's queue.cpp), which discards only what
had arrived by then: lines the host wrote before it read the request but that were still on the
wire arrive afterwards and stay in the buffer until the firmware reads them, which it does not
while it runs a long move. A resend request therefore frees nothing by itself, and which line a
refusal answered cannot be told; a line emptied out of the buffer is never answered at all.

What can be told, because the firmware reads in order and takes lines in order of their
numbers: after n refusals, the n oldest lines are gone; once it has taken line N (its `ok`, or a
request for line N + 1), the first copy ever written of N is gone, and every line written before
it (every copy of a lower number that it took was written before it)."""

from __future__ import annotations

from collections import deque
from typing import Protocol


class WrittenLine(Protocol):
    number: int
    size: int


class UnreadLines:
    """Every line written and not yet known to be read (or discarded) by the firmware, oldest
    first, and the bytes they may still take in its receive buffer."""

    def __init__(self) -> None:
        self._lines: deque[WrittenLine] = deque()
        self.bytes = 0
        self._newest = -1  # the highest line number written: later copies are sent again
        self._first: dict[int, WrittenLine] = {}  # held first copies, by line number
        self._taken = -1  # the highest line number the firmware is known to have taken

    def __bool__(self) -> bool:
        return bool(self._lines)

    def wrote(self, line: WrittenLine) -> None:
        if line.number > self._newest:
            self._newest = line.number
            self._first[line.number] = line
        self._lines.append(line)
        self.bytes += line.size

    def clear(self) -> None:
        self._lines.clear()
        self._first.clear()
        self.bytes = 0

    def answered_one(self) -> None:
        """The firmware answered a line that cannot be told (refused it, or took one the host
        had given up): the oldest line is gone."""
        if self._lines:
            self._forget_oldest()

    def taken(self, number: int, *, answer: bool) -> None:
        """The firmware has taken line `number`: its first copy and everything older are gone.
        `answer`: this is the line's own `ok`, one answer of the kind `answered_one` counts."""
        if number <= self._taken:
            return  # known since a resend request, or a later `ok` (lines are taken in order)
        self._taken = number
        first = self._first.get(number)
        if first is not None:
            while self._forget_oldest() is not first:
                pass
        elif answer:
            # The first copy went as the oldest line, for another answer: the copy taken is
            # a later one, answered now.
            self.answered_one()

    def bytes_of_oldest(self, count: int) -> int:
        """Bytes of the `count` oldest lines (the ones the firmware has moved into its command
        queue, by ADVANCED_OK's count of free slots)."""
        total = 0
        for index, line in enumerate(self._lines):
            if index >= count:
                break
            total += line.size
        return total

    def _forget_oldest(self) -> WrittenLine:
        line = self._lines.popleft()
        self.bytes -= line.size
        if self._first.get(line.number) is line:
            del self._first[line.number]
        return line
