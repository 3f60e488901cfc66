"""What the machine service answers: small immutable values the session and staff screens
render, and its refusals as codes the screens word. No database or Qt behind this module.

Refusal parameters by code (ints or ISO strings):

- NOT_YET: `starts_at` (the slot has not begun).
- OVER: `ends_at` (the slot has ended).
- NOT_BOOKED: `status` (the reservation was cancelled, released as a no-show, completed).
- NOT_YOURS, NO_RESERVATION, UNKNOWN_ITEM, RETIRED: none.
- OUT_OF_ORDER, NEEDS_CHECK: the item waits for staff.
- IN_USE: another session holds the item, `until` (ISO) when known.
- NOT_UNLOCKABLE: the item has no relay channel to switch.
- BAD_MINUTES: `limit` (the longest a staff unlock may last, minutes).
- BAD_STATE: `state` asked for.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from kiosk.errors import DomainError

PROBLEM_REASONS = ("jammed", "not_heating", "damaged", "missing_parts", "dirty", "other")
# A staff unlock lasts at most this long (the controller accepts up to 24 h).
STAFF_UNLOCK_MAX_MINUTES = 12 * 60


class MachineRefusal(StrEnum):
    NO_RESERVATION = "no_reservation"
    NOT_YOURS = "not_yours"
    NOT_YET = "not_yet"
    OVER = "over"
    NOT_BOOKED = "not_booked"
    UNKNOWN_ITEM = "unknown_item"
    RETIRED = "retired"
    OUT_OF_ORDER = "out_of_order"
    NEEDS_CHECK = "needs_check"
    IN_USE = "in_use"
    NOT_UNLOCKABLE = "not_unlockable"
    BAD_MINUTES = "bad_minutes"
    BAD_STATE = "bad_state"


class MachineRefused(DomainError):
    def __init__(self, code: MachineRefusal, params: Mapping[str, str | int] | None = None):
        self.code = code
        self.params: Mapping[str, str | int] = dict(params or {})
        super().__init__(f"{code.value} {dict(self.params)}" if self.params else code.value)


@dataclass(frozen=True)
class Channel:
    """A relay controller's channel, by the `[[relays]]` name of the configuration."""

    relay: str
    channel: int


@dataclass(frozen=True)
class SessionPlan:
    """What to unlock and until when, checked against the database but not yet written: the
    session is recorded only once the controller confirmed the unlock."""

    item_id: uuid.UUID
    item_name: str
    kind: str  # the equipment kind
    channel: Channel | None  # None: nothing to switch (a machine without a relay)
    printer: str | None  # the printer this channel powers, if any
    starts_at: datetime
    ends_at: datetime
    reservation_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None  # set when the session already runs (a second Start)


@dataclass(frozen=True)
class SessionView:
    session_id: uuid.UUID
    item_id: uuid.UUID
    item_name: str
    kind: str  # "patron" | "staff"
    channel: Channel | None
    printer: str | None
    started_at: datetime
    planned_end: datetime
    unlock_confirmed_at: datetime
    kept_on_at: datetime | None = None
    ended_at: datetime | None = None
    end_reason: str | None = None
    reservation_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ProblemView:
    report_id: uuid.UUID
    item_id: uuid.UUID
    item_name: str
    reason: str
    reported_at: datetime
    by_patron: bool
    resolved_at: datetime | None = None


@dataclass(frozen=True)
class MachineRow:
    """One machine on the staff Machines tool, as the database knows it; the live relay state
    comes from the devices."""

    item_id: uuid.UUID
    name: str
    kind: str
    icon: str
    state: str  # equipment state: free, reserved, in_use, needs_check, out_of_order
    channel: Channel | None
    printer: str | None
    session: SessionView | None = None
    problems: tuple[ProblemView, ...] = field(default=())
