"""Schema migrations, applied from code: no alembic.ini, works from an installed package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from kiosk.db.engine import WRITE_LOCK_OPTION
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe

__all__ = ["DatabaseUnavailable", "alembic_config", "current_revision", "head_revision", "upgrade"]

SCRIPT_LOCATION = Path(__file__).resolve().with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """A programmatic Alembic config; env.py runs on `connection` when one is given."""
    config = Config()
    # ConfigParser interpolation treats % specially, and a user's home path may contain one.
    config.set_main_option("script_location", str(SCRIPT_LOCATION).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DB_ERRORS as exc:
        raise DatabaseUnavailable(describe(exc)) from exc


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision`; a no-op when it is already there.

    Runs in one transaction holding the write lock, so two processes starting at once do not
    both migrate. Raises DatabaseUnavailable (one line) when the database cannot be used."""
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(**{WRITE_LOCK_OPTION: True})
            with conn.begin():
                command.upgrade(alembic_config(conn), revision)
                if conn.dialect.name == "sqlite":
                    _prove_writable(conn)
    except DB_ERRORS as exc:
        raise DatabaseUnavailable(describe(exc)) from exc


def _prove_writable(conn: Connection) -> None:
    # SQLite opens a read-only file without complaint and only fails at the first write, which
    # would be a patron's check-in. Rewriting the header's user_version with its own value is
    # a real write that changes nothing, so a read-only file is reported at start instead.
    version = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    conn.exec_driver_sql(f"PRAGMA user_version = {version}")
