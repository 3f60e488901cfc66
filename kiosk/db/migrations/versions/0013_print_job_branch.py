"""print jobs belong to a branch: one active job per printer of a branch

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 01:00:00

Two branches may each name a printer "prusa"; at central (and at a terminal that pulled the
other branch's jobs) their active jobs must not collide. Existing jobs get their branch from,
in order: the branch central logged the job's change under (central), the branch this
terminal joined (sync), the only branch the database has. A job none of these tells the
branch of stops the upgrade with why, rather than being given a guessed branch.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ACTIVE_WHERE = sa.text("status IN ('sending', 'printing', 'paused')")

_jobs = sa.table("print_jobs", sa.column("id", sa.Uuid()), sa.column("branch_id", sa.Uuid()))
_branches = sa.table("branches", sa.column("id", sa.Uuid()))
_state = sa.table("sync_state", sa.column("branch_id", sa.Uuid()))
_changes = sa.table(
    "sync_changes",
    sa.column("seq", sa.BigInteger()),
    sa.column("table_name", sa.String()),
    sa.column("row_id", sa.Uuid()),
    sa.column("branch_id", sa.Uuid()),
)


def upgrade() -> None:
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("branch_id", sa.Uuid(), nullable=True))
    _backfill(op.get_bind())
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.alter_column("branch_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_print_jobs_branch_id_branches"),
            "branches",
            ["branch_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.drop_index("uq_print_jobs_one_active_per_printer")
        batch_op.drop_index("ix_print_jobs_printer_status_position")
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


def _backfill(bind: sa.Connection) -> None:
    unset = _jobs.c.branch_id.is_(None)
    logged = (
        sa.select(_changes.c.branch_id)
        .where(
            _changes.c.table_name == "print_jobs",
            _changes.c.row_id == _jobs.c.id,
            _changes.c.branch_id.is_not(None),
        )
        .order_by(_changes.c.seq.desc())
        .limit(1)
        .scalar_subquery()
    )
    bind.execute(sa.update(_jobs).where(unset).values(branch_id=logged))
    joined = bind.scalars(sa.select(_state.c.branch_id).where(_state.c.branch_id.is_not(None)))
    branch = joined.first()
    if branch is None:
        only = bind.scalars(sa.select(_branches.c.id).limit(2)).all()
        branch = only[0] if len(only) == 1 else None
    if branch is not None:
        bind.execute(sa.update(_jobs).where(unset).values(branch_id=branch))
    left = bind.scalar(sa.select(sa.func.count()).select_from(_jobs).where(unset))
    if left:
        raise RuntimeError(
            f"{left} print job(s) cannot be given a branch: the database has several branches "
            "and this terminal has not joined one; join it to its branch first "
            "('makerspace-kiosk terminal join'), then start the kiosk again"
        )


def downgrade() -> None:
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_index("uq_print_jobs_one_active_per_branch_printer")
        batch_op.drop_index("ix_print_jobs_branch_printer_status_position")
        batch_op.drop_constraint(batch_op.f("fk_print_jobs_branch_id_branches"), type_="foreignkey")
        batch_op.drop_column("branch_id")
        batch_op.create_index(
            "ix_print_jobs_printer_status_position",
            ["printer_name", "status", "position"],
            unique=False,
        )
        batch_op.create_index(
            "uq_print_jobs_one_active_per_printer",
            ["printer_name"],
            unique=True,
            sqlite_where=_ACTIVE_WHERE,
            postgresql_where=_ACTIVE_WHERE,
        )
