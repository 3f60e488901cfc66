"""The outbox: every change of a synchronised row becomes a change record in the same
transaction as the change itself.

`install(factory, node_id)` hooks a session factory: a flush notes which columns of each
changed object moved (the history is gone once flushed), UPDATE and DELETE statements run
through a session note the rows they touch, and the unit of work's before-commit hook writes one
outbox record per row changed (insert, update with the columns it changed, or delete as a
tombstone) with a fresh hybrid-logical-clock stamp, and advances the rows' clocks. Rows a unit
both made and deleted leave no record. Foreign-key cascades the database does itself are not
recorded: every database holding the parent's tombstone cascades the same way."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, event, func, insert, inspect, literal_column, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from kiosk.db.uow import Changes, add_after_bulk_write, add_before_commit, session_now
from kiosk.ids import uuid7
from kiosk.sync import clocks, state
from kiosk.sync.hlc import Stamp
from kiosk.sync.tables import (
    LOCAL_COLUMNS,
    SYNCED,
    insert_rows,
    parents_first,
    row_payload,
    table,
)

_FIELDS_KEY = "kiosk_sync_fields"
_STATEMENTS_KEY = "kiosk_sync_statements"
_INSTALLED_KEY = "kiosk_sync_outbox"
_outbox = table("sync_outbox")


@dataclass(frozen=True)
class _Touched:
    """Rows an UPDATE or DELETE statement run through the session is about to change."""

    table_name: str
    op: str
    ids: tuple[uuid.UUID, ...]
    fields: tuple[str, ...] | None


@dataclass
class Record:
    """One change to record; `values` is the row (None for a delete, or for an UPDATE
    statement's row, read once it ran)."""

    table_name: str
    row_id: uuid.UUID
    op: str
    fields: list[str] | None
    values: dict[str, Any] | None


def install(factory: sessionmaker[Session], node_id: str) -> None:
    """Record every change made through `factory`'s write units; `node_id` names this
    database's changes until a `sync_state` row says otherwise. Installing twice is a no-op."""
    info: dict[str, Any] = factory.kw.setdefault("info", {})
    if info.get(_INSTALLED_KEY):
        return
    info[_INSTALLED_KEY] = True
    event.listen(factory, "before_flush", _note_fields)
    event.listen(factory, "do_orm_execute", _note_statement)
    add_before_commit(factory, Recorder(node_id))
    add_after_bulk_write(factory, lambda conn, at: _record_bulk(conn, at, node_id))


def _record_bulk(conn: Connection, at: datetime, node_id: str) -> None:
    record_untracked(conn, at, node_id)


def _synced_name(obj: object) -> str | None:
    name = getattr(obj, "__tablename__", None)
    return name if isinstance(name, str) and name in SYNCED else None


def _note_fields(session: Session, _context: object, _instances: object) -> None:
    noted: dict[int, tuple[object, set[str]]] = session.info.setdefault(_FIELDS_KEY, {})
    for obj in session.dirty:
        if _synced_name(obj) is None:
            continue
        obj_state = inspect(obj)
        moved = {
            attr.columns[0].name
            for attr in obj_state.mapper.column_attrs
            if obj_state.attrs[attr.key].history.has_changes()
        }
        noted.setdefault(id(obj), (obj, set()))[1].update(moved - LOCAL_COLUMNS)


def _note_statement(execute_state: ORMExecuteState) -> None:
    if not (execute_state.is_update or execute_state.is_delete):
        return
    statement: Any = execute_state.statement
    target = statement.table
    if target.name not in SYNCED:
        return
    query: Any = select(literal_column("id")).select_from(target)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    ids = tuple(_as_uuid(value) for value in execute_state.session.scalars(query))
    fields: tuple[str, ...] | None = None
    if execute_state.is_update:
        # The SET clause's columns; the statement API keeps them in `_values`.
        values = getattr(statement, "_values", None) or {}
        names = {getattr(key, "name", key) for key in values}
        fields = tuple(sorted(str(name) for name in names if name not in LOCAL_COLUMNS)) or None
    touched = _Touched(target.name, "update" if execute_state.is_update else "delete", ids, fields)
    execute_state.session.info.setdefault(_STATEMENTS_KEY, []).append(touched)


def _as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class Recorder:
    def __init__(self, node_id: str) -> None:
        self._node_id = node_id

    def __call__(self, session: Session, changes: Changes) -> None:
        noted: dict[int, tuple[object, set[str]]] = session.info.pop(_FIELDS_KEY, {})
        touched: list[_Touched] = session.info.pop(_STATEMENTS_KEY, [])
        records = _records(changes, noted, touched)
        if not records:
            return
        conn = session.connection()
        _read_statement_rows(conn, records)
        write(conn, records, session_now(session), self._node_id)


def _records(
    changes: Changes, noted: dict[int, tuple[object, set[str]]], touched: list[_Touched]
) -> list[Record]:
    made = {id(obj) for obj in changes.new}
    gone = {id(obj) for obj in changes.deleted}
    records: list[Record] = []
    for obj in changes.new:
        name = _synced_name(obj)
        if name is not None and id(obj) not in gone:
            values = _values(obj)
            records.append(Record(name, values["id"], "insert", None, values))
    for obj in changes.dirty:
        name = _synced_name(obj)
        if name is None or id(obj) in made or id(obj) in gone:
            continue
        fields = sorted(noted.get(id(obj), (obj, set()))[1])
        if fields:
            values = _values(obj)
            records.append(Record(name, values["id"], "update", fields, values))
    for obj in changes.deleted:
        name = _synced_name(obj)
        if name is not None and id(obj) not in made:
            records.append(Record(name, _as_uuid(inspect(obj).identity[0]), "delete", None, None))
    for statement in touched:
        columns = list(statement.fields) if statement.fields is not None else None
        for row_id in statement.ids:
            records.append(Record(statement.table_name, row_id, statement.op, columns, None))
    return records


def _values(obj: object) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.columns[0].name: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _read_statement_rows(conn: Connection, records: list[Record]) -> None:
    # An UPDATE statement's rows are read after it ran, so the record holds what it wrote.
    wanted: dict[str, list[Record]] = {}
    for record in records:
        if record.op == "update" and record.values is None:
            wanted.setdefault(record.table_name, []).append(record)
    for name, group in wanted.items():
        rows = read_rows(conn, name, [record.row_id for record in group])
        for record in group:
            record.values = rows.get(record.row_id)
    # A row the statement's later steps removed has nothing to record as an update.
    records[:] = [r for r in records if r.op != "update" or r.values is not None]


def read_rows(
    conn: Connection, name: str, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    target = table(name)
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        query = select(target).where(target.c.id.in_(ids[start : start + 500]))
        for row in conn.execute(query).mappings():
            found[row["id"]] = dict(row)
    return found


def write(conn: Connection, records: Sequence[Record], at: datetime, default_node: str) -> None:
    """Write `records` to the outbox with fresh stamps and advance their rows' clocks."""
    now_ms = int(at.timestamp() * 1000)
    values, node = state.issue(conn, len(records), now_ms, default_node)
    row_clocks = clocks.load(conn, [(r.table_name, r.row_id) for r in records if r.op != "insert"])
    rows: list[dict[str, Any]] = []
    for record, value in zip(records, values, strict=True):
        stamp = Stamp(value, node).text()
        key = (record.table_name, record.row_id)
        if record.op == "insert":
            row_clocks[key] = clocks.Clock(stamp, changed=True)
        else:
            clock = row_clocks.setdefault(key, clocks.Clock(""))
            if record.op == "delete":
                clock.deleted = True
                clock.changed = True
            else:
                for column in record.fields or []:
                    clock.take(column, stamp)
        payload = row_payload(record.values) if record.values else {"id": str(record.row_id)}
        rows.append(
            {
                "change_id": uuid7(),
                "table_name": record.table_name,
                "row_id": record.row_id,
                "op": record.op,
                "payload": payload,
                "fields": record.fields,
                "hlc": value,
                "node_id": node,
                "created_at": at,
                "pushed_at": None,
            }
        )
    insert_rows(conn, insert(_outbox), rows)
    clocks.save(conn, row_clocks)


def record_untracked(
    conn: Connection, at: datetime, default_node: str, names: Iterable[str] | None = None
) -> int:
    """Write insert records for rows that have no clock yet: rows made before the outbox
    existed, or written around the session (a bulk patron import). Returns how many."""
    rows_table = table("sync_rows")
    total = 0
    for name in names or parents_first():
        target = table(name)
        known = select(rows_table.c.row_id).where(
            rows_table.c.table_name == name, rows_table.c.row_id == target.c.id
        )
        query = select(target).where(~known.exists()).order_by(target.c.id)
        batch: list[Record] = []
        for row in conn.execute(query).mappings().all():
            batch.append(Record(name, row["id"], "insert", None, dict(row)))
            if len(batch) >= 2000:
                write(conn, batch, at, default_node)
                total += len(batch)
                batch = []
        if batch:
            write(conn, batch, at, default_node)
            total += len(batch)
    return total


def pending_count(conn: Connection) -> int:
    query = select(func.count()).select_from(_outbox).where(_outbox.c.pushed_at.is_(None))
    return int(conn.execute(query).scalar() or 0)
