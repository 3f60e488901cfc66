"""Every table (but sync's own bookkeeping) carries created_at, updated_at and row_version; a
change made from a stale copy of a row is refused as a Conflict instead of overwriting the newer
one. Both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, inspect, select

from kiosk.core.clock import FixedClock
from kiosk.db.models import Base, Patron
from kiosk.db.models_sync import BOOKKEEPING_TABLES
from kiosk.db.uow import UnitOfWork, use_clock
from kiosk.errors import Conflict
from tests.db.backends import Database, add_patron

ENROLLED = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


def test_every_table_has_times_and_a_row_version(db: Database) -> None:
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        for table in Base.metadata.sorted_tables:
            if table.name in BOOKKEEPING_TABLES:
                continue
            columns = {c["name"]: c for c in inspector.get_columns(table.name)}
            for name in ("created_at", "updated_at", "row_version"):
                assert name in columns, f"{table.name}.{name}"
                assert not columns[name]["nullable"], f"{table.name}.{name}"
            assert table.name in {m.local_table.name for m in Base.registry.mappers}
    for mapper in Base.registry.mappers:
        if mapper.local_table.name in BOOKKEEPING_TABLES:
            assert mapper.version_id_col is None
            continue
        assert mapper.version_id_col is not None, mapper.class_.__name__
        assert mapper.version_id_col.name == "row_version"


def test_a_new_row_starts_at_version_1_and_each_change_raises_it(db: Database) -> None:
    patron_id = add_patron(db, "Ada", "C-1", at=ENROLLED)
    with UnitOfWork(db.session_factory, write=False) as session:
        patron = session.get(Patron, patron_id)
        assert patron is not None
        assert (patron.row_version, patron.created_at) == (1, ENROLLED)
        first_update = patron.updated_at
    with UnitOfWork(db.session_factory) as session:
        patron = session.get(Patron, patron_id)
        assert patron is not None
        patron.birth_year = 2001
    with UnitOfWork(db.session_factory, write=False) as session:
        patron = session.get(Patron, patron_id)
        assert patron is not None
        assert patron.row_version == 2
        assert patron.created_at == ENROLLED
        assert patron.updated_at >= first_update
        assert patron.updated_at.tzinfo is not None


def test_a_change_from_a_stale_copy_is_a_conflict_and_changes_nothing(db: Database) -> None:
    patron_id = add_patron(db, "Ada", "C-1")
    # Two staff screens loaded the same patron; the second one saves after the first.
    with UnitOfWork(db.session_factory, write=False) as session:
        stale = session.get(Patron, patron_id)
    assert stale is not None
    with UnitOfWork(db.session_factory) as session:
        fresh = session.get(Patron, patron_id)
        assert fresh is not None
        fresh.display_name = "Ada L."
    with pytest.raises(Conflict, match="changed elsewhere"), UnitOfWork(db.session_factory) as s:
        mine = s.merge(stale, load=False)
        mine.display_name = "Ada Lovelace"
    with UnitOfWork(db.session_factory, write=False) as session:
        patron = session.get(Patron, patron_id)
        assert patron is not None
        assert (patron.display_name, patron.row_version) == ("Ada L.", 2)


def test_rows_inserted_in_bulk_get_times_and_version_1(db: Database) -> None:
    with UnitOfWork(db.session_factory) as session:
        session.execute(insert(Patron), [{"display_name": "Bo"}, {"display_name": "Cy"}])
    with UnitOfWork(db.session_factory, write=False) as session:
        rows = session.execute(
            select(Patron.row_version, Patron.created_at, Patron.updated_at)
        ).all()
    assert len(rows) == 2
    for version, created, updated in rows:
        assert version == 1
        assert created.tzinfo is not None and updated.tzinfo is not None


def test_times_come_from_the_clock_the_factory_was_given(db: Database) -> None:
    clock = FixedClock(ENROLLED)
    use_clock(db.session_factory, clock.now)
    with UnitOfWork(db.session_factory) as session:
        patron = Patron(display_name="Ada")
        session.add(patron)
    clock.advance(timedelta(days=3))
    with UnitOfWork(db.session_factory) as session:
        session.add(Patron(display_name="Bo", created_at=ENROLLED - timedelta(days=1)))
        found = session.get(Patron, patron.id)
        assert found is not None
        found.birth_year = 2001
    with UnitOfWork(db.session_factory, write=False) as session:
        rows = session.execute(
            select(Patron.display_name, Patron.created_at, Patron.updated_at).order_by(
                Patron.display_name
            )
        ).all()
    later = ENROLLED + timedelta(days=3)
    assert [tuple(row) for row in rows] == [
        ("Ada", ENROLLED, later),
        ("Bo", ENROLLED - timedelta(days=1), ENROLLED - timedelta(days=1)),
    ]
