"""What the print queue shows and says, as plain frozen values: safe to hand from the database
lane or a printer's thread to the screens. No SQLAlchemy here (the UI imports this module)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from kiosk.errors import DomainError


class JobStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # being checked and sent (uploaded) to the printer
    PRINTING = "printing"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE_STATUSES = (JobStatus.SENDING, JobStatus.PRINTING, JobStatus.PAUSED)
ENDED_STATUSES = (JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED)


class FailureCode(StrEnum):
    """Why a job did not print; the staff screen words each one."""

    PRINTER_RESET = "printer_reset"
    HALTED = "halted"
    EMERGENCY_STOP = "emergency_stop"
    CANCELLED = "cancelled"
    PRINTER_ERROR = "printer_error"
    REJECTED = "rejected"
    UNREACHABLE = "unreachable"
    FILE_MISSING = "file_missing"
    PAST_CLOSING = "past_closing"
    BOOKED = "booked"
    INTERRUPTED = "interrupted"


class RefusalCode(StrEnum):
    """Why a job may not be queued (or started) now."""

    PAST_CLOSING = "past_closing"  # params: closes_at (ISO), ends_at (ISO)
    CLOSED = "closed"  # the branch is closed that day; params: day (ISO)
    BOOKED = "booked"  # params: starts_at, ends_at (ISO) of the reservation in the way
    NOT_APPROVED = "not_approved"  # the project's G-code is not approved for printing
    UNKNOWN_PRINTER = "unknown_printer"  # params: printer
    NO_JOB_CONTROL = "no_job_control"  # params: printer (a power-only printer)


@dataclass(frozen=True)
class Refusal:
    code: RefusalCode
    params: Mapping[str, str | int] = field(default_factory=dict)


class PrintRefused(DomainError):
    """The job cannot be printed then; `refusals` say why (the screen words them)."""

    def __init__(self, refusals: tuple[Refusal, ...]) -> None:
        self.refusals = refusals
        super().__init__("; ".join(_describe(r) for r in refusals))


def _describe(refusal: Refusal) -> str:
    params = ", ".join(f"{k}={v}" for k, v in sorted(refusal.params.items()))
    return f"{refusal.code.value} ({params})" if params else refusal.code.value


@dataclass(frozen=True)
class PrintJobView:
    job_id: uuid.UUID
    printer: str
    file_name: str
    sha256: str
    status: JobStatus
    position: int
    queued_at: datetime
    progress: float = 0.0
    project_id: uuid.UUID | None = None
    queued_by: uuid.UUID | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    failure_code: FailureCode | None = None
    failure_detail: str = ""
    estimated_seconds: int | None = None
    requeued_from: uuid.UUID | None = None


@dataclass(frozen=True)
class PrinterQueue:
    """One printer's part of the queue: the job on it, the jobs waiting (in order), and the
    recent jobs that failed or were cancelled and have not been requeued."""

    printer: str
    active: PrintJobView | None
    waiting: tuple[PrintJobView, ...]
    failed: tuple[PrintJobView, ...]


@dataclass(frozen=True)
class StartClaim:
    """The job a printer should start now, and the G-code file to send."""

    job: PrintJobView
    path: str


# -- live state from the printers, for the screens -------------------------------------------------


@dataclass(frozen=True)
class HeaterReading:
    name: str  # "tool0", "tool1", "bed", "chamber"
    actual: float
    target: float | None = None


@dataclass(frozen=True)
class PrinterLive:
    """What a printer is doing now, as its backend reports it."""

    printer: str
    state: str  # the backend's state kind: ready, printing, paused, halted, disconnected...
    detail: str = ""
    heaters: tuple[HeaterReading, ...] = ()
    job_id: uuid.UUID | None = None  # the queue's job on it, if any
    fraction: float | None = None
    remaining_s: float | None = None
    # Capabilities, so the screen offers only what works here.
    job_control: bool = True
    can_reset: bool = False  # a halted printer can be reset from the kiosk (serial Marlin)
    emergency_stop: str = "halt"  # halt | stop-job | power-cut | none


@dataclass(frozen=True)
class JobChanged:
    """A job's row changed (started, progressed, ended): the screens reload that printer."""

    printer: str
    job_id: uuid.UUID
    status: JobStatus


PrintQueueEvent = PrinterLive | JobChanged
