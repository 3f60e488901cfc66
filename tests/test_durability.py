"""A check-in the screen has confirmed survives the process being killed at any moment."""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from kiosk.db.models import Visit
from kiosk.db.uow import UnitOfWork
from tests.db.backends import add_patron, open_database

ROOT = Path(__file__).resolve().parents[1]
PATRONS = 20
ROUNDS = 4

# The child checks patrons in one after another and prints each check-in's time only after
# handle_scan has returned, i.e. after the commit: that line is what "the screen confirmed".
CHILD = """
import sys
from datetime import datetime, timedelta
from kiosk.core.card_codec import CardCodec
from kiosk.core.checkin import CheckInService, ScanOutcome
from kiosk.core.clock import FixedClock
from kiosk.db.engine import make_engine, make_session_factory

path, start = sys.argv[1], sys.argv[2]
codec = CardCodec({"K1": bytes(range(32))}, "K1")
clock = FixedClock(datetime.fromisoformat(start))
sessions = make_session_factory(make_engine("sqlite:///" + path))
service = CheckInService(sessions, codec, clock, "durability", timedelta(0))
payloads = [codec.encode(f"D-{i}") for i in range(int(sys.argv[3]))]
print("ready", flush=True)
i = 0
while True:
    clock.advance(timedelta(seconds=1))
    result = service.handle_scan(payloads[i % len(payloads)])
    if result.outcome is not ScanOutcome.WELCOME or not result.visit_counted:
        print("error", result, flush=True)
        sys.exit(1)
    print(clock.now().isoformat(), flush=True)
    i += 1
"""


def _reader(stream: object, lines: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line.strip())
    lines.put(None)


def _run_and_kill(path: Path, start: datetime, kill_after: int) -> list[datetime]:
    """Start the child, kill it with SIGKILL once it has confirmed `kill_after` check-ins."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), start.isoformat(), str(PATRONS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
    reader.start()
    confirmed: list[datetime] = []
    deadline = time.monotonic() + 60
    try:
        while len(confirmed) < kill_after:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line is not None, (
                f"child ended early: {child.stderr.read() if child.stderr else ''}"
            )
            assert not line.startswith("error"), line
            if line != "ready":
                confirmed.append(datetime.fromisoformat(line))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        reader.join(10)
    assert child.returncode == -signal.SIGKILL
    # Lines printed between the last read and the kill were confirmed too.
    while True:
        try:
            line = lines.get_nowait()
        except queue.Empty:
            break
        if line and line != "ready" and not line.startswith("error"):
            confirmed.append(datetime.fromisoformat(line))
    return confirmed


def test_confirmed_check_ins_survive_sigkill(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    with open_database("sqlite", tmp_path) as db:
        for i in range(PATRONS):
            add_patron(db, f"Patron {i}", f"D-{i}")
        path = Path(db.engine.url.database or "")
    all_confirmed: list[datetime] = []
    for round_number in range(ROUNDS):
        start = datetime(2026, 1, 5, tzinfo=UTC) + timedelta(days=round_number)
        kill_after = rng.randint(1, 40)
        confirmed = _run_and_kill(path, start, kill_after)
        assert len(confirmed) >= kill_after
        all_confirmed.extend(confirmed)

        check = sqlite3.connect(path)
        try:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"seed {seed}"
        finally:
            check.close()
        with (
            open_database("sqlite", tmp_path, migrate=False) as db,
            UnitOfWork(db.session_factory, write=False) as session,
        ):
            stored = set(session.scalars(select(Visit.checked_in_at)))
        missing = [t for t in all_confirmed if t not in stored]
        assert not missing, f"seed {seed}, round {round_number}: lost {len(missing)} check-ins"
