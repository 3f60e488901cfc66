"""kit loans, one open loan per kit, and loan policies per branch and kind

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 03:10:00

New tables only. One open loan per kit is a partial unique index (`returned_at IS NULL`) on
both SQLite and PostgreSQL. The kinds are frozen here as they were when this was written.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
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
_OPEN = sa.text("returned_at IS NULL")


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "loans",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=True),
        sa.Column("lent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lent_by", sa.Uuid(), nullable=True),
        sa.Column("returned_by", sa.Uuid(), nullable=True),
        sa.Column("terminal_id", sa.Uuid(), nullable=True),
        sa.Column("return_terminal_id", sa.Uuid(), nullable=True),
        sa.Column("returned_as", sa.String(length=16), nullable=True),
        *_tracked(),
        sa.CheckConstraint("due_at > lent_at", name=op.f("ck_loans_due_after_lent")),
        sa.CheckConstraint(
            "returned_at IS NULL OR returned_at >= lent_at",
            name=op.f("ck_loans_returned_after_lent"),
        ),
        sa.CheckConstraint(
            "returned_at IS NOT NULL OR returned_by IS NULL",
            name=op.f("ck_loans_returned_by_open"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["equipment_items.id"],
            name=op.f("fk_loans_item_id_equipment_items"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_loans_patron_id_patrons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["lent_by"],
            ["staff_accounts.id"],
            name=op.f("fk_loans_lent_by_staff_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["returned_by"],
            ["staff_accounts.id"],
            name=op.f("fk_loans_returned_by_staff_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["terminal_id"],
            ["terminals.id"],
            name=op.f("fk_loans_terminal_id_terminals"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["return_terminal_id"],
            ["terminals.id"],
            name=op.f("fk_loans_return_terminal_id_terminals"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loans")),
    )
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.create_index(
            "uq_loans_open_item",
            ["item_id"],
            unique=True,
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        )
        batch_op.create_index(
            "ix_loans_patron_id_returned_at", ["patron_id", "returned_at"], unique=False
        )
        batch_op.create_index(
            "ix_loans_open_due_at",
            ["due_at"],
            unique=False,
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        )
    op.create_table(
        "loan_policies",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("loan_days", sa.Integer(), nullable=False),
        sa.Column("max_open_loans", sa.Integer(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(f"kind IN ({_in(_KINDS)})", name=op.f("ck_loan_policies_kind")),
        sa.CheckConstraint("loan_days BETWEEN 1 AND 365", name=op.f("ck_loan_policies_loan_days")),
        sa.CheckConstraint(
            "max_open_loans BETWEEN 1 AND 50", name=op.f("ck_loan_policies_max_open")
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branches.id"],
            name=op.f("fk_loan_policies_branch_id_branches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_policies")),
        sa.UniqueConstraint("branch_id", "kind", name="uq_loan_policies_branch_kind"),
    )


def downgrade() -> None:
    op.drop_table("loan_policies")
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.drop_index("ix_loans_open_due_at")
        batch_op.drop_index("ix_loans_patron_id_returned_at")
        batch_op.drop_index("uq_loans_open_item")
    op.drop_table("loans")
