"""The staff PIN screen: its field gives nothing away, and a PIN typed fast on a keyboard is a
PIN, never a card scan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.scan_filter import KeyboardScanFilter
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.screens.staff_pin import StaffPinScreen

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

SCANNER_GAP_MS = 4.0


class PinKiosk:
    """The PIN screen shown and focused, with the keyboard scan filter on the application."""

    def __init__(self, qtbot: QtBot) -> None:
        self.ms = 1_000.0
        self.screen = StaffPinScreen()
        qtbot.addWidget(self.screen)
        self.screen.show()
        qtbot.waitExposed(self.screen)
        self.screen.activateWindow()
        self.screen.start("Morgan Lee")
        qtbot.waitUntil(lambda: QApplication.focusWidget() is self.screen, timeout=2000)
        self.scan_input = ScanInput()
        self.scans: list[str] = []
        self.pins: list[str] = []
        self.scan_input.scanned.connect(self.scans.append)
        self.screen.submitted.connect(self.pins.append)
        self.filter = KeyboardScanFilter(self.scan_input, 30, 4, 256, clock=lambda: self.ms)
        self.filter.install()

    def type_fast(self, text: str) -> None:
        window = self.screen.windowHandle()
        for char in text:
            self.ms += SCANNER_GAP_MS
            QTest.keyClick(window, char)
        self.ms += SCANNER_GAP_MS
        QTest.keyClick(window, Qt.Key.Key_Return)


@pytest.fixture
def kiosk(qtbot: QtBot) -> Iterator[PinKiosk]:
    k = PinKiosk(qtbot)
    yield k
    k.filter.uninstall()


def test_a_pin_typed_fast_on_the_pin_screen_is_a_pin_not_a_scan(kiosk: PinKiosk) -> None:
    kiosk.type_fast("482913")
    assert kiosk.scans == []
    assert kiosk.pins == ["482913"]
    assert not kiosk.filter.holding


def test_a_card_scanned_on_the_pin_screen_is_not_submitted_as_a_pin(kiosk: PinKiosk) -> None:
    kiosk.type_fast("MK1-K1-S-0001-ABCDEFGHJKLMNPQR")
    assert kiosk.pins == []
    assert kiosk.screen.entry.text() == ""
    assert "digits only" in kiosk.screen.notice.text()
    kiosk.type_fast("482913")  # the next PIN is taken as usual
    assert kiosk.pins == ["482913"]


def test_scans_still_work_once_the_pin_screen_is_gone(kiosk: PinKiosk, qtbot: QtBot) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    other.setFocus()
    kiosk.screen.hide()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other, timeout=2000)
    for char in "MK1-K1-ABCD1234":
        kiosk.ms += SCANNER_GAP_MS
        QTest.keyClick(other.windowHandle(), char)
    kiosk.ms += SCANNER_GAP_MS
    QTest.keyClick(other.windowHandle(), Qt.Key.Key_Return)
    assert kiosk.scans == ["MK1-K1-ABCD1234"]


def test_the_pin_field_offers_no_context_menu(qtbot: QtBot) -> None:
    screen = StaffPinScreen()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    seen: list[object] = []

    def close_any_popup() -> None:
        popup = QApplication.activePopupWidget()
        seen.append(popup)
        if popup is not None:
            popup.close()

    QTimer.singleShot(100, close_any_popup)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    QApplication.sendEvent(screen.entry, event)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [None]


def test_the_pin_cannot_be_copied_out_of_the_field(qtbot: QtBot) -> None:
    screen = StaffPinScreen()
    qtbot.addWidget(screen)
    screen.start("Morgan Lee")
    for digit in "482913":
        screen.keypad.digit.emit(digit)
    clipboard = QApplication.clipboard()
    clipboard.setText("before")
    screen.entry.selectAll()
    screen.entry.copy()
    QTest.keySequence(screen.entry, "Ctrl+C")
    assert clipboard.text() == "before"
    assert not screen.entry.dragEnabled()
