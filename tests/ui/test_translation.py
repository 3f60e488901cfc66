"""Every screen speaks the configured language; switching it retranslates what is on screen."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.results import PinOutcome, PinResult, ScanOutcome, ScanResult
from kiosk.resources import asset
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.translation import install_translator, translation_file
from tests.support import require
from tests.ui.fakes import PATRON, STAFF, all_texts

ROOT = Path(__file__).resolve().parents[2]


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
    install_translator(app, "es")
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


def _linguist_tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    found = str(path) if path.exists() else shutil.which(name)
    require(found is not None, f"the {name} command (PySide6)")
    assert found is not None
    return found


def test_spanish_catalogue_covers_every_string_and_the_qm_is_compiled_from_it(
    tmp_path: Path,
) -> None:
    ts = asset("translations", "kiosk_es.ts")
    work = tmp_path / "kiosk_es.ts"
    shutil.copy(ts, work)
    sources = sorted(
        str(path)
        for path in (ROOT / "kiosk" / "ui").rglob("*.py")
        if path.name not in ("scan_input.py", "scan_filter.py", "screenshots.py")
    )
    subprocess.run(
        [_linguist_tool("pyside6-lupdate"), *sources, "-ts", str(work)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    catalogue = work.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in catalogue, "a string has no Spanish translation yet"
    qm = tmp_path / "kiosk_es.qm"
    subprocess.run(
        [_linguist_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert qm.read_bytes() == asset("translations", "kiosk_es.qm").read_bytes()
