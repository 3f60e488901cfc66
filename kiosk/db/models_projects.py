"""Projects patrons submit, their files, tags, collaborators and staff reviews, and the notices
patrons see at their next check-in.

Project files are rows pointing into the content-addressed file store by SHA-256; the bytes
live in the data directory, not in the database. Interest tags are a staff-managed list; a
project's tag keeps its label when staff take the tag off the list (it becomes a free tag)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.models import Base, Tracked, _in, _uuid_pk
from kiosk.db.types import UTCDateTime

PROJECT_SHARING = ("private", "showcase")
PROJECT_LICENCES = ("all_rights_reserved", "cc_by", "cc_by_sa", "cc_by_nc", "cc0")
PROJECT_STATUSES = ("submitted", "returned", "approved", "rejected", "printing", "printed")
MEMBER_ROLES = ("owner", "collaborator")
FILE_ROLES = ("model", "photo", "staff_gcode")
REVIEW_DECISIONS = ("approve", "return", "reject")
PROJECT_TITLE_MAX = 80
PROJECT_DESCRIPTION_MAX = 1000
NICKNAME_MAX = 32
TAG_MAX = 32
FILE_KIND_MAX = 16
FILE_NAME_MAX = 255
FEEDBACK_MAX = 1000
NOTICE_KIND_MAX = 32


class Project(Tracked, Base):
    """`hidden` is set by staff to take a project off the showcase whatever its sharing."""

    __tablename__ = "projects"
    __table_args__ = (
        CheckConstraint(f"sharing IN ({_in(PROJECT_SHARING)})", name="sharing"),
        CheckConstraint(f"licence IN ({_in(PROJECT_LICENCES)})", name="licence"),
        CheckConstraint(f"status IN ({_in(PROJECT_STATUSES)})", name="status"),
        Index("ix_projects_status_submitted_at", "status", "submitted_at"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    branch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("branches.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(PROJECT_TITLE_MAX))
    description: Mapped[str] = mapped_column(String(PROJECT_DESCRIPTION_MAX), default="")
    sharing: Mapped[str] = mapped_column(String(16), default="private")
    licence: Mapped[str] = mapped_column(String(24), default="all_rights_reserved")
    status: Mapped[str] = mapped_column(String(16), default="submitted")
    hidden: Mapped[bool] = mapped_column(default=False)
    hidden_by: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ProjectMember(Tracked, Base):
    """A patron on a project; `nickname` is what the showcase shows instead of a first name."""

    __tablename__ = "project_members"
    __table_args__ = (
        CheckConstraint(f"role IN ({_in(MEMBER_ROLES)})", name="role"),
        UniqueConstraint("project_id", "patron_id", name="uq_project_members_project_patron"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    patron_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("patrons.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16), default="collaborator")
    nickname: Mapped[str | None] = mapped_column(String(NICKNAME_MAX))


class InterestTag(Tracked, Base):
    """The staff-managed list of interest tags patrons pick from; `name_key` is casefolded."""

    __tablename__ = "interest_tags"

    id: Mapped[uuid.UUID] = _uuid_pk()
    name: Mapped[str] = mapped_column(String(TAG_MAX))
    name_key: Mapped[str] = mapped_column(String(TAG_MAX), unique=True)


class ProjectTag(Tracked, Base):
    """A tag on a project: one of the list (`tag_id`) or the patrons' own (`tag_id` NULL)."""

    __tablename__ = "project_tags"
    __table_args__ = (
        UniqueConstraint("project_id", "label_key", name="uq_project_tags_project_label"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    tag_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interest_tags.id", ondelete="SET NULL"), index=True
    )
    label: Mapped[str] = mapped_column(String(TAG_MAX))
    label_key: Mapped[str] = mapped_column(String(TAG_MAX), index=True)


class ProjectFile(Tracked, Base):
    """A file of a project in the content store; `added_by` is the staff member who attached
    a sliced G-code file (None for the patrons' own files)."""

    __tablename__ = "project_files"
    __table_args__ = (
        CheckConstraint(f"role IN ({_in(FILE_ROLES)})", name="role"),
        CheckConstraint("length(sha256) = 64", name="sha256"),
        CheckConstraint("size >= 0", name="size"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(FILE_KIND_MAX))
    clean_name: Mapped[str] = mapped_column(String(FILE_NAME_MAX))
    size: Mapped[int] = mapped_column(BigInteger)
    role: Mapped[str] = mapped_column(String(16))
    added_by: Mapped[uuid.UUID | None] = mapped_column(Uuid())


class ProjectReview(Tracked, Base):
    """One staff decision on a project; the feedback is for the patrons only, never shown
    in the showcase."""

    __tablename__ = "project_reviews"
    __table_args__ = (CheckConstraint(f"decision IN ({_in(REVIEW_DECISIONS)})", name="decision"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL"), index=True
    )
    decision: Mapped[str] = mapped_column(String(16))
    feedback: Mapped[str] = mapped_column(String(FEEDBACK_MAX), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class PatronNotice(Tracked, Base):
    """Something to tell a patron at their next check-in ("your print is ready"). `kind` is a
    code the screens word; `params` holds the values they fill in (never card numbers).
    Other features add kinds of their own, so the kinds are not constrained here."""

    __tablename__ = "patron_notices"
    __table_args__ = (Index("ix_patron_notices_patron_id_seen_at", "patron_id", "seen_at"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    patron_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrons.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(NOTICE_KIND_MAX))
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
