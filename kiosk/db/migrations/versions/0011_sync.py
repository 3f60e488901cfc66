"""sync: outbox, row clocks, conflicts, central change log and terminal registry

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 06:40:00

New tables only (kiosk.db.models_sync). Terminals and the central store run the same chain:
`sync_changes` and `sync_terminals` stay empty on a terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_PAYLOAD = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_PENDING = sa.text("pushed_at IS NULL")


def _when(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _change_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("payload", _PAYLOAD, nullable=False),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("node_id", sa.String(length=32), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.Column("node_id", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("terminal_id", sa.Uuid(), nullable=True),
        sa.Column("branch_id", sa.Uuid(), nullable=True),
        sa.Column("pull_cursor", sa.BigInteger(), nullable=False),
        sa.Column("own_max_seq", sa.BigInteger(), nullable=False),
        _when("joined_at", nullable=True),
        _when("last_sync_at", nullable=True),
        _when("last_attempt_at", nullable=True),
        sa.Column("last_error", sa.String(length=400), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("position", _SEQ, autoincrement=True, nullable=False),
        *_change_columns(),
        _when("created_at"),
        _when("pushed_at", nullable=True),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_outbox_change_id")),
    )
    op.create_index(
        "ix_sync_outbox_pending",
        "sync_outbox",
        ["position"],
        sqlite_where=_PENDING,
        postgresql_where=_PENDING,
    )
    op.create_table(
        "sync_rows",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_rows")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("other_row_id", sa.Uuid(), nullable=True),
        sa.Column("patron_id", sa.Uuid(), nullable=True),
        sa.Column("branch_id", sa.Uuid(), nullable=True),
        _when("at"),
        sa.Column("detail", sa.JSON(), nullable=False),
        _when("resolved_at", nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        _when("created_at"),
        _when("updated_at"),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index("ix_sync_conflicts_resolved_at", "sync_conflicts", ["resolved_at"])
    op.create_table(
        "sync_changes",
        sa.Column("seq", _SEQ, autoincrement=True, nullable=False),
        *_change_columns(),
        sa.Column("branch_id", sa.Uuid(), nullable=True),
        _when("received_at"),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_changes")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_changes_change_id")),
    )
    op.create_index("ix_sync_changes_node_id_seq", "sync_changes", ["node_id", "seq"])
    op.create_table(
        "sync_terminals",
        sa.Column("terminal_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("node_id", sa.String(length=32), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        _when("joined_at"),
        _when("last_seen_at", nullable=True),
        sa.Column("pulled_to", sa.BigInteger(), nullable=False),
        _when("revoked_at", nullable=True),
        sa.PrimaryKeyConstraint("terminal_id", name=op.f("pk_sync_terminals")),
    )


def downgrade() -> None:
    for name in ("sync_terminals", "sync_changes", "sync_conflicts", "sync_rows", "sync_outbox"):
        op.drop_table(name)
    op.drop_table("sync_state")
