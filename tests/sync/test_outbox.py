"""Every change the kiosk's own services make lands in the outbox exactly once, in the same
transaction, with increasing clock values; on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.core.clock import FixedClock
from kiosk.core.equipment_spec import EquipmentSpec
from kiosk.core.machines import _set_reservation_status
from kiosk.core.privacy import PrivacyService
from kiosk.db.models import Base, Patron
from kiosk.db.models_sync import BOOKKEEPING_TABLES, OutboxChange, RowClock
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict
from kiosk.services import Services
from kiosk.sync.hlc import Stamp
from kiosk.sync.tables import BRANCH_TABLES, LIBRARY_TABLES, SYNCED
from tests.core.booking_fixtures import set_up_branch
from tests.db.backends import cheap_hasher
from tests.sync.terminals import START, as_database, kiosk_services, outbox


def _changes_of(services: Services, row_id: uuid.UUID) -> list[tuple[str, str]]:
    return [(name, op) for name, rid, op in outbox(services) if rid == str(row_id)]


def _once_each(services: Services) -> None:
    counts = Counter(outbox(services))
    repeated = [key for key, n in counts.items() if n > 1 and key[2] != "update"]
    assert not repeated


def test_every_table_is_either_library_or_branch_scoped() -> None:
    tracked = {
        name
        for name, table in Base.metadata.tables.items()
        if "row_version" in table.c and "id" in table.c
    }
    assert set(LIBRARY_TABLES).isdisjoint(BRANCH_TABLES)
    assert tracked == SYNCED, "classify every new table in kiosk/sync/tables.py"
    assert set(Base.metadata.tables) == SYNCED | BOOKKEEPING_TABLES


def test_patron_card_and_audit_rows(any_url: str) -> None:
    with kiosk_services(any_url) as services:
        patron = services.patrons.create("Ada Lovelace", card_number="A-1")
        assert _changes_of(services, patron.patron_id) == [("patrons", "insert")]
        assert services.cards.revoke("A-1")
        card_changes = [c for c in outbox(services) if c[0] == "cards"]
        assert [op for _, _, op in card_changes] == ["insert", "update"]
        with UnitOfWork(services.sessions, write=False) as session:
            fields = session.scalars(
                select(OutboxChange.fields).where(OutboxChange.op == "update")
            ).one()
        assert "revoked_at" in (fields or [])
        assert sum(1 for c in outbox(services) if c[0] == "audit_events") == 2
        _once_each(services)


def test_a_check_in_is_one_visit_record(any_url: str) -> None:
    with kiosk_services(any_url) as services:
        services.patrons.create("Ada Lovelace", card_number="A-1")
        before = len(outbox(services))
        services.checkin.handle_scan(services.codec.encode("A-1"))
        services.checkin.handle_scan(services.codec.encode("A-1"))  # same visit window
        added = outbox(services)[before:]
        assert [name for name, _, _ in added].count("visits") == 1
        _once_each(services)


def test_staff_equipment_trainings_and_policies(any_url: str) -> None:
    with kiosk_services(any_url) as services:
        staff = services.staff_auth
        staff._hasher = cheap_hasher()  # real argon2, small costs
        account = staff.add_staff("Sam", "S-1", "428913", role="admin")
        item = services.equipment.add(EquipmentSpec(name="Laser", kind="laser_cutter"))
        services.trainings.define(None, "laser-basics", "Laser basics", 12)
        patron = services.patrons.create("Ada Lovelace", card_number="A-1")
        services.trainings.certify(None, patron.patron_id, "laser-basics")
        services.lending.set_policy("arduino_kit", loan_days=7, max_open_loans=2)
        services.booking.set_rule("laser_cutter", {"slot_minutes": 30})
        names = Counter(name for name, _, op in outbox(services) if op == "insert")
        assert names["staff_accounts"] == 1 and names["equipment_items"] == 1
        assert names["trainings"] == 1 and names["certifications"] == 1
        assert names["loan_policies"] == 1 and names["booking_rules"] == 1
        assert _changes_of(services, account.staff_id) == [("staff_accounts", "insert")]
        assert _changes_of(services, item.id)[0] == ("equipment_items", "insert")
        _once_each(services)


def test_bookings_and_the_statements_that_change_them(any_url: str) -> None:
    clock = FixedClock(START)
    with kiosk_services(any_url, clock=clock) as services:
        branch = set_up_branch(as_database(services), terminal="kiosk-1")
        patron = branch.patrons[0]
        first = services.booking.book(patron, branch.items[0], START + timedelta(hours=2), 60)
        second = services.booking.book(patron, branch.items[1], START + timedelta(hours=5), 60)
        for booked in (first, second):
            assert _changes_of(services, booked.reservation_id) == [("reservations", "insert")]
        services.booking.cancel(patron, second.reservation_id)
        assert _changes_of(services, second.reservation_id)[1] == ("reservations", "update")
        # The machine service moves a booking's status with an UPDATE statement.
        with UnitOfWork(services.sessions) as session:
            _set_reservation_status(session, first.reservation_id, "booked", "active", START)
        assert _changes_of(services, first.reservation_id) == [
            ("reservations", "insert"),
            ("reservations", "update"),
        ]
        with UnitOfWork(services.sessions, write=False) as session:
            update = session.scalars(
                select(OutboxChange).where(
                    OutboxChange.row_id == first.reservation_id, OutboxChange.op == "update"
                )
            ).one()
        assert update.payload["status"] == "active"
        assert update.fields == ["status", "status_changed_at"]
        _once_each(services)


def test_projects_tags_and_deletions_are_tombstones(any_url: str) -> None:
    with kiosk_services(any_url) as services:
        services.projects.add_tag("Robots")
        services.projects.remove_tag("Robots")
        tags = [op for name, _, op in outbox(services) if name == "interest_tags"]
        assert tags == ["insert", "delete"]
        patron = services.patrons.create("Ada Lovelace", card_number="A-1")
        PrivacyService(services.sessions, services.clock).delete_patron(patron.patron_id)
        assert _changes_of(services, patron.patron_id) == [
            ("patrons", "insert"),
            ("patrons", "delete"),
        ]
        with UnitOfWork(services.sessions, write=False) as session:
            clock = session.get(RowClock, ("patrons", patron.patron_id))
            assert clock is not None and clock.deleted
            assert session.get(Patron, patron.patron_id) is None


def test_a_failed_use_case_leaves_no_record(any_url: str) -> None:
    with kiosk_services(any_url) as services:
        services.patrons.create("Ada Lovelace", card_number="A-1")
        before = outbox(services)
        with pytest.raises(Conflict):
            services.patrons.create("Someone Else", card_number="A-1")
        assert outbox(services) == before


def test_stamps_increase_and_name_this_terminal(any_url: str) -> None:
    with kiosk_services(any_url, code="kiosk-7") as services:
        for n in range(3):
            services.patrons.create(f"Patron {n}", card_number=f"P-{n}")
        with UnitOfWork(services.sessions, write=False) as session:
            rows = session.execute(
                select(OutboxChange.hlc, OutboxChange.node_id).order_by(OutboxChange.position)
            ).all()
            clocks = session.scalar(select(func.count()).select_from(RowClock))
        stamps = [Stamp(hlc, node) for hlc, node in rows]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
        from kiosk.ids import terminal_uuid

        assert {node for _, node in rows} == {terminal_uuid("kiosk-7").hex}
        assert clocks == len({(n, r) for n, r, _ in outbox(services)})


def test_a_bulk_patron_import_is_recorded_with_its_last_batch(any_url: str, tmp_path: Path) -> None:
    source = tmp_path / "patrons.csv"
    rows = [f"IMP-{n},Patron {n},2001" for n in range(5)]
    source.write_text("card_number,display_name,birth_year\n" + "\n".join(rows) + "\n")
    with kiosk_services(any_url) as services:
        report = services.patrons.import_csv(source)
        assert report.imported == 5
        inserted = Counter(name for name, _, op in outbox(services) if op == "insert")
        assert (inserted["patrons"], inserted["cards"]) == (5, 5)
        services.patrons.import_csv(source)  # refused: the card numbers are taken
        _once_each(services)
        assert Counter(name for name, _, _ in outbox(services))["patrons"] == 5
