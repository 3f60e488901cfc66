"""What `MarlinPrinter` reports beyond the protocol's own events: its state, a job's progress
and outcome, and the error its methods raise. Immutable values, safe to hand across threads."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal

from hardware.marlin.events import (
    HostPrompt,
    HostPromptClosed,
    PowerCutRequested,
    ProtocolEvent,
)
from hardware.transport import LinkError, SerialLink


class PrinterError(Exception):
    """The printer cannot do what was asked; the message says why in plain words."""


@dataclass(frozen=True)
class PrinterState:
    kind: Literal["disconnected", "connecting", "ready", "printing", "paused", "halted"]
    detail: str = ""


@dataclass(frozen=True)
class JobProgress:
    lines_total: int
    lines_sent: int
    lines_done: int  # confirmed by the firmware
    bytes_total: int
    bytes_sent: int
    elapsed: float  # seconds, not counting time paused
    eta: float | None  # seconds still to go, once it can be estimated
    paused: bool = False

    @property
    def fraction(self) -> float:
        return self.lines_done / self.lines_total if self.lines_total else 1.0


@dataclass(frozen=True)
class JobFinished:
    outcome: Literal["completed", "cancelled", "failed"]
    detail: str
    progress: JobProgress


PrinterEvent = (
    ProtocolEvent
    | PrinterState
    | JobProgress
    | JobFinished
    | HostPrompt
    | HostPromptClosed
    | PowerCutRequested
)


def emergency_stop_port(port: str, *, baudrate: int = 115200, timeout: float = 3.0) -> bool:
    """Open `port` and write M112 at once, without the usual handshake. True if the printer
    confirmed it halted within `timeout`. (A board that resets when its port opens is stopped
    by the opening itself.)"""
    halted = threading.Event()

    def on_line(raw: bytes) -> None:
        text = raw.decode("ascii", errors="replace")
        if "halted" in text.lower() or "kill" in text.lower():
            halted.set()

    try:
        link = SerialLink(port, baudrate=baudrate, on_line=on_line, reconnect=False)
    except ValueError as exc:
        raise PrinterError(str(exc)) from None
    try:
        link.start(timeout=timeout)
        link.write(b"M112\n", timeout=1.0)
        return halted.wait(timeout)
    except LinkError as exc:
        raise PrinterError(str(exc)) from None
    finally:
        link.stop()
