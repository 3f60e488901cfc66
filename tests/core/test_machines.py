"""MachineService on a real SQLite file and a real PostgreSQL schema: staff unlock and lock,
marks, problem reports, and how a session ends."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.core import permissions
from kiosk.core.clock import FixedClock
from kiosk.core.equipment import EquipmentService
from kiosk.core.equipment_spec import EquipmentSpec, RelayBinding
from kiosk.core.machine_views import Channel, MachineRefusal, MachineRefused
from kiosk.core.machines import MachineService
from kiosk.core.permissions import StaffAction
from kiosk.core.staff import StaffAuthService
from kiosk.db.models import AuditEvent, EquipmentItem
from kiosk.db.models_sessions import MachineSession, ProblemReport
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput, PermissionDenied
from tests.db.backends import BACKENDS, Database, add_patron, cheap_hasher, open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        with UnitOfWork(database.session_factory) as session:
            register_terminal(session, TerminalIdentity("kiosk-main", "", "main", "Main"))
        yield database


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def machines(db: Database, clock: FixedClock) -> MachineService:
    return MachineService(db.session_factory, clock, terminal_code="kiosk-main", branch_code="main")


@pytest.fixture
def items(db: Database, clock: FixedClock) -> dict[str, uuid.UUID]:
    equipment = EquipmentService(
        db.session_factory,
        clock,
        branch_code="main",
        terminal_code="kiosk-main",
        relays=["bench"],
        printers=["mk4"],
    )
    laser = equipment.add(EquipmentSpec("Laser", "laser cutter", relay=RelayBinding("bench", 1)))
    sewing = equipment.add(
        EquipmentSpec("Sewing", "sewing machine", relay=RelayBinding("bench", 2))
    )
    kit = equipment.add(EquipmentSpec("Kit", "arduino kit", reservable=True))
    return {"laser": laser.id, "sewing": sewing.id, "kit": kit.id}


@pytest.fixture
def staff(db: Database, clock: FixedClock) -> uuid.UUID:
    auth = StaffAuthService(db.session_factory, clock, "kiosk-main", hasher=cheap_hasher())
    return auth.add_staff("Sam", "S-1", "482913", role="staff").staff_id


def item_state(db: Database, item_id: uuid.UUID) -> str:
    with UnitOfWork(db.session_factory, write=False) as session:
        item = session.get(EquipmentItem, item_id)
        assert item is not None
        return item.state


def actions(db: Database) -> list[str]:
    with UnitOfWork(db.session_factory, write=False) as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_staff_unlock_is_planned_then_recorded_and_lock_ends_the_session(
    db: Database,
    machines: MachineService,
    items: dict[str, uuid.UUID],
    staff: uuid.UUID,
    clock: FixedClock,
) -> None:
    plan = machines.plan_unlock(staff, items["sewing"], 30)
    assert plan.channel == Channel("bench", 2)
    assert plan.ends_at == START + timedelta(minutes=30)
    assert plan.session_id is None
    # Planning writes no session.
    assert machines.open_sessions() == ()
    view = machines.record_unlock(staff, items["sewing"], 30, START)
    assert view.kind == "staff" and view.planned_end == START + timedelta(minutes=30)
    assert item_state(db, items["sewing"]) == "in_use"
    assert [s.session_id for s in machines.open_sessions()] == [view.session_id]
    row = {r.item_id: r for r in machines.machines(staff)}[items["sewing"]]
    assert row.session is not None and row.session.session_id == view.session_id

    # Unlocking again gives the open session a new end instead of a second session.
    clock.advance(timedelta(minutes=5))
    again = machines.record_unlock(staff, items["sewing"], 10, clock.now())
    assert again.session_id == view.session_id
    assert again.planned_end == START + timedelta(minutes=15)

    lock = machines.plan_lock(staff, items["sewing"])
    assert lock.session_id == view.session_id
    machines.record_lock(staff, items["sewing"], clock.now())
    assert machines.open_sessions() == ()
    # Staff were at the machine: free again.
    assert item_state(db, items["sewing"]) == "free"
    with UnitOfWork(db.session_factory, write=False) as session:
        ended = session.get(MachineSession, view.session_id)
        assert ended is not None
        assert (ended.end_reason, ended.locked_at) == ("staff_lock", clock.now())
    trail = actions(db)
    assert "machine_unlocked" in trail and "machine_locked" in trail
    assert trail.count("staff_action") >= 4  # every staff call checked the role and said so


def test_staff_unlock_refuses_what_it_cannot_do(
    machines: MachineService, items: dict[str, uuid.UUID], staff: uuid.UUID
) -> None:
    with pytest.raises(MachineRefused) as refused:
        machines.plan_unlock(staff, items["kit"], 30)
    assert refused.value.code == MachineRefusal.NOT_UNLOCKABLE
    for minutes in (0, 13 * 60):
        with pytest.raises(MachineRefused) as refused:
            machines.plan_unlock(staff, items["laser"], minutes)
        assert refused.value.code == MachineRefusal.BAD_MINUTES
    with pytest.raises(MachineRefused) as refused:
        machines.plan_unlock(staff, uuid.uuid4(), 30)
    assert refused.value.code == MachineRefusal.UNKNOWN_ITEM


def test_a_role_without_the_action_is_refused_in_the_database_and_audited(
    db: Database,
    machines: MachineService,
    items: dict[str, uuid.UUID],
    staff: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reduced = permissions.ROLE_ACTIONS["staff"] - {StaffAction.UNLOCK_MACHINE}
    monkeypatch.setitem(permissions.ROLE_ACTIONS, "staff", reduced)
    with pytest.raises(PermissionDenied):
        machines.record_unlock(staff, items["laser"], 30, START)
    with pytest.raises(PermissionDenied):
        machines.plan_unlock(staff, items["laser"], 30)
    assert machines.open_sessions() == ()
    assert item_state(db, items["laser"]) == "free"
    assert actions(db).count("staff_action_refused") == 2


def test_a_problem_report_makes_the_item_wait_for_a_check_and_checked_resolves_it(
    db: Database,
    machines: MachineService,
    items: dict[str, uuid.UUID],
    staff: uuid.UUID,
    clock: FixedClock,
) -> None:
    patron = add_patron(db, "Ada", "P-1")
    report = machines.report_problem(patron, items["laser"], "jammed")
    assert (report.reason, report.by_patron) == ("jammed", True)
    assert item_state(db, items["laser"]) == "needs_check"
    anonymous = machines.report_problem(None, items["laser"], "dirty")
    assert not anonymous.by_patron
    row = {r.item_id: r for r in machines.machines(staff)}[items["laser"]]
    assert [p.reason for p in row.problems] == ["jammed", "dirty"]
    with pytest.raises(InvalidInput):
        machines.report_problem(patron, items["laser"], "on fire")

    clock.advance(timedelta(minutes=3))
    checked = machines.mark(staff, items["laser"], "free")
    assert checked.state == "free" and checked.problems == ()
    with UnitOfWork(db.session_factory, write=False) as session:
        resolved = session.scalars(select(ProblemReport)).all()
        assert {(r.resolved_at, r.resolved_by) for r in resolved} == {(clock.now(), staff)}
    assert machines.mark(staff, items["laser"], "out_of_order").state == "out_of_order"
    with pytest.raises(MachineRefused) as refused:
        machines.mark(staff, items["laser"], "retired")
    assert refused.value.code == MachineRefusal.BAD_STATE


def test_a_session_ends_needing_a_check_after_a_problem_and_kept_on_is_recorded(
    db: Database,
    machines: MachineService,
    items: dict[str, uuid.UUID],
    staff: uuid.UUID,
    clock: FixedClock,
) -> None:
    view = machines.record_unlock(staff, items["sewing"], 20, START)
    machines.report_problem(None, items["sewing"], "missing_parts")
    # In use: the check comes when the session ends.
    assert item_state(db, items["sewing"]) == "in_use"
    clock.advance(timedelta(minutes=20))
    machines.record_kept_on(view.session_id, clock.now())
    assert machines.open_sessions()[0].kept_on_at == clock.now()
    clock.advance(timedelta(minutes=7))
    ended = machines.record_ended(view.session_id, "job_finished", clock.now())
    assert ended is not None and ended.end_reason == "job_finished"
    assert item_state(db, items["sewing"]) == "needs_check"
    # Told twice (the controller's own expiry after the kiosk's lock): once is enough.
    assert machines.record_ended(view.session_id, "controller", clock.now()) is None
    with UnitOfWork(db.session_factory, write=False) as session:
        assert session.scalar(select(func.count()).select_from(MachineSession)) == 1
    with pytest.raises(InvalidInput):
        machines.record_ended(view.session_id, "bored", clock.now())


def test_marking_an_item_in_use_checked_keeps_it_in_use_until_its_session_ends(
    db: Database, machines: MachineService, items: dict[str, uuid.UUID], staff: uuid.UUID
) -> None:
    machines.record_unlock(staff, items["laser"], 20, START)
    assert machines.mark(staff, items["laser"], "free").state == "in_use"
    assert machines.mark(staff, items["laser"], "out_of_order").state == "out_of_order"
    machines.record_lock(staff, items["laser"], START + timedelta(minutes=1))
    # Out of order stays out of order.
    assert item_state(db, items["laser"]) == "out_of_order"


def test_unlock_failures_leave_only_an_audit_entry(
    db: Database, machines: MachineService, items: dict[str, uuid.UUID], staff: uuid.UUID
) -> None:
    machines.record_unlock_failed(items["laser"], "no_answer", staff_id=staff)
    assert machines.open_sessions() == ()
    assert item_state(db, items["laser"]) == "free"
    with UnitOfWork(db.session_factory, write=False) as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "machine_unlock_failed")
        ).one()
        assert (event.actor_id, event.detail) == (staff, {"problem": "no_answer"})
