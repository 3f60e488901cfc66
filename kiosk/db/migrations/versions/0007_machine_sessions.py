"""machine sessions (unlocks through a relay channel) and problem reports

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 03:10:00

New tables only; no stored row changes. The reasons are frozen here as they were when this was
written: a later list needs a later migration for its check constraint.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = ("patron", "staff")
_END_REASONS = ("time_up", "job_finished", "staff_lock", "lock_all", "controller")
_PROBLEMS = ("jammed", "not_heating", "damaged", "missing_parts", "dirty", "other")
_OPEN = sa.text("ended_at IS NULL")
_UNRESOLVED = sa.text("resolved_at IS NULL")


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
        "machine_sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("reservation_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("relay_name", sa.String(length=40), nullable=True),
        sa.Column("relay_channel", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("planned_end", sa.DateTime(timezone=True), nullable=False),
        sa.Column("unlock_confirmed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kept_on_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("end_reason", sa.String(length=16), nullable=True),
        *_tracked(),
        sa.CheckConstraint(f"kind IN ({_in(_KINDS)})", name=op.f("ck_machine_sessions_kind")),
        sa.CheckConstraint(
            f"end_reason IS NULL OR end_reason IN ({_in(_END_REASONS)})",
            name=op.f("ck_machine_sessions_end_reason"),
        ),
        sa.CheckConstraint(
            "planned_end > started_at", name=op.f("ck_machine_sessions_planned_after_start")
        ),
        sa.CheckConstraint(
            "(ended_at IS NULL) = (end_reason IS NULL)",
            name=op.f("ck_machine_sessions_ended_with_reason"),
        ),
        sa.CheckConstraint(
            "(relay_name IS NULL AND relay_channel IS NULL) OR (relay_name IS NOT NULL "
            "AND relay_channel >= 1)",
            name=op.f("ck_machine_sessions_relay_binding"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["equipment_items.id"],
            name=op.f("fk_machine_sessions_item_id_equipment_items"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_machine_sessions_patron_id_patrons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_accounts.id"],
            name=op.f("fk_machine_sessions_staff_id_staff_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_machine_sessions")),
    )
    with op.batch_alter_table("machine_sessions", schema=None) as batch_op:
        for column in ("item_id", "reservation_id", "patron_id", "staff_id"):
            batch_op.create_index(
                batch_op.f(f"ix_machine_sessions_{column}"), [column], unique=False
            )
        batch_op.create_index(
            "uq_machine_sessions_open_item",
            ["item_id"],
            unique=True,
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        )
    op.create_table(
        "problem_reports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=True),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(f"reason IN ({_in(_PROBLEMS)})", name=op.f("ck_problem_reports_reason")),
        sa.CheckConstraint(
            "(resolved_at IS NULL) OR (resolved_at >= reported_at)",
            name=op.f("ck_problem_reports_resolved_after"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["equipment_items.id"],
            name=op.f("fk_problem_reports_item_id_equipment_items"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_problem_reports_patron_id_patrons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["machine_sessions.id"],
            name=op.f("fk_problem_reports_session_id_machine_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by"],
            ["staff_accounts.id"],
            name=op.f("fk_problem_reports_resolved_by_staff_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problem_reports")),
    )
    with op.batch_alter_table("problem_reports", schema=None) as batch_op:
        for column in ("item_id", "patron_id", "session_id"):
            batch_op.create_index(
                batch_op.f(f"ix_problem_reports_{column}"), [column], unique=False
            )
        batch_op.create_index(
            "ix_problem_reports_unresolved",
            ["item_id"],
            unique=False,
            sqlite_where=_UNRESOLVED,
            postgresql_where=_UNRESOLVED,
        )


def downgrade() -> None:
    op.drop_table("problem_reports")
    op.drop_table("machine_sessions")
