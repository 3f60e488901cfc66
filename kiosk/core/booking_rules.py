"""The one place that decides whether a booking is allowed, and why not.

Pure: the booking service gathers the facts (the item, the rule of its kind, the branch's hours
and closures, the bookings around the time asked, the patron's standing) and `check` answers with
every refusal, most fundamental first (the patron, then the item, then the time). Nothing here
reads a clock, a database or a file, so each rule is tested on its own in microseconds."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Set
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from kiosk.core.booking_views import Refusal, RefusalCode

# How long a no-show keeps counting towards a suspension.
NO_SHOW_WINDOW = timedelta(days=30)


@dataclass(frozen=True)
class Rule:
    """How one kind of equipment is booked at a branch. The defaults apply to every kind that
    has no rule of its own (docs/booking-rules.md)."""

    slot_minutes: int = 30
    min_minutes: int = 30
    max_minutes: int = 120
    day_max_minutes: int = 180
    week_max_minutes: int = 480
    advance_days: int = 14
    buffer_minutes: int = 0
    no_show_release_minutes: int = 15
    no_show_limit: int = 3
    suspension_days: int = 14

    def problems(self) -> list[str]:
        """What makes this rule unusable (the same conditions the database checks)."""
        out = []
        if not 5 <= self.slot_minutes <= 1440:
            out.append("slot_minutes must be between 5 and 1440")
        if self.min_minutes < self.slot_minutes:
            out.append("min_minutes must be at least slot_minutes")
        if self.max_minutes < self.min_minutes:
            out.append("max_minutes must be at least min_minutes")
        if self.day_max_minutes < self.max_minutes:
            out.append("day_max_minutes must be at least max_minutes")
        if self.week_max_minutes < self.day_max_minutes:
            out.append("week_max_minutes must be at least day_max_minutes")
        if not 0 <= self.advance_days <= 366:
            out.append("advance_days must be between 0 and 366")
        if not 0 <= self.buffer_minutes <= 240:
            out.append("buffer_minutes must be between 0 and 240")
        if not 1 <= self.no_show_release_minutes <= 240:
            out.append("no_show_release_minutes must be between 1 and 240")
        if self.no_show_limit < 0 or self.suspension_days < 0:
            out.append("no_show_limit and suspension_days may not be negative")
        return out


DEFAULT_RULE = Rule()
RULE_FIELDS = tuple(f.name for f in fields(Rule))


class Standing(Protocol):
    """What the rules need of a patron's standing (kiosk.core.standing.PatronStanding)."""

    @property
    def is_minor(self) -> bool: ...
    @property
    def guardian_consent(self) -> bool: ...
    @property
    def trainings(self) -> Set[str]: ...
    @property
    def waiver_required(self) -> str | None: ...
    @property
    def card_revoked(self) -> bool: ...


@dataclass(frozen=True)
class Span:
    """A time the branch is open, in UTC."""

    opens_at: datetime
    closes_at: datetime


@dataclass(frozen=True)
class Booked:
    """A reservation near the time asked: of the item (holding its time), or of the patron
    (counting towards the day and week limits)."""

    reservation_id: uuid.UUID
    item_id: uuid.UUID
    patron_id: uuid.UUID
    kind: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class ItemFacts:
    item_id: uuid.UUID
    kind: str
    state: str
    reservable: bool
    required_training: str | None


@dataclass(frozen=True)
class Request:
    patron_id: uuid.UUID
    item: ItemFacts
    starts_at: datetime
    minutes: int
    now: datetime
    zone: ZoneInfo
    rule: Rule
    standing: Standing
    card_revoked: bool = False
    suspended_until: datetime | None = None
    # Opening spans of the local day the booking starts on; the holiday reason if it is closed.
    opening: tuple[Span, ...] = ()
    holiday: str | None = None
    # Holding reservations of the item around the time asked (any patron).
    item_bookings: tuple[Booked, ...] = ()
    # The patron's counting reservations (booked, active, completed) in the week asked.
    patron_bookings: tuple[Booked, ...] = field(default=())
    # "Use now": starts at `now` on no slot grid; the item must be free at this moment.
    walk_in: bool = False

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

    @property
    def local_day(self) -> date:
        return self.starts_at.astimezone(self.zone).date()


def check(request: Request) -> tuple[Refusal, ...]:
    refusals = [*_patron(request), *_item(request)]
    if request.minutes <= 0:
        refusals.append(Refusal(RefusalCode.ZERO_LENGTH))
        return tuple(refusals)
    if _past(request):
        # Nothing else about a time gone by is worth saying.
        refusals.append(Refusal(RefusalCode.PAST))
        return tuple(refusals)
    refusals += _when(request)
    refusals += _clashes(request)
    refusals += _limits(request)
    return tuple(refusals)


