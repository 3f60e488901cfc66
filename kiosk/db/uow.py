"""One transaction per use case, and the hook where a change's companion rows are written.

Every service opens its transaction with `UnitOfWork`. Callables registered on a session
factory with `add_before_commit` run inside every write unit of that factory just before it
commits, with the session and the rows the unit changed: the offline outbox writes its row
there, so the row commits with the change it records or rolls back with it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kiosk.db.engine import WRITE_LOCK_OPTION
from kiosk.db.models import Tracked
from kiosk.errors import Conflict


@dataclass
class Changes:
    """The ORM objects a unit of work added, changed or deleted, in the order first seen.

    Rows written with Core statements (`insert(...)`, `update(...)`) are not tracked here; a use
    case whose change must be recorded writes through the ORM."""

    new: list[object] = field(default_factory=list)
    dirty: list[object] = field(default_factory=list)
    deleted: list[object] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.new or self.dirty or self.deleted)


BeforeCommit = Callable[[Session, Changes], None]
AfterBulkWrite = Callable[[Connection, datetime], None]

_HOOKS_KEY = "kiosk_before_commit"
_BULK_HOOKS_KEY = "kiosk_after_bulk_write"
_CLOCK_KEY = "kiosk_clock"


def use_clock(factory: sessionmaker[Session], now: Callable[[], datetime]) -> None:
    """Stamp `created_at` and `updated_at` of rows written through `factory`'s write units with
    `now()` (the services' injectable clock) instead of the system clock."""
    info: dict[str, Any] = factory.kw.setdefault("info", {})
    info[_CLOCK_KEY] = now


def session_now(session: Session) -> datetime:
    """The time by the clock `use_clock` gave the session's factory, else the system's."""
    now: Callable[[], datetime] | None = session.info.get(_CLOCK_KEY)
    return now() if now is not None else datetime.now(UTC)


def add_before_commit(factory: sessionmaker[Session], hook: BeforeCommit) -> None:
    """Run `hook(session, changes)` in every write unit of work made from `factory`, after the
    use case and before the commit. What the hook adds to the session commits with the change;
    if the hook raises, nothing of the unit is saved."""
    info: dict[str, Any] = factory.kw.setdefault("info", {})
    info.setdefault(_HOOKS_KEY, []).append(hook)


def add_after_bulk_write(factory: sessionmaker[Session], hook: AfterBulkWrite) -> None:
    """Run `hook(connection, at)` when a bulk writer that bypasses the ORM (the patron import)
    finishes, inside its last transaction: the outbox records the rows it wrote there."""
    info: dict[str, Any] = factory.kw.setdefault("info", {})
    info.setdefault(_BULK_HOOKS_KEY, []).append(hook)


def after_bulk_write(factory: sessionmaker[Session], conn: Connection, at: datetime) -> None:
    """Called by bulk writers in their last transaction; see `add_after_bulk_write`."""
    for hook in factory.kw.get("info", {}).get(_BULK_HOOKS_KEY, []):
        hook(conn, at)


class UnitOfWork:
    """`with UnitOfWork(factory) as session:` commits if the block finishes and rolls back if it
    raises; the exception passes through unchanged (services turn database failures into
    `DatabaseUnavailable`), except that a row changed by someone else since this unit read it
    (its `row_version` moved on) ends the unit with `Conflict`.

    A write unit (the default) takes SQLite's write lock up front (BEGIN IMMEDIATE), so a
    read-then-write invariant cannot be broken by another connection between the read and the
    write; on a server database the use case locks the rows it guards with SELECT ... FOR UPDATE.
    A read unit (`write=False`) takes no lock, runs no hooks and never commits: whatever it
    changed is discarded."""

    def __init__(self, factory: sessionmaker[Session], *, write: bool = True) -> None:
        self._factory = factory
        self.write = write
        self.changes = Changes()
        self._session: Session | None = None

    def __enter__(self) -> Session:
        session = self._factory()
        self._session = session
        try:
            if self.write:
                session.connection(execution_options={WRITE_LOCK_OPTION: True})
        except BaseException:
            session.close()
            self._session = None
            raise
        if self.write:
            event.listen(session, "before_flush", self._collect)
        return session

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self._session
        assert session is not None, "UnitOfWork exited without being entered"
        self._session = None
        try:
            if exc is None and self.write:
                try:
                    session.flush()
                    self._run_hooks(session)
                    session.commit()
                except StaleDataError as stale:
                    session.rollback()
                    raise _stale(stale) from stale
                except BaseException:
                    session.rollback()
                    raise
            elif exc is not None:
                session.rollback()
            # A read unit ends with close(): the transaction is given up, and the rows it loaded
            # stay readable (a rollback would expire them).
        finally:
            if self.write:
                event.remove(session, "before_flush", self._collect)
            session.close()
        if isinstance(exc, StaleDataError):
            raise _stale(exc) from exc

    def _collect(self, session: Session, _context: object, _instances: object) -> None:
        seen = {id(obj) for obj in (*self.changes.new, *self.changes.dirty, *self.changes.deleted)}
        for target, objects in (
            (self.changes.new, session.new),
            (self.changes.dirty, session.dirty),
            (self.changes.deleted, session.deleted),
        ):
            for obj in objects:
                if id(obj) not in seen:
                    seen.add(id(obj))
                    target.append(obj)
        now: Callable[[], datetime] | None = session.info.get(_CLOCK_KEY)
        if now is not None:
            _stamp(session, now())

    def _run_hooks(self, session: Session) -> None:
        hooks: list[BeforeCommit] = session.info.get(_HOOKS_KEY, [])
        if not hooks:
            return
        changes = Changes(
            list(self.changes.new), list(self.changes.dirty), list(self.changes.deleted)
        )
        for hook in hooks:
            hook(session, changes)
        # Rows the hooks added are written now, inside this transaction.
        session.flush()


def _stale(exc: StaleDataError) -> Conflict:
    return Conflict("the record was changed elsewhere meanwhile; nothing was saved, try again")


def _stamp(session: Session, at: datetime) -> None:
    for obj in session.new:
        if isinstance(obj, Tracked):
            # Still None before the first flush unless the use case set it (a patron's
            # enrolment time), which is kept.
            if obj.created_at is None:
                obj.created_at = at
            if obj.updated_at is None:
                obj.updated_at = obj.created_at
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            obj.updated_at = at
