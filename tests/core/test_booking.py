"""BookingService on a real SQLite file and a real PostgreSQL schema."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from kiosk.core.booking import BookingService
from kiosk.core.booking_views import BookingRefused, RefusalCode, SlotState
from kiosk.core.clock import FixedClock
from kiosk.db.models import AuditEvent, Card, EquipmentItem
from kiosk.db.models_booking import BookingSuspension, Reservation
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput, NotFound
from tests.core.booking_fixtures import BRANCH, START, TERMINAL, Branch, set_up_branch
from tests.db.backends import BACKENDS, Database, open_database

TODAY = START.date()


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def branch(db: Database) -> Branch:
    return set_up_branch(db, items=2, patrons=3)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def service(db: Database, clock: FixedClock, branch: Branch) -> BookingService:
    return BookingService(db.session_factory, clock, branch_code=BRANCH, terminal_code=TERMINAL)


def at(hour: int, minute: int = 0, day: int = 0) -> datetime:
    return datetime.combine(TODAY + timedelta(days=day), time(hour, minute), tzinfo=UTC)


def refused(excinfo: pytest.ExceptionInfo[BookingRefused]) -> list[RefusalCode]:
    return [refusal.code for refusal in excinfo.value.refusals]


def test_book_then_see_it_as_yours_and_booked_for_others(
    service: BookingService, branch: Branch
) -> None:
    ann, bob = branch.patrons[:2]
    printer = branch.items[0]
    made = service.book(ann, printer, at(10), 60)
    assert (made.item_name, made.starts_at, made.ends_at, made.status) == (
        "Printer 1",
        at(10),
        at(11),
        "booked",
    )
    day = service.availability(ann, TODAY).day(TODAY)
    first = {slot.starts_at: slot for slot in day[0].slots}
    assert first[at(10)].state is SlotState.YOURS
    assert first[at(10)].reservation_id == made.reservation_id
    assert first[at(10, 30)].state is SlotState.YOURS
    assert first[at(11)].state is SlotState.FREE
    assert first[at(12)].state is SlotState.CLOSED  # lunch
    assert {slot.state for slot in day[1].slots} == {SlotState.FREE, SlotState.CLOSED}
    theirs = service.availability(bob, TODAY).day(TODAY)[0].slots
    assert [s.state for s in theirs if s.starts_at == at(10)] == [SlotState.BOOKED]
    assert service.my_reservations(ann) == (made,)
    assert service.my_reservations(bob) == ()


def test_availability_of_a_week_marks_past_and_holidays(
    service: BookingService, clock: FixedClock
) -> None:
    service.add_closure(TODAY + timedelta(days=2), "Staff training day")
    clock.advance(timedelta(hours=2, minutes=10))  # 10:10
    week = service.availability(None, TODAY, 7)
    assert len(week.days) == 7 and week.zone == "UTC"
    assert week.closures == ((TODAY + timedelta(days=2), "Staff training day"),)
    today = {s.starts_at: s.state for s in week.items[0].days[0]}
    assert today[at(9, 30)] is SlotState.PAST
    assert today[at(10)] is SlotState.FREE  # under way, still bookable
    assert {s.state for s in week.items[0].days[2]} == {SlotState.CLOSED}
    assert len(week.items[0].days[2]) == len(week.items[0].days[3]) == 16  # 09:00-17:00


def test_refusals_from_the_rules_reach_the_caller(service: BookingService, branch: Branch) -> None:
    ann = branch.patrons[0]
    with pytest.raises(BookingRefused) as excinfo:
        service.book(ann, branch.items[0], at(7), 60)  # before opening
    assert refused(excinfo) == [RefusalCode.PAST]
    with pytest.raises(BookingRefused) as excinfo:
        service.book(ann, branch.items[0], at(16, 30), 60)
    assert refused(excinfo) == [RefusalCode.AFTER_CLOSING]
    with pytest.raises(BookingRefused) as excinfo:
        service.book(ann, branch.items[0], at(10), 0)
    assert refused(excinfo) == [RefusalCode.ZERO_LENGTH]
    assert service.check(ann, branch.items[0], at(10), 60) == ()
    assert service.my_reservations(ann) == ()


def test_a_holiday_is_refused_with_its_reason(service: BookingService, branch: Branch) -> None:
    service.add_closure(TODAY + timedelta(days=1), "Founders' day")
    with pytest.raises(BookingRefused) as excinfo:
        service.book(branch.patrons[0], branch.items[0], at(10, day=1), 60)
    assert excinfo.value.refusals[0].params == {"reason": "Founders' day", "date": "2026-01-06"}
    assert [c.reason for c in service.closures()] == ["Founders' day"]
    service.remove_closure(TODAY + timedelta(days=1))
    service.book(branch.patrons[0], branch.items[0], at(10, day=1), 60)
    with pytest.raises(NotFound):
        service.remove_closure(TODAY + timedelta(days=1))


def test_an_item_just_booked_elsewhere_is_refused(
    db: Database, service: BookingService, clock: FixedClock, branch: Branch
) -> None:
    other_terminal = BookingService(
        db.session_factory, clock, branch_code=BRANCH, terminal_code="kiosk-two"
    )
    other_terminal.book(branch.patrons[1], branch.items[0], at(10, 30), 30)
    with pytest.raises(BookingRefused) as excinfo:
        service.book(branch.patrons[0], branch.items[0], at(10), 60)
    assert refused(excinfo) == [RefusalCode.OVERLAP]


def test_a_card_revoked_a_minute_ago(
    db: Database, service: BookingService, clock: FixedClock, branch: Branch
) -> None:
    ann = branch.patrons[0]
    with UnitOfWork(db.session_factory) as session:
        session.execute(update(Card).where(Card.patron_id == ann).values(revoked_at=clock.now()))
    clock.advance(timedelta(minutes=1))
    with pytest.raises(BookingRefused) as excinfo:
        service.book(ann, branch.items[0], at(10), 60)
    assert refused(excinfo) == [RefusalCode.CARD_REVOKED]


def test_out_of_order_and_not_reservable(
    db: Database, service: BookingService, branch: Branch
) -> None:
    first, second = branch.items
    with UnitOfWork(db.session_factory) as session:
        session.execute(
            update(EquipmentItem).where(EquipmentItem.id == first).values(state="out_of_order")
        )
        session.execute(
            update(EquipmentItem).where(EquipmentItem.id == second).values(reservable=False)
        )
    for item, code in ((first, RefusalCode.OUT_OF_ORDER), (second, RefusalCode.NOT_RESERVABLE)):
        with pytest.raises(BookingRefused) as excinfo:
            service.book(branch.patrons[0], item, at(10), 60)
        assert refused(excinfo) == [code]
    with pytest.raises(BookingRefused) as excinfo:
        service.book(branch.patrons[0], uuid.uuid4(), at(10), 60)
    assert refused(excinfo) == [RefusalCode.NOT_RESERVABLE]
    assert [item.name for item in service.availability(None, TODAY).items] == ["Printer 1"]


def test_rules_per_kind_apply_and_are_listed(service: BookingService, branch: Branch) -> None:
    assert service.limits(branch.items[0]).max_minutes == 120
    view = service.set_rule("3d_printer", {"max_minutes": 240, "day_max_minutes": 240})
    assert not view.is_default
    assert service.limits(branch.items[0]).max_minutes == 240
    shown = {r.kind: r for r in service.rules()}
    assert shown["3d_printer"].rule.max_minutes == 240 and shown["laptop"].is_default
    service.book(branch.patrons[0], branch.items[0], at(13), 240)
    with pytest.raises(InvalidInput, match="max_minutes"):
        service.set_rule("3d_printer", {"max_minutes": 10})
    with pytest.raises(InvalidInput, match="unknown rule field"):
        service.set_rule("3d_printer", {"colour": 3})
    with pytest.raises(InvalidInput, match="unknown kind"):
        service.set_rule("rocket", {"max_minutes": 60})


def test_hours_two_spans_and_closing_time(service: BookingService) -> None:
    monday = TODAY
    assert service.closing_time(monday) == at(17)
    service.set_hours(0, [(time(10), time(14)), (time(15), time(19, 30))])
    assert service.hours()[0].spans == ((time(10), time(14)), (time(15), time(19, 30)))
    assert service.closing_time(monday) == at(19, 30)
    service.set_hours(0, [])
    assert service.closing_time(monday) is None
    with pytest.raises(InvalidInput):
        service.set_hours(0, [(time(10), time(9))])
    with pytest.raises(InvalidInput):
        service.set_hours(0, [(time(9), time(12)), (time(11), time(13))])
    with pytest.raises(InvalidInput):
        service.set_hours(0, [(time(8), time(9)), (time(10), time(11)), (time(12), time(13))])


def test_cancel_frees_the_slot_and_only_the_owner_may(
    service: BookingService, branch: Branch
) -> None:
    ann, bob = branch.patrons[:2]
    made = service.book(ann, branch.items[0], at(10), 60)
    with pytest.raises(BookingRefused) as excinfo:
        service.cancel(bob, made.reservation_id)
    assert refused(excinfo) == [RefusalCode.NOT_YOURS]
    assert service.cancel(ann, made.reservation_id).status == "cancelled"
    with pytest.raises(BookingRefused) as excinfo:
        service.cancel(ann, made.reservation_id)
    assert refused(excinfo) == [RefusalCode.NOT_CANCELLABLE]
    service.book(bob, branch.items[0], at(10), 60)
    assert service.my_reservations(ann) == ()


def test_walk_in_when_free_now(service: BookingService, clock: FixedClock, branch: Branch) -> None:
    ann, bob = branch.patrons[:2]
    clock.advance(timedelta(hours=2, minutes=7, seconds=30))  # 10:07:30
    made = service.walk_in(ann, branch.items[0], 45)
    assert (made.starts_at, made.ends_at) == (at(10, 7), at(10, 52))
    assert service.current_reservation(ann, branch.items[0]) == made
    assert service.current_reservation(bob, branch.items[0]) is None
    with pytest.raises(BookingRefused) as excinfo:
        service.walk_in(bob, branch.items[0], 30)
    assert refused(excinfo) == [RefusalCode.OVERLAP]


def test_no_shows_are_released_counted_and_suspend(
    db: Database, service: BookingService, clock: FixedClock, branch: Branch
) -> None:
    service.set_rule("3d_printer", {"no_show_limit": 2, "suspension_days": 7})
    ann, bob = branch.patrons[:2]
    first = service.book(ann, branch.items[0], at(9), 60)
    service.book(ann, branch.items[1], at(10), 60)
    kept = service.book(bob, branch.items[1], at(9), 30)
    with UnitOfWork(db.session_factory) as session:  # bob's session started
        session.execute(
            update(Reservation).where(Reservation.id == kept.reservation_id).values(status="active")
        )
    clock.advance(timedelta(hours=1, minutes=14))  # 09:14
    assert service.release_no_shows() == 0
    clock.advance(timedelta(minutes=1))  # 09:15: fifteen minutes late
    assert service.release_no_shows() == 1
    slots = service.availability(bob, TODAY).items[0].days[0]
    assert [s.state for s in slots if s.starts_at == at(9, 30)] == [SlotState.FREE]
    assert service.my_reservations(ann)[0].reservation_id == first.reservation_id
    assert service.my_reservations(ann)[0].status == "no_show"
    clock.advance(timedelta(hours=1))  # 10:15
    assert service.release_no_shows() == 1
    with UnitOfWork(db.session_factory, write=False) as session:
        suspension = session.scalars(select(BookingSuspension)).one()
        assert (suspension.patron_id, suspension.no_shows) == (ann, 2)
        actions = set(session.scalars(select(AuditEvent.action)))
    assert {"reservation_no_show", "booking_suspended", "reservation_booked"} <= actions
    with pytest.raises(BookingRefused) as excinfo:
        service.book(ann, branch.items[0], at(14), 60)
    assert refused(excinfo) == [RefusalCode.SUSPENDED]
    assert (
        excinfo.value.refusals[0].params["until"] == (clock.now() + timedelta(days=7)).isoformat()
    )
    clock.advance(timedelta(days=7))
    service.book(ann, branch.items[0], at(14, day=7), 60)


def test_board_shows_free_reserved_and_out_of_order(
    db: Database, service: BookingService, clock: FixedClock, branch: Branch
) -> None:
    first, second = branch.items
    service.book(branch.patrons[0], first, at(9, 30), 60)
    service.book(branch.patrons[1], second, at(14), 60)
    clock.advance(timedelta(hours=1, minutes=20))  # 09:20
    rows = {row.name: row for row in service.board()}
    assert (rows["Printer 1"].state, rows["Printer 1"].until) == ("reserved", at(10, 30))
    assert (rows["Printer 2"].state, rows["Printer 2"].until) == ("free", at(14))
    with UnitOfWork(db.session_factory) as session:
        session.execute(
            update(EquipmentItem).where(EquipmentItem.id == second).values(state="out_of_order")
        )
    assert {row.name: row.state for row in service.board()}["Printer 2"] == "out_of_order"


def test_an_items_reservations_in_a_range(service: BookingService, branch: Branch) -> None:
    made = service.book(branch.patrons[0], branch.items[0], at(10), 60)
    service.book(branch.patrons[0], branch.items[1], at(10), 60)
    assert service.reservations(branch.items[0], at(10, 30), at(12)) == (made,)
    assert service.reservations(branch.items[0], at(11), at(12)) == ()


def test_day_limit_per_patron(service: BookingService, branch: Branch) -> None:
    ann = branch.patrons[0]
    service.book(ann, branch.items[0], at(9), 120)
    with pytest.raises(BookingRefused) as excinfo:
        service.book(ann, branch.items[1], at(13), 120)
    assert excinfo.value.refusals[0].params == {"minutes": 120, "used": 120, "limit": 180}
    service.book(ann, branch.items[1], at(13), 60)


def test_training_from_the_standing_loader(db: Database, clock: FixedClock) -> None:
    branch = set_up_branch(db, items=1, patrons=1, training="fdm")

    class Trained:
        is_minor = False
        guardian_consent = False
        waiver_required = None
        card_revoked = False

        def __init__(self, trainings: frozenset[str]) -> None:
            self.trainings = trainings

    def untrained(*_: object) -> Trained:
        return Trained(frozenset())

    def trained(*_: object) -> Trained:
        return Trained(frozenset({"fdm"}))

    for loader, expected in ((untrained, [RefusalCode.NEEDS_TRAINING]), (trained, [])):
        service = BookingService(
            db.session_factory, clock, branch_code=BRANCH, terminal_code=TERMINAL, standing=loader
        )
        assert [r.code for r in service.check(branch.patrons[0], branch.items[0], at(10), 60)] == (
            expected
        )


def test_a_minor_without_consent_by_default(
    db: Database, service: BookingService, branch: Branch
) -> None:
    from kiosk.db.models import Patron

    with UnitOfWork(db.session_factory) as session:
        session.execute(update(Patron).where(Patron.id == branch.patrons[2]).values(is_minor=True))
    refusals = service.check(branch.patrons[2], branch.items[0], at(10), 60)
    assert [r.code for r in refusals] == [RefusalCode.NEEDS_CONSENT]


def test_a_closing_time_in_the_branch_zone(db: Database, clock: FixedClock) -> None:
    branch = set_up_branch(db, items=1, patrons=1, zone="America/New_York")
    service = BookingService(db.session_factory, clock, branch_code=BRANCH, terminal_code=TERMINAL)
    assert service.closing_time(date(2026, 1, 5)) == datetime(2026, 1, 5, 22, 0, tzinfo=UTC)
    week = service.availability(None, date(2026, 1, 5))
    assert week.zone == "America/New_York"
    assert week.items[0].days[0][0].starts_at == datetime(2026, 1, 5, 14, 0, tzinfo=UTC)
    made = service.book(
        branch.patrons[0], branch.items[0], datetime(2026, 1, 5, 14, 0, tzinfo=UTC), 60
    )
    assert made.status == "booked"
