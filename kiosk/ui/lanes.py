"""Task lanes: where the kiosk's slow work runs, away from the GUI thread.

A lane is one named thread that runs its calls in the order they were submitted: the database
lane keeps a scan and the PIN that follows it in order and keeps SQLite writers from competing;
each device has a lane of its own, so a controller that does not answer delays only itself; the
file lane carries long copies with progress and cancel.

Every call gets a `Request`. Its result (or error, or progress) is delivered on the GUI thread,
through a queued signal, to the callbacks given at submit time, and only while the request is
live: a flow drops its requests when the patron leaves, so a late answer never brings a patron's
screen back."""

from __future__ import annotations

import itertools
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

logger = logging.getLogger(__name__)

THREAD_PREFIX = "kiosk-lane-"


class Cancelled(Exception):
    """Raised inside a task whose request was cancelled; never delivered to the caller."""


class TaskContext:
    """Handed to tasks submitted with `context=True`: report progress, notice cancellation."""

    # Progress reaches the GUI thread at most this often (and always at the end): a copy
    # reporting every megabyte would otherwise queue thousands of repaints.
    PROGRESS_INTERVAL_S = 0.05

    def __init__(self, request: Request, lane: TaskLane) -> None:
        self._request = request
        self._lane = lane
        self._last_progress = float("-inf")

    @property
    def cancelled(self) -> bool:
        return self._request.cancelled

    def check(self) -> None:
        if self._request.cancelled:
            raise Cancelled(f"request {self._request.id} cancelled")

    def progress(self, done: int, total: int) -> None:
        """Thread-safe; progress of a dropped request is not delivered."""
        if self._request.cancelled:
            return
        now = time.monotonic()
        if done < total and now - self._last_progress < self.PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._lane._progress.emit(self._request, done, total)


ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, int], None]


@dataclass(eq=False)
class Request:
    """One submitted call. `drop()` (GUI thread) forgets it: nothing of it is delivered any
    more, and a task that checks its context stops at its next check."""

    id: int
    lane: str
    on_result: ResultCallback | None = None
    on_error: ErrorCallback | None = None
    on_progress: ProgressCallback | None = None
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    finished: bool = False

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def live(self) -> bool:
        return not self.finished and not self.cancelled

    def drop(self) -> None:
        self._cancel.set()

    # The name staff and patrons see on a Cancel button; the same thing.
    cancel = drop


@dataclass(frozen=True)
class _Job:
    request: Request
    call: Callable[..., Any]
    context: bool


_STOP = object()


class TaskLane(QObject):
    """Runs submitted calls one at a time on its own daemon thread, named after the lane."""

    _done = Signal(object, object, bool)
    _progress = Signal(object, int, int)

    # How much nicer than the GUI thread a background lane's thread is (Linux "nice" steps).
    BACKGROUND_NICENESS = 10

    def __init__(
        self, name: str, parent: QObject | None = None, *, background: bool = False
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._background = background
        self._jobs: queue.Queue[object] = queue.Queue()
        self._ids = itertools.count(1)
        self._closed = False
        self._count_lock = threading.Lock()
        self._finished = 0
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        # A daemon thread: a call stuck in a driver must never keep the kiosk from exiting.
        self._thread = threading.Thread(
            target=self._run, name=f"{THREAD_PREFIX}{name}", daemon=True
        )
        self._thread.start()

    def submit(
        self,
        call: Callable[..., Any],
        *,
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        on_progress: ProgressCallback | None = None,
        context: bool = False,
    ) -> Request:
        """Queue `call` (called as `call(TaskContext)` when `context` is true, else `call()`)."""
        if self._closed:
            raise RuntimeError(f"the {self.name} lane has been shut down")
        request = Request(next(self._ids), self.name, on_result, on_error, on_progress)
        self._jobs.put(_Job(request, call, context))
        return request

    @property
    def pending(self) -> int:
        return self._jobs.qsize()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def request_stop(self) -> None:
        """Stop after the call in hand and the ones queued before this."""
        if not self._closed:
            self._closed = True
            self._jobs.put(_STOP)

    def shutdown(self, timeout_s: float = 2.0) -> bool:
        """Stop after the call in hand; True when the thread ended within the timeout."""
        self.request_stop()
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def _run(self) -> None:
        if self._background:
            _lower_priority(self.name)
        while True:
            item = self._jobs.get()
            if item is _STOP or not isinstance(item, _Job):
                return
            request = item.request
            if request.cancelled:
                continue  # dropped before it started: do not do the work at all
            try:
                result = item.call(TaskContext(request, self)) if item.context else item.call()
            except Cancelled:
                pass
            except Exception as exc:  # every failure goes back to the GUI, never up the thread
                self._emit(request, exc, False)
            else:
                self._emit(request, result, True)
            with self._count_lock:
                self._finished += 1

    @property
    def finished_calls(self) -> int:
        """How many calls have run to their end (delivered or dropped)."""
        with self._count_lock:
            return self._finished

    def _emit(self, request: Request, payload: object, ok: bool) -> None:
        if self._closed or request.cancelled:
            return
        try:
            self._done.emit(request, payload, ok)
        except RuntimeError:
            logger.debug("%s lane result %d dropped: receiver is gone", self.name, request.id)

    @Slot(object, object, bool)
    def _deliver(self, request: Request, payload: object, ok: bool) -> None:
        if not request.live:
            logger.debug("late %s lane result %d dropped", self.name, request.id)
            return
        request.finished = True
        if ok:
            if request.on_result is not None:
                request.on_result(payload)
        elif request.on_error is not None:
            assert isinstance(payload, BaseException)
            request.on_error(payload)
        else:
            logger.error(
                "%s lane call failed: %r", self.name, payload,
                exc_info=payload if isinstance(payload, BaseException) else None,
            )

    @Slot(object, int, int)
    def _deliver_progress(self, request: Request, done: int, total: int) -> None:
        if request.live and request.on_progress is not None:
            request.on_progress(done, total)


def _lower_priority(name: str) -> None:
    """Bulk work (a long copy) must not take the CPU from the GUI thread on a 2-core terminal.
    Linux schedules threads as tasks, so a thread can be made nicer on its own."""
    if not hasattr(os, "setpriority"):
        return  # Windows: no per-thread niceness here; the lane still runs, just not nicer
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), TaskLane.BACKGROUND_NICENESS)
    except OSError as exc:
        logger.info("the %s lane keeps normal priority: %s", name, exc)


class Lanes(QObject):
    """The kiosk's lanes: `database`, `files`, and one per device, made on first use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = TaskLane("database", self)
        self.files = TaskLane("files", self, background=True)
        self._devices: dict[str, TaskLane] = {}

    def device(self, name: str) -> TaskLane:
        lane = self._devices.get(name)
        if lane is None:
            lane = self._devices[name] = TaskLane(f"device-{name}", self)
        return lane

    def all(self) -> tuple[TaskLane, ...]:
        return (self.database, self.files, *self._devices.values())

    def shutdown(self, timeout_s: float = 2.0) -> bool:
        # Ask every lane to stop first, then wait: the waits overlap instead of adding up.
        for lane in self.all():
            lane.request_stop()
        return all(lane.shutdown(timeout_s) for lane in self.all())
