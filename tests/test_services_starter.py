"""The kiosk shows its screen before the database is open; scans meanwhile wait off the GUI
thread, and a database that cannot be opened answers "see a staff member"."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kiosk.core.results import ScanOutcome
from kiosk.demo_mode import prepare_demo
from kiosk.devices.status import LinkStatus
from kiosk.services import Services, open_services
from kiosk.services_starter import DatabaseNotReady, ServicesStarter


class _Scans:
    """What the check-in flow does on the database lane: any failure to reach the services
    is "unavailable" for the patron."""

    def __init__(self, starter: ServicesStarter) -> None:
        self._starter = starter

    def handle_scan(self, text: str) -> object:
        try:
            services = self._starter.current()
        except DatabaseNotReady:
            return _Answer(ScanOutcome.UNAVAILABLE)
        return services.checkin.handle_scan(text)


class _Answer:
    def __init__(self, outcome: ScanOutcome) -> None:
        self.outcome = outcome


def test_scan_waits_for_services_then_is_answered(tmp_path: Path) -> None:
    setup, services = prepare_demo(tmp_path / "demo", patrons=2)
    services.close()
    release = threading.Event()

    def slow_open() -> Services:
        assert release.wait(10)
        return open_services(setup.config)

    starter = ServicesStarter(slow_open)
    assert starter.database_status().status is LinkStatus.STARTING
    starter.start()
    checkin = _Scans(starter)
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
    assert starter.database_status().status is LinkStatus.CONNECTED
    starter.close()


def test_services_that_fail_to_open_answer_unavailable() -> None:
    def broken() -> Services:
        raise OSError("disk on fire")

    starter = ServicesStarter(broken)
    starter.start()
    assert _Scans(starter).handle_scan("MK1-X-Y-Z").outcome is ScanOutcome.UNAVAILABLE
    with pytest.raises(DatabaseNotReady):
        starter.current()
    status = starter.database_status()
    assert status.status is LinkStatus.RECONNECTING
    assert status.detail == "disk on fire"
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
    checkin = _Scans(starter)
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
    checkin = _Scans(starter)
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
