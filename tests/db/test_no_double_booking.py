"""No double booking, ever: two processes race 500 random overlapping booking attempts each
against one database, then no two reservations holding an item's time overlap.

On SQLite the booking transaction holds the write lock from its first statement; on PostgreSQL
the exclusion constraint refuses the loser. Both end as an OVERLAP refusal, never as an error."""

from __future__ import annotations

import multiprocessing
import random
import traceback
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from kiosk.db.models_booking import HOLDING_STATUSES, Reservation
from kiosk.db.uow import UnitOfWork
from tests.core.booking_fixtures import BRANCH, START, set_up_branch
from tests.db.backends import BACKENDS, Database, open_database

ATTEMPTS = 500
PROCESSES = 2
DAY = START + timedelta(days=1)  # every attempt falls in tomorrow's morning, 09:00-12:00


def attempt_bookings(
    url: str,
    seed: int,
    items: list[str],
    patrons: list[str],
    barrier: Barrier,
    results: multiprocessing.Queue[str],
) -> None:
    """One terminal: book random slots as fast as it can; report what happened."""
    try:
        from kiosk.core.booking import BookingService
        from kiosk.core.booking_views import BookingRefused, RefusalCode
        from kiosk.core.clock import FixedClock
        from kiosk.db.engine import make_engine, make_session_factory

        engine = make_engine(url, busy_timeout_s=30.0)
        service = BookingService(
            make_session_factory(engine),
            FixedClock(START),
            branch_code=BRANCH,
            terminal_code=f"kiosk-{seed}",
        )
        rng = random.Random(seed)
        booked = overlaps = 0
        mine: list[tuple[uuid.UUID, uuid.UUID]] = []
        barrier.wait(timeout=60)
        for _ in range(ATTEMPTS):
            patron = uuid.UUID(rng.choice(patrons))
            starts_at = DAY.replace(hour=9) + timedelta(minutes=30 * rng.randrange(5))
            try:
                made = service.book(
                    patron, uuid.UUID(rng.choice(items)), starts_at, 30 * rng.randint(1, 2)
                )
                booked += 1
                mine.append((patron, made.reservation_id))
            except BookingRefused as refused:
                codes = {refusal.code for refusal in refused.refusals}
                if codes != {RefusalCode.OVERLAP}:
                    raise
                overlaps += 1
            # Cancel now and then, so freed time is fought over again.
            if mine and rng.random() < 0.2:
                service.cancel(*mine.pop(rng.randrange(len(mine))))
        engine.dispose()
        results.put(f"ok {booked} {overlaps}")
    except BaseException:
        results.put(traceback.format_exc(limit=6))


def overlapping_pairs(database: Database) -> list[tuple[uuid.UUID, uuid.UUID]]:
    other = aliased(Reservation)
    query = select(Reservation.id, other.id).join(
        other,
        (other.item_id == Reservation.item_id)
        & (other.id > Reservation.id)
        & (other.starts_at < Reservation.ends_at)
        & (Reservation.starts_at < other.ends_at),
    )
    query = query.where(
        Reservation.status.in_(HOLDING_STATUSES), other.status.in_(HOLDING_STATUSES)
    )
    with UnitOfWork(database.session_factory, write=False) as session:
        return [(a, b) for a, b in session.execute(query)]


