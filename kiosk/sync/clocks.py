"""Row clocks (`sync_rows`): the stamp a row was made with, the stamps of its fields changed
since, and whether it was deleted. A field's clock is its own stamp, else the row's."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from kiosk.sync.tables import among, chunk_size, insert_rows, table

_table = table("sync_rows")

Key = tuple[str, uuid.UUID]


@dataclass
class Clock:
    stamp: str
    fields: dict[str, str] = field(default_factory=dict)
    deleted: bool = False
    changed: bool = False

    def of(self, column: str) -> str:
        return self.fields.get(column, self.stamp)

    def newest(self) -> str:
        return max([self.stamp, *self.fields.values()])

    def take(self, column: str, stamp: str) -> None:
        if stamp > self.stamp:
            self.fields[column] = stamp
        self.changed = True


def load(conn: Connection, keys: Iterable[Key]) -> dict[Key, Clock]:
    wanted = list(dict.fromkeys(keys))
    found: dict[Key, Clock] = {}
    step = chunk_size(conn.dialect.name)
    for start in range(0, len(wanted), step):
        chunk = wanted[start : start + step]
        by_table: dict[str, list[uuid.UUID]] = {}
        for name, row_id in chunk:
            by_table.setdefault(name, []).append(row_id)
        for name, ids in by_table.items():
            query = select(_table).where(
                _table.c.table_name == name, among(_table.c.row_id, ids, conn.dialect.name)
            )
            for row in conn.execute(query):
                found[(name, row.row_id)] = Clock(row.stamp, dict(row.fields or {}), row.deleted)
    return found


def save(conn: Connection, clocks: dict[Key, Clock]) -> None:
    changed = [(key, clock) for key, clock in clocks.items() if clock.changed]
    if not changed:
        return
    if conn.dialect.name == "sqlite":
        # A first pull saves a clock per row; SQLite's stored forms written directly (a Uuid
        # as 32 hex digits, JSON as text) take a fraction of the time of the typed path.
        conn.exec_driver_sql(
            _SQLITE_UPSERT,
            [
                (name, row_id.hex, c.stamp, json.dumps(c.fields) if c.fields else None, c.deleted)
                for (name, row_id), c in changed
            ],
        )
        return
    rows = [
        {
            "table_name": name,
            "row_id": row_id,
            "stamp": clock.stamp,
            "fields": clock.fields or None,
            "deleted": clock.deleted,
        }
        for (name, row_id), clock in changed
    ]
    statement = pg_insert(_table)
    statement = statement.on_conflict_do_update(
        index_elements=[_table.c.table_name, _table.c.row_id],
        set_={
            "stamp": statement.excluded.stamp,
            "fields": statement.excluded.fields,
            "deleted": statement.excluded.deleted,
        },
    )
    insert_rows(conn, statement, rows)


_SQLITE_UPSERT = (
    "INSERT INTO sync_rows (table_name, row_id, stamp, fields, deleted) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (table_name, row_id) DO UPDATE SET stamp = excluded.stamp, "
    "fields = excluded.fields, deleted = excluded.deleted"
)
