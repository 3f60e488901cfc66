"""Machine sessions: starting one in one's booked slot, staff unlocking and locking machines,
marking them out of order or checked, and problems patrons report.

The relay is switched by the device side (kiosk.devices.machine_control); this service checks
before and records after. A start is checked (`plan_start`), then the channel unlocked, then
recorded (`record_start`) only once the controller confirmed: an unlock that fails leaves
nothing but its audit entry, and the patron is never told "unlocked".

When a session ends the item goes to `needs_check` if it is a kind staff look at after every
use (laser cutters, 3D printers: a lens or a bed to clear) or a problem was reported on it and
is not resolved yet; otherwise it is `free` again. An item staff marked out of order while it
was in use stays out of order. A staff session (an unlock from the console) ends `free` unless a
problem is open: staff were at the machine."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Uuid, column, select, table, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.clock import Clock
from kiosk.core.console import StaffActionRefused, check_staff_action, require_staff_action
from kiosk.core.machine_views import (
    PROBLEM_REASONS,
    STAFF_UNLOCK_MAX_MINUTES,
    Channel,
    MachineRefusal,
    MachineRefused,
    MachineRow,
    ProblemView,
    SessionPlan,
    SessionView,
)
from kiosk.core.permissions import StaffAction
from kiosk.db.errors import database_errors
from kiosk.db.models import EquipmentItem
from kiosk.db.models_sessions import SESSION_END_REASONS, MachineSession, ProblemReport
from kiosk.db.terminals import TerminalRef
from kiosk.db.types import UTCDateTime
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, PermissionDenied
from kiosk.ids import branch_uuid

log = logging.getLogger(__name__)

# Kinds staff look at after every use before the next patron.
CHECK_AFTER_USE = frozenset({"laser_cutter", "3d_printer"})
# States staff set from the Machines tool: out of order, checked (free), needs a check.
MARKABLE_STATES = ("out_of_order", "free", "needs_check")
# A patron may start this long before the slot (walking up to the machine a minute early).
EARLY_START = timedelta(minutes=1)

# The booking feature's reservations (migration 0006), read and updated through their columns:
# a session needs only the slot, its holder and its status (with when it changed, and the row's
# version raised so that a copy read before this change cannot overwrite it).
_reservations = table(
    "reservations",
    column("id", Uuid()),
    column("patron_id", Uuid()),
    column("item_id", Uuid()),
    column("starts_at", UTCDateTime()),
    column("ends_at", UTCDateTime()),
    column("status"),
    column("status_changed_at", UTCDateTime()),
    column("row_version"),
)


def _set_reservation_status(
    session: Session, reservation_id: uuid.UUID, was: str, status: str, at: datetime
) -> None:
    session.execute(
        update(_reservations)
        .where(_reservations.c.id == reservation_id, _reservations.c.status == was)
        .values(
            status=status,
            status_changed_at=at,
            row_version=_reservations.c.row_version + 1,
        )
    )


class MachineService:
    """Thread-safe; one transaction per call. Staff calls check the role in the database and
    audit the outcome; patron and device outcomes are audited as well."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        *,
        terminal_code: str,
        branch_code: str,
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._terminal = TerminalRef(session_factory, terminal_code)
        self._branch_id = branch_uuid(branch_code)

    # -- a patron's session ------------------------------------------------------------------

    def plan_start(self, patron_id: uuid.UUID, reservation_id: uuid.UUID) -> SessionPlan:
        """What to unlock for the patron's reservation, now; MachineRefused with the reason
        otherwise. Writes nothing. A reservation whose session already runs gives that
        session's plan (`session_id` set): a second Start does not unlock twice."""
        now = self._clock.now()
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            reservation = _reservation(session, reservation_id)
            item = self._item(session, reservation.item_id)
            running = _open_session(session, item.id)
            if running is not None and running.reservation_id == reservation_id:
                if reservation.patron_id != patron_id:
                    raise MachineRefused(MachineRefusal.NOT_YOURS)
                return _plan(
                    item, running.started_at, running.planned_end, reservation_id, running.id
                )
            _check_slot(reservation, patron_id, now)
            _check_usable(item, running)
            return _plan(item, now, reservation.ends_at, reservation_id)

    def record_start(
        self, patron_id: uuid.UUID, reservation_id: uuid.UUID, confirmed_at: datetime
    ) -> SessionView:
        """Record the session the controller confirmed: the reservation becomes active and
        the item in use, in one transaction. The checks of `plan_start` run again inside it."""
        with self._write() as (session, terminal_id):
            reservation = _reservation(session, reservation_id)
            item = self._item(session, reservation.item_id, lock=True)
            running = _open_session(session, item.id)
            if running is not None and running.reservation_id == reservation_id:
                return _session_view(running, item)
            _check_slot(reservation, patron_id, confirmed_at)
            _check_usable(item, running)
            row = _new_session(item, confirmed_at, reservation.ends_at, patron_id=patron_id)
            row.reservation_id = reservation_id
            session.add(row)
            _set_reservation_status(session, reservation_id, "booked", "active", confirmed_at)
            self._set_state(item, "in_use", None, confirmed_at)
            session.flush()
            self._audit(
                session,
                "machine_session_started",
                "patron",
                patron_id,
                item.id,
                terminal_id,
                {"session": str(row.id), "until": row.planned_end.isoformat()},
            )
            return _session_view(row, item)

    def record_unlock_failed(
        self,
        item_id: uuid.UUID,
        problem: str,
        *,
        patron_id: uuid.UUID | None = None,
        staff_id: uuid.UUID | None = None,
    ) -> None:
        """An unlock the controller did not confirm: only the audit trail keeps it (`problem`
        is the device side's code: no_answer, refused, estop, not_connected...)."""
        actor_kind = "staff" if staff_id is not None else "patron" if patron_id else "system"
        with self._write() as (session, terminal_id):
            self._audit(
                session,
                "machine_unlock_failed",
                actor_kind,
                staff_id or patron_id,
                item_id,
                terminal_id,
                {"problem": problem[:64]},
            )

    # -- staff -------------------------------------------------------------------------------

    def machines(self, staff_id: uuid.UUID) -> tuple[MachineRow, ...]:
        """Every live machine with a relay channel or a booking calendar, its open session
        and its unresolved problems, by name."""
        self._authorize(staff_id, StaffAction.LOCK_MACHINE)
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            items = session.scalars(
                select(EquipmentItem)
                .where(
                    EquipmentItem.branch_id == self._branch_id,
                    EquipmentItem.state != "retired",
                    (EquipmentItem.relay_name.is_not(None)) | EquipmentItem.reservable,
                )
                .order_by(EquipmentItem.name_key, EquipmentItem.id)
            ).all()
            ids = [item.id for item in items]
            sessions = {
                row.item_id: row
                for row in session.scalars(
                    select(MachineSession).where(
                        MachineSession.item_id.in_(ids), MachineSession.ended_at.is_(None)
                    )
                )
            }
            problems: dict[uuid.UUID, list[ProblemReport]] = {}
            for report in session.scalars(
                select(ProblemReport)
                .where(ProblemReport.item_id.in_(ids), ProblemReport.resolved_at.is_(None))
                .order_by(ProblemReport.reported_at)
            ):
                problems.setdefault(report.item_id, []).append(report)
            return tuple(
                _machine_row(item, sessions.get(item.id), problems.get(item.id, []))
                for item in items
            )

    def plan_unlock(self, staff_id: uuid.UUID, item_id: uuid.UUID, minutes: int) -> SessionPlan:
        """What a staff unlock for `minutes` switches; the check is audited."""
        _check_minutes(minutes)
        self._authorize(staff_id, StaffAction.UNLOCK_MACHINE)
        now = self._clock.now()
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            item = self._item(session, item_id)
            if item.relay_name is None:
                raise MachineRefused(MachineRefusal.NOT_UNLOCKABLE)
            running = _open_session(session, item.id)
            return _plan(
                item,
                now,
                now + timedelta(minutes=minutes),
                None,
                running.id if running is not None else None,
            )

    def record_unlock(
        self, staff_id: uuid.UUID, item_id: uuid.UUID, minutes: int, confirmed_at: datetime
    ) -> SessionView:
        """Record a staff unlock the controller confirmed. A session already open on the
        item is given the new end instead (staff extending or shortening a patron's time)."""
        _check_minutes(minutes)
        until = confirmed_at + timedelta(minutes=minutes)
        with self._write() as (session, terminal_id):
            self._require(session, staff_id, StaffAction.UNLOCK_MACHINE, terminal_id)
            item = self._item(session, item_id, lock=True)
            row = _open_session(session, item.id)
            if row is not None:
                row.planned_end = max(until, row.started_at + timedelta(seconds=1))
                row.kept_on_at = None
            else:
                row = _new_session(item, confirmed_at, until, staff_id=staff_id)
                session.add(row)
                if item.state in ("free", "reserved"):
                    self._set_state(item, "in_use", staff_id, confirmed_at)
            session.flush()
            self._audit(
                session,
                "machine_unlocked",
                "staff",
                staff_id,
                item.id,
                terminal_id,
                {"session": str(row.id), "minutes": minutes},
            )
            return _session_view(row, item)

    def plan_lock(self, staff_id: uuid.UUID, item_id: uuid.UUID) -> SessionPlan:
        """What "lock now" switches off; the check is audited."""
        self._authorize(staff_id, StaffAction.LOCK_MACHINE)
        now = self._clock.now()
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            item = self._item(session, item_id, live_only=False)
            if item.relay_name is None:
                raise MachineRefused(MachineRefusal.NOT_UNLOCKABLE)
            running = _open_session(session, item.id)
            end = running.planned_end if running is not None else now + timedelta(seconds=1)
            return _plan(item, now, end, None, running.id if running is not None else None)

    def record_lock(self, staff_id: uuid.UUID, item_id: uuid.UUID, locked_at: datetime) -> None:
        """Staff locked the item's channel and the controller confirmed: its open session, if
        any, ends."""
        with self._write() as (session, terminal_id):
            self._require(session, staff_id, StaffAction.LOCK_MACHINE, terminal_id)
            item = self._item(session, item_id, lock=True, live_only=False)
            row = _open_session(session, item.id)
            if row is not None:
                row.staff_id = row.staff_id or staff_id
                self._end(session, row, item, "staff_lock", locked_at)
            self._audit(
                session,
                "machine_locked",
                "staff",
                staff_id,
                item.id,
                terminal_id,
                {"session": str(row.id) if row is not None else None},
            )

    def mark(self, staff_id: uuid.UUID, item_id: uuid.UUID, state: str) -> MachineRow:
        """Mark an item out of order, checked (free) or as needing a check. Marking it checked
        resolves the problems reported on it."""
        if state not in MARKABLE_STATES:
            raise MachineRefused(MachineRefusal.BAD_STATE, {"state": state[:20]})
        now = self._clock.now()
        with self._write() as (session, terminal_id):
            self._require(session, staff_id, StaffAction.MARK_MACHINE, terminal_id)
            item = self._item(session, item_id, lock=True)
            running = _open_session(session, item.id)
            before = item.state
            # A machine in use stays in use until its session ends (then the mark applies).
            target = "in_use" if running is not None and state == "free" else state
            if target != before:
                self._set_state(item, target, staff_id, now)
            resolved = 0
            if state == "free":
                for report in _open_problems(session, item.id):
                    report.resolved_at, report.resolved_by = now, staff_id
                    resolved += 1
            self._audit(
                session,
                "equipment_state",
                "staff",
                staff_id,
                item.id,
                terminal_id,
                {"from": before, "to": target, "resolved": resolved},
            )
            session.flush()
            return _machine_row(item, running, _open_problems(session, item.id))

    # -- problems ----------------------------------------------------------------------------

    def report_problem(
        self, patron_id: uuid.UUID | None, item_id: uuid.UUID, reason: str
    ) -> ProblemView:
        """A problem with a machine, from a patron (or from the screen with nobody checked
        in): recorded, and the item waits for a check (unless it is out of order already)."""
        if reason not in PROBLEM_REASONS:
            raise InvalidInput(f"unknown problem {reason[:20]!r}")
        now = self._clock.now()
        with self._write() as (session, terminal_id):
            item = self._item(session, item_id, lock=True, live_only=False)
            if item.state == "retired":
                raise MachineRefused(MachineRefusal.RETIRED)
            running = _open_session(session, item.id)
            report = ProblemReport(
                item_id=item.id,
                patron_id=patron_id,
                session_id=running.id if running is not None else None,
                reason=reason,
                reported_at=now,
            )
            session.add(report)
            # In use: the check comes when the session ends (see `_end`).
            if item.state in ("free", "reserved"):
                self._set_state(item, "needs_check", None, now)
            session.flush()
            self._audit(
                session,
                "problem_reported",
                "patron" if patron_id else "system",
                patron_id,
                item.id,
                terminal_id,
                {"reason": reason},
            )
            return _problem_view(report, item)

    # -- what the device side reports ----------------------------------------------------------

    def open_sessions(self) -> tuple[SessionView, ...]:
        """Every open session of this branch: what the relays should be doing now."""
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            rows = session.execute(
                select(MachineSession, EquipmentItem)
                .join(EquipmentItem, EquipmentItem.id == MachineSession.item_id)
                .where(
                    MachineSession.ended_at.is_(None),
                    EquipmentItem.branch_id == self._branch_id,
                )
                .order_by(MachineSession.started_at)
            ).all()
            return tuple(_session_view(row, item) for row, item in rows)

    def record_kept_on(self, session_id: uuid.UUID, at: datetime) -> None:
        """The session's time is up but its printer is mid-job: the channel stays on."""
        with self._write() as (session, terminal_id):
            row = session.get(MachineSession, session_id, with_for_update=True)
            if row is None or row.ended_at is not None or row.kept_on_at is not None:
                return
            row.kept_on_at = at
            self._audit(
                session,
                "machine_kept_on",
                "system",
                None,
                row.item_id,
                terminal_id,
                {"session": str(row.id)},
            )

    def record_ended(
        self, session_id: uuid.UUID, reason: str, locked_at: datetime
    ) -> SessionView | None:
        """The session's channel was locked (time up, the job finished, the controller's own
        timer): the session ends, the reservation is completed, the item is checked or free.
        None when it had ended already."""
        if reason not in SESSION_END_REASONS:
            raise InvalidInput(f"unknown end reason {reason[:20]!r}")
        with self._write() as (session, terminal_id):
            row = session.get(MachineSession, session_id, with_for_update=True)
            if row is None or row.ended_at is not None:
                return None
            item = self._item(session, row.item_id, lock=True, live_only=False)
            self._end(session, row, item, reason, locked_at)
            self._audit(
                session,
                "machine_session_ended",
                "system",
                None,
                item.id,
                terminal_id,
                {"session": str(row.id), "reason": reason},
            )
            return _session_view(row, item)

    def record_device_notice(self, what: str, detail: dict[str, Any]) -> None:
        """Audit what the device side found (a controller reset, the state it re-applied and
        how the controller differed from what was expected)."""
        with self._write() as (session, terminal_id):
            record_event(
                session,
                at=self._clock.now(),
                action=what[:64],
                actor_kind="system",
                terminal_id=terminal_id,
                detail=detail,
            )

    # -- helpers -----------------------------------------------------------------------------

    def _end(
        self,
        session: Session,
        row: MachineSession,
        item: EquipmentItem,
        reason: str,
        at: datetime,
    ) -> None:
        row.ended_at = row.locked_at = max(at, row.started_at)
        row.end_reason = reason
        if row.reservation_id is not None:
            _set_reservation_status(session, row.reservation_id, "active", "completed", at)
        if item.state == "in_use":
            problems = bool(_open_problems(session, item.id))
            check = problems or (row.kind == "patron" and item.kind in CHECK_AFTER_USE)
            self._set_state(item, "needs_check" if check else "free", None, at)

    def _item(
        self,
        session: Session,
        item_id: uuid.UUID,
        *,
        lock: bool = False,
        live_only: bool = True,
    ) -> EquipmentItem:
        item = session.get(EquipmentItem, item_id, with_for_update=lock)
        if item is None or item.branch_id != self._branch_id:
            raise MachineRefused(MachineRefusal.UNKNOWN_ITEM)
        if live_only and item.state == "retired":
            raise MachineRefused(MachineRefusal.RETIRED)
        return item

    @staticmethod
    def _set_state(item: EquipmentItem, state: str, actor: uuid.UUID | None, at: datetime) -> None:
        item.state = state
        item.state_changed_at = at
        item.state_changed_by = actor

    def _audit(
        self,
        session: Session,
        action: str,
        actor_kind: str,
        actor_id: uuid.UUID | None,
        item_id: uuid.UUID,
        terminal_id: uuid.UUID,
        detail: dict[str, Any],
    ) -> None:
        record_event(
            session,
            at=self._clock.now(),
            action=action,
            actor_kind=actor_kind,
            actor_id=actor_id,
            subject_kind="equipment",
            subject_id=item_id,
            terminal_id=terminal_id,
            detail=detail,
        )

    def _authorize(self, staff_id: uuid.UUID, action: StaffAction) -> None:
        """Check and audit the role in a transaction of its own (for reads and plans)."""
        with self._write() as (session, terminal_id):
            _summary, granted = check_staff_action(
                session, staff_id, action, at=self._clock.now(), terminal_id=terminal_id
            )
        if not granted:
            raise PermissionDenied(f"not allowed: {action.value}")

    def _require(
        self, session: Session, staff_id: uuid.UUID, action: StaffAction, terminal_id: uuid.UUID
    ) -> None:
        """Inside a write: granted, it is audited with the change; refused, the write rolls
        back and the refusal is audited on its own (see `_write`)."""
        try:
            require_staff_action(
                session, staff_id, action, at=self._clock.now(), terminal_id=terminal_id
            )
        except StaffActionRefused:
            raise _Refused(staff_id, action) from None

    @contextmanager
    def _write(self) -> Iterator[tuple[Session, uuid.UUID]]:
        try:
            with database_errors():
                terminal_id = self._terminal.id()  # before the write lock: it may write itself
                try:
                    with UnitOfWork(self._session_factory) as session:
                        yield session, terminal_id
                except IntegrityError as exc:
                    # Another terminal started a session on the item between check and write.
                    raise Conflict("another change got there first; nothing was saved") from exc
        except _Refused as refused:
            # The write rolled back; the refusal is audited in a transaction of its own.
            self._authorize(refused.staff_id, refused.staff_action)
            raise PermissionDenied(f"not allowed: {refused.staff_action.value}") from None


