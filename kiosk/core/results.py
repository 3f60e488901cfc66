"""What the check-in and staff services answer: small immutable values that cross from the
worker thread to the screens. Kept apart from the services so the UI can import them without
loading the database layer (which would slow the kiosk's start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uuid
    from datetime import datetime


class ScanOutcome(StrEnum):
    WELCOME = "welcome"
    STAFF = "staff"
    UNKNOWN_CARD = "unknown_card"
    REVOKED_CARD = "revoked_card"
    FORGED_CARD = "forged_card"
    MALFORMED = "malformed"
    # A library barcode (the patron's borrowing card) at a kiosk that takes only its QR cards.
    LIBRARY_BARCODE = "library_barcode"
    # A lendable kit's QR label scanned as if it were a card.
    KIT_LABEL = "kit_label"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class PatronSummary:
    patron_id: uuid.UUID
    display_name: str
    is_minor: bool


@dataclass(frozen=True)
class StaffSummary:
    staff_id: uuid.UUID
    display_name: str
    role: str  # "staff" | "admin"


@dataclass(frozen=True)
class ScanResult:
    outcome: ScanOutcome
    patron: PatronSummary | None = None
    staff: StaffSummary | None = None
    visit_counted: bool = False
    # When this visit was counted, or when the visit this scan falls in was (UTC).
    checked_in_at: datetime | None = None
    # A staff card whose account is locked after wrong PINs: until when (UTC).
    staff_locked_until: datetime | None = None


class PinOutcome(StrEnum):
    OK = "ok"
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"
    UNKNOWN = "unknown"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class PinResult:
    outcome: PinOutcome
    staff: StaffSummary | None = None
    attempts_left: int | None = None
    locked_until: datetime | None = None


@dataclass(frozen=True)
class PresenceCounts:
    checked_in_today: int
    in_now: int
    # "In now" means checked in within this many minutes (the visit window).
    window_minutes: int


@dataclass(frozen=True)
class PatronMatch:
    patron_id: uuid.UUID
    display_name: str
    birth_year: int | None
    cards: int


@dataclass(frozen=True)
class LockoutNotice:
    """A staff account locked after wrong PINs, for the staff console; never holds a PIN."""

    staff_id: uuid.UUID | None
    display_name: str | None  # None when the account has since been deleted
    at: datetime
    locked_until: datetime | None
    lockout_number: int  # 1 for the first lockout since the last right PIN
    daily_cap_reached: bool
    terminal: str | None


@dataclass(frozen=True)
class WeakPin:
    staff: StaffSummary
    pin_length: int | None  # None: set before lengths were kept, and not used since
