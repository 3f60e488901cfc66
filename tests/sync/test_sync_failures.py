"""A round that fails loses nothing and says why in one plain line and as a code the staff
console words in its language: a connection cut in the middle of a push, a push whose answer
was lost, a terminal restored from an old backup, a wrong URL, a refused login, a central store
of a newer version, one central does not know or that it shut out. A change a database refuses
is recorded with a code for the constraint that refused it. Real PostgreSQL and SQLite."""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, select

from kiosk.core.checkin import ScanOutcome
from kiosk.db.migrate import head_revision
from kiosk.db.models import Visit
from kiosk.db.uow import UnitOfWork
from kiosk.errors import DomainError, NotFound, PermissionDenied, Unavailable
from kiosk.sync import central, state
from kiosk.sync.apply import Change, apply_changes
from kiosk.sync.conflicts import open_conflicts
from kiosk.sync.connect import open_central
from kiosk.sync.failures import failure_of
from kiosk.sync.push import pending
from kiosk.sync.round import run_round
from kiosk.sync.setup import join
from kiosk.sync.status import FailureCode, RefusalCode, SyncFailure
from kiosk.sync.tables import table
from kiosk.sync.worker import SyncWorker
from tests.db.backends import postgres_schema
from tests.sync.library import Kiosk, Library, count_rows, library, set_central_revision
from tests.sync.proxy import CuttingProxy
from tests.sync.terminals import START, kiosk_services

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
                    assert failure_of(error) == SyncFailure(FailureCode.CONNECTION_LOST)
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


def _round_error(kiosk: Kiosk, url: str) -> DomainError:
    engine = open_central(url, check=False)
    try:
        with pytest.raises(DomainError) as failure:
            run_round(kiosk.services.engine, engine, url)
    finally:
        engine.dispose()
    return failure.value


def _round_fails(kiosk: Kiosk, url: str, code: FailureCode) -> str:
    """The English line of a round that fails with `code` (no other parameters)."""
    error = _round_error(kiosk, url)
    assert isinstance(error, Unavailable)
    assert failure_of(error) == SyncFailure(code), str(error)
    return str(error)


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
            kiosk,
            lib.url.replace(":5432/", ":1/").replace("postgres@", "postgres:hunter2secret@"),
            FailureCode.CONNECTION_REFUSED,
        )
        assert "refused the connection" in refused
        login = lib.url.replace("postgres@", "nosuchkiosk:hunter2secret@")
        assert "refused the login" in _round_fails(kiosk, login, FailureCode.LOGIN_REFUSED)
        nowhere = lib.url.replace("127.0.0.1", "central.invalid")
        assert "cannot reach" in _round_fails(kiosk, nowhere, FailureCode.UNREACHABLE)
        no_database = lib.url.replace("/test?", "/nosuchdatabase?")
        assert "does not exist" in _round_fails(kiosk, no_database, FailureCode.NO_DATABASE)
        # Without TLS on the server, or with it and no such root certificate: either way the
        # secure connection cannot be made.
        tls = lib.url + "&sslmode=verify-full&sslrootcert=/nonexistent/root.crt"
        assert "TLS" in _round_fails(kiosk, tls, FailureCode.TLS)
        set_central_revision(lib, "0999")
        newer_error = _round_error(kiosk, lib.url)
        newer = str(newer_error)
        assert "newer than this kiosk's" in newer and "update the kiosk" in newer
        head = newer.split("than this kiosk's (")[1].split(")")[0]
        assert failure_of(newer_error) == SyncFailure(
            FailureCode.SCHEMA_NEWER, {"central": "0999", "kiosk": head}
        )
        set_central_revision(lib, "0001")
        older = _round_error(kiosk, lib.url)
        assert "older than this kiosk's" in str(older)
        assert failure_of(older) == SyncFailure(
            FailureCode.SCHEMA_OLDER, {"central": "0001", "kiosk": head}
        )
        _still_works_offline(kiosk, 5)
        set_central_revision(lib, head_revision() or "")
        assert lib.sync(kiosk).pushed == 5
        assert lib.central_count("visits") == 5
    everything = caplog.text + refused
    assert "hunter2secret" not in everything


