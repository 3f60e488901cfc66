"""Real databases for data-layer tests: a SQLite file, or a throwaway PostgreSQL schema."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.engine import make_engine, make_session_factory
from kiosk.db.migrate import upgrade
from kiosk.db.models import Card, Patron, Visit
from kiosk.db.uow import UnitOfWork
from tests.support import require

POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@dataclass(frozen=True)
class Database:
    backend: str
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]


@functools.cache
def postgres_available() -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    try:
        with psycopg.connect(
            "host=127.0.0.1 port=5432 user=postgres dbname=test", connect_timeout=3
        ):
            return True
    except psycopg.Error:
        return False


def require_postgres() -> None:
    require(postgres_available(), "PostgreSQL server at 127.0.0.1:5432 (database test)")


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose connections live in a fresh schema, dropped afterwards."""
    import psycopg

    require_postgres()
    schema = f"t_{uuid.uuid4().hex[:16]}"
    dsn = "host=127.0.0.1 port=5432 user=postgres dbname=test"
    with psycopg.connect(dsn, autocommit=True, connect_timeout=3) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{POSTGRES_URL}?options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(dsn, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@contextmanager
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"
    else:
        with postgres_schema() as url:
            yield url


@contextmanager
def open_database(
    backend: str, tmp_path: Path, *, migrate: bool = True, busy_timeout_s: float = 5.0
) -> Iterator[Database]:
    with database_url(backend, tmp_path) as url:
        engine = make_engine(url, busy_timeout_s=busy_timeout_s)
        try:
            if migrate:
                upgrade(engine)
            yield Database(backend, url, engine, make_session_factory(engine))
        finally:
            engine.dispose()


def cheap_hasher() -> PasswordHasher:
    """Real argon2id with small costs, so PIN tests stay fast on a shared CI machine."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def add_patron(
    database: Database,
    display_name: str,
    card_number: str,
    *,
    birth_year: int | None = None,
    revoked: bool = False,
    at: datetime | None = None,
) -> uuid.UUID:
    """A patron with one card, written directly (independent of the services under test)."""
    now = at or datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
    with UnitOfWork(database.session_factory) as session:
        patron = Patron(display_name=display_name, birth_year=birth_year, created_at=now)
        session.add(patron)
        session.flush()
        session.add(
            Card(
                card_number=card_number,
                patron_id=patron.id,
                issued_at=now,
                revoked_at=now if revoked else None,
            )
        )
        return patron.id


def count_visits(database: Database, patron_id: uuid.UUID | None = None) -> int:
    query = select(func.count()).select_from(Visit)
    if patron_id is not None:
        query = query.where(Visit.patron_id == patron_id)
    with UnitOfWork(database.session_factory, write=False) as session:
        return int(session.scalar(query) or 0)
