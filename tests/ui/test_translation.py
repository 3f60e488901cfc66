"""Every screen speaks the configured language; switching it retranslates what is on screen."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.results import PinOutcome, PinResult, ScanOutcome, ScanResult
from kiosk.resources import asset
from kiosk.ui import translations_build
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.translation import install_translator, translation_file
from tests.support import require
from tests.ui.fakes import PATRON, STAFF, all_texts


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translator(qapp, "en")  # later tests expect the source language


def test_spanish_is_bundled_and_regional_variants_fall_back_to_it() -> None:
    spanish = translation_file("es")
    assert spanish is not None and spanish.name == "kiosk_es.qm"
    assert translation_file("es-MX") == spanish
    assert translation_file("es_AR.UTF-8") == spanish
    assert translation_file("xx") is None


def test_switching_locale_changes_the_labels_and_back(
    qtbot: QtBot, app: QApplication, window: KioskWindow
) -> None:
    assert "Scan your card" in all_texts(window.attract)
    install_translator(app, "es")
    assert "Escanee su tarjeta" in all_texts(window.attract)
    assert "Scan your card" not in all_texts(window.attract)
    install_translator(app, "en")
    assert "Scan your card" in all_texts(window.attract)


def test_spanish_check_in_screens_keep_the_patron_data(
    qtbot: QtBot, app: QApplication, window: KioskWindow
) -> None:
    window.language.switch("es")
    checkin = window.checkin
    at = datetime(2026, 1, 5, 15, 4, tzinfo=UTC)
    checkin.show_scan_result(
        ScanResult(ScanOutcome.WELCOME, patron=PATRON, visit_counted=True, checked_in_at=at)
    )
    texts = all_texts(window.welcome)
    assert "¡Bienvenido/a, Zoë!" in texts
    assert "Ya está registrado/a, 15:04." in texts
    checkin.show_scan_result(ScanResult(ScanOutcome.REVOKED_CARD))
    assert "Esta tarjeta ya no se puede usar" in all_texts(window.message)
    checkin.show_scan_result(ScanResult(ScanOutcome.STAFF, staff=STAFF))
    checkin.show_pin_result(PinResult(PinOutcome.WRONG_PIN, attempts_left=3))
    assert window.staff_pin.notice.text() == "PIN incorrecto. Quedan 3 intentos."


def test_an_unknown_locale_stays_in_english_and_says_why(
    app: QApplication, window: KioskWindow, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.translation"):
        install_translator(app, "tlh")
    assert "Scan your card" in all_texts(window.attract)
    assert any("tlh" in record.getMessage() for record in caplog.records)


def test_every_catalogue_covers_every_string_and_each_qm_is_compiled_from_it() -> None:
    try:
        problems = translations_build.check()
    except translations_build.TranslationError as exc:
        require(False, str(exc))
        raise
    assert problems == []


def test_a_string_added_in_code_and_untranslated_fails_the_check(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(asset("translations"), folder)
    added = tmp_path / "new_screen.py"
    added.write_text(
        "class NewScreen:\n    def retranslate(self):\n        self.tr('Print my project')\n",
        encoding="utf-8",
    )
    problems = translations_build.check(folder=folder, extra_sources=[added])
    assert sorted(line.split(":")[0] for line in problems) == sorted(translations_build.SHIPPED)
    assert all("Print my project" in line for line in problems)


def test_a_qm_not_compiled_from_its_catalogue_fails_the_check(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(asset("translations"), folder)
    ts = folder / "kiosk_fr.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace("Scannez votre carte", "Scannez la carte"),
        encoding="utf-8",
    )
    assert translations_build.check(folder=folder) == [
        "kiosk_fr.qm is not compiled from kiosk_fr.ts: run python -m kiosk.ui.translations_build"
    ]


def test_every_string_is_filed_under_the_context_the_code_looks_it_up_in() -> None:
    """A module-level `tr(...)` helper hides its context from the extractor, which files the
    string under no context at all; the kiosk then looks it up under the helper's context and
    shows English in every language. Module helpers say `QCoreApplication.translate(CONTEXT,
    ...)` with the context written out."""
    import xml.etree.ElementTree as ET

    for catalogue in sorted(asset("translations").glob("*.ts")):
        unnamed = [
            message.findtext("source")
            for context in ET.parse(catalogue).getroot().iter("context")
            if not (context.findtext("name") or "").strip()
            for message in context.iter("message")
        ]
        assert unnamed == [], f"{catalogue.name}: strings with no context: {unnamed}"


def test_a_project_notice_is_shown_in_the_patrons_language(qapp: QApplication) -> None:
    from kiosk.core.project_views import Notice, NoticeKind
    from kiosk.ui.project_text import notice_text

    notice = Notice(
        UUID(int=1), NoticeKind.PRINT_READY, {"title": "Rocket"}, datetime(2026, 1, 5, tzinfo=UTC)
    )
    try:
        install_translator(qapp, "fr")
        text = notice_text(notice)
    finally:
        install_translator(qapp, "en")
    assert text is not None and "Rocket" in text
    assert text != 'Your print of "Rocket" is ready! Ask at the desk.'
