"""A patron's start within their booked slot, on a real SQLite file and a real PostgreSQL schema:
checked, then recorded with the reservation active and the item in use, then ended; and every
refusal, with nothing written.

The reservations are rows of the booking feature's `reservations` table, written here through
the columns the machine service relies on (the agreed interface: id, patron_id, item_id,
starts_at, ends_at, status, status_changed_at). Any other required column of that table gets a
plain value of its type; while the booking model is not in the schema yet, a table with just
those columns stands in for it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from kiosk.core.clock import FixedClock
from kiosk.core.equipment import EquipmentService
from kiosk.core.equipment_spec import EquipmentSpec, RelayBinding
from kiosk.core.machine_views import Channel, MachineRefusal, MachineRefused
from kiosk.core.machines import MachineService
from kiosk.db.models import AuditEvent, Base, EquipmentItem
from kiosk.db.models_sessions import MachineSession
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.types import UTCDateTime
from kiosk.db.uow import UnitOfWork
from kiosk.ids import branch_uuid, uuid7
from tests.db.backends import BACKENDS, Database, add_patron, open_database

SLOT = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
ENDS = SLOT + timedelta(minutes=90)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        with UnitOfWork(database.session_factory) as session:
            register_terminal(session, TerminalIdentity("kiosk-main", "", "main", "Main"))
        yield database


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(SLOT + timedelta(minutes=2))


@pytest.fixture
def machines(db: Database, clock: FixedClock) -> MachineService:
    return MachineService(db.session_factory, clock, terminal_code="kiosk-main", branch_code="main")


@pytest.fixture
def laser(db: Database, clock: FixedClock) -> uuid.UUID:
    equipment = EquipmentService(
        db.session_factory, clock, branch_code="main", terminal_code="kiosk-main", relays=["bench"]
    )
    return equipment.add(EquipmentSpec("Laser", "laser cutter", relay=RelayBinding("bench", 1))).id


def reservations(engine: Engine) -> Table:
    """The booking feature's table (or a stand-in while its model is not in the schema)."""
    booked = Base.metadata.tables.get("reservations")
    if booked is not None:
        return booked
    metadata = MetaData()
    table = Table(
        "reservations",
        metadata,
        Column("id", Uuid(), primary_key=True),
        Column("patron_id", Uuid(), nullable=False),
        Column("item_id", Uuid(), nullable=False),
        Column("starts_at", UTCDateTime(), nullable=False),
        Column("ends_at", UTCDateTime(), nullable=False),
        Column("status", String(16), nullable=False),
        Column("status_changed_at", UTCDateTime(), nullable=False),
        Column("row_version", Integer(), nullable=False, server_default="1"),
    )
    metadata.create_all(engine)
    return table


def _plain_value(column: Column[Any]) -> object:
    if column.name == "branch_id":
        return branch_uuid("main")
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid7()
    if isinstance(kind, DateTime | UTCDateTime):
        return SLOT
    if isinstance(kind, Date):
        return date(2026, 1, 5)
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return 1
    return ""


def book(
    db: Database,
    patron: uuid.UUID,
    item: uuid.UUID,
    starts: datetime = SLOT,
    ends: datetime = ENDS,
    status: str = "booked",
) -> uuid.UUID:
    table = reservations(db.engine)
    reservation = uuid7()
    values: dict[str, object] = {
        "id": reservation,
        "patron_id": patron,
        "item_id": item,
        "starts_at": starts,
        "ends_at": ends,
        "status": status,
        "status_changed_at": SLOT - timedelta(days=1),
    }
    for column in table.columns:
        if column.name in values or column.nullable or column.server_default is not None:
            continue
        values[column.name] = _plain_value(column)
    with db.engine.begin() as conn:
        conn.execute(table.insert().values(**values))
    return reservation


def status_of(db: Database, reservation: uuid.UUID) -> str:
    return str(reservation_row(db, reservation).status)


def reservation_row(db: Database, reservation: uuid.UUID) -> Any:
    table = reservations(db.engine)
    with db.engine.connect() as conn:
        return conn.execute(select(table).where(table.c.id == reservation)).one()


def item_state(db: Database, item: uuid.UUID) -> str:
    with UnitOfWork(db.session_factory, write=False) as session:
        row = session.get(EquipmentItem, item)
        assert row is not None
        return row.state


