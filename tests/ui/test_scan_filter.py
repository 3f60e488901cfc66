"""The keyboard-wedge filter tells a scanner's burst from a person typing, whatever has focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.scan_filter import KeyboardScanFilter
from kiosk.ui.scan_input import REJECTED_TOO_LONG, ScanInput

# The offscreen platform cannot size windows to hints and says so whenever a window is shown.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

PAYLOAD = "MK1-K1-ABCD1234EFGHJ"  # a 20-character burst, then Enter
SCANNER_GAP_MS = 4.0
HUMAN_GAP_MS = 180.0


class FakeClock:
    """Milliseconds that move only when a test says so."""

    def __init__(self) -> None:
        self.ms = 1_000.0

    def __call__(self) -> float:
        return self.ms

    def advance(self, ms: float) -> None:
        self.ms += ms


class Kiosk:
    """A window with a focused text field and a button, the filter installed on the app."""

    def __init__(self, qtbot: QtBot, max_length: int = 256) -> None:
        self.clock = FakeClock()
        self.window = QWidget()
        layout = QVBoxLayout(self.window)
        self.field = QLineEdit()
        self.button = QPushButton("Done")
        layout.addWidget(self.field)
        layout.addWidget(self.button)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        self.field.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is self.field, timeout=2000)
        self.scan_input = ScanInput(max_length=max_length)
        self.scans: list[str] = []
        self.rejections: list[str] = []
        self.returns = 0
        self.scan_input.scanned.connect(self.scans.append)
        self.scan_input.rejected.connect(self.rejections.append)
        self.field.returnPressed.connect(self._on_return)
        self.filter = KeyboardScanFilter(
            self.scan_input,
            max_interkey_ms=30,
            min_length=4,
            max_length=max_length,
            clock=self.clock,
        )
        self.filter.install()

    def _on_return(self) -> None:
        self.returns += 1

    def press(self, char_or_key: str | Qt.Key, gap_ms: float, **kwargs: object) -> None:
        """One key through the real window path, as the platform delivers a scanner's keys."""
        self.clock.advance(gap_ms)
        QTest.keyClick(self.window.windowHandle(), char_or_key, **kwargs)  # type: ignore[call-overload]

    def type(self, text: str, gap_ms: float) -> None:
        for char in text:
            self.press(char, gap_ms)

    def enter(self, gap_ms: float) -> None:
        self.press(Qt.Key.Key_Return, gap_ms)

    def close(self) -> None:
        self.filter.uninstall()


@pytest.fixture
def kiosk(qtbot: QtBot) -> Iterator[Kiosk]:
    k = Kiosk(qtbot)
    yield k
    k.close()


