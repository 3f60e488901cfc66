"""Terminals for sync tests: the kiosk's own services over their own SQLite file, built from a
configuration as the kiosk builds them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from kiosk.config import (
    CardsSection,
    Config,
    DatabaseSection,
    FilesSection,
    LibrarySection,
    TerminalSection,
)
from kiosk.core.clock import FixedClock
from kiosk.db.models_sync import OutboxChange
from kiosk.db.uow import UnitOfWork
from kiosk.services import Services, open_services
from tests.db.backends import Database

KEY = bytes(range(32))
# A Monday morning before opening, in UTC.
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def terminal_config(
    url: str, code: str = "kiosk-1", branch: str = "main", files: Path | None = None
) -> Config:
    """`files`: the terminal's own file store (None: the user data folder's)."""
    return Config(
        library=LibrarySection(branch=f"{branch.title()} Branch", branch_code=branch),
        terminal=TerminalSection(id=code, name=code),
        database=DatabaseSection(url=url),
        cards=CardsSection(keys={"K1": KEY}, signing_key_id="K1"),
        files=FilesSection(store_dir=files),
    )


@contextmanager
def kiosk_services(
    url: str,
    code: str = "kiosk-1",
    branch: str = "main",
    clock: FixedClock | None = None,
    files: Path | None = None,
) -> Iterator[Services]:
    config = terminal_config(url, code, branch, files)
    services = open_services(config, clock=clock or FixedClock(START))
    try:
        yield services
    finally:
        services.close()


def as_database(services: Services, backend: str = "sqlite") -> Database:
    return Database(backend, "", services.engine, services.sessions)


def outbox(services: Services) -> list[tuple[str, str, str]]:
    """(table, row id, op) of every outbox record, in order."""
    with UnitOfWork(services.sessions, write=False) as session:
        rows = session.execute(
            select(OutboxChange.table_name, OutboxChange.row_id, OutboxChange.op).order_by(
                OutboxChange.position
            )
        ).all()
    return [(name, str(row_id), op) for name, row_id, op in rows]
