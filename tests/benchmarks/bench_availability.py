"""A week's availability of 50 machines with 200,000 past reservations in the database.

    python tests/benchmarks/bench_availability.py [--past N] [--runs N]

Times BookingService.availability(patron, monday, 7) on a SQLite file: the queries (items,
rules, hours, closures, the week's reservations through the item/end index) and building
every machine's slots, as the week view asks for them. The week ahead already holds some
bookings, the patron's among them."""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import booking_seed as bs

from kiosk.core.booking import BookingService
from kiosk.core.booking_views import BookingRefused, SlotState
from kiosk.core.clock import FixedClock
from kiosk.db.engine import make_engine, make_session_factory

TARGET_MS = 30.0
MACHINES = 50


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--past", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-availability-"))
    url = f"sqlite:///{folder / 'kiosk.db'}"
    started = time.perf_counter()
    seeded = bs.seed_branch(url, machines=MACHINES, patrons=2000, past=args.past)
    print(
        f"seeded {MACHINES} machines and {args.past} past reservations in "
        f"{time.perf_counter() - started:.1f} s"
    )
    engine = make_engine(url)
    service = BookingService(
        make_session_factory(engine),
        FixedClock(bs.NOW),
        branch_code=bs.BRANCH,
        terminal_code=bs.TERMINAL,
    )
    rng = random.Random(5)
    made = 0
    for _ in range(400):  # this week's bookings, through the service
        day = bs.NOW + timedelta(days=rng.randrange(7))
        start = day.replace(hour=rng.choice([9, 10, 13, 14, 15, 16, 17, 18]))
        try:
            service.book(rng.choice(seeded.patrons), rng.choice(seeded.items), start, 60)
            made += 1
        except BookingRefused:
            pass
    print(f"{made} bookings in the week shown")
    patron = seeded.patrons[0]
    monday = bs.NOW.date()
    latencies: list[float] = []
    cpu: list[float] = []
    for run in range(args.runs + 5):
        began, cpu_began = time.perf_counter(), time.process_time()
        week = service.availability(patron, monday, 7)
        if run >= 5:
            latencies.append(time.perf_counter() - began)
            cpu.append(time.process_time() - cpu_began)
    engine.dispose()
    slots = sum(len(day) for item in week.items for day in item.days)
    booked = sum(
        1 for item in week.items for day in item.days for s in day if s.state is SlotState.BOOKED
    )
    print(f"{len(week.items)} machines, {slots} slots, {booked} booked")
    p95 = bs.percentile(latencies, 95) * 1000
    print("week availability: " + bs.summary_ms(latencies))
    print("  of which this process's CPU: " + bs.summary_ms(cpu))
    print(f"  load average while measured: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        json.dumps(
            {
                "metric": "availability_week_50_machines_p95",
                "value": round(p95, 2),
                "unit": "ms",
                "target": f"<= {TARGET_MS}",
                "pass": p95 <= TARGET_MS,
            }
        )
    )


if __name__ == "__main__":
    main()
