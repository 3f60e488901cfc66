"""The central store's side of a round, run by a terminal over its connection to PostgreSQL.

Everything that writes the change log holds one transaction-scoped advisory lock, so `seq`
values are committed in the order they are drawn: a terminal that pulled up to `seq` N can
never later find a change below N appear. Edits made at central itself (the command line run
against the central database) go through central's own outbox and are published into the log
under the same lock, at the next round of any terminal."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from kiosk.db.models_booking import HOLDING_STATUSES
from kiosk.sync import conflicts, state
from kiosk.sync.apply import Change, Plan, apply_changes
from kiosk.sync.outbox import write
from kiosk.sync.tables import BRANCH_TABLES, among, insert_rows, table, to_json

# First key of the advisory lock that orders writes to the change log ("SYNC").
LOG_LOCK = 0x53594E43
_CHUNK = 1000
_log = table("sync_changes")
_outbox = table("sync_outbox")
_terminals = table("sync_terminals")


@dataclass(frozen=True)
class TerminalEntry:
    terminal_id: uuid.UUID
    node_id: str
    branch_id: uuid.UUID


@dataclass
class Accepted:
    received: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    own_max_seq: int = 0
    notes: list[str] = field(default_factory=list)


def lock_log(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": LOG_LOCK})


def publish_outbox(conn: Connection, now: datetime, branch_id: uuid.UUID | None = None) -> int:
    """Move central's own outbox records into the change log; call with the log locked.
    `branch_id` scopes them to one branch (a decision about one terminal's change)."""
    rows = conn.execute(select(_outbox).order_by(_outbox.c.position)).mappings().all()
    if not rows:
        return 0
    entries = [
        {
            **_change_columns(row),
            "branch_id": branch_id or _scope_of(row["table_name"], row["payload"]),
            "received_at": now,
        }
        for row in rows
    ]
    insert_rows(conn, insert(_log), entries)
    conn.execute(delete(_outbox).where(_outbox.c.position <= rows[-1]["position"]))
    return len(rows)


def _scope_of(name: str, payload: dict[str, Any]) -> uuid.UUID | None:
    if name not in BRANCH_TABLES or not payload.get("branch_id"):
        return None
    return uuid.UUID(str(payload["branch_id"]))


def _change_columns(row: Any) -> dict[str, Any]:
    return {
        key: row[key]
        for key in (
            "change_id",
            "table_name",
            "row_id",
            "op",
            "payload",
            "fields",
            "hlc",
            "node_id",
        )
    }


def accept(
    conn: Connection,
    terminal: TerminalEntry,
    changes: Sequence[Change],
    now: datetime,
    known_own_max: int = 0,
) -> Accepted:
    """Take a terminal's pushed changes: those the log already holds are skipped (a push
    repeated after a lost answer), the others applied and logged. A booking the exclusion
    constraint refuses is kept as conflicted, with a conflict record and a notice for the
    patron; any other refused change is logged as a conflict record and not passed on."""
    lock_log(conn)
    publish_outbox(conn, now)
    known: dict[uuid.UUID, int] = {}
    ids = [change.change_id for change in changes]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = select(_log.c.change_id, _log.c.seq).where(
            among(_log.c.change_id, chunk, conn.dialect.name)
        )
        known.update((change_id, seq) for change_id, seq in conn.execute(query))
    fresh = [change for change in changes if change.change_id not in known]
    result = Accepted(received=len(fresh), duplicates=len(changes) - len(fresh))
    # The terminal knows its own changes in the log up to `known_own_max`. If the log holds
    # later ones it does not know (it was restored from a backup, or lost an answer), that
    # stays its mark, so its next pull brings them back; otherwise this batch moves it on.
    prior = conn.execute(select(func.max(_log.c.seq)).where(_log.c.node_id == terminal.node_id))
    gap = int(prior.scalar() or 0) > known_own_max
    result.own_max_seq = known_own_max if gap else max(known.values(), default=known_own_max)
    if not fresh:
        return result
    outcome = apply_changes(conn, fresh, _keep_as_conflicted)
    state.observe(conn, max(change.hlc for change in fresh), int(now.timestamp() * 1000))
    replaced = {plan.change.change_id: plan for plan in outcome.replaced}
    refused = {rejected.change.change_id: rejected.reason for rejected in outcome.rejected}
    entries = []
    for change in fresh:
        if change.change_id in refused:
            continue
        payload = change.payload
        plan = replaced.get(change.change_id)
        if plan is not None:
            payload = {**payload, **{k: to_json(v) for k, v in plan.values.items()}}
        entries.append(
            {
                "change_id": change.change_id,
                "table_name": change.table_name,
                "row_id": change.row_id,
                "op": change.op,
                "payload": payload,
                "fields": change.fields,
                "hlc": change.hlc,
                "node_id": change.node_id,
                "branch_id": terminal.branch_id if change.table_name in BRANCH_TABLES else None,
                "received_at": now,
            }
        )
    insert_rows(conn, insert(_log), entries)
    decisions = [r for plan in outcome.replaced for r in conflicts.overlap(conn, plan, now)]
    for rejected in outcome.rejected:
        decisions += conflicts.rejection(
            conn, rejected, terminal.branch_id, terminal.terminal_id, now
        )
    if decisions:
        write(conn, decisions, now, state.CENTRAL_NODE)
        publish_outbox(conn, now, terminal.branch_id)
    result.conflicts = len(outcome.replaced)
    result.rejected = len(outcome.rejected)
    if not gap:
        # Under the log's lock the rows just written hold its highest seq values.
        result.own_max_seq = int(conn.execute(select(func.max(_log.c.seq))).scalar() or 0)
    return result


def _keep_as_conflicted(conn: Connection, plan: Plan) -> dict[str, Any] | None:
    # Only a booking that holds its item's time can clash with another one.
    if plan.table_name != "reservations" or plan.action == "delete":
        return None
    status = plan.values.get("status", plan.change.payload.get("status"))
    if status not in HOLDING_STATUSES:
        return None
    return {"status": "conflicted"}


def changes_since(
    conn: Connection,
    cursor: int,
    *,
    branch_id: uuid.UUID,
    node_id: str,
    own_max_seq: int,
    limit: int,
) -> tuple[list[tuple[int, Change]], int]:
    """The next changes this terminal should apply after `cursor`, and the log's last `seq`
    (the cursor once they are applied, if fewer than `limit` came). Its own changes come only
    when they are beyond what it knows it pushed: a restored backup gets them back."""
    top = int(conn.execute(select(func.coalesce(func.max(_log.c.seq), 0))).scalar() or 0)
    query = (
        select(_log)
        .where(
            _log.c.seq > cursor,
            _log.c.seq <= top,
            (_log.c.branch_id.is_(None)) | (_log.c.branch_id == branch_id),
            (_log.c.node_id != node_id) | (_log.c.seq > own_max_seq),
        )
        .order_by(_log.c.seq)
        .limit(limit)
    )
    rows = conn.execute(query).mappings().all()
    return [(row["seq"], Change(**_change_columns(row))) for row in rows], top


def register(
    conn: Connection,
    *,
    terminal_id: uuid.UUID,
    code: str,
    node_id: str,
    branch_id: uuid.UUID,
    now: datetime,
) -> None:
    found = conn.execute(
        select(_terminals.c.revoked_at).where(_terminals.c.terminal_id == terminal_id)
    ).first()
    if found is None:
        conn.execute(
            insert(_terminals).values(
                terminal_id=terminal_id,
                code=code,
                node_id=node_id,
                branch_id=branch_id,
                joined_at=now,
                pulled_to=0,
            )
        )
    else:
        conn.execute(
            update(_terminals)
            .where(_terminals.c.terminal_id == terminal_id)
            .values(code=code, node_id=node_id, branch_id=branch_id, last_seen_at=now)
        )


def terminal_entry(
    conn: Connection, terminal_id: uuid.UUID
) -> tuple[TerminalEntry, datetime | None] | None:
    row = conn.execute(select(_terminals).where(_terminals.c.terminal_id == terminal_id)).first()
    if row is None:
        return None
    return TerminalEntry(row.terminal_id, row.node_id, row.branch_id), row.revoked_at


def seen(conn: Connection, terminal_id: uuid.UUID, now: datetime, pulled_to: int) -> None:
    conn.execute(
        update(_terminals)
        .where(_terminals.c.terminal_id == terminal_id)
        .values(last_seen_at=now, pulled_to=pulled_to)
    )


@dataclass(frozen=True)
class TerminalListing:
    """A terminal as library IT sees it at central."""

    code: str
    branch_code: str
    joined_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


def list_terminals(conn: Connection) -> list[TerminalListing]:
    branches = table("branches")
    rows = conn.execute(
        select(
            _terminals.c.code,
            branches.c.code.label("branch_code"),
            _terminals.c.joined_at,
            _terminals.c.last_seen_at,
            _terminals.c.revoked_at,
        )
        .join(branches, branches.c.id == _terminals.c.branch_id)
        .order_by(branches.c.code, _terminals.c.code)
    )
    return [TerminalListing(*row) for row in rows]


def revoke_terminal(conn: Connection, code: str, now: datetime) -> int:
    """Shut every terminal registered under `code` out (a lost or stolen one): its next round
    is refused. How many were shut out now (0: none by that code, or already shut out)."""
    result = conn.execute(
        update(_terminals)
        .where(_terminals.c.code == code, _terminals.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return int(result.rowcount or 0)
