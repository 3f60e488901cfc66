"""A one-thread executor for service calls, with results delivered on the GUI thread.

Services touch the database, so they must never run on the GUI thread. One thread keeps calls in
the order the user made them (a scan, then a PIN) and keeps SQLite writers from competing.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, SignalInstance

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Job:
    job_id: int
    call: Callable[[], object]


_STOP = object()


class ServiceWorker(QObject):
    """Runs submitted callables one at a time on a daemon thread.

    `succeeded(job_id, result)` or `failed(job_id, exception)` is emitted for every job; connect
    them to slots of objects living on the GUI thread so Qt queues delivery there.
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, name: str = "kiosk-service") -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[object] = queue.Queue()
        self._ids = itertools.count(1)
        self._closed = False
        # A daemon thread: a service call that hangs must never keep the kiosk from exiting.
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, call: Callable[[], object]) -> int:
        if self._closed:
            raise RuntimeError("the service worker has been shut down")
        job_id = next(self._ids)
        self._jobs.put(_Job(job_id, call))
        return job_id

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def shutdown(self, timeout_s: float = 2.0) -> bool:
        """Stop after the job in hand; True when the thread has ended within the timeout."""
        if not self._closed:
            self._closed = True
            self._jobs.put(_STOP)
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is _STOP or not isinstance(item, _Job):
                return
            try:
                result = item.call()
            except Exception as exc:  # every failure goes back to the GUI, never up the thread
                self._emit(self.failed, item.job_id, exc)
            else:
                self._emit(self.succeeded, item.job_id, result)

    def _emit(self, signal: SignalInstance, job_id: int, payload: object) -> None:
        if self._closed:
            return
        try:
            signal.emit(job_id, payload)
        except RuntimeError:
            # The window went away while the call was running; nobody is left to tell.
            logger.debug("service result %d dropped: receiver is gone", job_id)
