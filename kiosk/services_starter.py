"""The one way the kiosk reaches its services: ready after the window is up, and again after
the database comes back.

Opening the database (importing SQLAlchemy and Alembic, checking migrations) takes longer than
drawing the attract screen, so the kiosk shows its screen first and opens the database on a
background thread. A scan that arrives meanwhile waits for it on the UI's worker thread, never
on the GUI thread. If the database could not be opened (locked by a backup, a disk not yet
mounted), the patron is told to see a staff member, and the next scan after a pause tries
again, so the kiosk heals without a restart."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.devices.status import DeviceKind, DeviceStatus, LinkStatus
from kiosk.sync.status import Link, SyncStatus

if TYPE_CHECKING:
    from kiosk.services import Services

log = logging.getLogger(__name__)

READY_TIMEOUT_S = 60.0
RETRY_AFTER_S = 30.0
CLOSE_WAIT_S = 10.0


class DatabaseNotReady(RuntimeError):
    """The database is not open (yet, or again); scans meanwhile answer "unavailable"."""


class ServicesStarter:
    """Opens the services on its own thread, and again on demand after a failed opening."""

    def __init__(
        self,
        open_services: Callable[[], Services],
        *,
        retry_after_s: float = RETRY_AFTER_S,
        clock: Callable[[], float] = time.monotonic,
        label: str = "",
        sync_configured: bool = False,
    ) -> None:
        self._open = open_services
        self._label = label
        # Known from the configuration before the services are open, so that the console says
        # "starting" rather than "works on its own" meanwhile.
        self._sync_configured = sync_configured
        self._warnings: Callable[[], tuple[str, ...]] = tuple
        self._retry_after_s = retry_after_s
        self._clock = clock
        self._lock = threading.Lock()
        self._retry_lock = threading.Lock()
        self._ready = threading.Event()
        self._services: Services | None = None
        self._error: Exception | None = None
        self._closed = False
        self._attempted_at = 0.0
        self._thread = threading.Thread(
            target=self._attempt, name="kiosk-services-start", daemon=True
        )

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _attempt(self) -> None:
        services: Services | None = None
        error: Exception | None = None
        try:
            services = self._open()
        except Exception as exc:  # any failure must reach the scans as "unavailable"
            log.exception("could not open the database and services")
            error = exc
        with self._lock:
            if self._closed:
                # The kiosk shut down while this attempt ran: keep nothing open behind it.
                previous, services = services, None
            else:
                previous, self._services, self._error = self._services, services, error
                self._attempted_at = self._clock()
        if previous is not None:
            previous.close()
        self._ready.set()

    def _usable(self) -> bool:
        return self._services is not None and self._services.migrated

    def services(self, timeout: float = READY_TIMEOUT_S) -> Services:
        """The services, once their database is open and migrated.

        Raises DatabaseNotReady otherwise: while it is still being opened, and after a failed
        opening until `retry_after_s` has passed, when the caller opens it again."""
        if not self._ready.wait(timeout):
            raise DatabaseNotReady("the database is still being opened")
        with self._lock:
            stale = self._clock() - self._attempted_at >= self._retry_after_s
            retry = not self._usable() and stale and not self._closed
        if retry and self._retry_lock.acquire(blocking=False):
            try:
                log.info("trying the database again")
                self._attempt()
            finally:
                self._retry_lock.release()
        with self._lock:
            if self._services is not None and self._usable():
                return self._services
            # A fresh exception each time: re-raising the stored one would grow its traceback.
            raise DatabaseNotReady("the database could not be opened") from self._error

    def current(self) -> Services:
        """The services, for a call on the database lane (see `services`)."""
        return self.services()

    def warnings(self) -> tuple[str, ...]:
        return self._warnings()

    def set_warnings(self, source: Callable[[], tuple[str, ...]]) -> None:
        """Where the start-up findings for staff come from."""
        self._warnings = source

    def database_status(self) -> DeviceStatus:
        with self._lock:
            services, error, ready = self._services, self._error, self._ready.is_set()
        label = services.database_label if services is not None else self._label
        if not ready:
            return DeviceStatus("database", DeviceKind.DATABASE, LinkStatus.STARTING, "", label)
        if services is not None and services.migrated:
            return DeviceStatus("database", DeviceKind.DATABASE, LinkStatus.CONNECTED, label)
        detail = str(error) if error is not None else "not migrated"
        return DeviceStatus(
            "database", DeviceKind.DATABASE, LinkStatus.RECONNECTING, detail.splitlines()[0]
        )

    def sync_status(self) -> SyncStatus:
        with self._lock:
            services = self._services
        worker = services.sync if services is not None else None
        if worker is not None:
            return worker.status()
        return SyncStatus(Link.STARTING if self._sync_configured else Link.NOT_CONFIGURED)

    def sync_now(self) -> None:
        with self._lock:
            services = self._services
        if services is not None and services.sync is not None:
            services.sync.sync_now()

    def close(self) -> None:
        with self._lock:
            self._closed = True
        if self._thread.ident is not None:
            # Opening the database is bounded by its busy timeout; this only waits for that.
            self._thread.join(timeout=CLOSE_WAIT_S)
        with self._lock:
            services, self._services = self._services, None
        if services is not None:
            services.close()
