"""Events the Marlin protocol and driver report. Immutable: they cross from the serial reader
thread to whoever listens (a CLI, or the kiosk's Qt bridge)."""

from __future__ import annotations

from dataclasses import dataclass

from hardware.marlin.lines import HeaterReading


@dataclass(frozen=True)
class JobLine:
    """The tag of a job's line: which job (numbered by whoever queued it) and where in it.

    Lines of a cancelled job still get their `ok` after the next job has started; the job
    number keeps them from being counted against it."""

    job: int
    index: int


# What the sender of a command attached to it, handed back with its `ok`.
Tag = int | JobLine | None


@dataclass(frozen=True)
class Acknowledged:
    """The firmware confirmed a command (its `ok`). `replies` are the lines it printed first."""

    line: int | None
    command: str
    tag: Tag
    replies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resending:
    """The firmware asked for a line again (noise on the cable); we rewound to `line`."""

    line: int
    reason: str


@dataclass(frozen=True)
class ReplyTimedOut:
    """No reply for too long while commands were outstanding; `line` is being sent again."""

    line: int
    silent_for: float


@dataclass(frozen=True)
class Busy:
    text: str


@dataclass(frozen=True)
class Temperatures:
    readings: tuple[HeaterReading, ...]


@dataclass(frozen=True)
class SdStatus:
    printing: bool
    done_bytes: int = 0
    total_bytes: int = 0


@dataclass(frozen=True)
class FirmwareMessage:
    """An informational line (echo:, //action:, anything else we do not act on)."""

    text: str


@dataclass(frozen=True)
class FirmwareError:
    """A non-fatal `Error:` line (checksum or line-number errors are followed by a resend)."""

    text: str


@dataclass(frozen=True)
class Halted:
    """The printer stopped itself (kill, M112, thermal runaway, MAXTEMP...) or stopped answering.
    Nothing more is sent until it is reset."""

    reason: str


@dataclass(frozen=True)
class FirmwareRestarted:
    """The firmware booted (reset, power blip, the Arduino's reset on port open). `reason` says
    how it showed when it was not the boot banner itself (a resend request far behind)."""

    text: str
    reason: str = ""


@dataclass(frozen=True)
class ResendImpossible:
    """The firmware wants a line we no longer hold: the job cannot continue safely."""

    line: int


ProtocolEvent = (
    Acknowledged
    | Resending
    | ReplyTimedOut
    | Busy
    | Temperatures
    | SdStatus
    | FirmwareMessage
    | FirmwareError
    | Halted
    | FirmwareRestarted
    | ResendImpossible
)


@dataclass(frozen=True)
class HostPrompt:
    """The firmware asks the person at the host to choose (HOST_PROMPT_SUPPORT:
    `//action:prompt_begin`, `prompt_button`/`prompt_choice`, `prompt_show`). Answer with
    `MarlinPrinter.answer_prompt(index)`."""

    message: str
    buttons: tuple[str, ...]


@dataclass(frozen=True)
class HostPromptClosed:
    """The prompt was answered or withdrawn (`//action:prompt_end`)."""


@dataclass(frozen=True)
class PowerCutRequested:
    """The printer may not act on an emergency stop at once (its firmware has no emergency
    parser: M112 waits behind a heating wait or a homing move). Whoever controls the printer's
    power (a relay channel bound to it) should cut it now."""

    reason: str
