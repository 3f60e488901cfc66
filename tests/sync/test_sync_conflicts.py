"""What two terminals did apart meets at central: overlapping bookings end with exactly one
standing and the other conflicted on both sides, with a record for staff and a notice for the
patron; field edits resolve by hybrid logical clock even with clocks an hour apart."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.core.clock import FixedClock
from kiosk.db.models import EquipmentItem
from kiosk.db.models_booking import Reservation
from kiosk.db.models_projects import PatronNotice
from kiosk.db.models_sync import SyncConflict
from kiosk.db.uow import UnitOfWork
from kiosk.services import Services
from kiosk.sync.apply import apply_changes
from kiosk.sync.push import pending
from kiosk.sync.status import RefusalCode
from kiosk.sync.worker import SyncWorker
from tests.core.booking_fixtures import set_up_branch
from tests.sync.library import Kiosk, Library, central_services, library
from tests.sync.terminals import START, as_database

pytestmark = pytest.mark.postgres


def _statuses(services: Services) -> dict[str, str]:
    with UnitOfWork(services.sessions, write=False) as session:
        return {str(r.id): r.status for r in session.scalars(select(Reservation))}


def _branch_at_central(lib: Library) -> tuple[list[object], list[object]]:
    with central_services(lib, FixedClock(START)) as admin:
        branch = set_up_branch(as_database(admin, "postgresql"), items=1, patrons=2)
    return list(branch.items), list(branch.patrons)


def _overlapping_offline_bookings(lib: Library) -> tuple[Kiosk, Kiosk, Any, Any, list[object]]:
    """North and south each book the one machine, half an hour apart, before either syncs."""
    items, patrons = _branch_at_central(lib)
    north = lib.terminal("north")
    south = lib.terminal("south")
    ten = START + timedelta(hours=2)
    first = north.services.booking.book(patrons[0], items[0], ten, 60)
    second = south.services.booking.book(patrons[1], items[0], ten + timedelta(minutes=30), 60)
    return north, south, first, second, patrons


def test_overlapping_offline_bookings_leave_one_standing(tmp_path: Path) -> None:
    with library(tmp_path) as lib:
        north, south, first, second, patrons = _overlapping_offline_bookings(lib)
        lib.sync_all(2)
        standing, refused = str(first.reservation_id), str(second.reservation_id)
        expected = {standing: "booked", refused: "conflicted"}
        for kiosk in (north, south):
            assert _statuses(kiosk.services) == expected, kiosk.code
        with lib.central.connect() as conn:
            rows = conn.execute(select(Reservation.id, Reservation.status)).all()
        assert {str(i): s for i, s in rows} == expected
        for services in (north.services, south.services):
            with UnitOfWork(services.sessions, write=False) as session:
                conflict = session.scalars(select(SyncConflict)).one()
                notice = session.scalars(select(PatronNotice)).one()
            assert conflict.kind == "reservation_overlap"
            assert (str(conflict.row_id), str(conflict.other_row_id)) == (refused, standing)
            assert conflict.patron_id == patrons[1] and conflict.resolved_at is None
            assert notice.patron_id == patrons[1] and notice.kind == "booking_conflicted"
        # The patron whose booking stands can still start it; the other's is no longer held.
        assert south.services.booking.my_reservations(patrons[1])[0].status == "conflicted"
        # What the staff console lists, from the worker it talks to.
        worker = SyncWorker(south.services.engine, lib.url)
        (listed,) = worker.conflicts()
        assert (listed.kind, listed.row_id, listed.other_row_id) == (
            "reservation_overlap",
            refused,
            standing,
        )
        assert listed.detail["item_name"] == "Printer 1" and listed.patron_id == str(patrons[1])


def test_a_booking_the_overlap_constraint_refuses_is_coded_as_such(tmp_path: Path) -> None:
    with library(tmp_path) as lib:
        north, south, _first, _second, _patrons = _overlapping_offline_bookings(lib)
        lib.sync(north)
        with south.services.engine.connect() as conn:
            changes = [change for _, change in pending(conn, 1000)]
        booking = next(c for c in changes if c.table_name == "reservations" and c.op == "insert")
        # Without the handler a round uses (which keeps it as conflicted), it is refused.
        with lib.central.connect() as conn:
            outcome = apply_changes(conn, [booking])
            conn.rollback()
        (refused,) = outcome.rejected
        assert refused.change.change_id == booking.change_id
        assert refused.code is RefusalCode.BOOKING_OVERLAP


def test_the_later_edit_wins_even_from_a_clock_an_hour_behind(tmp_path: Path) -> None:
    with library(tmp_path) as lib:
        items, _ = _branch_at_central(lib)
        ahead = lib.terminal("ahead", skew=timedelta(hours=1))
        behind = lib.terminal("behind", skew=timedelta(hours=-1))
        name = "Printer 1"
        ahead.services.equipment.set_state(name, "out_of_order")
        lib.sync(ahead)
        lib.sync(behind)  # behind sees the change, then a minute later puts it right
        behind.clock.advance(timedelta(minutes=1))
        behind.services.equipment.set_state(name, "free")
        lib.sync_all(2)
        for engine in (ahead.services.engine, behind.services.engine, lib.central):
            with engine.connect() as conn:
                state = conn.execute(
                    select(EquipmentItem.state).where(EquipmentItem.id == items[0])
                ).scalar()
            assert state == "free"


def test_edits_made_apart_settle_the_same_everywhere(tmp_path: Path) -> None:
    with library(tmp_path) as lib:
        items, _ = _branch_at_central(lib)
        one = lib.terminal("one", skew=timedelta(hours=1))
        two = lib.terminal("two", skew=timedelta(hours=-1))
        one.services.equipment.set_state("Printer 1", "needs_check")
        two.services.equipment.set_state("Printer 1", "out_of_order")
        lib.sync_all(3)
        states = set()
        for engine in (one.services.engine, two.services.engine, lib.central):
            with engine.connect() as conn:
                states.add(
                    conn.execute(
                        select(EquipmentItem.state).where(EquipmentItem.id == items[0])
                    ).scalar()
                )
        # Neither saw the other: the later stamp (the clock an hour ahead) wins, everywhere.
        assert states == {"needs_check"}
