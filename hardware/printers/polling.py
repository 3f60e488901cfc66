"""`PollingBackend`: the shared shape of the networked backends (OctoPrint, Moonraker,
PrusaLink), which learn the printer's state by asking its server.

One thread per printer (`printer-poll:NAME`) asks every `poll_interval` seconds, and at once
after a command; what it learns is turned into events by the `PrinterBackend` bookkeeping, and a
job we started is followed until the server says it ended. A server that stops answering makes
the printer `disconnected` (with the reason) until it answers again; nothing is retried blindly."""

from __future__ import annotations

import abc
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from hardware.printers.backend import Listener, PrinterBackend
from hardware.printers.model import (
    BackendError,
    Heater,
    JobOutcome,
    JobProgress,
    NotAuthorized,
    PrinterStatus,
    Unreachable,
)

log = logging.getLogger(__name__)

ACTIVE = ("printing", "paused")


def _never() -> bool:
    return False


def same_file(printed: str, sent: str) -> bool:
    """Whether the server's name for a file is the one we uploaded: servers keep the name but
    may drop a folder or change blanks and unusual characters (OctoPrint: "my part.gcode" is
    "my_part.gcode")."""
    printed = printed.rsplit("/", 1)[-1]
    if not printed:
        return False
    return printed == sent or _plain(printed) == _plain(sent)


def _plain(name: str) -> str:
    return re.sub(r"[^0-9a-z.]+", "_", name.casefold())


Control = Literal["pause", "resume", "cancel", "emergency_stop"]


@dataclass(frozen=True)
class Snapshot:
    """What one round of questions to the server found."""

    status: PrinterStatus
    heaters: tuple[Heater, ...] = ()
    progress: JobProgress | None = None
    # How the last job ended, when the server says so; `ended_job` names that job.
    ended_job: str = ""
    outcome: JobOutcome | None = None
    outcome_detail: str = ""


class PollingBackend(PrinterBackend):
    def __init__(self, name: str, on_event: Listener | None, poll_interval: float) -> None:
        super().__init__(name, on_event)
        self.poll_interval = poll_interval
        self._poll_lock = threading.Lock()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._job = ""  # the job we started and follow until it ends
        self._job_seen_active = False
        self._stopping: tuple[JobOutcome, str] | None = None  # how a stop we asked for ends

    @abc.abstractmethod
    def _open(self, timeout: float) -> None:
        """Check that the server answers and accepts our credentials (raise if not)."""

    @abc.abstractmethod
    def _poll(self) -> Snapshot:
        """Ask the server for the printer's state (raise `BackendError` if it cannot)."""

    @abc.abstractmethod
    def _check_file(self, path: Path) -> None:
        """Raise `JobRejected` if `path` cannot be printed on this printer."""

    @abc.abstractmethod
    def _send_job(self, path: Path, timeout: float, aborted: Callable[[], bool]) -> None:
        """Upload `path` and start printing it; the upload stops (`SendAborted`) once
        `aborted()` is true."""

    @abc.abstractmethod
    def _control(self, action: Control, timeout: float) -> None:
        """Ask the server to pause, resume, cancel or emergency-stop."""

    def start_job(
        self, path: str | Path, timeout: float = 60.0, *, abort: threading.Event | None = None
    ) -> None:
        path = Path(path)
        self._check_file(path)
        # Under the poll lock: no poll may see the printer between "started" and "followed".
        with self._poll_lock:
            self._apply(self._poll())
            self._require_ready()
            self._check_abort(abort)
            self._send_job(path, timeout, abort.is_set if abort is not None else _never)
            self._job = path.name
            self._job_seen_active = False
            self._stopping = None
        self._poll_soon()

    def follow(self, job: str) -> bool:
        with self._poll_lock:
            self._apply(self._poll())
            status = self.status
            if status.kind not in ACTIVE or not same_file(status.job, job):
                return False
            # The server's own name for it: its report of the job's end names it so.
            self._job = status.job
            self._job_seen_active = True
            self._stopping = None
        return True

    def pause(self, timeout: float = 10.0) -> None:
        self._control("pause", timeout)
        self._poll_soon()

    def resume(self, timeout: float = 10.0) -> None:
        self._control("resume", timeout)
        self._poll_soon()

    def cancel(self, timeout: float = 10.0) -> None:
        self._stopping = ("cancelled", "cancelled by the user")
        self._control("cancel", timeout)
        self._poll_soon()

    def emergency_stop(self, timeout: float = 5.0) -> None:
        if self.capabilities.emergency_stop == "none":
            raise self._not_supported("emergency-stop")
        self._stopping = ("failed", "emergency stop")
        self._control("emergency_stop", timeout)
        self._poll_soon()

    def connect(self, timeout: float = 10.0) -> None:
        self._start_events()
        self._set_status(PrinterStatus("connecting"))
        try:
            self._open(timeout)
            self.refresh()
        except BackendError as exc:
            self._set_status(PrinterStatus("disconnected", str(exc)))
            self._stop_events()
            raise
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"printer-poll:{self.name}", daemon=True
        )
        self._thread.start()
        self._connected()

    def _connected(self) -> None:
        """Called once connect() has succeeded: start what else the backend needs."""

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5.0)
        self._thread = None
        self._set_status(PrinterStatus("disconnected"))
        self._stop_events()

    def refresh(self) -> PrinterStatus:
        """Ask the server now (rather than at the next poll); the status it gave."""
        with self._poll_lock:
            self._apply(self._poll())
        return self.status

    def _poll_soon(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.poll_interval)
            self._wake.clear()
            if self._stop.is_set():
                return
            try:
                self.refresh()
            except NotAuthorized as exc:
                self._set_status(PrinterStatus("error", str(exc)))
            except Unreachable as exc:
                self._set_status(PrinterStatus("disconnected", str(exc)))
            except BackendError as exc:
                log.warning("%s", exc)
            except Exception:
                log.exception("printer %s: polling failed", self.name)

    def _apply(self, snapshot: Snapshot) -> None:
        status = snapshot.status
        if self._job and status.kind in ACTIVE:
            self._job_seen_active = True
            status = PrinterStatus(status.kind, status.detail, status.job or self._job)
        if snapshot.heaters:
            self._set_heaters(snapshot.heaters)
        if snapshot.progress is not None and status.kind in ACTIVE:
            self._set_progress(snapshot.progress)
        ended = self._job and status.kind not in ACTIVE and status.kind != "connecting"
        known = snapshot.outcome is not None and snapshot.ended_job == self._job
        # A halt or fault ends a job even if no poll saw it printing (it may have come at once).
        if ended and (self._job_seen_active or known or status.kind in ("halted", "error")):
            outcome = snapshot.outcome if known else None
            detail = snapshot.outcome_detail if known else ""
            if self._stopping is not None and outcome != "completed":
                outcome, detail = self._stopping
            elif outcome is None:
                outcome, detail = "failed", status.detail or f"the printer is {status.kind}"
            job, self._job = self._job, ""
            self._set_status(status)
            self._job_ended(job, outcome, detail)
            return
        self._set_status(status)
