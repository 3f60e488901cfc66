"""created_at, updated_at and row_version on every table; stable branch and terminal ids

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 00:50:00

Rows already stored get the best time the row itself records (a card's issue time, a visit's
check-in time, ...) and version 1. Branches and terminals made before this revision had ids
minted in each database; they are given the id derived from their code, and every row that
points at them follows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of kiosk.ids.branch_uuid / terminal_uuid: a migration must keep doing what it
# did when it was written.
_ID_NAMESPACE = uuid.UUID("ac16938a-b60f-4373-a2c6-2abfa3394ca9")


def _branch_uuid(code: str) -> uuid.UUID:
    return uuid.uuid5(_ID_NAMESPACE, f"branch:{code.strip().casefold()}")


def _terminal_uuid(code: str) -> uuid.UUID:
    return uuid.uuid5(_ID_NAMESPACE, f"terminal:{code.strip().casefold()}")


# table -> (SQL for created_at, SQL for updated_at) from the row's own columns; None: the row
# records no time of its own, so the time of this migration is used.
_TIMES: dict[str, tuple[str, str] | None] = {
    "branches": None,
    "terminals": None,
    "patrons": ("created_at", "COALESCE(waiver_signed_at, created_at)"),
    "staff_accounts": ("created_at", "created_at"),
    "cards": ("issued_at", "COALESCE(revoked_at, issued_at)"),
    "visits": ("checked_in_at", "checked_in_at"),
    "audit_events": ("at", "at"),
}
_HAS_CREATED_AT = {"patrons", "staff_accounts"}


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    # SQLite adds a NOT NULL column only with a constant default; every row is then given its
    # real time below. The ORM always writes both times, so the placeholder is never seen.
    placeholder = sa.text("'1970-01-01 00:00:00.000000'" if sqlite else "'1970-01-01 00:00:00+00'")
    now = datetime.now(UTC)
    for table, times in _TIMES.items():
        if table not in _HAS_CREATED_AT:
            op.add_column(
                table,
                sa.Column(
                    "created_at",
                    sa.DateTime(timezone=True),
                    nullable=False,
                    server_default=placeholder,
                ),
            )
        op.add_column(
            table,
            sa.Column(
                "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=placeholder
            ),
        )
        op.add_column(
            table,
            sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        )
        if times is None:
            stamped = sa.table(
                table,
                sa.column("created_at", sa.DateTime(timezone=True)),
                sa.column("updated_at", sa.DateTime(timezone=True)),
            )
            value = now.replace(tzinfo=None) if sqlite else now
            bind.execute(sa.update(stamped).values(created_at=value, updated_at=value))
        else:
            created, updated = times
            bind.execute(
                sa.text(f"UPDATE {table} SET created_at = {created}, updated_at = {updated}")
            )
        if not sqlite:
            # A server database can drop the placeholder in place (SQLite would copy the table).
            if table not in _HAS_CREATED_AT:
                op.alter_column(table, "created_at", server_default=None)
            op.alter_column(table, "updated_at", server_default=None)

    _rekey(
        bind,
        "branches",
        ("name", "timezone"),
        _branch_uuid,
        (("terminals", "branch_id"), ("patrons", "home_branch_id")),
    )
    _rekey(
        bind,
        "terminals",
        ("name", "branch_id"),
        _terminal_uuid,
        (("visits", "terminal_id"), ("audit_events", "terminal_id")),
    )


def _rekey(
    bind: sa.Connection,
    name: str,
    columns: tuple[str, ...],
    derive: Callable[[str], uuid.UUID],
    children: tuple[tuple[str, str], ...],
) -> None:
    """Give each row of `name` the id derived from its code; rows pointing at it follow. Two
    rows whose codes differ only in case become one."""
    table = sa.table(
        name,
        sa.column("id", sa.Uuid()),
        sa.column("code", sa.String()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("row_version", sa.Integer()),
        *(
            sa.column(column, sa.Uuid() if column.endswith("_id") else sa.String())
            for column in columns
        ),
    )
    # Oldest first (ids are time-ordered): of two rows merged into one, the older one's data stays.
    for row in bind.execute(sa.select(table).order_by(table.c.id)).mappings().all():
        old_id: uuid.UUID = row["id"]
        new_id = derive(row["code"])
        if new_id == old_id:
            continue
        if bind.execute(sa.select(table.c.id).where(table.c.id == new_id)).first() is None:
            # The code is unique: park the old row under a code no configuration can hold.
            bind.execute(sa.update(table).where(table.c.id == old_id).values(code=f"~{old_id.hex}"))
            bind.execute(sa.insert(table).values({**row, "id": new_id}))
        for child_name, column in children:
            child = sa.table(child_name, sa.column(column, sa.Uuid()))
            bind.execute(sa.update(child).where(child.c[column] == old_id).values({column: new_id}))
        bind.execute(sa.delete(table).where(table.c.id == old_id))


def downgrade() -> None:
    # Branch and terminal ids stay as derived: they are valid ids for the older schema too.
    for table in _TIMES:
        op.drop_column(table, "row_version")
        op.drop_column(table, "updated_at")
        if table not in _HAS_CREATED_AT:
            op.drop_column(table, "created_at")
