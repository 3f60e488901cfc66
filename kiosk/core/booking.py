"""Booking equipment: availability, the rules, booking and cancelling, walk-ins, no-shows.

Every booking is decided by `kiosk.core.booking_rules.check` inside the write transaction that
stores it. On SQLite that transaction holds the database's write lock from its first statement
(the unit of work's BEGIN IMMEDIATE), so the overlap check and the insert cannot be split by
another terminal; on PostgreSQL the exclusion constraint `reservations_no_overlap` refuses the
second of two overlapping inserts, which ends here as the same OVERLAP refusal. Every change is
audited."""

from __future__ import annotations

import bisect
import logging
import time as time_module
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, case, func, null, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core import booking_rules as rulebook
from kiosk.core.audit import record_event
from kiosk.core.booking_views import (
    Availability,
    BoardRow,
    BookingLimits,
    BookingRefused,
    ItemAvailability,
    Refusal,
    RefusalCode,
    ReservationSummary,
    Slot,
    SlotState,
)
from kiosk.core.clock import Clock
from kiosk.core.equipment_admin_views import (
    ClosedDayBooking,
    ClosureView,
    HoursView,
    RuleView,
)
from kiosk.core.standing import load_standing
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe, is_transient_conflict
from kiosk.db.models import Branch, EquipmentItem, Patron
from kiosk.db.models_booking import (
    HOLDING_STATUSES,
    BookingRule,
    BookingSuspension,
    Closure,
    OpeningHours,
    Reservation,
)
from kiosk.db.models_training import Training
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput, NotFound
from kiosk.ids import branch_uuid

log = logging.getLogger(__name__)

# Reservations whose minutes count towards a patron's day and week limits.
COUNTING_STATUSES = ("booked", "active", "completed")
# A free machine shows "reserved" on the board this long before a booking starts.
BOARD_LOOKAHEAD = timedelta(minutes=15)
MAX_DAYS = 14
CALENDAR_TTL = 30.0


StandingLoader = Callable[[Session, uuid.UUID, datetime], rulebook.Standing]


