"""Walking away: a visible countdown, then the start screen with no trace of the patron."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from tests.ui.conftest import WindowFactory, wait_database_calls
from tests.ui.fakes import PATRON, PATRON_CARD, RIGHT_PIN, STAFF, STAFF_CARD, FakeCheckIn, all_texts

WAIT_MS = 3000


def welcome(qtbot: QtBot, window: KioskWindow, scan_input: ScanInput) -> None:
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)


def test_countdown_shows_in_the_last_seconds_then_attract_with_nothing_left(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> None:
    window = make_window(idle_timeout_s=12, countdown_s=5)
    welcome(qtbot, window, scan_input)
    for _ in range(6):
        window.idle.tick()
    assert not window.banner.isVisible()
    window.idle.tick()  # 5 s left
    assert window.banner.isVisible()
    assert window.banner.seconds == 5
    assert any("5 seconds" in t for t in all_texts(window.banner))
    for _ in range(4):
        window.idle.tick()
    assert window.banner.seconds == 1
    assert window.current_screen() is window.welcome
    window.idle.tick()
    assert window.current_screen() is window.attract
    assert not window.banner.isVisible()
    texts = all_texts(window)
    assert not any(PATRON.display_name in t for t in texts)
    assert not any("Laser cutter" in t for t in texts)
    assert not any("Back to the start in" in t for t in texts)


def test_the_real_timer_drives_the_countdown(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> None:
    window = make_window(tick_ms=2, idle_timeout_s=6, countdown_s=3)
    shown: list[int] = []
    window.idle.countdown.connect(shown.append)
    with qtbot.waitSignal(window.idle.expired, timeout=WAIT_MS):
        welcome(qtbot, window, scan_input)
    assert shown == [3, 2, 1]
    assert window.current_screen() is window.attract


def test_a_touch_anywhere_restarts_the_countdown(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> None:
    window = make_window(idle_timeout_s=10, countdown_s=4)
    welcome(qtbot, window, scan_input)
    for _ in range(7):
        window.idle.tick()
    assert window.banner.isVisible()
    qtbot.mouseClick(window.welcome, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert not window.banner.isVisible()
    assert window.idle.seconds_left == 10
    assert window.current_screen() is window.welcome


def test_a_key_press_restarts_the_countdown(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> None:
    window = make_window(idle_timeout_s=10, countdown_s=4)
    welcome(qtbot, window, scan_input)
    for _ in range(8):
        window.idle.tick()
    qtbot.keyClick(window.welcome, Qt.Key.Key_Shift)
    assert window.idle.seconds_left == 10


def test_no_idle_timer_runs_on_the_attract_screen(window: KioskWindow) -> None:
    assert window.current_screen() is window.attract
    assert not window.idle.running


def test_pin_digits_and_staff_name_are_gone_after_the_timeout(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> None:
    window = make_window(idle_timeout_s=3, countdown_s=2)
    scan_input.feed(STAFF_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.staff_pin, timeout=WAIT_MS)
    for digit in RIGHT_PIN[:4]:
        qtbot.mouseClick(window.staff_pin.keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    assert window.staff_pin.entry.text() == RIGHT_PIN[:4]
    for _ in range(3):
        window.idle.tick()
    assert window.current_screen() is window.attract
    texts = all_texts(window)
    assert not any(RIGHT_PIN[:4] in t for t in texts)
    assert not any(STAFF.display_name in t for t in texts)


def test_a_late_welcome_after_the_timeout_does_not_bring_the_patron_back(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    window = make_window(checking_timeout_s=30, idle_timeout_s=30)
    checkin.gate = threading.Event()
    scan_input.feed(PATRON_CARD)
    assert checkin.started.wait(3)
    window.reset_to_attract()  # what the idle timeout does, whichever screen it fires on
    checkin.gate.set()
    wait_database_calls(qtbot, window, 1)
    assert window.current_screen() is window.attract
    assert not any(PATRON.display_name in t for t in all_texts(window))


def test_a_late_answer_is_not_taken_for_the_answer_to_a_newer_scan(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    window = make_window(checking_timeout_s=1)
    screens_shown: list[object] = []
    window.stack.currentChanged.connect(lambda _: screens_shown.append(window.current_screen()))
    checkin.gate = threading.Event()
    scan_input.feed(PATRON_CARD)
    assert checkin.started.wait(3)
    window.idle.tick()  # no answer in time: "see staff", the request is abandoned
    window.reset_to_attract()
    scan_input.feed("card nobody knows")  # queued behind the stuck call on the one worker thread
    checkin.gate.set()
    wait_database_calls(qtbot, window, 2)
    assert window.current_screen() is window.message
    assert window.welcome not in screens_shown
    assert not any(PATRON.display_name in t for t in all_texts(window))


def test_the_countdown_banner_overlays_the_screen_without_moving_its_buttons(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> None:
    window = make_window(idle_timeout_s=12, countdown_s=5)
    window.resize(1024, 600)
    welcome(qtbot, window, scan_input)
    done = window.welcome.done_button
    before = done.mapTo(window, QPoint(0, 0)), done.size(), window.stack.geometry()
    for _ in range(8):
        window.idle.tick()
    assert window.banner.isVisible()
    after = done.mapTo(window, QPoint(0, 0)), done.size(), window.stack.geometry()
    assert after == before
    # Over the screen, clear of the actions at its bottom.
    assert window.banner.geometry().bottom() < done.mapTo(window, QPoint(0, 0)).y()
    assert window.banner.width() == window.width()
