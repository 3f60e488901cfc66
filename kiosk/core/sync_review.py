"""The conflicts a sync round left for staff (`sync_conflicts`), as the console's "Network &
sync" tool lists them, and marking one resolved.

Marking resolved is an ordinary change through the unit of work, so the outbox passes it on
and the branch's other kiosks stop listing it too. Every call checks the staff role in the
database first; the grant is audited with the change, a refusal on its own."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.core.audit import record_event
from kiosk.core.permissions import StaffAction
from kiosk.core.staff_unit import StaffChecked
from kiosk.core.sync_views import BookingSide, ConflictKind, ConflictView
from kiosk.db.models import EquipmentItem, Patron, Terminal
from kiosk.db.models_booking import Reservation
from kiosk.db.models_sync import SyncConflict
from kiosk.errors import NotFound
from kiosk.sync.conflicts import open_conflicts
from kiosk.sync.status import ConflictView as SyncRecord

ACTION = StaffAction.SYNC
# A long list of conflicts means something else is wrong; staff see the oldest first.
MAX_LISTED = 100


class SyncReviewService(StaffChecked):
    """Thread-safe; one or two transactions per call."""

    def conflicts(self, staff_id: uuid.UUID) -> tuple[ConflictView, ...]:
        """The unresolved conflicts, oldest first; an overlap with both of its bookings."""
        with self._staff_unit(staff_id, ACTION, write=False) as (session, _terminal):
            # The records as the sync worker lists them, with what staff need to act on them.
            records = open_conflicts(session.connection())[:MAX_LISTED]
            ids = [uuid.UUID(r.row_id) for r in records]
            ids += [uuid.UUID(r.other_row_id) for r in records if r.other_row_id]
            bookings = _bookings(session, ids)
            terminals = _terminal_names(session, [_terminal_of(r.detail) for r in records])
            return tuple(_view(record, bookings, terminals) for record in records)

    def resolve(self, staff_id: uuid.UUID, conflict_id: uuid.UUID) -> None:
        """Mark the conflict resolved by this staff member. One that another kiosk or staff
        member resolved meanwhile stays as they left it; NotFound when there is no such
        conflict at all."""
        with self._staff_unit(staff_id, ACTION) as (session, terminal_id):
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise NotFound("this conflict is no longer listed")
            if conflict.resolved_at is not None:
                return
            now = self._clock.now()
            conflict.resolved_at = now
            conflict.resolved_by = staff_id
            record_event(
                session,
                at=now,
                action="sync_conflict_resolved",
                actor_kind="staff",
                actor_id=staff_id,
                subject_kind="sync_conflict",
                subject_id=conflict_id,
                terminal_id=terminal_id,
                detail={"kind": conflict.kind, "table": conflict.table_name},
            )


def _terminal_of(detail: Mapping[str, object] | None) -> uuid.UUID | None:
    value = (detail or {}).get("terminal_id")
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _terminal_names(session: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Terminal.id, Terminal.name, Terminal.code).where(Terminal.id.in_(wanted))
    ).all()
    return {row_id: name or code for row_id, name, code in rows}


def _bookings(session: Session, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, BookingSide]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(
            Reservation.id,
            EquipmentItem.name,
            Reservation.starts_at,
            Reservation.ends_at,
            Patron.display_name,
            Terminal.name,
            Terminal.code,
            Reservation.status,
        )
        .join(EquipmentItem, EquipmentItem.id == Reservation.item_id)
        .outerjoin(Patron, Patron.id == Reservation.patron_id)
        .outerjoin(Terminal, Terminal.id == Reservation.terminal_id)
        .where(Reservation.id.in_(wanted))
    ).all()
    return {
        row_id: BookingSide(row_id, item, starts, ends, patron, terminal or code, status)
        for row_id, item, starts, ends, patron, terminal, code, status in rows
    }


def _from_detail(
    row_id: uuid.UUID, detail: Mapping[str, Any], terminals: Mapping[uuid.UUID, str]
) -> BookingSide | None:
    """The refused booking as the conflict record describes it, when the booking itself has
    not reached this kiosk."""
    try:
        starts = datetime.fromisoformat(str(detail["starts_at"]))
        ends = datetime.fromisoformat(str(detail["ends_at"]))
    except (KeyError, ValueError):
        return None
    terminal = _terminal_of(detail)
    return BookingSide(
        row_id,
        str(detail.get("item_name", "")),
        starts,
        ends,
        None,
        terminals.get(terminal) if terminal else None,
        None,
        known=False,
    )


def _view(
    record: SyncRecord,
    bookings: Mapping[uuid.UUID, BookingSide],
    terminals: Mapping[uuid.UUID, str],
) -> ConflictView:
    detail: Mapping[str, Any] = record.detail
    conflict_id, row_id = uuid.UUID(record.conflict_id), uuid.UUID(record.row_id)
    other_id = uuid.UUID(record.other_row_id) if record.other_row_id else None
    terminal = _terminal_of(detail)
    terminal_name = terminals.get(terminal) if terminal else None
    if record.kind == ConflictKind.RESERVATION_OVERLAP:
        refused = bookings.get(row_id) or _from_detail(row_id, detail, terminals)
        standing = bookings.get(other_id) if other_id else None
        return ConflictView(
            conflict_id,
            record.kind,
            record.at,
            record.table_name,
            refused=refused,
            standing=standing,
            terminal_name=terminal_name,
        )
    return ConflictView(
        conflict_id,
        record.kind,
        record.at,
        record.table_name,
        op=str(detail.get("op", "")),
        reason=str(detail.get("reason", "")),
        reason_code=str(detail.get("reason_code", "")),
        terminal_name=terminal_name,
    )
