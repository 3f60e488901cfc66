"""Driving the kiosk by keys alone, through the platform's window and the scan filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.scan_filter import KeyboardScanFilter
from kiosk.ui.scan_input import ScanInput

SCANNER_GAP_MS = 4.0
HUMAN_GAP_MS = 400.0


class FakeClock:
    """Milliseconds that move only when a test says so."""

    def __init__(self) -> None:
        self.ms = 1_000.0

    def __call__(self) -> float:
        return self.ms

    def advance(self, ms: float) -> None:
        self.ms += ms


class Keyboard:
    """A person at the keyboard (or a two-button switch sending Tab and Enter) and a wedge
    scanner on the same keyboard input, with the application's scan filter in between."""

    def __init__(self, qtbot: QtBot, window: QWidget, scan_input: ScanInput) -> None:
        self.qtbot = qtbot
        self.window = window
        self.clock = FakeClock()
        self.filter = KeyboardScanFilter(scan_input, clock=self.clock)
        self.filter.install()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)

    def close(self) -> None:
        self.filter.uninstall()

    def press(self, key: Qt.Key | str, modifier: Qt.KeyboardModifier | None = None) -> None:
        self.clock.advance(HUMAN_GAP_MS)
        handle = self.window.windowHandle()
        if modifier is None:
            QTest.keyClick(handle, key)  # type: ignore[call-overload]
        else:
            QTest.keyClick(handle, key, modifier)  # type: ignore[call-overload]
        # Printable keys are held back a moment by the scan filter: wait until given back.
        self.qtbot.waitUntil(lambda: not self.filter.holding, timeout=2000)
        QApplication.processEvents()

    def tab(self, backwards: bool = False) -> QWidget | None:
        if backwards:
            self.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            self.press(Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    def tab_to(self, target: QWidget, limit: int = 40) -> None:
        for _ in range(limit):
            if QApplication.focusWidget() is target:
                return
            self.tab()
        raise AssertionError(f"{target.objectName()} cannot be reached with Tab")

    def scan(self, payload: str) -> None:
        """A wedge scanner's burst: a few milliseconds per key, then Enter."""
        handle = self.window.windowHandle()
        self.clock.advance(HUMAN_GAP_MS)
        for char in payload:
            QTest.keyClick(handle, char)  # type: ignore[call-overload]
            self.clock.advance(SCANNER_GAP_MS)
        QTest.keyClick(handle, Qt.Key.Key_Return)  # type: ignore[call-overload]


def tab_chain(keyboard: Keyboard, limit: int = 40) -> list[str]:
    """The object names Tab visits, from the first control round to the first again."""
    seen: list[str] = []
    for _ in range(limit):
        widget = keyboard.tab()
        name = widget.objectName() if widget is not None else ""
        if seen and name == seen[0]:
            return seen
        seen.append(name)
    raise AssertionError(f"Tab never came round: {seen}")
