"""A card scan at the kiosk: who is it, and does this visit count."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.card_codec import CardCodec, CardIdentity, CardRejected, RejectReason
from kiosk.core.clock import Clock
from kiosk.core.privacy import LogRedactor
from kiosk.core.results import PatronSummary, ScanOutcome, ScanResult
from kiosk.core.staff import summary_of
from kiosk.db.errors import DB_ERRORS, describe
from kiosk.db.models import Card, Patron, StaffAccount, Visit
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput

log = logging.getLogger(__name__)


_FORGED_REASONS = (RejectReason.FORGED, RejectReason.UNKNOWN_KEY)


class CheckInService:
    """Thread-safe; each scan is one transaction. Never raises for a bad card or a database
    failure: the outcome says what happened."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        codec: CardCodec,
        clock: Clock,
        terminal_id: str,
        visit_window: timedelta,
        *,
        redactor: LogRedactor | None = None,
    ) -> None:
        if visit_window < timedelta(0):
            raise InvalidInput("visit_window must not be negative")
        self._session_factory = session_factory
        self._codec = codec
        self._clock = clock
        self._terminal = TerminalRef(session_factory, terminal_id)
        self._window = visit_window
        self._redactor = redactor or LogRedactor()

    def handle_scan(self, text: str) -> ScanResult:
        try:
            identity = self._codec.decode(text)
        except CardRejected as rejected:
            return self._rejected(rejected)
        except Exception:
            log.exception("card decoding failed unexpectedly")
            return ScanResult(ScanOutcome.MALFORMED)
        try:
            return self._check_in(identity)
        except DB_ERRORS as exc:
            log.warning("check-in unavailable: %s", describe(exc))
            return ScanResult(ScanOutcome.UNAVAILABLE)
        except Exception:
            log.exception("check-in failed unexpectedly")
            return ScanResult(ScanOutcome.UNAVAILABLE)

    def _rejected(self, rejected: CardRejected) -> ScanResult:
        # str(rejected) is log-safe by the codec's contract: it never holds the card number.
        log.info("scan rejected (%s): %s", rejected.reason.value, rejected)
        if rejected.reason is RejectReason.NOT_ACCEPTED:
            return ScanResult(ScanOutcome.LIBRARY_BARCODE)
        if rejected.reason is RejectReason.KIT_LABEL:
            return ScanResult(ScanOutcome.KIT_LABEL)
        if rejected.reason not in _FORGED_REASONS:
            return ScanResult(ScanOutcome.MALFORMED)
        try:
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                record_event(
                    session,
                    at=self._clock.now(),
                    action="forged_card_scan",
                    terminal_id=terminal_id,
                    detail={"reason": rejected.reason.value},
                )
        except DB_ERRORS as exc:
            # The patron still gets the right screen; only the trail entry is missing.
            log.warning("could not record a forged scan: %s", describe(exc))
        return ScanResult(ScanOutcome.FORGED_CARD)

    def _check_in(self, identity: CardIdentity) -> ScanResult:
        terminal_id = self._terminal.id()
        ref = self._redactor.card_ref(identity.card_number)
        with UnitOfWork(self._session_factory) as session:
            card = session.scalars(
                select(Card).where(Card.card_number == identity.card_number)
            ).one_or_none()
            now = self._clock.now()
            if card is None:
                log.info("scan of unknown %s (%s)", ref, identity.kind)
                return ScanResult(ScanOutcome.UNKNOWN_CARD)
            if card.revoked_at is not None:
                log.info("scan of revoked %s", ref)
                holder_kind = "patron" if card.patron_id is not None else "staff"
                record_event(
                    session,
                    at=now,
                    action="revoked_card_scan",
                    subject_kind=holder_kind,
                    subject_id=card.patron_id or card.staff_id,
                    terminal_id=terminal_id,
                )
                return ScanResult(ScanOutcome.REVOKED_CARD)
            if card.staff_id is not None:
                account = session.get(StaffAccount, card.staff_id)
                if account is None:
                    return ScanResult(ScanOutcome.UNKNOWN_CARD)
                record_event(
                    session,
                    at=now,
                    action="staff_card_scan",
                    actor_kind="staff",
                    actor_id=account.id,
                    terminal_id=terminal_id,
                )
                locked = account.locked_until
                return ScanResult(
                    ScanOutcome.STAFF,
                    staff=summary_of(account),
                    staff_locked_until=locked if locked is not None and locked > now else None,
                )
            # The patron row lock (a no-op on SQLite, whose write lock the unit of work already
            # holds) makes concurrent scans of one patron take turns, so only one counts.
            patron = session.scalars(
                select(Patron).where(Patron.id == card.patron_id).with_for_update()
            ).one()
            recent = session.scalar(
                select(Visit.checked_in_at)
                .where(Visit.patron_id == patron.id, Visit.checked_in_at > now - self._window)
                .order_by(Visit.checked_in_at)
                .limit(1)
            )
            counted = recent is None
            if counted:
                session.add(Visit(patron_id=patron.id, terminal_id=terminal_id, checked_in_at=now))
            summary = PatronSummary(patron.id, patron.display_name, patron.minor_at(now.year))
        log.info("check-in patron %s counted=%s", summary.patron_id, counted)
        return ScanResult(
            ScanOutcome.WELCOME,
            patron=summary,
            visit_counted=counted,
            checked_in_at=now if recent is None else recent,
        )
