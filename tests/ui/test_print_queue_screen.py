"""The print queue staff tool (pytest-qt): a real print desk over the Marlin simulator and a
real SQLite file behind the kiosk window; the test reads the screen's view-model."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hardware.sim.marlin import MarlinSimConfig, MarlinSimulator
from kiosk.config import Config, PrinterSpec
from kiosk.core.clock import FixedClock
from kiosk.core.print_views import FailureCode, JobStatus, PrintRefused, Refusal, RefusalCode
from kiosk.core.results import StaffSummary
from kiosk.devices.hub import DeviceHub
from kiosk.devices.print_desk import PrintDesk
from kiosk.ui.clock_text import local_time
from kiosk.ui.flows.print_queue import PrintQueueFlow
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.print_refusal_text import refused_text
from kiosk.ui.scan_input import ScanInput
from tests.db.backends import open_database
from tests.devices.print_support import (
    START,
    Calendar,
    StoreFiles,
    dwells,
    make_service,
    moves,
    prepare,
)
from tests.ui.conftest import MANUAL_TICK_MS, ui_settings
from tests.ui.fakes import FakeCheckIn, FakeConsole, FakeServices, FakeStaffAuth

WAIT_MS = 15_000


class Kiosk:
    def __init__(self, window: KioskWindow, desk: PrintDesk, staff: StaffSummary) -> None:
        self.window = window
        self.desk = desk
        self.staff = staff
        flow = window.navigator.flow("print_queue")
        assert isinstance(flow, PrintQueueFlow)
        self.flow = flow


@pytest.fixture
def kiosk(qtbot: QtBot, tmp_path: Path) -> Iterator[Kiosk]:
    sim = MarlinSimulator(MarlinSimConfig(baudrate=250000, move_model=False))
    port = sim.start()
    with open_database("sqlite", tmp_path) as db:
        staff_id = prepare(db)
        hub = DeviceHub.from_config(
            Config(printers=(PrinterSpec("ender", port=port, baudrate=250000),))
        )
        files = StoreFiles(tmp_path / "store")
        calendar = Calendar()
        service = make_service(db, FixedClock(START), files, calendar)
        desk = PrintDesk.build(
            lambda: service, ("ender",), hub.printers, work_dir=tmp_path, power=None
        )
        for device in hub.devices():
            device.start()
        desk.start()
        window = KioskWindow(
            ui_settings(),
            FakeServices(FakeCheckIn(), FakeStaffAuth(), FakeConsole()),
            ScanInput(),
            print_desk=desk,
            tick_ms=MANUAL_TICK_MS,
        )
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        kiosk = Kiosk(window, desk, StaffSummary(staff_id, "Sam Jones", "staff"))
        kiosk.files = files  # type: ignore[attr-defined]
        kiosk.sim = sim  # type: ignore[attr-defined]
        kiosk.calendar = calendar  # type: ignore[attr-defined]
        try:
            yield kiosk
        finally:
            window.shutdown()
            desk.stop()
            hub.stop_all()
            sim.stop()


def test_the_print_queue_is_a_staff_tool(kiosk: Kiosk) -> None:
    tools = kiosk.window.context.staff_tools.for_role("staff")
    assert "print_queue" in [tool.key for tool in tools]
    kiosk.window.context.staff_tools.get("print_queue").start(kiosk.staff)
    assert kiosk.window.navigator.current_flow is kiosk.flow


def test_live_progress_pause_resume_cancel_and_requeue(qtbot: QtBot, kiosk: Kiosk) -> None:
    files: StoreFiles = kiosk.files  # type: ignore[attr-defined]
    staff_id = kiosk.staff.staff_id
    job = kiosk.desk.enqueue(staff_id, "ender", files.add(dwells(3000, 5)), "slow.gcode")
    waiting = kiosk.desk.enqueue(staff_id, "ender", files.add(moves(5)), "next.gcode")
    kiosk.window.navigator.start("print_queue", staff=kiosk.staff)
    screen = kiosk.flow.screen

    def panel():  # type: ignore[no-untyped-def]
        view = screen.view
        return view.panel() if view is not None else None

    qtbot.waitUntil(
        lambda: (
            (p := panel()) is not None
            and p.queue.active is not None
            and p.queue.active.job_id == job.job_id
            and p.live is not None
            and p.live.state == "printing"
            and (p.live.fraction or 0) > 0
        ),
        timeout=WAIT_MS,
    )
    assert [j.job_id for j in panel().queue.waiting] == [waiting.job_id]
    qtbot.waitUntil(lambda: screen.progress.value() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Nozzle" in screen._temps.text(), timeout=WAIT_MS)

    screen.pause_button.click()
    qtbot.waitUntil(lambda: panel().live.state == "paused", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.pause_button.text() == "Resume", timeout=WAIT_MS)
    screen.pause_button.click()
    qtbot.waitUntil(lambda: panel().live.state == "printing", timeout=WAIT_MS)

    # Take the waiting job off first, so that nothing starts after the cancel.
    screen.findChild(type(screen.pause_button), f"CancelWaiting-{waiting.job_id}").click()
    qtbot.waitUntil(lambda: len(panel().queue.failed) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.cancel_button.isEnabled(), timeout=WAIT_MS)
    screen.cancel_button.click()
    qtbot.waitUntil(
        lambda: panel().queue.active is None and len(panel().queue.failed) == 2,
        timeout=WAIT_MS,
    )
    failed = {j.job_id: j for j in panel().queue.failed}
    assert failed[job.job_id].failure_code == FailureCode.CANCELLED
    why = screen.findChild(type(screen._status), f"FailedWhy-{job.job_id}")
    assert why is not None and "Cancelled" in why.text()

    requeue = screen.findChild(type(screen.pause_button), f"Requeue-{waiting.job_id}")
    requeue.click()
    qtbot.waitUntil(
        lambda: (
            len(panel().queue.failed) == 1
            and (
                (a := panel().queue.active) is None
                or a.status in (JobStatus.SENDING, JobStatus.PRINTING)
            )
        ),
        timeout=WAIT_MS,
    )
    assert screen.view is not None and screen.view.status_line == "Queued again."


def test_emergency_stop_from_the_screen(qtbot: QtBot, kiosk: Kiosk, tmp_path: Path) -> None:
    files: StoreFiles = kiosk.files  # type: ignore[attr-defined]
    job = kiosk.desk.enqueue(kiosk.staff.staff_id, "ender", files.add(dwells(3000, 5)), "s.gcode")
    kiosk.window.navigator.start("print_queue", staff=kiosk.staff)
    screen = kiosk.flow.screen
    qtbot.waitUntil(
        lambda: (
            screen.view is not None
            and (p := screen.view.panel()) is not None
            and p.live is not None
            and p.live.state == "printing"
        ),
        timeout=WAIT_MS,
    )
    screen.stop_button.click()
    qtbot.waitUntil(
        lambda: (
            (p := screen.view.panel()) is not None
            and p.live is not None
            and p.live.can_reset
            and any(j.job_id == job.job_id for j in p.queue.failed)
        ),
        timeout=WAIT_MS,
    )
    assert screen.reset_button.isVisible()
    (failed,) = screen.view.panel().queue.failed
    assert failed.failure_code == FailureCode.EMERGENCY_STOP
    kiosk.sim.reboot()  # type: ignore[attr-defined]  # the reset button on the printer
    screen.reset_button.click()
    qtbot.waitUntil(lambda: screen.view.panel().live.state == "ready", timeout=WAIT_MS)
    assert not screen.reset_button.isVisible()


def test_back_goes_to_the_console(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.navigator.start("print_queue", staff=kiosk.staff)
    kiosk.flow.screen.back_button.click()
    assert kiosk.window.navigator.current_flow is kiosk.window.navigator.flow("staff_console")
    assert kiosk.flow.screen.view is None
    assert isinstance(kiosk.staff.staff_id, uuid.UUID)


def test_a_requeue_past_closing_time_says_why(qtbot: QtBot, kiosk: Kiosk) -> None:
    calendar: Calendar = kiosk.calendar  # type: ignore[attr-defined]
    staff_id = kiosk.staff.staff_id
    # A file that is not in the store fails at once, and waits in the list to be printed again.
    gone = kiosk.desk.enqueue(staff_id, "ender", "ab" * 32, "gone.gcode", estimated_seconds=3600)
    kiosk.window.navigator.start("print_queue", staff=kiosk.staff)
    screen = kiosk.flow.screen
    qtbot.waitUntil(
        lambda: (
            screen.view is not None
            and (p := screen.view.panel()) is not None
            and [j.job_id for j in p.queue.failed] == [gone.job_id]
        ),
        timeout=WAIT_MS,
    )
    calendar.closes = START + timedelta(minutes=30)
    screen.findChild(type(screen.pause_button), f"Requeue-{gone.job_id}").click()
    qtbot.waitUntil(lambda: "closing time" in screen.view.status_line, timeout=WAIT_MS)
    closes = local_time(START + timedelta(minutes=30), UTC)
    assert screen.view.status_line == (
        f"This job can't be printed now. It would still be printing at closing time ({closes})."
    )
    assert screen._status.text() == screen.view.status_line
    (panel,) = screen.view.printers
    assert panel.queue.waiting == ()


def test_every_refusal_is_worded_with_its_details() -> None:
    at = START.isoformat()
    later = (START + timedelta(hours=1)).isoformat()
    params: dict[RefusalCode, dict[str, str | int]] = {
        RefusalCode.PAST_CLOSING: {"closes_at": at, "ends_at": later},
        RefusalCode.CLOSED: {"day": "2026-01-05"},
        RefusalCode.BOOKED: {"starts_at": at, "ends_at": later},
        RefusalCode.NOT_APPROVED: {},
        RefusalCode.UNKNOWN_PRINTER: {"printer": "nowhere"},
        RefusalCode.NO_JOB_CONTROL: {"printer": "bambu"},
    }
    texts = {
        code: refused_text(PrintRefused((Refusal(code, params[code]),)), UTC)
        for code in RefusalCode
    }
    assert len(set(texts.values())) == len(RefusalCode)
    assert all("{" not in text for text in texts.values())
    start, end = local_time(START, UTC), local_time(START + timedelta(hours=1), UTC)
    assert f"from {start} to {end}" in texts[RefusalCode.BOOKED]
    assert "bambu" in texts[RefusalCode.NO_JOB_CONTROL]
    assert "on the printer itself" in texts[RefusalCode.NO_JOB_CONTROL]
