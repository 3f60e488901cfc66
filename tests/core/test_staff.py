"""Staff accounts and PIN checks with lockout, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.clock import FixedClock
from kiosk.core.pin_policy import pin_problem
from kiosk.core.staff import PinOutcome, PinResult, StaffAuthService
from kiosk.db.models import AuditEvent, StaffAccount
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput
from tests.db.backends import BACKENDS, Database, add_patron, cheap_hasher, open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
LOCKOUT = timedelta(minutes=15)
PIN = "482913"


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def auth(db: Database, clock: FixedClock) -> StaffAuthService:
    return StaffAuthService(
        db.session_factory, clock, "kiosk-1", max_attempts=5, lockout=LOCKOUT, hasher=cheap_hasher()
    )


def audit_actions(db: Database) -> list[str]:
    with UnitOfWork(db.session_factory, write=False) as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("12345", "6 to 12 digits"),
        ("1357", "6 to 12 digits"),
        ("1234567890123", "6 to 12 digits"),
        ("12a456", "6 to 12 digits"),
        ("", "6 to 12 digits"),
        ("777777", "repeat"),
        ("123456", "consecutive"),
        ("987654", "consecutive"),
        ("890123", "consecutive"),
    ],
)
def test_weak_or_malformed_pins_are_refused(pin: str, reason: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and reason in problem


def test_acceptable_pins() -> None:
    assert pin_problem("482913") is None
    assert pin_problem("1357", min_length=4) is None
    assert pin_problem("00000001") is None
    assert pin_problem("482913570135") is None


def test_add_staff_stores_only_an_argon2_hash(auth: StaffAuthService, db: Database) -> None:
    summary = auth.add_staff("  Morgan   Lee ", "st-1", PIN, role="admin")
    assert summary.display_name == "Morgan Lee"
    assert summary.role == "admin"
    with UnitOfWork(db.session_factory, write=False) as session:
        account = session.get(StaffAccount, summary.staff_id)
        assert account is not None
        assert account.pin_hash.startswith("$argon2id$")
        assert PIN not in account.pin_hash
        assert [card.card_number for card in account.cards] == ["ST-1"]
    assert audit_actions(db) == ["staff_added"]


def test_add_staff_refuses_bad_input(auth: StaffAuthService, db: Database) -> None:
    add_patron(db, "Ann", "TAKEN-1")
    with pytest.raises(InvalidInput, match="consecutive"):
        auth.add_staff("Sam", "S-1", "123456")
    with pytest.raises(Conflict, match="already in use"):
        auth.add_staff("Sam", "TAKEN-1", PIN)
    with pytest.raises(InvalidInput, match="role"):
        auth.add_staff("Sam", "S-1", PIN, role="owner")
    with pytest.raises(InvalidInput, match="card number"):
        auth.add_staff("Sam", "bad number!", PIN)
    with pytest.raises(InvalidInput, match="name"):
        auth.add_staff("   ", "S-1", PIN)
    with UnitOfWork(db.session_factory, write=False) as session:
        assert session.scalars(select(StaffAccount)).all() == []


def test_right_pin(auth: StaffAuthService, db: Database) -> None:
    staff = auth.add_staff("Morgan Lee", "ST-1", PIN)
    assert auth.verify_pin(staff.staff_id, PIN, "exit") == PinResult(PinOutcome.OK, staff=staff)
    with UnitOfWork(db.session_factory, write=False) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "staff_pin_ok")).one()
    assert event.actor_id == staff.staff_id
    assert event.detail == {"for": "exit"}
    assert event.terminal_id is not None


def test_five_wrong_pins_lock_until_the_lockout_passes(
    auth: StaffAuthService, db: Database, clock: FixedClock
) -> None:
    staff = auth.add_staff("Morgan Lee", "ST-1", PIN)
    lefts = [auth.verify_pin(staff.staff_id, "000111", "exit") for _ in range(4)]
    assert [r.outcome for r in lefts] == [PinOutcome.WRONG_PIN] * 4
    assert [r.attempts_left for r in lefts] == [4, 3, 2, 1]
    locked = auth.verify_pin(staff.staff_id, "000111", "exit")
    assert locked == PinResult(PinOutcome.LOCKED, attempts_left=0, locked_until=START + LOCKOUT)
    # While locked even the right PIN is refused.
    clock.advance(LOCKOUT - timedelta(seconds=1))
    still = auth.verify_pin(staff.staff_id, PIN, "exit")
    assert still.outcome is PinOutcome.LOCKED and still.locked_until == START + LOCKOUT
    clock.advance(timedelta(seconds=1))
    assert auth.verify_pin(staff.staff_id, PIN, "exit").outcome is PinOutcome.OK
    # Every attempt is in the trail.
    assert audit_actions(db) == [
        "staff_added",
        *["staff_pin_wrong"] * 4,
        "staff_locked_out",
        "staff_pin_refused_locked",
        "staff_pin_ok",
    ]


def test_a_right_pin_resets_the_count(auth: StaffAuthService) -> None:
    staff = auth.add_staff("Morgan Lee", "ST-1", PIN)
    for _ in range(3):
        auth.verify_pin(staff.staff_id, "000111", "exit")
    assert auth.verify_pin(staff.staff_id, PIN, "exit").outcome is PinOutcome.OK
    results = [auth.verify_pin(staff.staff_id, "000111", "exit") for _ in range(4)]
    assert [r.outcome for r in results] == [PinOutcome.WRONG_PIN] * 4
    assert results[-1].attempts_left == 1


def test_lockout_counts_per_account(auth: StaffAuthService) -> None:
    first = auth.add_staff("Morgan Lee", "ST-1", PIN)
    second = auth.add_staff("Sam Ortiz", "ST-2", "735190")
    for _ in range(5):
        auth.verify_pin(first.staff_id, "000111", "exit")
    assert auth.verify_pin(first.staff_id, PIN, "exit").outcome is PinOutcome.LOCKED
    assert auth.verify_pin(second.staff_id, "735190", "exit").outcome is PinOutcome.OK


@pytest.mark.parametrize("pin", ["", "x" * 10_000, "4829 13", "\x00\xff"])
def test_garbage_pin_input_is_a_wrong_pin(auth: StaffAuthService, pin: str) -> None:
    staff = auth.add_staff("Morgan Lee", "ST-1", PIN)
    result = auth.verify_pin(staff.staff_id, pin, "exit")
    assert result == PinResult(PinOutcome.WRONG_PIN, attempts_left=4)


def test_unknown_account(auth: StaffAuthService, db: Database) -> None:
    assert auth.verify_pin(uuid.uuid4(), PIN, "exit") == PinResult(PinOutcome.UNKNOWN)
    assert audit_actions(db) == ["staff_pin_unknown_account"]
