"""The staff role check made inside a use case's write: the account is read in the database,
and a granted action is audited with the change it makes."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from kiosk.core.audit import record_event
from kiosk.core.permissions import StaffAction, allowed
from kiosk.db.models import StaffAccount
from kiosk.errors import NotFound


class ActionRefused(Exception):
    """The role may not do `action`: the caller rolls its write back and audits the refusal
    on its own, once the write lock is released."""

    def __init__(self, action: StaffAction, role: str) -> None:
        super().__init__(action.value)
        self.action = action
        self.role = role


def require_action(
    session: Session,
    staff_id: uuid.UUID,
    action: StaffAction,
    *,
    at: datetime,
    terminal_id: uuid.UUID | None,
    detail: Mapping[str, object] | None = None,
) -> StaffAccount:
    account = session.get(StaffAccount, staff_id)
    if account is None:
        raise NotFound("this staff account no longer exists")
    if not allowed(account.role, action):
        raise ActionRefused(action, account.role)
    record_event(
        session,
        at=at,
        action="staff_action",
        actor_kind="staff",
        actor_id=staff_id,
        terminal_id=terminal_id,
        detail={"action": action.value, "role": account.role, **(detail or {})},
    )
    return account