class BookingService:
    """Thread-safe; one transaction per call. `branch_code` is this kiosk's branch;
    `standing` loads a patron's trainings, consent, waiver and cards at a moment."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        *,
        branch_code: str,
        terminal_code: str,
        standing: StandingLoader = load_standing,
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._branch_code = branch_code
        self._branch_id = branch_uuid(branch_code)
        self._terminal = TerminalRef(session_factory, terminal_code)
        self._standing = standing
        self._zone_cache: ZoneInfo | None = None
        self._calendar_cache: (
            tuple[float, dict[str, rulebook.Rule], dict[int, tuple[tuple[time, time], ...]]] | None
        ) = None

    # -- patrons -----------------------------------------------------------------------------

    def availability(
        self, patron_id: uuid.UUID | None, first_day: date, days: int = 1
    ) -> Availability:
        """Every reservable item's slots over `days` local days from `first_day`."""
        if not 1 <= days <= MAX_DAYS:
            raise InvalidInput(f"days must be between 1 and {MAX_DAYS}")
        now = self._clock.now()
        dates = tuple(first_day + timedelta(days=i) for i in range(days))
        with self._read() as session:
            zone = self._zone(session)
            start = rulebook.local_midnight(dates[0], zone)
            end = rulebook.local_midnight(dates[-1] + timedelta(days=1), zone)
            items = session.scalars(
                select(EquipmentItem)
                .where(
                    EquipmentItem.branch_id == self._branch_id,
                    EquipmentItem.reservable.is_(True),
                    EquipmentItem.state != "retired",
                )
                .order_by(EquipmentItem.kind, EquipmentItem.name_key, EquipmentItem.id)
            ).all()
            by_kind, weekly = self._calendar(session)
            closures = dict(self._closures(session, dates[0], dates[-1]))
            # Per item: (start, end, the patron's own reservation id or None) of each booking.
            held: dict[uuid.UUID, list[tuple[datetime, datetime, uuid.UUID | None]]]
            held = defaultdict(list)
            if items:
                # Whose booking it is is decided in SQL: a week of 50 machines is hundreds of
                # rows, and turning ids into UUID objects is most of what reading them costs.
                own = (
                    case((Reservation.patron_id == patron_id, Reservation.id), else_=None)
                    if patron_id is not None
                    else null()
                )
                rows = session.execute(
                    select(Reservation.item_id, Reservation.starts_at, Reservation.ends_at, own)
                    .where(
                        Reservation.item_id.in_([item.id for item in items]),
                        Reservation.ends_at > start,
                        Reservation.starts_at < end,
                        Reservation.status.in_(HOLDING_STATUSES),
                    )
                    .order_by(Reservation.item_id, Reservation.starts_at)
                )
                for item_id, r_start, r_end, r_own in rows:
                    held[item_id].append((r_start, r_end, r_own))
        opening = {
            day: () if day in closures else _spans(weekly.get(day.weekday(), ()), day, zone)
            for day in dates
        }
        window = _window(weekly, [day for day in dates if day not in closures])
        out = []
        grids: dict[tuple[date, int], _DayGrid] = {}
        for item in items:
            rule = by_kind.get(item.kind, rulebook.DEFAULT_RULE)
            booked = held.get(item.id, [])
            buffer = timedelta(minutes=rule.buffer_minutes)
            per_day = []
            for day in dates:
                grid = grids.get((day, rule.slot_minutes))
                if grid is None:
                    grid = _DayGrid(day, window, rule.slot_minutes, zone, opening[day], now)
                    grids[(day, rule.slot_minutes)] = grid
                per_day.append(grid.overlay(booked, buffer))
            out.append(
                ItemAvailability(
                    item.id,
                    item.name,
                    item.kind,
                    item.icon,
                    item.state,
                    item.required_training,
                    rule.slot_minutes,
                    tuple(per_day),
                )
            )
        return Availability(dates, zone.key, tuple(out), tuple(sorted(closures.items())))

    def limits(self, item_id: uuid.UUID) -> BookingLimits:
        with self._read() as session:
            item = self._item(session, item_id)
            rule = self._rules(session).get(item.kind, rulebook.DEFAULT_RULE)
        return BookingLimits(
            rule.slot_minutes,
            rule.min_minutes,
            rule.max_minutes,
            rule.slot_minutes,
            rule.advance_days,
            rule.buffer_minutes,
        )

    def check(
        self, patron_id: uuid.UUID, item_id: uuid.UUID, starts_at: datetime, minutes: int
    ) -> tuple[Refusal, ...]:
        """Every reason the booking would be refused now; () when it would be made."""
        with self._read() as session:
            refusals = rulebook.check(
                self._request(session, patron_id, item_id, starts_at, minutes)
            )
            return _named(session, refusals)

    def book(
        self, patron_id: uuid.UUID, item_id: uuid.UUID, starts_at: datetime, minutes: int
    ) -> ReservationSummary:
        """Book the item; BookingRefused with every reason when the rules do not allow it."""
        return self._book(patron_id, item_id, starts_at, minutes, walk_in=False)

    def walk_in(self, patron_id: uuid.UUID, item_id: uuid.UUID, minutes: int) -> ReservationSummary:
        """ "Use now": a booking from this minute, when the item is free now."""
        now = self._clock.now().replace(second=0, microsecond=0)
        return self._book(patron_id, item_id, now, minutes, walk_in=True)

    def cancel(self, patron_id: uuid.UUID, reservation_id: uuid.UUID) -> ReservationSummary:
        now = self._clock.now()
        with self._write() as (session, terminal_id):
            row = session.get(Reservation, reservation_id)
            if row is None:
                raise NotFound("no such reservation")
            if row.patron_id != patron_id:
                raise BookingRefused((Refusal(RefusalCode.NOT_YOURS),))
            if row.status != "booked" or row.ends_at <= now:
                raise BookingRefused(
                    (Refusal(RefusalCode.NOT_CANCELLABLE, {"status": row.status}),)
                )
            self._set_status(row, "cancelled", now)
            self._audit(session, "reservation_cancelled", row, terminal_id, actor=patron_id)
            return self._summary(session, row)

    def my_reservations(self, patron_id: uuid.UUID) -> tuple[ReservationSummary, ...]:
        """The patron's bookings of today and later (not the cancelled ones), soonest first."""
        now = self._clock.now()
        with self._read() as session:
            zone = self._zone(session)
            today = rulebook.local_midnight(now.astimezone(zone).date(), zone)
            rows = session.execute(
                select(Reservation, EquipmentItem)
                .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
                .where(
                    Reservation.patron_id == patron_id,
                    Reservation.starts_at >= today - timedelta(days=1),
                    Reservation.ends_at > today,
                    Reservation.status != "cancelled",
                )
                .order_by(Reservation.starts_at, Reservation.id)
            ).all()
            return tuple(_summary(row, item) for row, item in rows)

    def current_reservation(
        self, patron_id: uuid.UUID, item_id: uuid.UUID
    ) -> ReservationSummary | None:
        """The patron's booking of the item under way now (booked or active), if any."""
        now = self._clock.now()
        with self._read() as session:
            found = session.execute(
                select(Reservation, EquipmentItem)
                .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
                .where(
                    Reservation.patron_id == patron_id,
                    Reservation.item_id == item_id,
                    Reservation.starts_at <= now,
                    Reservation.ends_at > now,
                    Reservation.status.in_(HOLDING_STATUSES),
                )
                .limit(1)
            ).first()
            return None if found is None else _summary(*found)

    # -- the kiosk ---------------------------------------------------------------------------

    def release_no_shows(self) -> int:
        """Booked reservations not started within their kind's release time become no_show
        (the rest of the slot is free again); a patron reaching the rule's number of no-shows
        within 30 days is suspended from booking. Returns how many were released."""
        now = self._clock.now()
        with self._write() as (session, terminal_id):
            by_kind = self._rules(session)
            longest = max(
                [r.no_show_release_minutes for r in by_kind.values()]
                + [rulebook.DEFAULT_RULE.no_show_release_minutes]
            )
            candidates = session.execute(
                select(Reservation, EquipmentItem.kind)
                .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
                .where(
                    EquipmentItem.branch_id == self._branch_id,
                    Reservation.status == "booked",
                    Reservation.starts_at <= now,
                    Reservation.starts_at > now - timedelta(days=2) - timedelta(minutes=longest),
                )
                .order_by(Reservation.starts_at)
                .with_for_update()
            ).all()
            released = 0
            for row, kind in candidates:
                rule = by_kind.get(kind, rulebook.DEFAULT_RULE)
                if row.starts_at + timedelta(minutes=rule.no_show_release_minutes) > now:
                    continue
                self._set_status(row, "no_show", now)
                released += 1
                self._audit(session, "reservation_no_show", row, terminal_id)
                session.flush()
                self._maybe_suspend(session, row.patron_id, rule, now, terminal_id)
            return released

    def board(self) -> tuple[BoardRow, ...]:
        """The attract screen's board: every live item of the branch and what it is doing."""
        now = self._clock.now()
        with self._read() as session:
            zone = self._zone(session)
            tomorrow = rulebook.local_midnight(
                now.astimezone(zone).date() + timedelta(days=1), zone
            )
            items = session.scalars(
                select(EquipmentItem)
                .where(EquipmentItem.branch_id == self._branch_id, EquipmentItem.state != "retired")
                .order_by(EquipmentItem.kind, EquipmentItem.name_key, EquipmentItem.id)
            ).all()
            upcoming: dict[uuid.UUID, list[tuple[datetime, datetime]]] = defaultdict(list)
            for item_id, r_start, r_end in session.execute(
                select(Reservation.item_id, Reservation.starts_at, Reservation.ends_at)
                .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
                .where(
                    EquipmentItem.branch_id == self._branch_id,
                    Reservation.status.in_(HOLDING_STATUSES),
                    Reservation.ends_at > now,
                    Reservation.starts_at < tomorrow,
                )
                .order_by(Reservation.starts_at)
            ):
                upcoming[item_id].append((r_start, r_end))
        return tuple(_board_row(item, upcoming.get(item.id, []), now) for item in items)

    def zone(self) -> ZoneInfo:
        """The branch's time zone, in which its days and opening hours are counted."""
        with self._read() as session:
            return self._zone(session)

    def closing_time(self, day: date) -> datetime | None:
        """When the branch closes on a local day (UTC); None when it does not open."""
        with self._read() as session:
            zone = self._zone(session)
            if dict(self._closures(session, day, day)):
                return None
            spans = _spans(self._weekly_hours(session).get(day.weekday(), ()), day, zone)
        return max((span.closes_at for span in spans), default=None)

    def reservations(
        self, item_id: uuid.UUID, starts_at: datetime, ends_at: datetime
    ) -> tuple[ReservationSummary, ...]:
        """The item's reservations holding time between `starts_at` and `ends_at`."""
        with self._read() as session:
            rows = session.execute(
                select(Reservation, EquipmentItem)
                .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
                .where(
                    Reservation.item_id == item_id,
                    Reservation.ends_at > starts_at,
                    Reservation.starts_at < ends_at,
                    Reservation.status.in_(HOLDING_STATUSES),
                )
                .order_by(Reservation.starts_at)
            ).all()
            return tuple(_summary(row, item) for row, item in rows)

    # -- staff: the command line, and the console's tool with `actor` -----------------------------

    def rules(self) -> tuple[RuleView, ...]:
        from kiosk.db.models import EQUIPMENT_KINDS

        with self._read() as session:
            stored = self._rules(session)
        return tuple(
            RuleView(kind, stored.get(kind, rulebook.DEFAULT_RULE), kind not in stored)
            for kind in EQUIPMENT_KINDS
        )

    def set_rule(
        self, kind: str, changes: Mapping[str, int], *, actor: uuid.UUID | None = None
    ) -> RuleView:
        """Change some fields of a kind's rule (starting from the defaults when it has none)."""
        from kiosk.db.models import EQUIPMENT_KINDS

        if kind not in EQUIPMENT_KINDS:
            raise InvalidInput(
                f"unknown kind {kind[:40]!r}; the kinds are {', '.join(EQUIPMENT_KINDS)}"
            )
        unknown = sorted(set(changes) - set(rulebook.RULE_FIELDS))
        if unknown:
            raise InvalidInput(
                f"unknown rule field {unknown[0]!r}; "
                f"the fields are {', '.join(rulebook.RULE_FIELDS)}"
            )
        with self._write() as (session, terminal_id):
            row = session.scalars(
                select(BookingRule).where(
                    BookingRule.branch_id == self._branch(session).id, BookingRule.kind == kind
                )
            ).first()
            base = _rule(row) if row is not None else rulebook.DEFAULT_RULE
            new = replace(base, **changes)
            problems = new.problems()
            if problems:
                raise InvalidInput("; ".join(problems))
            if row is None:
                row = BookingRule(branch_id=self._branch_id, kind=kind)
                session.add(row)
            for name in rulebook.RULE_FIELDS:
                setattr(row, name, getattr(new, name))
            self._calendar_cache = None
            record_event(
                session,
                at=self._clock.now(),
                action="booking_rule_set",
                actor_kind=_actor_kind(actor),
                actor_id=actor,
                terminal_id=terminal_id,
                detail={"kind": kind, **changes},
            )
            return RuleView(kind, new, False)

    def hours(self) -> tuple[HoursView, ...]:
        with self._read() as session:
            weekly = self._weekly_hours(session)
        return tuple(HoursView(day, weekly.get(day, ())) for day in range(7))

    def set_hours(
        self, weekday: int, spans: Sequence[tuple[time, time]], *, actor: uuid.UUID | None = None
    ) -> HoursView:
        """The branch's opening on a weekday (0 = Monday): no span closes it, at most two."""
        if not 0 <= weekday <= 6:
            raise InvalidInput("the weekday must be 0 (Monday) to 6 (Sunday)")
        ordered = sorted(spans)
        if len(ordered) > 2:
            raise InvalidInput("a day has at most two opening spans")
        for opens, closes in ordered:
            if closes <= opens:
                raise InvalidInput(f"{opens:%H:%M}-{closes:%H:%M}: closing must come after opening")
        if len(ordered) == 2 and ordered[1][0] < ordered[0][1]:
            raise InvalidInput("the two opening spans of a day overlap")
        with self._write() as (session, terminal_id):
            branch = self._branch(session)
            for row in session.scalars(
                select(OpeningHours).where(
                    OpeningHours.branch_id == branch.id, OpeningHours.weekday == weekday
                )
            ):
                session.delete(row)
            session.flush()
            self._calendar_cache = None
            for number, (opens, closes) in enumerate(ordered, start=1):
                session.add(
                    OpeningHours(
                        branch_id=branch.id,
                        weekday=weekday,
                        span=number,
                        opens_at=opens,
                        closes_at=closes,
                    )
                )
            record_event(
                session,
                at=self._clock.now(),
                action="opening_hours_set",
                actor_kind=_actor_kind(actor),
                actor_id=actor,
                terminal_id=terminal_id,
                detail={
                    "weekday": weekday,
                    "spans": [f"{o:%H:%M}-{c:%H:%M}" for o, c in ordered],
                },
            )
        return HoursView(weekday, tuple(ordered))

    def closures(self, first: date | None = None) -> tuple[ClosureView, ...]:
        with self._read() as session:
            start = first or self._clock.now().astimezone(self._zone(session)).date()
            return tuple(
                ClosureView(day, reason) for day, reason in self._closures(session, start, date.max)
            )

    def add_closure(self, day: date, reason: str, *, actor: uuid.UUID | None = None) -> ClosureView:
        """Close the branch on a day. Bookings already made for it stay; staff see them with
        `reservations` and tell the patrons."""
        reason = " ".join(reason.split())
        if not reason or len(reason) > 120:
            raise InvalidInput("give a reason of 1 to 120 characters")
        with self._write() as (session, terminal_id):
            branch = self._branch(session)
            row = session.scalars(
                select(Closure).where(Closure.branch_id == branch.id, Closure.day == day)
            ).first()
            if row is None:
                session.add(Closure(branch_id=branch.id, day=day, reason=reason))
            else:
                row.reason = reason
            zone = self._zone(session)
            booked = session.scalar(
                select(func.count())
                .select_from(Reservation)
                .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
                .where(*_held_on(branch.id, day, zone))
            )
            record_event(
                session,
                at=self._clock.now(),
                action="closure_added",
                actor_kind=_actor_kind(actor),
                actor_id=actor,
                terminal_id=terminal_id,
                detail={"day": day.isoformat()},
            )
        return ClosureView(day, reason, int(booked or 0))

    def closed_day_bookings(
        self, patron_id: uuid.UUID | None = None
    ) -> tuple[ClosedDayBooking, ...]:
        """Bookings still held, from today on, on days the branch closed after they were made:
        staff see whom to tell, and each patron is told at their next check-in."""
        with self._read() as session:
            zone = self._zone(session)
            today = self._clock.now().astimezone(zone).date()
            found: list[ClosedDayBooking] = []
            for day, reason in self._closures(session, today, date.max):
                query = (
                    select(Reservation, EquipmentItem.name, Patron.display_name)
                    .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
                    .join(Patron, Patron.id == Reservation.patron_id)
                    .where(*_held_on(self._branch_id, day, zone))
                    .order_by(Reservation.starts_at)
                )
                if patron_id is not None:
                    query = query.where(Reservation.patron_id == patron_id)
                found.extend(
                    ClosedDayBooking(row.id, patron, item, row.starts_at, row.ends_at, reason)
                    for row, item, patron in session.execute(query)
                )
            return tuple(found)

    def remove_closure(self, day: date, *, actor: uuid.UUID | None = None) -> None:
        with self._write() as (session, terminal_id):
            row = session.scalars(
                select(Closure).where(Closure.branch_id == self._branch_id, Closure.day == day)
            ).first()
            if row is None:
                raise NotFound(f"the branch is not closed on {day.isoformat()}")
            session.delete(row)
            record_event(
                session,
                at=self._clock.now(),
                action="closure_removed",
                actor_kind=_actor_kind(actor),
                actor_id=actor,
                terminal_id=terminal_id,
                detail={"day": day.isoformat()},
            )

    # -- inside ------------------------------------------------------------------------------

    def _book(
        self,
        patron_id: uuid.UUID,
        item_id: uuid.UUID,
        starts_at: datetime,
        minutes: int,
        *,
        walk_in: bool,
    ) -> ReservationSummary:
        for attempt in range(1, _TRANSIENT_ATTEMPTS + 1):
            try:
                return self._book_once(patron_id, item_id, starts_at, minutes, walk_in=walk_in)
            except _TransientConflict as exc:
                if attempt == _TRANSIENT_ATTEMPTS:
                    raise DatabaseUnavailable(describe(exc.__cause__ or exc)) from exc
                # The other booking has committed or rolled back by now; checking again
                # gives the refusal (or the booking) this one would have had alone.
                log.info("booking retried after a concurrent write (attempt %d)", attempt)
        raise AssertionError("unreachable")

    def _book_once(
        self,
        patron_id: uuid.UUID,
        item_id: uuid.UUID,
        starts_at: datetime,
        minutes: int,
        *,
        walk_in: bool,
    ) -> ReservationSummary:
        if starts_at.tzinfo is None:
            raise InvalidInput("the start time must carry its time zone")
        with self._write(overlap=True) as (session, terminal_id):
            if session.get_bind().dialect.name == "postgresql":
                # Two terminals booking for one patron at once take turns, so the day and
                # week limits hold (SQLite's write lock already serialises every booking).
                session.execute(select(Patron.id).where(Patron.id == patron_id).with_for_update())
            request = self._request(session, patron_id, item_id, starts_at, minutes, walk_in)
            refusals = rulebook.check(request)
            if refusals:
                raise BookingRefused(_named(session, refusals))
            now = self._clock.now()
            row = Reservation(
                item_id=item_id,
                patron_id=patron_id,
                starts_at=starts_at,
                ends_at=request.ends_at,
                status="booked",
                status_changed_at=now,
                terminal_id=terminal_id,
            )
            session.add(row)
            session.flush()
            self._audit(
                session,
                "reservation_walk_in" if walk_in else "reservation_booked",
                row,
                terminal_id,
                actor=patron_id,
                detail={"minutes": minutes},
            )
            return self._summary(session, row)

    def _request(
        self,
        session: Session,
        patron_id: uuid.UUID,
        item_id: uuid.UUID,
        starts_at: datetime,
        minutes: int,
        walk_in: bool = False,
    ) -> rulebook.Request:
        now = self._clock.now()
        zone = self._zone(session)
        item = self._item(session, item_id)
        by_kind, weekly = self._calendar(session)
        rule = by_kind.get(item.kind, rulebook.DEFAULT_RULE)
        standing = self._standing(session, patron_id, now)
        day = starts_at.astimezone(zone).date()
        ends_at = starts_at + timedelta(minutes=max(minutes, 0))
        buffer = timedelta(minutes=rule.buffer_minutes)
        week_start, week_end = rulebook.week_of(day)
        holiday = dict(self._closures(session, day, day)).get(day)
        item_rows = session.execute(
            select(Reservation).where(
                Reservation.item_id == item_id,
                Reservation.ends_at > starts_at - buffer,
                Reservation.starts_at < ends_at + buffer,
                Reservation.status.in_(HOLDING_STATUSES),
            )
        ).scalars()
        patron_rows = session.execute(
            select(Reservation, EquipmentItem.kind)
            .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
            .where(
                Reservation.patron_id == patron_id,
                Reservation.starts_at >= rulebook.local_midnight(week_start, zone),
                Reservation.starts_at < rulebook.local_midnight(week_end, zone),
                Reservation.status.in_(COUNTING_STATUSES),
                EquipmentItem.kind == item.kind,
            )
        ).all()
        return rulebook.Request(
            patron_id=patron_id,
            item=rulebook.ItemFacts(
                item.id, item.kind, item.state, item.reservable, item.required_training
            ),
            starts_at=starts_at,
            minutes=minutes,
            now=now,
            zone=zone,
            rule=rule,
            standing=standing,
            card_revoked=standing.card_revoked,
            suspended_until=_suspended_until(session, patron_id, self._branch_id, now),
            opening=_spans(weekly.get(day.weekday(), ()), day, zone),
            holiday=holiday,
            item_bookings=tuple(_booked(row, item.kind) for row in item_rows),
            patron_bookings=tuple(_booked(row, kind) for row, kind in patron_rows),
            walk_in=walk_in,
        )

    def _maybe_suspend(
        self,
        session: Session,
        patron_id: uuid.UUID,
        rule: rulebook.Rule,
        now: datetime,
        terminal_id: uuid.UUID,
    ) -> None:
        if rule.no_show_limit == 0 or rule.suspension_days == 0:
            return
        last = session.scalar(
            select(func.max(BookingSuspension.starts_at)).where(
                BookingSuspension.patron_id == patron_id,
                BookingSuspension.branch_id == self._branch_id,
            )
        )
        since = now - rulebook.NO_SHOW_WINDOW
        if last is not None and last > since:
            since = last
        count = session.scalar(
            select(func.count())
            .select_from(Reservation)
            .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
            .where(
                Reservation.patron_id == patron_id,
                EquipmentItem.branch_id == self._branch_id,
                Reservation.status == "no_show",
                Reservation.status_changed_at > since,
            )
        )
        if (count or 0) < rule.no_show_limit:
            return
        suspension = BookingSuspension(
            patron_id=patron_id,
            branch_id=self._branch_id,
            starts_at=now,
            ends_at=now + timedelta(days=rule.suspension_days),
            reason="no_shows",
            no_shows=int(count or 0),
        )
        session.add(suspension)
        session.flush()
        record_event(
            session,
            at=now,
            action="booking_suspended",
            subject_kind="patron",
            subject_id=patron_id,
            terminal_id=terminal_id,
            detail={"no_shows": int(count or 0), "days": rule.suspension_days},
        )

    def _set_status(self, row: Reservation, status: str, now: datetime) -> None:
        row.status = status
        row.status_changed_at = now

    def _audit(
        self,
        session: Session,
        action: str,
        row: Reservation,
        terminal_id: uuid.UUID,
        *,
        actor: uuid.UUID | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        record_event(
            session,
            at=self._clock.now(),
            action=action,
            actor_kind="patron" if actor is not None else "system",
            actor_id=actor,
            subject_kind="reservation",
            subject_id=row.id,
            terminal_id=terminal_id,
            detail={
                "item": str(row.item_id),
                "starts_at": row.starts_at.isoformat(),
                "ends_at": row.ends_at.isoformat(),
                **(detail or {}),
            },
        )

    def _summary(self, session: Session, row: Reservation) -> ReservationSummary:
        item = session.get(EquipmentItem, row.item_id)
        assert item is not None
        return _summary(row, item)

    def _branch(self, session: Session) -> Branch:
        branch = session.get(Branch, self._branch_id)
        if branch is None:
            raise NotFound(f"no branch with the code {self._branch_code[:64]!r} is known")
        return branch

    def _calendar(
        self, session: Session
    ) -> tuple[dict[str, rulebook.Rule], dict[int, tuple[tuple[time, time], ...]]]:
        """The rules per kind and the weekly hours, read again at most every CALENDAR_TTL
        seconds (and at once after a change made through this service): the screens ask on
        every tap and they change a few times a year, so a change made at another terminal or
        with the command line takes up to that long to apply here. Closures, bookings and the
        patron's standing are always read afresh."""
        cached = self._calendar_cache
        if cached is not None and time_module.monotonic() - cached[0] < CALENDAR_TTL:
            return cached[1], cached[2]
        by_kind, weekly = self._rules(session), self._weekly_hours(session)
        self._calendar_cache = (time_module.monotonic(), by_kind, weekly)
        return by_kind, weekly

    def _zone(self, session: Session) -> ZoneInfo:
        # The branch's zone comes from the configuration at start: read once.
        if self._zone_cache is not None:
            return self._zone_cache
        self._zone_cache = self._read_zone(session)
        return self._zone_cache

    def _read_zone(self, session: Session) -> ZoneInfo:
        branch = self._branch(session)
        try:
            return ZoneInfo(branch.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("unknown time zone for branch %s; using UTC", branch.code)
            return ZoneInfo("UTC")

    def _item(self, session: Session, item_id: uuid.UUID) -> EquipmentItem:
        item = session.get(EquipmentItem, item_id)
        if item is None or item.branch_id != self._branch_id:
            raise BookingRefused((Refusal(RefusalCode.NOT_RESERVABLE),))
        return item

    def _rules(self, session: Session) -> dict[str, rulebook.Rule]:
        rows = session.scalars(select(BookingRule).where(BookingRule.branch_id == self._branch_id))
        return {row.kind: _rule(row) for row in rows}

    def _weekly_hours(self, session: Session) -> dict[int, tuple[tuple[time, time], ...]]:
        out: dict[int, list[tuple[time, time]]] = defaultdict(list)
        for row in session.scalars(
            select(OpeningHours)
            .where(OpeningHours.branch_id == self._branch_id)
            .order_by(OpeningHours.weekday, OpeningHours.opens_at)
        ):
            out[row.weekday].append((row.opens_at, row.closes_at))
        return {day: tuple(spans) for day, spans in out.items()}

    def _closures(self, session: Session, first: date, last: date) -> list[tuple[date, str]]:
        rows = session.execute(
            select(Closure.day, Closure.reason)
            .where(Closure.branch_id == self._branch_id, Closure.day >= first, Closure.day <= last)
            .order_by(Closure.day)
        )
        return [(day, reason) for day, reason in rows]

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with UnitOfWork(self._session_factory, write=False) as session:
                yield session
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc

    @contextmanager
    def _write(self, *, overlap: bool = False) -> Iterator[tuple[Session, uuid.UUID]]:
        try:
            terminal_id = self._terminal.id()  # before the write lock: it may write itself
            with UnitOfWork(self._session_factory) as session:
                yield session, terminal_id
        except IntegrityError as exc:
            if overlap and "reservations_no_overlap" in str(exc.orig):
                # PostgreSQL: another terminal's booking of the item committed first.
                raise BookingRefused((Refusal(RefusalCode.OVERLAP),)) from exc
            raise DatabaseUnavailable(describe(exc)) from exc
        except DB_ERRORS as exc:
            if overlap and is_transient_conflict(exc):
                raise _TransientConflict from exc
            raise DatabaseUnavailable(describe(exc)) from exc


class _TransientConflict(Exception):
    """The server aborted a booking only because another ran at the same moment."""


_TRANSIENT_ATTEMPTS = 4


def _named(session: Session, refusals: tuple[Refusal, ...]) -> tuple[Refusal, ...]:
    """NEEDS_TRAINING with the training's name as staff gave it (`training_name`), so the
    patron is told which training to ask for, not its code."""
    codes = {
        str(r.params.get("training")) for r in refusals if r.code is RefusalCode.NEEDS_TRAINING
    }
    if not codes:
        return refusals
    names = dict(
        session.execute(select(Training.code, Training.name).where(Training.code.in_(codes))).all()
    )
    return tuple(
        Refusal(r.code, {**r.params, "training_name": names[str(r.params.get("training"))]})
        if r.code is RefusalCode.NEEDS_TRAINING and str(r.params.get("training")) in names
        else r
        for r in refusals
    )


def _held_on(branch_id: uuid.UUID, day: date, zone: ZoneInfo) -> tuple[ColumnElement[bool], ...]:
    """Bookings of the branch still holding their machine that start on `day` (local)."""
    return (
        EquipmentItem.branch_id == branch_id,
        Reservation.status.in_(HOLDING_STATUSES),
        Reservation.starts_at >= rulebook.local_midnight(day, zone),
        Reservation.starts_at < rulebook.local_midnight(day + timedelta(days=1), zone),
    )


def _actor_kind(actor: uuid.UUID | None) -> str:
    # The command line runs as whoever administers the terminal: audited as the system.
    return "staff" if actor is not None else "system"


def _rule(row: BookingRule) -> rulebook.Rule:
    return rulebook.Rule(**{name: getattr(row, name) for name in rulebook.RULE_FIELDS})


def _booked(row: Reservation, kind: str) -> rulebook.Booked:
    return rulebook.Booked(row.id, row.item_id, row.patron_id, kind, row.starts_at, row.ends_at)


def _summary(row: Reservation, item: EquipmentItem) -> ReservationSummary:
    return ReservationSummary(
        row.id, row.item_id, item.name, row.starts_at, row.ends_at, row.status, item.icon
    )


def _suspended_until(
    session: Session, patron_id: uuid.UUID, branch_id: uuid.UUID, now: datetime
) -> datetime | None:
    return session.scalar(
        select(func.max(BookingSuspension.ends_at)).where(
            BookingSuspension.patron_id == patron_id,
            BookingSuspension.branch_id == branch_id,
            BookingSuspension.ends_at > now,
        )
    )


def _spans(
    weekly: tuple[tuple[time, time], ...], day: date, zone: ZoneInfo
) -> tuple[rulebook.Span, ...]:
    return tuple(
        rulebook.Span(rulebook.at_local(day, opens, zone), rulebook.at_local(day, closes, zone))
        for opens, closes in weekly
    )


def _window(
    weekly: dict[int, tuple[tuple[time, time], ...]], open_days: list[date]
) -> tuple[time, time] | None:
    """The earliest opening and latest closing over the days shown."""
    spans = [span for day in open_days for span in weekly.get(day.weekday(), ())]
    if not spans:
        return None
    return min(opens for opens, _ in spans), max(closes for _, closes in spans)


class _DayGrid:
    """One day's slot grid for one slot length: every slot CLOSED, PAST or FREE, shared by all
    items with that length (slots are immutable), so an item without bookings that day costs
    nothing more."""

    def __init__(
        self,
        day: date,
        window: tuple[time, time] | None,
        step: int,
        zone: ZoneInfo,
        opening: tuple[rulebook.Span, ...],
        now: datetime,
    ) -> None:
        self.starts: list[datetime] = []
        self.ends: list[datetime] = []
        slots: list[Slot] = []
        if window is not None:
            first = (window[0].hour * 60 + window[0].minute) // step * step
            last = window[1].hour * 60 + window[1].minute
            midnight = datetime.combine(day, time(0), tzinfo=zone)
            for minute in range(first, last, step):
                local_start = midnight + timedelta(minutes=minute)
                start = local_start.astimezone(UTC)
                end = (local_start + timedelta(minutes=step)).astimezone(UTC)
                if not any(s.opens_at <= start and end <= s.closes_at for s in opening):
                    state = SlotState.CLOSED
                elif end <= now:
                    state = SlotState.PAST
                else:
                    state = SlotState.FREE
                self.starts.append(start)
                self.ends.append(end)
                slots.append(Slot(start, end, state))
        self.slots = tuple(slots)

    def overlay(
        self, booked: list[tuple[datetime, datetime, uuid.UUID | None]], buffer: timedelta
    ) -> tuple[Slot, ...]:
        """The grid with an item's bookings on it: the patron's own (with its id) as YOURS, the
        others and their buffers as BOOKED."""
        if not self.slots or not booked:
            return self.slots
        first, last = self.starts[0], self.ends[-1]
        slots: list[Slot] | None = None
        for r_start, r_end, r_own in booked:
            if r_end + buffer <= first or r_start - buffer >= last:
                continue
            lo = bisect.bisect_right(self.ends, r_start - buffer)
            hi = bisect.bisect_left(self.starts, r_end + buffer)
            for index in range(lo, hi):
                slot = (slots or self.slots)[index]
                if slot.state in (SlotState.CLOSED, SlotState.PAST, SlotState.YOURS):
                    continue
                if r_own is not None and r_start < slot.ends_at and slot.starts_at < r_end:
                    new = Slot(slot.starts_at, slot.ends_at, SlotState.YOURS, r_own)
                elif slot.state is SlotState.FREE:
                    new = Slot(slot.starts_at, slot.ends_at, SlotState.BOOKED)
                else:
                    continue
                if slots is None:
                    slots = list(self.slots)
                slots[index] = new
        return self.slots if slots is None else tuple(slots)


def _board_row(
    item: EquipmentItem, upcoming: list[tuple[datetime, datetime]], now: datetime
) -> BoardRow:
    current = next((r for r in upcoming if r[0] <= now < r[1]), None)
    following = next((r for r in upcoming if r[0] > now), None)
    if item.state in ("out_of_order", "needs_check"):
        return BoardRow(item.id, item.name, item.icon, item.state, None)
    if item.state == "in_use":
        return BoardRow(item.id, item.name, item.icon, "in_use", current[1] if current else None)
    if current is not None:
        return BoardRow(item.id, item.name, item.icon, "reserved", current[1])
    if following is not None and following[0] - now <= BOARD_LOOKAHEAD:
        return BoardRow(item.id, item.name, item.icon, "reserved", following[1])
    return BoardRow(
        item.id, item.name, item.icon, "free", following[0] if following is not None else None
    )
