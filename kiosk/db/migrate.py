"""Schema migrations, applied from code: no alembic.ini, works from an installed package."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine

from kiosk.db.engine import WRITE_LOCK_OPTION, location
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe

__all__ = [
    "DatabaseUnavailable",
    "alembic_config",
    "autogenerate_revision",
    "current_revision",
    "head_revision",
    "upgrade",
]

SCRIPT_LOCATION = Path(__file__).resolve().with_name("migrations")
# First key of the two-key advisory lock that serialises migrations on PostgreSQL (the second is
# the schema's name hashed): any constant other software on the server is unlikely to use.
MIGRATION_LOCK_NAMESPACE = 0x4B494F53  # "KIOS"
MIGRATION_LOCK_WAIT_S = 300


def _escape(path: Path) -> str:
    # ConfigParser interpolation treats % specially, and a user's home path may contain one.
    return str(path).replace("%", "%%")


def alembic_config(
    connection: Connection | None = None, *, extra_versions: Path | None = None
) -> Config:
    """A programmatic Alembic config; env.py runs on `connection` when one is given."""
    config = Config()
    config.set_main_option("script_location", _escape(SCRIPT_LOCATION))
    config.set_main_option("path_separator", "os")
    if extra_versions is not None:
        locations = [SCRIPT_LOCATION / "versions", extra_versions]
        config.set_main_option("version_locations", os.pathsep.join(_escape(p) for p in locations))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DB_ERRORS as exc:
        raise DatabaseUnavailable(f"{location(engine.url)}: {describe(exc)}") from exc


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision`; a no-op when it is already there.

    Runs in one transaction holding the write lock, so two processes starting at once do not
    both migrate. Raises DatabaseUnavailable (one line) when the database cannot be used."""
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(**{WRITE_LOCK_OPTION: True})
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    _serialise_on_postgresql(conn)
                command.upgrade(alembic_config(conn), revision)
                if conn.dialect.name == "sqlite":
                    _prove_writable(conn)
    except DB_ERRORS as exc:
        raise DatabaseUnavailable(f"{location(engine.url)}: {describe(exc)}") from exc
    except CommandError as exc:
        # Typically a database already upgraded by a newer kiosk, after IT rolled back.
        raise DatabaseUnavailable(
            f"{location(engine.url)}: its schema is not one this version knows ({exc}); "
            "it may have been upgraded by a newer version of the kiosk"
        ) from exc


def _serialise_on_postgresql(conn: Connection) -> None:
    # Kiosks starting together against an empty central schema would each try to create the
    # tables, and all but one would fail. A transaction-scoped advisory lock, keyed to the
    # schema, lets one migrate while the others wait; they then find the schema at head. The
    # wait may outlast the connection's short lock_timeout, which is meant for row locks.
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{MIGRATION_LOCK_WAIT_S}s'")
    conn.exec_driver_sql(
        "SELECT pg_advisory_xact_lock(%(namespace)s, hashtext(current_schema()))",
        {"namespace": MIGRATION_LOCK_NAMESPACE},
    )


def _prove_writable(conn: Connection) -> None:
    # SQLite opens a read-only file without complaint and only fails at the first write, which
    # would be a patron's check-in. Rewriting the header's user_version with its own value is
    # a real write that changes nothing, so a read-only file is reported at start instead.
    version = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    conn.exec_driver_sql(f"PRAGMA user_version = {version}")


def autogenerate_revision(message: str, *, version_path: Path | None = None) -> Path | None:
    """For developers changing the models: write the next migration, numbered after the
    head, from the difference between the models and a scratch database at head.

        python -m kiosk.db.migrate "add equipment table"

    Review the file and run ruff format on it before committing. Returns its path (None when
    nothing was written); `version_path` writes it elsewhere, e.g. for a test."""
    from sqlalchemy import create_engine  # a plain engine: the scratch file needs no tuning

    head = head_revision()
    next_id = f"{int(head) + 1:04d}" if head and head.isdigit() else None
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'scratch.sqlite3'}")
        try:
            with engine.connect() as conn, conn.begin():
                command.upgrade(alembic_config(conn), "head")
                config = alembic_config(conn, extra_versions=version_path)
                script = command.revision(
                    config,
                    message=message,
                    autogenerate=True,
                    rev_id=next_id,
                    version_path=str(version_path) if version_path else None,
                )
        finally:
            engine.dispose()
    if script is None or isinstance(script, list):
        return None
    return Path(script.path)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print('usage: python -m kiosk.db.migrate "what the migration does"', file=sys.stderr)
        sys.exit(2)
    written = autogenerate_revision(sys.argv[1])
    print(f"wrote {written}" if written else "nothing written")
