"""What the kiosk benchmarks share: a composed kiosk on a real database, scans typed as
keystrokes the way a keyboard-wedge scanner sends them, and waiting for a screen's paint."""

from __future__ import annotations

import os
import secrets
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import AppContext, build_context
from kiosk.config import CardsSection, Config, DatabaseSection, LoggingSection, UiSection
from kiosk.services import Services, open_services
from kiosk.ui.shell import KioskGui, ui_settings


def bench_config(db_url: str, log_dir: Path, **ui: object) -> Config:
    return Config(
        database=DatabaseSection(url=db_url),
        ui=replace(UiSection(fullscreen=False), **ui),  # type: ignore[arg-type]
        cards=CardsSection(keys={"B1": secrets.token_bytes(32)}, signing_key_id="B1"),
        logging=LoggingSection(dir=log_dir),
    )


def app() -> QApplication:
    instance = QApplication.instance() or QApplication([])
    assert isinstance(instance, QApplication)
    return instance


def compose(config: Config, *, tick_ms: int = 1000) -> tuple[KioskGui, Services]:
    gui, context = compose_context(config, tick_ms=tick_ms)
    return gui, context.services.current()


def compose_context(
    config: Config, *, tick_ms: int = 1000, services: Services | None = None
) -> tuple[KioskGui, AppContext]:
    """The kiosk as run_kiosk composes it (devices included), on an open database."""
    context = build_context(config, services=services or open_services(config))
    context.services.start()
    context.services.current()  # opened before measuring
    gui = KioskGui(
        app(),
        config,
        ui_settings(config, windowed=True),
        context.services,
        context.devices,
        tick_ms=tick_ms,
    )
    gui.show(fullscreen=False)
    return gui, context


class PaintWatch(QObject):
    """Records when `screen` is next painted while it is the stack's current screen."""

    def __init__(self, gui: KioskGui, screen: QWidget) -> None:
        super().__init__()
        self._gui = gui
        self._screen = screen
        self.painted_at: float | None = None
        self._loop: QEventLoop | None = None
        screen.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.painted_at is None
            and self._gui.window.current_screen() is self._screen
        ):
            self.painted_at = time.perf_counter()
            if self._loop is not None:
                # Quit after this paint has been delivered, not inside it.
                QTimer.singleShot(0, self._loop.quit)
        return False

    def arm(self) -> None:
        self.painted_at = None

    def detach(self) -> None:
        self._screen.removeEventFilter(self)

    def wait(self, timeout_ms: int = 10_000) -> float:
        if self.painted_at is None:
            self._loop = QEventLoop()
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(self._loop.quit)
            guard.start(timeout_ms)
            self._loop.exec()
            guard.stop()
            self._loop = None
        if self.painted_at is None:
            raise TimeoutError(f"{type(self._screen).__name__} was not painted in time")
        return self.painted_at


def type_scan(gui: KioskGui, payload: str) -> float:
    """Type `payload` as one burst and press Enter; returns the time Enter was sent."""
    target = QApplication.focusWidget() or gui.window
    QTest.keyClicks(target, payload)
    enter_at = time.perf_counter()
    QTest.keyClick(target, Qt.Key.Key_Return)
    return enter_at


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"n={len(ms)} median={statistics.median(ms):.1f} ms p95={percentile(ms, 95):.1f} ms "
        f"max={max(ms):.1f} ms"
    )
