"""Builds a kiosk window around fake services and the real scan input."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.settings import UiSettings
from tests.ui.fakes import DeliveryProbe, FakeCheckIn, FakeStaffAuth

# Long enough that the idle timer never fires by itself: tests step it with idle.tick().
MANUAL_TICK_MS = 3_600_000

WindowFactory = Callable[..., KioskWindow]


def ui_settings(**overrides: object) -> UiSettings:
    values: dict[str, object] = {
        "library_name": "Riverside Public Library",
        "branch_name": "Eastgate",
        "fullscreen": False,
        "idle_timeout_s": 60,
        "countdown_s": 10,
    }
    values.update(overrides)
    return UiSettings(**values)  # type: ignore[arg-type]


@pytest.fixture
def checkin() -> FakeCheckIn:
    return FakeCheckIn()


@pytest.fixture
def staff_auth() -> FakeStaffAuth:
    return FakeStaffAuth()


@pytest.fixture
def scan_input() -> ScanInput:
    return ScanInput()


@pytest.fixture
def make_window(
    qtbot: QtBot, checkin: FakeCheckIn, staff_auth: FakeStaffAuth, scan_input: ScanInput
) -> Iterator[WindowFactory]:
    windows: list[KioskWindow] = []

    def make(tick_ms: int = MANUAL_TICK_MS, **overrides: object) -> KioskWindow:
        window = KioskWindow(
            ui_settings(**overrides), checkin, staff_auth, scan_input, tick_ms=tick_ms
        )
        qtbot.addWidget(window)
        if not window.settings.fullscreen:
            window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if checkin.gate is not None:
            checkin.gate.set()  # let a held call finish so the worker can stop
        window.shutdown()
        assert not window.worker.is_alive(), "service worker thread left running"


@pytest.fixture
def window(make_window: WindowFactory) -> KioskWindow:
    return make_window()


def attach_probe(window: KioskWindow) -> DeliveryProbe:
    probe = DeliveryProbe()
    window.worker.succeeded.connect(probe.record, Qt.ConnectionType.QueuedConnection)
    window.worker.failed.connect(probe.record, Qt.ConnectionType.QueuedConnection)
    return probe
