"""The print queue's use cases: staff queue approved G-code on a printer, reorder, cancel and
requeue jobs, and the queue runner (kiosk.devices.print_runner) claims the next job of a
printer and records how it went.

One transaction per call. Every staff call checks the staff member's role in the database and
audits the action with the change it makes (a refusal is audited on its own). A job that would
run past closing time or into a reservation of its printer is refused with the reason, when it
is queued and again when it would start."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Protocol

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.clock import Clock
from kiosk.core.console import StaffActionRefused, check_staff_action, require_staff_action
from kiosk.core.permissions import StaffAction
from kiosk.core.print_views import (
    ACTIVE_STATUSES,
    FailureCode,
    JobStatus,
    PrinterQueue,
    PrintJobView,
    PrintRefused,
    Refusal,
    RefusalCode,
    StartClaim,
)
from kiosk.db.errors import database_errors
from kiosk.db.models import Branch
from kiosk.db.models_printing import FAILURE_DETAIL_MAX, FILE_NAME_MAX, SHA256_HEX, PrintJob
from kiosk.db.models_projects import Project, ProjectFile
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from kiosk.ids import branch_uuid

log = logging.getLogger(__name__)

# Failed and cancelled jobs stay on the staff screen this long, unless requeued.
FAILED_SHOWN = timedelta(days=2)
FAILED_LISTED_MAX = 20
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class BookedPeriod:
    starts_at: datetime
    ends_at: datetime


# A closing time no job runs past: the branch keeps no opening hours at all.
NO_CLOSING_TIME = datetime.max.replace(tzinfo=UTC)


class PrintCalendar(Protocol):
    """Opening hours and reservations, from the booking service (adapter in the composition
    root)."""

    def closing_time(self, day: date) -> datetime | None:
        """When the branch closes on `day` (its local date); None when it is closed all day;
        NO_CLOSING_TIME when no opening hours are kept."""

    def reservations(
        self, printer: str, starts_at: datetime, ends_at: datetime
    ) -> Sequence[BookedPeriod]:
        """Live reservations of the printer's equipment item overlapping the period."""


class ProjectPrints(Protocol):
    """The projects part's side of printing (`kiosk.core.projects.ProjectService`)."""

    def mark_printing(self, project_id: uuid.UUID) -> None:
        """The project's job started on a printer."""

    def mark_printed(self, project_id: uuid.UUID) -> None:
        """The project's print is done: it is marked printed and its members are told."""


class GcodeFiles(Protocol):
    """The content store's layout (`kiosk.core.project_files.store.StoreLayout`)."""

    def path(self, sha256: str) -> Path:
        """Where the content store keeps (or would keep) the file with this SHA-256."""


