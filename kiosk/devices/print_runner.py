"""The print queue on one printer: one job at a time, through its `PrinterBackend`.

A `PrinterRunner` owns one thread (`print-queue:NAME`). The printer's events (from the device
hub) and wake-ups (a job was queued, the printer was reset) reach it through its inbox, in
order; it claims the next job from the store when the printer is ready, sends it, keeps the
printer's relay channel powered while the job runs, records progress and how the job ended,
and publishes immutable `PrintQueueEvent`s (live state and temperatures, job changes).

Staff controls (pause, resume, cancel, emergency stop, reset) are called from the printer's
device lane and go straight to the backend; what they lead to comes back as printer events. A
cancel before the printer has taken the job (it is still being checked or uploaded) has nothing
to stop there: it stops the send here, and the job ends as cancelled without printing."""

from __future__ import annotations

import contextlib
import logging
import queue
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from hardware.printers.backend import PrinterBackend
from hardware.printers.model import (
    BackendError,
    JobEnded,
    JobRejected,
    PrinterEvent,
    ProgressChanged,
    SendAborted,
    StateChanged,
    TemperaturesChanged,
    Unreachable,
)
from kiosk.core.print_views import (
    FailureCode,
    HeaterReading,
    JobChanged,
    JobStatus,
    PrinterLive,
    PrintJobView,
    PrintQueueEvent,
    StartClaim,
)

log = logging.getLogger(__name__)

THREAD_PREFIX = "print-queue:"
# The relay channel is switched on for this long and renewed well before it runs out, so a
# kiosk that dies mid-job leaves the printer powered for a while (its fans cool the hot end)
# and then off, by the relay controller's own timer.
POWER_HOLD_S = 600
POWER_RENEW_S = 120.0
# Progress is written to the database at most once per this fraction.
PROGRESS_STEP = 0.01
CANCELLED_BEFORE_SENT = "cancelled by staff before it reached the printer"
# At start, how long a printer whose server keeps printing (OctoPrint, Moonraker, PrusaLink)
# has to answer before the job the database says is on it is failed as interrupted; and how
# often the database is asked again meanwhile, should it not be open yet.
RECOVER_WAIT_S = 120.0
RECOVER_RETRY_S = 5.0

Publish = Callable[[PrintQueueEvent], None]


class JobStore(Protocol):
    """The runner's side of `kiosk.core.print_queue.PrintQueueService`."""

    def claim_next(
        self, printer: str, *, on_failed: Callable[[PrintJobView], None] | None = None
    ) -> StartClaim | None: ...

    def mark(
        self, job_id: uuid.UUID, status: JobStatus, *, progress: float | None = None
    ) -> PrintJobView: ...

    def ended(
        self,
        job_id: uuid.UUID,
        status: JobStatus,
        code: FailureCode | None = None,
        detail: str = "",
    ) -> PrintJobView: ...

    def active(self, printer: str) -> PrintJobView | None: ...

    def reattach(self, job_id: uuid.UUID, status: JobStatus) -> PrintJobView: ...

    def recover(self, printer: str) -> tuple[PrintJobView, ...]: ...


class PowerHold(Protocol):
    """Keeps a printer's relay channel powered on behalf of its print queue.

    `hold(printer, seconds)`: keep the channel on for at least `seconds` from now (called again
    before that runs out, while a job runs). `release(printer)`: the queue no longer needs it;
    whether the channel goes off then is the relay owner's decision (a patron's machine
    session on the same channel keeps it on)."""

    def hold(self, printer: str, seconds: int) -> None: ...

    def release(self, printer: str) -> None: ...


class _Wake:
    pass


class _Renew:
    pass


class _Stop:
    pass


_WAKE = _Wake()
_RENEW = _Renew()
_STOP = _Stop()
_Item = PrinterEvent | _Wake | _Renew | _Stop