class _Refused(Exception):
    def __init__(self, staff_id: uuid.UUID, action: StaffAction) -> None:
        super().__init__(action.value)
        self.staff_id = staff_id
        self.staff_action = action


class _Reservation:
    __slots__ = ("ends_at", "item_id", "patron_id", "starts_at", "status")

    def __init__(self, row: Any) -> None:
        self.patron_id: uuid.UUID = row.patron_id
        self.item_id: uuid.UUID = row.item_id
        self.starts_at: datetime = row.starts_at
        self.ends_at: datetime = row.ends_at
        self.status: str = row.status


def _reservation(session: Session, reservation_id: uuid.UUID) -> _Reservation:
    row = session.execute(select(_reservations).where(_reservations.c.id == reservation_id)).first()
    if row is None:
        raise MachineRefused(MachineRefusal.NO_RESERVATION)
    return _Reservation(row)


def _check_slot(reservation: _Reservation, patron_id: uuid.UUID, now: datetime) -> None:
    if reservation.patron_id != patron_id:
        raise MachineRefused(MachineRefusal.NOT_YOURS)
    if reservation.status != "booked":
        raise MachineRefused(MachineRefusal.NOT_BOOKED, {"status": reservation.status})
    if now + EARLY_START < reservation.starts_at:
        raise MachineRefused(
            MachineRefusal.NOT_YET, {"starts_at": reservation.starts_at.isoformat()}
        )
    if now >= reservation.ends_at:
        raise MachineRefused(MachineRefusal.OVER, {"ends_at": reservation.ends_at.isoformat()})


