"""Engine and session setup: SQLite tuned for a kiosk that must not lose a confirmed check-in,
or any SQLAlchemy URL (PostgreSQL for a central store)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe
from kiosk.file_privacy import create_private_file, ensure_private_folder

APP_NAME = "makerspace-kiosk"
DATABASE_FILE = "kiosk.sqlite3"

# Execution option a unit of work sets to take SQLite's write lock when its transaction begins,
# so two check-ins for one patron cannot both read "no recent visit" (see kiosk.db.uow).
WRITE_LOCK_OPTION = "kiosk_write_lock"

__all__ = [
    "DATABASE_FILE",
    "WRITE_LOCK_OPTION",
    "DatabaseUnavailable",
    "default_sqlite_path",
    "default_url",
    "location",
    "make_engine",
    "make_session_factory",
    "sqlite_path",
    "url_problem",
]


def default_sqlite_path() -> Path:
    """The embedded database in the platform's user data dir; the folder is created if needed."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    # If this fails, make_engine reports the missing folder in one line.
    with contextlib.suppress(OSError):
        ensure_private_folder(folder)
    return folder / DATABASE_FILE


def default_url() -> str:
    return URL.create("sqlite", database=str(default_sqlite_path())).render_as_string()


def sqlite_path(url: str | URL) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def make_engine(
    url: str | URL,
    *,
    busy_timeout_s: float = 5.0,
    connect_args: dict[str, Any] | None = None,
    check: bool = True,
) -> Engine:
    """Build an engine and check that the database can be opened.

    Raises DatabaseUnavailable (one line) for a locked, corrupt or unreachable database or a
    missing folder (a read-only file is caught by migrate.upgrade). `busy_timeout_s` bounds
    every wait for a lock, so no caller blocks forever. With check=False nothing is opened
    yet: for a kiosk that must start even when its database cannot be used, whose every use
    then fails until the database is back (same tuning, same locking)."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except SQLAlchemyError as exc:
        raise DatabaseUnavailable(f"the database URL is not valid: {exc}") from exc
    args = dict(connect_args or {})
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = _sqlite_engine(parsed, busy_timeout_s, args, check)
        else:
            engine = _server_engine(parsed, busy_timeout_s, args)
    except (SQLAlchemyError, ImportError):
        # An unknown dialect or a driver that is not installed; the CLI names the key first.
        raise DatabaseUnavailable(
            f"{location(parsed)}: {url_problem(parsed.render_as_string()) or 'unusable URL'}"
        ) from None
    if check:
        _probe(engine, parsed)
    return engine


def url_problem(url: str) -> str | None:
    """Why SQLAlchemy cannot use `url` on this installation, or None. Opens no connection and
    never echoes the URL (it may hold a password)."""
    try:
        parsed = make_url(url)
    except SQLAlchemyError:
        return "is not a database URL (e.g. 'postgresql+psycopg://kiosk@db.example.org/kiosk')"
    try:
        dialect = parsed.get_dialect()
    except SQLAlchemyError:
        return f"'{parsed.drivername}' is not a database kind this kiosk knows"
    try:
        dialect.import_dbapi()
    except ImportError as exc:
        return (
            f"'{parsed.drivername}' needs the Python package {exc.name or 'for its driver'!r}, "
            "which is not installed"
        )
    return None


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Services hand plain values out of their transaction; nothing should lazily reload.
    return sessionmaker(bind=engine, expire_on_commit=False)


def location(parsed: URL) -> str:
    """Where the database is, for messages: the file, or the URL without its password."""
    path = sqlite_path(parsed)
    if path is not None:
        return str(path)
    return parsed.render_as_string(hide_password=True)


def _sqlite_engine(parsed: URL, busy_timeout_s: float, args: dict[str, Any], check: bool) -> Engine:
    path = sqlite_path(parsed)
    if check and path is not None and not path.parent.is_dir():
        raise DatabaseUnavailable(
            f"{path}: cannot open the database file (folder {path.parent} does not exist)"
        )
    if check and path is not None:
        _create_private(path)
    args.setdefault("timeout", busy_timeout_s)
    args.setdefault("check_same_thread", False)
    engine = create_engine(parsed, connect_args=args)
    busy_ms = int(busy_timeout_s * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling would defer BEGIN until the first write; the
        # engine issues BEGIN itself (below) so a unit of work can ask for BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
            if path is not None:
                mode = cursor.execute("PRAGMA journal_mode").fetchone()
                if not mode or str(mode[0]).lower() != "wal":
                    cursor.execute("PRAGMA journal_mode = WAL")
            # A check-in the screen has confirmed must survive a power cut.
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_LOCK_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def _create_private(path: Path) -> None:
    # SQLite gives its -wal and -shm files the database file's mode, so a database file made
    # 0600 here keeps all three private whatever the umask. An empty file is a new database.
    # An existing file is kept as it is; a missing folder or no access is for the probe to
    # report in one line.
    with contextlib.suppress(OSError):
        os.close(create_private_file(path))


def _server_engine(parsed: URL, busy_timeout_s: float, args: dict[str, Any]) -> Engine:
    if parsed.get_backend_name() == "postgresql":
        timeout_ms = int(busy_timeout_s * 1000)
        options = " ".join(
            part
            for part in (
                str(parsed.query.get("options", "")),
                str(args.get("options", "")),
                # A row lock held by a stuck transaction elsewhere must not hang a kiosk.
                f"-c lock_timeout={timeout_ms}",
            )
            if part
        )
        args["options"] = options
        args.setdefault("connect_timeout", max(1, int(busy_timeout_s)))
    return create_engine(parsed, connect_args=args, pool_pre_ping=True)


def _probe(engine: Engine, parsed: URL) -> None:
    try:
        with engine.connect() as conn:
            if parsed.get_backend_name() == "sqlite":
                # Reads page 1: fails at once on a file that is not a SQLite database.
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            else:
                conn.exec_driver_sql("SELECT 1").scalar()
    except DB_ERRORS as exc:
        engine.dispose()
        raise DatabaseUnavailable(f"{location(parsed)}: {describe(exc)}") from exc
