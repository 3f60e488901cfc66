"""Builds a kiosk window around fake services and the real scan input and lanes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.flows import DEFAULT_FLOWS
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.settings import UiSettings
from tests.ui.fakes import FakeCheckIn, FakeConsole, FakeServices, FakeStaffAuth
from tests.ui.touch import click_in_view

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
        "sound": False,
        "timezone": "UTC",
    }
    values.update(overrides)
    return UiSettings(**values)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def finger_clicks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every qtbot.mouseClick lands on screen (tests/ui/touch.py says why)."""
    monkeypatch.setattr(QtBot, "mouseClick", staticmethod(click_in_view(QtBot.mouseClick)))


@pytest.fixture
def checkin() -> FakeCheckIn:
    return FakeCheckIn()


@pytest.fixture
def staff_auth() -> FakeStaffAuth:
    return FakeStaffAuth()


@pytest.fixture
def console_service() -> FakeConsole:
    return FakeConsole()


@pytest.fixture
def services(
    checkin: FakeCheckIn, staff_auth: FakeStaffAuth, console_service: FakeConsole
) -> FakeServices:
    return FakeServices(checkin, staff_auth, console_service)


@pytest.fixture
def scan_input() -> ScanInput:
    return ScanInput()


@pytest.fixture
def make_window(
    qtbot: QtBot, checkin: FakeCheckIn, services: FakeServices, scan_input: ScanInput
) -> Iterator[WindowFactory]:
    windows: list[KioskWindow] = []

    def make(tick_ms: int = MANUAL_TICK_MS, **overrides: object) -> KioskWindow:
        devices = overrides.pop("devices", None)
        lanes = overrides.pop("lanes", None)
        print_desk = overrides.pop("print_desk", None)
        flows = overrides.pop("flows", DEFAULT_FLOWS)
        window = KioskWindow(
            ui_settings(**overrides),
            services,
            scan_input,
            lanes=lanes,  # type: ignore[arg-type]
            print_desk=print_desk,  # type: ignore[arg-type]
            devices=devices,  # type: ignore[arg-type]
            tick_ms=tick_ms,
            flows=flows,  # type: ignore[arg-type]
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
            checkin.gate.set()  # let a held call finish so the lane can stop
        window.shutdown()
        assert not any(lane.is_alive() for lane in window.lanes.all()), "lane thread left running"


@pytest.fixture
def window(make_window: WindowFactory) -> KioskWindow:
    return make_window()


def wait_database_calls(qtbot: QtBot, window: KioskWindow, count: int) -> None:
    """Wait until the database lane has finished `count` calls, then let every result they
    posted reach the GUI thread: after this, a late answer that was going to change the
    screen has done so."""
    lane = window.lanes.database
    qtbot.waitUntil(lambda: lane.finished_calls >= count, timeout=5000)
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


# The project flows' kiosk (real project service and file store): tests/ui/project_kiosk.py.
from tests.ui.project_kiosk import project_kiosk  # noqa: E402, F401
