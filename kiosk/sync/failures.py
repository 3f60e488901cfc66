"""Why a round failed, and why a database refused a change, as codes a screen can word in the
staff's language (`kiosk.sync.status`), beside the plain English line the log and the command
line print.

A failure the sync code raises itself carries its code (`CentralUnavailable`,
`TerminalRevoked`, `BadCentralUrl`, `NotJoined` in kiosk.sync.round); a database failure is
coded from what the driver said (`kiosk.db.errors.classify`); anything else is
`FailureCode.OTHER`."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from sqlalchemy.exc import DataError, DBAPIError

from kiosk.db.errors import DB_ERRORS, Fault, classify
from kiosk.errors import InvalidInput, PermissionDenied, Unavailable
from kiosk.sync.status import FailureCode, RefusalCode, SyncFailure

_FAULTS: Mapping[Fault, FailureCode] = {
    Fault.LOGIN: FailureCode.LOGIN_REFUSED,
    Fault.UNREACHABLE: FailureCode.UNREACHABLE,
    Fault.REFUSED: FailureCode.CONNECTION_REFUSED,
    Fault.LOST: FailureCode.CONNECTION_LOST,
    Fault.TIMEOUT: FailureCode.TIMED_OUT,
    Fault.TLS: FailureCode.TLS,
    Fault.MISSING: FailureCode.NO_DATABASE,
}


class CentralUnavailable(Unavailable):
    """Central cannot be used now; str() is the English line, `failure` the code."""

    def __init__(self, message: str, failure: SyncFailure) -> None:
        super().__init__(message)
        self.failure = failure


class TerminalRevoked(PermissionDenied):
    """Central shut this terminal out (`central revoke-terminal`)."""

    failure = SyncFailure(FailureCode.REVOKED)


class BadCentralUrl(InvalidInput):
    """`[sync] central_url` cannot name a central store."""

    failure = SyncFailure(FailureCode.BAD_URL)


def database_failure(exc: BaseException) -> tuple[SyncFailure, str]:
    """A database failure while talking to central: its code and its English line."""
    fault, line = classify(exc)
    return SyncFailure(_FAULTS.get(fault, FailureCode.OTHER)), line


def failure_of(error: BaseException) -> SyncFailure:
    """The code of whatever a round ended in."""
    failure = getattr(error, "failure", None)
    if isinstance(failure, SyncFailure):
        return failure
    if isinstance(error, DB_ERRORS):
        return database_failure(error)[0]
    return SyncFailure(FailureCode.OTHER)


# PostgreSQL's SQLSTATEs for the constraints a change can break.
_SQLSTATES: Mapping[str, RefusalCode] = {
    "23P01": RefusalCode.BOOKING_OVERLAP,  # reservations_no_overlap, the only exclusion
    "23505": RefusalCode.DUPLICATE,
    "23503": RefusalCode.MISSING_LINK,
    "23502": RefusalCode.INVALID_VALUE,
    "23514": RefusalCode.INVALID_VALUE,
}
# SQLite's messages start with the kind of constraint.
_SQLITE_PREFIXES: tuple[tuple[str, RefusalCode], ...] = (
    ("unique constraint failed", RefusalCode.DUPLICATE),
    ("foreign key constraint failed", RefusalCode.MISSING_LINK),
    ("not null constraint failed", RefusalCode.INVALID_VALUE),
    ("check constraint failed", RefusalCode.INVALID_VALUE),
)


def refusal_code(exc: BaseException) -> RefusalCode:
    """Which constraint refused a change, from the database's error."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    sqlstate = getattr(original, "sqlstate", None)
    if isinstance(sqlstate, str):
        if sqlstate in _SQLSTATES:
            return _SQLSTATES[sqlstate]
        if sqlstate.startswith("22"):  # data exceptions: a value too long, out of range
            return RefusalCode.INVALID_VALUE
    if isinstance(original, sqlite3.Error):
        lowered = str(original).lower()
        for prefix, code in _SQLITE_PREFIXES:
            if lowered.startswith(prefix):
                return code
    if isinstance(exc, DataError):
        return RefusalCode.INVALID_VALUE
    return RefusalCode.OTHER
