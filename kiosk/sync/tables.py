"""Which tables synchronise, where their changes go, and rows as JSON and back.

Library tables are kept by central and reach every terminal; branch tables are made at the
terminals and reach central and the other terminals of the same branch. Changes to either
kind made on a terminal are pushed, so a patron registered at a kiosk reaches central. A table
not named here (sync bookkeeping itself) never synchronises; the tests fail on a new table
that is in neither list."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import Connection, Date, Table, Time, Uuid, any_, bindparam
from sqlalchemy.dialects import postgresql

from kiosk.db.models import Base
from kiosk.db.types import UTCDateTime

LIBRARY_TABLES = (
    "branches",
    "terminals",
    "patrons",
    "staff_accounts",
    "cards",
    "trainings",
    "certifications",
    "waiver_versions",
    "waiver_acceptances",
    "guardian_consents",
    "equipment_items",
    "booking_rules",
    "opening_hours",
    "closures",
    "loan_policies",
    "interest_tags",
)
BRANCH_TABLES = (
    "visits",
    "reservations",
    "booking_suspensions",
    "loans",
    "machine_sessions",
    "problem_reports",
    "projects",
    "project_members",
    "project_tags",
    "project_files",
    "project_reviews",
    "patron_notices",
    "print_jobs",
    "audit_events",
    "sync_conflicts",
)
SYNCED = frozenset(LIBRARY_TABLES + BRANCH_TABLES)
# Kept by each database for itself: a row's version is raised by whoever changes it there.
LOCAL_COLUMNS = frozenset({"row_version"})

_Convert = Callable[[Any], Any]


def table(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def parents_first() -> tuple[str, ...]:
    """Synchronised tables in an order where a row's foreign keys point to earlier tables."""
    return tuple(t.name for t in Base.metadata.sorted_tables if t.name in SYNCED)


def to_json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def row_payload(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: to_json(value) for key, value in values.items() if key not in LOCAL_COLUMNS}


Kinds = tuple[tuple[type, _Convert], ...]


@cache
def converters(name: str, kinds: Kinds) -> dict[str, _Convert | None]:
    """Per synchronised column of `name`, the converter of the first (type, converter) in
    `kinds` its type is an instance of; None for a column whose value passes as it is."""
    found: dict[str, _Convert | None] = {}
    for column in table(name).columns:
        if column.name not in LOCAL_COLUMNS:
            found[column.name] = next(
                (convert for kind, convert in kinds if isinstance(column.type, kind)), None
            )
    return found


def from_payload(name: str, payload: Mapping[str, Any], columns: Any = None) -> dict[str, Any]:
    """Column values for `name` from a payload; columns this schema does not have (a newer
    terminal's) are left out. `columns` limits it to those names."""
    readers = converters(name, _READERS)
    values: dict[str, Any] = {}
    for key in payload if columns is None else columns:
        if key not in readers or key not in payload:
            continue
        value = payload[key]
        reader = readers[key]
        values[key] = value if reader is None or value is None else reader(value)
    return values


def _uuid(value: Any) -> uuid.UUID:
    return uuid.UUID(value) if isinstance(value, str) else uuid.UUID(str(value))


def _datetime(value: Any) -> datetime:
    return datetime.fromisoformat(value)


def _date(value: Any) -> date:
    return date.fromisoformat(value)


def _time(value: Any) -> time:
    return time.fromisoformat(value)


def among(column: Any, ids: Sequence[Any], dialect: str) -> Any:
    """`column IN ids`; on PostgreSQL `column = ANY(array)`, one parameter whatever the count,
    so the server and the driver parse one statement instead of one per count."""
    if dialect == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=postgresql.ARRAY(column.type)))
    return column.in_(list(ids))


def chunk_size(dialect: str) -> int:
    """How many ids one `among` may take: SQLite binds one variable per id."""
    return 20_000 if dialect == "postgresql" else 500


def insert_rows(conn: Connection, statement: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (all with the same keys) with `statement` (an INSERT, maybe with ON
    CONFLICT) as one executemany: psycopg pipelines it, SQLite's driver loops in C. (Measured
    here: a pipeline beats multi-row VALUES for a thousand change-log rows by half.)"""
    if rows:
        conn.execute(statement, list(rows))


# How a JSON value becomes a column's Python value; other columns take it as it is.
_READERS: Kinds = ((Uuid, _uuid), (UTCDateTime, _datetime), (Date, _date), (Time, _time))
