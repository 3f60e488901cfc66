"""The 128-byte receive buffer across resend requests, by scripted exchanges.

Marlin empties its receive buffer when it refuses a line and then asks for a line again; lines
still on the wire at that moment arrive afterwards and stay in the buffer until it reads them,
which it does not while it runs a long move. Whatever the host writes after reading the request
lands behind them."""

from __future__ import annotations

from collections import deque

import pytest

from hardware.marlin.protocol import RX_BUFFER_SIZE, MarlinProtocol
from tests.hardware.test_marlin_protocol import JOB, decode, feed, numbers, synced


class SlowMarlin:
    """Marlin's line checks with the receive buffer made explicit: `held` is every line written
    and not yet read or discarded, oldest first, whether still on the wire or in the buffer."""

    def __init__(self, protocol: MarlinProtocol, *, advanced: bool) -> None:
        self.protocol = protocol
        self.advanced = advanced
        self.held: deque[bytes] = deque()
        self.last_n = 0  # the M110 of `synced`
        self.queue: deque[int] = deque()
        self.ran: list[str] = []

    def host_writes(self) -> list[int]:
        written = self.protocol.next_writes()
        self.held.extend(written)
        held = sum(map(len, self.held))
        assert held <= RX_BUFFER_SIZE, f"{held} bytes for a {RX_BUFFER_SIZE}-byte buffer"
        return numbers(written)

    def read(self, *, damaged: bool = False) -> list[object]:
        """Read the oldest held line: take it, or refuse it and empty the buffer of whatever
        had arrived (nothing: the rest was still on the wire)."""
        number, _ = decode(self.held.popleft())
        if number == self.last_n + 1 and not damaged:
            self.last_n = number
            self.queue.append(number)
            return []
        if number == self.last_n + 1:
            why = "checksum mismatch"
        else:
            why = "Line Number is not Last Line Number+1"
        error = f"Error:{why}, Last Line: {self.last_n}"
        return feed(self.protocol, error, f"Resend: {self.last_n + 1}", "ok")

    def finish_one(self) -> list[object]:
        number = self.queue.popleft()
        self.ran.append(JOB[number - 1])
        free = 4 - len(self.queue) - 1
        return feed(self.protocol, f"ok N{number} P15 B{free}" if self.advanced else "ok")


@pytest.mark.parametrize("advanced", [False, True], ids=["plain-ok", "advanced-ok"])
def test_lines_still_on_the_wire_after_a_resend_request_keep_their_room(advanced: bool) -> None:
    protocol, _ = synced()
    marlin = SlowMarlin(protocol, advanced=advanced)
    protocol.queue_job(JOB[:12])
    assert marlin.host_writes() == [1, 2, 3, 4]
    # Line 1 is taken and runs for a long time; line 2 arrives damaged and is refused while
    # lines 3 and 4 are still on the wire. What the host writes now lands behind them.
    assert marlin.read() == []
    marlin.read(damaged=True)
    assert marlin.host_writes()[:1] == [2]
    # Lines 3 and 4 arrive and are refused with the same request; the resent ones follow.
    marlin.read()
    marlin.host_writes()
    marlin.read()
    marlin.host_writes()
    # Line 1 ends; from then on every line is read as it comes and runs at once.
    for _ in range(200):
        if marlin.queue:
            marlin.finish_one()
        elif marlin.held:
            marlin.read()
        else:
            break
        marlin.host_writes()
    assert marlin.ran == JOB[:12], "a line ran twice, was skipped or ran out of order"
    assert protocol.idle