def _check_usable(item: EquipmentItem, running: MachineSession | None) -> None:
    if item.state == "out_of_order":
        raise MachineRefused(MachineRefusal.OUT_OF_ORDER)
    if item.state == "needs_check":
        raise MachineRefused(MachineRefusal.NEEDS_CHECK)
    if running is not None:
        raise MachineRefused(MachineRefusal.IN_USE, {"until": running.planned_end.isoformat()})


def _check_minutes(minutes: int) -> None:
    if not 1 <= minutes <= STAFF_UNLOCK_MAX_MINUTES:
        raise MachineRefused(MachineRefusal.BAD_MINUTES, {"limit": STAFF_UNLOCK_MAX_MINUTES})


def _open_session(session: Session, item_id: uuid.UUID) -> MachineSession | None:
    return session.scalars(
        select(MachineSession).where(
            MachineSession.item_id == item_id, MachineSession.ended_at.is_(None)
        )
    ).first()


def _open_problems(session: Session, item_id: uuid.UUID) -> list[ProblemReport]:
    return list(
        session.scalars(
            select(ProblemReport)
            .where(ProblemReport.item_id == item_id, ProblemReport.resolved_at.is_(None))
            .order_by(ProblemReport.reported_at)
        )
    )


def _channel(item: EquipmentItem) -> Channel | None:
    if item.relay_name is None or item.relay_channel is None:
        return None
    return Channel(item.relay_name, item.relay_channel)


