"""The booking screens by touch with the real BookingService on a real SQLite file: what the
patron taps is what the database then holds, and what the service refuses is said in plain
words (the training by its name, the cancel that came too late by its reason)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.core.booking import BookingService
from kiosk.core.booking_views import RefusalCode
from kiosk.core.clock import FixedClock
from kiosk.core.trainings import TrainingService
from kiosk.db.models import EquipmentItem, Patron
from kiosk.db.models_booking import Reservation
from kiosk.db.uow import UnitOfWork
from kiosk.ids import branch_uuid
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from tests.core.booking_fixtures import BRANCH, TERMINAL, Branch, set_up_branch
from tests.db.backends import Database, add_patron, open_database
from tests.ui.fakes import PATRON, FakeServices, all_texts
from tests.ui.test_equipment import check_in, free_cell, tap

WAIT_MS = 30_000
# 10:40 UTC on a Monday (the branch's zone): open 9:00-12:00 and 13:00-17:00.
NOW = datetime(2026, 1, 5, 10, 40, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with open_database("sqlite", tmp_path) as database:
        yield database


@pytest.fixture
def branch(db: Database) -> Branch:
    """Two printers anyone may book, a laser cutter that needs "Laser safety", and the
    checked-in patron of the fake check-in as a real patron."""
    branch = set_up_branch(db, items=2, patrons=1)
    TrainingService(db.session_factory, FixedClock(NOW), TERMINAL).define(
        None, "laser-safety", "Laser safety", None
    )
    with UnitOfWork(db.session_factory) as session:
        session.add(Patron(id=PATRON.patron_id, display_name=PATRON.display_name, created_at=NOW))
        session.add(
            EquipmentItem(
                branch_id=branch_uuid(BRANCH),
                kind="laser_cutter",
                name="Laser cutter",
                name_key="laser cutter",
                icon="laser",
                required_training="laser-safety",
                state="free",
                state_changed_at=NOW,
            )
        )
    return branch


@pytest.fixture
def booking(db: Database, branch: Branch, services: FakeServices) -> BookingService:
    service = BookingService(
        db.session_factory, FixedClock(NOW), branch_code=BRANCH, terminal_code=TERMINAL
    )
    services.booking = service  # type: ignore[assignment]
    return service


def item_id(db: Database, name: str) -> object:
    with UnitOfWork(db.session_factory, write=False) as session:
        return session.scalars(select(EquipmentItem.id).where(EquipmentItem.name == name)).one()


def held(db: Database) -> list[tuple[str, datetime, datetime, str]]:
    """The patron's reservations as stored: item, start, end, status."""
    with UnitOfWork(db.session_factory, write=False) as session:
        rows = session.execute(
            select(
                EquipmentItem.name, Reservation.starts_at, Reservation.ends_at, Reservation.status
            )
            .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
            .where(Reservation.patron_id == PATRON.patron_id)
            .order_by(Reservation.starts_at)
        ).all()
    return [(name, start, end, status) for name, start, end, status in rows]


def open_machine(qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, db: Database, name: str):  # type: ignore[no-untyped-def]
    flow = check_in(qtbot, window, scan_input)
    flow.now = lambda: NOW
    tap(qtbot, window.welcome.action_buttons["equipment"])
    qtbot.waitUntil(lambda: bool(flow.list_screen.view.machines), timeout=WAIT_MS)
    tap(qtbot, flow.list_screen.machine_buttons[item_id(db, name)])
    assert window.current_screen() is flow.machine_screen
    return flow


def test_book_a_free_slot_and_the_database_holds_it(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, db: Database, booking: BookingService
) -> None:
    flow = open_machine(qtbot, window, scan_input, db, "Printer 1")
    tap(qtbot, free_cell(flow, 14))
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    tap(qtbot, flow.length_screen.plus_button)
    assert flow.length_screen.view is not None and flow.length_screen.view.choice.minutes == 60
    tap(qtbot, flow.length_screen.confirm_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.booked_screen, timeout=WAIT_MS)
    assert held(db) == [
        ("Printer 1", NOW.replace(hour=14, minute=0), NOW.replace(hour=15, minute=0), "booked")
    ]
    # The timeline read again shows the hour as the patron's own.
    tap(qtbot, flow.booked_screen.reservations_button)
    screen = flow.reservations_screen
    qtbot.waitUntil(lambda: len(screen.view.reservations) == 1, timeout=WAIT_MS)
    assert "Printer 1" in screen.rows[screen.view.reservations[0].reservation_id].label.text()


