"""The staff PIN policy: escalating lockouts, a daily cap of judged guesses, lockouts audited and
listed for staff, a minimum length for new PINs with old short ones still working."""

from __future__ import annotations

import dataclasses
import io
import secrets
import sqlite3
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.cli import main
from kiosk.core.clock import FixedClock
from kiosk.core.pin_policy import PinPolicy
from kiosk.core.results import PinOutcome
from kiosk.core.staff import StaffAuthService
from kiosk.errors import InvalidInput
from tests.db.backends import BACKENDS, Database, cheap_hasher, open_database

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
PIN = "482913"
WRONG = "000111"
POLICY = PinPolicy(
    max_attempts=5,
    lockout=timedelta(minutes=15),
    lockout_cap=timedelta(hours=2),
    daily_guesses=30,
    min_length=6,
)


class CountingHasher(PasswordHasher):
    """Real argon2 (cheap settings) that counts the PINs it judges."""

    def __init__(self) -> None:
        cheap = cheap_hasher()
        super().__init__(time_cost=cheap.time_cost, memory_cost=cheap.memory_cost, parallelism=1)
        self.judged = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.judged += 1
        return super().verify(hash, password)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


def service(db: Database, clock: FixedClock, hasher: PasswordHasher | None = None,
            policy: PinPolicy = POLICY) -> StaffAuthService:  # fmt: skip
    return StaffAuthService(
        db.session_factory, clock, "kiosk-1", policy=policy, hasher=hasher or cheap_hasher()
    )


def lock_out(auth: StaffAuthService, staff_id: object) -> datetime:
    for _ in range(POLICY.max_attempts - 1):
        assert auth.verify_pin(staff_id, WRONG, "exit").outcome is PinOutcome.WRONG_PIN  # type: ignore[arg-type]
    result = auth.verify_pin(staff_id, WRONG, "exit")  # type: ignore[arg-type]
    assert result.outcome is PinOutcome.LOCKED and result.locked_until is not None
    return result.locked_until


def test_each_lockout_doubles_up_to_the_cap_and_a_right_pin_resets_it(db: Database) -> None:
    clock = FixedClock(START)
    auth = service(db, clock, policy=dataclasses.replace(POLICY, daily_guesses=100))
    staff = auth.add_staff("Morgan Lee", "ST-1", PIN)
    lengths = []
    for _ in range(5):
        until = lock_out(auth, staff.staff_id)
        lengths.append(until - clock.now())
        clock.advance(until - clock.now())
    assert lengths == [timedelta(minutes=m) for m in (15, 30, 60, 120, 120)]

    assert auth.verify_pin(staff.staff_id, PIN, "exit").outcome is PinOutcome.OK
    until = lock_out(auth, staff.staff_id)
    assert until - clock.now() == timedelta(minutes=15)


def test_a_day_of_guessing_judges_no_more_pins_than_the_daily_cap(db: Database) -> None:
    # An attacker at the keypad from midnight to midnight, a guess every ten seconds while the
    # account takes them.
    clock = FixedClock(datetime(2026, 1, 5, 0, 0, tzinfo=UTC))
    hasher = CountingHasher()
    auth = service(db, clock, hasher)
    staff = auth.add_staff("Morgan Lee", "ST-1", PIN)
    end_of_day = clock.now() + timedelta(days=1)
    attempts = 0
    while clock.now() < end_of_day:
        result = auth.verify_pin(staff.staff_id, WRONG, "exit")
        attempts += 1
        if result.outcome is PinOutcome.LOCKED and result.locked_until is not None:
            # Knocks on the locked account every half hour, then the moment it opens.
            wait = min(result.locked_until - clock.now(), timedelta(minutes=30))
            clock.advance(max(min(wait, end_of_day - clock.now()), timedelta(seconds=1)))
        else:
            clock.advance(timedelta(seconds=10))
    assert attempts > POLICY.daily_guesses
    assert hasher.judged <= POLICY.daily_guesses
    # The right PIN is refused too once the day's guesses are spent, then judged the next day.
    clock.advance(timedelta(seconds=1))
    assert auth.verify_pin(staff.staff_id, PIN, "exit").outcome is PinOutcome.OK


