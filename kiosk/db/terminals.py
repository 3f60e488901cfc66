"""This kiosk's Terminal row, found or made from the terminal id in its config."""

from __future__ import annotations

import threading
import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.models import Terminal
from kiosk.db.uow import UnitOfWork


def terminal_id_for(session: Session, code: str) -> uuid.UUID:
    found = session.scalar(select(Terminal.id).where(Terminal.code == code))
    if found is not None:
        return found
    # Another connection may create the same row at the same moment; the savepoint keeps the
    # caller's transaction usable when the unique constraint says so.
    try:
        with session.begin_nested():
            terminal = Terminal(code=code, name=code)
            session.add(terminal)
        return terminal.id
    except IntegrityError:
        found = session.scalar(select(Terminal.id).where(Terminal.code == code))
        if found is None:
            raise
        return found


class TerminalRef:
    """This kiosk's terminal row id, made on first use in its own committed transaction (so a
    later rollback cannot leave a cached id that points nowhere); thread-safe."""

    def __init__(self, session_factory: sessionmaker[Session], code: str) -> None:
        self.code = code
        self._session_factory = session_factory
        self._id: uuid.UUID | None = None
        self._lock = threading.Lock()

    def id(self) -> uuid.UUID:
        with self._lock:
            if self._id is None:
                with UnitOfWork(self._session_factory) as session:
                    self._id = terminal_id_for(session, self.code)
            return self._id
