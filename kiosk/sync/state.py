"""This database's sync state row: its role, node id and hybrid logical clock.

Every function takes the connection of a transaction that is writing anyway: the clock is
read and advanced inside the transaction whose changes it stamps (on PostgreSQL the row is
locked for it, so concurrent writers to the central store take turns)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from kiosk.sync import hlc
from kiosk.sync.tables import table

STATE_ID = 1
# The node id of the central store (the terminals' are their terminal ids).
CENTRAL_NODE = uuid.UUID("5f0c4b3e-7d41-4a8e-9a51-0c3e6f1b2a90").hex


@dataclass(frozen=True)
class State:
    role: str | None
    node_id: str
    hlc: int
    terminal_id: uuid.UUID | None
    branch_id: uuid.UUID | None
    pull_cursor: int
    own_max_seq: int
    joined_at: datetime | None
    last_sync_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None


_table = table("sync_state")


def read(conn: Connection, *, lock: bool = False) -> State | None:
    query = select(_table).where(_table.c.id == STATE_ID)
    if lock and conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).mappings().first()
    if row is None:
        return None
    return State(**{key: row[key] for key in State.__dataclass_fields__})


def ensure(conn: Connection, default_node: str, *, lock: bool = False) -> State:
    """The state row, made with `default_node` as node id if this database has none yet."""
    state = read(conn, lock=lock)
    if state is not None:
        return state
    conn.execute(
        insert(_table).values(
            id=STATE_ID, node_id=default_node, hlc=0, pull_cursor=0, own_max_seq=0
        )
    )
    state = read(conn, lock=lock)
    assert state is not None
    return state


def issue(conn: Connection, count: int, now_ms: int, default_node: str) -> tuple[list[int], str]:
    """`count` fresh clock values, in order, and this node's id."""
    state = ensure(conn, default_node, lock=True)
    values: list[int] = []
    last = state.hlc
    for _ in range(count):
        last = hlc.tick(last, now_ms)
        values.append(last)
    conn.execute(update(_table).where(_table.c.id == STATE_ID).values(hlc=last))
    return values, state.node_id


def observe(conn: Connection, remote: int, now_ms: int) -> None:
    """Move the clock past a value received from elsewhere (see hlc.receive)."""
    state = read(conn, lock=True)
    if state is None:
        return
    moved = hlc.receive(state.hlc, remote, now_ms)
    if moved != state.hlc:
        conn.execute(update(_table).where(_table.c.id == STATE_ID).values(hlc=moved))


def set_values(conn: Connection, **values: Any) -> None:
    conn.execute(update(_table).where(_table.c.id == STATE_ID).values(**values))
