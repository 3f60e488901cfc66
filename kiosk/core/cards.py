"""Issuing and revoking patrons' QR cards."""

from __future__ import annotations

import logging
import secrets
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.card_codec import CARD_NUMBER_RE
from kiosk.core.clock import Clock
from kiosk.core.names import clean_card_number
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe
from kiosk.db.models import Card, Patron
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput, NotFound

log = logging.getLogger(__name__)

# Crockford's alphabet: no I, L, O or U, so a number read aloud or typed is not misread.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_GROUP = 4
_ATTEMPTS = 8


def new_card_number(prefix: str = "MK") -> str:
    """e.g. MK-7F3K-9QX2: 40 random bits, short enough for a version 2 QR payload."""
    groups = ["".join(secrets.choice(_ALPHABET) for _ in range(_GROUP)) for _ in range(2)]
    return "-".join([prefix, *groups])


class CardService:
    """Thread-safe; one transaction per call. Raises NotFound for an unknown
    patron or card and DatabaseUnavailable when the database cannot be used."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        *,
        number_prefix: str = "MK",
    ) -> None:
        if not CARD_NUMBER_RE.fullmatch(new_card_number(number_prefix)):
            raise InvalidInput("card number prefix must be a few characters A-Z or 0-9")
        self._session_factory = session_factory
        self._clock = clock
        self._prefix = number_prefix

    def issue(self, patron_id: uuid.UUID) -> str:
        """A new signed card for the patron; returns its number. Older cards stay valid
        until revoked, so a replacement is issue() then revoke() of the lost one."""
        try:
            with UnitOfWork(self._session_factory) as session:
                if session.get(Patron, patron_id) is None:
                    raise NotFound("no such patron")
                number = self._unused_number(session)
                now = self._clock.now()
                session.add(
                    Card(card_number=number, kind="signed", patron_id=patron_id, issued_at=now)
                )
                record_event(
                    session,
                    at=now,
                    action="card_issued",
                    subject_kind="patron",
                    subject_id=patron_id,
                )
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc
        log.info("card issued to patron %s", patron_id)
        return number

    def revoke(self, card_number: str) -> bool:
        """Refuse this card from now on. False when it was already revoked."""
        number = clean_card_number(card_number)
        try:
            with UnitOfWork(self._session_factory) as session:
                card = session.scalars(select(Card).where(Card.card_number == number)).one_or_none()
                if card is None:
                    raise NotFound("no card with that number")
                if card.revoked_at is not None:
                    return False
                now = self._clock.now()
                card.revoked_at = now
                holder_kind = "patron" if card.patron_id is not None else "staff"
                record_event(
                    session,
                    at=now,
                    action="card_revoked",
                    subject_kind=holder_kind,
                    subject_id=card.patron_id or card.staff_id,
                )
                holder = card.patron_id or card.staff_id
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc
        log.info("card of %s %s revoked", holder_kind, holder)
        return True

    def _unused_number(self, session: Session) -> str:
        for _ in range(_ATTEMPTS):
            number = new_card_number(self._prefix)
            if session.scalar(select(Card.id).where(Card.card_number == number)) is None:
                return number
        # 40 random bits make this practically unreachable; failing loudly beats a loop.
        raise RuntimeError("could not find an unused card number")
