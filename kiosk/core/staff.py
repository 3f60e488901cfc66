"""Staff accounts: a staff card plus a PIN, with lockout after repeated wrong PINs."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.clock import Clock
from kiosk.core.names import clean_card_number, clean_display_name
from kiosk.core.pin_policy import (
    PinPolicy,
    guess_day,
    next_guess_day_starts,
    pin_problem,
)
from kiosk.core.results import LockoutNotice, PinOutcome, PinResult, StaffSummary, WeakPin
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe
from kiosk.db.models import STAFF_ROLES, AuditEvent, Card, StaffAccount, Terminal
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput

log = logging.getLogger(__name__)

# Longer input cannot be a PIN; refusing it early keeps hashing cost bounded.
_MAX_PIN_INPUT = 64
LOCKOUT_EVENT = "staff_locked_out"


def summary_of(account: StaffAccount) -> StaffSummary:
    return StaffSummary(account.id, account.display_name, account.role)


def _lockout_notice(event: AuditEvent, name: str | None, terminal: str | None) -> LockoutNotice:
    detail = event.detail or {}
    minutes = detail.get("minutes")
    return LockoutNotice(
        staff_id=event.actor_id,
        display_name=name,
        at=event.at,
        locked_until=event.at + timedelta(minutes=minutes) if isinstance(minutes, int) else None,
        lockout_number=int(detail.get("lockout", 1)),
        daily_cap_reached=bool(detail.get("daily_cap", 0)),
        terminal=terminal,
    )


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
        policy: PinPolicy | None = None,
        hasher: PasswordHasher | None = None,
    ) -> None:
        """`policy` gives the whole PIN policy; without it, one is made from `max_attempts`
        and `lockout` with the other settings at their defaults."""
        if policy is None:
            if max_attempts < 1:
                raise ValueError("max_attempts must be at least 1")
            policy = PinPolicy(
                max_attempts=max_attempts,
                lockout=lockout,
                lockout_cap=max(lockout, PinPolicy.lockout_cap),
                daily_guesses=max(max_attempts, PinPolicy.daily_guesses),
            )
        self._session_factory = session_factory
        self._clock = clock
        self._terminal = TerminalRef(session_factory, terminal_id)
        self._policy = policy
        self._hasher = hasher or PasswordHasher()

    @property
    def policy(self) -> PinPolicy:
        return self._policy

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
        problem = pin_problem(pin, self._policy.min_length)
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
                    display_name=name,
                    role=role,
                    pin_hash=pin_hash,
                    pin_length=len(pin),
                    created_at=now,
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
            refusal = self._refusal(account, self._clock.now()) if account is not None else None
        now = self._clock.now()
        if pin_hash is None:
            with UnitOfWork(self._session_factory) as session:
                self._audit(session, now, "staff_pin_unknown_account", None, terminal_id, action)
            return PinResult(PinOutcome.UNKNOWN)
        if refusal is not None:
            with UnitOfWork(self._session_factory) as session:
                self._audit(session, now, refusal[0], staff_id, terminal_id, action)
            return PinResult(PinOutcome.LOCKED, locked_until=refusal[1])
        matches = self._pin_matches(pin_hash, pin)

        with UnitOfWork(self._session_factory) as session:
            account = session.scalars(
                select(StaffAccount).where(StaffAccount.id == staff_id).with_for_update()
            ).one()
            now = self._clock.now()
            refusal = self._refusal(account, now)
            if refusal is not None:
                # Another terminal locked the account while this PIN was being hashed.
                self._audit(session, now, refusal[0], staff_id, terminal_id, action)
                return PinResult(PinOutcome.LOCKED, locked_until=refusal[1])
            self._count_judged_guess(account, now)
            if matches:
                return self._accept(session, account, pin, now, terminal_id, action)
            return self._reject(session, account, now, terminal_id, action)

    def _refusal(self, account: StaffAccount, now: datetime) -> tuple[str, datetime] | None:
        """(audit event, until when) if this account's PIN may not be judged now."""
        if account.locked_until is not None and account.locked_until > now:
            return "staff_pin_refused_locked", account.locked_until
        if (
            account.guess_day == guess_day(now)
            and account.guesses_on_day >= self._policy.daily_guesses
        ):
            return "staff_pin_refused_daily_cap", next_guess_day_starts(now)
        return None

    @staticmethod
    def _count_judged_guess(account: StaffAccount, now: datetime) -> None:
        today = guess_day(now)
        if account.guess_day != today:
            account.guess_day = today
            account.guesses_on_day = 0
        account.guesses_on_day += 1

    def _accept(
        self,
        session: Session,
        account: StaffAccount,
        pin: str,
        now: datetime,
        terminal_id: uuid.UUID,
        action: str,
    ) -> PinResult:
        account.failed_attempts = 0
        account.lockouts = 0
        account.locked_until = None
        if account.pin_length is None:
            account.pin_length = len(pin)  # learnt from a PIN set before lengths were kept
        if self._hasher.check_needs_rehash(account.pin_hash):
            account.pin_hash = self._hasher.hash(pin)
        self._audit(session, now, "staff_pin_ok", account.id, terminal_id, action)
        return PinResult(PinOutcome.OK, staff=summary_of(account))

    def _reject(
        self,
        session: Session,
        account: StaffAccount,
        now: datetime,
        terminal_id: uuid.UUID,
        action: str,
    ) -> PinResult:
        policy = self._policy
        account.failed_attempts += 1
        out_of_guesses = account.guesses_on_day >= policy.daily_guesses
        if account.failed_attempts >= policy.max_attempts or out_of_guesses:
            account.failed_attempts = 0
            account.lockouts += 1
            until = now + policy.lockout_length(account.lockouts)
            if out_of_guesses:
                until = max(until, next_guess_day_starts(now))
            account.locked_until = until
            minutes = max(1, round((until - now).total_seconds() / 60))
            self._audit(
                session, now, LOCKOUT_EVENT, account.id, terminal_id, action,
                minutes=minutes, lockout=account.lockouts, daily_cap=int(out_of_guesses),
            )  # fmt: skip
            log.warning(
                "staff account %s locked for %d minutes after wrong PINs (lockout %d)",
                account.id, minutes, account.lockouts,
            )  # fmt: skip
            return PinResult(PinOutcome.LOCKED, attempts_left=0, locked_until=until)
        left = policy.max_attempts - account.failed_attempts
        self._audit(
            session, now, "staff_pin_wrong", account.id, terminal_id, action, attempts_left=left
        )
        return PinResult(PinOutcome.WRONG_PIN, attempts_left=left)

    def recent_lockouts(self, since: datetime) -> tuple[LockoutNotice, ...]:
        """Lockouts from `since` on, newest first, for the staff console. No PINs, no card
        numbers. Raises DatabaseUnavailable when the database cannot be read."""
        query = (
            select(AuditEvent, StaffAccount.display_name, Terminal.code)
            .outerjoin(StaffAccount, StaffAccount.id == AuditEvent.actor_id)
            .outerjoin(Terminal, Terminal.id == AuditEvent.terminal_id)
            .where(AuditEvent.action == LOCKOUT_EVENT, AuditEvent.at >= since)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        )
        try:
            with UnitOfWork(self._session_factory, write=False) as session:
                return tuple(
                    _lockout_notice(event, name, terminal)
                    for event, name, terminal in session.execute(query)
                )
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc

    def list_staff(self) -> tuple[StaffSummary, ...]:
        query = select(StaffAccount).order_by(StaffAccount.display_name, StaffAccount.id)
        try:
            with UnitOfWork(self._session_factory, write=False) as session:
                return tuple(summary_of(account) for account in session.scalars(query))
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc

    def weak_pins(self) -> tuple[WeakPin, ...]:
        """Accounts whose PIN is shorter than the policy asks, or of unknown length (set before
        lengths were kept and not used since), by name."""
        query = select(StaffAccount).order_by(StaffAccount.display_name, StaffAccount.id)
        try:
            with UnitOfWork(self._session_factory, write=False) as session:
                return tuple(
                    WeakPin(summary_of(account), account.pin_length)
                    for account in session.scalars(query)
                    if self._policy.is_weak(account.pin_length)
                )
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc

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
