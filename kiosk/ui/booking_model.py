"""The booking service's answers shaped for the equipment screens: per machine, its days and
their slots in the branch's zone, what is free now, how long a booking from a slot can be.

Plain data and arithmetic: the screens word it, the tests assert on it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from kiosk.core.booking_views import (
    Availability,
    BookingLimits,
    ReservationSummary,
    Slot,
    SlotState,
)

# Equipment states a machine cannot be booked or used in, whatever its slots say.
UNUSABLE_STATES = frozenset({"out_of_order", "retired"})
# Reservation statuses still to come or going on (the rest are history).
OPEN_STATUSES = frozenset({"booked", "active"})


class Outlook(StrEnum):
    """What a machine's card on the equipment list says first."""

    OUT_OF_ORDER = "out_of_order"
    NEEDS_CHECK = "needs_check"
    FREE_NOW = "free_now"
    FREE_LATER_TODAY = "free_later_today"  # `at` is the first free slot today
    FREE_THIS_WEEK = "free_this_week"  # `at` is the first free slot this week
    FULL = "full"  # nothing free in the days shown


@dataclass(frozen=True)
class DaySlots:
    day: date  # in the branch's zone
    slots: tuple[Slot, ...]


@dataclass(frozen=True)
class Machine:
    item_id: uuid.UUID
    name: str
    kind: str
    icon: str
    state: str
    required_training: str | None
    days: tuple[DaySlots, ...]

    def slots(self) -> tuple[Slot, ...]:
        return tuple(slot for day in self.days for slot in day.slots)

    def day(self, day: date) -> DaySlots:
        for entry in self.days:
            if entry.day == day:
                return entry
        return DaySlots(day, ())

    def free_slots(self) -> int:
        return sum(1 for slot in self.slots() if slot.state == SlotState.FREE)


def machines(availability: Availability, zone: tzinfo | None) -> tuple[Machine, ...]:
    """One Machine per item, in the service's order, each with every day asked for."""
    return tuple(
        Machine(
            item_id=item.item_id,
            name=item.name,
            kind=item.kind,
            icon=item.icon,
            state=item.state,
            required_training=item.required_training,
            days=tuple(
                DaySlots(day, tuple(sorted(slots, key=lambda s: s.starts_at)))
                for day, slots in zip(availability.days, item.days, strict=False)
            ),
        )
        for item in availability.items
    )


def slot_at(machine: Machine, moment: datetime) -> Slot | None:
    for slot in machine.slots():
        if slot.starts_at <= moment < slot.ends_at:
            return slot
    return None


def free_now(machine: Machine, now: datetime) -> bool:
    """Whether a walk-in could start now: the machine is free and so is the slot of now."""
    if machine.state != "free":
        return False
    slot = slot_at(machine, now)
    return slot is not None and slot.state == SlotState.FREE


def outlook(
    machine: Machine, now: datetime, zone: tzinfo | None
) -> tuple[Outlook, datetime | None]:
    if machine.state in UNUSABLE_STATES:
        return Outlook.OUT_OF_ORDER, None
    if machine.state == "needs_check":
        return Outlook.NEEDS_CHECK, None
    if free_now(machine, now):
        return Outlook.FREE_NOW, None
    today = now.astimezone(zone).date()
    upcoming = [
        slot for slot in machine.slots() if slot.state == SlotState.FREE and slot.ends_at > now
    ]
    if not upcoming:
        return Outlook.FULL, None
    first = upcoming[0]
    if first.starts_at.astimezone(zone).date() == today:
        return Outlook.FREE_LATER_TODAY, first.starts_at
    return Outlook.FREE_THIS_WEEK, first.starts_at


def free_run_minutes(machine: Machine, start: datetime) -> int:
    """How many minutes are free from `start` on, through back-to-back free slots."""
    minutes = 0
    cursor = start
    for slot in machine.slots():
        if slot.ends_at <= cursor:
            continue
        if slot.starts_at > cursor or slot.state != SlotState.FREE:
            break
        minutes += int((slot.ends_at - cursor).total_seconds() // 60)
        cursor = slot.ends_at
    return minutes


@dataclass(frozen=True)
class LengthChoice:
    """The +/- control's range for one booking: from the shortest the rules allow to the
    longest that both the rules and the free time from the start allow."""

    minutes: int
    shortest: int
    longest: int
    step: int

    @property
    def can_shorten(self) -> bool:
        return self.minutes - self.step >= self.shortest

    @property
    def can_lengthen(self) -> bool:
        return self.minutes + self.step <= self.longest

    def shorter(self) -> LengthChoice:
        if not self.can_shorten:
            return self
        return LengthChoice(self.minutes - self.step, self.shortest, self.longest, self.step)

    def longer(self) -> LengthChoice:
        if not self.can_lengthen:
            return self
        return LengthChoice(self.minutes + self.step, self.shortest, self.longest, self.step)


def length_choice(limits: BookingLimits, free_minutes: int) -> LengthChoice:
    step = max(1, limits.step_minutes or limits.slot_minutes or 15)
    shortest = max(step, limits.min_minutes)
    longest = min(limits.max_minutes, free_minutes) if free_minutes > 0 else limits.max_minutes
    # Whole steps only, and never below the shortest: the service refuses what the rules do not
    # allow and says why, so the control offers at least one length.
    longest = max(shortest, shortest + (longest - shortest) // step * step)
    first = min(longest, max(shortest, limits.slot_minutes))
    return LengthChoice(first, shortest, longest, step)


def current(reservation: ReservationSummary, now: datetime) -> bool:
    """A booking whose time is now and whose session has not been started elsewhere."""
    return reservation.status == "booked" and reservation.starts_at <= now < reservation.ends_at


def on_day(
    reservations: Iterable[ReservationSummary], day: date, zone: tzinfo | None, now: datetime
) -> tuple[ReservationSummary, ...]:
    """The open reservations of `day` (branch zone) not yet over, by start time."""
    return tuple(
        sorted(
            (
                r
                for r in reservations
                if r.status in OPEN_STATUSES
                and r.ends_at > now
                and r.starts_at.astimezone(zone).date() == day
            ),
            key=lambda r: r.starts_at,
        )
    )


def week_days(first: date, days: int) -> tuple[date, ...]:
    return tuple(first + timedelta(days=offset) for offset in range(days))
