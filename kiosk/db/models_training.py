"""Trainings staff certify patrons on, versioned waivers and acceptances, guardian consents.

Every fact is a row with its time and who recorded it, never a flag overwritten in place: a
certification that expires or is revoked, a consent that is withdrawn, stays as history, and a
patron's standing at a moment is read from the rows (kiosk.core.standing). `*_by` columns name
the staff account that acted (None: the command line, or data moved from before these tables)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.models import TRAINING_CODE_MAX, Base, Tracked, _uuid_pk
from kiosk.db.types import UTCDateTime

TRAINING_NAME_MAX = 80
WAIVER_VERSION_MAX = 32
LANGUAGE_CODE_MAX = 20
# A training valid for more than 50 years is one that never expires: leave validity empty.
VALIDITY_MONTHS_MAX = 600


class Training(Tracked, Base):
    """A training the library runs (library-wide); equipment names it by `code`."""

    __tablename__ = "trainings"
    __table_args__ = (
        CheckConstraint(
            f"validity_months IS NULL OR validity_months BETWEEN 1 AND {VALIDITY_MONTHS_MAX}",
            name="validity_months",
        ),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    code: Mapped[str] = mapped_column(String(TRAINING_CODE_MAX), unique=True)
    name: Mapped[str] = mapped_column(String(TRAINING_NAME_MAX))
    # None: a certification on it never expires.
    validity_months: Mapped[int | None] = mapped_column(Integer)


class Certification(Tracked, Base):
    """A patron certified on a training; counts from `certified_at` until it expires or is
    revoked. Certifying again adds a row (a renewal), so the history is kept."""

    __tablename__ = "certifications"
    __table_args__ = (
        Index("ix_certifications_patron_id_training_id", "patron_id", "training_id"),
        CheckConstraint(
            "expires_at IS NULL OR expires_at > certified_at", name="expires_after_certified"
        ),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    patron_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrons.id", ondelete="CASCADE"))
    training_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("trainings.id", ondelete="RESTRICT"), index=True
    )
    certified_at: Mapped[datetime] = mapped_column(UTCDateTime())
    certified_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL")
    )
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL")
    )


class WaiverVersion(Tracked, Base):
    """One version of the waiver, its text per language ({"en": "...", "es": "..."}).

    The newest published version is the current one. A version without `published_at` is a
    label patrons signed before the kiosk kept waiver texts (moved over by migration 0005);
    publishing that label later gives it its text and keeps those signatures."""

    __tablename__ = "waiver_versions"

    id: Mapped[uuid.UUID] = _uuid_pk()
    version: Mapped[str] = mapped_column(String(WAIVER_VERSION_MAX), unique=True)
    texts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The language the text falls back to when the patron's is missing.
    default_language: Mapped[str | None] = mapped_column(String(LANGUAGE_CODE_MAX))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    published_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL")
    )


class WaiverAcceptance(Tracked, Base):
    """A patron (or their guardian, for a minor) accepted a waiver version, once."""

    __tablename__ = "waiver_acceptances"
    __table_args__ = (
        Index(
            "uq_waiver_acceptances_patron_version",
            "patron_id",
            "waiver_version_id",
            unique=True,
        ),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    patron_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrons.id", ondelete="CASCADE"))
    waiver_version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("waiver_versions.id", ondelete="RESTRICT"), index=True
    )
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("terminals.id", ondelete="SET NULL")
    )


class GuardianConsent(Tracked, Base):
    """A guardian's consent for a minor, recorded by staff; at most one open per patron."""

    __tablename__ = "guardian_consents"
    __table_args__ = (
        Index("ix_guardian_consents_patron_id", "patron_id"),
        Index(
            "uq_guardian_consents_open",
            "patron_id",
            unique=True,
            sqlite_where=text("withdrawn_at IS NULL"),
            postgresql_where=text("withdrawn_at IS NULL"),
        ),
        CheckConstraint(
            "withdrawn_at IS NULL OR withdrawn_at >= recorded_at", name="withdrawn_after_recorded"
        ),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    patron_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrons.id", ondelete="CASCADE"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL")
    )
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL")
    )
