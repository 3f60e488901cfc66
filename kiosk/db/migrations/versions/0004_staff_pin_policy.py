"""staff PIN policy: escalating lockouts, a daily cap of judged guesses, known PIN length

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff_accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lockouts", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("guess_day", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("guesses_on_day", sa.Integer(), server_default="0", nullable=False)
        )
        # Existing PINs' lengths are unknown (only hashes are stored) until next used.
        batch_op.add_column(sa.Column("pin_length", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_accounts", schema=None) as batch_op:
        batch_op.drop_column("pin_length")
        batch_op.drop_column("guesses_on_day")
        batch_op.drop_column("guess_day")
        batch_op.drop_column("lockouts")
