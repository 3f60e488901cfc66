"""The background sync worker: a round now and then on a thread of its own (never the GUI's),
backing off while central cannot be reached, and a status snapshot for the staff console.

After a failed round the wait doubles from `interval_s` up to `retry_max_s`, give or take a
fifth so that terminals coming back after an outage do not all knock at once; a successful
round sets it back. Every failure is logged once when it starts or changes, not on every try."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select

from kiosk.db.errors import DB_ERRORS, describe
from kiosk.errors import DomainError
from kiosk.sync import outbox, state
from kiosk.sync.conflicts import open_conflicts
from kiosk.sync.connect import open_central
from kiosk.sync.failures import failure_of
from kiosk.sync.round import NotJoined, RoundReport, run_round
from kiosk.sync.status import ConflictView, FailureCode, Link, SyncFailure, SyncStatus
from kiosk.sync.tables import table

log = logging.getLogger(__name__)

# While idle the pending and conflict counts are read again this often.
COUNT_EVERY_S = 5.0
JITTER = 0.2
# What a round may end in that means "try again later"; anything else is a bug, logged in full.
_ROUND_FAILURES: tuple[type[BaseException], ...] = (DomainError, *DB_ERRORS)
STOP_TIMEOUT_S = 30.0


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SyncWorker:
    """`start()` once, `stop()` at the end; `status()` and `sync_now()` from any thread."""

    def __init__(
        self,
        local: Engine,
        central_url: str,
        *,
        interval_s: float = 60.0,
        retry_max_s: float = 600.0,
        now: Callable[[], datetime] = _utc_now,
        on_status: Callable[[SyncStatus], None] | None = None,
        files: Path | None = None,
    ) -> None:
        """`files`: the root of this terminal's file store, whose files' contents each round
        sends and fetches (None: rows only)."""
        self._local = local
        self._files = files
        self._url = central_url
        self._interval_s = interval_s
        self._retry_max_s = max(retry_max_s, interval_s)
        self._now = now
        self._on_status = on_status
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._central: Engine | None = None
        self._failures = 0
        self._due = time.monotonic()
        self._status = SyncStatus(link=Link.STARTING)

    # -- what the console uses ----------------------------------------------------------------

    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def sync_now(self) -> None:
        with self._lock:
            self._status = replace(self._status, next_try_at=self._now())
        self._wake.set()

    def conflicts(self) -> tuple[ConflictView, ...]:
        with self._local.connect() as conn:
            return open_conflicts(conn)

    # -- life -------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ends the thread after the round it may be in (a round's waits are bounded)."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT_S)
            self._thread = None
        if self._central is not None:
            self._central.dispose()
            self._central = None

    def run_once(self) -> RoundReport | None:
        """One round on the calling thread (for tests and tools); None if it failed."""
        return self._round()

    # -- the thread ---------------------------------------------------------------------------

    def _run(self) -> None:
        # Scheduling runs on the monotonic clock: the injected `now` stamps what is shown and
        # may stand still (tests) or jump (a wall clock being set).
        self._count()
        while not self._stopping.is_set():
            wait = self._due - time.monotonic()
            if wait > 0 and not self._wake.is_set():
                self._wake.wait(min(wait, COUNT_EVERY_S))
            if self._stopping.is_set():
                break
            if self._wake.is_set() or time.monotonic() >= self._due:
                self._wake.clear()
                self._round()
            else:
                self._count()

    def _round(self) -> RoundReport | None:
        started = self._now()
        self._publish(replace(self.status(), syncing=True))
        try:
            if self._central is None:
                self._central = open_central(self._url, check=False)
            report = run_round(
                self._local, self._central, self._url, now=self._now, files=self._files
            )
        except _ROUND_FAILURES as error:
            message = str(error) if isinstance(error, DomainError) else describe(error)
            link = Link.NOT_JOINED if isinstance(error, NotJoined) else Link.OFFLINE
            self._failed(started, message, failure_of(error), link)
            return None
        except Exception:
            log.exception("sync round failed unexpectedly")
            failure = SyncFailure(FailureCode.OTHER)
            self._failed(started, "the sync round failed; see the log", failure, Link.OFFLINE)
            return None
        if self._failures:
            log.info("sync: the central store answers again")
        self._failures = 0
        self._due = time.monotonic() + self._interval_s
        finished = self._now()
        self._publish(
            replace(
                self.status(),
                link=Link.ONLINE,
                syncing=False,
                last_sync_at=finished,
                last_attempt_at=finished,
                next_try_at=finished + timedelta(seconds=self._interval_s),
                last_error=None,
                failure=None,
                last_summary=report.summary(),
            )
        )
        if (
            report.pushed
            or report.pulled
            or report.conflicts
            or report.refused
            or report.files.moved
        ):
            log.info("sync: %s", report.summary())
        self._count()
        return report

    def _failed(self, started: datetime, message: str, failure: SyncFailure, link: Link) -> None:
        self._failures += 1
        previous = self.status()
        if previous.last_error != message:
            log.warning("sync failed, working offline and trying again: %s", message)
        wait = min(self._retry_max_s, self._interval_s * 2 ** (self._failures - 1))
        wait *= 1 + random.uniform(-JITTER, JITTER)
        self._due = time.monotonic() + wait
        self._publish(
            replace(
                previous,
                link=link,
                syncing=False,
                last_attempt_at=started,
                next_try_at=self._now() + timedelta(seconds=wait),
                last_error=message,
                failure=failure,
            )
        )
        self._count()

    def _count(self) -> None:
        conflicts = table("sync_conflicts")
        try:
            with self._local.connect() as conn:
                waiting = outbox.pending_count(conn)
                open_conflicts = conn.execute(
                    select(func.count())
                    .select_from(conflicts)
                    .where(conflicts.c.resolved_at.is_(None))
                ).scalar()
                known = state.read(conn)
        except DB_ERRORS as error:
            log.debug("sync counts unavailable: %s", describe(error))
            return
        status = replace(
            self.status(),
            pending=waiting,
            conflicts=int(open_conflicts or 0),
            counted_at=self._now(),
        )
        if known is not None and status.last_sync_at is None and known.last_sync_at is not None:
            status = replace(status, last_sync_at=known.last_sync_at)
        self._publish(status)

    def _publish(self, status: SyncStatus) -> None:
        with self._lock:
            self._status = status
        if self._on_status is not None:
            self._on_status(status)
