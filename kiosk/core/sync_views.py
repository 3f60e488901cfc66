"""What the staff console's "Network & sync" tool reads about the conflicts a sync round
left for staff, as small immutable values. No database or Qt behind this module, so the UI
imports it freely."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# The patron notice (`patron_notices.kind`) kiosk.sync.conflicts writes for a booking central
# refused; its params are item_name, starts_at and ends_at (ISO 8601, UTC).
BOOKING_CONFLICTED = "booking_conflicted"


class ConflictKind(StrEnum):
    # Central refused a booking made here while offline: another kiosk booked the machine.
    RESERVATION_OVERLAP = "reservation_overlap"
    # A database refused a change (one of its constraints said no).
    REJECTED_CHANGE = "rejected_change"


@dataclass(frozen=True)
class BookingSide:
    """One of the two bookings of an overlap. The names are for staff eyes only; `known` is
    False when the booking has not reached this kiosk (what the conflict record says is
    shown instead)."""

    reservation_id: uuid.UUID
    item_name: str
    starts_at: datetime
    ends_at: datetime
    patron_name: str | None
    terminal_name: str | None
    status: str | None
    known: bool = True


@dataclass(frozen=True)
class ConflictView:
    """An unresolved conflict. For an overlap, `refused` is the booking that could not be kept
    and `standing` the one that stands (None when the record names none); for a rejected
    change, `table_name`, `op` and `reason_code` (a kiosk.sync.status.RefusalCode) say what was
    refused and why; `reason` is the same in English, for the log."""

    conflict_id: uuid.UUID
    kind: str
    at: datetime
    table_name: str
    refused: BookingSide | None = None
    standing: BookingSide | None = None
    op: str = ""
    reason: str = ""
    reason_code: str = ""
    terminal_name: str | None = None