def test_a_database_that_is_no_central_store_and_a_url_that_is_none_have_their_codes(
    tmp_path: Path,
) -> None:
    with library(tmp_path) as lib, postgres_schema() as empty:
        kiosk = lib.terminal("north")
        assert "not a central store" in _round_fails(kiosk, empty, FailureCode.NOT_CENTRAL)
        worker = SyncWorker(kiosk.services.engine, "mysql://kiosk@db.example.org/kiosk")
        assert worker.run_once() is None
        status = worker.status()
        assert status.failure == SyncFailure(FailureCode.BAD_URL)
        assert status.last_error and "must be PostgreSQL" in status.last_error


def test_a_terminal_central_forgot_or_shut_out_and_one_never_joined_have_their_codes(
    tmp_path: Path,
) -> None:
    with library(tmp_path) as lib:
        kiosk = lib.terminal("north")
        terminals = table("sync_terminals")
        with lib.central.begin() as conn:
            central.revoke_terminal(conn, "north", START)
        revoked = _round_error(kiosk, lib.url)
        assert isinstance(revoked, PermissionDenied) and "shut this terminal out" in str(revoked)
        assert failure_of(revoked) == SyncFailure(FailureCode.REVOKED)
        with lib.central.begin() as conn:
            conn.execute(delete(terminals))
        forgotten = _round_fails(kiosk, lib.url, FailureCode.UNKNOWN_TERMINAL)
        assert "does not know this terminal" in forgotten
        url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
        with kiosk_services(url, "new", "main", kiosk.clock) as fresh:
            worker = SyncWorker(fresh.engine, lib.url)
            assert worker.run_once() is None
        assert worker.status().failure == SyncFailure(FailureCode.NOT_JOINED)
        assert "terminal join" in (worker.status().last_error or "")


def _card_change(kiosk: Kiosk) -> Change:
    """The change that set up the card of the terminal's only patron."""
    with kiosk.services.engine.connect() as conn:
        changes = [change for _, change in pending(conn, 1000)]
    return next(c for c in changes if c.table_name == "cards" and c.op == "insert")


def _another(change: Change, **values: object) -> Change:
    row_id = uuid.uuid4()
    payload = {**change.payload, "id": str(row_id), **values}
    return replace(change, change_id=uuid.uuid4(), row_id=row_id, payload=payload)


def _refusals(engine: Engine, changes: list[Change]) -> dict[uuid.UUID, RefusalCode]:
    with engine.connect() as conn:
        outcome = apply_changes(conn, changes)
        conn.rollback()
    return {r.change.change_id: r.code for r in outcome.rejected}


def test_each_refused_change_is_coded_by_the_constraint_that_refused_it(tmp_path: Path) -> None:
    with library(tmp_path) as lib:
        kiosk = lib.terminal("north")
        south = lib.terminal("south")
        kiosk.services.patrons.create("Ada Lovelace", card_number="A-1")
        south.services.patrons.create("Grace Hopper", card_number="A-1")  # both offline
        card = _card_change(kiosk)
        lib.sync(kiosk)
        taken = _another(card)  # the same card number, set up again elsewhere meanwhile
        orphan = _another(card, card_number="A-2", patron_id=str(uuid.uuid4()))
        no_holder = _another(card, card_number="A-3", patron_id=None)
        expected = {
            taken.change_id: RefusalCode.DUPLICATE,
            orphan.change_id: RefusalCode.MISSING_LINK,
            no_holder.change_id: RefusalCode.INVALID_VALUE,
        }
        changes = [taken, orphan, no_holder]
        for engine in (lib.central, kiosk.services.engine):
            assert _refusals(engine, changes) == expected, engine.dialect.name
        # Through a round: the record staff read holds the code beside the English reason.
        # (central refuses south's card; south then refuses north's, pulled)
        assert lib.sync(south).refused == 2
        for engine in (lib.central, south.services.engine):
            with engine.connect() as conn:
                records = open_conflicts(conn)
            assert records, engine.dialect.name
            for record in records:
                assert (record.kind, record.table_name) == ("rejected_change", "cards")
                assert record.detail["reason_code"] == "duplicate"
                assert record.detail["reason"]


def test_joining_an_unknown_branch_names_the_known_ones(tmp_path: Path) -> None:
    with library(tmp_path, ("main", "east")) as lib:
        kiosk = lib.terminal("north")
        with pytest.raises(NotFound, match=r"no branch .west.*east, main"):
            west = kiosk.identity.__class__("west-1", "w", "west", "West")
            join(kiosk.services.engine, west, lib.url, "west")
