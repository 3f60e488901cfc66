"""The bundled fonts on screen: registered with Qt once, the bundled CJK subset behind the
kiosk's face for Chinese, and which scripts the kiosk can show at all."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk import fonts

logger = logging.getLogger(__name__)

FACE = "DejaVu Sans"
# Languages whose script needs more than Latin letters, and the writing system Qt checks.
SCRIPTS = {
    "zh": QFontDatabase.WritingSystem.SimplifiedChinese,
    "ar": QFontDatabase.WritingSystem.Arabic,
}
_registered: dict[Path, int] = {}
_reported: set[str] = set()


def _report_once(line: str) -> None:
    if line not in _reported:
        _reported.add(line)
        logger.warning(line)


def install_fonts(paths: Sequence[Path] | None = None) -> None:
    """Register the bundled fonts (once each) and make DejaVu Sans the application's face, with
    the CJK subset as its stand-in for Chinese characters. A missing file is logged once; Qt
    then falls back to the terminal's own fonts."""
    for path in paths if paths is not None else fonts.bundled_fonts():
        if path in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            _report_once(f"font {path} is missing or unreadable; the terminal's fonts stand in")
            continue
        _registered[path] = font_id
    app = QApplication.instance()
    # Behind the face the screens draw with (DejaVu Sans through fontconfig): Chinese
    # characters come from the bundled subset before any installed font.
    faces = {FACE, app.font().family()} if isinstance(app, QApplication) else {FACE}
    for face in faces:
        if fonts.CJK_SUBSET_FAMILY not in QFont.substitutes(face):
            QFont.insertSubstitution(face, fonts.CJK_SUBSET_FAMILY)


def can_show(language_code: str) -> bool:
    """Whether some font on this terminal (bundled or installed) draws the language's script;
    a language that cannot be drawn is not offered, rather than shown as boxes."""
    system = SCRIPTS.get(language_code.split("_")[0])
    if system is None:
        return True
    if QFontDatabase.families(system):
        return True
    _report_once(f"no font draws {language_code}; that language is not offered")
    return False
