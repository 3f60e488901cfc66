"""The staff check that the core's staff-facing services share: every call opens its unit of
work behind the staff member's role, as the database holds it now. A grant is audited with the
change it makes; a refusal rolls the change back, is audited on its own and ends in
PermissionDenied."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.clock import Clock
from kiosk.core.console import StaffActionRefused, check_staff_action, require_staff_action
from kiosk.core.permissions import StaffAction
from kiosk.db.errors import database_errors
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import PermissionDenied


class StaffChecked:
    """The staff check every call of a subclass passes through (trainings, sync review)."""

    def __init__(
        self, session_factory: sessionmaker[Session], clock: Clock, terminal_code: str
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._terminal = TerminalRef(session_factory, terminal_code)

    @contextmanager
    def _staff_unit(
        self, staff_id: uuid.UUID | None, action: StaffAction, *, write: bool = True
    ) -> Iterator[tuple[Session, uuid.UUID]]:
        """A unit of work in which `staff_id` may do `action`; the grant is audited with the
        change. A refusal rolls back and is audited in a transaction of its own."""
        with database_errors():
            terminal_id = self._terminal.id()  # before the write lock: it may write itself
            try:
                with UnitOfWork(self._session_factory) as session:
                    if staff_id is not None:  # None: the command line, audited as the system
                        require_staff_action(
                            session, staff_id, action, at=self._clock.now(), terminal_id=terminal_id
                        )
                    if write:
                        yield session, terminal_id
                # A read commits the audit entry of the grant first, then reads unlocked.
                if not write:
                    with UnitOfWork(self._session_factory, write=False) as session:
                        yield session, terminal_id
            except StaffActionRefused as refused:
                assert staff_id is not None  # only a staff member's action is refused
                with UnitOfWork(self._session_factory) as session:
                    check_staff_action(
                        session, staff_id, action, at=self._clock.now(), terminal_id=terminal_id
                    )
                raise PermissionDenied(
                    f"a {refused.role} account may not {action.value.replace('_', ' ')}"
                ) from None

    def _event(
        self,
        session: Session,
        action: str,
        staff_id: uuid.UUID | None,
        terminal_id: uuid.UUID,
        *,
        patron_id: uuid.UUID | None = None,
        detail: Mapping[str, object] | None = None,
    ) -> None:
        record_event(
            session,
            at=self._clock.now(),
            action=action,
            actor_kind="staff" if staff_id is not None else "system",
            actor_id=staff_id,
            subject_kind="patron" if patron_id is not None else None,
            subject_id=patron_id,
            terminal_id=terminal_id,
            detail=detail,
        )
