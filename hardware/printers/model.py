"""What every printer backend reports: immutable values and events, and the errors it raises.

Events cross from a backend's own thread to whoever listens (the CLI, the kiosk's Qt bridge),
so every one of them is frozen. Each names the printer it comes from, so that one listener can
serve several printers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

StateKind = Literal[
    "disconnected",  # not connected (yet), or the connection was lost
    "connecting",
    "ready",  # idle, accepts a job
    "printing",
    "paused",
    "busy",  # the printer is doing something that is not our job (its own SD print, a macro)
    "error",  # the printer reports a fault; it needs a person
    "halted",  # emergency-stopped or killed; needs a reset or power cycle
    "power-only",  # no job control at all; only its power relay is ours
]

JobOutcome = Literal["completed", "cancelled", "failed"]


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do, so that callers never have to try and see.

    `emergency_stop` says how hard a stop is: "halt" (the firmware stops at once and needs a
    reset, M112), "stop-job" (the job is stopped through the printer's own API, motors and
    heaters off, but nothing interrupts a move in progress), "power-cut" (the printer's power
    relay is switched off), or "none"."""

    job_control: bool  # upload, start, pause, resume, cancel
    temperatures: bool
    progress: bool
    emergency_stop: Literal["halt", "stop-job", "power-cut", "none"]
    power_relay: bool = False  # switched through a relay channel the kiosk owns
    # The printer's own server streams the job, so a print goes on when the kiosk stops and
    # can be taken up again (`PrinterBackend.follow`); a serial printer's job stops with us.
    keeps_printing: bool = False
    file_types: tuple[str, ...] = (".gcode",)
    note: str = ""  # one plain sentence on what the backend cannot do, shown to staff


@dataclass(frozen=True)
class Heater:
    name: str  # "tool0", "tool1", "bed", "chamber"
    actual: float
    target: float | None = None


@dataclass(frozen=True)
class PrinterStatus:
    kind: StateKind
    detail: str = ""
    job: str = ""  # the file being printed, when printing or paused


@dataclass(frozen=True)
class JobProgress:
    job: str  # the file name
    fraction: float  # 0.0 .. 1.0
    elapsed: float | None = None  # seconds printing, as the printer counts it
    remaining: float | None = None  # seconds still to go, once estimated
    paused: bool = False


# -- events ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StateChanged:
    printer: str
    status: PrinterStatus


@dataclass(frozen=True)
class TemperaturesChanged:
    printer: str
    heaters: tuple[Heater, ...]


@dataclass(frozen=True)
class ProgressChanged:
    printer: str
    progress: JobProgress


@dataclass(frozen=True)
class JobEnded:
    printer: str
    job: str
    outcome: JobOutcome
    detail: str = ""


@dataclass(frozen=True)
class PrinterMessage:
    """Something the printer said that a person may want to read (a firmware message, a
    prompt, a warning from the server)."""

    printer: str
    text: str


@dataclass(frozen=True)
class PowerCutRequested:
    """An emergency stop the printer may not act on at once (Marlin without its emergency
    parser; PrusaLink, which has no emergency stop at all): whoever holds the printer's power
    relay should cut it now."""

    printer: str
    reason: str


PrinterEvent = (
    StateChanged
    | TemperaturesChanged
    | ProgressChanged
    | JobEnded
    | PrinterMessage
    | PowerCutRequested
)


# -- errors ---------------------------------------------------------------------------------------


class BackendError(Exception):
    """The printer cannot do what was asked; the message says why in plain words, one line."""


class Unreachable(BackendError):
    """Nothing answers at the address (server down, wrong host or port, no network)."""


class NotAuthorized(BackendError):
    """The server answered but refused the credentials (a wrong or revoked API key)."""


class JobRejected(BackendError):
    """The file cannot be printed on this printer; nothing was sent or moved."""


class SendAborted(BackendError):
    """`start_job` was told to stop before the job reached the printer (its `abort` was set):
    the upload was broken off or never begun, and nothing prints."""


class NotSupported(BackendError):
    """The backend has no such operation (see its `capabilities`)."""
