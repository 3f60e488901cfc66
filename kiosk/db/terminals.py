"""This kiosk's terminal and branch rows, with the ids derived from the codes in its config.

The ids are the same in every database and after every reinstall (see kiosk.ids), so rows a
terminal made offline point at the same terminal and branch wherever they are synchronised."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.models import Branch, Terminal
from kiosk.db.uow import UnitOfWork
from kiosk.ids import branch_uuid, terminal_uuid

_Row = TypeVar("_Row", Branch, Terminal)


@dataclass(frozen=True)
class TerminalIdentity:
    """What the configuration says about this kiosk and its branch."""

    code: str
    name: str
    branch_code: str
    branch_name: str
    timezone: str = "UTC"


def terminal_id_for(
    session: Session, code: str, *, name: str = "", branch_id: uuid.UUID | None = None
) -> uuid.UUID:
    """The id of the terminal configured as `code`; its row is made (with `name` and
    `branch_id`) if it is missing."""
    terminal_id = terminal_uuid(code)
    if session.get(Terminal, terminal_id) is None:
        row = Terminal(id=terminal_id, code=code, name=name or code, branch_id=branch_id)
        _insert_once(session, row)
    return terminal_id


def register_terminal(session: Session, identity: TerminalIdentity) -> uuid.UUID:
    """Make or update this kiosk's branch and terminal rows from the configuration; returns the
    terminal id. Names follow the configuration; ids never change."""
    branch_id = branch_uuid(identity.branch_code)
    branch = session.get(Branch, branch_id)
    if branch is None:
        branch = _insert_once(
            session,
            Branch(
                id=branch_id,
                code=identity.branch_code,
                name=identity.branch_name,
                timezone=identity.timezone,
            ),
        )
    _assign(branch, name=identity.branch_name, timezone=identity.timezone)
    terminal_id = terminal_id_for(session, identity.code, name=identity.name, branch_id=branch_id)
    terminal = session.get(Terminal, terminal_id)
    assert terminal is not None
    _assign(terminal, name=identity.name, branch_id=branch_id)
    return terminal_id


def _assign(row: Branch | Terminal, **values: object) -> None:
    # Only real changes: an unchanged row keeps its updated_at and row_version.
    for column, value in values.items():
        if getattr(row, column) != value:
            setattr(row, column, value)


def _insert_once(session: Session, row: _Row) -> _Row:
    # Another connection may create the same row at the same moment; the savepoint keeps the
    # caller's transaction usable when the primary key says so.
    try:
        with session.begin_nested():
            session.add(row)
        return row
    except IntegrityError:
        found = session.get(type(row), row.id)
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
