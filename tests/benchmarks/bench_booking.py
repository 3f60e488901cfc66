"""Booking commit time on SQLite with synchronous=FULL.

    python tests/benchmarks/bench_booking.py [--bookings N] [--past N]

Times BookingService.book end to end (the rule engine's reads, the write lock, the insert, the
audit row, the fsync of the commit) for bookings by different patrons on 50 machines."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import booking_seed as bs

from kiosk.core.booking import BookingService
from kiosk.core.clock import FixedClock
from kiosk.db.engine import make_engine, make_session_factory

TARGET_P95_MS = 20.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bookings", type=int, default=300)
    parser.add_argument("--past", type=int, default=20_000)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-booking-"))
    url = f"sqlite:///{folder / 'kiosk.db'}"
    seeded = bs.seed_branch(url, machines=50, patrons=max(400, args.bookings), past=args.past)
    engine = make_engine(url)
    with engine.connect() as conn:
        synchronous = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        journal = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    print(f"journal_mode={journal} synchronous={synchronous} (2 = FULL)")
    assert synchronous == 2, "the kiosk's engine is expected to run with synchronous=FULL"
    service = BookingService(
        make_session_factory(engine),
        FixedClock(bs.NOW),
        branch_code=bs.BRANCH,
        terminal_code=bs.TERMINAL,
    )
    latencies: list[float] = []
    cpu: list[float] = []
    warmup = 10
    for n in range(args.bookings + warmup):
        item = seeded.items[n % len(seeded.items)]
        slot = n // len(seeded.items)  # 0.. per item: consecutive hours over the days ahead
        day, hour = divmod(slot, 9)
        starts_at = (bs.NOW + timedelta(days=day)).replace(
            hour=[9, 10, 11, 13, 14, 15, 16, 17, 18][hour]
        )
        started, cpu_started = time.perf_counter(), time.process_time()
        service.book(seeded.patrons[n], item, starts_at, 60)
        if n >= warmup:
            latencies.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
    engine.dispose()
    p95 = bs.percentile(latencies, 95) * 1000
    print("booking commit: " + bs.summary_ms(latencies))
    print("  of which this process's CPU: " + bs.summary_ms(cpu))
    print(f"  load average while measured: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        json.dumps(
            {
                "metric": "booking_commit_p95",
                "value": round(p95, 2),
                "unit": "ms",
                "target": f"<= {TARGET_P95_MS}",
                "pass": p95 <= TARGET_P95_MS,
            }
        )
    )


if __name__ == "__main__":
    main()
