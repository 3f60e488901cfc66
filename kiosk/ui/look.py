"""Larger text and high contrast, per session and as the library's defaults.

The theme (assets/theme/kiosk.qss) is the one source of sizes and colours: larger text scales
every font size in it, and high contrast lays assets/theme/high-contrast.qss over it. The
result goes onto the kiosk window as its style sheet, so every screen (and anything added
later) follows without knowing about it."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import cache

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.resources import asset
from kiosk.ui.theme import stylesheet

logger = logging.getLogger(__name__)

LARGE_TEXT_SCALE = 1.5
HIGH_CONTRAST_FILE = ("theme", "high-contrast.qss")
_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")


@dataclass(frozen=True)
class Look:
    large_text: bool = False
    high_contrast: bool = False

    @property
    def text_scale(self) -> float:
        return LARGE_TEXT_SCALE if self.large_text else 1.0


@cache
def high_contrast_sheet() -> str:
    path = asset(*HIGH_CONTRAST_FILE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        logger.error("high-contrast theme %s unreadable: %s", path, exc)
        return ""


# Headings already this large stay as they are: 1.5 times a 48 pt headline would leave room
# for two words a line on a small display, and help nobody read it.
LARGE_TEXT_CAP_PT = 48.0


def scaled_size(points: float, scale: float) -> float:
    return min(points * scale, max(points, LARGE_TEXT_CAP_PT))


_RULE = re.compile(r"\{[^{}]*\}")
# A rule that says so keeps its size: the on-screen keyboard's keys fill the width of the
# display row by row, and letters already large on them would not fit them 1.5 times larger.
FIXED_SIZE_MARK = "text size: fixed"


def scale_fonts(sheet: str, scale: float) -> str:
    if scale == 1.0:
        return sheet

    def scale_rule(rule: re.Match[str]) -> str:
        body = rule.group(0)
        if FIXED_SIZE_MARK in body:
            return body
        return _FONT_SIZE.sub(
            lambda m: f"{m.group(1)}{round(scaled_size(float(m.group(2)), scale))}pt", body
        )

    return _RULE.sub(scale_rule, sheet)


@cache
def sheet_for(look: Look) -> str:
    """The whole theme for `look`: the base, its fonts scaled, high contrast laid over it."""
    sheet = stylesheet()
    if look.high_contrast:
        sheet = f"{sheet}\n{high_contrast_sheet()}"
    return scale_fonts(sheet, look.text_scale)


class SessionLook(QObject):
    """The look of the current session: the library's default until a patron changes it, and
    the default again when the session ends."""

    changed = Signal(object)  # Look

    def __init__(self, window: QWidget, default: Look) -> None:
        super().__init__(window)
        self._window = window
        self.default = default
        self.current = default
        self._apply()

    def set_large_text(self, on: bool) -> None:
        self._set(replace(self.current, large_text=on))

    def set_high_contrast(self, on: bool) -> None:
        self._set(replace(self.current, high_contrast=on))

    def end_session(self) -> None:
        self._set(self.default)

    def _set(self, look: Look) -> None:
        if look == self.current:
            return
        self.current = look
        self._apply()
        self.changed.emit(look)

    def _apply(self) -> None:
        sheet = sheet_for(self.current)
        app = QApplication.instance()
        # The plain theme may already be the application's (parsed once at start-up); the
        # window then needs none of its own.
        if isinstance(app, QApplication) and app.styleSheet() == sheet:
            sheet = ""
        if self._window.styleSheet() != sheet:
            self._window.setStyleSheet(sheet)
