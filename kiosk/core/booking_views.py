"""What the booking service answers: small immutable values the booking screens render.

No database or Qt behind this module, so the UI imports it freely. Times are timezone-aware UTC;
`Availability.zone` names the branch's zone the screens show them in.

A refusal is a code plus parameters, never words: the screens word it in the patron's language
with the next step. Parameters by code (all optional, ints or ISO strings):

- PAST, ZERO_LENGTH: none.
- TOO_SHORT / TOO_LONG: `minutes` asked, `limit` (the rule's minimum / maximum).
- MISALIGNED: `step` (a booking starts and lasts whole slots of `step` minutes).
- DAY_LIMIT / WEEK_LIMIT: `minutes` asked, `used` (already booked that day / week), `limit`.
- TOO_FAR_AHEAD: `days` (the advance-booking window), `until` (last day bookable, ISO date).
- CLOSED: the branch is not open for the whole time asked (`opens_at` ISO, when known).
- HOLIDAY: `reason` (as staff entered it), `date` (ISO date).
- AFTER_CLOSING: `closes_at` (ISO time of closing, UTC).
- OVERLAP: the item is booked then (`starts_at`, `ends_at` of the booking in the way).
- BUFFER: too close to another booking of the item (`minutes` of buffer the rule keeps).
- NEEDS_TRAINING: `training` (the training code the item requires), `training_name` (its name,
  when the library's list of trainings has it).
- NEEDS_CONSENT: a minor without guardian consent on file.
- NEEDS_WAIVER: `version` of the waiver not yet accepted.
- SUSPENDED: booking suspended after no-shows, `until` (ISO datetime), `no_shows`.
- NOT_RESERVABLE: the item is not booked by slot (retired, lend-only) or unknown.
- OUT_OF_ORDER: the item is marked out of order.
- IN_USE: "use now" while the item is in use or waits for a check.
- CARD_REVOKED: the patron has no card in force any more.
- NOT_YOURS: cancelling a reservation of another patron.
- NOT_CANCELLABLE: the reservation has started, ended or was cancelled already (`status`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from kiosk.errors import DomainError


class SlotState(StrEnum):
    FREE = "free"
    BOOKED = "booked"
    YOURS = "yours"
    CLOSED = "closed"
    PAST = "past"


class RefusalCode(StrEnum):
    PAST = "past"
    ZERO_LENGTH = "zero_length"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    MISALIGNED = "misaligned"
    DAY_LIMIT = "day_limit"
    WEEK_LIMIT = "week_limit"
    TOO_FAR_AHEAD = "too_far_ahead"
    CLOSED = "closed"
    HOLIDAY = "holiday"
    AFTER_CLOSING = "after_closing"
    OVERLAP = "overlap"
    BUFFER = "buffer"
    NEEDS_TRAINING = "needs_training"
    NEEDS_CONSENT = "needs_consent"
    NEEDS_WAIVER = "needs_waiver"
    SUSPENDED = "suspended"
    NOT_RESERVABLE = "not_reservable"
    OUT_OF_ORDER = "out_of_order"
    IN_USE = "in_use"
    CARD_REVOKED = "card_revoked"
    NOT_YOURS = "not_yours"
    NOT_CANCELLABLE = "not_cancellable"


@dataclass(frozen=True)
class Refusal:
    code: RefusalCode
    params: Mapping[str, str | int] = field(default_factory=dict)


class BookingRefused(DomainError):
    """A booking (or cancel, or walk-in) the rules do not allow; `refusals` holds every reason,
    most fundamental first (the patron's standing, then the item, then the time asked)."""

    def __init__(self, refusals: tuple[Refusal, ...]) -> None:
        self.refusals = refusals
        codes = ", ".join(refusal.code.value for refusal in refusals)
        super().__init__(f"the booking is not allowed ({codes})")


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime
    state: SlotState
    # The patron's own reservation covering this slot (state YOURS), for cancel from the timeline.
    reservation_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ItemDay:
    """One item's slots on one day (a row of the day timeline)."""

    item_id: uuid.UUID
    name: str
    kind: str
    icon: str
    state: str  # the equipment state now: free, reserved, in_use, needs_check, out_of_order
    required_training: str | None
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class ItemAvailability:
    """One item over the days asked: `days[i]` are the slots of `Availability.days[i]`."""

    item_id: uuid.UUID
    name: str
    kind: str
    icon: str
    state: str
    required_training: str | None
    slot_minutes: int
    days: tuple[tuple[Slot, ...], ...]

    def on(self, index: int) -> ItemDay:
        return ItemDay(
            self.item_id,
            self.name,
            self.kind,
            self.icon,
            self.state,
            self.required_training,
            self.days[index],
        )


@dataclass(frozen=True)
class Availability:
    """Every reservable item of the branch over `days` (local dates in `zone`). Each day's slots
    run from the earliest opening to the latest closing of the days shown, so the rows of a week
    line up; hours outside that day's opening are CLOSED. `closures` lists holidays shown, with
    the reason staff gave."""

    days: tuple[date, ...]
    zone: str
    items: tuple[ItemAvailability, ...]
    closures: tuple[tuple[date, str], ...] = ()

    def day(self, day: date) -> tuple[ItemDay, ...]:
        index = self.days.index(day)
        return tuple(item.on(index) for item in self.items)


@dataclass(frozen=True)
class ReservationSummary:
    reservation_id: uuid.UUID
    item_id: uuid.UUID
    item_name: str
    starts_at: datetime
    ends_at: datetime
    status: str  # booked, active, completed, cancelled, no_show, conflicted
    icon: str = "tool"


@dataclass(frozen=True)
class BookingLimits:
    """The rule for an item's kind, as the length picker needs it: a booking lasts between
    `min_minutes` and `max_minutes`, in steps of `step_minutes`, on a grid of `slot_minutes`."""

    slot_minutes: int
    min_minutes: int
    max_minutes: int
    step_minutes: int
    advance_days: int = 14
    buffer_minutes: int = 0


@dataclass(frozen=True)
class BoardRow:
    """A line of the attract screen's board. `state`: free, in_use, reserved (a booking is on
    now or about to start), out_of_order, needs_check. `until`: when that state is expected to
    end (the end of the session or booking; None when unknown or free for the rest of the day)."""

    item_id: uuid.UUID
    name: str
    icon: str
    state: str
    until: datetime | None
