"""Keeping card numbers and names out of logs and the audit trail."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.clock import Clock
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe
from kiosk.db.models import AuditEvent, Card, Patron, Terminal, Visit
from kiosk.db.models_training import (
    Certification,
    GuardianConsent,
    Training,
    WaiverAcceptance,
    WaiverVersion,
)
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput, NotFound

log = logging.getLogger(__name__)


class LogRedactor:
    """Turns a card number into a short keyed hash: lines about one card can be matched up in
    a log, but the number cannot be read back or guessed from it without the key."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key if key is not None else secrets.token_bytes(16)

    def card_ref(self, card_number: str) -> str:
        digest = hmac.new(self._key, card_number.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"card#{digest[:12]}"


class PrivacyService:
    """Staff tools the library's privacy policy needs: give one patron everything stored
    about them, delete one patron, and drop visit history past the retention period.

    Thread-safe; one transaction per call. NotFound for an unknown patron,
    DatabaseUnavailable when the database cannot be used."""

    def __init__(self, session_factory: sessionmaker[Session], clock: Clock) -> None:
        self._session_factory = session_factory
        self._clock = clock

    def export_patron(self, patron_id: uuid.UUID) -> dict[str, Any]:
        """Everything stored about one patron, JSON-ready."""
        try:
            with UnitOfWork(self._session_factory, write=False) as session:
                patron = session.get(Patron, patron_id)
                if patron is None:
                    raise NotFound("no such patron")
                cards = session.scalars(
                    select(Card).where(Card.patron_id == patron_id).order_by(Card.issued_at)
                ).all()
                visits = session.execute(
                    select(Visit.checked_in_at, Terminal.code)
                    .outerjoin(Terminal, Terminal.id == Visit.terminal_id)
                    .where(Visit.patron_id == patron_id)
                    .order_by(Visit.checked_in_at)
                ).all()
                events = session.scalars(
                    select(AuditEvent)
                    .where(AuditEvent.subject_id == patron_id)
                    .order_by(AuditEvent.at)
                ).all()
                return {
                    "patron": {
                        "id": str(patron.id),
                        "display_name": patron.display_name,
                        "birth_year": patron.birth_year,
                        "is_minor": patron.is_minor,
                        "created_at": _iso(patron.created_at),
                    },
                    **_standing_records(session, patron_id),
                    "cards": [
                        {
                            "card_number": card.card_number,
                            "kind": card.kind,
                            "issued_at": _iso(card.issued_at),
                            "revoked_at": _iso(card.revoked_at),
                        }
                        for card in cards
                    ],
                    "visits": [{"at": _iso(at), "terminal": code} for at, code in visits],
                    "audit": [
                        {"at": _iso(event.at), "action": event.action, "detail": event.detail}
                        for event in events
                    ],
                }
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc

    def delete_patron(self, patron_id: uuid.UUID, *, staff_id: uuid.UUID | None = None) -> None:
        """Delete the patron with their cards, visits, certifications, waiver acceptances and
        guardian consents. The audit trail keeps only the
        fact and the id, so the deletion itself stays accountable."""
        try:
            with UnitOfWork(self._session_factory) as session:
                if session.get(Patron, patron_id) is None:
                    raise NotFound("no such patron")
                session.expunge_all()
                # The database cascades to every row of the patron's in the same statement.
                session.execute(delete(Patron).where(Patron.id == patron_id))
                record_event(
                    session,
                    at=self._clock.now(),
                    action="patron_deleted",
                    actor_kind="staff" if staff_id is not None else "system",
                    actor_id=staff_id,
                    subject_kind="patron",
                    subject_id=patron_id,
                )
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc
        log.info("patron %s deleted", patron_id)

    def purge_visits(self, older_than: timedelta) -> int:
        """Drop visits older than the retention period; returns how many went."""
        if older_than <= timedelta(0):
            raise InvalidInput("the retention period must be positive")
        cutoff = self._clock.now() - older_than
        try:
            with UnitOfWork(self._session_factory) as session:
                removed = session.execute(delete(Visit).where(Visit.checked_in_at < cutoff))
                count = int(getattr(removed, "rowcount", 0) or 0)
                record_event(
                    session,
                    at=self._clock.now(),
                    action="visits_purged",
                    detail={"removed": count, "older_than_days": older_than.days},
                )
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc
        log.info("purged %d visits past retention", count)
        return count


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _standing_records(session: Session, patron_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """The patron's certifications, waiver acceptances and guardian consents."""
    certifications = session.execute(
        select(Certification, Training.code)
        .join(Training, Training.id == Certification.training_id)
        .where(Certification.patron_id == patron_id)
        .order_by(Certification.certified_at)
    ).all()
    acceptances = session.execute(
        select(WaiverAcceptance.accepted_at, WaiverVersion.version)
        .join(WaiverVersion, WaiverVersion.id == WaiverAcceptance.waiver_version_id)
        .where(WaiverAcceptance.patron_id == patron_id)
        .order_by(WaiverAcceptance.accepted_at)
    ).all()
    consents = session.scalars(
        select(GuardianConsent)
        .where(GuardianConsent.patron_id == patron_id)
        .order_by(GuardianConsent.recorded_at)
    ).all()
    return {
        "certifications": [
            {
                "training": code,
                "certified_at": _iso(row.certified_at),
                "expires_at": _iso(row.expires_at),
                "revoked_at": _iso(row.revoked_at),
            }
            for row, code in certifications
        ],
        "waiver_acceptances": [
            {"version": version, "accepted_at": _iso(at)} for at, version in acceptances
        ],
        "guardian_consents": [
            {"recorded_at": _iso(row.recorded_at), "withdrawn_at": _iso(row.withdrawn_at)}
            for row in consents
        ],
    }
