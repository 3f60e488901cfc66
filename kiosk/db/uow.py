"""One transaction per use case."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.engine import WRITE_LOCK_OPTION


@contextmanager
def unit_of_work(factory: sessionmaker[Session], *, write: bool = True) -> Iterator[Session]:
    """Commit if the block finishes, roll back if it raises.

    A write unit takes SQLite's write lock up front (BEGIN IMMEDIATE), so a read-then-write
    invariant cannot be broken by another connection between the read and the write; on a
    server database the use case locks the rows it guards with SELECT ... FOR UPDATE."""
    with factory() as session:
        try:
            if write:
                session.connection(execution_options={WRITE_LOCK_OPTION: True})
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
