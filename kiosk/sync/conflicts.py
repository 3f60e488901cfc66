"""Conflict records: what a round could not take as it came, kept for staff (`sync_conflicts`,
synchronised within the branch) and, for a refused booking, a notice for its patron."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from kiosk.db.models_booking import HOLDING_STATUSES
from kiosk.sync.apply import Plan, Rejected
from kiosk.sync.outbox import Record
from kiosk.sync.status import ConflictView
from kiosk.sync.tables import table


def overlap(conn: Connection, plan: Plan, now: datetime) -> list[Record]:
    """The refused booking's new status for its own terminal, the record staff see, and the
    notice its patron gets at their next check-in."""
    reservations = table("reservations")
    row = (
        conn.execute(select(reservations).where(reservations.c.id == plan.row_id)).mappings().one()
    )
    standing = conn.execute(
        select(reservations.c.id).where(
            reservations.c.item_id == row["item_id"],
            reservations.c.id != row["id"],
            reservations.c.status.in_(HOLDING_STATUSES),
            reservations.c.starts_at < row["ends_at"],
            reservations.c.ends_at > row["starts_at"],
        )
    ).first()
    conn.execute(
        update(reservations)
        .where(reservations.c.id == row["id"])
        .values(status_changed_at=now, updated_at=now)
    )
    items = table("equipment_items")
    item = conn.execute(select(items.c.name, items.c.branch_id).where(items.c.id == row["item_id"]))
    item_name, branch_id = item.one()
    conflict_id = uuid.uuid5(plan.change.change_id, "conflict")
    detail = {
        "item_id": str(row["item_id"]),
        "item_name": item_name,
        "starts_at": row["starts_at"].isoformat(),
        "ends_at": row["ends_at"].isoformat(),
        "terminal_id": str(row["terminal_id"]) if row["terminal_id"] else None,
    }
    conflict = {
        "id": conflict_id,
        "kind": "reservation_overlap",
        "table_name": "reservations",
        "row_id": row["id"],
        "other_row_id": standing[0] if standing else None,
        "patron_id": row["patron_id"],
        "branch_id": branch_id,
        "at": now,
        "detail": detail,
        "resolved_at": None,
        "resolved_by": None,
        "created_at": now,
        "updated_at": now,
    }
    notice = {
        "id": uuid.uuid5(plan.change.change_id, "notice"),
        "patron_id": row["patron_id"],
        "kind": "booking_conflicted",
        "params": {k: detail[k] for k in ("item_name", "starts_at", "ends_at")},
        "seen_at": None,
        "created_at": now,
        "updated_at": now,
    }
    conn.execute(insert(table("sync_conflicts")), [conflict])
    conn.execute(insert(table("patron_notices")), [notice])
    fresh = dict(row, status="conflicted", status_changed_at=now, updated_at=now)
    return [
        Record("reservations", row["id"], "update", ["status", "status_changed_at"], fresh),
        Record("sync_conflicts", conflict_id, "insert", None, conflict),
        Record("patron_notices", notice["id"], "insert", None, notice),
    ]


def rejection(
    conn: Connection,
    rejected: Rejected,
    branch_id: uuid.UUID | None,
    terminal_id: uuid.UUID | None,
    now: datetime,
) -> list[Record]:
    """A record, for staff, of a change this database refused (its constraint said no), kept
    here and passed on; one per change however often it arrives. Its detail holds the reason in
    English (for the log) and as a `RefusalCode` (`reason_code`, for the screen)."""
    change = rejected.change
    conflicts = table("sync_conflicts")
    conflict_id = uuid.uuid5(change.change_id, "rejected")
    if conn.execute(select(conflicts.c.id).where(conflicts.c.id == conflict_id)).first():
        return []  # the same change pushed again after its answer was lost
    values = {
        "id": conflict_id,
        "kind": "rejected_change",
        "table_name": change.table_name,
        "row_id": change.row_id,
        "other_row_id": None,
        "patron_id": None,
        "branch_id": branch_id,
        "at": now,
        "detail": {
            "reason": rejected.reason,
            "reason_code": rejected.code.value,
            "op": change.op,
            "change_id": str(change.change_id),
            "terminal_id": str(terminal_id) if terminal_id else None,
        },
        "resolved_at": None,
        "resolved_by": None,
        "created_at": now,
        "updated_at": now,
    }
    conn.execute(insert(conflicts), [values])
    return [Record("sync_conflicts", conflict_id, "insert", None, values)]


def open_conflicts(conn: Connection) -> tuple[ConflictView, ...]:
    """Unresolved conflict records here, oldest first."""
    conflicts = table("sync_conflicts")
    query = (
        select(conflicts)
        .where(conflicts.c.resolved_at.is_(None))
        .order_by(conflicts.c.at, conflicts.c.id)
    )
    return tuple(
        ConflictView(
            conflict_id=str(row["id"]),
            kind=row["kind"],
            at=row["at"],
            table_name=row["table_name"],
            row_id=str(row["row_id"]),
            other_row_id=str(row["other_row_id"]) if row["other_row_id"] else None,
            patron_id=str(row["patron_id"]) if row["patron_id"] else None,
            detail=dict(row["detail"] or {}),
        )
        for row in conn.execute(query).mappings()
    )
