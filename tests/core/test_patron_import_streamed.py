"""`patron import` streams the file, writes in short batches a check-in can slip between, and
stays all or nothing."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, insert, select
from sqlalchemy.exc import OperationalError

from kiosk.core.card_codec import CardCodec
from kiosk.core.checkin import CheckInService
from kiosk.core.clock import FixedClock
from kiosk.core.patron_import import STARTED, PatronImporter
from kiosk.core.patrons import PatronService
from kiosk.core.results import ScanOutcome
from kiosk.db.engine import make_engine, make_session_factory
from kiosk.db.models import AuditEvent, Card, Patron
from kiosk.db.uow import UnitOfWork
from kiosk.ids import uuid7
from tests.db.backends import BACKENDS, Database, add_patron, open_database

NOW = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
KEY = {"K1": bytes(range(32))}


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


def write_csv(path: Path, rows: int, *, start: int = 0) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("card_number,display_name,birth_year\n")
        for i in range(start, start + rows):
            handle.write(f"P-{i:07d},Patron number {i},1990\n")
    return path


def count_patrons(db: Database) -> int:
    with UnitOfWork(db.session_factory, write=False) as session:
        return int(session.scalar(select(func.count()).select_from(Patron)) or 0)


def peak_import_memory(db: Database, path: Path) -> int:
    importer = PatronImporter(db.session_factory, batch_rows=200, pause_s=0)
    tracemalloc.start()
    try:
        report = importer.run(path, NOW)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.committed, report.errors
    return peak


def test_import_memory_does_not_grow_with_the_row_count(tmp_path: Path) -> None:
    with open_database("sqlite", tmp_path) as db:
        # A first import fills the statement caches, which would count against the first file.
        peak_import_memory(db, write_csv(tmp_path / "warm.csv", 300, start=50_000))
        small = peak_import_memory(db, write_csv(tmp_path / "small.csv", 2_000))
        large = peak_import_memory(db, write_csv(tmp_path / "large.csv", 8_000, start=10_000))
    # Four times the rows, and the peak stays within the same batch-sized bound.
    assert large < small * 1.5, (small, large)


def test_a_file_over_the_row_cap_is_refused_before_anything_is_written(
    db: Database, tmp_path: Path
) -> None:
    service = PatronService(db.session_factory, FixedClock(NOW), import_max_rows=5)
    report = service.import_csv(write_csv(tmp_path / "p.csv", 6))
    assert not report.committed
    assert report.errors[0].line == 0
    assert "more than 5 patrons" in report.errors[0].message
    assert count_patrons(db) == 0
    assert service.import_csv(write_csv(tmp_path / "q.csv", 5)).imported == 5


def test_check_ins_go_through_between_the_batches_of_an_import(tmp_path: Path) -> None:
    with open_database("sqlite", tmp_path) as db:
        add_patron(db, "Ada Lovelace", "ADA-1")
        codec = CardCodec(KEY, "K1")
        # The kiosk's own connection gives up after a fifth of a second: an import that held
        # the write lock throughout would make these check-ins unavailable.
        kiosk_engine = make_engine(db.url, busy_timeout_s=0.2)
        checkin = CheckInService(make_session_factory(kiosk_engine), codec, FixedClock(NOW),
                                 "kiosk-1", NOW - NOW)  # fmt: skip
        seen: list[tuple[int, ScanOutcome]] = []

        def between_batches(written: int) -> None:
            visible = count_patrons(db)
            seen.append((visible, checkin.handle_scan(codec.encode("ADA-1")).outcome))

        importer = PatronImporter(
            db.session_factory, batch_rows=100, progress=between_batches, pause_s=0
        )
        try:
            report = importer.run(write_csv(tmp_path / "p.csv", 1000), NOW)
        finally:
            kiosk_engine.dispose()
        assert report.imported == 1000
        assert all(outcome is ScanOutcome.WELCOME for _, outcome in seen), seen
        # They ran while only part of the file was in.
        assert [visible for visible, _ in seen][:3] == [101, 201, 301]


def test_a_batch_that_fails_removes_what_the_import_wrote(db: Database, tmp_path: Path) -> None:
    add_patron(db, "Ada Lovelace", "ADA-1")
    inserts = 0

    def fail_on_the_third_batch(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        nonlocal inserts
        if statement.lstrip().upper().startswith("INSERT INTO PATRONS"):
            inserts += 1
            if inserts == 3:
                raise OperationalError(statement, None, Exception("database or disk is full"))

    event.listen(db.engine, "before_cursor_execute", fail_on_the_third_batch)
    try:
        report = PatronImporter(db.session_factory, batch_rows=100, pause_s=0).run(
            write_csv(tmp_path / "p.csv", 500), NOW
        )
    finally:
        event.remove(db.engine, "before_cursor_execute", fail_on_the_third_batch)
    assert not report.committed
    assert "nothing was imported" in report.errors[-1].message
    assert count_patrons(db) == 1  # only the patron from before
    with UnitOfWork(db.session_factory, write=False) as session:
        assert session.scalar(select(func.count()).select_from(Card)) == 1


def test_an_import_cut_off_by_a_crash_is_removed_by_the_next_one(
    db: Database, tmp_path: Path
) -> None:
    add_patron(db, "Ada Lovelace", "ADA-1")
    crashed_at = datetime(2026, 1, 4, 10, 0, 0, 123456, tzinfo=UTC)
    # What a killed import leaves: its start in the journal and one batch of patrons.
    with UnitOfWork(db.session_factory) as session:
        session.execute(
            insert(AuditEvent).values(
                id=uuid7(), at=crashed_at, actor_kind="system", action=STARTED,
                detail={"import": "crashed", "at": crashed_at.isoformat()},
            )
        )  # fmt: skip
        for i in range(3):
            patron = Patron(display_name=f"Half {i}", created_at=crashed_at)
            session.add(patron)
            session.flush()
            session.add(Card(card_number=f"HALF-{i}", patron_id=patron.id, issued_at=crashed_at))

    report = PatronService(db.session_factory, FixedClock(NOW)).import_csv(
        write_csv(tmp_path / "p.csv", 2)
    )

    assert report.imported == 2
    with UnitOfWork(db.session_factory, write=False) as session:
        numbers = sorted(session.scalars(select(Card.card_number)))
    assert numbers == ["ADA-1", "P-0000000", "P-0000001"]