def test_burst_with_enter_is_one_scan_and_the_field_gets_nothing(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(kiosk.scan_input.scanned, timeout=1000) as blocker:
        kiosk.type(PAYLOAD, SCANNER_GAP_MS)
        kiosk.enter(SCANNER_GAP_MS)
    assert blocker.args == [PAYLOAD]
    assert kiosk.scans == [PAYLOAD]
    assert kiosk.field.text() == ""
    assert kiosk.returns == 0
    assert not kiosk.filter.holding


def test_burst_sent_straight_to_a_widget_is_swallowed_too(kiosk: Kiosk) -> None:
    # QTest on a widget skips the window; some input methods deliver this way.
    QTest.keyClicks(kiosk.field, PAYLOAD)
    QTest.keyClick(kiosk.field, Qt.Key.Key_Return)
    assert kiosk.scans == [PAYLOAD]
    assert kiosk.field.text() == ""


def test_slow_typing_reaches_the_field_in_order_and_is_no_scan(kiosk: Kiosk, qtbot: QtBot) -> None:
    text = "Ada Lovelace 1815"
    kiosk.type(text, HUMAN_GAP_MS)
    kiosk.enter(HUMAN_GAP_MS)
    assert kiosk.field.text() == text
    assert kiosk.returns == 1
    assert kiosk.scans == []


def test_last_typed_key_arrives_after_the_hold_without_another_key(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    kiosk.type("hi", HUMAN_GAP_MS)
    assert kiosk.field.text() == "h"  # the "i" is held until the burst cannot be a scan
    qtbot.waitUntil(lambda: kiosk.field.text() == "hi", timeout=2000)
    assert kiosk.scans == []


def test_half_scan_without_enter_is_given_back_to_the_field(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.type(PAYLOAD[:12], SCANNER_GAP_MS)
    assert kiosk.field.text() == ""
    assert kiosk.filter.holding
    qtbot.waitUntil(lambda: kiosk.field.text() == PAYLOAD[:12], timeout=2000)
    assert kiosk.scans == []
    assert not kiosk.filter.holding


def test_half_scan_followed_by_a_pause_then_enter_is_typing(kiosk: Kiosk) -> None:
    kiosk.type(PAYLOAD, SCANNER_GAP_MS)
    kiosk.enter(HUMAN_GAP_MS)
    assert kiosk.scans == []
    assert kiosk.field.text() == PAYLOAD
    assert kiosk.returns == 1


def test_short_burst_with_enter_is_typing(kiosk: Kiosk) -> None:
    kiosk.type("ok", SCANNER_GAP_MS)
    kiosk.enter(SCANNER_GAP_MS)
    assert kiosk.scans == []
    assert kiosk.field.text() == "ok"
    assert kiosk.returns == 1


def test_scan_after_a_pause_in_typing_leaves_the_typed_text_alone(kiosk: Kiosk) -> None:
    kiosk.type("note", HUMAN_GAP_MS)
    kiosk.press(PAYLOAD[0], HUMAN_GAP_MS)
    kiosk.type(PAYLOAD[1:], SCANNER_GAP_MS)
    kiosk.enter(SCANNER_GAP_MS)
    assert kiosk.field.text() == "note"
    assert kiosk.scans == [PAYLOAD]


def test_over_long_burst_is_refused_and_not_typed(qtbot: QtBot) -> None:
    kiosk = Kiosk(qtbot, max_length=50)
    try:
        kiosk.type("Z" * 80, SCANNER_GAP_MS)
        kiosk.enter(SCANNER_GAP_MS)
        assert kiosk.scans == []
        assert kiosk.rejections == [REJECTED_TOO_LONG]
        assert kiosk.field.text() == ""
        kiosk.type("Y" * 80, SCANNER_GAP_MS)  # and without Enter: dropped, not typed
        qtbot.waitUntil(lambda: not kiosk.filter.holding, timeout=2000)
        assert kiosk.field.text() == ""
        kiosk.type(PAYLOAD, SCANNER_GAP_MS)
        kiosk.enter(SCANNER_GAP_MS)
        assert kiosk.scans == [PAYLOAD]
    finally:
        kiosk.close()


def test_scanner_capitals_with_shift_presses_stay_one_burst(kiosk: Kiosk) -> None:
    window = kiosk.window.windowHandle()
    for char in "MK1-ABC9":
        kiosk.clock.advance(SCANNER_GAP_MS)
        if char.isalpha():
            QTest.keyPress(window, Qt.Key.Key_Shift)
            QTest.keyClick(window, char, Qt.KeyboardModifier.ShiftModifier)
            QTest.keyRelease(window, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
        else:
            QTest.keyClick(window, char)
    kiosk.enter(SCANNER_GAP_MS)
    assert kiosk.scans == ["MK1-ABC9"]
    assert kiosk.field.text() == ""


def test_shortcut_mid_burst_gives_back_the_keys_first(kiosk: Kiosk) -> None:
    kiosk.type("abc", SCANNER_GAP_MS)
    kiosk.press("a", SCANNER_GAP_MS, modifier=Qt.KeyboardModifier.ControlModifier)  # select all
    kiosk.press("X", SCANNER_GAP_MS)
    kiosk.enter(SCANNER_GAP_MS)
    # "abc" was typed, Ctrl+A selected it, "X" replaced the selection; no scan
    assert kiosk.field.text() == "X"
    assert kiosk.scans == []


def test_backspace_in_a_burst_is_typing(kiosk: Kiosk) -> None:
    kiosk.type("abcd", SCANNER_GAP_MS)
    kiosk.press(Qt.Key.Key_Backspace, SCANNER_GAP_MS)
    kiosk.enter(SCANNER_GAP_MS)
    assert kiosk.field.text() == "abc"
    assert kiosk.scans == []
    assert kiosk.returns == 1


def test_scan_is_swallowed_when_a_button_has_focus(kiosk: Kiosk, qtbot: QtBot) -> None:
    clicks: list[bool] = []
    kiosk.button.clicked.connect(clicks.append)
    kiosk.button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kiosk.button, timeout=2000)
    kiosk.type("A B C D", SCANNER_GAP_MS)  # spaces would press a focused button
    kiosk.enter(SCANNER_GAP_MS)
    assert kiosk.scans == ["A B C D"]
    assert clicks == []


def test_held_keys_go_to_the_widget_that_had_focus(kiosk: Kiosk, qtbot: QtBot) -> None:
    other = QLineEdit()
    kiosk.window.layout().addWidget(other)
    kiosk.type("ab", SCANNER_GAP_MS)
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other, timeout=2000)
    kiosk.filter.flush()
    assert kiosk.field.text() == "ab"
    assert other.text() == ""


def test_held_keys_for_a_deleted_receiver_are_dropped_quietly(qtbot: QtBot) -> None:
    clock = FakeClock()
    scan_input = ScanInput()
    scan_filter = KeyboardScanFilter(scan_input, clock=clock)
    scan_filter.install()
    try:
        field = QLineEdit()
        QTest.keyClicks(field, "ab")
        assert scan_filter.holding
        field.deleteLater()
        qtbot.waitUntil(lambda: _deleted(field), timeout=2000)
        scan_filter.flush()
        assert not scan_filter.holding
    finally:
        scan_filter.uninstall()


def _deleted(obj: QObject) -> bool:
    import shiboken6

    return not shiboken6.isValid(obj)


def test_two_scans_in_a_row(kiosk: Kiosk) -> None:
    kiosk.type(PAYLOAD, SCANNER_GAP_MS)
    kiosk.enter(SCANNER_GAP_MS)
    kiosk.type("MK1-K1-SECOND", SCANNER_GAP_MS)
    kiosk.enter(SCANNER_GAP_MS)
    assert kiosk.scans == [PAYLOAD, "MK1-K1-SECOND"]
    assert kiosk.field.text() == ""


def test_key_releases_and_other_events_pass(kiosk: Kiosk) -> None:
    release = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    assert kiosk.filter.eventFilter(kiosk.field, release) is False
    assert kiosk.filter.eventFilter(kiosk.field, QEvent(QEvent.Type.Paint)) is False


@pytest.mark.parametrize(
    "kwargs", [{"max_interkey_ms": 0}, {"min_length": 0}, {"min_length": 10, "max_length": 5}]
)
def test_bad_settings_are_refused(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        KeyboardScanFilter(ScanInput(), **kwargs)


def _stamped_key(char: str, stamp: int) -> QKeyEvent:
    key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
    event.setTimestamp(stamp)
    return event


def test_platform_timestamps_time_the_keys_when_no_clock_is_injected(qtbot: QtBot) -> None:
    """Keys queued behind a busy frame arrive together but keep their platform timestamps:
    a scan is still a scan, and typing stays typing however fast it is delivered."""
    field = QLineEdit()
    qtbot.addWidget(field)
    scan_input = ScanInput()
    scans: list[str] = []
    scan_input.scanned.connect(scans.append)
    scan_filter = KeyboardScanFilter(scan_input, max_interkey_ms=30)
    scan_filter.install()
    try:
        stamp = 50_000
        for char in PAYLOAD + "\r":
            stamp += 5
            QApplication.sendEvent(field, _stamped_key(char, stamp))
        assert scans == [PAYLOAD]
        assert field.text() == ""
        for char in "slow\r":
            stamp += 200
            QApplication.sendEvent(field, _stamped_key(char, stamp))
        assert scans == [PAYLOAD]
        assert field.text() == "slow"
    finally:
        scan_filter.uninstall()
