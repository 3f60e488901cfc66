"""The short chime of a good scan, where the terminal has audio.

Qt's sound support lives in QtMultimedia, which ships in the PySide6-Addons wheel (the
`sound` extra), not in the Essentials the kiosk needs. Without it, or without an audio device,
the chime stays silent and says so once in the log: the screen is always the main signal."""

from __future__ import annotations

import logging
from typing import Any

from kiosk.resources import asset

logger = logging.getLogger(__name__)

CHIME_FILE = ("sounds", "checkin-ok.wav")


class Chime:
    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self._effect: Any = None
        self._tried = False
        self.played = 0

    def _load(self) -> Any:
        self._tried = True
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            logger.info("no sound: Qt's multimedia module is not installed (the 'sound' extra)")
            return None
        path = asset(*CHIME_FILE)
        if not path.is_file():
            logger.warning("no sound: %s is missing", path)
            return None
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.6)
        return effect

    def play(self) -> None:
        if not self.enabled:
            return
        if not self._tried:
            self._effect = self._load()
        if self._effect is not None:
            self._effect.play()
            self.played += 1
