"""Models and migrations on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError, StatementError

from kiosk.db.engine import make_engine, sqlite_path
from kiosk.db.migrate import current_revision, head_revision, upgrade
from kiosk.db.models import Base, Card, Patron, StaffAccount, Visit
from kiosk.db.uow import UnitOfWork
from tests.db.backends import Database, add_patron, open_database

NOW = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


def test_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_is_idempotent_and_at_head(db: Database) -> None:
    head = head_revision()
    assert head is not None
    assert current_revision(db.engine) == head
    upgrade(db.engine)
    assert current_revision(db.engine) == head
    assert set(inspect(db.engine).get_table_names()) >= {
        "branches",
        "terminals",
        "patrons",
        "cards",
        "visits",
        "staff_accounts",
        "audit_events",
    }


def test_lookup_indexes_exist(db: Database) -> None:
    inspector = inspect(db.engine)
    visit_indexes = {tuple(ix["column_names"]) for ix in inspector.get_indexes("visits")}
    assert ("patron_id", "checked_in_at") in visit_indexes
    unique_card = [uq["column_names"] for uq in inspector.get_unique_constraints("cards")]
    assert ["card_number"] in unique_card


def test_times_come_back_timezone_aware_utc(db: Database) -> None:
    signed = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))
    with UnitOfWork(db.session_factory) as session:
        patron = Patron(display_name="Ann", created_at=signed)
        session.add(patron)
        session.flush()
        patron_id = patron.id
    with UnitOfWork(db.session_factory, write=False) as session:
        loaded = session.get(Patron, patron_id)
        assert loaded is not None
        assert loaded.created_at == signed
        assert loaded.created_at.utcoffset() == timedelta(0)
        assert loaded.created_at.hour == 7


def test_naive_datetimes_are_refused(db: Database) -> None:
    with (
        pytest.raises(StatementError, match="naive datetime"),
        UnitOfWork(db.session_factory) as session,
    ):
        session.add(Patron(display_name="Ann", created_at=datetime(2026, 1, 1)))
        session.flush()


def test_time_range_queries_compare_correctly(db: Database) -> None:
    patron_id = add_patron(db, "Ann", "A-1")
    times = [NOW + timedelta(minutes=m) for m in (-90, -30, 0, 45)]
    with UnitOfWork(db.session_factory) as session:
        session.add_all(Visit(patron_id=patron_id, checked_in_at=t) for t in times)
    since = (NOW - timedelta(hours=1)).astimezone(timezone(timedelta(hours=-5)))
    with UnitOfWork(db.session_factory, write=False) as session:
        found = session.scalars(
            select(Visit.checked_in_at)
            .where(Visit.checked_in_at > since)
            .order_by(Visit.checked_in_at)
        ).all()
    assert found == times[1:]


def test_primary_keys_are_time_ordered_uuids(db: Database) -> None:
    first = add_patron(db, "Ann", "A-1")
    second = add_patron(db, "Ben", "B-2")
    assert isinstance(first, uuid.UUID)
    assert first.version == 7
    assert second > first


def test_a_card_has_exactly_one_holder(db: Database) -> None:
    patron_id = add_patron(db, "Ann", "A-1")
    with UnitOfWork(db.session_factory) as session:
        staff = StaffAccount(display_name="Sam", pin_hash="x", created_at=NOW)
        session.add(staff)
        session.flush()
        staff_id = staff.id
    for patron, staff_holder in ((patron_id, staff_id), (None, None)):
        with pytest.raises(IntegrityError), UnitOfWork(db.session_factory) as session:
            session.add(
                Card(card_number="C-3", patron_id=patron, staff_id=staff_holder, issued_at=NOW)
            )
            session.flush()


def test_card_numbers_are_unique(db: Database) -> None:
    add_patron(db, "Ann", "A-1")
    with pytest.raises(IntegrityError):
        add_patron(db, "Ben", "A-1")
    with UnitOfWork(db.session_factory, write=False) as session:
        assert session.scalars(select(Patron.display_name)).all() == ["Ann"]


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), UnitOfWork(db.session_factory) as session:
        session.add(Visit(patron_id=uuid.uuid4(), checked_in_at=NOW))
        session.flush()


def test_deleting_a_patron_removes_their_cards_and_visits(db: Database) -> None:
    patron_id = add_patron(db, "Ann", "A-1")
    with UnitOfWork(db.session_factory) as session:
        session.add(Visit(patron_id=patron_id, checked_in_at=NOW))
    with UnitOfWork(db.session_factory) as session:
        session.delete(session.get(Patron, patron_id))
    with UnitOfWork(db.session_factory, write=False) as session:
        assert session.scalars(select(Card)).all() == []
        assert session.scalars(select(Visit)).all() == []


# SQLite specifics: the pragmas the kiosk's durability rests on, and the write lock.


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    with open_database("sqlite", tmp_path) as database:
        yield database


def test_sqlite_runs_wal_full_sync_with_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_checkin_lookup_uses_the_visit_index(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM visits WHERE patron_id = ? AND checked_in_at > ?",
            (uuid.uuid4().hex, "2026-01-01 00:00:00.000000"),
        ).all()
    assert "ix_visits_patron_id_checked_in_at" in " ".join(str(row[-1]) for row in plan)


def test_write_unit_holds_the_write_lock_from_its_start(sqlite_db: Database) -> None:
    path = sqlite_path(sqlite_db.url)
    assert path is not None
    inside = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with UnitOfWork(sqlite_db.session_factory) as session:
            session.scalar(select(Patron.id))  # a read only: the lock must already be held
            inside.set()
            assert release.wait(10)

    worker = threading.Thread(target=hold)
    worker.start()
    try:
        assert inside.wait(10)
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
    finally:
        release.set()
        worker.join(10)
    assert not worker.is_alive()


def test_in_memory_sqlite_works_for_throwaway_use() -> None:
    engine = make_engine("sqlite://")
    try:
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
