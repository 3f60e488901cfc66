"""The hybrid logical clock orders a node's own values and what it has seen, whatever the
wall clock does."""

from __future__ import annotations

from kiosk.sync import hlc
from kiosk.sync.hlc import Stamp

HOUR_MS = 3_600_000
NOW = 1_767_600_000_000


def test_values_follow_the_wall_clock_and_never_go_back() -> None:
    first = hlc.tick(0, NOW)
    assert hlc.wall_ms(first) == NOW
    same_ms = hlc.tick(first, NOW)
    assert same_ms == first + 1
    clock_set_back = hlc.tick(same_ms, NOW - HOUR_MS)
    assert clock_set_back > same_ms


def test_a_value_seen_from_a_clock_an_hour_ahead_orders_later_changes_after_it() -> None:
    ahead = hlc.tick(0, NOW + HOUR_MS)
    mine = hlc.receive(hlc.tick(0, NOW), ahead, NOW)
    assert hlc.tick(mine, NOW) > ahead


def test_a_value_a_year_ahead_does_not_drag_the_clock() -> None:
    wild = hlc.pack(NOW + 365 * 24 * HOUR_MS)
    mine = hlc.tick(0, NOW)
    assert hlc.receive(mine, wild, NOW) == mine


def test_stamps_sort_as_their_text_and_break_ties_on_the_node() -> None:
    stamps = [Stamp(5, "b" * 32), Stamp(5, "a" * 32), Stamp(4, "f" * 32), Stamp(70000, "0" * 32)]
    assert sorted(stamps) == sorted(stamps, key=Stamp.text)
    assert [Stamp.parse(s.text()) for s in stamps] == stamps
