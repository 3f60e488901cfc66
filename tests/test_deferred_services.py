"""The kiosk shows its screen before the database is open; scans meanwhile wait off the GUI
thread, and a database that cannot be opened answers "see a staff member"."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

from kiosk.app import Services, open_services
from kiosk.core.results import PinOutcome, ScanOutcome
from kiosk.deferred_services import DeferredCheckIn, DeferredStaffAuth, ServicesStarter
from kiosk.demo_mode import prepare_demo


def test_scan_waits_for_services_then_is_answered(tmp_path: Path) -> None:
    setup, services = prepare_demo(tmp_path / "demo", patrons=2)
    services.close()
    release = threading.Event()

    def slow_open() -> Services:
        assert release.wait(10)
        return open_services(setup.config)

    starter = ServicesStarter(slow_open)
    starter.start()
    checkin = DeferredCheckIn(starter)
    answers: list[ScanOutcome] = []
    worker = threading.Thread(
        target=lambda: answers.append(checkin.handle_scan(setup.data.patrons[0][2]).outcome)
    )
    worker.start()
    worker.join(0.3)
    assert worker.is_alive(), "the scan must wait for the database, not fail"
    assert answers == []
    release.set()
    worker.join(10)
    assert answers == [ScanOutcome.WELCOME]
    starter.close()


def test_services_that_fail_to_open_answer_unavailable() -> None:
    def broken() -> Services:
        raise OSError("disk on fire")

    starter = ServicesStarter(broken)
    starter.start()
    assert DeferredCheckIn(starter).handle_scan("MK1-X-Y-Z").outcome is ScanOutcome.UNAVAILABLE
    result = DeferredStaffAuth(starter).verify_pin(uuid.uuid4(), "1234", "exit_kiosk")
    assert result.outcome is PinOutcome.UNAVAILABLE
    starter.close()


def test_close_without_start_does_not_raise() -> None:
    def never() -> Services:
        raise AssertionError("never opened")

    ServicesStarter(never).close()


def test_a_database_that_comes_back_is_used_without_a_restart(tmp_path: Path) -> None:
    setup, services = prepare_demo(tmp_path / "demo", patrons=2)
    services.close()
    now = [100.0]
    attempts: list[int] = []

    def flaky_open() -> Services:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("database file locked by a backup")
        return open_services(setup.config)

    starter = ServicesStarter(flaky_open, retry_after_s=30, clock=lambda: now[0])
    starter.start()
    checkin = DeferredCheckIn(starter)
    payload = setup.data.patrons[0][2]
    assert checkin.handle_scan(payload).outcome is ScanOutcome.UNAVAILABLE
    now[0] += 10  # too soon to try again: still unavailable, and no new attempt
    assert checkin.handle_scan(payload).outcome is ScanOutcome.UNAVAILABLE
    assert len(attempts) == 1
    now[0] += 25
    assert checkin.handle_scan(payload).outcome is ScanOutcome.WELCOME
    assert len(attempts) == 2
    starter.close()


def test_unmigrated_services_are_not_handed_out_until_the_database_is_back(
    tmp_path: Path,
) -> None:
    """A folder that appears after start (a disk mounted late): scans stay "unavailable" until
    the retry has opened and migrated the database, never served by the unmigrated one."""
    setup, services = prepare_demo(tmp_path / "demo", patrons=2)
    services.close()
    later = tmp_path / "later"
    config = setup.config.with_overrides(
        database=type(setup.config.database)(url=f"sqlite:///{later / 'kiosk.db'}")
    )
    now = [0.0]
    starter = ServicesStarter(
        lambda: open_services(config, strict=False), retry_after_s=30, clock=lambda: now[0]
    )
    starter.start()
    checkin = DeferredCheckIn(starter)
    staff_payload = setup.data.staff_card_payload
    assert checkin.handle_scan(staff_payload).outcome is ScanOutcome.UNAVAILABLE
    later.mkdir()
    now[0] += 5
    assert checkin.handle_scan(staff_payload).outcome is ScanOutcome.UNAVAILABLE
    assert not (later / "kiosk.db").exists() or (later / "kiosk.db").stat().st_size == 0
    now[0] += 30
    # Opened and migrated now; the card is unknown to this new, empty database.
    assert checkin.handle_scan(staff_payload).outcome is ScanOutcome.UNKNOWN_CARD
    starter.close()
