"""The check-in chime: off when the configuration says so; where Qt's multimedia module is
missing, silent with one line in the log (the screen is always the main signal)."""

from __future__ import annotations

import importlib.util
import logging

import pytest

from kiosk.resources import asset
from kiosk.ui.sound import CHIME_FILE, Chime


def test_the_chime_file_ships_with_the_kiosk() -> None:
    data = asset(*CHIME_FILE).read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"


def test_sound_off_in_the_configuration_plays_nothing_and_loads_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    chime = Chime(enabled=False)
    with caplog.at_level(logging.INFO, logger="kiosk.ui.sound"):
        chime.play()
    assert chime.played == 0 and not caplog.records


def test_without_qt_multimedia_the_chime_says_so_once(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    chime = Chime(enabled=True)
    with caplog.at_level(logging.INFO, logger="kiosk.ui.sound"):
        chime.play()
        chime.play()
    if importlib.util.find_spec("PySide6.QtMultimedia") is None:
        assert chime.played == 0
        assert [r.getMessage() for r in caplog.records] == [
            "no sound: Qt's multimedia module is not installed (the 'sound' extra)"
        ]
    else:
        assert chime.played == 2
