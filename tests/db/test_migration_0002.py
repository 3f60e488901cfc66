"""Migration 0002 on a database that already holds data, on SQLite and PostgreSQL: every row
gets sensible times and version 1, and branches and terminals take their derived ids with every
row that points at them following."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from kiosk.db.migrate import current_revision, upgrade
from kiosk.db.types import UTCDateTime
from kiosk.ids import branch_uuid, terminal_uuid, uuid7
from tests.db.backends import BACKENDS, Database, open_database

T0 = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
T1 = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)
T2 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

OLD_BRANCH = uuid7()
OLD_TERMINAL = uuid7()
OLD_TWIN = uuid7()  # the same terminal code in other letter case: merged into one
PATRON = uuid7()
STAFF = uuid7()
CARD = uuid7()
VISIT = uuid7()
EVENT = uuid7()


def _table(name: str, *columns: sa.ColumnClause[Any]) -> sa.TableClause:
    return sa.table(name, *columns)


def _uuid(name: str) -> sa.ColumnClause[Any]:
    return sa.column(name, sa.Uuid())


def _time(name: str) -> sa.ColumnClause[Any]:
    return sa.column(name, UTCDateTime())


def _text(name: str) -> sa.ColumnClause[Any]:
    return sa.column(name, sa.String())


def _seed_0001(conn: sa.Connection) -> None:
    """Rows as a kiosk at revision 0001 wrote them (ids minted in this database)."""
    inserts: list[tuple[sa.TableClause, dict[str, Any]]] = [
        (
            _table("branches", _uuid("id"), _text("code"), _text("name"), _text("timezone")),
            {"id": OLD_BRANCH, "code": "east", "name": "Eastgate", "timezone": "UTC"},
        ),
        (
            _table("terminals", _uuid("id"), _text("code"), _text("name"), _uuid("branch_id")),
            {"id": OLD_TERMINAL, "code": "kiosk-1", "name": "K1", "branch_id": OLD_BRANCH},
        ),
        (
            _table("terminals", _uuid("id"), _text("code"), _text("name"), _uuid("branch_id")),
            {"id": OLD_TWIN, "code": "KIOSK-1", "name": "K1 again", "branch_id": None},
        ),
        (
            _table(
                "patrons", _uuid("id"), _text("display_name"), sa.column("is_minor"),
                sa.column("guardian_consent_on_file"), _uuid("home_branch_id"),
                _time("created_at"), _time("waiver_signed_at"), _text("waiver_version"),
            ),
            {
                "id": PATRON, "display_name": "Ada", "is_minor": False,
                "guardian_consent_on_file": False, "home_branch_id": OLD_BRANCH,
                "created_at": T0, "waiver_signed_at": T1, "waiver_version": "v1",
            },
        ),
        (
            _table(
                "staff_accounts", _uuid("id"), _text("display_name"), _text("role"),
                _text("pin_hash"), sa.column("failed_attempts"), _time("created_at"),
            ),
            {
                "id": STAFF, "display_name": "Sam", "role": "staff", "pin_hash": "x",
                "failed_attempts": 0, "created_at": T0,
            },
        ),
        (
            _table(
                "cards", _uuid("id"), _text("card_number"), _text("kind"), _uuid("patron_id"),
                _time("issued_at"), _time("revoked_at"),
            ),
            {
                "id": CARD, "card_number": "C-1", "kind": "signed", "patron_id": PATRON,
                "issued_at": T0, "revoked_at": T2,
            },
        ),
        (
            _table("visits", _uuid("id"), _uuid("patron_id"), _uuid("terminal_id"),
                   _time("checked_in_at")),
            {"id": VISIT, "patron_id": PATRON, "terminal_id": OLD_TWIN, "checked_in_at": T1},
        ),
        (
            _table("audit_events", _uuid("id"), _time("at"), _text("actor_kind"),
                   _text("action"), _uuid("terminal_id"), sa.column("detail", sa.JSON())),
            {"id": EVENT, "at": T2, "actor_kind": "system", "action": "x",
             "terminal_id": OLD_TERMINAL, "detail": {}},
        ),
    ]  # fmt: skip
    for table, values in inserts:
        conn.execute(sa.insert(table).values(values))


@pytest.fixture(params=BACKENDS)
def old_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path, migrate=False) as database:
        upgrade(database.engine, "0001")
        with database.engine.begin() as conn:
            _seed_0001(conn)
        upgrade(database.engine, "0002")  # later migrations have their own tests
        yield database


def _rows(db: Database, sql: str) -> list[sa.Row[Any]]:
    with db.engine.connect() as conn:
        return list(conn.execute(sa.text(sql)).all())


def _times(db: Database, table: str, key: uuid.UUID) -> tuple[datetime, datetime, int]:
    t = _table(table, _uuid("id"), _time("created_at"), _time("updated_at"),
               sa.column("row_version", sa.Integer()))  # fmt: skip
    with db.engine.connect() as conn:
        row = conn.execute(
            sa.select(t.c.created_at, t.c.updated_at, t.c.row_version).where(t.c.id == key)
        ).one()
    return row[0], row[1], row[2]


def test_existing_rows_get_their_own_times_and_version_1(old_db: Database) -> None:
    assert current_revision(old_db.engine) == "0002"
    assert _times(old_db, "patrons", PATRON) == (T0, T1, 1)  # updated when the waiver was signed
    assert _times(old_db, "staff_accounts", STAFF) == (T0, T0, 1)
    assert _times(old_db, "cards", CARD) == (T0, T2, 1)  # updated when it was revoked
    assert _times(old_db, "visits", VISIT) == (T1, T1, 1)
    assert _times(old_db, "audit_events", EVENT) == (T2, T2, 1)
    created, updated, version = _times(old_db, "terminals", terminal_uuid("kiosk-1"))
    assert version == 1 and created == updated and created > T2


def test_branches_and_terminals_take_their_derived_ids_and_references_follow(
    old_db: Database,
) -> None:
    terminal, branch = terminal_uuid("kiosk-1"), branch_uuid("east")
    t = _table("terminals", _uuid("id"), _text("code"), _text("name"), _uuid("branch_id"))
    b = _table("branches", _uuid("id"), _text("code"), _text("name"))
    with old_db.engine.connect() as conn:
        assert conn.execute(sa.select(t.c.id, t.c.code, t.c.name, t.c.branch_id)).all() == [
            (terminal, "kiosk-1", "K1", branch)
        ]
        assert conn.execute(sa.select(b.c.id, b.c.code, b.c.name)).all() == [
            (branch, "east", "Eastgate")
        ]
        for table, column, key in (
            ("visits", "terminal_id", VISIT),
            ("audit_events", "terminal_id", EVENT),
            ("patrons", "home_branch_id", PATRON),
        ):
            child = _table(table, _uuid("id"), _uuid(column))
            found = conn.execute(sa.select(child.c[column]).where(child.c.id == key)).scalar()
            assert found == (branch if column == "home_branch_id" else terminal), table


def test_downgrade_and_upgrade_again(old_db: Database) -> None:
    from alembic import command

    from kiosk.db.migrate import alembic_config

    with old_db.engine.connect() as conn, conn.begin():
        command.downgrade(alembic_config(conn), "0001")
    assert current_revision(old_db.engine) == "0001"
    assert "row_version" not in {c["name"] for c in sa.inspect(old_db.engine).get_columns("cards")}
    upgrade(old_db.engine)
    assert _times(old_db, "cards", CARD) == (T0, T2, 1)
    assert len(_rows(old_db, "SELECT id FROM terminals")) == 1
