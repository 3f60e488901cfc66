"""A session's end while the database is down: the machine bridge, the real machine control on
the relay simulator and the real machine service on a SQLite file that another connection
holds locked. The channel is locked at the end all the same; the end is written again until
the database takes it, and staff see that it is pending meanwhile."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url

from hardware.relay.client import RelayClient
from hardware.relay.events import RelayEvent
from hardware.sim.relay import ManualClock, RelaySimulator
from kiosk.core.clock import FixedClock
from kiosk.core.equipment import EquipmentService, EquipmentView
from kiosk.core.equipment_spec import EquipmentSpec, RelayBinding
from kiosk.core.machine_views import Channel, SessionView
from kiosk.core.machines import MachineService
from kiosk.core.staff import StaffAuthService
from kiosk.db.models_sessions import MachineSession
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.devices.machine_control import MachineControl
from kiosk.devices.machine_events import Expected, MachineLocked
from kiosk.devices.session_end_journal import JOURNAL_FILE, read_journal
from kiosk.ui.lanes import Lanes
from kiosk.ui.machine_bridge import MachineBridge
from tests.db.backends import Database, cheap_hasher, open_database

WAIT_MS = 30_000
START = datetime.now(UTC).replace(microsecond=0)


@dataclass
class Core:
    machines: MachineService


class Source:
    """The service source the bridge reads: the database is open throughout; it is the file's
    lock that makes each write fail."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def current(self) -> Core:
        return self.core


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    # A short busy timeout: each write against the held lock fails quickly, as a locked or
    # unreachable database does, and is tried again.
    with open_database("sqlite", tmp_path, busy_timeout_s=0.2) as database:
        with UnitOfWork(database.session_factory) as session:
            register_terminal(session, TerminalIdentity("kiosk-main", "", "main", "Main"))
        yield database


@pytest.fixture
def sim() -> Iterator[RelaySimulator]:
    with RelaySimulator(clock=ManualClock()) as device:
        yield device  # type: ignore[misc]


def _laser_and_staff(
    db: Database, clock: FixedClock
) -> tuple[EquipmentView, uuid.UUID, MachineService]:
    """A laser cutter on the bench controller's channel 1, a staff member, the machine
    service."""
    equipment = EquipmentService(
        db.session_factory, clock, branch_code="main", terminal_code="kiosk-main", relays=["bench"]
    )
    laser = equipment.add(EquipmentSpec("Laser", "laser cutter", relay=RelayBinding("bench", 1)))
    staff = (
        StaffAuthService(db.session_factory, clock, "kiosk-main", hasher=cheap_hasher())
        .add_staff("Sam", "S-1", "482913", role="staff")
        .staff_id
    )
    machines = MachineService(
        db.session_factory, clock, terminal_code="kiosk-main", branch_code="main"
    )
    return laser, staff, machines


def _kiosk(
    sim: RelaySimulator, clock: FixedClock, machines: MachineService, journal: Path | None = None
) -> tuple[RelayClient, MachineControl, Lanes, MachineBridge]:
    """The kiosk's side of the machines as it starts: the relay client on the simulator's
    port, the machine control over it and the bridge on fresh lanes, with quick retries."""
    control: MachineControl | None = None

    def on_relay_event(event: RelayEvent) -> None:
        if control is not None:
            control.on_relay_event("bench", event)

    client = RelayClient(sim.port, timeout=0.2, retries=2, on_event=on_relay_event)
    control = MachineControl({"bench": client}, {}, clock.now)
    lanes = Lanes()
    bridge = MachineBridge(
        control,
        lanes,
        Source(Core(machines)),
        tick_ms=50,
        restore_retry_ms=100,
        end_retry_ms=100,
        journal=journal,
    )
    client.start(timeout=5.0)
    return client, control, lanes, bridge


def test_an_end_the_database_cannot_take_is_locked_and_written_once_it_comes_back(
    qtbot: QtBot, db: Database, sim: RelaySimulator
) -> None:
    clock = FixedClock(START)
    laser, staff, machines = _laser_and_staff(db, clock)
    client, control, lanes, bridge = _kiosk(sim, clock, machines)
    held: sqlite3.Connection | None = None
    try:
        plan = machines.plan_unlock(staff, laser.id, 30)
        assert plan.channel is not None
        confirmed = control.unlock(plan.channel, plan.ends_at)
        session = machines.record_unlock(staff, laser.id, 30, confirmed)
        control.attach(plan.channel, session.session_id)
        bridge.start()
        qtbot.waitUntil(lambda: sim.relays[0], timeout=WAIT_MS)

        # Another connection holds the write lock: the database takes no write meanwhile.
        path = make_url(db.url).database
        assert path is not None
        held = sqlite3.connect(path, isolation_level=None)
        held.execute("BEGIN IMMEDIATE")

        clock.advance(timedelta(minutes=31))
        qtbot.waitUntil(lambda: not sim.relays[0], timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: "end_unrecorded" in [n.what for n in bridge.notices()], timeout=WAIT_MS
        )
        assert bridge.pending_ends() == (session.session_id,)
        # It is tried again and again, and the channel stays locked all the while.
        calls = lanes.database.finished_calls
        qtbot.waitUntil(lambda: lanes.database.finished_calls >= calls + 3, timeout=WAIT_MS)
        assert sim.relays == (False, False, False, False)
        assert bridge.pending_ends() == (session.session_id,)
        assert [s.session_id for s in machines.open_sessions()] == [session.session_id]

        held.execute("ROLLBACK")  # the database is back
        held.close()
        held = None
        qtbot.waitUntil(lambda: bridge.pending_ends() == (), timeout=WAIT_MS)
        assert "end_unrecorded" not in [n.what for n in bridge.notices()]
        assert machines.open_sessions() == ()
        with UnitOfWork(db.session_factory, write=False) as tx:
            row = tx.scalars(
                select(MachineSession).where(MachineSession.id == session.session_id)
            ).one()
            assert row.end_reason == "time_up"
            assert row.ended_at is not None
        assert sim.relays == (False, False, False, False)
    finally:
        if held is not None:
            held.close()
        bridge.shutdown()
        lanes.shutdown()
        client.stop()


