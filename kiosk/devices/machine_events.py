"""What the machine control reports about unlocked machines: immutable values, safe to hand
from a device thread to the GUI, and importable without the serial layer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kiosk.core.machine_views import Channel


class UnlockProblem(StrEnum):
    """Why a channel could not be unlocked (or locked); the screens word it."""

    NO_RELAY = "no_relay"  # no controller of that name is configured
    NOT_CONNECTED = "not_connected"  # the controller is not connected (yet, or any more)
    NO_ANSWER = "no_answer"  # sent, never answered: the kiosk locks it again when it can
    REFUSED = "refused"  # the controller answered ERR: nothing was switched
    ESTOP = "estop"  # refused while the emergency stop is pressed
    NOT_CONFIRMED = "not_confirmed"  # acknowledged, but STATUS shows the channel off
    TOO_LATE = "too_late"  # the time to unlock for has already run out


class ChannelFailed(Exception):
    """A relay call did not do what was asked; `problem` says how."""

    def __init__(self, problem: UnlockProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Expected:
    """A channel the kiosk holds on: until `until`, for `session_id`."""

    channel: Channel
    until: datetime
    session_id: uuid.UUID | None = None
    printer: str | None = None
    warned: bool = False
    kept_on: bool = False
    # While kept on: when the controller's timer runs out unless renewed.
    controller_until: datetime | None = None
    lock_failing: bool = False


@dataclass(frozen=True)
class EndingSoon:
    """The session's time runs out soon (the five-minute warning)."""

    channel: Channel
    session_id: uuid.UUID | None
    until: datetime


@dataclass(frozen=True)
class KeptOn:
    """The session's time ran out, but the printer on its channel is mid-job: the channel stays
    on (marked keep-alive on the controller) until the job ends."""

    channel: Channel
    session_id: uuid.UUID | None
    printer: str
    job: str
    at: datetime


@dataclass(frozen=True)
class MachineLocked:
    """The channel is off again. `reason`: time_up, job_finished, lock_all (staff locked the
    whole controller), or controller (the controller locked it by itself: its own timer, the
    e-stop)."""

    channel: Channel
    session_id: uuid.UUID | None
    reason: str
    at: datetime


@dataclass(frozen=True)
class LockFailed:
    """The channel should be off now but the controller did not confirm the lock; the kiosk
    keeps trying (the controller's own timer switches it off in any case)."""

    channel: Channel
    session_id: uuid.UUID | None
    problem: UnlockProblem
    detail: str = ""


@dataclass(frozen=True)
class ChannelDifference:
    """After a controller reset or reconnect: how the channel differed from what the kiosk
    expected, and whether the expected state was applied again."""

    channel: int
    expected_on: bool
    actual_on: bool
    reapplied: bool
    session_id: uuid.UUID | None = None


@dataclass(frozen=True)
class StateReapplied:
    relay: str
    differences: tuple[ChannelDifference, ...]
    at: datetime


MachineEvent = EndingSoon | KeptOn | MachineLocked | LockFailed | StateReapplied
