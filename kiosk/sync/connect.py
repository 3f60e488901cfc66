"""Opening the central store, and checking it is one this kiosk can synchronise with.

Every failure is a `CentralUnavailable` (or `BadCentralUrl` for a URL that cannot work) whose
message is one plain line that never holds the password a URL may carry, and whose `failure`
is its code (kiosk.sync.failures)."""

from __future__ import annotations

import functools

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from kiosk.db.engine import location, make_engine
from kiosk.db.errors import DB_ERRORS
from kiosk.db.migrate import head_revision
from kiosk.sync.failures import BadCentralUrl, CentralUnavailable, database_failure
from kiosk.sync.status import FailureCode, SyncFailure

# A round waits this long at most for the central server to answer a connection or a lock.
CENTRAL_TIMEOUT_S = 10.0


def central_url(url: str) -> URL:
    """The URL with the psycopg driver named; BadCentralUrl for anything but PostgreSQL."""
    try:
        parsed = make_url(url)
    except SQLAlchemyError:
        raise BadCentralUrl(
            "the central URL is not a database URL (e.g. postgresql://kiosk@db.example.org/kiosk)"
        ) from None
    if parsed.get_backend_name() != "postgresql":
        raise BadCentralUrl(
            f"the central store must be PostgreSQL (postgresql://...), not {parsed.drivername!r}"
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def open_central(url: str, *, check: bool = True) -> Engine:
    """An engine on the central store; with `check`, connected once and its schema checked."""
    parsed = central_url(url)
    engine = make_engine(parsed, busy_timeout_s=CENTRAL_TIMEOUT_S, check=False)
    if check:
        try:
            with engine.connect() as conn:
                check_schema(conn, parsed)
        except BaseException:
            engine.dispose()
            raise
    return engine


def check_schema(conn: Connection, parsed: URL) -> None:
    """CentralUnavailable unless central's schema is the one this kiosk's migrations end at."""
    where = location(parsed)
    try:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        role = conn.execute(text("SELECT role FROM sync_state WHERE id = 1")).scalar()
    except DB_ERRORS as exc:
        conn.rollback()
        if "does not exist" in str(getattr(exc, "orig", exc)):
            raise _not_central(where) from None
        raise _database_unavailable(where, exc) from None
    head = _head_revision()
    if revision != head:
        raise _schema_mismatch(where, str(revision), str(head))
    if role != "central":
        raise _not_central(where)


def _not_central(where: str) -> CentralUnavailable:
    return CentralUnavailable(
        f"{where}: not a central store yet; run 'makerspace-kiosk central init' there",
        SyncFailure(FailureCode.NOT_CENTRAL),
    )


@functools.cache
def _head_revision() -> str | None:
    # Reading the migration scripts takes tens of milliseconds; they do not change while the
    # kiosk runs, and a round checks central's schema against them every time.
    return head_revision()


def _schema_mismatch(where: str, revision: str, head: str) -> CentralUnavailable:
    versions = {"central": revision, "kiosk": head}
    if revision.isdigit() and head.isdigit() and int(revision) > int(head):
        return CentralUnavailable(
            f"{where}: the central store's schema ({revision}) is newer than this kiosk's "
            f"({head}); update the kiosk software on this terminal. Nothing is lost: changes "
            "wait here until then",
            SyncFailure(FailureCode.SCHEMA_NEWER, versions),
        )
    return CentralUnavailable(
        f"{where}: the central store's schema ({revision}) is older than this kiosk's ({head}); "
        "run 'makerspace-kiosk central init' with this version against it",
        SyncFailure(FailureCode.SCHEMA_OLDER, versions),
    )


def _database_unavailable(where: str, exc: BaseException) -> CentralUnavailable:
    failure, line = database_failure(exc)
    return CentralUnavailable(f"{where}: {line}", failure)


def unavailable(parsed_url: str, exc: BaseException) -> CentralUnavailable:
    """A database failure during a round, as one line naming central without its password."""
    try:
        where = location(central_url(parsed_url))
    except BadCentralUrl:
        where = "the central store"
    return _database_unavailable(where, exc)
