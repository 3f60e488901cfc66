"""Migration 0013 (print jobs belong to a branch) on a database at 0012 with jobs in it, and
back."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from kiosk.db.migrate import alembic_config, current_revision, upgrade
from kiosk.ids import branch_uuid
from tests.db.backends import BACKENDS, Database, open_database

AT = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
MAIN = branch_uuid("main")
EAST = branch_uuid("east")


def _times() -> tuple[sa.ColumnClause[object], ...]:
    return (
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )


_branches = sa.table(
    "branches",
    sa.column("id", sa.Uuid()),
    sa.column("code", sa.String()),
    sa.column("name", sa.String()),
    sa.column("timezone", sa.String()),
    *_times(),
)
_state = sa.table(
    "sync_state",
    sa.column("id", sa.Integer()),
    sa.column("role", sa.String()),
    sa.column("node_id", sa.String()),
    sa.column("hlc", sa.BigInteger()),
    sa.column("branch_id", sa.Uuid()),
    sa.column("pull_cursor", sa.BigInteger()),
    sa.column("own_max_seq", sa.BigInteger()),
)
_changes = sa.table(
    "sync_changes",
    sa.column("change_id", sa.Uuid()),
    sa.column("table_name", sa.String()),
    sa.column("row_id", sa.Uuid()),
    sa.column("op", sa.String()),
    sa.column("payload", sa.JSON()),
    sa.column("hlc", sa.BigInteger()),
    sa.column("node_id", sa.String()),
    sa.column("branch_id", sa.Uuid()),
    sa.column("received_at", sa.DateTime(timezone=True)),
)


def _job_columns() -> tuple[sa.ColumnClause[object], ...]:
    return (
        sa.column("id", sa.Uuid()),
        sa.column("printer_name", sa.String()),
        sa.column("gcode_sha256", sa.String()),
        sa.column("file_name", sa.String()),
        sa.column("position", sa.Integer()),
        sa.column("queued_at", sa.DateTime(timezone=True)),
        sa.column("status", sa.String()),
        sa.column("progress", sa.Float()),
        *_times(),
    )


_jobs = sa.table("print_jobs", *_job_columns())
_jobs_now = sa.table("print_jobs", *_job_columns(), sa.column("branch_id", sa.Uuid()))


def _add_branches(db: Database, *codes: str) -> None:
    with db.engine.begin() as conn:
        for code in codes:
            conn.execute(
                sa.insert(_branches).values(
                    id=branch_uuid(code),
                    code=code,
                    name=code.title(),
                    timezone="UTC",
                    created_at=AT,
                    updated_at=AT,
                )
            )


def _job(status: str, position: int = 0, **extra: object) -> dict[str, object]:
    return {
        "id": uuid.uuid4(),
        "printer_name": "prusa",
        "gcode_sha256": "a" * 64,
        "file_name": "boat.gcode",
        "position": position,
        "queued_at": AT,
        "status": status,
        "progress": 0.0,
        "created_at": AT,
        "updated_at": AT,
        **extra,
    }


def _add_jobs(db: Database) -> list[uuid.UUID]:
    rows = [_job("printing"), _job("queued", 1)]
    with db.engine.begin() as conn:
        conn.execute(sa.insert(_jobs), rows)
    return [row["id"] for row in rows]  # type: ignore[misc]


def _branches_of_jobs(db: Database) -> dict[uuid.UUID, uuid.UUID]:
    with db.engine.connect() as conn:
        return {
            row.id: row.branch_id
            for row in conn.execute(sa.select(_jobs_now.c.id, _jobs_now.c.branch_id))
        }


def _index_names(db: Database) -> set[str]:
    return {str(index["name"]) for index in inspect(db.engine).get_indexes("print_jobs")}


@pytest.mark.parametrize("backend", BACKENDS)
def test_0013_gives_jobs_the_only_branch_and_one_active_job_per_branch_printer(
    backend: str, tmp_path: Path
) -> None:
    with open_database(backend, tmp_path, migrate=False) as db:
        upgrade(db.engine, "0012")
        _add_branches(db, "main")
        jobs = _add_jobs(db)
        upgrade(db.engine, "0013")
        assert current_revision(db.engine) == "0013"
        assert _branches_of_jobs(db) == {job: MAIN for job in jobs}
        columns = {c["name"]: c for c in inspect(db.engine).get_columns("print_jobs")}
        assert columns["branch_id"]["nullable"] is False
        names = _index_names(db)
        assert "uq_print_jobs_one_active_per_branch_printer" in names
        assert "uq_print_jobs_one_active_per_printer" not in names
        # Another branch's "prusa" may print beside this one's; a second here may not.
        _add_branches(db, "east")
        with db.engine.begin() as conn:
            conn.execute(sa.insert(_jobs_now).values(_job("printing", branch_id=EAST)))
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(sa.insert(_jobs_now).values(_job("paused", branch_id=MAIN)))
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(sa.insert(_jobs_now).values(_job("queued", branch_id=None)))
        with db.engine.begin() as conn:
            conn.execute(sa.delete(_jobs_now).where(_jobs_now.c.branch_id == EAST))
        with db.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0012")
        assert "branch_id" not in {c["name"] for c in inspect(db.engine).get_columns("print_jobs")}
        names = _index_names(db)
        assert {
            "uq_print_jobs_one_active_per_printer",
            "ix_print_jobs_printer_status_position",
        } <= names
        assert "uq_print_jobs_one_active_per_branch_printer" not in names
        with db.engine.connect() as conn:
            assert set(conn.scalars(sa.select(_jobs.c.id))) == set(jobs)
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(sa.insert(_jobs).values(_job("paused")))


@pytest.mark.parametrize("backend", BACKENDS)
def test_0013_gives_a_joined_terminal_s_jobs_its_branch_among_several(
    backend: str, tmp_path: Path
) -> None:
    with open_database(backend, tmp_path, migrate=False) as db:
        upgrade(db.engine, "0012")
        _add_branches(db, "main", "east")
        jobs = _add_jobs(db)
        with db.engine.begin() as conn:
            conn.execute(
                sa.insert(_state).values(
                    id=1,
                    role="terminal",
                    node_id="n1",
                    hlc=0,
                    branch_id=EAST,
                    pull_cursor=0,
                    own_max_seq=0,
                )
            )
        upgrade(db.engine, "0013")
        assert _branches_of_jobs(db) == {job: EAST for job in jobs}


@pytest.mark.parametrize("backend", BACKENDS)
def test_0013_gives_central_s_jobs_the_branch_their_changes_came_from(
    backend: str, tmp_path: Path
) -> None:
    with open_database(backend, tmp_path, migrate=False) as db:
        upgrade(db.engine, "0012")
        _add_branches(db, "main", "east")
        main_job, east_job = _add_jobs(db)
        logged = [(main_job, MAIN), (east_job, MAIN), (east_job, EAST), (east_job, None)]
        with db.engine.begin() as conn:
            for row_id, branch in logged:
                conn.execute(
                    sa.insert(_changes).values(
                        change_id=uuid.uuid4(),
                        table_name="print_jobs",
                        row_id=row_id,
                        op="update",
                        payload={},
                        hlc=0,
                        node_id="n1",
                        branch_id=branch,
                        received_at=AT,
                    )
                )
        upgrade(db.engine, "0013")
        assert _branches_of_jobs(db) == {main_job: MAIN, east_job: EAST}


@pytest.mark.parametrize("backend", BACKENDS)
def test_0013_stops_when_no_branch_can_be_told_for_existing_jobs(
    backend: str, tmp_path: Path
) -> None:
    with open_database(backend, tmp_path, migrate=False) as db:
        upgrade(db.engine, "0012")
        _add_branches(db, "main", "east")
        _add_jobs(db)
        with pytest.raises(RuntimeError, match="cannot be given a branch"):
            upgrade(db.engine, "0013")
        assert current_revision(db.engine) == "0012"
        columns = {c["name"] for c in inspect(db.engine).get_columns("print_jobs")}
        assert "branch_id" not in columns
