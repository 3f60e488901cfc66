"""A round that fails loses nothing and says why in one plain line: a connection cut in the
middle of a push, a push whose answer was lost, a terminal restored from an old backup, a
wrong URL, a refused login, a central store of a newer version. Real PostgreSQL and SQLite."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.core.checkin import ScanOutcome
from kiosk.db.models import Visit
from kiosk.db.uow import UnitOfWork
from kiosk.errors import NotFound, Unavailable
from kiosk.sync import central, state
from kiosk.sync.connect import open_central
from kiosk.sync.push import pending
from kiosk.sync.round import run_round
from kiosk.sync.setup import join
from tests.sync.library import Kiosk, Library, count_rows, library, set_central_revision
from tests.sync.proxy import CuttingProxy
from tests.sync.terminals import START

pytestmark = pytest.mark.postgres


def _offline_visits(kiosk: Kiosk, patron_id: object, count: int) -> None:
    with UnitOfWork(kiosk.services.sessions) as session:
        for n in range(count):
            session.add(Visit(patron_id=patron_id, checked_in_at=START + timedelta(seconds=n)))


def _one_patron(lib: Library, kiosk: Kiosk) -> object:
    patron = kiosk.services.patrons.create("Ada Lovelace", card_number="A-1")
    lib.sync(kiosk)
    return patron.patron_id


def _pending(kiosk: Kiosk) -> int:
    with kiosk.services.engine.connect() as conn:
        return len(pending(conn, 100_000))


def test_a_connection_cut_mid_push_loses_and_doubles_nothing(tmp_path: Path) -> None:
    with library(tmp_path) as lib, CuttingProxy() as proxy:
        kiosk = lib.terminal("north")
        _offline_visits(kiosk, _one_patron(lib, kiosk), 3000)
        flaky = open_central(lib.via(proxy.port), check=False)
        try:
            failures = 0
            for cut in (60_000, 700_000, 1_500_000):
                proxy.cut_after(cut)
                try:
                    run_round(kiosk.services.engine, flaky, lib.via(proxy.port))
                except Unavailable as error:
                    failures += 1
                    assert "\n" not in str(error)
            assert failures >= 1 and proxy.cuts >= 1
            proxy.cut_after(None)
            report = run_round(kiosk.services.engine, flaky, lib.via(proxy.port))
        finally:
            flaky.dispose()
        assert report.pending == 0 and _pending(kiosk) == 0
        assert lib.central_count("visits") == 3000
        assert count_rows(lib.central, "sync_changes", table_name="visits") == 3000


def test_a_push_whose_answer_was_lost_is_not_applied_twice(tmp_path: Path) -> None:
    with library(tmp_path) as lib:
        kiosk = lib.terminal("north")
        _offline_visits(kiosk, _one_patron(lib, kiosk), 10)
        with kiosk.services.engine.connect() as conn:
            batch = [change for _, change in pending(conn, 1000)]
            known = state.read(conn)
        assert known is not None and known.terminal_id is not None
        with lib.central.begin() as conn:
            found = central.terminal_entry(conn, known.terminal_id)
            assert found is not None
            central.accept(conn, found[0], batch, START)  # committed; the answer never came
        report = lib.sync(kiosk)
        assert (report.pushed, report.already_there) == (0, 10)
        assert lib.central_count("visits") == 10
        assert count_rows(lib.central, "sync_changes", table_name="visits") == 10


def test_a_terminal_restored_from_an_old_backup_neither_loses_nor_replays(
    tmp_path: Path,
) -> None:
    with library(tmp_path) as lib:
        kiosk = lib.terminal("north")
        services = kiosk.services
        for n in range(3):
            services.patrons.create(f"Patron {n}", card_number=f"P-{n}")
        lib.sync(kiosk)
        scan = services.checkin.handle_scan
        assert scan(services.codec.encode("P-0")).outcome is ScanOutcome.WELCOME
        backup = lib.backup(kiosk, "north-backup.sqlite3")  # taken before that visit went out
        lib.sync(kiosk)
        kiosk.clock.advance(timedelta(minutes=5))
        assert scan(services.codec.encode("P-1")).outcome is ScanOutcome.WELCOME
        lib.sync(kiosk)  # this visit reached central; the disk then died
        kiosk = lib.restore(kiosk, backup)
        kiosk.clock.advance(timedelta(minutes=5))
        services = kiosk.services
        assert services.checkin.handle_scan(services.codec.encode("P-2")).outcome is (
            ScanOutcome.WELCOME
        )
        report = lib.sync(kiosk)
        assert report.already_there >= 1  # the backup's pending visit, not applied again
        assert lib.central_count("visits") == 3
        assert count_rows(lib.central, "sync_changes", table_name="visits") == 3
        assert kiosk.count("visits") == 3  # the lost visit came back from central
        assert lib.sync(kiosk).pulled == 0


def _round_fails(kiosk: Kiosk, url: str) -> str:
    engine = open_central(url, check=False)
    try:
        with pytest.raises(Unavailable) as failure:
            run_round(kiosk.services.engine, engine, url)
    finally:
        engine.dispose()
    return str(failure.value)


def _still_works_offline(kiosk: Kiosk, waiting: int) -> None:
    assert _pending(kiosk) == waiting
    with UnitOfWork(kiosk.services.sessions, write=False) as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == waiting
    with kiosk.services.engine.connect() as conn:
        known = state.read(conn)
    assert known is not None and known.last_error


def test_bad_central_urls_and_logins_are_plain_and_lose_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with library(tmp_path) as lib:
        kiosk = lib.terminal("north")
        _offline_visits(kiosk, _one_patron(lib, kiosk), 5)
        refused = _round_fails(
            kiosk, lib.url.replace(":5432/", ":1/").replace("postgres@", "postgres:hunter2secret@")
        )
        assert "refused the connection" in refused
        login = lib.url.replace("postgres@", "nosuchkiosk:hunter2secret@")
        assert "refused the login" in _round_fails(kiosk, login)
        set_central_revision(lib, "0999")
        newer = _round_fails(kiosk, lib.url)
        assert "newer than this kiosk's" in newer and "update the kiosk" in newer
        _still_works_offline(kiosk, 5)
        set_central_revision(lib, "0011")
        assert lib.sync(kiosk).pushed == 5
        assert lib.central_count("visits") == 5
    everything = caplog.text + refused
    assert "hunter2secret" not in everything


def test_joining_an_unknown_branch_names_the_known_ones(tmp_path: Path) -> None:
    with library(tmp_path, ("main", "east")) as lib:
        kiosk = lib.terminal("north")
        with pytest.raises(NotFound, match=r"no branch .west.*east, main"):
            west = kiosk.identity.__class__("west-1", "w", "west", "West")
            join(kiosk.services.engine, west, lib.url, "west")
