"""Transactions on this terminal's own database outside the services' units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

from kiosk.db.engine import WRITE_LOCK_OPTION


@contextmanager
def write_unit(engine: Engine) -> Iterator[Connection]:
    """A write transaction that takes SQLite's write lock at its start, as a unit of work
    does, so a round and a check-in never interleave inside one another's transaction."""
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE_LOCK_OPTION: True})
        with conn.begin():
            yield conn
