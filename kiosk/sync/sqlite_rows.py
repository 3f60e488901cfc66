"""Rows pulled into a terminal's SQLite file, written straight from their JSON.

A first pull brings every library row (100,000 patrons for a large library). Turning each
JSON value into a Python object and SQLAlchemy turning it back into SQLite's stored text took
most of that time; this writes the stored form directly. It must store exactly what the
column types store (kiosk.db.types.UTCDateTime over SQLAlchemy's SQLite DATETIME, Uuid as 32
hex digits, JSON as text): tests read every synchronised row back through the models."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Time, Uuid

from kiosk.db.types import UTCDateTime
from kiosk.sync.tables import Kinds, converters

_Store = Callable[[Any], Any]
# len("2026-01-05T08:00:00+00:00") and with microseconds.
_ISO_UTC = 25
_ISO_UTC_MICRO = 32


def _uuid(value: Any) -> Any:
    return value.replace("-", "") if isinstance(value, str) else value


def _utc_datetime(value: Any) -> Any:
    if isinstance(value, str) and value.endswith("+00:00"):
        if len(value) == _ISO_UTC_MICRO:
            return f"{value[:10]} {value[11:26]}"
        if len(value) == _ISO_UTC:
            return f"{value[:10]} {value[11:19]}.000000"
    moment = datetime.fromisoformat(value).astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _time(value: Any) -> Any:
    return value if "." in value else f"{value}.000000"


def _boolean(value: Any) -> Any:
    return int(bool(value))


def _json(value: Any) -> Any:
    return json.dumps(value)


# Stored forms by column type; text, numbers and dates are stored as JSON has them.
_STORES: Kinds = (
    (Uuid, _uuid),
    (UTCDateTime, _utc_datetime),
    (Time, _time),
    (Boolean, _boolean),
    (JSON, _json),
)


def _stores(name: str) -> dict[str, _Store | None]:
    return converters(name, _STORES)


def columns_of(name: str, payload: Mapping[str, Any]) -> tuple[str, ...]:
    stores = _stores(name)
    return tuple(sorted(key for key in payload if key in stores))


def insert_payloads(conn: Connection, name: str, payloads: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows of `name` given as payloads that all hold the same columns."""
    stores = _stores(name)
    columns = columns_of(name, payloads[0])
    converters = [stores[column] for column in columns]
    rows = [
        tuple(
            value if store is None or value is None else store(value)
            for store, value in zip(converters, (payload[c] for c in columns), strict=True)
        )
        for payload in payloads
    ]
    names = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', rows)
