"""print jobs and the print queue

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 03:10:00

A new table only. A job belongs to its branch, and a printer is named per branch: two branches
may each have a printer "prusa", and at most one job is active per printer of a branch. The
statuses and failure codes are frozen here as they were when this was
written: a later list needs a later migration for its check constraint.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STATUSES = ("queued", "sending", "printing", "paused", "done", "failed", "cancelled")
_ACTIVE = ("sending", "printing", "paused")
_FAILURES = (
    "printer_reset",
    "halted",
    "emergency_stop",
    "cancelled",
    "printer_error",
    "rejected",
    "unreachable",
    "file_missing",
    "past_closing",
    "booked",
    "interrupted",
)


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


_ACTIVE_WHERE = sa.text(f"status IN ({_in(_ACTIVE)})")


def upgrade() -> None:
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        sa.Column("printer_name", sa.String(length=40), nullable=False),
        sa.Column("gcode_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=120), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=True),
        sa.Column("queued_by", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failure_code", sa.String(length=24), nullable=True),
        sa.Column("failure_detail", sa.String(length=240), nullable=True),
        sa.Column("estimated_seconds", sa.Integer(), nullable=True),
        sa.Column("requeued_from", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(f"status IN ({_in(_STATUSES)})", name=op.f("ck_print_jobs_status")),
        sa.CheckConstraint(
            f"failure_code IS NULL OR failure_code IN ({_in(_FAILURES)})",
            name=op.f("ck_print_jobs_failure_code"),
        ),
        sa.CheckConstraint("progress >= 0 AND progress <= 1", name=op.f("ck_print_jobs_progress")),
        sa.CheckConstraint(
            "estimated_seconds IS NULL OR estimated_seconds >= 0",
            name=op.f("ck_print_jobs_estimated_seconds"),
        ),
        sa.CheckConstraint("length(gcode_sha256) = 64", name=op.f("ck_print_jobs_gcode_sha256")),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branches.id"],
            name=op.f("fk_print_jobs_branch_id_branches"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_print_jobs_project_id_projects"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["queued_by"],
            ["staff_accounts.id"],
            name=op.f("fk_print_jobs_queued_by_staff_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["requeued_from"],
            ["print_jobs.id"],
            name=op.f("fk_print_jobs_requeued_from_print_jobs"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_jobs")),
    )
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_jobs_project_id"), ["project_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_print_jobs_requeued_from"), ["requeued_from"], unique=False
        )
        batch_op.create_index(
            "ix_print_jobs_branch_printer_status_position",
            ["branch_id", "printer_name", "status", "position"],
            unique=False,
        )
        batch_op.create_index(
            "uq_print_jobs_one_active_per_branch_printer",
            ["branch_id", "printer_name"],
            unique=True,
            sqlite_where=_ACTIVE_WHERE,
            postgresql_where=_ACTIVE_WHERE,
        )


def downgrade() -> None:
    op.drop_table("print_jobs")
