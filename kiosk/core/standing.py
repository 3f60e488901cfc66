"""A patron's standing at a moment: minor or not, guardian consent, valid trainings, and
whether the current waiver still needs their acceptance.

Read inside the caller's transaction, so a booking or an unlock decides on the same snapshot it
writes in. Every answer is computed from the rows and `at`; nothing is cached."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from kiosk.core.training_views import PatronStanding
from kiosk.db.models import Card, Patron
from kiosk.db.models_training import (
    Certification,
    GuardianConsent,
    Training,
    WaiverAcceptance,
    WaiverVersion,
)
from kiosk.errors import NotFound

__all__ = ["PatronStanding", "current_waiver", "load_standing", "valid_certifications"]


def load_standing(session: Session, patron_id: uuid.UUID, at: datetime) -> PatronStanding:
    """NotFound for an unknown patron."""
    patron = session.get(Patron, patron_id)
    if patron is None:
        raise NotFound("no such patron")
    consent = session.scalar(
        select(
            exists().where(
                GuardianConsent.patron_id == patron_id,
                GuardianConsent.recorded_at <= at,
                or_(GuardianConsent.withdrawn_at.is_(None), GuardianConsent.withdrawn_at > at),
            )
        )
    )
    codes = session.scalars(
        select(Training.code)
        .join(Certification, Certification.training_id == Training.id)
        .where(Certification.patron_id == patron_id, *valid_certifications(at))
        .distinct()
    ).all()
    waiver = current_waiver(session, at)
    waiver_required: str | None = None
    if waiver is not None:
        accepted = session.scalar(
            select(
                exists().where(
                    WaiverAcceptance.patron_id == patron_id,
                    WaiverAcceptance.waiver_version_id == waiver.id,
                )
            )
        )
        if not accepted:
            waiver_required = waiver.version
    cards = session.execute(select(Card.revoked_at).where(Card.patron_id == patron_id)).all()
    card_revoked = bool(cards) and all(
        revoked is not None and revoked <= at for (revoked,) in cards
    )
    return PatronStanding(
        patron_id=patron_id,
        is_minor=patron.minor_at(at.year),
        guardian_consent=bool(consent),
        trainings=frozenset(codes),
        waiver_required=waiver_required,
        card_revoked=card_revoked,
    )


def valid_certifications(at: datetime) -> tuple[ColumnElement[bool], ...]:
    """Conditions on `Certification` for one that counts at `at`."""
    return (
        Certification.certified_at <= at,
        or_(Certification.expires_at.is_(None), Certification.expires_at > at),
        or_(Certification.revoked_at.is_(None), Certification.revoked_at > at),
    )


def current_waiver(session: Session, at: datetime) -> WaiverVersion | None:
    """The newest version published by `at`; None when no waiver was ever published."""
    return session.scalars(
        select(WaiverVersion)
        .where(WaiverVersion.published_at.is_not(None), WaiverVersion.published_at <= at)
        .order_by(WaiverVersion.published_at.desc(), WaiverVersion.id.desc())
        .limit(1)
    ).first()
