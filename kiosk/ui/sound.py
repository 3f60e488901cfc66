"""The short sounds of a scan: a rising chime when a patron is checked in, a lower falling tone
when a scan is refused. Never the only signal: the screen always says the same in words.

Qt's sound support lives in QtMultimedia, which ships in the PySide6-Addons wheel (the
`sound` extra), not in the Essentials the kiosk needs. Without it, or without an audio device,
the kiosk stays silent and says so once in the log."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Any

from kiosk.resources import asset

logger = logging.getLogger(__name__)


class Cue(StrEnum):
    CHECKED_IN = "checkin-ok.wav"
    REFUSED = "scan-refused.wav"


class ScanSounds:
    def __init__(self, *, enabled: bool, volume: int = 60) -> None:
        self.enabled = enabled and volume > 0
        self.volume = max(0, min(100, volume))
        self._effects: dict[Cue, Any] | None = None
        self.played: list[Cue] = []

    def _load(self) -> dict[Cue, Any]:
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            logger.info("no sound: Qt's multimedia module is not installed (the 'sound' extra)")
            return {}
        effects: dict[Cue, Any] = {}
        for cue in Cue:
            path = asset("sounds", cue.value)
            if not path.is_file():
                logger.warning("no sound for %s: %s is missing", cue.name, path)
                continue
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self.volume / 100)
            effects[cue] = effect
        return effects

    def play(self, cue: Cue) -> None:
        if not self.enabled:
            return
        if self._effects is None:
            self._effects = self._load()
        effect = self._effects.get(cue)
        if effect is not None:
            effect.play()
            self.played.append(cue)