def test_a_refusal_names_the_training_and_a_slot_taken_meanwhile_says_so(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, db: Database, booking: BookingService
) -> None:
    flow = open_machine(qtbot, window, scan_input, db, "Laser cutter")
    tap(qtbot, free_cell(flow, 14))
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    tap(qtbot, flow.length_screen.confirm_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.refused_screen, timeout=WAIT_MS)
    refused = flow.refused_screen
    assert refused.view is not None
    assert [r.code for r in refused.view.refusals] == [RefusalCode.NEEDS_TRAINING]
    assert refused.view.refusals[0].params["training_name"] == "Laser safety"
    text = refused.reasons.text()
    assert "This machine needs the “Laser safety” training first." in text
    assert "Please ask a staff member about the “Laser safety” training." in text
    assert held(db) == []

    # Another terminal books Printer 2 at 15:00 while this patron is choosing the length.
    tap(qtbot, refused.back_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.machine_screen, timeout=WAIT_MS)
    tap(qtbot, flow.machine_screen.back_button)
    tap(qtbot, flow.list_screen.machine_buttons[item_id(db, "Printer 2")])
    tap(qtbot, free_cell(flow, 15))
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    other = add_patron(db, "Other patron", "C-OTHER", at=NOW)
    booking.book(other, item_id(db, "Printer 2"), NOW.replace(hour=15, minute=0), 30)  # type: ignore[arg-type]
    tap(qtbot, flow.length_screen.confirm_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.refused_screen, timeout=WAIT_MS)
    assert [r.code for r in refused.view.refusals] == [RefusalCode.OVERLAP]
    assert "Someone else has booked this time." in refused.reasons.text()
    assert held(db) == []


def test_cancel_and_a_cancel_refused_says_why(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, db: Database, booking: BookingService
) -> None:
    printer = item_id(db, "Printer 1")
    later = booking.book(PATRON.patron_id, printer, NOW.replace(hour=15, minute=0), 30)  # type: ignore[arg-type]
    soon = booking.book(PATRON.patron_id, printer, NOW.replace(hour=16, minute=0), 30)  # type: ignore[arg-type]
    flow = open_machine(qtbot, window, scan_input, db, "Printer 1")
    tap(qtbot, flow.machine_screen.back_button)
    tap(qtbot, flow.list_screen.reservations_button)
    screen = flow.reservations_screen
    qtbot.waitUntil(lambda: len(screen.view.reservations) == 2, timeout=WAIT_MS)
    row = screen.rows[later.reservation_id]
    tap(qtbot, row.cancel_button)
    tap(qtbot, row.yes_button)
    qtbot.waitUntil(lambda: len(screen.view.reservations) == 1, timeout=WAIT_MS)
    assert "Your booking of Printer 1 is cancelled." in screen.status.text()
    assert [status for *_rest, status in held(db)] == ["cancelled", "booked"]

    # The other booking is started at the machine (another kiosk) before this one's "Yes".
    row = screen.rows[soon.reservation_id]
    tap(qtbot, row.cancel_button)
    with UnitOfWork(db.session_factory) as session:
        stored = session.get(Reservation, soon.reservation_id)
        assert stored is not None
        stored.status = "active"
    tap(qtbot, row.yes_button)
    qtbot.waitUntil(lambda: bool(screen.view.refused), timeout=WAIT_MS)
    assert [r.code for r in screen.view.refused] == [RefusalCode.NOT_CANCELLABLE]
    assert "That booking can't be cancelled: it has started or ended." in screen.status.text()
    assert "Your reservations can't be shown" not in screen.status.text()
    assert [status for *_rest, status in held(db)] == ["cancelled", "active"]


def test_walk_in_uses_a_free_machine_now(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, db: Database, booking: BookingService
) -> None:
    flow = open_machine(qtbot, window, scan_input, db, "Printer 2")
    screen = flow.machine_screen
    assert screen.view is not None and screen.view.can_use_now
    tap(qtbot, screen.use_now_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    tap(qtbot, flow.length_screen.confirm_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.booked_screen, timeout=WAIT_MS)
    [(name, starts, ends, status)] = held(db)
    assert (name, status) == ("Printer 2", "booked")
    assert starts <= NOW < ends and ends - starts <= timedelta(minutes=30)
    assert "Printer 2" in " ".join(all_texts(flow.booked_screen))


def test_a_booking_on_a_day_closed_afterwards_is_told_at_check_in_and_listed_for_staff(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, db: Database, booking: BookingService
) -> None:
    thursday = NOW.replace(day=8, hour=14, minute=0)
    booking.book(PATRON.patron_id, item_id(db, "Printer 1"), thursday, 30)  # type: ignore[arg-type]
    closure = booking.add_closure(thursday.date(), "Staff training day")
    assert closure.booked == 1
    [listed] = booking.closed_day_bookings()
    assert (listed.patron_name, listed.item_name, listed.reason) == (
        PATRON.display_name,
        "Printer 1",
        "Staff training day",
    )
    check_in(qtbot, window, scan_input)
    notice = window.welcome.closed_notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    assert notice.text().startswith("The library is closed on Thursday, January 8, 2026")
    assert "(Staff training day): your booking of Printer 1 at 2:00\u202fPM–2:30\u202fPM" in (
        notice.text()
    )
    # Opened again: nothing to tell at the next check-in.
    booking.remove_closure(thursday.date())
    assert booking.closed_day_bookings() == ()