class PrintQueueService:
    """Thread-safe; one transaction per call. `branch_code` is this kiosk's branch: its
    printers are that branch's, and jobs of another branch's printer of the same name (pulled
    by sync) are neither listed, claimed nor changed here."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        terminal_id: str,
        *,
        branch_code: str,
        printers: Sequence[str],
        zone: tzinfo,
        files: GcodeFiles,
        calendar: PrintCalendar | None = None,
        projects: ProjectPrints | None = None,
        no_job_control: Sequence[str] = (),
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._terminal = TerminalRef(session_factory, terminal_id)
        self._branch_code = branch_code
        self._branch_id = branch_uuid(branch_code)
        self._printers = tuple(printers)
        self._no_job_control = frozenset(no_job_control)
        self._zone = zone
        self._files = files
        self._calendar = calendar
        self._projects = projects

    @property
    def printers(self) -> tuple[str, ...]:
        return self._printers

    # -- staff -------------------------------------------------------------------------------

    def authorize(self, staff_id: uuid.UUID, action: StaffAction, *, printer: str = "") -> None:
        """Check and audit a printer action done on the device (pause, resume, emergency
        stop, reset); PermissionDenied (audited) if the role may not."""
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, action, terminal_id)
            record_event(
                session,
                at=self._clock.now(),
                action="print_control",
                actor_kind="staff",
                actor_id=staff_id,
                terminal_id=terminal_id,
                detail={"action": action.value, "printer": printer},
            )

    def queues(self, staff_id: uuid.UUID) -> tuple[PrinterQueue, ...]:
        """Every configured printer's active job, waiting jobs and recent failures."""
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, StaffAction.PRINT_QUEUE, terminal_id)
        return self.snapshot()

    def snapshot(self) -> tuple[PrinterQueue, ...]:
        """The queues without a staff check (for the screens' live refresh after an event of
        the runner; what is shown was authorized when the screen opened)."""
        since = self._clock.now() - FAILED_SHOWN
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            return tuple(self._queue_of(session, printer, since) for printer in self._printers)

    def enqueue(
        self,
        staff_id: uuid.UUID,
        printer: str,
        sha256: str,
        file_name: str,
        *,
        project_id: uuid.UUID | None = None,
        estimated_seconds: int | None = None,
    ) -> PrintJobView:
        """Queue G-code (approved, when it belongs to a project) at the end of the printer's
        queue. PrintRefused when it cannot be printed there in time."""
        sha256 = sha256.lower()
        if len(sha256) != SHA256_HEX or not set(sha256) <= _HEX:
            raise InvalidInput("not a SHA-256 of a stored file")
        name = file_name.strip()[:FILE_NAME_MAX]
        if not name:
            raise InvalidInput("the file needs a name")
        if estimated_seconds is not None and estimated_seconds < 0:
            raise InvalidInput("an estimate cannot be negative")
        if printer in self._no_job_control:
            raise PrintRefused((Refusal(RefusalCode.NO_JOB_CONTROL, {"printer": printer}),))
        if printer not in self._printers:
            raise PrintRefused((Refusal(RefusalCode.UNKNOWN_PRINTER, {"printer": printer}),))
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, StaffAction.PRINT_QUEUE, terminal_id)
            self._require_branch(session)
            if project_id is not None and not _approved_gcode(session, project_id, sha256):
                raise PrintRefused((Refusal(RefusalCode.NOT_APPROVED),))
            now = self._clock.now()
            self._check_in_time(session, printer, now, estimated_seconds)
            job = PrintJob(
                branch_id=self._branch_id,
                printer_name=printer,
                gcode_sha256=sha256,
                file_name=name,
                project_id=project_id,
                queued_by=staff_id,
                position=self._next_position(session, printer),
                queued_at=now,
                status=JobStatus.QUEUED.value,
                progress=0.0,
                estimated_seconds=estimated_seconds,
            )
            session.add(job)
            session.flush()
            self._audit(session, "print_job_queued", job, staff_id, terminal_id)
            return view_of(job)

    def move(self, staff_id: uuid.UUID, job_id: uuid.UUID, steps: int) -> PrintJobView:
        """Move a waiting job `steps` places towards the front (negative) or back (positive)."""
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, StaffAction.PRINT_QUEUE, terminal_id)
            job = self._job(session, job_id)
            if job.status != JobStatus.QUEUED:
                raise Conflict("only a waiting job can be moved")
            waiting = list(self._waiting(session, job.printer_name))
            index = waiting.index(job)
            waiting.pop(index)
            waiting.insert(max(0, min(len(waiting), index + steps)), job)
            for position, each in enumerate(waiting, start=1):
                if each.position != position:
                    each.position = position
            self._audit(
                session, "print_job_moved", job, staff_id, terminal_id, {"position": job.position}
            )
            return view_of(job)

    def cancel(self, staff_id: uuid.UUID, job_id: uuid.UUID) -> PrintJobView:
        """A waiting job is cancelled at once. For a job on the printer the request is audited
        and the job returned as it is: the caller stops it on the printer, and the runner
        records the end when the printer confirms it."""
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, StaffAction.PRINT_QUEUE, terminal_id)
            job = self._job(session, job_id)
            if job.status == JobStatus.QUEUED:
                self._end(job, JobStatus.CANCELLED, FailureCode.CANCELLED, "cancelled by staff")
                self._audit(session, "print_job_cancelled", job, staff_id, terminal_id)
            elif job.status in ACTIVE_STATUSES:
                self._audit(session, "print_job_cancel_requested", job, staff_id, terminal_id)
            else:
                raise Conflict("this job has already ended")
            return view_of(job)

    def requeue(self, staff_id: uuid.UUID, job_id: uuid.UUID) -> PrintJobView:
        """A failed or cancelled job again, as a new job at the end of its printer's queue;
        PrintRefused, as for a new job, when it can no longer be printed in time."""
        with self._write(staff_id) as (session, terminal_id):
            self._require(session, staff_id, StaffAction.PRINT_QUEUE, terminal_id)
            old = self._job(session, job_id)
            if old.status not in (JobStatus.FAILED, JobStatus.CANCELLED):
                raise Conflict("only a failed or cancelled job can be requeued")
            again = session.scalars(
                select(PrintJob.id).where(PrintJob.requeued_from == old.id)
            ).first()
            if again is not None:
                raise Conflict("this job has already been requeued")
            self._require_branch(session)
            self._check_in_time(session, old.printer_name, self._clock.now(), old.estimated_seconds)
            job = PrintJob(
                branch_id=self._branch_id,
                printer_name=old.printer_name,
                gcode_sha256=old.gcode_sha256,
                file_name=old.file_name,
                project_id=old.project_id,
                queued_by=staff_id,
                position=self._next_position(session, old.printer_name),
                queued_at=self._clock.now(),
                status=JobStatus.QUEUED.value,
                progress=0.0,
                estimated_seconds=old.estimated_seconds,
                requeued_from=old.id,
            )
            session.add(job)
            session.flush()
            self._audit(
                session, "print_job_requeued", job, staff_id, terminal_id, {"from": str(old.id)}
            )
            return view_of(job)

    # -- the runner --------------------------------------------------------------------------

    def claim_next(
        self, printer: str, *, on_failed: Callable[[PrintJobView], None] | None = None
    ) -> StartClaim | None:
        """The printer's next job, marked `sending`, with its file; None when nothing waits or
        a job is already on the printer. A job that can no longer be printed in time (or whose
        file is gone) is failed with why, the next one tried, and each failed job given to
        `on_failed` once the transaction is committed (so that a screen told of it reads it)."""
        failed: list[PrintJobView] = []
        claim = self._claim_next(printer, failed)
        for view in failed:
            if on_failed is not None:
                on_failed(view)
        if claim is not None and claim.job.project_id is not None:
            self._tell_project(True, claim.job.project_id)
        return claim

    def _claim_next(self, printer: str, failed: list[PrintJobView]) -> StartClaim | None:
        with database_errors(), UnitOfWork(self._session_factory) as session:
            if self._active(session, printer) is not None:
                return None
            now = self._clock.now()
            for job in self._waiting(session, printer):
                failure = self._start_problem(job, now)
                if failure is None and not self._files.path(job.gcode_sha256).is_file():
                    failure = (FailureCode.FILE_MISSING, "not in the file store")
                if failure is not None:
                    code, detail = failure
                    self._end(job, JobStatus.FAILED, code, detail)
                    self._audit(session, "print_job_failed", job, None, None)
                    session.flush()
                    failed.append(view_of(job))
                    continue
                path = self._files.path(job.gcode_sha256)
                job.status = JobStatus.SENDING.value
                job.started_at = now
                job.progress = 0.0
                session.flush()
                self._audit(session, "print_job_started", job, None, None)
                return StartClaim(view_of(job), str(path))
            return None

    def mark(
        self, job_id: uuid.UUID, status: JobStatus, *, progress: float | None = None
    ) -> PrintJobView:
        """The job is printing or paused (as the printer says), with its progress."""
        if status not in ACTIVE_STATUSES:
            raise InvalidInput("use `ended` for a job that ended")
        with database_errors(), UnitOfWork(self._session_factory) as session:
            job = self._job(session, job_id)
            if job.status not in ACTIVE_STATUSES:
                return view_of(job)  # it ended meanwhile; a late report changes nothing
            if job.status != status:
                job.status = status.value
            if progress is not None:
                value = min(1.0, max(0.0, progress))
                if job.progress != value:
                    job.progress = value
            return view_of(job)

    def ended(
        self,
        job_id: uuid.UUID,
        status: JobStatus,
        code: FailureCode | None = None,
        detail: str = "",
    ) -> PrintJobView:
        """The job ended: done, failed or cancelled (with why). A done project job then marks
        its project printed (the projects part tells its members)."""
        with database_errors(), UnitOfWork(self._session_factory) as session:
            job = self._job(session, job_id)
            if job.status not in ACTIVE_STATUSES:
                return view_of(job)
            self._end(job, status, code, detail)
            if status == JobStatus.DONE:
                job.progress = 1.0
            action = {
                JobStatus.DONE: "print_job_done",
                JobStatus.CANCELLED: "print_job_cancelled",
            }.get(status, "print_job_failed")
            self._audit(session, action, job, None, None)
            view = view_of(job)
        if view.status == JobStatus.DONE and view.project_id is not None:
            self._tell_project(False, view.project_id)
        return view

    def active(self, printer: str) -> PrintJobView | None:
        """The printer's job that is being sent, printing or paused, if any."""
        with database_errors(), UnitOfWork(self._session_factory, write=False) as session:
            job = self._active(session, printer)
            return view_of(job) if job is not None else None

    def reattach(self, job_id: uuid.UUID, status: JobStatus) -> PrintJobView:
        """At start: the printer's server kept printing the job while the kiosk was stopped,
        and the runner follows it again; it is printing or paused, as the printer says.
        Conflict if the job has ended meanwhile."""
        if status not in (JobStatus.PRINTING, JobStatus.PAUSED):
            raise InvalidInput("a job is taken up printing or paused")
        with database_errors(), UnitOfWork(self._session_factory) as session:
            job = self._job(session, job_id)
            if job.status not in ACTIVE_STATUSES:
                raise Conflict("this job has already ended")
            job.status = status.value
            self._audit(session, "print_job_reattached", job, None, None)
            return view_of(job)

    def recover(self, printer: str) -> tuple[PrintJobView, ...]:
        """At start: a job left active by a kiosk that stopped, and not taken up again
        (`reattach`), is failed as interrupted (its end is not known), so that staff see it
        and can requeue it."""
        with database_errors(), UnitOfWork(self._session_factory) as session:
            job = self._active(session, printer)
            if job is None:
                return ()
            self._end(job, JobStatus.FAILED, FailureCode.INTERRUPTED, "the kiosk stopped")
            self._audit(session, "print_job_failed", job, None, None)
            return (view_of(job),)

    # -- helpers -----------------------------------------------------------------------------

    def _tell_project(self, printing: bool, project_id: uuid.UUID) -> None:
        """After the job's own change committed: the project's status is the projects part's
        to keep, and a refusal there (a project changed meanwhile) must not undo the job's."""
        projects = self._projects
        if projects is None:
            return
        mark = projects.mark_printing if printing else projects.mark_printed
        try:
            mark(project_id)
        except DomainError as exc:
            log.warning("print queue: project %s not marked: %s", project_id, exc)

    def _start_problem(self, job: PrintJob, now: datetime) -> tuple[FailureCode, str] | None:
        if job.estimated_seconds is None:
            return None
        refusals = self._refusals(job.printer_name, now, job.estimated_seconds)
        if not refusals:
            return None
        first = refusals[0]
        code = FailureCode.BOOKED if first.code == RefusalCode.BOOKED else FailureCode.PAST_CLOSING
        detail = ", ".join(f"{k}={v}" for k, v in sorted(first.params.items()))
        return code, detail

    def _refusals(self, printer: str, start: datetime, seconds: int) -> tuple[Refusal, ...]:
        calendar = self._calendar
        if calendar is None:
            return ()
        end = start + timedelta(seconds=seconds)
        day = start.astimezone(self._zone).date()
        refusals: list[Refusal] = []
        closes = calendar.closing_time(day)
        if closes is None:
            refusals.append(Refusal(RefusalCode.CLOSED, {"day": day.isoformat()}))
        elif end > closes:
            refusals.append(
                Refusal(
                    RefusalCode.PAST_CLOSING,
                    {"closes_at": closes.isoformat(), "ends_at": end.isoformat()},
                )
            )
        for booked in calendar.reservations(printer, start, end):
            if booked.starts_at < end and booked.ends_at > start:
                refusals.append(
                    Refusal(
                        RefusalCode.BOOKED,
                        {
                            "starts_at": booked.starts_at.isoformat(),
                            "ends_at": booked.ends_at.isoformat(),
                        },
                    )
                )
                break
        return tuple(refusals)

    def _check_in_time(
        self, session: Session, printer: str, now: datetime, seconds: int | None
    ) -> None:
        """PrintRefused if a job queued now, after the work ahead of it, would run past
        closing time or into a booking of the printer."""
        if seconds is None:
            return
        start = now + timedelta(seconds=self._work_ahead(session, printer, now))
        refusals = self._refusals(printer, start, seconds)
        if refusals:
            raise PrintRefused(refusals)

    def _work_ahead(self, session: Session, printer: str, now: datetime) -> int:
        """Seconds of printing before a job queued now would start (from the estimates)."""
        seconds = 0.0
        active = self._active(session, printer)
        if active is not None and active.estimated_seconds is not None:
            seconds += active.estimated_seconds * (1.0 - active.progress)
        for job in self._waiting(session, printer):
            seconds += job.estimated_seconds or 0
        return int(seconds)

    def _require_branch(self, session: Session) -> None:
        """NotFound unless this kiosk's branch has its row (made at start from the
        configuration, or pulled from central)."""
        if session.get(Branch, self._branch_id) is None:
            raise NotFound(f"no branch with the code {self._branch_code[:64]!r} is known")

    def _of_printer(self, printer: str) -> ColumnElement[bool]:
        """This branch's jobs of its printer named `printer`."""
        return (PrintJob.branch_id == self._branch_id) & (PrintJob.printer_name == printer)

    def _active(self, session: Session, printer: str) -> PrintJob | None:
        return session.scalars(
            select(PrintJob).where(
                self._of_printer(printer),
                PrintJob.status.in_([s.value for s in ACTIVE_STATUSES]),
            )
        ).first()

    def _waiting(self, session: Session, printer: str) -> Sequence[PrintJob]:
        return session.scalars(
            select(PrintJob)
            .where(self._of_printer(printer), PrintJob.status == JobStatus.QUEUED.value)
            .order_by(PrintJob.position, PrintJob.queued_at, PrintJob.id)
        ).all()

    def _next_position(self, session: Session, printer: str) -> int:
        last = session.scalar(
            select(func.max(PrintJob.position)).where(
                self._of_printer(printer), PrintJob.status == JobStatus.QUEUED.value
            )
        )
        return (last or 0) + 1

    def _job(self, session: Session, job_id: uuid.UUID) -> PrintJob:
        """The job, if it is this branch's (another branch's, pulled by sync, is not found)."""
        job = session.get(PrintJob, job_id)
        if job is None or job.branch_id != self._branch_id:
            raise NotFound("this print job no longer exists")
        return job

    def _end(self, job: PrintJob, status: JobStatus, code: FailureCode | None, detail: str) -> None:
        job.status = status.value
        job.finished_at = self._clock.now()
        if status != JobStatus.DONE:
            job.failure_code = (code or FailureCode.PRINTER_ERROR).value
            job.failure_detail = detail[:FAILURE_DETAIL_MAX] or None

    def _queue_of(self, session: Session, printer: str, since: datetime) -> PrinterQueue:
        requeued = select(PrintJob.requeued_from).where(PrintJob.requeued_from.is_not(None))
        failed = session.scalars(
            select(PrintJob)
            .where(
                self._of_printer(printer),
                PrintJob.status.in_([JobStatus.FAILED.value, JobStatus.CANCELLED.value]),
                PrintJob.finished_at >= since,
                PrintJob.id.not_in(requeued),
            )
            .order_by(PrintJob.finished_at.desc())
            .limit(FAILED_LISTED_MAX)
        ).all()
        active = self._active(session, printer)
        return PrinterQueue(
            printer,
            view_of(active) if active is not None else None,
            tuple(view_of(job) for job in self._waiting(session, printer)),
            tuple(view_of(job) for job in failed),
        )

    def _audit(
        self,
        session: Session,
        action: str,
        job: PrintJob,
        staff_id: uuid.UUID | None,
        terminal_id: uuid.UUID | None,
        extra: dict[str, object] | None = None,
    ) -> None:
        detail: dict[str, object] = {"printer": job.printer_name, "status": job.status}
        if job.failure_code:
            detail["failure"] = job.failure_code
        if job.project_id is not None:
            detail["project"] = str(job.project_id)
        detail.update(extra or {})
        record_event(
            session,
            at=self._clock.now(),
            action=action,
            actor_kind="staff" if staff_id is not None else "system",
            actor_id=staff_id,
            subject_kind="print_job",
            subject_id=job.id,
            terminal_id=terminal_id,
            detail=detail,
        )

    @contextmanager
    def _write(self, staff_id: uuid.UUID) -> Iterator[tuple[Session, uuid.UUID]]:
        """A staff write; a refusal found inside it rolls it back and is audited on its own."""
        with database_errors():
            terminal_id = self._terminal.id()  # before the write lock: it may write
            try:
                with UnitOfWork(self._session_factory) as session:
                    yield session, terminal_id
            except StaffActionRefused as refused:
                with UnitOfWork(self._session_factory) as session:
                    check_staff_action(
                        session,
                        staff_id,
                        refused.action,
                        at=self._clock.now(),
                        terminal_id=terminal_id,
                    )
                raise PermissionDenied(f"not allowed: {refused.action.value}") from None

    def _require(
        self, session: Session, staff_id: uuid.UUID, action: StaffAction, terminal_id: uuid.UUID
    ) -> None:
        require_staff_action(
            session, staff_id, action, at=self._clock.now(), terminal_id=terminal_id
        )


def _approved_gcode(session: Session, project_id: uuid.UUID, sha256: str) -> bool:
    """Whether the G-code is a file of the project and the project is approved for printing
    (or printing, or printed: a job may be printed again)."""
    project = session.get(Project, project_id)
    if project is None or project.status not in ("approved", "printing", "printed"):
        return False
    found = session.scalars(
        select(ProjectFile.id).where(
            ProjectFile.project_id == project_id, ProjectFile.sha256 == sha256
        )
    ).first()
    return found is not None


def view_of(job: PrintJob) -> PrintJobView:
    return PrintJobView(
        job_id=job.id,
        printer=job.printer_name,
        file_name=job.file_name,
        sha256=job.gcode_sha256,
        status=JobStatus(job.status),
        position=job.position,
        queued_at=job.queued_at,
        progress=job.progress,
        project_id=job.project_id,
        queued_by=job.queued_by,
        started_at=job.started_at,
        finished_at=job.finished_at,
        failure_code=FailureCode(job.failure_code) if job.failure_code else None,
        failure_detail=job.failure_detail or "",
        estimated_seconds=job.estimated_seconds,
        requeued_from=job.requeued_from,
    )
