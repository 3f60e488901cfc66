"""file contents at the central store, by SHA-256 and in chunks

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 00:25:00

New tables only (kiosk.db.models_sync): like `sync_changes`, they exist on every database and
are used at the central store only.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "file_contents",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_file_contents")),
    )
    op.create_table(
        "file_content_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("chunk_no", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "chunk_no", name=op.f("pk_file_content_chunks")),
    )


def downgrade() -> None:
    op.drop_table("file_content_chunks")
    op.drop_table("file_contents")