class PrinterRunner:
    def __init__(
        self,
        backend: PrinterBackend,
        store: Callable[[], JobStore],
        *,
        publish: Publish,
        work_dir: Path,
        power: PowerHold | None = None,
        hold_s: int = POWER_HOLD_S,
        renew_s: float = POWER_RENEW_S,
        recover_wait_s: float = RECOVER_WAIT_S,
    ) -> None:
        self.name = backend.name
        self._backend = backend
        self._store = store
        self._publish = publish
        self._work_dir = work_dir
        self._power = power
        self._hold_s = hold_s
        self._renew_s = renew_s
        self._inbox: queue.Queue[_Item] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        # Runner thread only:
        self._job: PrintJobView | None = None
        self._job_dir: Path | None = None
        self._written_progress = 0.0
        self._emergency = threading.Event()
        # Under _lock: from a job's claim until the printer says it prints it (or it ends), a
        # cancel cannot go to the printer; it sets `_abort` (the send stops) and is kept
        # pending until the printer has the job.
        self._unconfirmed = False
        self._abort = threading.Event()
        self._cancel_pending = False
        self._recover_wait_s = recover_wait_s
        self._recovering = False
        self._live = self._live_from_backend(None)

    # -- life --------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._run, name=f"{THREAD_PREFIX}{self.name}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        thread = self._thread
        if thread is None:
            return
        self._inbox.put(_STOP)
        thread.join(timeout)
        self._thread = None

    # -- inputs (any thread) -----------------------------------------------------------------

    def on_event(self, event: PrinterEvent) -> None:
        """The printer's events, as the hub hands them on (from the backend's event thread)."""
        if event.printer == self.name:
            self._inbox.put(event)

    def wake(self) -> None:
        """Look for a job to start (one was queued or requeued)."""
        self._inbox.put(_WAKE)

    def renew_power(self) -> None:
        """Renew the relay hold now (it is also renewed every `renew_s` while a job runs)."""
        self._inbox.put(_RENEW)

    def live(self) -> PrinterLive:
        with self._lock:
            return self._live

    @property
    def job_id(self) -> uuid.UUID | None:
        with self._lock:
            return self._live.job_id

    # -- staff controls (the printer's device lane) ------------------------------------------

    def pause(self) -> None:
        self._backend.pause()

    def resume(self) -> None:
        self._backend.resume()

    def cancel(self) -> None:
        with self._lock:
            deferred = self._unconfirmed
            if deferred:
                self._cancel_pending = True
                self._abort.set()
        if deferred:
            self.wake()  # the runner cancels it on the printer if the send got through
            return
        self._backend.cancel()

    def emergency_stop(self) -> None:
        self._emergency.set()
        try:
            self._backend.emergency_stop()
        except BackendError:
            self._emergency.clear()
            raise

    def reset(self) -> None:
        """Talk to a halted printer afresh (serial Marlin after a reset or power cycle)."""
        reset = getattr(self._backend, "reset", None)
        if reset is None:
            raise BackendError(f"{self.name}: reset it on the printer itself")
        reset()
        self._emergency.clear()
        self.wake()

    # -- the runner thread -------------------------------------------------------------------

    def _run(self) -> None:
        deadline = time.monotonic() + self._recover_wait_s
        self._recovering = True
        self._recover(deadline)
        self._set_live(self._live_from_backend(self._job))
        self._maybe_start()
        while True:
            if self._recovering:
                timeout: float | None = min(RECOVER_RETRY_S, max(0.0, deadline - time.monotonic()))
            else:
                timeout = self._renew_s if self._job is not None else None
            try:
                item = self._inbox.get(timeout=timeout)
            except queue.Empty:
                item = _WAKE if self._recovering else _RENEW
            if isinstance(item, _Stop):
                return
            try:
                if isinstance(item, _Renew):
                    self._hold_power()
                elif not isinstance(item, _Wake):
                    self._handle(item)
                if self._recovering:
                    self._recover(deadline)
                self._cancel_if_pending()
                self._maybe_start()
            except Exception:  # the queue must outlive one bad step (a database hiccup)
                log.exception("print queue %s: step failed", self.name)

    # -- at start: the job a stopped kiosk left -----------------------------------------------

    def _recover(self, deadline: float) -> None:
        """The job the database says is on the printer, from before the kiosk (re)started: a
        printer whose server kept printing it is asked, once it answers, and the job is
        followed again if it is still printing it; otherwise the job is failed as
        interrupted. Tried again on each event until `deadline`, then decided as it stands."""
        late = time.monotonic() >= deadline
        try:
            store = self._store()
            active = store.active(self.name)
            if active is not None and self._backend.capabilities.keeps_printing:
                if self._backend.status.kind in ("disconnected", "connecting") and not late:
                    return  # not yet connected: asked again when it is (its state changes)
                if self._reattach(store, active):
                    self._recovering = False
                    return
            for view in store.recover(self.name):
                self._publish(JobChanged(self.name, view.job_id, view.status))
        except Exception:
            if not late:
                log.info("print queue %s: its last job is not known yet", self.name, exc_info=True)
                return
            log.exception("print queue %s: could not recover its last job", self.name)
        self._recovering = False

    def _reattach(self, store: JobStore, active: PrintJobView) -> bool:
        try:
            followed = self._backend.follow(printed_name(active.file_name))
        except BackendError as exc:
            log.warning("print queue %s: could not ask what it prints: %s", self.name, exc)
            return False
        if not followed:
            return False
        kind = self._backend.status.kind
        status = JobStatus.PAUSED if kind == "paused" else JobStatus.PRINTING
        job = self._job = store.reattach(active.job_id, status)
        self._written_progress = job.progress
        self._job_dir = self._work_dir / str(job.job_id)  # removed when the job ends
        log.info(
            "print queue %s: took up job %s, which the printer kept printing", self.name, job.job_id
        )
        self._publish(JobChanged(self.name, job.job_id, job.status))
        self._hold_power()
        return True

    def _handle(self, event: PrinterEvent) -> None:
        if isinstance(event, StateChanged | TemperaturesChanged | ProgressChanged):
            if isinstance(event, ProgressChanged):
                self._progressed(event.progress.fraction)
            elif isinstance(event, StateChanged):
                self._state_changed(event.status.kind)
            self._set_live(self._live_from_backend(self._job))
        elif isinstance(event, JobEnded):
            self._job_ended(event)

    def _state_changed(self, kind: str) -> None:
        job = self._job
        if job is None:
            return
        status = {"printing": JobStatus.PRINTING, "paused": JobStatus.PAUSED}.get(kind)
        if status is not None:
            with self._lock:
                self._unconfirmed = False
        if status is not None and status != job.status:
            self._job = self._store().mark(job.job_id, status)
            self._publish(JobChanged(self.name, job.job_id, self._job.status))

    def _progressed(self, fraction: float) -> None:
        job = self._job
        if job is None or abs(fraction - self._written_progress) < PROGRESS_STEP:
            return
        self._written_progress = fraction
        status = JobStatus.PAUSED if job.status == JobStatus.PAUSED else JobStatus.PRINTING
        self._job = self._store().mark(job.job_id, status, progress=fraction)
        self._publish(JobChanged(self.name, job.job_id, self._job.status))

    def _job_ended(self, event: JobEnded) -> None:
        job = self._job
        if job is None:
            return  # not ours (a print started on the printer itself)
        if event.outcome == "completed":
            self._finish(job, JobStatus.DONE)
        elif event.outcome == "cancelled":
            self._finish(job, JobStatus.CANCELLED, FailureCode.CANCELLED, event.detail)
        else:
            self._finish(job, JobStatus.FAILED, self._failure_of(event.detail), event.detail)

    def _failure_of(self, detail: str) -> FailureCode:
        if self._emergency.is_set():
            return FailureCode.EMERGENCY_STOP
        text = detail.lower()
        if "restarted" in text or "reset" in text:
            return FailureCode.PRINTER_RESET
        if "halt" in text or "kill" in text:
            return FailureCode.HALTED
        return FailureCode.PRINTER_ERROR

    def _maybe_start(self) -> None:
        if self._recovering or self._job is not None or self._backend.status.kind != "ready":
            return
        if not self._backend.capabilities.job_control:
            return
        # Before the claim: once the job is `sending` in the database, staff may cancel it.
        abort = threading.Event()
        with self._lock:
            self._unconfirmed = True
            self._abort = abort
            self._cancel_pending = False
        claim: StartClaim | None = None
        try:
            # A job failed on the way (its file gone, past closing time) is news to the screens.
            claim = self._store().claim_next(self.name, on_failed=self._publish_job)
        finally:
            if claim is None:
                with self._lock:
                    self._unconfirmed = False
        if claim is None:
            return
        job = self._job = claim.job
        self._written_progress = 0.0
        self._emergency.clear()
        self._publish(JobChanged(self.name, job.job_id, job.status))
        self._set_live(self._live_from_backend(job))
        try:
            path = self._link(job, Path(claim.path))
        except OSError as exc:
            self._finish(job, JobStatus.FAILED, FailureCode.FILE_MISSING, str(exc))
            return
        self._hold_power()
        try:
            self._backend.start_job(path, abort=abort)
        except SendAborted:
            self._finish(job, JobStatus.CANCELLED, FailureCode.CANCELLED, CANCELLED_BEFORE_SENT)
            return
        except JobRejected as exc:
            self._finish(job, JobStatus.FAILED, FailureCode.REJECTED, str(exc))
            return
        except Unreachable as exc:
            self._finish(job, JobStatus.FAILED, FailureCode.UNREACHABLE, str(exc))
            return
        except BackendError as exc:
            self._finish(job, JobStatus.FAILED, FailureCode.PRINTER_ERROR, str(exc))
            return
        # The printer's own "printing" state marks the job printing (and may have come already).
        if self._backend.status.kind in ("printing", "paused") and self._job is not None:
            self._state_changed(self._backend.status.kind)
        self._cancel_if_pending()

    def _publish_job(self, job: PrintJobView) -> None:
        self._publish(JobChanged(self.name, job.job_id, job.status))

    def _cancel_if_pending(self) -> None:
        """A cancel that came while the job was being sent, once the printer has the job."""
        if self._job is None or self._backend.status.kind not in ("printing", "paused"):
            return
        with self._lock:
            pending, self._cancel_pending = self._cancel_pending, False
        if not pending:
            return
        try:
            self._backend.cancel()
        except BackendError as exc:
            log.warning("print queue %s: the cancel did not reach the printer: %s", self.name, exc)

    def _finish(
        self,
        job: PrintJobView,
        status: JobStatus,
        code: FailureCode | None = None,
        detail: str = "",
    ) -> None:
        self._job = None
        with self._lock:
            self._unconfirmed = False
            self._cancel_pending = False
        try:
            view = self._store().ended(job.job_id, status, code, detail)
            self._publish(JobChanged(self.name, view.job_id, view.status))
        finally:
            self._release_power()
            self._unlink()
            self._set_live(self._live_from_backend(None))

    # -- power -------------------------------------------------------------------------------

    def _hold_power(self) -> None:
        if self._power is None or self._job is None or self._emergency.is_set():
            return
        try:
            self._power.hold(self.name, self._hold_s)
        except Exception as exc:  # a relay that does not answer must not stop the print
            log.warning("print queue %s: the power relay was not renewed: %s", self.name, exc)

    def _release_power(self) -> None:
        if self._power is None:
            return
        try:
            self._power.release(self.name)
        except Exception as exc:
            log.warning("print queue %s: the power relay was not released: %s", self.name, exc)

    # -- files -------------------------------------------------------------------------------

    def _link(self, job: PrintJobView, stored: Path) -> Path:
        """The stored file under the job's own name (`printed_name`), without copying it
        where a link can be made."""
        name = printed_name(job.file_name)
        folder = self._work_dir / str(job.job_id)
        folder.mkdir(parents=True, exist_ok=True)
        self._job_dir = folder
        target = folder / name
        if not stored.is_file():
            raise FileNotFoundError(f"{stored.name}: not in the file store")
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        try:
            target.symlink_to(stored.resolve())
        except OSError:  # no symlinks here (Windows without the privilege)
            shutil.copyfile(stored, target)
        return target

    def _unlink(self) -> None:
        folder, self._job_dir = self._job_dir, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    # -- live state --------------------------------------------------------------------------

    def _live_from_backend(self, job: PrintJobView | None) -> PrinterLive:
        backend = self._backend
        status = backend.status
        progress = backend.progress
        caps = backend.capabilities
        return PrinterLive(
            printer=self.name,
            state=status.kind,
            detail=status.detail,
            heaters=tuple(HeaterReading(h.name, h.actual, h.target) for h in backend.heaters),
            job_id=job.job_id if job is not None else None,
            fraction=progress.fraction if progress is not None and job is not None else None,
            remaining_s=progress.remaining if progress is not None and job is not None else None,
            job_control=caps.job_control,
            can_reset=status.kind == "halted" and hasattr(backend, "reset"),
            emergency_stop=caps.emergency_stop,
        )

    def _set_live(self, live: PrinterLive) -> None:
        with self._lock:
            if live == self._live:
                return
            self._live = live
        self._publish(live)


def printed_name(file_name: str) -> str:
    """The name a job's file is sent to the printer under: its own (the printer shows it;
    Marlin and the servers go by its suffix)."""
    name = Path(file_name).name or "job"
    if Path(name).suffix.lower() not in (".gcode", ".gco", ".g", ".bgcode"):
        name += ".gcode"
    return name