def test_a_session_whose_end_is_pending_is_not_switched_on_again_at_restore(
    qtbot: QtBot,
) -> None:
    """The database still calls the session open until its end is written: the restore that
    follows must not bring the channel back on for it."""

    class Recorder:
        def __init__(self) -> None:
            self.restored: list[object] = []

        def add_listener(self, listener: object) -> None:
            pass

        def restore(self, expected: object) -> tuple[()]:
            self.restored.append(tuple(expected))  # type: ignore[call-overload]
            return ()

        def expected(self) -> tuple[()]:
            return ()

    ended, running = uuid.uuid4(), uuid.uuid4()
    channel = Channel("bench", 1)

    class DownThenOpen:
        def __init__(self) -> None:
            self.down = True

        def current(self) -> object:
            if self.down:
                raise RuntimeError("the database could not be opened")
            return self

        @property
        def machines(self) -> object:
            return self

        def open_sessions(self) -> tuple[object, ...]:
            return tuple(
                SessionView(sid, uuid.uuid4(), "M", "staff", ch, None, START, START, START)
                for sid, ch in ((ended, channel), (running, Channel("bench", 2)))
            )

    control = Recorder()
    source = DownThenOpen()
    lanes = Lanes()
    bridge = MachineBridge(control, lanes, source, restore_retry_ms=50, end_retry_ms=10_000)  # type: ignore[arg-type]
    try:
        bridge.start()  # the database is down: the restore waits for it
        bridge._on_event(MachineLocked(channel, ended, "time_up", START))
        qtbot.waitUntil(lambda: bridge.pending_ends() == (ended,), timeout=WAIT_MS)
        source.down = False
        qtbot.waitUntil(lambda: bool(control.restored), timeout=WAIT_MS)
        restored = control.restored[0]
        assert [e.session_id for e in restored if isinstance(e, Expected)] == [running]
    finally:
        bridge.shutdown()
        lanes.shutdown()


def _ended(db: Database, session_id: uuid.UUID) -> tuple[str | None, datetime | None]:
    with UnitOfWork(db.session_factory, write=False) as tx:
        row = tx.scalars(select(MachineSession).where(MachineSession.id == session_id)).one()
        return row.end_reason, row.ended_at


def test_an_end_not_written_before_the_kiosk_stopped_is_written_at_the_next_start(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    """The e-stop locks a machine mid-session while the database is locked, and the kiosk
    stops before the database takes the end. At the next start the controller has reset (its
    port opened again) and the database still calls the session open: the end comes from the
    journal, so the machine stays locked and the end is written as the controller's."""
    clock = FixedClock(START)
    laser, staff, machines = _laser_and_staff(db, clock)
    journal = tmp_path / JOURNAL_FILE
    relay_clock = ManualClock()
    sim = RelaySimulator(clock=relay_clock)
    sim.start()
    path = make_url(db.url).database
    assert path is not None
    held: sqlite3.Connection | None = None

    client, control, lanes, bridge = _kiosk(sim, clock, machines, journal)
    try:
        plan = machines.plan_unlock(staff, laser.id, 30)
        assert plan.channel is not None
        session = machines.record_unlock(
            staff, laser.id, 30, control.unlock(plan.channel, plan.ends_at)
        )
        control.attach(plan.channel, session.session_id)
        bridge.start()
        qtbot.waitUntil(lambda: sim.relays[0], timeout=WAIT_MS)

        held = sqlite3.connect(path, isolation_level=None)
        held.execute("BEGIN IMMEDIATE")
        sim.set_input(2, True)  # the e-stop, held past the debounce

        def press_on() -> bool:
            relay_clock.advance(0.01)  # the controller's debounce runs on its own clock
            return not sim.relays[0]

        qtbot.waitUntil(press_on, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: journal.is_file(), timeout=WAIT_MS)
        (kept,) = read_journal(journal)
        assert (kept.session_id, kept.channel, kept.reason) == (
            session.session_id,
            Channel("bench", 1),
            "controller",
        )
        sim.set_input(2, False)
        relay_clock.advance(0.05)
        sim.wait_for(lambda: not sim.model.in_raw[1], timeout=5.0)
        relay_clock.advance(0.05)
    finally:
        bridge.shutdown()
        lanes.shutdown()
        client.stop()
    # The kiosk is down; the database comes back before it starts again.
    assert held is not None
    held.execute("ROLLBACK")
    held.close()
    assert _ended(db, session.session_id) == (None, None)

    client, control, lanes, bridge = _kiosk(sim, clock, machines, journal)
    try:
        bridge.start()
        # Without the journal, the restore switches the channel on again for the session.
        qtbot.waitUntil(lambda: sim.relays[0] or not journal.exists(), timeout=WAIT_MS)
        assert sim.relays == (False, False, False, False)
        reason, ended_at = _ended(db, session.session_id)
        assert reason == "controller" and ended_at is not None
        assert machines.open_sessions() == ()
        # Some ticks later the machine is still locked.
        ticks = lanes.device("machines").finished_calls
        qtbot.waitUntil(
            lambda: lanes.device("machines").finished_calls >= ticks + 5, timeout=WAIT_MS
        )
        assert sim.relays == (False, False, False, False)
    finally:
        bridge.shutdown()
        lanes.shutdown()
        client.stop()
        sim.stop()
