"""Staff accounts: a staff card plus a PIN, with lockout after repeated wrong PINs."""

from __future__ import annotations

import itertools
import logging
import re
import uuid
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.clock import Clock
from kiosk.core.names import clean_card_number, clean_display_name
from kiosk.core.results import PinOutcome, PinResult, StaffSummary
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe
from kiosk.db.models import STAFF_ROLES, Card, StaffAccount
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput

log = logging.getLogger(__name__)

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
_PIN_RE = re.compile(rf"\d{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}")
# Longer input cannot be a PIN; refusing it early keeps hashing cost bounded.
_MAX_PIN_INPUT = 64


def pin_problem(pin: str) -> str | None:
    """Why a new PIN is refused, or None when it is acceptable."""
    if not _PIN_RE.fullmatch(pin):
        return f"a PIN is {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits"
    if len(set(pin)) == 1:
        return "a PIN may not repeat one digit"
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        return "a PIN may not be a run of consecutive digits"
    return None


def summary_of(account: StaffAccount) -> StaffSummary:
    return StaffSummary(account.id, account.display_name, account.role)


class StaffAuthService:
    """Thread-safe; one transaction per call. PINs are stored only as argon2 hashes."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        terminal_id: str,
        max_attempts: int = 5,
        lockout: timedelta = timedelta(minutes=15),
        *,
        hasher: PasswordHasher | None = None,
    ) -> None:
        if max_attempts < 1:
            raise InvalidInput("max_attempts must be at least 1")
        self._session_factory = session_factory
        self._clock = clock
        self._terminal = TerminalRef(session_factory, terminal_id)
        self._max_attempts = max_attempts
        self._lockout = lockout
        self._hasher = hasher or PasswordHasher()

    def add_staff(
        self, display_name: str, card_number: str, pin: str, role: str = "staff"
    ) -> StaffSummary:
        """Raises InvalidInput (clear message) for bad input, Conflict for a card number in use,
        and
        DatabaseUnavailable when the database cannot be written."""
        name = clean_display_name(display_name)
        if role not in STAFF_ROLES:
            raise InvalidInput(f"role must be one of: {', '.join(STAFF_ROLES)}")
        number = clean_card_number(card_number)
        problem = pin_problem(pin)
        if problem is not None:
            raise InvalidInput(problem)
        pin_hash = self._hasher.hash(pin)
        try:
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                taken = session.scalar(select(Card.id).where(Card.card_number == number))
                if taken is not None:
                    raise Conflict("that card number is already in use")
                now = self._clock.now()
                account = StaffAccount(
                    display_name=name, role=role, pin_hash=pin_hash, created_at=now
                )
                session.add(account)
                session.flush()
                session.add(
                    Card(card_number=number, kind="signed", staff_id=account.id, issued_at=now)
                )
                record_event(
                    session,
                    at=now,
                    action="staff_added",
                    subject_kind="staff",
                    subject_id=account.id,
                    terminal_id=terminal_id,
                    detail={"role": role},
                )
                summary = summary_of(account)
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc
        log.info("staff account %s added (role %s)", summary.staff_id, role)
        return summary

    def verify_pin(self, staff_id: uuid.UUID, pin: str, action: str) -> PinResult:
        """Check a PIN for `action` (e.g. "exit"). Writes an audit event whatever happens."""
        try:
            return self._verify(staff_id, pin, action)
        except DB_ERRORS as exc:
            log.warning("PIN check unavailable: %s", describe(exc))
            return PinResult(PinOutcome.UNAVAILABLE)
        except Exception:
            log.exception("PIN check failed unexpectedly")
            return PinResult(PinOutcome.UNAVAILABLE)

    def _verify(self, staff_id: uuid.UUID, pin: str, action: str) -> PinResult:
        terminal_id = self._terminal.id()
        # Hashing is slow on purpose; it runs outside the write transaction so check-ins on
        # this kiosk are not held up while it runs.
        with UnitOfWork(self._session_factory, write=False) as session:
            account = session.get(StaffAccount, staff_id)
            pin_hash = account.pin_hash if account is not None else None
            locked_until = account.locked_until if account is not None else None
        now = self._clock.now()
        if pin_hash is None:
            with UnitOfWork(self._session_factory) as session:
                self._audit(session, now, "staff_pin_unknown_account", None, terminal_id, action)
            return PinResult(PinOutcome.UNKNOWN)
        if locked_until is not None and locked_until > now:
            with UnitOfWork(self._session_factory) as session:
                self._audit(session, now, "staff_pin_refused_locked", staff_id, terminal_id, action)
            return PinResult(PinOutcome.LOCKED, locked_until=locked_until)
        matches = self._pin_matches(pin_hash, pin)

        with UnitOfWork(self._session_factory) as session:
            account = session.scalars(
                select(StaffAccount).where(StaffAccount.id == staff_id).with_for_update()
            ).one()
            now = self._clock.now()
            if account.locked_until is not None and account.locked_until > now:
                # Another terminal locked the account while this PIN was being hashed.
                self._audit(session, now, "staff_pin_refused_locked", staff_id, terminal_id, action)
                return PinResult(PinOutcome.LOCKED, locked_until=account.locked_until)
            if matches:
                account.failed_attempts = 0
                account.locked_until = None
                if self._hasher.check_needs_rehash(account.pin_hash):
                    account.pin_hash = self._hasher.hash(pin)
                self._audit(session, now, "staff_pin_ok", staff_id, terminal_id, action)
                return PinResult(PinOutcome.OK, staff=summary_of(account))
            account.failed_attempts += 1
            if account.failed_attempts >= self._max_attempts:
                account.failed_attempts = 0
                account.locked_until = now + self._lockout
                self._audit(session, now, "staff_locked_out", staff_id, terminal_id, action)
                log.warning("staff account %s locked after wrong PINs", staff_id)
                return PinResult(
                    PinOutcome.LOCKED, attempts_left=0, locked_until=account.locked_until
                )
            left = self._max_attempts - account.failed_attempts
            self._audit(
                session, now, "staff_pin_wrong", staff_id, terminal_id, action, attempts_left=left
            )
            return PinResult(PinOutcome.WRONG_PIN, attempts_left=left)

    def _pin_matches(self, pin_hash: str, pin: object) -> bool:
        if not isinstance(pin, str) or not pin or len(pin) > _MAX_PIN_INPUT:
            return False
        try:
            return self._hasher.verify(pin_hash, pin)
        except VerifyMismatchError:
            return False
        except (InvalidHashError, VerificationError):
            log.error("stored PIN hash cannot be checked; the PIN must be reset")
            return False

    @staticmethod
    def _audit(
        session: Session,
        now: datetime,
        event: str,
        staff_id: uuid.UUID | None,
        terminal_id: uuid.UUID,
        action: str,
        **extra: int,
    ) -> None:
        record_event(
            session,
            at=now,
            action=event,
            actor_kind="staff" if staff_id is not None else "system",
            actor_id=staff_id,
            terminal_id=terminal_id,
            detail={"for": action[:64], **extra},
        )
