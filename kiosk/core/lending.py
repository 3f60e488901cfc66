"""Kit lending: borrow and return by scanning a kit's QR label, due dates from the branch's loan
policy, the overdue list, and one open loan per kit held by the database.

A patron borrows or returns at the kiosk after checking in (one call decides which, from the
kit's open loan); staff lend to a patron by scanning the kit's label and the patron's card, and
take kits back. Rules, in the order they are checked:

- the label must be a kiosk kit label signed with one of the card keys, for a kit of this
  branch that is lendable and not retired, out of order, waiting for a check or in use;
- the kit must not be on loan (the partial unique index on open loans settles a race between
  two terminals: the second one is told the kit is on loan, nothing is saved);
- the patron must have fewer open loans of that kind at this branch than the policy allows;
- a kit that requires a training needs that training valid today, the current waiver accepted
  and, for a minor, guardian consent on file (the patron's standing, from kiosk.core.standing).

Due dates: the end of the branch's local day `loan_days` days after the loan (a kit lent on
Monday for 7 days is due back by the end of the next Monday). A loan is overdue from then on.
A patron's return leaves the kit `needs_check` (nobody has looked inside); staff taking a kit
back say whether it is complete (`free`) or needs a check."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.card_codec import CardCodec, CardRejected, RejectReason
from kiosk.core.clock import Clock
from kiosk.core.console import StaffActionRefused, check_staff_action, require_staff_action
from kiosk.core.equipment_spec import clean_kind, name_key
from kiosk.core.lending_views import (
    DEFAULT_LOAN_DAYS,
    DEFAULT_MAX_OPEN_LOANS,
    KitAction,
    KitLabel,
    KitOutcome,
    KitPreview,
    KitStatus,
    LoanPolicyView,
    LoanRefusal,
    LoanRefused,
    LoanView,
)
from kiosk.core.permissions import StaffAction
from kiosk.core.standing import load_standing
from kiosk.core.training_views import PatronStanding
from kiosk.db.errors import database_errors
from kiosk.db.models import Branch, Card, EquipmentItem, Patron
from kiosk.db.models_lending import LOAN_DAYS_MAX, MAX_OPEN_LOANS_MAX, Loan, LoanPolicy
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput, NotFound, PermissionDenied
from kiosk.ids import branch_uuid

log = logging.getLogger(__name__)

_LABEL_REFUSALS = {
    RejectReason.PATRON_CARD: LoanRefusal.PATRON_CARD,
    RejectReason.FORGED: LoanRefusal.FORGED_LABEL,
    RejectReason.UNKNOWN_KEY: LoanRefusal.FORGED_LABEL,
}
_STATE_REFUSALS = {
    "retired": LoanRefusal.RETIRED,
    "out_of_order": LoanRefusal.OUT_OF_ORDER,
    "needs_check": LoanRefusal.NEEDS_CHECK,
    "reserved": LoanRefusal.BUSY,
    "in_use": LoanRefusal.BUSY,
}
# The state of a kit while it is out.
ON_LOAN_STATE = "in_use"


StandingLoader = Callable[[Session, uuid.UUID, datetime], PatronStanding]


class LendingService:
    """Thread-safe; one transaction per call, audited. Staff calls check the staff member's
    role in the database (StaffAction.LEND_KITS) whatever the screen allowed."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        codec: CardCodec,
        clock: Clock,
        *,
        branch_code: str,
        terminal_code: str,
        standing: StandingLoader = load_standing,
    ) -> None:
        self._session_factory = session_factory
        self._codec = codec
        self._clock = clock
        self._branch_code = branch_code
        self._branch_id = branch_uuid(branch_code)
        self._terminal = TerminalRef(session_factory, terminal_code)
        self._standing = standing

    # -- patrons at the kiosk ----------------------------------------------------------------

    def borrow_or_return(self, patron_id: uuid.UUID, label_text: str) -> KitOutcome:
        """The patron scanned a kit's label: return it if they have it, else borrow it.
        LoanRefused says why neither can happen; nothing is saved then."""
        item_id = self._item_id(label_text)
        with self._write() as (session, terminal_id):
            item = self._lock_item(session, item_id)
            loan = _open_loan(session, item.id)
            if loan is not None and loan.patron_id == patron_id:
                self._close(session, loan, item, None, terminal_id, needs_check=True)
                view = self._view(session, loan, item)
                outcome = KitOutcome(KitAction.RETURNED, view, loan.returned_as)
            else:
                patron = _lock_patron(session, patron_id)
                loan = self._open(session, item, patron, None, terminal_id)
                outcome = KitOutcome(KitAction.LENT, self._view(session, loan, item))
        log.info("kit %s %s by patron %s", item_id, outcome.action.value, patron_id)
        return outcome

    def check_kit(self, patron_id: uuid.UUID, label_text: str) -> KitPreview:
        """What scanning this label would do for the patron, for the screen to show before
        they confirm: return the kit they have, or lend it with the due date it would get.
        LoanRefused as borrow_or_return would refuse; nothing is saved."""
        item_id = self._item_id(label_text)
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            item = session.get(EquipmentItem, item_id)
            if item is None or item.branch_id != self._branch_id:
                raise LoanRefused(LoanRefusal.UNKNOWN_KIT)
            loan = _open_loan(session, item.id)
            zone = self._zone(session, item.branch_id)
            if loan is not None and loan.patron_id == patron_id:
                view = self._view(session, loan, item)
                return KitPreview(
                    KitAction.RETURNED, item.id, item.name, item.icon, view.due_on, view
                )
            if session.get(Patron, patron_id) is None:
                raise NotFound("this patron no longer exists")
            days = self._lendable(session, item, patron_id)
            due = due_at(self._clock.now(), days, zone)
            return KitPreview(KitAction.LENT, item.id, item.name, item.icon, due_on(due, zone))

    def return_loan(self, patron_id: uuid.UUID, loan_id: uuid.UUID) -> KitOutcome:
        """The patron returns a kit picked from their own loans (its label torn or out of
        reach). Left `needs_check`, as every return at the kiosk: staff look inside before it
        is lent again."""
        with self._write() as (session, terminal_id):
            loan = session.scalars(
                select(Loan).where(Loan.id == loan_id).with_for_update()
            ).one_or_none()
            if loan is None or loan.patron_id != patron_id or loan.returned_at is not None:
                raise LoanRefused(LoanRefusal.NOT_ON_LOAN)
            item = self._lock_item(session, loan.item_id)
            self._close(session, loan, item, None, terminal_id, needs_check=True)
            outcome = KitOutcome(
                KitAction.RETURNED, self._view(session, loan, item), loan.returned_as
            )
        log.info("kit %s returned from the list by patron %s", loan.item_id, patron_id)
        return outcome

    def patron_loans(self, patron_id: uuid.UUID) -> tuple[LoanView, ...]:
        """The patron's open loans, soonest due first."""
        query = (
            select(Loan, EquipmentItem)
            .join(EquipmentItem, EquipmentItem.id == Loan.item_id)
            .where(Loan.patron_id == patron_id, Loan.returned_at.is_(None))
            .order_by(Loan.due_at, Loan.id)
        )
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            return tuple(self._view(session, loan, item) for loan, item in session.execute(query))

    # -- staff -------------------------------------------------------------------------------

    def kit_status(self, staff_id: uuid.UUID, label_text: str) -> KitStatus:
        """The kit whose label staff scanned, with its open loan if it is out."""
        item_id = self._item_id(label_text)
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, terminal_id)
            item = session.get(EquipmentItem, item_id)
            if item is None or item.branch_id != self._branch_id:
                raise LoanRefused(LoanRefusal.UNKNOWN_KIT)
            return self._status(session, item)

    def lend(self, staff_id: uuid.UUID, label_text: str, card_text: str) -> LoanView:
        """Staff hand a kit to the patron whose card they scanned; the same rules as at the
        kiosk apply."""
        item_id = self._item_id(label_text)
        try:
            identity = self._codec.decode(card_text)
        except CardRejected:
            raise LoanRefused(LoanRefusal.UNKNOWN_CARD) from None
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, terminal_id)
            card = session.scalars(
                select(Card).where(Card.card_number == identity.card_number)
            ).one_or_none()
            if card is None or card.patron_id is None:
                raise LoanRefused(LoanRefusal.UNKNOWN_CARD)
            if card.revoked_at is not None:
                raise LoanRefused(LoanRefusal.CARD_REVOKED)
            item = self._lock_item(session, item_id)
            patron = _lock_patron(session, card.patron_id)
            loan = self._open(session, item, patron, staff_id, terminal_id)
            view = self._view(session, loan, item)
        log.info("kit %s lent by staff %s", item_id, staff_id)
        return view

    def take_back(self, staff_id: uuid.UUID, label_text: str, *, needs_check: bool) -> LoanView:
        """Staff take a kit back: `free` again when they found it complete, else `needs_check`."""
        item_id = self._item_id(label_text)
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, terminal_id)
            item = self._lock_item(session, item_id)
            loan = _open_loan(session, item.id)
            if loan is None:
                raise LoanRefused(LoanRefusal.NOT_ON_LOAN)
            self._close(session, loan, item, staff_id, terminal_id, needs_check=needs_check)
            view = self._view(session, loan, item)
        log.info("kit %s taken back by staff %s", item_id, staff_id)
        return view

    def mark_checked(self, staff_id: uuid.UUID, label_text: str) -> KitStatus:
        """Staff looked inside a kit returned at the kiosk and found it complete: it may be
        lent again (`needs_check` becomes `free`; any other state is left as it is)."""
        item_id = self._item_id(label_text)
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, terminal_id)
            item = self._lock_item(session, item_id)
            before = item.state
            if before == "needs_check" and _open_loan(session, item.id) is None:
                now = self._clock.now()
                item.state, item.state_changed_at, item.state_changed_by = "free", now, staff_id
                record_event(
                    session,
                    at=now,
                    action="equipment_state",
                    actor_kind="staff",
                    actor_id=staff_id,
                    subject_kind="equipment",
                    subject_id=item.id,
                    terminal_id=terminal_id,
                    detail={"from": before, "to": item.state},
                )
            return self._status(session, item)

    def open_loans(self, staff_id: uuid.UUID) -> tuple[LoanView, ...]:
        """Every kit of this branch out on loan, overdue ones first (longest overdue first),
        then by due date."""
        return self._loans(staff_id, overdue_only=False)

    def overdue(self, staff_id: uuid.UUID) -> tuple[LoanView, ...]:
        return self._loans(staff_id, overdue_only=True)

    def _loans(self, staff_id: uuid.UUID, *, overdue_only: bool) -> tuple[LoanView, ...]:
        query = (
            select(Loan, EquipmentItem)
            .join(EquipmentItem, EquipmentItem.id == Loan.item_id)
            .where(Loan.returned_at.is_(None), EquipmentItem.branch_id == self._branch_id)
            .order_by(Loan.due_at, Loan.id)
        )
        if overdue_only:
            query = query.where(Loan.due_at <= self._clock.now())
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, terminal_id)
            return tuple(self._view(session, loan, item) for loan, item in session.execute(query))

    # -- policy and labels (command line, admin) ---------------------------------------------

    def policy(self, kind: str, *, branch: str | None = None) -> LoanPolicyView:
        code = branch or self._branch_code
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            days, max_open, default = _policy(session, branch_uuid(code), clean_kind(kind))
            return LoanPolicyView(code, clean_kind(kind), days, max_open, default)

    def set_policy(
        self,
        kind: str,
        *,
        loan_days: int,
        max_open_loans: int,
        branch: str | None = None,
        actor: uuid.UUID | None = None,
    ) -> LoanPolicyView:
        """Set how long a kit of `kind` is lent for at a branch, and how many one patron may
        have out at once."""
        kind = clean_kind(kind)
        if not 1 <= loan_days <= LOAN_DAYS_MAX:
            raise InvalidInput(f"loan days must be between 1 and {LOAN_DAYS_MAX}")
        if not 1 <= max_open_loans <= MAX_OPEN_LOANS_MAX:
            raise InvalidInput(f"open loans per patron must be between 1 and {MAX_OPEN_LOANS_MAX}")
        code = branch or self._branch_code
        with self._write() as (session, terminal_id):
            if session.get(Branch, branch_uuid(code)) is None:
                raise NotFound(f"no branch with the code {code[:64]!r} is known to this database")
            row = session.scalars(
                select(LoanPolicy)
                .where(LoanPolicy.branch_id == branch_uuid(code), LoanPolicy.kind == kind)
                .with_for_update()
            ).one_or_none()
            if row is None:
                row = LoanPolicy(branch_id=branch_uuid(code), kind=kind)
                session.add(row)
            row.loan_days, row.max_open_loans = loan_days, max_open_loans
            record_event(
                session,
                at=self._clock.now(),
                action="loan_policy_set",
                actor_kind="staff" if actor is not None else "system",
                actor_id=actor,
                terminal_id=terminal_id,
                detail={
                    "branch": code,
                    "kind": kind,
                    "days": loan_days,
                    "max_open": max_open_loans,
                },
            )
        return LoanPolicyView(code, kind, loan_days, max_open_loans, False)

    def kit_labels(
        self, names: Sequence[str] = (), *, branch: str | None = None
    ) -> tuple[tuple[KitLabel, ...], tuple[str, ...]]:
        """The labels of the branch's live lendable kits (or of those named), and the names
        asked for that are no such kit."""
        code = branch or self._branch_code
        query = (
            select(EquipmentItem)
            .where(
                EquipmentItem.branch_id == branch_uuid(code),
                EquipmentItem.lendable.is_(True),
                EquipmentItem.state != "retired",
            )
            .order_by(EquipmentItem.kind, EquipmentItem.name_key, EquipmentItem.id)
        )
        wanted = [name_key(name) for name in names]
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            items = list(session.scalars(query))
        if wanted:
            by_key = {item.name_key: item for item in items}
            missing = tuple(
                name for name, key in zip(names, wanted, strict=True) if key not in by_key
            )
            items = [by_key[key] for key in dict.fromkeys(wanted) if key in by_key]
        else:
            missing = ()
        labels = tuple(
            KitLabel(
                item_id=item.id,
                name=item.name,
                kind=item.kind,
                short_code=short_code(item.id),
                payload=self._codec.encode_kit_label(item.id),
            )
            for item in items
        )
        return labels, missing

    # -- helpers -----------------------------------------------------------------------------

    def _item_id(self, label_text: str) -> uuid.UUID:
        try:
            return self._codec.decode_kit_label(label_text)
        except CardRejected as rejected:
            code = _LABEL_REFUSALS.get(rejected.reason, LoanRefusal.NOT_A_LABEL)
            log.info("kit label refused (%s): %s", rejected.reason.value, rejected)
            if code is LoanRefusal.FORGED_LABEL:
                self._record_forged(rejected.reason)
            raise LoanRefused(code) from None

    def _record_forged(self, reason: RejectReason) -> None:
        with database_errors():
            terminal_id = self._terminal.id()
            with UnitOfWork(self._session_factory) as session:
                record_event(
                    session,
                    at=self._clock.now(),
                    action="forged_kit_label_scan",
                    terminal_id=terminal_id,
                    detail={"reason": reason.value},
                )

    def _lock_item(self, session: Session, item_id: uuid.UUID) -> EquipmentItem:
        item = session.scalars(
            select(EquipmentItem).where(EquipmentItem.id == item_id).with_for_update()
        ).one_or_none()
        if item is None or item.branch_id != self._branch_id:
            raise LoanRefused(LoanRefusal.UNKNOWN_KIT)
        return item

    def _open(
        self,
        session: Session,
        item: EquipmentItem,
        patron: Patron,
        staff_id: uuid.UUID | None,
        terminal_id: uuid.UUID,
    ) -> Loan:
        days = self._lendable(session, item, patron.id)
        now = self._clock.now()
        loan = Loan(
            item_id=item.id,
            patron_id=patron.id,
            lent_at=now,
            due_at=due_at(now, days, self._zone(session, item.branch_id)),
            lent_by=staff_id,
            terminal_id=terminal_id,
        )
        session.add(loan)
        before = item.state
        item.state, item.state_changed_at, item.state_changed_by = ON_LOAN_STATE, now, staff_id
        session.flush()  # the open-loan index speaks here, inside the use case
        detail = {"patron": str(patron.id), "due_at": loan.due_at.isoformat(), "from": before}
        self._audit(session, "kit_lent", loan, item, staff_id, terminal_id, detail)
        return loan

    def _lendable(self, session: Session, item: EquipmentItem, patron_id: uuid.UUID) -> int:
        """Refuses (LoanRefused) a loan of `item` to the patron; else the loan's days."""
        if item.state == "retired":
            raise LoanRefused(LoanRefusal.RETIRED)
        if not item.lendable:
            raise LoanRefused(LoanRefusal.NOT_LENDABLE)
        if _open_loan(session, item.id) is not None:
            raise LoanRefused(LoanRefusal.ON_LOAN)
        refusal = _STATE_REFUSALS.get(item.state)
        if refusal is not None:
            raise LoanRefused(refusal)
        now = self._clock.now()
        days, max_open, _ = _policy(session, item.branch_id, item.kind)
        out = session.scalar(
            select(func.count())
            .select_from(Loan)
            .join(EquipmentItem, EquipmentItem.id == Loan.item_id)
            .where(
                Loan.patron_id == patron_id,
                Loan.returned_at.is_(None),
                EquipmentItem.branch_id == item.branch_id,
                EquipmentItem.kind == item.kind,
            )
        )
        if int(out or 0) >= max_open:
            raise LoanRefused(LoanRefusal.LIMIT_REACHED, {"limit": max_open})
        self._check_standing(session, patron_id, item.required_training, now)
        return days

    def _check_standing(
        self, session: Session, patron_id: uuid.UUID, training: str | None, now: datetime
    ) -> None:
        standing = self._standing(session, patron_id, now)
        # Every card of the patron revoked since they checked in: no new loan.
        if standing.card_revoked:
            raise LoanRefused(LoanRefusal.CARD_REVOKED)
        if training is None:
            return
        if standing.is_minor and not standing.guardian_consent:
            raise LoanRefused(LoanRefusal.NEEDS_CONSENT)
        if standing.waiver_required is not None:
            raise LoanRefused(LoanRefusal.NEEDS_WAIVER, {"version": standing.waiver_required})
        if training not in standing.trainings:
            raise LoanRefused(LoanRefusal.NEEDS_TRAINING, {"training": training})

    def _close(
        self,
        session: Session,
        loan: Loan,
        item: EquipmentItem,
        staff_id: uuid.UUID | None,
        terminal_id: uuid.UUID,
        *,
        needs_check: bool,
    ) -> None:
        now = self._clock.now()
        state = "needs_check" if needs_check else "free"
        loan.returned_at, loan.returned_by = now, staff_id
        loan.return_terminal_id, loan.returned_as = terminal_id, state
        before = item.state
        # A kit staff marked out of order while it was out stays so.
        if item.state == ON_LOAN_STATE:
            item.state, item.state_changed_at, item.state_changed_by = state, now, staff_id
        detail = {"overdue": now >= loan.due_at, "from": before, "to": item.state}
        self._audit(session, "kit_returned", loan, item, staff_id, terminal_id, detail)

    def _audit(
        self,
        session: Session,
        action: str,
        loan: Loan,
        item: EquipmentItem,
        staff_id: uuid.UUID | None,
        terminal_id: uuid.UUID,
        detail: Mapping[str, object],
    ) -> None:
        # At the kiosk the patron acts; at the console, the staff member.
        record_event(
            session,
            at=self._clock.now(),
            action=action,
            actor_kind="staff" if staff_id is not None else "patron",
            actor_id=staff_id or loan.patron_id,
            subject_kind="equipment",
            subject_id=item.id,
            terminal_id=terminal_id,
            detail={"loan": str(loan.id), **detail},
        )

    def _require(self, session: Session, staff_id: uuid.UUID, terminal_id: uuid.UUID) -> None:
        require_staff_action(
            session, staff_id, StaffAction.LEND_KITS, at=self._clock.now(), terminal_id=terminal_id
        )

    def _status(self, session: Session, item: EquipmentItem) -> KitStatus:
        loan = _open_loan(session, item.id)
        return KitStatus(
            item_id=item.id,
            name=item.name,
            kind=item.kind,
            icon=item.icon,
            state=item.state,
            lendable=item.lendable,
            loan=self._view(session, loan, item) if loan is not None else None,
        )

    def _view(self, session: Session, loan: Loan, item: EquipmentItem) -> LoanView:
        zone = self._zone(session, item.branch_id)
        patron = session.get(Patron, loan.patron_id) if loan.patron_id is not None else None
        return LoanView(
            loan_id=loan.id,
            item_id=item.id,
            item_name=item.name,
            kind=item.kind,
            icon=item.icon,
            patron_id=loan.patron_id,
            patron_name=patron.display_name if patron is not None else None,
            lent_at=loan.lent_at,
            due_at=loan.due_at,
            due_on=due_on(loan.due_at, zone),
            returned_at=loan.returned_at,
            overdue=loan.returned_at is None and self._clock.now() >= loan.due_at,
        )

    @staticmethod
    def _zone(session: Session, branch_id: uuid.UUID) -> tzinfo:
        branch = session.get(Branch, branch_id)
        return zone_of(branch.timezone if branch is not None else "UTC")

    @contextmanager
    def _write(self, staff_id: uuid.UUID | None = None) -> Iterator[tuple[Session, uuid.UUID]]:
        try:
            with database_errors():
                try:
                    terminal_id = self._terminal.id()  # before the write lock: it may write
                    with UnitOfWork(self._session_factory) as session:
                        yield session, terminal_id
                except IntegrityError as exc:
                    # Another terminal opened a loan of this kit between our check and our
                    # write; the open-loan index refused ours.
                    if _open_loan_clash(exc):
                        raise LoanRefused(LoanRefusal.ON_LOAN) from None
                    raise
        except StaffActionRefused:
            # Rolled back with the write; the refusal is audited on its own.
            assert staff_id is not None
            with database_errors():
                terminal_id = self._terminal.id()
                with UnitOfWork(self._session_factory) as session:
                    check_staff_action(
                        session,
                        staff_id,
                        StaffAction.LEND_KITS,
                        at=self._clock.now(),
                        terminal_id=terminal_id,
                    )
            raise PermissionDenied("this staff account may not lend kits") from None


