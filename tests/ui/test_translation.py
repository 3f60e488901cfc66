"""Every screen speaks the configured language; switching it retranslates what is on screen."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.checkin import ScanOutcome, ScanResult
from kiosk.core.staff import PinOutcome, PinResult
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.translation import install_translator, translation_file
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
    install_translator(app, "es")
    window.show_scan_result(ScanResult(ScanOutcome.WELCOME, patron=PATRON))
    texts = all_texts(window.welcome)
    assert f"¡Bienvenido/a, {PATRON.display_name}!" in texts
    assert "No tiene reservas hoy." in texts
    window.show_scan_result(ScanResult(ScanOutcome.REVOKED_CARD))
    assert "Esta tarjeta ya no se puede usar" in all_texts(window.message)
    window.show_scan_result(ScanResult(ScanOutcome.STAFF, staff=STAFF))
    window.show_pin_result(PinResult(PinOutcome.WRONG_PIN, attempts_left=3))
    assert window.staff_pin.notice.text() == "PIN incorrecto. Quedan 3 intentos."


def test_an_unknown_locale_stays_in_english_and_says_why(
    app: QApplication, window: KioskWindow, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.translation"):
        install_translator(app, "tlh")
    assert "Scan your card" in all_texts(window.attract)
    assert any("tlh" in record.getMessage() for record in caplog.records)
