"""The start-up path a branch terminal uses: run_kiosk paints the attract screen, then opens
the log file and the database in the background; a patron is welcomed; staff exit ends it."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.app import run_kiosk
from kiosk.demo_mode import prepare_demo
from kiosk.ui.main_window import KioskWindow


def _type(window: KioskWindow, payload: str) -> None:
    QTest.keyClicks(window, payload)
    QTest.keyClick(window, Qt.Key.Key_Return)


def test_patron_then_staff_exit_through_run_kiosk(qapp: QApplication, tmp_path: Path) -> None:
    setup, services = prepare_demo(tmp_path / "demo", patrons=3)
    services.close()
    patron_payload = setup.data.patrons[0][2]
    steps: list[str] = []

    def drive() -> None:
        # Windows of earlier tests may linger hidden until they are collected: only the one
        # run_kiosk shows is driven.
        windows = [
            w for w in qapp.topLevelWidgets() if isinstance(w, KioskWindow) and w.isVisible()
        ]
        if not windows:
            return
        window = windows[0]
        screen = window.current_screen()
        done = steps[-1] if steps else ""
        if not steps and screen is window.attract:
            steps.append("patron scanned")
            _type(window, patron_payload)
        elif done == "patron scanned" and screen is window.welcome:
            steps.append("welcomed")
            QTest.mouseClick(window.welcome.done_button, Qt.MouseButton.LeftButton)
        elif done == "welcomed" and screen is window.attract:
            steps.append("staff scanned")
            _type(window, setup.data.staff_card_payload)
        elif done == "staff scanned" and screen is window.staff_pin:
            steps.append("pin entered")
            keys = {b.text(): b for b in window.staff_pin.keypad.findChildren(QPushButton)}
            for digit in setup.data.staff_pin:
                QTest.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
            QTest.mouseClick(window.staff_pin.ok_button, Qt.MouseButton.LeftButton)
        elif done == "pin entered" and screen is window.console.screen:
            steps.append("console opened")
            QTest.mouseClick(window.console.screen.exit_button, Qt.MouseButton.LeftButton)

    driver = QTimer()
    driver.timeout.connect(drive)
    driver.start(20)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(qapp.quit)
    give_up.start(30_000)
    try:
        code = run_kiosk(setup.config, windowed=True)
    finally:
        driver.stop()
        give_up.stop()
        qapp.setStyleSheet("")
    assert steps == [
        "patron scanned",
        "welcomed",
        "staff scanned",
        "pin entered",
        "console opened",
    ]
    assert code == 0
    log_text = (setup.folder / "logs" / "kiosk.log").read_text(encoding="utf-8")
    # Logged before the file existed (held in memory until after the first paint):
    assert "kiosk started" in log_text
    assert "staff PIN check: ok" in log_text
    for name in (name for name, _, _ in setup.data.patrons):
        assert name not in log_text
    assert not [t for t in threading.enumerate() if t.name.startswith("kiosk-services")]
    assert not [t for t in threading.enumerate() if t.name.startswith("kiosk-lane-")]
