"""ScanInput: the one entry point every scan source feeds."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from kiosk.ui.scan_input import REJECTED_TOO_LONG, ScanInput, clean_scan_text


class Recorder:
    def __init__(self, scan_input: ScanInput) -> None:
        self.scans: list[str] = []
        self.rejections: list[str] = []
        scan_input.scanned.connect(self.scans.append)
        scan_input.rejected.connect(self.rejections.append)


def test_feed_emits_the_cleaned_text(qtbot: QtBot) -> None:
    scan_input = ScanInput()
    with qtbot.waitSignal(scan_input.scanned, timeout=1000) as blocker:
        scan_input.feed("  MK1-K1-CARD\r\n")
    assert blocker.args == ["MK1-K1-CARD"]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x02MK1-K1-CARD\x03", "MK1-K1-CARD"),
        ("\ufeff21234001234567\t", "21234001234567"),
        ("\x00\x00ABC\x1b", "ABC"),
        ("A B", "A B"),
        ("A\x00B", "A\x00B"),  # inner control characters are the codec's to refuse
    ],
)
def test_surrounding_whitespace_and_control_characters_are_stripped(raw: str, clean: str) -> None:
    scan_input = ScanInput()
    recorder = Recorder(scan_input)
    scan_input.feed(raw)
    assert recorder.scans == [clean]
    assert clean_scan_text(raw) == clean


@pytest.mark.parametrize("raw", ["", "   ", "\r\n", "\x02\x03", "\ufeff"])
def test_empty_scans_are_ignored(raw: str) -> None:
    scan_input = ScanInput()
    recorder = Recorder(scan_input)
    scan_input.feed(raw)
    assert recorder.scans == []
    assert recorder.rejections == []


def test_max_length_is_enforced() -> None:
    scan_input = ScanInput(max_length=50)
    recorder = Recorder(scan_input)
    scan_input.feed("A" * 50)
    scan_input.feed("A" * 51)
    scan_input.feed(" " + "B" * 50 + "\r\n")  # framing does not count
    scan_input.feed("C" * 10_000_000)
    assert recorder.scans == ["A" * 50, "B" * 50]
    assert recorder.rejections == [REJECTED_TOO_LONG, REJECTED_TOO_LONG]


def test_refusal_is_logged_without_the_text(caplog: pytest.LogCaptureFixture) -> None:
    scan_input = ScanInput(max_length=50)
    scan_input.feed("SECRET" * 20)
    assert "120 characters" in caplog.text
    assert "SECRET" not in caplog.text


def test_non_text_is_ignored() -> None:
    scan_input = ScanInput()
    recorder = Recorder(scan_input)
    scan_input.feed(None)  # type: ignore[arg-type]
    assert recorder.scans == []


def test_max_length_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_length"):
        ScanInput(max_length=0)


class _SerialBridge(QObject):
    """Stands in for a hardware bridge: emits scans from its own reader thread."""

    line = Signal(str)


def test_scans_from_another_thread_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    scan_input = ScanInput()
    bridge = _SerialBridge()
    bridge.line.connect(scan_input.feed)
    seen_on: list[threading.Thread] = []
    scan_input.scanned.connect(lambda _text: seen_on.append(threading.current_thread()))
    with qtbot.waitSignal(scan_input.scanned, timeout=2000) as blocker:
        worker = threading.Thread(target=bridge.line.emit, args=("MK1-K1-SERIAL\r\n",))
        worker.start()
        worker.join(timeout=5)
    assert blocker.args == ["MK1-K1-SERIAL"]
    assert seen_on == [threading.main_thread()]
