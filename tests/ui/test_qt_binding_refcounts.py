"""Guards the pinned Qt binding: PySide6 6.12.0 on Python 3.11 released a reference to None
(and to True/False) on every void call and signal emit, which aborts a long-running kiosk."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(200):
        button.setEnabled(True)
    # Other threads may take or drop a few references meanwhile; 200 lost ones would show.
    assert sys.getrefcount(None) - before > -50


def test_signal_emits_keep_bools_alive() -> None:
    emitter = _Emitter()
    received = [0]

    def count(_value: bool) -> None:
        received[0] += 1  # holds no reference to the bool it was given

    emitter.fired.connect(count)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit(True)
    assert received[0] == 200
    assert sys.getrefcount(True) - before > -50
