"""What the staff console's "Equipment & rules" tool reads and sends: the branch's items, the
booking rule of each kind, the weekly opening hours and the closures, as small immutable values.

No database or Qt behind this module (only the pure rule engine), so the UI imports it freely;
the item fields travel as plain values and the core checks them as the command line's are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from kiosk.core.booking_rules import Rule


@dataclass(frozen=True)
class RuleView:
    kind: str
    rule: Rule
    is_default: bool


@dataclass(frozen=True)
class HoursView:
    weekday: int  # 0 = Monday
    spans: tuple[tuple[time, time], ...]  # at most two, in order; none: closed all day


@dataclass(frozen=True)
class ClosureView:
    day: date
    reason: str
    booked: int = 0  # bookings already made for the day (when it was added)


@dataclass(frozen=True)
class ItemDraft:
    """An item as staff fill it in: a new one (`item_id` None) or changes to one."""

    name: str
    kind: str
    icon: str | None = None  # None: the kind's icon
    training: str | None = None  # a training code; None: no training needed
    reservable: bool = True
    lendable: bool = False
    relay: str | None = None  # a configured relay controller's name; None: not bound
    channel: int | None = None
    item_id: uuid.UUID | None = None
    printer: str | None = None  # a `[[printers]]` name; None: not bound
    # Whether staff chose `printer`: when they did not, a save keeps the stored binding, even one
    # another terminal or the command line set after the tool read the item.
    printer_changed: bool = False


@dataclass(frozen=True)
class ItemRow:
    item_id: uuid.UUID
    name: str
    kind: str
    icon: str
    training: str | None
    reservable: bool
    lendable: bool
    relay: str | None
    channel: int | None
    printer: str | None
    state: str

    def draft(self) -> ItemDraft:
        return ItemDraft(
            self.name,
            self.kind,
            self.icon,
            self.training,
            self.reservable,
            self.lendable,
            self.relay,
            self.channel,
            self.item_id,
            self.printer,
        )


@dataclass(frozen=True)
class ClosedDayBooking:
    """A booking still held on a day the branch closed after it was made."""

    reservation_id: uuid.UUID
    patron_name: str
    item_name: str
    starts_at: datetime
    ends_at: datetime
    reason: str  # the closure's, as staff entered it


@dataclass(frozen=True)
class EquipmentSetup:
    """Everything the tool shows, read in one go; the choices come from the core so the screens
    offer only what it accepts."""

    items: tuple[ItemRow, ...]
    rules: tuple[RuleView, ...]
    hours: tuple[HoursView, ...]
    closures: tuple[ClosureView, ...]
    kinds: tuple[str, ...]
    icons: tuple[str, ...]
    default_icons: tuple[tuple[str, str], ...]  # (kind, the icon it gets when none is chosen)
    trainings: tuple[tuple[str, str], ...]  # (code, name)
    relays: tuple[str, ...]  # the relay controllers configured on this kiosk
    channel_max: int
    closed_day_bookings: tuple[ClosedDayBooking, ...] = ()
    printers: tuple[str, ...] = ()  # the printers configured on this kiosk
