"""The bundled fonts draw every shipped script; a missing font is logged once and the kiosk
goes on with the terminal's own fonts."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

import kiosk.ui.fonts as ui_fonts
from kiosk import fonts
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.translations_build import cjk_text


def test_the_bundled_cjk_font_draws_every_character_of_the_chinese_screens(
    window: KioskWindow,
) -> None:
    assert fonts.CJK_SUBSET_FAMILY in QFontDatabase.families()
    metrics = QFontMetrics(QFont(fonts.CJK_SUBSET_FAMILY))
    needed = sorted(char for char in cjk_text() if ord(char) > 0x7E)
    assert len(needed) > 100
    assert [char for char in needed if not metrics.inFontUcs4(ord(char))] == []
    # Latin, and Arabic, come from the bundled DejaVu Sans.
    dejavu = QFontMetrics(QFont(ui_fonts.FACE))
    assert all(dejavu.inFontUcs4(ord(char)) for char in "Zoë العربية")


def test_every_shipped_script_can_be_drawn(window: KioskWindow) -> None:
    assert ui_fonts.can_show("zh_CN") and ui_fonts.can_show("ar") and ui_fonts.can_show("fr")


def test_a_missing_font_is_logged_once_and_the_kiosk_goes_on(
    window: KioskWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(ui_fonts, "_reported", set())
    missing = tmp_path / "gone.otf"
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.fonts"):
        ui_fonts.install_fonts([missing])
        ui_fonts.install_fonts([missing])
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 1 and "gone.otf" in lines[0]
    assert missing not in ui_fonts._registered