# About a minute a backend on an idle 2-core machine; more room than the default timeout for a
# loaded one (each of the 1,000 attempts is a full durable transaction).
@pytest.mark.timeout(900)
@pytest.mark.parametrize("backend", BACKENDS)
def test_two_terminals_racing_never_double_book(backend: str, tmp_path: Path) -> None:
    with open_database(backend, tmp_path) as database:
        branch = set_up_branch(database, items=2, patrons=40)
        with UnitOfWork(database.session_factory) as session:
            from kiosk.db.models_booking import BookingRule
            from kiosk.ids import branch_uuid

            # Limits generous enough that only overlaps refuse.
            session.add(
                BookingRule(
                    branch_id=branch_uuid(BRANCH),
                    kind="3d_printer",
                    slot_minutes=30,
                    min_minutes=30,
                    max_minutes=60,
                    day_max_minutes=1440,
                    week_max_minutes=10080,
                    advance_days=14,
                    buffer_minutes=0,
                    no_show_release_minutes=15,
                    no_show_limit=0,
                    suspension_days=0,
                )
            )
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(PROCESSES)
        results: multiprocessing.Queue[str] = context.Queue()
        args = ([str(i) for i in branch.items], [str(p) for p in branch.patrons], barrier, results)
        terminals = [
            context.Process(target=attempt_bookings, args=(database.url, seed, *args))
            for seed in range(1, PROCESSES + 1)
        ]
        for terminal in terminals:
            terminal.start()
        outcomes = [results.get(timeout=600) for _ in terminals]
        for terminal in terminals:
            terminal.join(timeout=60)
        assert all(outcome.startswith("ok ") for outcome in outcomes), "\n".join(outcomes)
        booked = sum(int(outcome.split()[1]) for outcome in outcomes)
        overlaps = sum(int(outcome.split()[2]) for outcome in outcomes)
        # The race was real: most attempts collided, and some from each side got through.
        assert booked > 0 and overlaps > ATTEMPTS
        assert all(int(outcome.split()[1]) > 0 for outcome in outcomes)
        assert overlapping_pairs(database) == []


@pytest.mark.postgres
def test_postgres_refuses_an_overlap_written_past_the_service(tmp_path: Path) -> None:
    """The exclusion constraint holds even for a row the booking service never checked."""
    with open_database("postgresql", tmp_path) as database:
        branch = set_up_branch(database, items=1, patrons=2)
        start = DAY.replace(hour=10)

        def row(patron: uuid.UUID, minutes: int, status: str = "booked") -> dict[str, object]:
            return {
                "id": uuid.uuid4(),
                "item_id": branch.items[0],
                "patron_id": patron,
                "starts_at": start,
                "ends_at": start + timedelta(minutes=minutes),
                "status": status,
                "status_changed_at": datetime.now(UTC),
                "created_at": datetime.now(UTC),
                "updated_at": datetime.now(UTC),
            }

        with UnitOfWork(database.session_factory) as session:
            session.execute(insert(Reservation), [row(branch.patrons[0], 60)])
            # A cancelled reservation holds no time, so it may overlap.
            session.execute(insert(Reservation), [row(branch.patrons[1], 30, "cancelled")])
        with (
            pytest.raises(IntegrityError, match="reservations_no_overlap"),
            UnitOfWork(database.session_factory) as session,
        ):
            session.execute(insert(Reservation), [row(branch.patrons[1], 30)])
        assert overlapping_pairs(database) == []


@pytest.mark.postgres
def test_postgres_overlap_committed_after_the_check_is_refused_as_overlap(tmp_path: Path) -> None:
    """Another terminal's booking that commits between this booking's check and its insert
    ends as the same OVERLAP refusal (from the exclusion constraint), not as an error."""
    from kiosk.core.booking import BookingService
    from kiosk.core.booking_views import BookingRefused, RefusalCode

    with open_database("postgresql", tmp_path) as database:
        branch = set_up_branch(database, items=1, patrons=2)
        start = DAY.replace(hour=10)
        other = BookingService(
            database.session_factory,
            _Clock(None),
            branch_code=BRANCH,
            terminal_code="kiosk-other",
        )

        def race() -> None:
            other.book(branch.patrons[1], branch.items[0], start, 30)

        # The booking asks its clock for the time once while checking and again just before
        # inserting: the other terminal books in between.
        clock = _Clock(race, fire_on_call=2)
        service = BookingService(
            database.session_factory, clock, branch_code=BRANCH, terminal_code="kiosk-main"
        )
        with pytest.raises(BookingRefused) as refused:
            service.book(branch.patrons[0], branch.items[0], start, 60)
        assert [r.code for r in refused.value.refusals] == [RefusalCode.OVERLAP]
        assert clock.fired
        assert overlapping_pairs(database) == []


class _Clock:
    def __init__(self, race: Callable[[], None] | None, fire_on_call: int = 0) -> None:
        self._race = race
        self._fire_on = fire_on_call
        self._calls = 0
        self.fired = False

    def now(self) -> datetime:
        self._calls += 1
        if self._race is not None and self._calls == self._fire_on:
            self.fired = True
            self._race()
        return START
