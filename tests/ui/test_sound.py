"""Scan sounds: a chime for a check-in, a distinct tone for a refused scan, both shipped with
their licence; off or silent by configuration; where Qt's multimedia module is missing, silent
with one line in the log (the screen is always the main signal)."""

from __future__ import annotations

import importlib.util
import logging
import wave

import pytest
from pytestqt.qtbot import QtBot

from kiosk.resources import asset
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.sound import Cue, ScanSounds
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON_CARD

HAS_MULTIMEDIA = importlib.util.find_spec("PySide6.QtMultimedia") is not None


def test_both_sounds_ship_short_distinct_and_licensed() -> None:
    lengths = {}
    for cue in Cue:
        with wave.open(str(asset("sounds", cue.value))) as sound:
            lengths[cue] = sound.getnframes() / sound.getframerate()
    assert all(0.1 < seconds < 0.5 for seconds in lengths.values()), lengths
    ok, refused = (asset("sounds", cue.value).read_bytes() for cue in Cue)
    assert ok != refused
    assert "licence" in asset("sounds", "LICENSE.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("enabled", "volume"), [(False, 60), (True, 0)])
def test_sound_off_or_at_zero_plays_nothing_and_loads_nothing(
    caplog: pytest.LogCaptureFixture, enabled: bool, volume: int
) -> None:
    sounds = ScanSounds(enabled=enabled, volume=volume)
    with caplog.at_level(logging.INFO, logger="kiosk.ui.sound"):
        sounds.play(Cue.CHECKED_IN)
    assert sounds.played == [] and not caplog.records


def test_without_qt_multimedia_the_kiosk_says_once_that_it_is_silent(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    sounds = ScanSounds(enabled=True)
    with caplog.at_level(logging.INFO, logger="kiosk.ui.sound"):
        sounds.play(Cue.CHECKED_IN)
        sounds.play(Cue.REFUSED)
    if HAS_MULTIMEDIA:
        assert sounds.played == [Cue.CHECKED_IN, Cue.REFUSED]
    else:
        assert sounds.played == []
        assert [r.getMessage() for r in caplog.records] == [
            "no sound: Qt's multimedia module is not installed (the 'sound' extra)"
        ]


def test_check_in_asks_for_the_chime_and_a_refused_scan_for_the_tone(
    qtbot: QtBot,
    make_window: WindowFactory,
    scan_input: ScanInput,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(sound=True)
    asked: list[Cue] = []
    monkeypatch.setattr(window.checkin.sounds, "play", asked.append)
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=3000)
    window.reset_to_attract()
    scan_input.feed("NOT-A-CARD")
    qtbot.waitUntil(lambda: window.current_screen() is window.message, timeout=3000)
    assert asked == [Cue.CHECKED_IN, Cue.REFUSED]
