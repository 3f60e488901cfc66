"""equipment items per branch: kind, icon, training, flags, relay and printer bindings, state

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 02:00:00

A new table only; no stored row changes. The kinds, icons and states are frozen here as they
were when this was written: a later list needs a later migration for its check constraint.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = (
    "3d_printer",
    "laser_cutter",
    "vinyl_cutter",
    "sewing_machine",
    "arduino_kit",
    "laptop",
    "other",
)
_ICONS = ("printer", "laser", "vinyl", "sewing", "circuit", "laptop", "tool")
_STATES = ("free", "reserved", "in_use", "needs_check", "out_of_order", "retired")
_LIVE = sa.text("state <> 'retired'")


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def upgrade() -> None:
    op.create_table(
        "equipment_items",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_key", sa.String(length=80), nullable=False),
        sa.Column("icon", sa.String(length=16), nullable=False),
        sa.Column("required_training", sa.String(length=32), nullable=True),
        sa.Column("reservable", sa.Boolean(), nullable=False),
        sa.Column("lendable", sa.Boolean(), nullable=False),
        sa.Column("relay_name", sa.String(length=40), nullable=True),
        sa.Column("relay_channel", sa.Integer(), nullable=True),
        sa.Column("printer_name", sa.String(length=40), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("state_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state_changed_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(f"kind IN ({_in(_KINDS)})", name=op.f("ck_equipment_items_kind")),
        sa.CheckConstraint(f"icon IN ({_in(_ICONS)})", name=op.f("ck_equipment_items_icon")),
        sa.CheckConstraint(f"state IN ({_in(_STATES)})", name=op.f("ck_equipment_items_state")),
        sa.CheckConstraint(
            "(relay_name IS NULL AND relay_channel IS NULL) OR (relay_name IS NOT NULL "
            "AND relay_channel BETWEEN 1 AND 16)",
            name=op.f("ck_equipment_items_relay_binding"),
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branches.id"],
            name=op.f("fk_equipment_items_branch_id_branches"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment_items")),
    )
    with op.batch_alter_table("equipment_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_equipment_items_branch_id"), ["branch_id"], unique=False
        )
        batch_op.create_index(
            "uq_equipment_items_branch_name",
            ["branch_id", "name_key"],
            unique=True,
            sqlite_where=_LIVE,
            postgresql_where=_LIVE,
        )
        batch_op.create_index(
            "uq_equipment_items_relay_channel",
            ["branch_id", "relay_name", "relay_channel"],
            unique=True,
        )


def downgrade() -> None:
    op.drop_table("equipment_items")
