"""Immutable facts about the kiosk's devices, safe to hand from a device thread to the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DeviceKind(StrEnum):
    DATABASE = "database"
    RELAY = "relay"
    PRINTER = "printer"
    SCANNER = "scanner"


class LinkStatus(StrEnum):
    STARTING = "starting"  # being opened for the first time
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"  # was there, or the port exists: trying again by itself
    MISSING = "missing"  # nothing on the configured port
    FAULT = "fault"  # something answers, but not as this kind of device, or it halted
    STOPPED = "stopped"


@dataclass(frozen=True)
class DeviceStatus:
    name: str
    kind: DeviceKind
    status: LinkStatus
    # One plain line for staff: what is wrong, or what the device is doing.
    detail: str = ""
    port: str = ""


class NoticeKind(StrEnum):
    """What a notice says, so that the screen can say it in the staff member's language."""

    CONTROLLER_RESET = "controller_reset"
    UNLOCK_UNCONFIRMED = "unlock_unconfirmed"
    UNLOCK_REVOKED = "unlock_revoked"
    ESTOP_LOCKED = "estop_locked"
    HEARTBEAT_LOST = "heartbeat_lost"
    JOB_FAILED = "job_failed"
    # An emergency stop the printer may not act on at once, and what became of its power relay.
    POWER_CUT = "power_cut"
    POWER_CUT_FAILED = "power_cut_failed"
    NO_POWER_RELAY = "no_power_relay"
    OTHER = "other"  # only `text` says what happened


@dataclass(frozen=True)
class DeviceNotice:
    """Something a device reported that staff should see (an unconfirmed unlock, a reset)."""

    name: str
    kind: DeviceKind
    text: str  # in English, for the log
    # The hardware layer's own event object, for whoever wants the details.
    event: object = None
    what: NoticeKind = NoticeKind.OTHER
    channel: int | None = None
    job: str = ""
    detail: str = ""  # the device's own words (a printer's reason for a failed job)


@dataclass(frozen=True)
class LockReport:
    """How "lock every machine now" went on one relay controller."""

    name: str
    confirmed: bool
    detail: str = ""  # in English, for the log; the driver's own line when it failed
    channels_on: tuple[int, ...] = ()  # channels the controller still reports as on
