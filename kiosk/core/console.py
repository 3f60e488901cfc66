"""The staff console's use cases: who is in today, setting up a card, and the permission check
with its audit entry that every staff action passes through."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.card_codec import CardCodec, CardRejected
from kiosk.core.clock import Clock
from kiosk.core.patrons import MIN_BIRTH_YEAR, clean_display_name
from kiosk.core.permissions import StaffAction, allowed
from kiosk.core.results import (
    LockoutNotice,
    PatronMatch,
    PatronSummary,
    PresenceCounts,
    StaffSummary,
)
from kiosk.core.staff import summary_of
from kiosk.db.errors import database_errors
from kiosk.db.models import Card, Patron, StaffAccount, Visit
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound, PermissionDenied

log = logging.getLogger(__name__)

MAX_MATCHES = 8
# How far back the console lists staff lockouts.
LOCKOUTS_SHOWN = timedelta(days=1)
MIN_QUERY_CHARS = 2


class StaffConsoleService:
    """Thread-safe; one transaction per call. Every method takes the acting staff member's id
    and checks their role in the database, whatever the screen allowed."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        codec: CardCodec,
        clock: Clock,
        terminal_id: str,
        *,
        visit_window: timedelta,
        zone: tzinfo,
        lockouts: Callable[[datetime], tuple[LockoutNotice, ...]] = lambda _since: (),
    ) -> None:
        self._session_factory = session_factory
        self._lockouts = lockouts
        self._codec = codec
        self._clock = clock
        self._terminal = TerminalRef(session_factory, terminal_id)
        self._window = visit_window
        self._zone = zone

    # -- permissions -------------------------------------------------------------------------

    def authorize(self, staff_id: uuid.UUID, action: StaffAction) -> StaffSummary:
        """The staff member, if their role allows `action`; PermissionDenied otherwise. Both
        outcomes are audited."""
        with database_errors():
            terminal_id = self._terminal.id()  # before the write lock: it may write itself
            with UnitOfWork(self._session_factory) as session:
                summary, granted = self._check(session, staff_id, action, terminal_id)
            if not granted:
                raise PermissionDenied(f"a {summary.role} account may not {_describe(action)}")
            return summary

    def record_outcome(
        self, staff_id: uuid.UUID, action: StaffAction, detail: dict[str, object]
    ) -> None:
        """Audit how a device action ended (which controllers confirmed a lock, say)."""
        with database_errors():
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                record_event(
                    session,
                    at=self._clock.now(),
                    action=f"{action.value}_result",
                    actor_kind="staff",
                    actor_id=staff_id,
                    terminal_id=terminal_id,
                    detail=detail,
                )

    def _check(
        self, session: Session, staff_id: uuid.UUID, action: StaffAction, terminal_id: uuid.UUID
    ) -> tuple[StaffSummary, bool]:
        return check_staff_action(
            session, staff_id, action, at=self._clock.now(), terminal_id=terminal_id
        )

    def _require(
        self, session: Session, staff_id: uuid.UUID, action: StaffAction, terminal_id: uuid.UUID
    ) -> None:
        require_staff_action(
            session, staff_id, action, at=self._clock.now(), terminal_id=terminal_id
        )

    # -- today at a glance -------------------------------------------------------------------

    def recent_lockouts(self, staff_id: uuid.UUID) -> tuple[LockoutNotice, ...]:
        """Staff accounts locked after wrong PINs in the last day, newest first."""
        with database_errors():
            self.authorize(staff_id, StaffAction.OPEN_CONSOLE)
            return self._lockouts(self._clock.now() - LOCKOUTS_SHOWN)

    def presence(self, staff_id: uuid.UUID) -> PresenceCounts:
        with database_errors():
            self.authorize(staff_id, StaffAction.OPEN_CONSOLE)
            now = self._clock.now()
            local = now.astimezone(self._zone)
            midnight = datetime.combine(local.date(), time(0), tzinfo=self._zone)
            with UnitOfWork(self._session_factory, write=False) as session:
                today = session.scalar(
                    select(func.count(func.distinct(Visit.patron_id))).where(
                        Visit.checked_in_at >= midnight
                    )
                )
                in_now = session.scalar(
                    select(func.count(func.distinct(Visit.patron_id))).where(
                        Visit.checked_in_at > now - self._window
                    )
                )
            return PresenceCounts(
                int(today or 0), int(in_now or 0), int(self._window.total_seconds() // 60)
            )

    # -- setting up a card -------------------------------------------------------------------

    def find_patrons(self, staff_id: uuid.UUID, text: str) -> tuple[PatronMatch, ...]:
        query = clean_name_query(text)
        with database_errors():
            self.authorize(staff_id, StaffAction.SET_UP_CARD)
            with UnitOfWork(self._session_factory, write=False) as session:
                return patron_matches(session, query)

    def link_card(self, staff_id: uuid.UUID, scan_text: str, patron_id: uuid.UUID) -> PatronSummary:
        """Give an existing patron the card that was scanned; Conflict if it is in use."""
        identity = self._identity(scan_text)
        with database_errors(), self._refusals(staff_id):
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                self._require(session, staff_id, StaffAction.SET_UP_CARD, terminal_id)
                patron = session.get(Patron, patron_id)
                if patron is None:
                    raise NotFound("this patron is no longer in the database")
                self._refuse_taken(session, identity.card_number, patron_id)
                now = self._clock.now()
                self._give_card(session, patron, identity, "card_linked", staff_id, terminal_id)
                summary = PatronSummary(patron.id, patron.display_name, patron.minor_at(now.year))
            log.info("card linked to patron %s by staff %s", patron_id, staff_id)
            return summary

    def register_patron(
        self,
        staff_id: uuid.UUID,
        scan_text: str,
        display_name: str,
        birth_year: int | None,
    ) -> PatronSummary:
        """Enrol a new patron with the card that was scanned, in one transaction."""
        identity = self._identity(scan_text)
        try:
            name = clean_display_name(display_name)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        now = self._clock.now()
        if birth_year is not None and not MIN_BIRTH_YEAR <= birth_year <= now.year:
            raise InvalidInput(f"the birth year must be between {MIN_BIRTH_YEAR} and {now.year}")
        with database_errors(), self._refusals(staff_id):
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                self._require(session, staff_id, StaffAction.REGISTER_PATRON, terminal_id)
                self._refuse_taken(session, identity.card_number, None)
                patron = Patron(display_name=name, birth_year=birth_year, created_at=now)
                session.add(patron)
                session.flush()
                self._give_card(
                    session, patron, identity, "patron_registered", staff_id, terminal_id
                )
                summary = PatronSummary(patron.id, name, patron.minor_at(now.year))
            log.info("patron %s registered by staff %s", summary.patron_id, staff_id)
            return summary

    def _give_card(
        self,
        session: Session,
        patron: Patron,
        identity: _Identity,
        action: str,
        staff_id: uuid.UUID,
        terminal_id: uuid.UUID,
    ) -> None:
        now = self._clock.now()
        session.add(
            Card(
                card_number=identity.card_number,
                kind=identity.kind,
                patron_id=patron.id,
                issued_at=now,
            )
        )
        record_event(
            session,
            at=now,
            action=action,
            actor_kind="staff",
            actor_id=staff_id,
            subject_kind="patron",
            subject_id=patron.id,
            terminal_id=terminal_id,
            detail={"card_kind": identity.kind},
        )

    def _identity(self, scan_text: str) -> _Identity:
        try:
            identity = self._codec.decode(scan_text)
        except CardRejected as rejected:
            raise InvalidInput(f"this is not a card the kiosk can use ({rejected})") from None
        return _Identity(identity.card_number, identity.kind)

    @staticmethod
    def _refuse_taken(session: Session, number: str, patron_id: uuid.UUID | None) -> None:
        card = session.scalars(select(Card).where(Card.card_number == number)).one_or_none()
        if card is None:
            return
        if card.staff_id is not None:
            raise Conflict("this card is a staff card")
        if card.patron_id == patron_id:
            raise Conflict("this card is already set up for this patron")
        raise Conflict("this card is already set up for another patron")

    @contextmanager
    def _refusals(self, staff_id: uuid.UUID) -> Iterator[None]:
        """A refusal found inside a write rolls that write back; it is audited on its own
        (by `authorize`, which raises PermissionDenied) once the write lock is released."""
        try:
            yield
        except StaffActionRefused as refused:
            self.authorize(staff_id, refused.action)
            raise PermissionDenied(f"not allowed: {refused.action.value}") from None


def clean_name_query(text: str) -> str:
    """What staff typed to find a patron by name; InvalidInput when it is too short."""
    query = " ".join(text.split()).casefold()
    if len(query) < MIN_QUERY_CHARS:
        raise InvalidInput(f"type at least {MIN_QUERY_CHARS} letters of the name")
    return query


def patron_matches(session: Session, query: str) -> tuple[PatronMatch, ...]:
    """Patrons whose name starts with `query` (from clean_name_query), by name."""
    pattern = "%" + query.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")
    cards = (
        select(func.count(Card.id))
        .where(Card.patron_id == Patron.id, Card.revoked_at.is_(None))
        .scalar_subquery()
    )
    rows = session.execute(
        select(Patron.id, Patron.display_name, Patron.birth_year, cards)
        .where(func.lower(Patron.display_name).like(pattern + "%", escape="\\"))
        .order_by(Patron.display_name)
        .limit(MAX_MATCHES)
    ).all()
    return tuple(PatronMatch(row[0], row[1], row[2], int(row[3] or 0)) for row in rows)


class StaffActionRefused(Exception):
    """Raised inside a write by `require_staff_action`: the write rolls back, and the caller
    audits the refusal on its own with `check_staff_action` once the lock is released."""

    def __init__(self, action: StaffAction, role: str = "") -> None:
        super().__init__(action.value)
        self.action = action
        self.role = role


def check_staff_action(
    session: Session,
    staff_id: uuid.UUID,
    action: StaffAction,
    *,
    at: datetime,
    terminal_id: uuid.UUID,
) -> tuple[StaffSummary, bool]:
    """Whether the staff member's role, as the database holds it now, allows `action`; the
    answer is audited either way (granted or refused)."""
    account = session.get(StaffAccount, staff_id)
    if account is None:
        raise NotFound("this staff account no longer exists")
    granted = allowed(account.role, action)
    record_event(
        session,
        at=at,
        action="staff_action" if granted else "staff_action_refused",
        actor_kind="staff",
        actor_id=staff_id,
        terminal_id=terminal_id,
        detail={"action": action.value, "role": account.role},
    )
    if not granted:
        log.warning("staff %s refused %s (role %s)", staff_id, action.value, account.role)
    return summary_of(account), granted


def require_staff_action(
    session: Session,
    staff_id: uuid.UUID,
    action: StaffAction,
    *,
    at: datetime,
    terminal_id: uuid.UUID,
) -> None:
    """Inside a write: a granted action is audited with the change it makes; a refused one
    raises StaffActionRefused (which rolls the write back)."""
    account = session.get(StaffAccount, staff_id)
    if account is None:
        raise NotFound("this staff account no longer exists")
    if not allowed(account.role, action):
        raise StaffActionRefused(action, account.role)
    record_event(
        session,
        at=at,
        action="staff_action",
        actor_kind="staff",
        actor_id=staff_id,
        terminal_id=terminal_id,
        detail={"action": action.value, "role": account.role},
    )


@dataclass(frozen=True)
class _Identity:
    card_number: str
    kind: str


def _describe(action: StaffAction) -> str:
    return action.value.replace("_", " ")
