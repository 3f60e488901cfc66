"""Staff leave kiosk mode with their card and a PIN typed on the on-screen keypad."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.staff import PinOutcome, PinResult
from kiosk.ui.main_window import EXIT_ACTION, KioskWindow
from kiosk.ui.scan_input import ScanInput
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import (
    PATRON,
    PATRON_CARD,
    RIGHT_PIN,
    STAFF,
    STAFF_CARD,
    FakeStaffAuth,
    all_texts,
)

WAIT_MS = 3000


def open_pin_screen(qtbot: QtBot, window: KioskWindow, scan_input: ScanInput) -> None:
    scan_input.feed(STAFF_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.staff_pin, timeout=WAIT_MS)


def tap_pin(qtbot: QtBot, window: KioskWindow, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(window.staff_pin.keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.staff_pin.ok_button, Qt.MouseButton.LeftButton)


def notice(window: KioskWindow) -> str:
    return window.staff_pin.notice.text()


def test_staff_card_opens_the_pin_screen_with_a_masked_entry(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    open_pin_screen(qtbot, window, scan_input)
    assert any(STAFF.display_name in t for t in all_texts(window.staff_pin))
    qtbot.mouseClick(window.staff_pin.keypad.digit_buttons["7"], Qt.MouseButton.LeftButton)
    assert window.staff_pin.entry.text() == "7"
    assert window.staff_pin.entry.displayText() != "7"  # masked


def test_wrong_pin_shows_attempts_left_then_right_pin_quits(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, staff_auth: FakeStaffAuth
) -> None:
    staff_auth.wrong_answers = [PinResult(PinOutcome.WRONG_PIN, attempts_left=4)]
    open_pin_screen(qtbot, window, scan_input)
    tap_pin(qtbot, window, "1111")
    qtbot.waitUntil(lambda: "4 attempts left" in notice(window), timeout=WAIT_MS)
    assert window.staff_pin.entry.text() == ""
    with qtbot.waitSignal(window.quit_requested, timeout=WAIT_MS):
        tap_pin(qtbot, window, RIGHT_PIN)
    assert staff_auth.calls == [
        (STAFF.staff_id, "1111", EXIT_ACTION),
        (STAFF.staff_id, RIGHT_PIN, EXIT_ACTION),
    ]
    assert window.current_screen() is window.attract
    assert not any(RIGHT_PIN in t for t in all_texts(window))


def test_last_attempt_is_announced_in_the_singular(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, staff_auth: FakeStaffAuth
) -> None:
    staff_auth.wrong_answers = [PinResult(PinOutcome.WRONG_PIN, attempts_left=1)]
    open_pin_screen(qtbot, window, scan_input)
    tap_pin(qtbot, window, "2222")
    qtbot.waitUntil(lambda: "One attempt left" in notice(window), timeout=WAIT_MS)


def test_locked_account_says_until_when_in_the_branch_zone(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput, staff_auth: FakeStaffAuth
) -> None:
    window = make_window(timezone="Europe/Madrid")
    until = datetime(2026, 1, 5, 15, 45, tzinfo=UTC)  # 16:45 in Madrid in winter
    staff_auth.respond = lambda pin: PinResult(PinOutcome.LOCKED, locked_until=until)
    open_pin_screen(qtbot, window, scan_input)
    with qtbot.assertNotEmitted(window.quit_requested):
        tap_pin(qtbot, window, RIGHT_PIN)
        qtbot.waitUntil(lambda: "Locked until 16:45" in notice(window), timeout=WAIT_MS)
    assert window.current_screen() is window.staff_pin


def test_unknown_staff_and_unavailable_answers_are_explained(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, staff_auth: FakeStaffAuth
) -> None:
    answers = [PinResult(PinOutcome.UNKNOWN), PinResult(PinOutcome.UNAVAILABLE)]
    staff_auth.respond = lambda pin: answers.pop(0)
    open_pin_screen(qtbot, window, scan_input)
    tap_pin(qtbot, window, "1234")
    qtbot.waitUntil(lambda: "not recognised" in notice(window), timeout=WAIT_MS)
    tap_pin(qtbot, window, "1234")
    qtbot.waitUntil(lambda: "can't be checked right now" in notice(window), timeout=WAIT_MS)


def test_a_pin_service_that_raises_keeps_the_kiosk_running(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, staff_auth: FakeStaffAuth
) -> None:
    def explode(pin: str) -> PinResult:
        raise OSError("disk I/O error")

    staff_auth.respond = explode
    open_pin_screen(qtbot, window, scan_input)
    with qtbot.assertNotEmitted(window.quit_requested):
        tap_pin(qtbot, window, RIGHT_PIN)
        qtbot.waitUntil(lambda: "can't be checked right now" in notice(window), timeout=WAIT_MS)
    assert window.staff_pin.entry.text() == ""


def test_clear_back_and_cancel(qtbot: QtBot, window: KioskWindow, scan_input: ScanInput) -> None:
    open_pin_screen(qtbot, window, scan_input)
    keypad = window.staff_pin.keypad
    for digit in "1234":
        qtbot.mouseClick(keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keypad.back_button, Qt.MouseButton.LeftButton)
    assert window.staff_pin.entry.text() == "123"
    qtbot.mouseClick(keypad.clear_button, Qt.MouseButton.LeftButton)
    assert window.staff_pin.entry.text() == ""
    qtbot.mouseClick(window.staff_pin.ok_button, Qt.MouseButton.LeftButton)
    assert "enter your PIN first" in notice(window)
    qtbot.mouseClick(keypad.digit_buttons["9"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.staff_pin.cancel_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.attract
    assert window.staff_pin.entry.text() == ""


def test_pin_entry_stops_at_eight_digits_and_accepts_a_keyboard(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    open_pin_screen(qtbot, window, scan_input)
    qtbot.keyClicks(window.staff_pin, "1234567890")
    assert window.staff_pin.entry.text() == "12345678"
    qtbot.keyClick(window.staff_pin, Qt.Key.Key_Backspace)
    assert window.staff_pin.entry.text() == "1234567"


def test_a_staff_card_on_a_patron_screen_opens_the_pin_screen_and_wipes_the_patron(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
    open_pin_screen(qtbot, window, scan_input)
    assert not any(PATRON.display_name in t for t in all_texts(window))


def test_the_pin_screen_takes_the_keyboard_when_it_opens(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    open_pin_screen(qtbot, window, scan_input)
    focused = QApplication.focusWidget()
    assert focused is window.staff_pin
    qtbot.keyClicks(focused, "42")
    assert window.staff_pin.entry.text() == "42"
