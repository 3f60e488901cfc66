"""Staff open the staff console with their card and a PIN typed on the on-screen keypad."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.results import PinOutcome, PinResult, ScanOutcome, ScanResult
from kiosk.ui.flows.checkin import CONSOLE_ACTION
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from tests.ui.fakes import (
    PATRON,
    PATRON_CARD,
    RIGHT_PIN,
    STAFF,
    STAFF_CARD,
    FakeCheckIn,
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
    assert any("Dana" in t for t in all_texts(window.staff_pin))
    qtbot.mouseClick(window.staff_pin.keypad.digit_buttons["7"], Qt.MouseButton.LeftButton)
    assert window.staff_pin.entry.text() == "7"
    assert window.staff_pin.entry.displayText() != "7"  # masked


def test_wrong_pin_shows_attempts_left_then_right_pin_opens_the_console(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, staff_auth: FakeStaffAuth
) -> None:
    staff_auth.wrong_answers = [PinResult(PinOutcome.WRONG_PIN, attempts_left=4)]
    open_pin_screen(qtbot, window, scan_input)
    tap_pin(qtbot, window, "1111")
    qtbot.waitUntil(lambda: "4 attempts left" in notice(window), timeout=WAIT_MS)
    assert window.staff_pin.entry.text() == ""
    with qtbot.assertNotEmitted(window.quit_requested):
        tap_pin(qtbot, window, RIGHT_PIN)
        qtbot.waitUntil(
            lambda: window.current_screen() is window.console.screen, timeout=WAIT_MS
        )
    assert staff_auth.calls == [
        (STAFF.staff_id, "1111", CONSOLE_ACTION),
        (STAFF.staff_id, RIGHT_PIN, CONSOLE_ACTION),
    ]
    assert window.console.staff == STAFF
    assert not any(RIGHT_PIN in t for t in all_texts(window))


def test_last_attempt_is_announced_in_the_singular(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, staff_auth: FakeStaffAuth
) -> None:
    staff_auth.wrong_answers = [PinResult(PinOutcome.WRONG_PIN, attempts_left=1)]
    open_pin_screen(qtbot, window, scan_input)
    tap_pin(qtbot, window, "2222")
    qtbot.waitUntil(lambda: "One attempt left" in notice(window), timeout=WAIT_MS)


def test_a_locked_account_turns_the_keypad_off_and_says_for_how_long(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, staff_auth: FakeStaffAuth
) -> None:
    until = datetime.now(UTC) + timedelta(minutes=14, seconds=30)
    staff_auth.respond = lambda pin: PinResult(PinOutcome.LOCKED, locked_until=until)
    open_pin_screen(qtbot, window, scan_input)
    tap_pin(qtbot, window, RIGHT_PIN)
    qtbot.waitUntil(lambda: window.staff_pin.view.locked_minutes == 15, timeout=WAIT_MS)
    assert "15 more minute" in notice(window)
    assert not window.staff_pin.keypad.isEnabled()
    assert not window.staff_pin.ok_button.isEnabled()
    assert window.staff_pin.cancel_button.isEnabled()
    qtbot.keyClicks(window.staff_pin, "123")
    assert window.staff_pin.entry.text() == ""
    assert window.current_screen() is window.staff_pin


def test_a_staff_card_of_a_locked_account_opens_the_pin_screen_already_locked(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    checkin.answers[STAFF_CARD] = ScanResult(
        ScanOutcome.STAFF,
        staff=STAFF,
        staff_locked_until=datetime.now(UTC) + timedelta(minutes=3),
    )
    open_pin_screen(qtbot, window, scan_input)
    assert window.staff_pin.view.locked_minutes == 3
    assert not window.staff_pin.keypad.isEnabled()


def test_the_pin_screen_greets_by_first_name_and_deletes_with_the_usual_symbol(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    open_pin_screen(qtbot, window, scan_input)
    assert window.staff_pin.view.staff_name == "Dana"
    assert not any("Whitfield" in t for t in all_texts(window.staff_pin))
    assert window.staff_pin.keypad.back_button.text() == "⌫"
    assert window.staff_pin.keypad.back_button.accessibleName() == "Delete the last digit"


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


def test_pin_entry_stops_at_twelve_digits_and_accepts_a_keyboard(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    open_pin_screen(qtbot, window, scan_input)
    qtbot.keyClicks(window.staff_pin, "12345678901234")
    assert window.staff_pin.entry.text() == "123456789012"
    qtbot.keyClick(window.staff_pin, Qt.Key.Key_Backspace)
    assert window.staff_pin.entry.text() == "12345678901"


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
