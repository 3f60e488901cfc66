"""Hybrid logical clock: wall-clock milliseconds and a counter in one 64-bit integer.

A value is `wall_ms << 16 | counter`. Each value a node issues is greater than every value it
issued or received before, and follows the wall clock when that is ahead; so a change made
after seeing another is ordered after it even when this node's clock is an hour behind. Ties
between nodes (same value) break on the node id, so every node orders any two changes the same
way. A `Stamp` is value and node together; its text form sorts as the pair does."""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

COUNTER_BITS = 16
NODE_HEX = 32
# A received value further ahead of this node's wall clock than this is taken as data but does
# not drag this node's clock with it: one terminal set to the wrong year must not push every
# clock in the library years ahead.
MAX_AHEAD_MS = 24 * 3600 * 1000


def pack(wall_ms: int, counter: int = 0) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def wall_ms(value: int) -> int:
    return value >> COUNTER_BITS


def tick(last: int, now_ms: int) -> int:
    """The next value after `last` at wall time `now_ms`."""
    return max(last + 1, pack(now_ms))


def receive(last: int, remote: int, now_ms: int) -> int:
    """The clock after seeing `remote`: at least `remote`, unless `remote` is implausibly far
    ahead of `now_ms` (then it is logged and this clock keeps its own value)."""
    if wall_ms(remote) - now_ms > MAX_AHEAD_MS:
        log.warning(
            "a change stamped %.1f hours ahead of this clock was applied without moving it",
            (wall_ms(remote) - now_ms) / 3_600_000,
        )
        return last
    return max(last, remote)


@dataclass(frozen=True, order=True)
class Stamp:
    hlc: int
    node: str

    def text(self) -> str:
        return f"{self.hlc:016x}{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        return cls(int(text[:16], 16), text[16:])


ZERO = Stamp(0, "")
