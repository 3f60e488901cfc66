"""Applying changes made elsewhere to this database, in bulk.

Per field, the change with the later stamp wins (kiosk.sync.hlc: ties cannot happen between
different changes, the node id breaks them), so every database that has seen the same changes
holds the same values whatever order they came in. A delete is final: later edits of a deleted
row are ignored (ids are never reused, and a patron deleted for privacy must stay deleted).
Applying a change twice does nothing the second time: its stamp no longer wins.

Rows are written table by table, parents first (deletes children first), each table's rows in
one statement; a statement the database refuses (a constraint) is retried row by row so one bad
change is set aside (`Outcome.rejected`) and the rest still apply. A `Refusal` handler may offer
other values for a refused row (central keeps an overlapping booking as conflicted)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError

from kiosk.db.errors import describe
from kiosk.sync import clocks
from kiosk.sync.failures import refusal_code
from kiosk.sync.hlc import Stamp
from kiosk.sync.sqlite_rows import columns_of, insert_payloads
from kiosk.sync.status import RefusalCode
from kiosk.sync.tables import (
    SYNCED,
    among,
    chunk_size,
    from_payload,
    insert_rows,
    parents_first,
    table,
)

_CHUNK = 500
_REFUSED = (IntegrityError, DataError)


@dataclass(frozen=True)
class Change:
    change_id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    op: str
    payload: dict[str, Any]
    fields: list[str] | None
    hlc: int
    node_id: str

    @property
    def stamp(self) -> str:
        return Stamp(self.hlc, self.node_id).text()


@dataclass
class Plan:
    """What one row gets in this batch: its action and values, and the last change behind it."""

    table_name: str
    row_id: uuid.UUID
    action: str  # insert, update or delete
    values: dict[str, Any]
    change: Change
    # A new row's payload as it came, written as it is on SQLite (kiosk.sync.sqlite_rows)
    # unless later changes in the batch are folded into it; `values` is empty meanwhile.
    raw: dict[str, Any] | None = None

    def materialise(self) -> None:
        if self.raw is not None:
            self.values = from_payload(self.table_name, self.raw)
            self.raw = None


@dataclass(frozen=True)
class Rejected:
    change: Change
    reason: str  # one English line, for the log
    code: RefusalCode = RefusalCode.OTHER  # the same, for a screen to word


@dataclass
class Outcome:
    applied: int = 0
    ignored: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    # Rows written with other values than their change carried (see Refusal).
    replaced: list[Plan] = field(default_factory=list)


# Called with a row the database refused: other values to write instead, or None to set it aside.
Refusal = Callable[[Connection, Plan], dict[str, Any] | None]


def apply_changes(
    conn: Connection, changes: Sequence[Change], refusal: Refusal | None = None
) -> Outcome:
    outcome = Outcome()
    known = [c for c in changes if c.table_name in SYNCED]
    outcome.ignored += len(changes) - len(known)  # a table a newer schema has and this lacks
    keys = [(c.table_name, c.row_id) for c in known]
    row_clocks = clocks.load(conn, keys)
    existing = _existing(conn, keys)
    plans: dict[clocks.Key, Plan] = {}
    raw = conn.dialect.name == "sqlite"
    for change in known:
        if _plan(change, row_clocks, existing, plans, raw):
            outcome.applied += 1
        else:
            outcome.ignored += 1
    _write(conn, plans, row_clocks, refusal or _no_refusal, outcome)
    clocks.save(conn, row_clocks)
    return outcome


def _plan(
    change: Change,
    row_clocks: dict[clocks.Key, clocks.Clock],
    existing: set[clocks.Key],
    plans: dict[clocks.Key, Plan],
    raw: bool,
) -> bool:
    """Fold one change into the batch's plans; False when it changes nothing here. With
    `raw`, a new row keeps its payload as it came (see Plan.raw)."""
    key = (change.table_name, change.row_id)
    clock = row_clocks.get(key)
    if clock is not None and clock.deleted:
        return False
    stamp = change.stamp
    if change.op == "delete":
        plan = plans.get(key)
        if key in existing:
            plans[key] = Plan(*key, "delete", {}, change)
        elif plan is not None:
            del plans[key]  # made and deleted within this batch: nothing to write
        clock = row_clocks.setdefault(key, clocks.Clock(stamp))
        clock.deleted = clock.changed = True
        return True
    if clock is None and key not in existing and key not in plans:
        if "id" not in change.payload:
            return False
        if raw:
            plans[key] = Plan(*key, "insert", {}, change, raw=change.payload)
        else:
            plans[key] = Plan(
                *key, "insert", from_payload(change.table_name, change.payload), change
            )
        row_clocks[key] = clocks.Clock(stamp, changed=True)
        return True
    values = from_payload(change.table_name, change.payload)
    if clock is None:
        clock = row_clocks[key] = clocks.Clock("")  # here before this database kept clocks
    columns = values.keys() if change.fields is None else change.fields
    won = {
        column: values[column]
        for column in columns
        if column != "id" and column in values and stamp > clock.of(column)
    }
    if not won:
        return False
    for column in won:
        clock.take(column, stamp)
    plan = plans.get(key)
    if plan is None:
        plans[key] = Plan(*key, "update", won, change)
    else:
        plan.materialise()
        plan.values.update(won)
        plan.change = change
    return True


def _existing(conn: Connection, keys: Iterable[clocks.Key]) -> set[clocks.Key]:
    by_table: dict[str, list[uuid.UUID]] = {}
    for name, row_id in dict.fromkeys(keys):
        by_table.setdefault(name, []).append(row_id)
    found: set[clocks.Key] = set()
    dialect = conn.dialect.name
    step = chunk_size(dialect)
    for name, ids in by_table.items():
        target = table(name)
        for start in range(0, len(ids), step):
            chunk = ids[start : start + step]
            query = select(target.c.id).where(among(target.c.id, chunk, dialect))
            found.update((name, row_id) for row_id in conn.scalars(query))
    return found


def _write(
    conn: Connection,
    plans: dict[clocks.Key, Plan],
    row_clocks: dict[clocks.Key, clocks.Clock],
    refusal: Refusal,
    outcome: Outcome,
) -> None:
    by_table: dict[str, list[Plan]] = {}
    for plan in plans.values():
        by_table.setdefault(plan.table_name, []).append(plan)
    order = parents_first()
    for name in order:
        for action in ("insert", "update"):
            for group in _groups(p for p in by_table.get(name, []) if p.action == action):
                _run(conn, group, row_clocks, refusal, outcome)
    for name in reversed(order):
        deletes = [p for p in by_table.get(name, []) if p.action == "delete"]
        if deletes:
            _run(conn, deletes, row_clocks, refusal, outcome)


def _groups(plans: Iterable[Plan]) -> list[list[Plan]]:
    # One statement per set of columns: an executemany needs the same keys in every row.
    groups: dict[tuple[str, ...], list[Plan]] = {}
    for plan in plans:
        if plan.raw is not None:
            key = ("raw", *columns_of(plan.table_name, plan.raw))
        else:
            key = tuple(sorted(plan.values))
        groups.setdefault(key, []).append(plan)
    return list(groups.values())


def _run(
    conn: Connection,
    group: list[Plan],
    row_clocks: dict[clocks.Key, clocks.Clock],
    refusal: Refusal,
    outcome: Outcome,
) -> None:
    try:
        with conn.begin_nested():
            _execute(conn, group)
        return
    except _REFUSED:
        pass
    for plan in group:
        try:
            with conn.begin_nested():
                _execute(conn, [plan])
            continue
        except _REFUSED as refused:
            reason, code = describe(refused), refusal_code(refused)
        plan.materialise()
        other = refusal(conn, plan)
        if other is not None:
            try:
                with conn.begin_nested():
                    plan.values = {**plan.values, **other}
                    _execute(conn, [plan])
                outcome.replaced.append(plan)
                continue
            except _REFUSED as again:
                reason, code = describe(again), refusal_code(again)
        outcome.applied -= 1
        outcome.rejected.append(Rejected(plan.change, reason, code))
        row_clocks[(plan.table_name, plan.row_id)].changed = False


def _execute(conn: Connection, group: list[Plan]) -> None:
    target: Table = table(group[0].table_name)
    action = group[0].action
    if action == "delete":
        ids = [plan.row_id for plan in group]
        for start in range(0, len(ids), _CHUNK):
            conn.execute(delete(target).where(target.c.id.in_(ids[start : start + _CHUNK])))
    elif action == "insert" and group[0].raw is not None:
        insert_payloads(conn, target.name, [plan.raw for plan in group if plan.raw is not None])
    elif action == "insert":
        insert_rows(conn, insert(target), [plan.values for plan in group])
    else:
        columns = sorted(group[0].values)
        statement = (
            update(target)
            .where(target.c.id == bindparam("_row_id"))
            .values(
                {
                    **{column: bindparam(f"_new_{column}") for column in columns},
                    "row_version": target.c.row_version + 1,
                    # Unless the change carries it, the row keeps its time: the column's
                    # on-update default would stamp this database's clock instead.
                    **({} if "updated_at" in columns else {"updated_at": target.c.updated_at}),
                }
            )
        )
        rows = [
            {"_row_id": plan.row_id, **{f"_new_{c}": plan.values[c] for c in columns}}
            for plan in group
        ]
        conn.execute(statement, rows)


def _no_refusal(_conn: Connection, _plan: Plan) -> None:
    return None
