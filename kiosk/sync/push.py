"""Pushing this terminal's outbox to central, a batch per central transaction.

A batch is marked pushed here only after central committed it; if the answer is lost (the
connection cut mid-push), the batch is pushed again and central skips the changes it holds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, delete, select, update

from kiosk.sync import central, state
from kiosk.sync.apply import Change
from kiosk.sync.local import write_unit
from kiosk.sync.tables import table

BATCH = 1000
# Pushed records are kept this long (central holds them), then dropped.
KEEP_PUSHED = timedelta(days=30)
_outbox = table("sync_outbox")
_COLUMNS = ("change_id", "table_name", "row_id", "op", "payload", "fields", "hlc", "node_id")


@dataclass
class Pushed:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0


def pending(conn: Connection, limit: int) -> list[tuple[int, Change]]:
    query = (
        select(_outbox)
        .where(_outbox.c.pushed_at.is_(None))
        .order_by(_outbox.c.position)
        .limit(limit)
    )
    return [
        (row["position"], Change(**{key: row[key] for key in _COLUMNS}))
        for row in conn.execute(query).mappings()
    ]


def push_all(
    local: Engine,
    central_engine: Engine,
    terminal: central.TerminalEntry,
    now: Callable[[], datetime],
    progress: Callable[[int], None] | None = None,
) -> Pushed:
    result = Pushed()
    while True:
        with local.connect() as conn:
            batch = pending(conn, BATCH)
            known = state.read(conn)
        if not batch or known is None:
            break
        changes = [change for _, change in batch]
        with central_engine.begin() as conn:
            accepted = central.accept(conn, terminal, changes, now(), known.own_max_seq)
        with write_unit(local) as conn:
            first, last = batch[0][0], batch[-1][0]
            conn.execute(
                update(_outbox)
                .where(_outbox.c.position.between(first, last), _outbox.c.pushed_at.is_(None))
                .values(pushed_at=now())
            )
            if accepted.own_max_seq > known.own_max_seq:
                state.set_values(conn, own_max_seq=accepted.own_max_seq)
        result.pushed += accepted.received
        result.duplicates += accepted.duplicates
        result.conflicts += accepted.conflicts
        result.rejected += accepted.rejected
        if progress is not None:
            progress(len(batch))
        if len(batch) < BATCH:
            break
    return result


def prune(conn: Connection, now: datetime) -> None:
    conn.execute(delete(_outbox).where(_outbox.c.pushed_at < now - KEEP_PUSHED))
