"""The demo's machines sit on the simulated relay controller's channels, with trainings; its
first patron holds them, the others do not."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.demo import seed_demo
from kiosk.core.demo_equipment import (
    DEMO_PRINTER,
    DEMO_RELAY,
    seed_demo_equipment,
)
from kiosk.core.equipment import EquipmentService
from kiosk.core.standing import load_standing
from kiosk.core.trainings import TrainingService
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from tests.db.backends import open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


def test_demo_machines_trainings_and_a_ready_patron(tmp_path: Path) -> None:
    codec = CardCodec({"DEMO": bytes(range(32))}, "DEMO")
    clock = FixedClock(START)
    with open_database("sqlite", tmp_path) as db:
        with UnitOfWork(db.session_factory) as session:
            register_terminal(session, TerminalIdentity("demo-kiosk", "", "main", "Makerspace"))
        demo = seed_demo(db.session_factory, codec, clock, "demo-kiosk", patrons=4)
        ready_card = demo.patrons[0][1]
        seeded = seed_demo_equipment(
            db.session_factory,
            clock,
            branch_code="main",
            terminal_id="demo-kiosk",
            ready_card=ready_card,
        )
        items = EquipmentService(
            db.session_factory, clock, branch_code="main", terminal_code="demo-kiosk"
        ).list_items()
        assert sorted(item.name for item in items) == sorted(seeded.machines)
        bound = sorted((item.relay.channel, item.name) for item in items if item.relay is not None)
        assert [channel for channel, _ in bound] == [1, 2, 3, 4]
        assert all(item.relay.relay == DEMO_RELAY for item in items if item.relay is not None)
        printers = [item for item in items if item.printer is not None]
        assert [(p.name, p.printer) for p in printers] == [("Prusa MK4", DEMO_PRINTER)]
        assert any(item.lendable and not item.reservable for item in items)
        trainings = TrainingService(db.session_factory, clock, "demo-kiosk")
        ready = trainings.patron_for_card_number(None, ready_card)
        other = trainings.patron_for_card_number(None, demo.patrons[2][1])
        with UnitOfWork(db.session_factory, write=False) as session:
            ready_standing = load_standing(session, ready.patron_id, START)
            other_standing = load_standing(session, other.patron_id, START)
        assert {"3d-printing", "laser-safety"} <= set(ready_standing.trainings)
        assert not other_standing.trainings


def test_demo_calendar_bookings_and_agreement(tmp_path: Path) -> None:
    from datetime import timedelta

    from kiosk.core.booking import BookingService
    from kiosk.core.booking_views import RefusalCode
    from kiosk.core.demo_bookings import DEMO_WAIVER_VERSION, seed_demo_bookings

    codec = CardCodec({"DEMO": bytes(range(32))}, "DEMO")
    clock = FixedClock(START)
    with open_database("sqlite", tmp_path) as db:
        with UnitOfWork(db.session_factory) as session:
            register_terminal(session, TerminalIdentity("demo-kiosk", "", "main", "Makerspace"))
        demo = seed_demo(db.session_factory, codec, clock, "demo-kiosk", patrons=4)
        cards = (demo.patrons[0][1], demo.patrons[1][1])
        seed_demo_equipment(
            db.session_factory,
            clock,
            branch_code="main",
            terminal_id="demo-kiosk",
            ready_card=cards[0],
        )
        seeded = seed_demo_bookings(
            db.session_factory,
            clock,
            branch_code="main",
            terminal_id="demo-kiosk",
            patron_cards=cards,
            language="en",
        )
        assert (seeded.booked, seeded.waiver_version) == (3, DEMO_WAIVER_VERSION)
        trainings = TrainingService(db.session_factory, clock, "demo-kiosk")
        ready, minor = (trainings.patron_for_card_number(None, c).patron_id for c in cards)
        newcomer = trainings.patron_for_card_number(None, demo.patrons[2][1]).patron_id
        booking = BookingService(
            db.session_factory, clock, branch_code="main", terminal_code="demo-kiosk"
        )
        tomorrow = (START + timedelta(days=1)).date()
        assert [(r.item_name, r.starts_at.hour) for r in booking.my_reservations(ready)] == [
            ("Sewing machine", 10),
            ("Laser cutter", 15),
        ]
        assert [r.starts_at.date() for r in booking.my_reservations(minor)] == [tomorrow]
        # Open at any hour; the ready patron has accepted the agreement, a newcomer has not.
        items = {
            i.name: i.id
            for i in EquipmentService(
                db.session_factory, clock, branch_code="main", terminal_code="demo-kiosk"
            ).list_items()
        }
        late = START.replace(hour=22)
        assert booking.check(ready, items["Vinyl cutter"], late, 30) == ()
        assert [r.code for r in booking.check(newcomer, items["Vinyl cutter"], late, 30)] == [
            RefusalCode.NEEDS_WAIVER
        ]