def _open_loan_clash(exc: IntegrityError) -> bool:
    message = str(exc.orig)
    return "uq_loans_open_item" in message or "loans.item_id" in message


def _open_loan(session: Session, item_id: uuid.UUID) -> Loan | None:
    return session.scalars(
        select(Loan).where(Loan.item_id == item_id, Loan.returned_at.is_(None))
    ).one_or_none()


def _lock_patron(session: Session, patron_id: uuid.UUID) -> Patron:
    # Concurrent loans to one patron take turns, so the open-loan limit holds on PostgreSQL
    # too (SQLite's write lock already serialises them).
    patron = session.scalars(
        select(Patron).where(Patron.id == patron_id).with_for_update()
    ).one_or_none()
    if patron is None:
        raise NotFound("this patron no longer exists")
    return patron


def _policy(session: Session, branch_id: uuid.UUID, kind: str) -> tuple[int, int, bool]:
    row = session.scalars(
        select(LoanPolicy).where(LoanPolicy.branch_id == branch_id, LoanPolicy.kind == kind)
    ).one_or_none()
    if row is None:
        return DEFAULT_LOAN_DAYS, DEFAULT_MAX_OPEN_LOANS, True
    return row.loan_days, row.max_open_loans, False


def zone_of(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def due_at(lent_at: datetime, loan_days: int, zone: tzinfo) -> datetime:
    """The end of the local day `loan_days` days after `lent_at` (the next local midnight)."""
    last_day = lent_at.astimezone(zone).date() + timedelta(days=loan_days)
    end = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=zone)
    return end.astimezone(lent_at.tzinfo)


def due_on(due: datetime, zone: tzinfo) -> date:
    """The last local day of a loan that is due at `due` (the midnight ending that day)."""
    return (due.astimezone(zone) - timedelta(microseconds=1)).date()


def short_code(item_id: uuid.UUID) -> str:
    """Eight characters printed under a kit's QR code; enough for staff to tell kits apart."""
    return item_id.hex[-8:].upper()
