"""The audit trail: who did what, when, on which terminal."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.models import AuditEvent, Terminal
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput

ACTOR_KINDS = ("staff", "patron", "system")
# Keys an audit detail may never carry: the trail outlives the patron's data.
FORBIDDEN_DETAIL_KEYS = frozenset(
    {"card", "card_number", "number", "name", "display_name", "pin", "payload", "barcode"}
)


def check_audit_detail(detail: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-ready copy of `detail`; refuses keys that would put identities in the trail."""
    bad = sorted(key for key in detail if key.lower() in FORBIDDEN_DETAIL_KEYS)
    if bad:
        raise InvalidInput(f"audit detail must not carry {', '.join(bad)}")
    return dict(detail)


def record_event(
    session: Session,
    *,
    at: datetime,
    action: str,
    actor_kind: str = "system",
    actor_id: uuid.UUID | None = None,
    subject_kind: str | None = None,
    subject_id: uuid.UUID | None = None,
    terminal_id: uuid.UUID | None = None,
    detail: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Add an event to the caller's transaction, so it commits or rolls back with the change."""
    if actor_kind not in ACTOR_KINDS:
        raise InvalidInput(f"actor kind must be one of {', '.join(ACTOR_KINDS)}")
    event = AuditEvent(
        at=at,
        action=action,
        actor_kind=actor_kind,
        actor_id=actor_id,
        subject_kind=subject_kind,
        subject_id=subject_id,
        terminal_id=terminal_id,
        detail=check_audit_detail(detail or {}),
    )
    session.add(event)
    return event


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    action: str
    actor_kind: str
    actor_id: uuid.UUID | None
    subject_kind: str | None
    subject_id: uuid.UUID | None
    terminal: str | None
    detail: dict[str, Any]


class AuditTrail:
    """Reads the trail for staff screens and reports."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def recent(self, limit: int = 50, action: str | None = None) -> list[AuditEntry]:
        query = (
            select(AuditEvent, Terminal.code)
            .outerjoin(Terminal, Terminal.id == AuditEvent.terminal_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .limit(limit)
        )
        if action is not None:
            query = query.where(AuditEvent.action == action)
        with UnitOfWork(self._session_factory, write=False) as session:
            return [
                AuditEntry(
                    at=event.at,
                    action=event.action,
                    actor_kind=event.actor_kind,
                    actor_id=event.actor_id,
                    subject_kind=event.subject_kind,
                    subject_id=event.subject_id,
                    terminal=code,
                    detail=dict(event.detail or {}),
                )
                for event, code in session.execute(query)
            ]
