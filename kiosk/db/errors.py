"""Turning database failures into one plain line a person can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kiosk.errors import Unavailable

# What a database call can raise when the database, not the caller, is at fault; services
# catch exactly these and turn them into an "unavailable" answer.
DB_ERRORS: tuple[type[BaseException], ...] = (SQLAlchemyError, sqlite3.Error, OSError)


class DatabaseUnavailable(Unavailable):
    """The database cannot be used right now; str() is one line saying why."""


class Fault(StrEnum):
    """What kind of trouble a database failure is, for a caller that words it itself."""

    LOGIN = "login"
    UNREACHABLE = "unreachable"
    REFUSED = "refused"
    LOST = "lost"
    TIMEOUT = "timeout"
    TLS = "tls"
    MISSING = "missing"
    OTHER = "other"


# Matched against the driver's message; first hit wins. TLS comes after the host and
# connection needles: a server's host name may hold "ssl" and is quoted in those messages.
_REASONS: tuple[tuple[str, Fault, str], ...] = (
    ("database is locked", Fault.OTHER, "the database file is locked by another program"),
    ("database table is locked", Fault.OTHER, "the database file is locked by another program"),
    ("readonly database", Fault.OTHER, "the database file is read-only"),
    ("read-only", Fault.OTHER, "the database file is read-only"),
    (
        "unable to open database file",
        Fault.OTHER,
        "cannot open the database file (missing folder or no access)",
    ),
    ("file is not a database", Fault.OTHER, "the file is not a kiosk database or is corrupt"),
    ("file is encrypted", Fault.OTHER, "the file is not a kiosk database or is corrupt"),
    ("disk image is malformed", Fault.OTHER, "the database file is corrupt"),
    ("disk i/o error", Fault.OTHER, "the disk reported an error while using the database"),
    ("database or disk is full", Fault.OTHER, "the disk is full"),
    ("password authentication failed", Fault.LOGIN, "the database server refused the login"),
    (
        "no pg_hba.conf entry",
        Fault.LOGIN,
        "the database server refused the login from this machine",
    ),
    ('role "', Fault.LOGIN, "the database server refused the login (no such user)"),
    (
        "could not translate host name",
        Fault.UNREACHABLE,
        "cannot reach the database server (unknown host name)",
    ),
    (
        "failed to resolve host",
        Fault.UNREACHABLE,
        "cannot reach the database server (unknown host name)",
    ),
    ("connection refused", Fault.REFUSED, "the database server refused the connection"),
    ("server closed the connection", Fault.LOST, "the connection to the database server was lost"),
    ("connection is lost", Fault.LOST, "the connection to the database server was lost"),
    ("connection reset", Fault.LOST, "the connection to the database server was lost"),
    ("ssl", Fault.TLS, "the secure (TLS) connection to the database server failed"),
    ("certificate", Fault.TLS, "the secure (TLS) connection to the database server failed"),
    ("could not connect", Fault.UNREACHABLE, "cannot reach the database server"),
    ("timeout", Fault.TIMEOUT, "the database did not answer in time"),
    ("does not exist", Fault.MISSING, "the database or schema does not exist"),
)


def classify(exc: BaseException) -> tuple[Fault, str]:
    """What kind of failure `exc` is, and one line saying so: no SQL, no parameters, safe for
    a log and for a staff-facing message."""
    original: BaseException = exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        original = exc.orig
    text = str(original).strip().splitlines()[0] if str(original).strip() else ""
    lowered = text.lower()
    for needle, fault, reason in _REASONS:
        if needle in lowered:
            return fault, reason
    # SQLite's messages never quote row values; a server's may (a duplicate key names it), so
    # only the error's type is kept for those.
    if isinstance(original, sqlite3.Error | OSError):
        return Fault.OTHER, f"database error: {type(original).__name__}: {text[:120]}"
    return Fault.OTHER, f"database error: {type(original).__name__}"


def describe(exc: BaseException) -> str:
    """One line, no SQL, no parameters: safe for a log and for a staff-facing message."""
    return classify(exc)[1]


# PostgreSQL's codes for "try the transaction again": a deadlock (two terminals inserting
# overlapping bookings wait on each other's exclusion-constraint check) and a serialization
# failure. Nothing was written; running it again gives the answer it would have given alone.
_TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})


def is_transient_conflict(exc: BaseException) -> bool:
    """True when the server aborted the transaction only because another ran at once."""
    if not isinstance(exc, DBAPIError) or exc.orig is None:
        return False
    return getattr(exc.orig, "sqlstate", None) in _TRANSIENT_SQLSTATES


@contextmanager
def database_errors() -> Iterator[None]:
    """A database failure inside the block leaves it as DatabaseUnavailable, one plain line."""
    try:
        yield
    except DB_ERRORS as exc:
        raise DatabaseUnavailable(describe(exc)) from exc
