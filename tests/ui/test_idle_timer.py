"""The idle countdown, stepped tick by tick."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.ui.idle import IdleTimer


def make(qtbot: QtBot) -> tuple[IdleTimer, list[object]]:
    timer = IdleTimer(tick_ms=3_600_000)
    events: list[object] = []
    timer.countdown.connect(events.append)
    timer.countdown_cleared.connect(lambda: events.append("cleared"))
    timer.expired.connect(lambda: events.append("expired"))
    return timer, events


def test_counts_down_the_last_seconds_then_expires_once(qtbot: QtBot) -> None:
    timer, events = make(qtbot)
    timer.arm(5, countdown_s=2)
    for _ in range(7):
        timer.tick()
    assert events == [2, 1, "cleared", "expired"]
    assert not timer.running


def test_reset_restarts_and_clears_a_running_countdown(qtbot: QtBot) -> None:
    timer, events = make(qtbot)
    timer.arm(4, countdown_s=2)
    timer.tick()
    timer.tick()
    assert events == [2]
    timer.reset()
    assert events == [2, "cleared"]
    assert timer.seconds_left == 4
    assert timer.running


def test_without_a_countdown_it_just_expires(qtbot: QtBot) -> None:
    timer, events = make(qtbot)
    timer.arm(2)
    timer.tick()
    timer.tick()
    assert events == ["expired"]


def test_stopped_timer_ignores_ticks_and_resets(qtbot: QtBot) -> None:
    timer, events = make(qtbot)
    timer.arm(1)
    timer.stop()
    timer.reset()
    timer.tick()
    assert events == []
    assert not timer.running