def test_right_pin_after_the_daily_cap_waits_for_the_next_day(db: Database) -> None:
    clock = FixedClock(datetime(2026, 1, 5, 20, 0, tzinfo=UTC))
    policy = PinPolicy(max_attempts=5, daily_guesses=7, lockout=timedelta(minutes=1),
                       lockout_cap=timedelta(minutes=1))  # fmt: skip
    auth = service(db, clock, policy=policy)
    staff = auth.add_staff("Morgan Lee", "ST-1", PIN)
    lock_out(auth, staff.staff_id)
    clock.advance(timedelta(minutes=2))
    assert auth.verify_pin(staff.staff_id, WRONG, "exit").outcome is PinOutcome.WRONG_PIN
    capped = auth.verify_pin(staff.staff_id, WRONG, "exit")
    midnight = datetime(2026, 1, 6, 0, 0, tzinfo=UTC)
    assert capped.outcome is PinOutcome.LOCKED and capped.locked_until == midnight
    clock.advance(timedelta(hours=1))
    refused = auth.verify_pin(staff.staff_id, PIN, "exit")
    assert refused.outcome is PinOutcome.LOCKED and refused.locked_until == midnight
    clock.advance(midnight - clock.now())
    assert auth.verify_pin(staff.staff_id, PIN, "exit").outcome is PinOutcome.OK


def test_lockouts_are_audited_and_listed_for_staff_without_pins(db: Database) -> None:
    clock = FixedClock(START)
    auth = service(db, clock)
    staff = auth.add_staff("Morgan Lee", "ST-1", PIN)
    other = auth.add_staff("Sam Ortiz", "ST-2", "735190")
    first_until = lock_out(auth, staff.staff_id)
    clock.advance(first_until - clock.now())
    second_until = lock_out(auth, staff.staff_id)
    lock_out(auth, other.staff_id)

    notices = auth.recent_lockouts(since=START)

    assert [(n.display_name, n.lockout_number) for n in notices] == [
        ("Sam Ortiz", 1), ("Morgan Lee", 2), ("Morgan Lee", 1),
    ]  # fmt: skip
    assert notices[1].locked_until == second_until
    assert notices[1].staff_id == staff.staff_id
    assert notices[1].terminal == "kiosk-1"
    assert not any(PIN in repr(n) or WRONG in repr(n) for n in notices)
    assert auth.recent_lockouts(since=clock.now() + timedelta(seconds=1)) == ()
    with pytest.raises(AttributeError):
        notices[0].display_name = "x"  # type: ignore[misc]


def test_new_pins_need_the_minimum_length_and_old_short_ones_keep_working(
    db: Database,
) -> None:
    clock = FixedClock(START)
    old_policy = PinPolicy(min_length=4)
    old = service(db, clock, policy=old_policy).add_staff("Kim Park", "ST-1", "2580")
    auth = service(db, clock)
    with pytest.raises(InvalidInput, match="6 to 12 digits"):
        auth.add_staff("Sam Ortiz", "ST-2", "7351")
    auth.add_staff("Sam Ortiz", "ST-2", "735190")
    assert auth.verify_pin(old.staff_id, "2580", "exit").outcome is PinOutcome.OK
    assert [(w.staff.display_name, w.pin_length) for w in auth.weak_pins()] == [("Kim Park", 4)]


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "k.db"}"\n'
        f'[cards.keys]\nT1 = "hex:{secrets.token_hex(32)}"\n'
        f'[logging]\ndir = "{tmp_path / "logs"}"\n',
        encoding="utf-8",
    )
    path.chmod(0o600)
    return path


def test_staff_list_weak_names_short_and_unknown_pins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path)

    def add(name: str, card: str, pin: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(pin + "\n"))
        return main(["--config", str(config), "staff", "add", "--name", name, "--card", card,
                     "--pin-stdin"])  # fmt: skip

    assert add("Kim Park", "ST-1", "2580") == 2  # too short under the default policy
    assert add("Kim Park", "ST-1", "258014") == 0
    assert add("Ana Ruiz", "ST-2", "73519024") == 0
    assert add("Lee Chan", "ST-3", "90817263") == 0
    # Accounts from before the policy: one with a 4-digit PIN, one whose length is unknown.
    with sqlite3.connect(tmp_path / "k.db") as connection:
        connection.execute(
            "UPDATE staff_accounts SET pin_length = 4 WHERE display_name = 'Ana Ruiz'"
        )
        connection.execute(
            "UPDATE staff_accounts SET pin_length = NULL WHERE display_name = 'Lee Chan'"
        )
    capsys.readouterr()

    assert main(["--config", str(config), "staff", "list", "--weak"]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Ana Ruiz\tstaff\t4-digit PIN")
    assert out[1].startswith("Lee Chan\tstaff\tPIN length not known")
    assert out[2].startswith("2 account(s)")
    assert "Kim Park" not in "\n".join(out)
