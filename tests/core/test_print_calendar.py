"""The print queue as the kiosk builds it (`kiosk.services.open_services`), with its calendar
over the real booking service, on a real SQLite file and a real PostgreSQL schema: a job whose
estimate runs past closing time, or into a patron's booking of the printer's equipment item,
is refused with the reason; a power-only printer is refused as having no job control."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from kiosk.config import Config, DatabaseSection, FilesSection, PrinterSpec, TerminalSection
from kiosk.core.clock import FixedClock
from kiosk.core.print_views import PrintRefused, RefusalCode
from kiosk.db.models import StaffAccount
from kiosk.db.uow import UnitOfWork
from kiosk.services import Services, open_services
from tests.core.booking_fixtures import TERMINAL, Branch, set_up_branch
from tests.db.backends import BACKENDS, Database, open_database

# A Monday afternoon; the branch closes at 17:00 (UTC).
NOW = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


def at(hour: int, minute: int = 0, day: int = 0) -> datetime:
    return datetime.combine(NOW.date() + timedelta(days=day), time(hour, minute), tzinfo=UTC)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def branch(db: Database) -> Branch:
    return set_up_branch(db, items=2, patrons=2)


@pytest.fixture
def services(db: Database, branch: Branch, tmp_path: Path) -> Iterator[Services]:
    config = Config(
        terminal=TerminalSection(id=TERMINAL),
        database=DatabaseSection(url=db.url),
        files=FilesSection(store_dir=tmp_path / "store"),
        printers=(
            PrinterSpec("ender", port="/dev/ttyACM0"),
            PrinterSpec("mk4", backend="prusalink", url="http://mk4.invalid"),
            PrinterSpec("bambu", backend="power-only", relay="bench", channel=3),
        ),
    )
    opened = open_services(config, clock=FixedClock(NOW))
    try:
        opened.equipment.bind("Printer 1", printer="ender")
        yield opened
    finally:
        opened.close()


@pytest.fixture
def staff(db: Database) -> uuid.UUID:
    with UnitOfWork(db.session_factory) as session:
        account = StaffAccount(display_name="Sam", role="staff", pin_hash="x", created_at=NOW)
        session.add(account)
        session.flush()
        return account.id


SHA = "ab" * 32


def refusal_of(services: Services, staff: uuid.UUID, printer: str, minutes: int) -> RefusalCode:
    with pytest.raises(PrintRefused) as refused:
        services.print_queue.enqueue(
            staff, printer, SHA, "part.gcode", estimated_seconds=minutes * 60
        )
    (refusal,) = refused.value.refusals
    return refusal.code


def test_a_job_past_the_branchs_closing_time_is_refused(
    services: Services, staff: uuid.UUID
) -> None:
    with pytest.raises(PrintRefused) as refused:
        services.print_queue.enqueue(staff, "ender", SHA, "long.gcode", estimated_seconds=3 * 3600)
    (refusal,) = refused.value.refusals
    assert refusal.code == RefusalCode.PAST_CLOSING
    assert refusal.params["closes_at"] == at(17).isoformat()
    assert refusal.params["ends_at"] == at(18).isoformat()
    # Closing time holds on a printer no item is bound to as well.
    assert refusal_of(services, staff, "mk4", 150) == RefusalCode.PAST_CLOSING
    # One that ends before closing is queued; it counts for the next.
    services.print_queue.enqueue(staff, "ender", SHA, "a.gcode", estimated_seconds=90 * 60)
    assert refusal_of(services, staff, "ender", 45) == RefusalCode.PAST_CLOSING
    assert services.print_queue.snapshot()[0].waiting[0].file_name == "a.gcode"


def test_a_job_into_a_booking_of_the_printer_is_refused_until_the_booking_goes(
    services: Services, staff: uuid.UUID, branch: Branch
) -> None:
    printer_item, other_item = branch.items
    patron = branch.patrons[0]
    booked = services.booking.book(patron, printer_item, at(16), 60)
    services.booking.book(branch.patrons[1], other_item, at(15, 30), 60)
    with pytest.raises(PrintRefused) as refused:
        services.print_queue.enqueue(staff, "ender", SHA, "part.gcode", estimated_seconds=5400)
    (refusal,) = refused.value.refusals
    assert refusal.code == RefusalCode.BOOKED
    assert refusal.params == {"starts_at": at(16).isoformat(), "ends_at": at(17).isoformat()}
    # The other item's booking is not this printer's; a job that ends before 16:00 fits.
    services.print_queue.enqueue(staff, "ender", SHA, "short.gcode", estimated_seconds=45 * 60)
    services.booking.cancel(patron, booked.reservation_id)
    services.print_queue.enqueue(staff, "ender", SHA, "long.gcode", estimated_seconds=60 * 60)
    assert [j.file_name for j in services.print_queue.snapshot()[0].waiting] == [
        "short.gcode",
        "long.gcode",
    ]


def test_a_closed_day_refuses_every_job(services: Services, staff: uuid.UUID) -> None:
    services.booking.add_closure(NOW.date(), "Inventory day")
    assert refusal_of(services, staff, "ender", 10) == RefusalCode.CLOSED


def test_without_opening_hours_only_bookings_are_in_the_way(
    services: Services, staff: uuid.UUID, branch: Branch
) -> None:
    for weekday in range(7):
        services.booking.set_hours(weekday, [])
    night = 12 * 3600
    services.print_queue.enqueue(staff, "ender", SHA, "all night.gcode", estimated_seconds=night)
    # Hours kept for Tuesday only: today, a Monday, the branch is closed.
    services.booking.set_hours(1, [(time(9), time(17))])
    assert refusal_of(services, staff, "mk4", 10) == RefusalCode.CLOSED


def test_a_power_only_printer_is_refused_as_having_no_job_control(
    services: Services, staff: uuid.UUID
) -> None:
    assert services.print_queue.printers == ("ender", "mk4")
    with pytest.raises(PrintRefused) as refused:
        services.print_queue.enqueue(staff, "bambu", SHA, "part.gcode")
    (refusal,) = refused.value.refusals
    assert (refusal.code, refusal.params) == (RefusalCode.NO_JOB_CONTROL, {"printer": "bambu"})
    assert refusal_of(services, staff, "nowhere", 10) == RefusalCode.UNKNOWN_PRINTER
