"""The print queue end to end through the Marlin simulator: real pyserial on a pty, the device
hub's printer and relay controller, the queue runner, and the queue service on a real SQLite
file. Nothing here waits by sleeping: every wait is for a condition, with a timeout."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from hardware.marlin.gcode import read_gcode
from hardware.printers import marlin_serial
from hardware.sim.marlin import MarlinSimConfig, MarlinSimulator
from hardware.sim.relay import RelaySimulator
from kiosk.config import Config, PrinterSpec, RelaySpec
from kiosk.core.clock import FixedClock
from kiosk.core.print_queue import PrintQueueService
from kiosk.core.print_views import (
    FailureCode,
    JobChanged,
    JobStatus,
    PrinterLive,
    PrinterQueue,
    PrintQueueEvent,
)
from kiosk.devices.hub import DeviceHub
from kiosk.devices.print_desk import PrintDesk
from kiosk.devices.print_power import RelayPowerHold
from kiosk.devices.print_runner import CANCELLED_BEFORE_SENT, PrinterRunner
from kiosk.errors import PermissionDenied
from tests.db.backends import Database, open_database
from tests.devices.print_support import (
    START,
    Calendar,
    StoreFiles,
    audit_actions,
    dwells,
    make_service,
    moves,
    prepare,
)
from tests.support import wait_until

CHANNEL = 2


@dataclass
class World:
    db: Database
    staff: uuid.UUID
    files: StoreFiles
    service: PrintQueueService
    hub: DeviceHub
    desk: PrintDesk
    sim: MarlinSimulator
    relay: RelaySimulator
    events: list[PrintQueueEvent]
    clock: FixedClock
    calendar: Calendar

    def queue(self) -> PrinterQueue:
        return self.service.snapshot()[0]

    def status(self, job_id: uuid.UUID) -> JobStatus:
        queue = self.queue()
        for job in (queue.active, *queue.waiting, *queue.failed):
            if job is not None and job.job_id == job_id:
                return job.status
        return JobStatus.DONE

    def wait_status(self, job_id: uuid.UUID, *statuses: JobStatus, timeout: float = 30.0) -> None:
        wait_until(
            lambda: self.status(job_id) in statuses,
            timeout=timeout,
            what=f"job to be {'/'.join(statuses)}",
        )

    @property
    def runner(self) -> PrinterRunner:
        return self.desk.runner("ender")

    @property
    def powered(self) -> bool:
        return self.relay.relays[CHANNEL - 1]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Callable[..., World]]:
    made: list[tuple[DeviceHub, PrintDesk, MarlinSimulator, RelaySimulator]] = []
    with open_database("sqlite", tmp_path) as db:

        def make(config: MarlinSimConfig | None = None) -> World:
            sim = MarlinSimulator(config or MarlinSimConfig(baudrate=250000, move_model=False))
            relay = RelaySimulator(reset_on_open=False)
            relay.start()
            port = sim.start()
            hub = DeviceHub.from_config(
                Config(
                    relays=(RelaySpec("bench", relay.port, auto_reset=False),),
                    printers=(
                        PrinterSpec(
                            "ender", port=port, baudrate=250000, relay="bench", channel=CHANNEL
                        ),
                    ),
                )
            )
            staff = prepare(db)
            clock = FixedClock(START)
            calendar = Calendar()
            files = StoreFiles(tmp_path / "store")
            service = make_service(db, clock, files, calendar)
            switches = {p.name: p.power for p in hub.printers if p.power is not None}
            desk = PrintDesk.build(
                lambda: service,
                ("ender",),
                hub.printers,
                work_dir=tmp_path,
                power=RelayPowerHold(switches),
            )
            events: list[PrintQueueEvent] = []
            desk.add_listener(events.append)
            made.append((hub, desk, sim, relay))
            for device in hub.devices():
                device.start()
            desk.start()
            return World(db, staff, files, service, hub, desk, sim, relay, events, clock, calendar)

        yield make
        for hub, desk, sim, relay in made:
            desk.stop()
            hub.stop_all()
            sim.stop()
            relay.stop()


def test_a_queued_job_prints_to_the_end_with_power_kept_on(
    world: Callable[..., World],
) -> None:
    w = world()
    assert not w.powered
    job = w.desk.enqueue(w.staff, "ender", w.files.add(moves(300)), "part.gcode")
    w.wait_status(job.job_id, JobStatus.PRINTING, JobStatus.DONE)
    # Powered from the start of the job: held on for the queue's hold time.
    assert w.relay.wait_for(lambda: w.relay.model.unlocked[CHANNEL - 1], timeout=30.0)
    w.wait_status(job.job_id, JobStatus.DONE)
    (done,) = [e for e in w.events if isinstance(e, JobChanged) and e.status == JobStatus.DONE]
    assert done.job_id == job.job_id
    assert w.queue().active is None and w.queue().failed == ()
    # Every line of the file reached the printer, once.
    sent = [t for _, t in w.sim.snapshot() if t.startswith("G1 ")]
    assert len(sent) == 300
    lives = [e for e in w.events if isinstance(e, PrinterLive)]
    assert any(live.job_id == job.job_id for live in lives)
    # Temperatures reach the queue's live state as the printer reports them.
    wait_until(lambda: w.runner.live().heaters, timeout=30.0, what="temperatures")
    assert {h.name for h in w.runner.live().heaters} >= {"tool0", "bed"}
    actions = audit_actions(w.db)
    assert actions.index("print_job_started") < actions.index("print_job_done")
    # The power is left to the controller's timer after the job (the hot end cools).
    assert w.powered


def test_the_relay_hold_is_renewed_while_a_job_runs(world: Callable[..., World]) -> None:
    w = world()
    job = w.desk.enqueue(w.staff, "ender", w.files.add(dwells(2000, 5)), "slow.gcode")
    w.wait_status(job.job_id, JobStatus.PRINTING)
    unlocks = lambda: [a for a in w.relay.actions if a.words[:2] == ("UNLOCK", str(CHANNEL))]  # noqa: E731
    assert w.relay.wait_for(lambda: len(unlocks()) >= 1, timeout=30.0)
    before = len(unlocks())
    w.runner.renew_power()
    wait_until(lambda: len(unlocks()) > before, timeout=30.0, what="the hold to be renewed")
    w.desk.cancel(w.staff, job.job_id)
    w.wait_status(job.job_id, JobStatus.CANCELLED)
    after = len(unlocks())
    w.runner.renew_power()  # no job: nothing renewed
    w.runner.stop()  # the runner has handled everything posted before
    assert len(unlocks()) == after
    w.runner.start()
    following = w.desk.enqueue(w.staff, "ender", w.files.add(moves(5, "next")), "next.gcode")
    # The job's end is written after its hold was taken, so once it is done the hold is in.
    w.wait_status(following.job_id, JobStatus.DONE)
    assert len(unlocks()) == after + 1  # only the next job's own hold


def test_printer_reset_mid_job_is_shown_with_why_and_can_be_requeued(
    world: Callable[..., World],
) -> None:
    w = world(MarlinSimConfig(baudrate=250000, move_model=True, speedup=20.0))
    sha = w.files.add(moves(200))
    job = w.desk.enqueue(w.staff, "ender", sha, "part.gcode")
    w.wait_status(job.job_id, JobStatus.PRINTING)
    wait_until(
        lambda: len([t for _, t in w.sim.snapshot() if t.startswith("G1 ")]) >= 5,
        timeout=30.0,
        what="the job to be under way",
    )
    w.sim.reboot()
    w.wait_status(job.job_id, JobStatus.FAILED)
    (failed,) = w.queue().failed
    assert failed.failure_code == FailureCode.PRINTER_RESET
    assert "restarted" in failed.failure_detail
    live = w.runner.live()
    assert live.state == "halted" and live.can_reset and live.job_id is None

    again = w.desk.requeue(w.staff, job.job_id)
    # The printer is halted: the requeued job waits until staff reset it.
    assert w.queue().waiting[0].job_id == again.job_id
    w.desk.reset(w.staff, "ender")
    w.wait_status(again.job_id, JobStatus.DONE, timeout=60.0)
    assert w.queue().failed == ()
    assert "print_job_requeued" in audit_actions(w.db)


def test_pause_resume_and_cancel_from_staff(world: Callable[..., World]) -> None:
    w = world()
    job = w.desk.enqueue(w.staff, "ender", w.files.add(dwells(2000, 5)), "slow.gcode")
    w.wait_status(job.job_id, JobStatus.PRINTING)
    w.desk.pause(w.staff, "ender")
    w.wait_status(job.job_id, JobStatus.PAUSED)
    assert w.runner.live().state == "paused"
    w.desk.resume(w.staff, "ender")
    w.wait_status(job.job_id, JobStatus.PRINTING)
    w.desk.cancel(w.staff, job.job_id)
    w.wait_status(job.job_id, JobStatus.CANCELLED)
    (cancelled,) = w.queue().failed
    assert cancelled.failure_code == FailureCode.CANCELLED
    assert w.runner.live().state == "ready"


def test_emergency_stop_fails_the_job_and_cuts_the_power(world: Callable[..., World]) -> None:
    w = world()
    job = w.desk.enqueue(w.staff, "ender", w.files.add(dwells(2000, 5)), "slow.gcode")
    waiting = w.desk.enqueue(w.staff, "ender", w.files.add(moves(5, "next")), "next.gcode")
    w.wait_status(job.job_id, JobStatus.PRINTING)
    assert w.relay.wait_for(lambda: w.relay.model.unlocked[CHANNEL - 1], timeout=30.0)
    w.desk.emergency_stop(w.staff, "ender")
    w.wait_status(job.job_id, JobStatus.FAILED)
    (failed,) = w.queue().failed
    assert failed.failure_code == FailureCode.EMERGENCY_STOP
    # Marlin without its emergency parser: the hub cuts the printer's relay channel.
    assert w.relay.wait_for(lambda: not w.relay.model.unlocked[CHANNEL - 1], timeout=30.0)
    wait_until(lambda: w.runner.live().state == "halted", timeout=30.0, what="the printer to halt")
    # Nothing else starts on a halted printer.
    assert w.status(waiting.job_id) == JobStatus.QUEUED


def test_a_job_that_would_run_past_closing_is_not_started(world: Callable[..., World]) -> None:
    w = world()
    w.calendar.closes = START + timedelta(minutes=30)
    # Queued while it fitted; by the time the printer is free, it no longer does.
    w.runner.stop()
    job = w.service.enqueue(
        w.staff, "ender", w.files.add(moves(5)), "late.gcode", estimated_seconds=20 * 60
    )
    w.clock.advance(timedelta(minutes=15))
    w.runner.start()
    w.wait_status(job.job_id, JobStatus.FAILED)
    assert w.queue().failed[0].failure_code == FailureCode.PAST_CLOSING
    assert [t for _, t in w.sim.snapshot() if t.startswith("G1 ")] == []


def test_staff_controls_check_the_role_first(
    world: Callable[..., World], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.core import permissions

    w = world()
    job = w.desk.enqueue(w.staff, "ender", w.files.add(dwells(2000, 5)), "slow.gcode")
    w.wait_status(job.job_id, JobStatus.PRINTING)
    monkeypatch.setitem(permissions.ROLE_ACTIONS, "staff", frozenset())
    with pytest.raises(PermissionDenied):
        w.desk.emergency_stop(w.staff, "ender")
    with pytest.raises(PermissionDenied):
        w.desk.pause(w.staff, "ender")
    assert w.runner.live().state == "printing"
    monkeypatch.undo()
    w.desk.cancel(w.staff, job.job_id)
    w.wait_status(job.job_id, JobStatus.CANCELLED)


def test_a_job_cancelled_while_it_is_checked_sends_nothing(
    world: Callable[..., World], monkeypatch: pytest.MonkeyPatch
) -> None:
    w = world()
    # The check of the file's lines is held until the cancel has come: how long a real check
    # takes depends on the machine, and a check that ended first makes it a printer cancel.
    cancel_sent = threading.Event()
    checking = threading.Event()

    def read_after_the_cancel(path: Path) -> object:
        checking.set()
        assert cancel_sent.wait(30.0), "the cancel never came"
        return read_gcode(path)

    monkeypatch.setattr(marlin_serial, "read_gcode", read_after_the_cancel)
    job = w.desk.enqueue(w.staff, "ender", w.files.add(moves(400, "long")), "long.gcode")
    assert checking.wait(30.0), "the job was never checked"
    cancelled = w.desk.cancel(w.staff, job.job_id)
    cancel_sent.set()
    assert cancelled.status == JobStatus.SENDING
    w.wait_status(job.job_id, JobStatus.CANCELLED, timeout=60.0)
    (ended,) = w.queue().failed
    assert (ended.failure_code, ended.failure_detail) == (
        FailureCode.CANCELLED,
        CANCELLED_BEFORE_SENT,
    )
    # Not one line of it reached the printer, which never printed; the queue goes on.
    assert not [t for _, t in w.sim.snapshot() if t.startswith("G1 ")]
    assert not [e for e in w.events if isinstance(e, PrinterLive) and e.state == "printing"]
    after = w.desk.enqueue(w.staff, "ender", w.files.add(moves(5, "after")), "after.gcode")
    w.wait_status(after.job_id, JobStatus.DONE)
    assert len([t for _, t in w.sim.snapshot() if t.startswith("G1 ")]) == 5


def test_a_job_failed_before_it_starts_is_told_to_the_listeners(
    world: Callable[..., World],
) -> None:
    # Its file is gone from the store: the queue fails it while looking for the next job, and
    # an open print queue screen must hear of it, or it shows the job waiting for ever.
    w = world()
    gone = w.desk.enqueue(w.staff, "ender", "ab" * 32, "gone.gcode")
    w.wait_status(gone.job_id, JobStatus.FAILED)
    wait_until(
        lambda: any(
            isinstance(e, JobChanged) and e.job_id == gone.job_id and e.status == JobStatus.FAILED
            for e in list(w.events)
        ),
        timeout=10.0,
        what="the failed job to be told",
    )
