"""Pulling what changed elsewhere since this terminal's cursor, and applying it here.

Each batch is applied, and the cursor moved past it, in one local transaction: a crash in
between leaves the batch to be pulled again, which applies as nothing the second time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from kiosk.sync import central, conflicts, state
from kiosk.sync.apply import apply_changes
from kiosk.sync.local import write_unit
from kiosk.sync.outbox import write

BATCH = 5000


@dataclass
class Pulled:
    received: int = 0
    applied: int = 0
    ignored: int = 0
    rejected: int = 0


# Called with (done, total): changes gone through so far, and how many the log held beyond the
# cursor when the pull began (an upper bound: other branches' changes are skipped).
Progress = Callable[[int, int], None]


def pull_all(
    local: Engine,
    central_engine: Engine,
    terminal: central.TerminalEntry,
    now: Callable[[], datetime],
    progress: Progress | None = None,
) -> Pulled:
    result = Pulled()
    with local.connect() as conn:
        known = state.read(conn)
    assert known is not None
    cursor, start, total = known.pull_cursor, known.pull_cursor, -1
    while True:
        with central_engine.begin() as conn:
            rows, top = central.changes_since(
                conn,
                cursor,
                branch_id=terminal.branch_id,
                node_id=terminal.node_id,
                own_max_seq=known.own_max_seq,
                limit=BATCH,
            )
        if total < 0:
            total = max(0, top - start)
        new_cursor = rows[-1][0] if len(rows) == BATCH else top
        if new_cursor == cursor and not rows:
            break
        changes = [change for _, change in rows]
        at = now()
        with write_unit(local) as conn:
            outcome = apply_changes(conn, changes)
            records = []
            for rejected in outcome.rejected:
                records += conflicts.rejection(conn, rejected, terminal.branch_id, None, at)
            if records:
                write(conn, records, at, terminal.node_id)
            if changes:
                state.observe(conn, max(c.hlc for c in changes), int(at.timestamp() * 1000))
            state.set_values(conn, pull_cursor=new_cursor)
            if new_cursor == top and top > known.own_max_seq:
                # Every change of this terminal's up to `top` is here now, pulled or its own.
                state.set_values(conn, own_max_seq=top)
        cursor = new_cursor
        result.received += len(changes)
        result.applied += outcome.applied
        result.ignored += outcome.ignored
        result.rejected += len(outcome.rejected)
        if progress is not None:
            progress(min(total, cursor - start), total)
        if len(rows) < BATCH:
            break
    if cursor != known.pull_cursor:
        with central_engine.begin() as conn:
            central.seen(conn, terminal.terminal_id, now(), cursor)
    return result