def _patron(request: Request) -> Iterable[Refusal]:
    standing = request.standing
    if request.card_revoked:
        yield Refusal(RefusalCode.CARD_REVOKED)
    if request.suspended_until is not None and request.suspended_until > request.now:
        yield Refusal(RefusalCode.SUSPENDED, {"until": _iso(request.suspended_until)})
    if standing.is_minor and not standing.guardian_consent:
        yield Refusal(RefusalCode.NEEDS_CONSENT)
    if standing.waiver_required is not None:
        yield Refusal(RefusalCode.NEEDS_WAIVER, {"version": standing.waiver_required})
    training = request.item.required_training
    if training is not None and training not in standing.trainings:
        yield Refusal(RefusalCode.NEEDS_TRAINING, {"training": training})


def _item(request: Request) -> Iterable[Refusal]:
    item = request.item
    if not item.reservable or item.state == "retired":
        yield Refusal(RefusalCode.NOT_RESERVABLE)
    elif item.state == "out_of_order":
        yield Refusal(RefusalCode.OUT_OF_ORDER)
    elif request.walk_in and item.state in ("in_use", "needs_check"):
        yield Refusal(RefusalCode.IN_USE)


def _past(request: Request) -> bool:
    # A booking may start in the slot under way (the rest of it is still usable).
    grace = timedelta(minutes=1 if request.walk_in else request.rule.slot_minutes)
    return request.starts_at + grace <= request.now


def _when(request: Request) -> Iterable[Refusal]:
    rule, start, end = request.rule, request.starts_at, request.ends_at
    if not request.walk_in:
        local = start.astimezone(request.zone)
        since_midnight = local.hour * 60 + local.minute
        if (
            since_midnight % rule.slot_minutes
            or local.second
            or local.microsecond
            or request.minutes % rule.slot_minutes
        ):
            yield Refusal(RefusalCode.MISALIGNED, {"step": rule.slot_minutes})
    if request.minutes < rule.min_minutes and not request.walk_in:
        yield Refusal(
            RefusalCode.TOO_SHORT, {"minutes": request.minutes, "limit": rule.min_minutes}
        )
    if request.minutes > rule.max_minutes:
        yield Refusal(RefusalCode.TOO_LONG, {"minutes": request.minutes, "limit": rule.max_minutes})
    today = request.now.astimezone(request.zone).date()
    last_day = today + timedelta(days=rule.advance_days)
    if request.local_day > last_day:
        yield Refusal(
            RefusalCode.TOO_FAR_AHEAD, {"days": rule.advance_days, "until": last_day.isoformat()}
        )
    if request.holiday is not None:
        yield Refusal(
            RefusalCode.HOLIDAY, {"reason": request.holiday, "date": request.local_day.isoformat()}
        )
        return
    span = next((s for s in request.opening if s.opens_at <= start < s.closes_at), None)
    if span is None:
        later = [s.opens_at for s in request.opening if s.opens_at > start]
        yield Refusal(RefusalCode.CLOSED, {"opens_at": _iso(min(later))} if later else {})
    elif end > span.closes_at:
        yield Refusal(RefusalCode.AFTER_CLOSING, {"closes_at": _iso(span.closes_at)})


def _clashes(request: Request) -> Iterable[Refusal]:
    start, end = request.starts_at, request.ends_at
    buffer = timedelta(minutes=request.rule.buffer_minutes)
    others = [b for b in request.item_bookings if b.item_id == request.item.item_id]
    overlapping = [b for b in others if b.starts_at < end and start < b.ends_at]
    if overlapping:
        first = min(overlapping, key=lambda b: b.starts_at)
        yield Refusal(
            RefusalCode.OVERLAP,
            {"starts_at": _iso(first.starts_at), "ends_at": _iso(first.ends_at)},
        )
    elif buffer and any(b.starts_at < end + buffer and start - buffer < b.ends_at for b in others):
        yield Refusal(RefusalCode.BUFFER, {"minutes": request.rule.buffer_minutes})


def _limits(request: Request) -> Iterable[Refusal]:
    zone, rule, kind = request.zone, request.rule, request.item.kind
    day = request.local_day
    week_start = day - timedelta(days=day.weekday())
    day_used = week_used = 0
    for booked in request.patron_bookings:
        if booked.kind != kind or booked.patron_id != request.patron_id:
            continue
        minutes = int((booked.ends_at - booked.starts_at).total_seconds() // 60)
        booked_day = booked.starts_at.astimezone(zone).date()
        if booked_day == day:
            day_used += minutes
        if week_start <= booked_day < week_start + timedelta(days=7):
            week_used += minutes
    asked = request.minutes
    if day_used + asked > rule.day_max_minutes:
        yield Refusal(
            RefusalCode.DAY_LIMIT,
            {"minutes": asked, "used": day_used, "limit": rule.day_max_minutes},
        )
    if week_used + asked > rule.week_max_minutes:
        yield Refusal(
            RefusalCode.WEEK_LIMIT,
            {"minutes": asked, "used": week_used, "limit": rule.week_max_minutes},
        )


def week_of(day: date) -> tuple[date, date]:
    """The Monday a local day's week starts on, and the Monday after."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return at_local(day, time(0), zone)


def at_local(day: date, moment: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()
