"""A locked, read-only or corrupt SQLite file under a running kiosk: every scan and PIN gets a
plain "unavailable" answer within the busy timeout, never an exception, and nothing already
saved is lost."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.card_codec import CardCodec
from kiosk.core.checkin import CheckInService, ScanOutcome, ScanResult
from kiosk.core.clock import FixedClock
from kiosk.core.staff import PinOutcome, PinResult, StaffAuthService
from kiosk.db.engine import make_engine, make_session_factory
from kiosk.db.errors import DatabaseUnavailable
from kiosk.db.migrate import upgrade
from tests.db.backends import add_patron, cheap_hasher, count_visits, open_database
from tests.db.test_engine_failures import exclusive_lock, read_only

KEY = bytes(range(32))
START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
PIN = "482913"


@dataclass
class Kiosk:
    path: Path
    codec: CardCodec
    checkin: CheckInService
    staff: StaffAuthService
    staff_id: uuid.UUID


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A database with one patron who already checked in once, and one staff account."""
    codec = CardCodec({"K1": KEY}, "K1")
    clock = FixedClock(START)
    with open_database("sqlite", tmp_path) as db:
        add_patron(db, "Ann", "A-1")
        add_patron(db, "Ben", "B-2")
        service = CheckInService(db.session_factory, codec, clock, "kiosk-1", timedelta(hours=4))
        assert service.handle_scan(codec.encode("A-1")).visit_counted
        StaffAuthService(db.session_factory, clock, "kiosk-1", hasher=cheap_hasher()).add_staff(
            "Morgan Lee", "ST-1", PIN
        )
    return tmp_path / "kiosk.sqlite3"


@pytest.fixture
def kiosk(saved: Path) -> Iterator[Kiosk]:
    """A running kiosk on that file, with a short busy timeout so waits stay brief."""
    codec = CardCodec({"K1": KEY}, "K1")
    clock = FixedClock(START + timedelta(days=1))
    engine = make_engine(f"sqlite:///{saved}", busy_timeout_s=0.2)
    sessions = make_session_factory(engine)
    checkin = CheckInService(sessions, codec, clock, "kiosk-1", timedelta(hours=4))
    staff = StaffAuthService(sessions, clock, "kiosk-1", hasher=cheap_hasher())
    staff_scan = checkin.handle_scan(codec.encode("ST-1"))
    assert staff_scan.staff is not None
    try:
        yield Kiosk(saved, codec, checkin, staff, staff_scan.staff.staff_id)
    finally:
        engine.dispose()


def assert_saved_data_intact(tmp_path: Path) -> None:
    with open_database("sqlite", tmp_path) as db:
        assert count_visits(db) == 1
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            names = conn.exec_driver_sql("SELECT display_name FROM patrons ORDER BY 1").scalars()
            assert list(names) == ["Ann", "Ben"]


def test_locked_file(kiosk: Kiosk, tmp_path: Path) -> None:
    with exclusive_lock(kiosk.path, readers_too=False):
        assert kiosk.checkin.handle_scan(kiosk.codec.encode("B-2")) == ScanResult(
            ScanOutcome.UNAVAILABLE
        )
        pin = kiosk.staff.verify_pin(kiosk.staff_id, PIN, "exit")
        assert pin == PinResult(PinOutcome.UNAVAILABLE)
    # Once the other program lets go, the same kiosk works again.
    welcome = kiosk.checkin.handle_scan(kiosk.codec.encode("B-2"))
    assert welcome.outcome is ScanOutcome.WELCOME and welcome.visit_counted
    kiosk.checkin.handle_scan(kiosk.codec.encode("B-2"))
    with open_database("sqlite", tmp_path) as db:
        assert count_visits(db) == 2


def test_read_only_file(saved: Path, tmp_path: Path) -> None:
    codec = CardCodec({"K1": KEY}, "K1")
    clock = FixedClock(START + timedelta(days=1))
    with open_database("sqlite", tmp_path) as db:
        staff_scan = CheckInService(
            db.session_factory, codec, clock, "kiosk-1", timedelta(hours=4)
        ).handle_scan(codec.encode("ST-1"))
    assert staff_scan.staff is not None
    with read_only(saved):
        engine = make_engine(f"sqlite:///{saved}", busy_timeout_s=0.2)
        try:
            sessions = make_session_factory(engine)
            checkin = CheckInService(sessions, codec, clock, "kiosk-1", timedelta(hours=4))
            staff = StaffAuthService(sessions, clock, "kiosk-1", hasher=cheap_hasher())
            assert checkin.handle_scan(codec.encode("B-2")) == ScanResult(ScanOutcome.UNAVAILABLE)
            # A forged card still gets its own screen; only the trail entry cannot be written.
            forged = CardCodec({"K1": bytes(32)}, "K1").encode("B-2")
            assert checkin.handle_scan(forged).outcome is ScanOutcome.FORGED_CARD
            pin = staff.verify_pin(staff_scan.staff.staff_id, PIN, "exit")
            assert pin == PinResult(PinOutcome.UNAVAILABLE)
        finally:
            engine.dispose()
    assert_saved_data_intact(tmp_path)


def test_file_corrupted_under_a_running_kiosk(saved: Path) -> None:
    codec = CardCodec({"K1": KEY}, "K1")
    clock = FixedClock(START + timedelta(days=1))
    engine = make_engine(f"sqlite:///{saved}", busy_timeout_s=0.2)
    try:
        checkin = CheckInService(
            make_session_factory(engine), codec, clock, "kiosk-1", timedelta(hours=4)
        )
        # Page 1 (header and schema) stays; the table pages are wrecked behind its back.
        with open(saved, "r+b") as handle:
            handle.seek(4096)
            size = os.path.getsize(saved) - 4096
            handle.write(bytes((i * 151 + 7) % 256 for i in range(size)))
        for number in ("A-1", "B-2", "NOBODY"):
            assert checkin.handle_scan(codec.encode(number)) == ScanResult(ScanOutcome.UNAVAILABLE)
    finally:
        engine.dispose()


def test_corrupt_file_is_refused_at_start(saved: Path) -> None:
    with open(saved, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xde\xad" * 4096)
    with pytest.raises(DatabaseUnavailable, match="corrupt"):
        upgrade(make_engine(f"sqlite:///{saved}", busy_timeout_s=0.2))


@pytest.mark.postgres
def test_row_locked_elsewhere_on_postgresql(tmp_path: Path) -> None:
    """A stuck transaction on another terminal holding the patron's row: the scan gives up
    after the lock timeout instead of hanging the kiosk."""
    codec = CardCodec({"K1": KEY}, "K1")
    clock = FixedClock(START)
    with open_database("postgresql", tmp_path, busy_timeout_s=0.5) as db:
        patron_id = add_patron(db, "Ann", "A-1")
        checkin = CheckInService(db.session_factory, codec, clock, "kiosk-1", timedelta(hours=4))
        with db.engine.connect() as other, other.begin():
            other.exec_driver_sql(
                "SELECT id FROM patrons WHERE id = %(id)s FOR UPDATE", {"id": patron_id}
            )
            assert checkin.handle_scan(codec.encode("A-1")) == ScanResult(ScanOutcome.UNAVAILABLE)
        welcome = checkin.handle_scan(codec.encode("A-1"))
        assert welcome.outcome is ScanOutcome.WELCOME and welcome.visit_counted
        assert count_visits(db, patron_id) == 1
