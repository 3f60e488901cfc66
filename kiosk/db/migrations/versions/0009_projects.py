"""projects, interest tags, collaborators, stored files, reviews, patron notices

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 03:10:00

New tables only; no stored row changes. The sharing choices, licences, statuses, member roles,
file roles and review decisions are frozen here as they were when this was written: a later
list needs a later migration for its check constraint.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "interest_tags",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("name_key", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interest_tags")),
        sa.UniqueConstraint("name_key", name=op.f("uq_interest_tags_name_key")),
    )
    op.create_table(
        "projects",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("licence", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("hidden_by", sa.Uuid(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "licence IN ('all_rights_reserved', 'cc_by', 'cc_by_sa', 'cc_by_nc', 'cc0')",
            name=op.f("ck_projects_licence"),
        ),
        sa.CheckConstraint("sharing IN ('private', 'showcase')", name=op.f("ck_projects_sharing")),
        sa.CheckConstraint(
            "status IN ('submitted', 'returned', 'approved', 'rejected', 'printing', 'printed')",
            name=op.f("ck_projects_status"),
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branches.id"],
            name=op.f("fk_projects_branch_id_branches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_projects_branch_id"), ["branch_id"], unique=False)
        batch_op.create_index(
            "ix_projects_status_submitted_at", ["status", "submitted_at"], unique=False
        )

    op.create_table(
        "patron_notices",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_patron_notices_patron_id_patrons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patron_notices")),
    )
    with op.batch_alter_table("patron_notices", schema=None) as batch_op:
        batch_op.create_index(
            "ix_patron_notices_patron_id_seen_at", ["patron_id", "seen_at"], unique=False
        )

    op.create_table(
        "project_files",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("clean_name", sa.String(length=255), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("added_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "role IN ('model', 'photo', 'staff_gcode')", name=op.f("ck_project_files_role")
        ),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_project_files_sha256")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_project_files_size")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_files_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_files")),
    )
    with op.batch_alter_table("project_files", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_files_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_project_files_sha256"), ["sha256"], unique=False)

    op.create_table(
        "project_members",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("nickname", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "role IN ('owner', 'collaborator')", name=op.f("ck_project_members_role")
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_project_members_patron_id_patrons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_members_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_members")),
        sa.UniqueConstraint("project_id", "patron_id", name="uq_project_members_project_patron"),
    )
    with op.batch_alter_table("project_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_members_patron_id"), ["patron_id"], unique=False
        )

    op.create_table(
        "project_reviews",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("feedback", sa.String(length=1000), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "decision IN ('approve', 'return', 'reject')", name=op.f("ck_project_reviews_decision")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_reviews_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_accounts.id"],
            name=op.f("fk_project_reviews_staff_id_staff_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_reviews")),
    )
    with op.batch_alter_table("project_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_reviews_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_project_reviews_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "project_tags",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("tag_id", sa.Uuid(), nullable=True),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("label_key", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_tags_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["interest_tags.id"],
            name=op.f("fk_project_tags_tag_id_interest_tags"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_tags")),
        sa.UniqueConstraint("project_id", "label_key", name="uq_project_tags_project_label"),
    )
    with op.batch_alter_table("project_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_tags_label_key"), ["label_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_tags_tag_id"), ["tag_id"], unique=False)


def downgrade() -> None:
    op.drop_table("project_tags")
    op.drop_table("project_reviews")
    op.drop_table("project_members")
    op.drop_table("project_files")
    op.drop_table("patron_notices")
    op.drop_table("projects")
    op.drop_table("interest_tags")
