"""`PrinterBackend`: the one interface every kind of printer is driven through.

A backend owns its threads. Listeners get immutable events (`hardware.printers.model`) through
`on_event`, in order, on the backend's own event thread (`printer-events:NAME`), never with a
lock held, as with the Marlin driver. The current status, temperatures and progress can also be
read at any time, and `wait_until` blocks (with a timeout) until they satisfy a condition."""

from __future__ import annotations

import abc
import threading
import time
from collections.abc import Callable
from pathlib import Path

from hardware.marlin.dispatch import EventDispatcher
from hardware.printers.model import (
    BackendError,
    Capabilities,
    Heater,
    JobEnded,
    JobOutcome,
    JobProgress,
    NotSupported,
    PowerCutRequested,
    PrinterEvent,
    PrinterMessage,
    PrinterStatus,
    ProgressChanged,
    SendAborted,
    StateChanged,
    TemperaturesChanged,
)

Listener = Callable[[PrinterEvent], None]


class PrinterBackend(abc.ABC):
    """Connect, read state, temperatures and progress, start a job from a file, pause, resume,
    cancel, emergency-stop. Every method returns within its timeout and raises `BackendError`
    (or a subclass) with a one-line message when it cannot do what was asked."""

    capabilities: Capabilities

    def __init__(self, name: str, on_event: Listener | None = None) -> None:
        self.name = name
        self._events: EventDispatcher[PrinterEvent] = EventDispatcher(
            on_event, f"printer-events:{name}"
        )
        self._changed = threading.Condition()
        self._status = PrinterStatus("disconnected")
        self._heaters: tuple[Heater, ...] = ()
        self._progress: JobProgress | None = None

    # -- the interface ---------------------------------------------------------------------------

    @abc.abstractmethod
    def connect(self, timeout: float = 10.0) -> None:
        """Reach the printer and read its state; `BackendError` if that cannot be done."""

    @abc.abstractmethod
    def close(self) -> None:
        """Stop every thread of the backend. Never hangs; the printer keeps doing what it does
        (a job on a networked printer goes on without us)."""

    @abc.abstractmethod
    def start_job(
        self, path: str | Path, timeout: float = 60.0, *, abort: threading.Event | None = None
    ) -> None:
        """Check the file, send it to the printer and start printing it. `JobRejected` if the
        file cannot be printed here: then nothing was sent and nothing moved. `SendAborted` if
        `abort` is set (from another thread) before the job has reached the printer: an upload
        under way is broken off and nothing prints; set later, it changes nothing (cancel the
        job then)."""

    def follow(self, job: str) -> bool:
        """Take up a job the printer is printing that this backend did not start (a kiosk
        that stopped and started again): True if it is printing or paused the file named
        `job` (as `start_job` sent it), which is then followed to its end like one started
        here. Only printers whose server keeps printing (`capabilities.keeps_printing`) can."""
        return False

    @abc.abstractmethod
    def pause(self, timeout: float = 10.0) -> None: ...

    @abc.abstractmethod
    def resume(self, timeout: float = 10.0) -> None: ...

    @abc.abstractmethod
    def cancel(self, timeout: float = 10.0) -> None: ...

    @abc.abstractmethod
    def emergency_stop(self, timeout: float = 5.0) -> None:
        """Stop as hard as the printer allows (see `capabilities.emergency_stop`)."""

    # -- current values --------------------------------------------------------------------------

    @property
    def status(self) -> PrinterStatus:
        with self._changed:
            return self._status

    @property
    def heaters(self) -> tuple[Heater, ...]:
        with self._changed:
            return self._heaters

    @property
    def progress(self) -> JobProgress | None:
        with self._changed:
            return self._progress

    def wait_until(self, predicate: Callable[[PrinterBackend], bool], timeout: float) -> bool:
        """Block until `predicate(self)` holds (re-checked on every change); False at timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate(self):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(remaining)
            return True

    def __enter__(self) -> PrinterBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- for implementations ---------------------------------------------------------------------

    def _start_events(self) -> None:
        self._events.start()

    def _stop_events(self) -> None:
        self._events.stop()

    def _set_status(self, status: PrinterStatus) -> None:
        with self._changed:
            if status == self._status:
                return
            self._status = status
            if status.kind not in ("printing", "paused"):
                self._progress = None
            # Queued under the condition's lock, so listeners see changes in the order made.
            self._events.put(StateChanged(self.name, status))
            self._changed.notify_all()

    def _set_heaters(self, heaters: tuple[Heater, ...]) -> None:
        with self._changed:
            if heaters == self._heaters:
                return
            self._heaters = heaters
            self._events.put(TemperaturesChanged(self.name, heaters))
            self._changed.notify_all()

    def _set_progress(self, progress: JobProgress) -> None:
        with self._changed:
            if progress == self._progress:
                return
            self._progress = progress
            self._events.put(ProgressChanged(self.name, progress))
            self._changed.notify_all()

    def _job_ended(self, job: str, outcome: JobOutcome, detail: str = "") -> None:
        with self._changed:
            self._events.put(JobEnded(self.name, job, outcome, detail))
            self._changed.notify_all()

    def _message(self, text: str) -> None:
        self._events.put(PrinterMessage(self.name, text))

    def _request_power_cut(self, reason: str) -> None:
        self._events.put(PowerCutRequested(self.name, reason))

    def _not_supported(self, what: str) -> NotSupported:
        note = f" ({self.capabilities.note})" if self.capabilities.note else ""
        return NotSupported(f"{self.name}: this printer cannot {what} from here{note}")

    def _check_abort(self, abort: threading.Event | None) -> None:
        if abort is not None and abort.is_set():
            raise SendAborted(f"{self.name}: stopped before the job reached the printer")

    def _require_ready(self) -> None:
        status = self.status
        if status.kind != "ready":
            detail = f": {status.detail}" if status.detail else ""
            raise BackendError(f"{self.name}: printer not ready ({status.kind}{detail})")
