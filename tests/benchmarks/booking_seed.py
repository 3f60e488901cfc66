"""A branch with machines, opening hours, patrons and a long booking history, for the booking
benchmarks. Rows go in through the bulk path of seed.py."""

from __future__ import annotations

import random
import statistics
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

import seed
from sqlalchemy import insert

from kiosk.db.engine import WRITE_LOCK_OPTION, make_engine
from kiosk.db.migrate import upgrade
from kiosk.db.models import Card, EquipmentItem, Patron
from kiosk.db.models_booking import OpeningHours, Reservation
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.ids import branch_uuid

BRANCH = "bench"
TERMINAL = "bench-kiosk"
# A Monday, 08:00 UTC: before the branch opens.
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
KINDS = (("3d_printer", "printer"), ("laser_cutter", "laser"), ("sewing_machine", "sewing"))


@dataclass(frozen=True)
class Seeded:
    items: list[uuid.UUID]
    patrons: list[uuid.UUID]


def seed_branch(url: str, machines: int, patrons: int, past: int, rng_seed: int = 3) -> Seeded:
    """Open 09:00-12:00 and 13:00-20:00 every day; `past` completed (and some no-show or
    cancelled) reservations spread over the two years before NOW."""
    rng = random.Random(rng_seed)
    ids = seed._Ids(rng)
    engine = make_engine(url, busy_timeout_s=30)
    try:
        upgrade(engine)
        from kiosk.db.engine import make_session_factory

        with UnitOfWork(make_session_factory(engine)) as session:
            register_terminal(session, TerminalIdentity(TERMINAL, "", BRANCH, "Bench", "UTC"))
        branch_id = branch_uuid(BRANCH)
        items = [ids.next() for _ in range(machines)]
        people = [ids.next() for _ in range(patrons)]
        with engine.connect() as raw, raw.execution_options(**{WRITE_LOCK_OPTION: True}) as conn:
            with conn.begin():
                conn.execute(
                    insert(OpeningHours),
                    [
                        {
                            "id": ids.next(),
                            "branch_id": branch_id,
                            "weekday": day,
                            "span": span,
                            "opens_at": time(opens),
                            "closes_at": time(closes),
                            "created_at": NOW,
                            "updated_at": NOW,
                        }
                        for day in range(7)
                        for span, (opens, closes) in enumerate(((9, 12), (13, 20)), start=1)
                    ],
                )
                seed._insert(
                    conn,
                    EquipmentItem,
                    [
                        {
                            "id": item,
                            "branch_id": branch_id,
                            "kind": KINDS[n % 3][0],
                            "name": f"Machine {n:02d}",
                            "name_key": f"machine {n:02d}",
                            "icon": KINDS[n % 3][1],
                            "required_training": None,
                            "reservable": True,
                            "lendable": False,
                            "state": "free",
                            "state_changed_at": NOW,
                            "created_at": NOW,
                            "updated_at": NOW,
                        }
                        for n, item in enumerate(items)
                    ],
                )
                seed._insert(
                    conn,
                    Patron,
                    [
                        {
                            "id": p,
                            "display_name": f"Bench {n}",
                            "is_minor": False,
                            "created_at": NOW,
                            "updated_at": NOW,
                        }
                        for n, p in enumerate(people)
                    ],
                )
                seed._insert(
                    conn,
                    Card,
                    [
                        {
                            "id": ids.next(),
                            "card_number": f"BK-{n:07d}",
                            "kind": "signed",
                            "patron_id": p,
                            "issued_at": NOW,
                            "created_at": NOW,
                            "updated_at": NOW,
                        }
                        for n, p in enumerate(people)
                    ],
                )
                history = []
                for _ in range(past):
                    day = NOW.date() - timedelta(days=rng.randint(1, 730))
                    start = datetime.combine(day, time(9), tzinfo=UTC) + timedelta(
                        minutes=30 * rng.randrange(20)
                    )
                    status = rng.choices(["completed", "no_show", "cancelled"], [8, 1, 1])[0]
                    history.append(
                        {
                            "id": ids.next(),
                            "item_id": rng.choice(items),
                            "patron_id": rng.choice(people),
                            "starts_at": start,
                            "ends_at": start + timedelta(minutes=30 * rng.randint(1, 4)),
                            "status": status,
                            "status_changed_at": start,
                            "created_at": start,
                            "updated_at": start,
                        }
                    )
                for begin in range(0, len(history), seed.BATCH):
                    seed._insert(conn, Reservation, history[begin : begin + seed.BATCH])
            with conn.begin():
                conn.exec_driver_sql("ANALYZE")
        return Seeded(items, people)
    finally:
        engine.dispose()


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))]


def summary_ms(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"n={len(ms)} median={statistics.median(ms):.2f} ms p95={percentile(ms, 95):.2f} ms "
        f"max={max(ms):.2f} ms"
    )
