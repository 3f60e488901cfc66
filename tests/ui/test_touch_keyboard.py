"""The on-screen keyboard: opens for the text fields, types into them directly (past the scan
filter), follows the session's language, never covers the field, and leaves a physical
keyboard working."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.core.results import ScanOutcome, ScanResult
from kiosk.ui.languages import SessionLanguage
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.screens.card_setup import SetupStep
from kiosk.ui.widgets.touch_keyboard import TouchKeyboard
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import STAFF
from tests.ui.keys import Keyboard
from tests.ui.poses import _setup


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    SessionLanguage("en").apply_default()


def active(qtbot: QtBot, window: KioskWindow) -> KioskWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def open_field(qtbot: QtBot, window: KioskWindow, step: SetupStep) -> QLineEdit:
    _setup(window, step)
    screen = window.console.setup
    field = screen.search_field if step is SetupStep.WHO else screen.name_field
    qtbot.waitUntil(lambda: window.keyboard.isVisible() and window.keyboard.target is field)
    return field


def tap(qtbot: QtBot, keyboard: TouchKeyboard, name: str) -> None:
    qtbot.mouseClick(keyboard.keys[name], Qt.MouseButton.LeftButton)


def rect_in_window(window: KioskWindow, field: QLineEdit) -> QRect:
    return QRect(field.mapTo(window, QPoint(0, 0)), field.size())


def test_taps_type_into_the_field_with_one_capital_and_accents(
    qtbot: QtBot, window: KioskWindow
) -> None:
    active(qtbot, window)
    field = open_field(qtbot, window, SetupStep.NEW)
    keyboard = window.keyboard
    tap(qtbot, keyboard, "shift")
    tap(qtbot, keyboard, "Z")
    tap(qtbot, keyboard, "o")  # the shift was for one letter
    tap(qtbot, keyboard, "accents")
    tap(qtbot, keyboard, "ë")
    tap(qtbot, keyboard, "space")
    tap(qtbot, keyboard, "accents")
    tap(qtbot, keyboard, "x")
    tap(qtbot, keyboard, "backspace")
    assert field.text() == "Zoë "
    assert field.hasFocus()  # keys never take the focus
    qtbot.waitUntil(lambda: all(key.height() >= 48 for key in keyboard.keys.values()))


def test_taps_reach_the_field_at_once_past_the_scan_filter(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    physical = Keyboard(qtbot, active(qtbot, window), scan_input)
    try:
        field = open_field(qtbot, window, SetupStep.NEW)
        for name in "anna":  # as fast as a scanner: nothing is held back
            tap(qtbot, window.keyboard, name)
            assert not physical.filter.holding
        assert field.text() == "anna"
        # A physical keyboard still types into the same field, keyboard open or not.
        physical.press("s")
        assert field.text() == "annas"
        assert window.keyboard.isVisible()
    finally:
        physical.close()


@pytest.mark.parametrize("size", [(1024, 600), (800, 480)])
@pytest.mark.parametrize("step", [SetupStep.WHO, SetupStep.NEW])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_keyboard_never_covers_the_field_being_typed_into(
    qtbot: QtBot,
    window: KioskWindow,
    size: tuple[int, int],
    step: SetupStep,
    language: str,
) -> None:
    window.resize(*size)
    active(qtbot, window)
    window.language.switch(language)
    field = open_field(qtbot, window, step)
    year = window.console.setup.year_field
    targets = [field] if step is SetupStep.WHO else [field, year]
    for target in targets:
        target.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(lambda t=target: window.keyboard.target is t)
        # Once the screen has laid itself out (the keyboard follows each layout pass).
        qtbot.waitUntil(
            lambda t=target: not window.keyboard.geometry().intersects(rect_in_window(window, t)),
            timeout=2000,
        )
        keyboard = window.keyboard.geometry()
        shown = rect_in_window(window, target)
        assert window.rect().contains(shown)
        assert window.rect().contains(keyboard)


def test_done_closes_it_and_searches_and_a_tap_on_the_field_opens_it_again(
    qtbot: QtBot, window: KioskWindow
) -> None:
    active(qtbot, window)
    field = open_field(qtbot, window, SetupStep.WHO)
    searches: list[str] = []
    window.console.setup.search.connect(searches.append)
    for name in "zoe":
        tap(qtbot, window.keyboard, name)
    tap(qtbot, window.keyboard, "done")
    assert not window.keyboard.isVisible()
    assert searches == ["zoe"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert window.keyboard.isVisible()


def test_leaving_the_screen_closes_the_keyboard_and_puts_the_screen_back(
    qtbot: QtBot, window: KioskWindow
) -> None:
    window.resize(800, 480)
    active(qtbot, window)
    open_field(qtbot, window, SetupStep.NEW)
    window.navigator.home()
    qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    assert window.stack.geometry().top() == 0


def test_an_arabic_session_gets_the_arabic_layout_and_can_switch_to_latin(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = active(qtbot, make_window(locale="ar"))
    field = open_field(qtbot, window, SetupStep.NEW)
    keyboard = window.keyboard
    assert keyboard.key_layout.name == "arabic"
    assert keyboard.layoutDirection() == Qt.LayoutDirection.LeftToRight  # keys as printed
    for name in ("س", "ل", "ا", "م"):
        tap(qtbot, keyboard, name)
    assert field.text() == "سلام"
    assert keyboard.keys["switch"].text() == "ABC"
    tap(qtbot, keyboard, "switch")
    assert keyboard.key_layout.name == "latin"
    tap(qtbot, keyboard, "a")
    assert field.text() == "سلامa"
    assert keyboard.keys["done"].text() == "تم"


def test_fields_that_did_not_ask_for_it_get_no_keyboard(
    qtbot: QtBot, window: KioskWindow
) -> None:
    active(qtbot, window)
    window.checkin.show_scan_result(ScanResult(ScanOutcome.STAFF, staff=STAFF))
    QApplication.processEvents()
    assert not window.keyboard.isVisible()  # the PIN has its own keypad
