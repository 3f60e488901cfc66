"""A patron picks their language on the start screen; the session speaks it (right to left
for Arabic, times in that locale) and the kiosk returns to the default when it ends."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import kiosk.ui.languages as languages_module
import kiosk.ui.translation as translation_module
from kiosk.core.results import ScanOutcome, ScanResult
from kiosk.resources import asset
from kiosk.ui.flows.language import LanguageFlow
from kiosk.ui.languages import LANGUAGES, SessionLanguage, available_languages, language_for
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.translations_build import SHIPPED
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON, all_texts


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    SessionLanguage("en").apply_default()
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def language_flow(window: KioskWindow) -> LanguageFlow:
    flow = window.navigator.flow("language")
    assert isinstance(flow, LanguageFlow)
    return flow


def pick(qtbot: QtBot, window: KioskWindow, code: str) -> None:
    qtbot.mouseClick(window.attract.language_button, Qt.MouseButton.LeftButton)
    picker = language_flow(window).picker
    assert window.current_screen() is picker
    qtbot.mouseClick(picker.buttons[code], Qt.MouseButton.LeftButton)


def test_every_shipped_catalogue_is_a_language_a_patron_can_pick() -> None:
    assert {language.code for language in LANGUAGES} == {"en", *SHIPPED}
    assert [language.code for language in available_languages()] == [
        language.code for language in LANGUAGES
    ]
    assert language_for("es_MX") == language_for("es")
    assert language_for("zh") == language_for("zh-CN")
    assert language_for("tlh") is None


def test_the_picker_lists_each_language_in_its_own_name(
    qtbot: QtBot, window: KioskWindow
) -> None:
    qtbot.mouseClick(window.attract.language_button, Qt.MouseButton.LeftButton)
    picker = language_flow(window).picker
    names = {code: button.text() for code, button in picker.buttons.items()}
    assert names == {
        "en": "English",
        "es": "Español",
        "fr": "Français",
        "zh_CN": "中文",
        "ar": "العربية",
    }
    assert picker.buttons["en"].isChecked()
    assert all(button.height() >= 48 for button in picker.buttons.values())


def test_arabic_mirrors_the_session_and_the_end_of_the_session_brings_english_back(
    qtbot: QtBot, qapp: QApplication, window: KioskWindow
) -> None:
    pick(qtbot, window, "ar")
    assert window.current_screen() is window.attract
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.attract.isRightToLeft()
    assert "امسح بطاقتك" in all_texts(window.attract)
    assert window.attract.language_button.text() == "العربية"
    checkin = window.checkin
    checkin.show_scan_result(
        ScanResult(
            ScanOutcome.WELCOME,
            patron=PATRON,
            visit_counted=True,
            checked_in_at=datetime(2026, 1, 5, 15, 4, tzinfo=UTC),
        )
    )
    assert window.welcome.view is not None
    # The time as Arabic writes it (Arabic-Indic digits), not a hard-coded "15:04".
    assert window.welcome.view.time == QLocale("ar").toString(
        datetime(2026, 1, 5, 15, 4).time(), QLocale.FormatType.ShortFormat
    )
    assert "٣" in window.welcome.view.time
    window.welcome.done_button.click()  # the session ends
    assert window.current_screen() is window.attract
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert "Scan your card" in all_texts(window.attract)
    assert window.attract.language_button.text() == "English"
    assert QLocale().language() == QLocale.Language.English


@pytest.mark.parametrize(
    ("code", "headline"),
    [("es", "Escanee su tarjeta"), ("fr", "Scannez votre carte"), ("zh_CN", "请扫描您的卡")],
)
def test_each_language_speaks_on_the_start_screen(
    qtbot: QtBot, qapp: QApplication, window: KioskWindow, code: str, headline: str
) -> None:
    pick(qtbot, window, code)
    assert headline in all_texts(window.attract)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_patron_who_picks_a_language_and_walks_away_leaves_the_default_behind(
    qtbot: QtBot, window: KioskWindow
) -> None:
    pick(qtbot, window, "fr")
    assert window.navigator.at_home() and window.idle.running
    for _ in range(window.settings.idle_timeout_s):
        window.idle.tick()
    assert "Scan your card" in all_texts(window.attract)
    assert not window.idle.running


def test_back_from_the_picker_keeps_the_language(qtbot: QtBot, window: KioskWindow) -> None:
    pick(qtbot, window, "es")
    qtbot.mouseClick(window.attract.language_button, Qt.MouseButton.LeftButton)
    picker = language_flow(window).picker
    assert picker.buttons["es"].isChecked()
    assert picker.back_button.text() == "Volver"
    qtbot.mouseClick(picker.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.attract
    assert "Escanee su tarjeta" in all_texts(window.attract)


def test_the_configured_default_is_spoken_from_the_start_and_after_each_session(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(locale="es")
    assert "Escanee su tarjeta" in all_texts(window.attract)
    pick(qtbot, window, "en")
    assert "Scan your card" in all_texts(window.attract)
    window.navigator.home()
    assert "Escanee su tarjeta" in all_texts(window.attract)


def test_a_missing_language_file_falls_back_to_english_logged_once(
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Every catalogue but French is installed.
    folder = tmp_path / "translations"
    folder.mkdir()
    for path in asset("translations").glob("*.qm"):
        if "_fr" not in path.name:
            (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(
        translation_module, "asset", lambda *parts: tmp_path.joinpath(*parts)
    )
    monkeypatch.setattr(languages_module, "_reported", set())
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.languages"):
        first = make_window(locale="fr")
        make_window(locale="fr")
    assert "Scan your card" in all_texts(first.attract)
    lines = [r.getMessage() for r in caplog.records if "fr" in r.getMessage()]
    assert len(lines) == 1 and "missing" in lines[0]
    assert "fr" not in language_flow(first).picker.buttons  # not offered in English clothing
