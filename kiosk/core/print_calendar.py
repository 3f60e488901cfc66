"""The print queue's calendar (`kiosk.core.print_queue.PrintCalendar`) over the booking service:
when the branch closes on a day, and the reservations of the equipment items bound to a
printer (`makerspace-kiosk equipment bind ITEM --printer NAME`).

A printer no item is bound to has no reservations: nobody can book it, so nothing is in a
job's way but closing time; and a branch that keeps no opening hours has no closing time."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from kiosk.core.print_queue import NO_CLOSING_TIME, BookedPeriod


class BookedItem(Protocol):
    @property
    def starts_at(self) -> datetime: ...

    @property
    def ends_at(self) -> datetime: ...


class WeekdayHours(Protocol):
    @property
    def spans(self) -> Sequence[object]: ...


class BookingSource(Protocol):
    """`kiosk.core.booking.BookingService`, as far as the queue needs it."""

    def closing_time(self, day: date) -> datetime | None: ...

    def hours(self) -> Sequence[WeekdayHours]: ...

    def reservations(
        self, item_id: uuid.UUID, starts_at: datetime, ends_at: datetime
    ) -> Sequence[BookedItem]: ...


class EquipmentItemRow(Protocol):
    @property
    def id(self) -> uuid.UUID: ...

    @property
    def printer(self) -> str | None: ...


class ItemSource(Protocol):
    """`kiosk.core.equipment.EquipmentService`: the branch's live items and their bindings."""

    def list_items(self) -> Sequence[EquipmentItemRow]: ...


class BookingCalendar:
    """Thread-safe as its sources are; every call reads the database afresh, so a binding or
    a booking made a moment ago counts."""

    def __init__(self, booking: BookingSource, items: ItemSource) -> None:
        self._booking = booking
        self._items = items

    def closing_time(self, day: date) -> datetime | None:
        closes = self._booking.closing_time(day)
        if closes is None and not any(weekday.spans for weekday in self._booking.hours()):
            # No opening hours are set (booking is not in use): nothing to close at.
            return NO_CLOSING_TIME
        return closes

    def reservations(
        self, printer: str, starts_at: datetime, ends_at: datetime
    ) -> Sequence[BookedPeriod]:
        booked = [
            BookedPeriod(found.starts_at, found.ends_at)
            for item in self._items.list_items()
            if item.printer == printer
            for found in self._booking.reservations(item.id, starts_at, ends_at)
        ]
        return sorted(booked, key=lambda period: period.starts_at)
