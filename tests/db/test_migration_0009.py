"""Migration 0009 (projects) on a database already at 0008, and back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from kiosk.db.migrate import alembic_config, current_revision, upgrade
from kiosk.db.models import Patron
from kiosk.db.models_projects import PatronNotice, Project, ProjectMember
from kiosk.db.uow import UnitOfWork
from tests.db.backends import BACKENDS, open_database

AT = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
TABLES = {
    "projects",
    "project_members",
    "interest_tags",
    "project_tags",
    "project_files",
    "project_reviews",
    "patron_notices",
}


@pytest.mark.parametrize("backend", BACKENDS)
def test_0009_adds_projects_beside_stored_rows_and_downgrades(backend: str, tmp_path: Path) -> None:
    with open_database(backend, tmp_path, migrate=False) as db:
        upgrade(db.engine, "0008")
        with UnitOfWork(db.session_factory) as session:
            patron = Patron(display_name="Ann Lee", created_at=AT)
            session.add(patron)
        upgrade(db.engine, "0009")
        assert current_revision(db.engine) == "0009"
        assert set(inspect(db.engine).get_table_names()) >= TABLES
        with UnitOfWork(db.session_factory) as session:
            project = Project(title="Robot", submitted_at=AT, status_changed_at=AT)
            session.add(project)
            session.flush()
            session.add(ProjectMember(project_id=project.id, patron_id=patron.id, role="owner"))
            session.add(PatronNotice(patron_id=patron.id, kind="print_ready", params={"a": 1}))
        # The check constraints came with the tables.
        with pytest.raises(IntegrityError), UnitOfWork(db.session_factory) as session:
            session.add(Project(title="X", status="lost", submitted_at=AT, status_changed_at=AT))
        with db.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0008")
        names = set(inspect(db.engine).get_table_names())
        assert not TABLES & names
        assert "patrons" in names