def test_a_start_in_the_slot_is_planned_recorded_once_confirmed_and_ends_needing_a_check(
    db: Database, machines: MachineService, laser: uuid.UUID, clock: FixedClock
) -> None:
    patron = add_patron(db, "Ada", "P-1")
    reservation = book(db, patron, laser)
    plan = machines.plan_start(patron, reservation)
    assert (plan.channel, plan.ends_at, plan.session_id) == (Channel("bench", 1), ENDS, None)
    # Planning writes nothing.
    assert status_of(db, reservation) == "booked" and machines.open_sessions() == ()

    confirmed = clock.now()
    session = machines.record_start(patron, reservation, confirmed)
    assert (session.kind, session.unlock_confirmed_at, session.planned_end) == (
        "patron",
        confirmed,
        ENDS,
    )
    active = reservation_row(db, reservation)
    assert (active.status, active.status_changed_at, active.row_version) == (
        "active",
        confirmed,
        2,
    )
    assert item_state(db, laser) == "in_use"
    # A second Start gives the running session; nothing is unlocked or written twice.
    again = machines.plan_start(patron, reservation)
    assert again.session_id == session.session_id
    assert machines.record_start(patron, reservation, confirmed).session_id == session.session_id

    clock.advance(ENDS - clock.now())
    machines.record_ended(session.session_id, "time_up", clock.now())
    assert status_of(db, reservation) == "completed"
    # A laser cutter is checked by staff after every patron session.
    assert item_state(db, laser) == "needs_check"


@pytest.mark.parametrize(
    ("starts", "ends", "status", "code"),
    [
        (SLOT + timedelta(minutes=30), ENDS, "booked", MachineRefusal.NOT_YET),
        (SLOT - timedelta(hours=2), SLOT, "booked", MachineRefusal.OVER),
        (SLOT, ENDS, "cancelled", MachineRefusal.NOT_BOOKED),
        (SLOT, ENDS, "no_show", MachineRefusal.NOT_BOOKED),
    ],
)
def test_a_start_outside_the_slot_or_of_a_dead_booking_is_refused_and_writes_nothing(
    db: Database,
    machines: MachineService,
    laser: uuid.UUID,
    starts: datetime,
    ends: datetime,
    status: str,
    code: MachineRefusal,
) -> None:
    patron = add_patron(db, "Ada", "P-1")
    reservation = book(db, patron, laser, starts, ends, status)
    with pytest.raises(MachineRefused) as refused:
        machines.plan_start(patron, reservation)
    assert refused.value.code == code
    with pytest.raises(MachineRefused):
        machines.record_start(patron, reservation, SLOT + timedelta(minutes=2))
    assert machines.open_sessions() == ()
    assert status_of(db, reservation) == status
    assert item_state(db, laser) == "free"


def test_another_patrons_booking_an_unknown_one_and_a_machine_waiting_for_staff_are_refused(
    db: Database, machines: MachineService, laser: uuid.UUID
) -> None:
    ada = add_patron(db, "Ada", "P-1")
    bo = add_patron(db, "Bo", "P-2")
    reservation = book(db, ada, laser)
    with pytest.raises(MachineRefused) as refused:
        machines.plan_start(bo, reservation)
    assert refused.value.code == MachineRefusal.NOT_YOURS
    with pytest.raises(MachineRefused) as refused:
        machines.plan_start(ada, uuid7())
    assert refused.value.code == MachineRefusal.NO_RESERVATION
    machines.report_problem(None, laser, "damaged")
    with pytest.raises(MachineRefused) as refused:
        machines.plan_start(ada, reservation)
    assert refused.value.code == MachineRefusal.NEEDS_CHECK
    assert status_of(db, reservation) == "booked"


def test_the_database_keeps_one_open_session_per_machine(
    db: Database, machines: MachineService, laser: uuid.UUID, clock: FixedClock
) -> None:
    ada = add_patron(db, "Ada", "P-1")
    bo = add_patron(db, "Bo", "P-2")
    first = book(db, ada, laser)
    # Another terminal's session on the machine (booking keeps two reservations of one slot
    # from existing): the partial unique index is the last guard.
    machines.record_start(ada, first, clock.now())
    with pytest.raises(IntegrityError), UnitOfWork(db.session_factory) as session:
        session.add(
            MachineSession(
                item_id=laser,
                kind="patron",
                patron_id=bo,
                started_at=clock.now(),
                planned_end=ENDS,
                unlock_confirmed_at=clock.now(),
            )
        )
    assert len(machines.open_sessions()) == 1
    with UnitOfWork(db.session_factory, write=False) as session:
        started = session.scalars(
            select(AuditEvent.action).where(AuditEvent.action == "machine_session_started")
        ).all()
    assert len(started) == 1