def _plan(
    item: EquipmentItem,
    starts_at: datetime,
    ends_at: datetime,
    reservation_id: uuid.UUID | None,
    session_id: uuid.UUID | None = None,
) -> SessionPlan:
    return SessionPlan(
        item_id=item.id,
        item_name=item.name,
        kind=item.kind,
        channel=_channel(item),
        printer=item.printer_name,
        starts_at=starts_at,
        ends_at=ends_at,
        reservation_id=reservation_id,
        session_id=session_id,
    )


def _session_view(row: MachineSession, item: EquipmentItem) -> SessionView:
    channel = (
        Channel(row.relay_name, row.relay_channel)
        if row.relay_name is not None and row.relay_channel is not None
        else None
    )
    return SessionView(
        session_id=row.id,
        item_id=item.id,
        item_name=item.name,
        kind=row.kind,
        channel=channel,
        printer=item.printer_name,
        started_at=row.started_at,
        planned_end=row.planned_end,
        unlock_confirmed_at=row.unlock_confirmed_at,
        kept_on_at=row.kept_on_at,
        ended_at=row.ended_at,
        end_reason=row.end_reason,
        reservation_id=row.reservation_id,
    )


def _new_session(
    item: EquipmentItem,
    confirmed_at: datetime,
    until: datetime,
    *,
    patron_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
) -> MachineSession:
    """A session the controller confirmed at `confirmed_at`, on the item's channel as bound
    now: a patron's when `patron_id` is given, else a staff member's."""
    return MachineSession(
        item_id=item.id,
        kind="patron" if patron_id is not None else "staff",
        patron_id=patron_id,
        staff_id=staff_id,
        relay_name=item.relay_name,
        relay_channel=item.relay_channel,
        started_at=confirmed_at,
        planned_end=until,
        unlock_confirmed_at=confirmed_at,
    )


def _machine_row(
    item: EquipmentItem, running: MachineSession | None, problems: list[ProblemReport]
) -> MachineRow:
    return MachineRow(
        item_id=item.id,
        name=item.name,
        kind=item.kind,
        icon=item.icon,
        state=item.state,
        channel=_channel(item),
        printer=item.printer_name,
        session=_session_view(running, item) if running is not None else None,
        problems=tuple(_problem_view(p, item) for p in problems),
    )


def _problem_view(report: ProblemReport, item: EquipmentItem) -> ProblemView:
    return ProblemView(
        report_id=report.id,
        item_id=item.id,
        item_name=item.name,
        reason=report.reason,
        reported_at=report.reported_at,
        by_patron=report.patron_id is not None,
        resolved_at=report.resolved_at,
    )
