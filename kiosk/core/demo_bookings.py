"""The demo's calendar: the makerspace open every day around the clock (a demo is tried at any
hour), a few bookings for tomorrow, and a safety agreement. The ready patron has accepted the
agreement and holds two of the bookings; the other patrons are asked to read and accept it
when they book, as patrons of a real library would be."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.booking import BookingService
from kiosk.core.clock import Clock
from kiosk.core.trainings import TrainingService, WaiverService
from kiosk.db.models import EquipmentItem
from kiosk.db.uow import UnitOfWork
from kiosk.ids import branch_uuid

OPEN_FROM = time(0, 0)
OPEN_UNTIL = time(23, 30)
DEMO_WAIVER_VERSION = "demo-1"
DEMO_WAIVER_TEXT = (
    "Makerspace safety agreement (demo)\n\n"
    "1. I use a machine only after staff trained me on it.\n"
    "2. I wear the eye protection the machine asks for.\n"
    "3. I never leave a machine running, and I tell staff about anything broken.\n"
    "4. I clean up my work area and put tools back."
)
# (patron: 0 = the ready patron, 1 = the next; machine; hour tomorrow; minutes)
DEMO_BOOKINGS: tuple[tuple[int, str, int, int], ...] = (
    (0, "Sewing machine", 10, 60),
    (0, "Laser cutter", 15, 60),
    (1, "Vinyl cutter", 11, 30),
)


@dataclass(frozen=True)
class DemoBookings:
    booked: int
    waiver_version: str


def seed_demo_bookings(
    session_factory: sessionmaker[Session],
    clock: Clock,
    *,
    branch_code: str,
    terminal_id: str,
    patron_cards: tuple[str, ...],
    language: str,
) -> DemoBookings:
    """Opening hours, bookings and the agreement for a demo database that has its patrons,
    machines and trainings (kiosk.core.demo, kiosk.core.demo_equipment); `patron_cards` are
    the card numbers of the patrons who book, the first being the ready one."""
    booking = BookingService(
        session_factory, clock, branch_code=branch_code, terminal_code=terminal_id
    )
    for weekday in range(7):
        booking.set_hours(weekday, [(OPEN_FROM, OPEN_UNTIL)])
    trainings = TrainingService(session_factory, clock, terminal_id)
    patrons = [trainings.patron_for_card_number(None, card).patron_id for card in patron_cards]
    items = _items(session_factory, branch_code)
    zone = booking.zone()
    tomorrow = clock.now().astimezone(zone).date() + timedelta(days=1)
    booked = 0
    for who, machine, hour, minutes in DEMO_BOOKINGS:
        if who >= len(patrons) or machine not in items:
            continue
        starts = datetime.combine(tomorrow, time(hour), tzinfo=zone)
        booking.book(patrons[who], items[machine], starts, minutes)
        booked += 1
    # Published after the bookings: they were made before the agreement asked for acceptance.
    waivers = WaiverService(session_factory, clock, terminal_id, default_language=language)
    version = waivers.publish(None, DEMO_WAIVER_VERSION, {language: DEMO_WAIVER_TEXT})
    if patrons:
        waivers.accept(patrons[0], version)
    return DemoBookings(booked, version)


def _items(session_factory: sessionmaker[Session], branch_code: str) -> dict[str, uuid.UUID]:
    with UnitOfWork(session_factory, write=False) as session:
        rows = session.execute(
            select(EquipmentItem.name, EquipmentItem.id).where(
                EquipmentItem.branch_id == branch_uuid(branch_code)
            )
        )
        return {name: item_id for name, item_id in rows}
