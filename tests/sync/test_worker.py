"""The background sync worker: rounds on its own thread, back-off while the network flaps,
"sync now", and the status snapshot the staff console shows."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.sync.status import FailureCode, Link, SyncFailure, SyncStatus
from kiosk.sync.worker import SyncWorker
from tests.support import wait_until
from tests.sync.library import Kiosk, Library, count_rows, library
from tests.sync.proxy import CuttingProxy
from tests.sync.test_sync_failures import _offline_visits, _one_patron

pytestmark = pytest.mark.postgres
TIMEOUT = 60.0


class Seen:
    """Every status the worker published, and the threads it published them from."""

    def __init__(self) -> None:
        self.statuses: list[SyncStatus] = []
        self.threads: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, status: SyncStatus) -> None:
        with self._lock:
            self.statuses.append(status)
            self.threads.add(threading.current_thread().name)

    def links(self) -> set[Link]:
        with self._lock:
            return {status.link for status in self.statuses}


def _worker(lib: Library, kiosk: Kiosk, url: str, seen: Seen, interval: float) -> SyncWorker:
    return SyncWorker(
        kiosk.services.engine,
        url,
        interval_s=interval,
        retry_max_s=interval * 4,
        now=kiosk.clock.now,
        on_status=seen,
    )


def test_the_worker_syncs_in_the_background_and_on_demand(tmp_path: Path) -> None:
    with library(tmp_path) as lib:
        kiosk = lib.terminal("north")
        patron = _one_patron(lib, kiosk)
        seen = Seen()
        worker = _worker(lib, kiosk, lib.url, seen, interval=3600)
        worker.start()
        try:
            wait_until(lambda: worker.status().link is Link.ONLINE, TIMEOUT, what="first round")
            _offline_visits(kiosk, patron, 20)
            wait_until(lambda: worker.status().pending == 20, TIMEOUT, what="the count")
            worker.sync_now()
            wait_until(lambda: lib.central_count("visits") == 20, TIMEOUT, what="the push")
            wait_until(lambda: worker.status().pending == 0, TIMEOUT, what="pending 0")
        finally:
            worker.stop()
        status = worker.status()
        assert status.online and status.last_sync_at is not None and status.last_error is None
        assert status.failure is None
        assert "pushed" in (status.last_summary or "")
        assert seen.threads == {"kiosk-sync"}
        assert any(s.syncing for s in seen.statuses)


def test_while_the_network_flaps_it_backs_off_and_catches_up(tmp_path: Path) -> None:
    with library(tmp_path) as lib, CuttingProxy() as proxy:
        kiosk = lib.terminal("north")
        patron = _one_patron(lib, kiosk)
        seen = Seen()
        worker = _worker(lib, kiosk, lib.via(proxy.port), seen, interval=0.2)
        worker.start()
        try:
            for burst in range(1, 6):
                # The next push is cut somewhere in its first batch, a bit later each time.
                proxy.cut_after(20_000 + burst * 7_000)
                _offline_visits(kiosk, patron, 400)
                kiosk.clock.advance(timedelta(seconds=1))
                wait_until(lambda b=burst: proxy.cuts >= b, TIMEOUT, what=f"cut {burst}")
            wait_until(lambda: Link.OFFLINE in seen.links(), TIMEOUT, what="offline")
            proxy.cut_after(None)
            wait_until(lambda: lib.central_count("visits") == 2000, TIMEOUT, what="all visits")
            wait_until(lambda: worker.status().online, TIMEOUT, what="online again")
            wait_until(lambda: worker.status().pending == 0, TIMEOUT, what="nothing waiting")
        finally:
            worker.stop()
        assert count_rows(lib.central, "sync_changes", table_name="visits") == 2000
        offline = [s for s in seen.statuses if s.link is Link.OFFLINE]
        assert offline and all(s.last_error and s.next_try_at for s in offline)
        assert all("\n" not in (s.last_error or "") for s in offline)
        assert all(s.failure is not None for s in offline)
        assert worker.status().failure is None  # cleared by the round that worked


def test_an_unreachable_or_unjoined_central_shows_offline_and_keeps_changes(
    tmp_path: Path,
) -> None:
    with library(tmp_path) as lib:
        kiosk = lib.terminal("north")
        patron = _one_patron(lib, kiosk)
        _offline_visits(kiosk, patron, 3)
        seen = Seen()
        unreachable = lib.url.replace(":5432/", ":1/")
        worker = _worker(lib, kiosk, unreachable, seen, interval=0.2)
        worker.start()
        try:
            wait_until(lambda: worker.status().link is Link.OFFLINE, TIMEOUT, what="offline")
            wait_until(lambda: worker.status().pending == 3, TIMEOUT, what="the count")
        finally:
            worker.stop()
        status = worker.status()
        assert status.last_error and "refused the connection" in status.last_error
        assert status.failure == SyncFailure(FailureCode.CONNECTION_REFUSED)
        assert status.next_try_at is not None and status.last_attempt_at is not None
        assert status.last_sync_at is not None  # the join's round, read from the database
        assert lib.central_count("visits") == 0


def test_the_kiosk_starts_a_worker_only_when_central_is_configured(tmp_path: Path) -> None:
    from dataclasses import replace

    from kiosk.config import SyncSection
    from kiosk.services import open_services
    from tests.sync.terminals import terminal_config

    plain = terminal_config(f"sqlite:///{tmp_path / 'alone.sqlite3'}")
    alone = open_services(plain)
    try:
        assert alone.sync is None
        alone.start_sync()  # nothing to start
    finally:
        alone.close()
    configured = replace(
        terminal_config(f"sqlite:///{tmp_path / 'k.sqlite3'}"),
        sync=SyncSection(central_url="postgresql://kiosk@127.0.0.1:1/makerspace", interval_s=5),
    )
    services = open_services(configured)
    try:
        assert services.sync is not None
        assert services.sync.status().link is Link.STARTING
        services.start_sync()
        worker = services.sync
        wait_until(lambda: worker.status().link is Link.NOT_JOINED, TIMEOUT, what="a round")
        assert "terminal join" in (worker.status().last_error or "")
        assert worker.status().failure == SyncFailure(FailureCode.NOT_JOINED)
        assert worker.status().pending > 0  # the terminal's own rows, kept for its first push
    finally:
        services.close()
