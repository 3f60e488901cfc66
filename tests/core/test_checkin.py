"""Check-in on a real database (SQLite file and PostgreSQL schema)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.card_codec import CardCodec
from kiosk.core.checkin import CheckInService, ScanOutcome, ScanResult
from kiosk.core.clock import FixedClock
from kiosk.core.staff import StaffAuthService
from kiosk.db.engine import make_engine, make_session_factory
from kiosk.db.models import AuditEvent, Terminal, Visit
from kiosk.db.uow import UnitOfWork
from tests.db.backends import (
    BACKENDS,
    Database,
    add_patron,
    cheap_hasher,
    count_visits,
    open_database,
)

KEY = bytes(range(32))
OTHER_LIBRARY_KEY = bytes(range(1, 33))
WINDOW = timedelta(hours=4)
START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def codec() -> CardCodec:
    return CardCodec({"K1": KEY}, "K1")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


def service(db: Database, codec: CardCodec, clock: FixedClock, terminal: str = "kiosk-1"):
    return CheckInService(db.session_factory, codec, clock, terminal, WINDOW)


def test_valid_card_welcomes_by_name_and_counts_a_visit(
    db: Database, codec: CardCodec, clock: FixedClock
) -> None:
    patron_id = add_patron(db, "Nguyễn Thị Lan", "LIB-0001", birth_year=1990)
    result = service(db, codec, clock).handle_scan(codec.encode("LIB-0001"))
    assert result.outcome is ScanOutcome.WELCOME
    assert result.patron is not None
    assert result.patron.display_name == "Nguyễn Thị Lan"
    assert result.patron.patron_id == patron_id
    assert result.patron.is_minor is False
    assert result.visit_counted is True
    assert result.checked_in_at == START
    with UnitOfWork(db.session_factory, write=False) as session:
        visit = session.scalars(select(Visit)).one()
        terminal = session.get(Terminal, visit.terminal_id)
    assert visit.checked_in_at == START
    assert terminal is not None and terminal.code == "kiosk-1"


def test_a_visit_counts_once_per_window(db: Database, codec: CardCodec, clock: FixedClock) -> None:
    patron_id = add_patron(db, "Ann", "A-1")
    checkin = service(db, codec, clock)
    payload = codec.encode("A-1")
    assert checkin.handle_scan(payload).visit_counted is True
    clock.advance(timedelta(minutes=5))
    again = checkin.handle_scan(payload)
    assert again.outcome is ScanOutcome.WELCOME and again.visit_counted is False
    assert again.checked_in_at == START  # the visit this scan falls in began then
    clock.advance(WINDOW - timedelta(minutes=5, seconds=1))
    assert checkin.handle_scan(payload).visit_counted is False  # a second before the window ends
    clock.advance(timedelta(seconds=1))
    assert checkin.handle_scan(payload).visit_counted is True  # the window has passed
    assert count_visits(db, patron_id) == 2


def test_minor_by_birth_year(db: Database, codec: CardCodec, clock: FixedClock) -> None:
    add_patron(db, "Kid", "K-1", birth_year=START.year - 10)
    result = service(db, codec, clock).handle_scan(codec.encode("K-1"))
    assert result.patron is not None and result.patron.is_minor is True


@pytest.mark.parametrize(
    ("scan", "outcome"),
    [
        ("not a card", ScanOutcome.MALFORMED),
        ("", ScanOutcome.MALFORMED),
        ("MK1-K1-A-1", ScanOutcome.MALFORMED),
        ("\x00\x01\x02binary\xff", ScanOutcome.MALFORMED),
        ("X" * 10_000, ScanOutcome.MALFORMED),
        # A library borrowing card where only the kiosk's QR cards are taken: its own answer.
        ("12345678901234", ScanOutcome.LIBRARY_BARCODE),
    ],
    ids=["garbage", "empty", "half", "binary", "overlong", "barcode-not-accepted"],
)
def test_bad_scans_are_refused_without_a_visit(
    db: Database, codec: CardCodec, clock: FixedClock, scan: str, outcome: ScanOutcome
) -> None:
    add_patron(db, "Ann", "A-1")
    result = service(db, codec, clock).handle_scan(scan)
    assert result == ScanResult(outcome)
    assert count_visits(db) == 0


def test_unknown_revoked_and_forged_cards(
    db: Database, codec: CardCodec, clock: FixedClock
) -> None:
    add_patron(db, "Ann", "A-1")
    add_patron(db, "Ben", "B-2", revoked=True)
    checkin = service(db, codec, clock)
    other_library = CardCodec({"Z9": OTHER_LIBRARY_KEY}, "Z9")
    retired_key_reuse = CardCodec({"K1": OTHER_LIBRARY_KEY}, "K1")
    tampered = codec.encode("A-1").replace("-A-1-", "-A-2-")

    assert checkin.handle_scan(codec.encode("NOBODY-9")).outcome is ScanOutcome.UNKNOWN_CARD
    assert checkin.handle_scan(codec.encode("B-2")).outcome is ScanOutcome.REVOKED_CARD
    assert checkin.handle_scan(other_library.encode("A-1")).outcome is ScanOutcome.FORGED_CARD
    assert checkin.handle_scan(retired_key_reuse.encode("A-1")).outcome is ScanOutcome.FORGED_CARD
    assert checkin.handle_scan(tampered).outcome is ScanOutcome.FORGED_CARD
    assert count_visits(db) == 0
    with UnitOfWork(db.session_factory, write=False) as session:
        actions = sorted(session.scalars(select(AuditEvent.action)))
    assert actions == ["forged_card_scan"] * 3 + ["revoked_card_scan"]


def test_library_barcode_when_allowed(db: Database, clock: FixedClock) -> None:
    add_patron(db, "Ann", "29876543210123")
    codec = CardCodec({"K1": KEY}, "K1", accept_library_barcodes=True)
    checkin = service(db, codec, clock)
    result = checkin.handle_scan("29876543210123")
    assert result.outcome is ScanOutcome.WELCOME and result.visit_counted
    assert checkin.handle_scan("29876543210999").outcome is ScanOutcome.UNKNOWN_CARD


def test_staff_card_is_recognised_and_not_counted(
    db: Database, codec: CardCodec, clock: FixedClock
) -> None:
    staff = StaffAuthService(db.session_factory, clock, "kiosk-1", hasher=cheap_hasher())
    account = staff.add_staff("Morgan Lee", "STAFF-1", "482913", role="admin")
    result = service(db, codec, clock).handle_scan(codec.encode("STAFF-1"))
    assert result.outcome is ScanOutcome.STAFF
    assert result.staff == account
    assert result.patron is None
    assert count_visits(db) == 0


def test_concurrent_scans_of_one_patron_count_one_visit(
    db: Database, codec: CardCodec, clock: FixedClock
) -> None:
    patron_id = add_patron(db, "Ann", "A-1")
    payload = codec.encode("A-1")
    # Two terminals, each with its own service, plus several threads per terminal.
    services = [service(db, codec, clock, "kiosk-1"), service(db, codec, clock, "kiosk-2")]
    for terminal in services:  # make the terminal rows first so only the visit races
        assert terminal.handle_scan(codec.encode("NOBODY-1")).outcome is ScanOutcome.UNKNOWN_CARD
    threads_per_terminal = 4
    barrier = threading.Barrier(threads_per_terminal * len(services))
    results: list[ScanResult] = []
    lock = threading.Lock()

    def scan(checkin: CheckInService) -> None:
        barrier.wait(10)
        result = checkin.handle_scan(payload)
        with lock:
            results.append(result)

    threads = [
        threading.Thread(target=scan, args=(checkin,))
        for checkin in services
        for _ in range(threads_per_terminal)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not any(thread.is_alive() for thread in threads)
    assert [r.outcome for r in results] == [ScanOutcome.WELCOME] * len(threads)
    assert sum(r.visit_counted for r in results) == 1
    assert count_visits(db, patron_id) == 1


def test_logs_never_carry_card_numbers_or_names(
    db: Database, codec: CardCodec, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    add_patron(db, "Siobhán Ní Bhriain", "SECRET-77")
    add_patron(db, "Ben Revoked", "GONE-55", revoked=True)
    checkin = service(db, codec, clock)
    with caplog.at_level(logging.DEBUG, logger="kiosk"):
        checkin.handle_scan(codec.encode("SECRET-77"))
        checkin.handle_scan(codec.encode("UNKNOWN-99"))
        checkin.handle_scan(codec.encode("GONE-55"))
        checkin.handle_scan(CardCodec({"Z9": OTHER_LIBRARY_KEY}, "Z9").encode("SECRET-77"))
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "check-in patron" in text  # the log does record what happened
    for secret in ("SECRET-77", "UNKNOWN-99", "GONE-55", "Siobhán", "Revoked"):
        assert secret not in text


def test_database_failure_mid_use_is_unavailable(
    tmp_path: Path, codec: CardCodec, clock: FixedClock
) -> None:
    """A database that disappears under a running kiosk (server gone, file unreadable)."""
    with open_database("sqlite", tmp_path) as db:
        add_patron(db, "Ann", "A-1")
    engine = make_engine(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    checkin = CheckInService(make_session_factory(engine), codec, clock, "kiosk-1", WINDOW)
    assert checkin.handle_scan(codec.encode("A-1")).outcome is ScanOutcome.WELCOME
    engine.dispose()
    for name in ("kiosk.sqlite3", "kiosk.sqlite3-wal", "kiosk.sqlite3-shm"):
        (tmp_path / name).unlink(missing_ok=True)
    (tmp_path / "kiosk.sqlite3").mkdir()  # a folder where the file was: cannot be opened
    try:
        result = checkin.handle_scan(codec.encode("A-1"))
    finally:
        engine.dispose()
    assert result == ScanResult(ScanOutcome.UNAVAILABLE)


def test_no_scan_ever_raises_or_welcomes_a_wrong_card(tmp_path: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    codec = CardCodec({"K1": KEY}, "K1", accept_library_barcodes=True)
    payload = codec.encode("A-1")
    with open_database("sqlite", tmp_path) as db:
        add_patron(db, "Ann", "A-1")
        checkin = service(db, codec, FixedClock(START))

        def mutate(position: int, char: str) -> str:
            index = position % len(payload)
            return payload[:index] + char + payload[index + 1 :]

        texts = st.one_of(
            st.text(max_size=300),
            st.binary(max_size=300).map(lambda raw: raw.decode("latin-1")),
            st.builds(mutate, st.integers(min_value=0), st.characters()),
            st.builds(lambda cut: payload[:cut], st.integers(0, len(payload))),
        )

        @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(texts)
        def scan(text: str) -> None:
            result = checkin.handle_scan(text)
            assert isinstance(result, ScanResult)
            assert result.outcome is not ScanOutcome.UNAVAILABLE
            if result.outcome is ScanOutcome.WELCOME:
                assert text.strip().upper() == payload

        scan()


def test_kit_label_scanned_as_a_card_is_told_apart(
    db: Database, codec: CardCodec, clock: FixedClock
) -> None:
    """A kit's label at the start screen is neither garbage nor a forged card: its own answer,
    whoever signed it, and no visit or forged-card entry."""
    import uuid

    add_patron(db, "Ann", "A-1")
    checkin = service(db, codec, clock)
    label = codec.encode_kit_label(uuid.uuid4())
    foreign = CardCodec({"Z9": OTHER_LIBRARY_KEY}, "Z9").encode_kit_label(uuid.uuid4())
    for text in (label, label.lower(), foreign, label[:20]):
        assert checkin.handle_scan(text) == ScanResult(ScanOutcome.KIT_LABEL)
    assert count_visits(db) == 0
    with UnitOfWork(db.session_factory, write=False) as session:
        assert list(session.scalars(select(AuditEvent.action))) == []
