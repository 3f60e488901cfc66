"""`EventDispatcher`: hands a driver's events to its listener on a thread of their own.

A listener may be slow (a UI that is busy, a log on a full disk). Called from the serial reader it
would hold back every `ok`, and a print would starve; called under the driver's lock it would
freeze every caller. Queued here, it delays only the events after it, which arrive in order."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

E = TypeVar("E")
IDLE_WAKE = 1.0  # seconds; nothing waits without a timeout, not even an idle dispatcher


class _Stop:
    """Marks the end of one dispatcher thread's queue."""


class EventDispatcher(Generic[E]):
    def __init__(self, listener: Callable[[E], None] | None, name: str) -> None:
        self._listener = listener
        self._name = name
        self._lock = threading.Lock()
        # One queue per thread: a thread still held by a listener after `stop` drains only its
        # own events, never those meant for a thread started later.
        self._queue: queue.SimpleQueue[E | _Stop] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start delivering (again); events put before this are not delivered."""
        if self._listener is None:
            return
        with self._lock:
            if self._queue is not None:
                return
            self._queue = queue.SimpleQueue()
            self._thread = threading.Thread(
                target=self._run, args=(self._queue,), name=self._name, daemon=True
            )
            self._thread.start()

    def put(self, event: E) -> None:
        """Queue `event` for the listener; never blocks. Dropped when not started."""
        with self._lock:
            if self._queue is not None:
                self._queue.put(event)

    def stop(self, timeout: float = 1.0) -> None:
        """Deliver what is queued, then end the thread. Waits at most `timeout` for a listener
        still busy; that thread then ends on its own once the listener returns."""
        with self._lock:
            events, thread = self._queue, self._thread
            self._queue = self._thread = None
        if events is None or thread is None:
            return
        events.put(_Stop())
        if thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                log.warning("%s: event listener still busy after %g s", self._name, timeout)

    def _run(self, events: queue.SimpleQueue[E | _Stop]) -> None:
        listener = self._listener
        assert listener is not None
        while True:
            try:
                event = events.get(timeout=IDLE_WAKE)
            except queue.Empty:
                continue
            if isinstance(event, _Stop):
                return
            try:
                listener(event)
            except Exception:
                log.exception("%s: event listener failed", self._name)
