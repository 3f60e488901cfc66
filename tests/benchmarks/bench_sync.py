"""Synchronisation with the central PostgreSQL store (at 127.0.0.1:5432, database test).

    python tests/benchmarks/bench_sync.py [--push N] [--patrons N] [--idle-rounds N]

Times, each in a throwaway schema, a terminal's round that pushes N pending visits (made offline
through the unit of work, so each has its outbox record), a new terminal's `terminal join`
whose first pull brings N patrons made at central, and rounds with nothing to do."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert

from kiosk.db.models import Patron, Visit
from kiosk.db.uow import UnitOfWork
from kiosk.ids import uuid7
from kiosk.sync.connect import open_central
from kiosk.sync.round import run_round
from kiosk.sync.setup import BranchSpec, init_central, join
from tests.db.backends import postgres_schema
from tests.sync.terminals import kiosk_services

TARGETS = {"sync_push_10k": 5.0, "sync_first_pull_100k": 15.0, "sync_idle_round": 50.0}
NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def _terminal(folder: Path, code: str):  # type: ignore[no-untyped-def]
    return kiosk_services(f"sqlite:///{folder / f'{code}.sqlite3'}", code, "main")


def bench_push(url: str, folder: Path, count: int) -> tuple[float, float]:
    central = open_central(url)
    with _terminal(folder, "pusher") as services:
        join(services.engine, _identity("pusher"), url, "main")
        patron = services.patrons.create("Ada Lovelace", card_number="A-1").patron_id
        for start in range(0, count, 1000):
            with UnitOfWork(services.sessions) as session:
                for n in range(start, min(count, start + 1000)):
                    at = NOW + timedelta(seconds=n)
                    session.add(Visit(patron_id=patron, checked_in_at=at))
        started, cpu = time.perf_counter(), time.process_time()
        report = run_round(services.engine, central, url)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert report.pushed >= count and report.pending == 0, report
    central.dispose()
    return elapsed, cpu


def seed_patrons(url: str, count: int) -> None:
    central = open_central(url)
    with central.begin() as conn:
        rows = [
            {
                "id": uuid7(),
                "display_name": f"Patron {n}",
                "birth_year": 1950 + n % 60,
                "is_minor": False,
                "created_at": NOW,
                "updated_at": NOW,
            }
            for n in range(count)
        ]
        for start in range(0, count, 5000):
            conn.execute(insert(Patron), rows[start : start + 5000])
    central.dispose()
    init_central(url)  # puts the rows made around the services in the change log


def bench_first_pull(url: str, folder: Path, count: int) -> tuple[float, float, int]:
    with _terminal(folder, "newcomer") as services:
        started, cpu = time.perf_counter(), time.process_time()
        report = join(services.engine, _identity("newcomer"), url, "main")
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert report.applied >= count, report
        return elapsed, cpu, report.applied


def bench_idle(url: str, folder: Path, rounds: int) -> list[float]:
    central = open_central(url)
    times: list[float] = []
    with _terminal(folder, "newcomer") as services:
        run_round(services.engine, central, url)
        for _ in range(rounds):
            started = time.perf_counter()
            report = run_round(services.engine, central, url)
            times.append(time.perf_counter() - started)
            assert (report.pushed, report.pulled) == (0, 0), report
    central.dispose()
    return times


def _identity(code: str):  # type: ignore[no-untyped-def]
    from kiosk.db.terminals import TerminalIdentity

    return TerminalIdentity(code, code, "main", "Main")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--push", type=int, default=10_000)
    parser.add_argument("--patrons", type=int, default=100_000)
    parser.add_argument("--idle-rounds", type=int, default=50)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    with postgres_schema() as url:
        init_central(url, [BranchSpec("main", "Main")])
        push_s, push_cpu = bench_push(url, folder, args.push)
        print(
            f"push {args.push} pending changes: {push_s:.2f} s "
            f"(this process's CPU {push_cpu:.2f} s)"
        )
        seed_patrons(url, args.patrons)
        pull_s, pull_cpu, applied = bench_first_pull(url, folder, args.patrons)
        print(
            f"terminal join, first pull of {args.patrons} patrons ({applied} rows): "
            f"{pull_s:.2f} s (this process's CPU {pull_cpu:.2f} s)"
        )
        idle = bench_idle(url, folder, args.idle_rounds)
    idle_ms = statistics.median(idle) * 1000
    p95 = sorted(idle)[int(len(idle) * 0.95) - 1] * 1000
    print(
        f"round with nothing to do: median {idle_ms:.1f} ms, p95 {p95:.1f} ms, "
        f"max {max(idle) * 1000:.1f} ms"
    )
    print(f"load average while measured: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    figures = {
        "sync_push_10k": push_s,
        "sync_first_pull_100k": pull_s,
        "sync_idle_round": idle_ms,
    }
    units = {"sync_push_10k": "s", "sync_first_pull_100k": "s", "sync_idle_round": "ms"}
    for name, value in figures.items():
        print(f"{name}: {value:.3f} {units[name]} (target <= {TARGETS[name]})")
    # The headline: the figure furthest from (or most over) its target.
    name = max(figures, key=lambda key: figures[key] / TARGETS[key])
    print(
        json.dumps(
            {
                "metric": name,
                "value": round(figures[name], 3),
                "unit": units[name],
                "target": f"<= {TARGETS[name]}",
                "pass": all(figures[k] <= TARGETS[k] for k in figures),
            }
        )
    )


if __name__ == "__main__":
    main()
