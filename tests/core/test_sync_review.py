"""The conflicts a sync round left, as the console's Network & sync tool reads them from a real
SQLite file: an overlap with both bookings and both patrons' names, a rejected change with its
reason; resolving is role-checked, audited and recorded in the outbox for the other kiosks."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.permissions import StaffAction
from kiosk.core.sync_views import ConflictKind
from kiosk.db.models import AuditEvent
from kiosk.db.models_booking import Reservation
from kiosk.db.models_sync import SyncConflict
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.errors import NotFound, PermissionDenied
from kiosk.ids import branch_uuid
from kiosk.services import Services
from tests.core.booking_fixtures import BRANCH, set_up_branch
from tests.db.backends import cheap_hasher
from tests.sync.terminals import START, as_database, kiosk_services, outbox

SLOT_START = START + timedelta(hours=2)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    with kiosk_services(f"sqlite:///{tmp_path / 'kiosk.db'}", branch=BRANCH) as opened:
        yield opened


def _staff(services: Services, role: str = "staff") -> uuid.UUID:
    from kiosk.core.staff import StaffAuthService

    auth = StaffAuthService(services.sessions, services.clock, "kiosk-1", hasher=cheap_hasher())
    return auth.add_staff(f"{role.title()} Person", f"S-{role}", "482913", role=role).staff_id


def _overlap(services: Services) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """Two bookings of the same printer: the one made here offline (refused by central) and
    the one made at the north desk (standing); returns (conflict, refused, standing)."""
    branch = set_up_branch(as_database(services), items=1, patrons=0)
    database = as_database(services)
    from tests.db.backends import add_patron

    here_patron = add_patron(database, "Zoë Castellanos", "C-1", at=START)
    there_patron = add_patron(database, "Amara Okafor", "C-2", at=START)
    with UnitOfWork(services.sessions) as session:
        north = register_terminal(
            session, TerminalIdentity("kiosk-north", "North desk", BRANCH, "Main", "UTC")
        )
        here = register_terminal(
            session, TerminalIdentity("kiosk-1", "Makerspace door", BRANCH, "Main", "UTC")
        )

        def booking(patron: uuid.UUID, terminal: uuid.UUID, status: str) -> uuid.UUID:
            reservation = Reservation(
                item_id=branch.items[0],
                patron_id=patron,
                starts_at=SLOT_START,
                ends_at=SLOT_START + timedelta(hours=1),
                status=status,
                status_changed_at=START,
                terminal_id=terminal,
            )
            session.add(reservation)
            session.flush()
            return reservation.id

        refused = booking(here_patron, here, "conflicted")
        standing = booking(there_patron, north, "booked")
        conflict = SyncConflict(
            kind="reservation_overlap",
            table_name="reservations",
            row_id=refused,
            other_row_id=standing,
            patron_id=here_patron,
            branch_id=branch_uuid(BRANCH),
            at=START,
            detail={
                "item_name": "Printer 1",
                "starts_at": SLOT_START.isoformat(),
                "ends_at": (SLOT_START + timedelta(hours=1)).isoformat(),
                "terminal_id": str(here),
            },
        )
        session.add(conflict)
        session.flush()
        return conflict.id, refused, standing


def test_an_overlap_lists_both_bookings_with_their_patrons_and_kiosks(services: Services) -> None:
    conflict_id, refused, standing = _overlap(services)
    staff = _staff(services)

    (view,) = services.sync_review.conflicts(staff)

    assert view.conflict_id == conflict_id
    assert view.kind == ConflictKind.RESERVATION_OVERLAP
    assert view.refused is not None and view.standing is not None
    assert view.refused.reservation_id == refused
    assert view.refused.patron_name == "Zoë Castellanos"
    assert view.refused.terminal_name == "Makerspace door"
    assert view.refused.status == "conflicted"
    assert view.standing.reservation_id == standing
    assert view.standing.patron_name == "Amara Okafor"
    assert view.standing.terminal_name == "North desk"
    assert view.standing.item_name == view.refused.item_name == "Printer 1"
    assert view.standing.starts_at == SLOT_START


def test_a_refused_booking_not_on_this_kiosk_is_described_from_the_record(
    services: Services,
) -> None:
    conflict_id, _refused, _standing = _overlap(services)
    with UnitOfWork(services.sessions) as session:
        row = session.get(SyncConflict, conflict_id)
        assert row is not None
        row.row_id = uuid.UUID(int=0xDEAD)  # made and refused at another kiosk
        row.other_row_id = None

    (view,) = services.sync_review.conflicts(_staff(services))

    assert view.refused is not None and not view.refused.known
    assert view.refused.item_name == "Printer 1"
    assert view.refused.starts_at == SLOT_START
    assert view.refused.terminal_name == "Makerspace door"
    assert view.standing is None


def test_a_rejected_change_says_what_and_why(services: Services) -> None:
    with UnitOfWork(services.sessions) as session:
        session.add(
            SyncConflict(
                kind="rejected_change",
                table_name="loans",
                row_id=uuid.UUID(int=7),
                at=START,
                detail={
                    "reason": "database error: UniqueViolation",
                    "reason_code": "duplicate",
                    "op": "insert",
                },
            )
        )

    (view,) = services.sync_review.conflicts(_staff(services))

    assert view.kind == ConflictKind.REJECTED_CHANGE
    assert (view.table_name, view.op) == ("loans", "insert")
    assert view.reason == "database error: UniqueViolation"  # for the log
    assert view.reason_code == "duplicate"  # for the screen
    assert view.refused is None


def test_resolving_is_audited_leaves_the_outbox_record_and_drops_it_from_the_list(
    services: Services,
) -> None:
    conflict_id, _refused, _standing = _overlap(services)
    staff = _staff(services)
    before = outbox(services)

    services.sync_review.resolve(staff, conflict_id)

    assert services.sync_review.conflicts(staff) == ()
    with UnitOfWork(services.sessions, write=False) as session:
        row = session.get(SyncConflict, conflict_id)
        assert row is not None
        assert row.resolved_at == services.clock.now()
        assert row.resolved_by == staff
        events = session.execute(
            select(AuditEvent.action, AuditEvent.actor_id, AuditEvent.subject_id, AuditEvent.detail)
        ).all()
    assert ("sync_conflict_resolved", staff, conflict_id) in [e[:3] for e in events]
    granted = [e.detail for e in events if e.action == "staff_action"]
    assert {"action": StaffAction.SYNC.value, "role": "staff"} in granted
    added = outbox(services)[len(before) :]
    assert ("sync_conflicts", str(conflict_id), "update") in added
    assert any(name == "audit_events" for name, _row, _op in added)


def test_resolving_twice_changes_nothing_the_second_time(services: Services) -> None:
    conflict_id, _refused, _standing = _overlap(services)
    staff = _staff(services)
    services.sync_review.resolve(staff, conflict_id)
    before = outbox(services)

    services.sync_review.resolve(staff, conflict_id)

    assert [c for c in outbox(services)[len(before) :] if c[0] == "sync_conflicts"] == []


def test_an_unknown_conflict_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound):
        services.sync_review.resolve(_staff(services), uuid.UUID(int=42))


def test_a_staff_account_that_is_gone_is_refused(services: Services) -> None:
    with pytest.raises(NotFound):
        services.sync_review.conflicts(uuid.UUID(int=99))


def test_a_role_without_the_action_is_refused_and_the_refusal_audited(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    conflict_id, _refused, _standing = _overlap(services)
    staff = _staff(services)
    from kiosk.core import permissions

    # Every role may review today; the check itself must still hold when one may not.
    monkeypatch.setitem(
        permissions.ROLE_ACTIONS, "staff", permissions.ROLE_ACTIONS["staff"] - {StaffAction.SYNC}
    )

    with pytest.raises(PermissionDenied):
        services.sync_review.resolve(staff, conflict_id)

    with UnitOfWork(services.sessions, write=False) as session:
        row = session.get(SyncConflict, conflict_id)
        assert row is not None and row.resolved_at is None
        refused = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "staff_action_refused")
        ).all()
    assert {"action": "sync", "role": "staff"} in [dict(d) for d in refused]
