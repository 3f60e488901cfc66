"""Services that become ready after the window is up.

Opening the database (importing SQLAlchemy and Alembic, checking migrations) takes longer than
drawing the attract screen, so the kiosk shows its screen first and opens the database on a
background thread. A scan that arrives meanwhile waits for it on the UI's worker thread, never
on the GUI thread; if opening failed, the patron is told to see a staff member."""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING

from kiosk.core.results import PinOutcome, PinResult, ScanOutcome, ScanResult

if TYPE_CHECKING:
    from kiosk.app import Services

log = logging.getLogger(__name__)

READY_TIMEOUT_S = 60.0


class ServicesStarter:
    """Runs `open_services` once on its own thread and hands the result to whoever asks."""

    def __init__(self, open_services: Callable[[], Services]) -> None:
        self._future: Future[Services] = Future()
        self._thread = threading.Thread(
            target=self._run, args=(open_services,), name="kiosk-services-start", daemon=True
        )

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _run(self, open_services: Callable[[], Services]) -> None:
        try:
            self._future.set_result(open_services())
        except BaseException as error:  # any failure must reach the scans
            log.exception("could not open the database and services")
            self._future.set_exception(error)

    def services(self, timeout: float = READY_TIMEOUT_S) -> Services:
        """The services; raises what opening them raised, or TimeoutError."""
        return self._future.result(timeout=timeout)

    def close(self) -> None:
        if self._thread.ident is not None:
            self._thread.join(timeout=READY_TIMEOUT_S)
        if self._future.done() and self._future.exception() is None:
            self._future.result().close()


class DeferredCheckIn:
    def __init__(self, starter: ServicesStarter) -> None:
        self._starter = starter

    def handle_scan(self, text: str) -> ScanResult:
        try:
            checkin = self._starter.services().checkin
        except Exception:  # logged by the starter
            return ScanResult(ScanOutcome.UNAVAILABLE)
        return checkin.handle_scan(text)


class DeferredStaffAuth:
    def __init__(self, starter: ServicesStarter) -> None:
        self._starter = starter

    def verify_pin(self, staff_id: uuid.UUID, pin: str, action: str) -> PinResult:
        try:
            staff_auth = self._starter.services().staff_auth
        except Exception:  # logged by the starter
            return PinResult(PinOutcome.UNAVAILABLE)
        return staff_auth.verify_pin(staff_id, pin, action)
