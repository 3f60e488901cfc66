"""Migration 0003 (equipment) on a database already at 0002, and back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from kiosk.db.migrate import alembic_config, current_revision, upgrade
from kiosk.db.models import Branch, EquipmentItem
from kiosk.db.uow import UnitOfWork
from kiosk.ids import branch_uuid
from tests.db.backends import BACKENDS, open_database

AT = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize("backend", BACKENDS)
def test_0003_adds_equipment_beside_stored_rows_and_downgrades(
    backend: str, tmp_path: Path
) -> None:
    with open_database(backend, tmp_path, migrate=False) as db:
        upgrade(db.engine, "0002")
        with UnitOfWork(db.session_factory) as session:
            session.add(Branch(id=branch_uuid("main"), code="main", name="Main"))
        upgrade(db.engine, "0003")
        assert current_revision(db.engine) == "0003"
        columns = {column["name"] for column in inspect(db.engine).get_columns("equipment_items")}
        assert {"state", "state_changed_by", "created_at", "updated_at", "row_version"} <= columns
        item = EquipmentItem(
            branch_id=branch_uuid("main"),
            kind="laser_cutter",
            name="Laser",
            name_key="laser",
            icon="laser",
            state_changed_at=AT,
        )
        with UnitOfWork(db.session_factory) as session:
            session.add(item)
        assert item.row_version == 1
        # The check constraints came with the table.
        with pytest.raises(IntegrityError), UnitOfWork(db.session_factory) as session:
            session.add(
                EquipmentItem(
                    branch_id=branch_uuid("main"),
                    kind="robot",
                    name="Bot",
                    name_key="bot",
                    icon="tool",
                    state_changed_at=AT,
                )
            )
        with db.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0002")
        assert "equipment_items" not in inspect(db.engine).get_table_names()
        assert "branches" in inspect(db.engine).get_table_names()
