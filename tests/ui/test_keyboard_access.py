"""Every action by keys alone (Tab / Shift+Tab, Enter or Space; a two-button switch sends the
same), in reading order, with a visible focus ring, while the wedge scanner keeps working."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from kiosk.core.results import PinOutcome, PinResult, ScanOutcome, ScanResult
from kiosk.ui.focus_ring import RING_WIDTH_PX
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON_CARD, STAFF, FakeCheckIn, FakeStaffAuth
from tests.ui.keys import Keyboard, tab_chain
from tests.ui.poses import ADMIN, POSES, WELCOME

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

STAFF_CARD = "MK1-STAFF-CARD-0001"
UNKNOWN_CARD = "MK1-NOBODY-0001"
DEMO_PAYLOAD = "MK1-DEMO-PAYLOAD"

# Reading order of each screen's controls (Tab goes round; where it starts does not matter).
TAB_ORDER = {
    "welcome": ["Action-equipment", "Action-submit_project", "Action-kits", "DoneButton"],
    "welcome-countdown": [
        "MoreTimeButton",
        "Action-equipment",
        "Action-submit_project",
        "Action-kits",
        "DoneButton",
    ],
    "submit-about": ["ProjectTitleField", "ProjectDescriptionField", "SubmitBack", "SubmitNext"],
    "unknown": ["MessageOkButton"],
    "message-countdown": ["MoreTimeButton", "MessageOkButton"],
    "pin": [
        "PinCancelButton",
        *(f"Key{d}" for d in "123456789"),
        "KeypadClear",
        "Key0",
        "KeypadBack",
        "PinOkButton",
    ],
    "pin-locked": ["PinCancelButton"],
    # The default flows register staff tools (trainings, ...): the console offers its menu.
    "console": [
        "ConsoleCloseButton",
        "ConsoleToolsButton",
        "ConsoleSetupCardButton",
        "ConsoleExitButton",
    ],
    "setup-card": ["SetupBackButton"],
    "setup-who-found": [
        "SetupBackButton",
        "SetupSearchField",
        "SetupSearchButton",
        "Match-0",
        "SetupNewPatronButton",
    ],
    "setup-new": ["SetupBackButton", "SetupNameField", "SetupYearField", "SetupRegisterButton"],
    "setup-done": ["SetupBackButton", "SetupDoneButton"],
    "demo-picker": ["DemoCardList", "DemoCancelButton"],
    "accessibility": ["LargeTextToggle", "HighContrastToggle", "AccessibilityDoneButton"],
    "trainings-find": [
        "TrainingsBackButton",
        "TrainingsSearchField",
        "TrainingsSearchButton",
        "TrainingsMatch-0",
    ],
    "trainings-patron": [
        "TrainingsBackButton",
        "TrainingsOtherPatronButton",
        "TrainingsConsentButton",
        "Training-fdm",
        "Training-laser",
        "Training-sewing",
    ],
    "trainings-confirm": [
        "TrainingsBackButton",
        "TrainingsCancelButton",
        "TrainingsCertifyButton",
    ],
    "waiver": ["WaiverText", "WaiverDeclineButton", "WaiverAcceptButton"],
}


def rotated(chain: list[str], first: str) -> list[str]:
    assert first in chain, f"{first} not reachable: {chain}"
    start = chain.index(first)
    return chain[start:] + chain[:start]


@pytest.fixture
def keyboard_window(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> Iterator[tuple[KioskWindow, Keyboard]]:
    window = make_window(demo_cards=(("Demo patron", DEMO_PAYLOAD),))
    keyboard = Keyboard(qtbot, window, scan_input)
    yield window, keyboard
    keyboard.close()


@pytest.mark.parametrize("pose", list(TAB_ORDER))
def test_tab_and_shift_tab_visit_every_control_in_reading_order(
    keyboard_window: tuple[KioskWindow, Keyboard], pose: str
) -> None:
    window, keyboard = keyboard_window
    POSES[pose](window)
    expected = TAB_ORDER[pose]
    forwards = tab_chain(keyboard)
    assert rotated(forwards, expected[0]) == expected
    backwards = [keyboard.tab(backwards=True).objectName() for _ in expected]  # type: ignore[union-attr]
    assert sorted(backwards) == sorted(expected)
    assert rotated(backwards[::-1], expected[0]) == expected


def test_the_focus_ring_surrounds_the_focused_control_and_is_thick_enough(
    keyboard_window: tuple[KioskWindow, Keyboard],
) -> None:
    window, keyboard = keyboard_window
    POSES["welcome"](window)
    assert not window.focus_ring.isVisible()  # a touch user never sees one
    focused = keyboard.tab()
    assert focused is window.welcome.done_button
    ring = window.focus_ring
    assert ring.isVisible() and ring.target is focused
    control = QRect(focused.mapTo(window, focused.rect().topLeft()), focused.size())
    inner = ring.ring_rect().adjusted(RING_WIDTH_PX, RING_WIDTH_PX, -RING_WIDTH_PX, -RING_WIDTH_PX)
    assert inner.contains(control) and ring.ring_rect() != control
    assert RING_WIDTH_PX >= 3
    # Painted for real: the ring's colour is on screen just outside the control.
    image = window.grab().toImage()
    edge = image.pixelColor(control.center().x(), ring.ring_rect().top() + RING_WIDTH_PX // 2)
    assert edge.name() == ring.colour
    # Under the banner too, which is raised over the screen.
    window._show_countdown(5)
    keyboard.tab_to(window.banner.more_time_button)
    assert ring.isVisible() and ring.target is window.banner.more_time_button


def test_check_in_by_keys_with_a_scan_while_a_button_has_focus(
    qtbot: QtBot,
    keyboard_window: tuple[KioskWindow, Keyboard],
    checkin: FakeCheckIn,
) -> None:
    window, keyboard = keyboard_window
    keyboard.tab_to(window.attract.demo_button)
    checkin.answers[PATRON_CARD] = WELCOME
    keyboard.scan(PATRON_CARD)  # the focused button must not take these keys
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=3000)
    assert checkin.calls == [PATRON_CARD]
    keyboard.tab_to(window.welcome.done_button)
    keyboard.scan(PATRON_CARD)  # again while a button has focus: a scan, not a press
    qtbot.waitUntil(lambda: len(checkin.calls) == 2, timeout=3000)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=3000)
    keyboard.tab_to(window.welcome.done_button)
    keyboard.press(Qt.Key.Key_Space)
    assert window.navigator.at_home()

    checkin.answers[UNKNOWN_CARD] = ScanResult(ScanOutcome.UNKNOWN_CARD)
    keyboard.scan(UNKNOWN_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.message, timeout=3000)
    window.message._shown_at -= 5  # past the first seconds in which a press is ignored
    keyboard.tab_to(window.message.ok_button)
    keyboard.press(Qt.Key.Key_Return)
    assert window.navigator.at_home()


def test_staff_console_by_keys(
    qtbot: QtBot,
    keyboard_window: tuple[KioskWindow, Keyboard],
    checkin: FakeCheckIn,
    staff_auth: FakeStaffAuth,
) -> None:
    window, keyboard = keyboard_window
    checkin.answers[STAFF_CARD] = ScanResult(ScanOutcome.STAFF, staff=STAFF)
    staff_auth.respond = lambda pin: (
        PinResult(PinOutcome.OK, staff=ADMIN) if pin == "2468" else PinResult(PinOutcome.WRONG_PIN)
    )
    keyboard.scan(STAFF_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.staff_pin, timeout=3000)
    # Digits typed, wherever the focus is among the keys; or the keys pressed one by one.
    keyboard.press("2")
    keyboard.tab_to(window.staff_pin.keypad.digit_buttons["4"])
    keyboard.press(Qt.Key.Key_Space)
    keyboard.press("6")
    keyboard.press("8")
    assert window.staff_pin.entry.text() == "2468"
    keyboard.tab_to(window.staff_pin.ok_button)
    keyboard.press(Qt.Key.Key_Return)
    console = window.console
    qtbot.waitUntil(lambda: window.current_screen() is console.screen, timeout=3000)

    keyboard.tab_to(console.screen.setup_button)
    keyboard.press(Qt.Key.Key_Return)
    assert window.current_screen() is console.setup
    keyboard.scan(UNKNOWN_CARD)  # the card to set up, scanned with a button focused
    qtbot.waitUntil(lambda: console.setup_view.step.value == "who", timeout=3000)
    keyboard.tab_to(console.setup.search_field)
    for char in "Zo":
        keyboard.press(char)
    assert console.setup.search_field.text() == "Zo"
    keyboard.tab_to(console.setup.back_button)
    keyboard.press(Qt.Key.Key_Space)
    assert window.current_screen() is console.screen
    keyboard.tab_to(console.screen.close_button)
    keyboard.press(Qt.Key.Key_Return)
    assert window.navigator.at_home()


def test_demo_by_keys(
    qtbot: QtBot, keyboard_window: tuple[KioskWindow, Keyboard], checkin: FakeCheckIn
) -> None:
    window, keyboard = keyboard_window
    keyboard.tab_to(window.attract.demo_button)
    keyboard.press(Qt.Key.Key_Return)
    picker = window.navigator.flow("demo").picker  # type: ignore[attr-defined]
    assert window.current_screen() is picker
    keyboard.tab_to(picker.card_list)
    keyboard.press(Qt.Key.Key_Down)
    keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: checkin.calls == [DEMO_PAYLOAD], timeout=3000)
    assert QApplication.focusWidget() is not None or window.navigator.at_home()


def test_tab_scrolls_a_long_screen_and_the_ring_follows(
    make_window: WindowFactory, qtbot: QtBot, scan_input: ScanInput
) -> None:
    window = make_window(large_text=True)
    window.resize(800, 480)
    keyboard = Keyboard(qtbot, window, scan_input)
    try:
        POSES["unknown"](window)
        QApplication.processEvents()
        ok = window.message.ok_button
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        area = window.message.findChild(QScrollArea)
        assert area is not None
        area.verticalScrollBar().setValue(0)
        top = window.rect()
        assert not top.contains(QRect(ok.mapTo(window, ok.rect().topLeft()), ok.size()))
        keyboard.tab_to(ok)
        qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0, timeout=2000)
        where = QRect(ok.mapTo(window, ok.rect().topLeft()), ok.size())
        assert top.contains(where), "Tab left the focused button below the fold"
        assert window.focus_ring.ring_rect().contains(where)
    finally:
        keyboard.close()
