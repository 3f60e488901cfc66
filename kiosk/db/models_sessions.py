"""Machine sessions (a machine unlocked for a patron or by staff) and reported problems.

A session row is written only once the relay controller confirmed the unlock: an unlock that
was never confirmed leaves no session behind (it is in the audit trail and on the staff
console). A session is open until its channel is locked again (`ended_at` set); a printer in
the middle of a job keeps it open past its planned end (`kept_on_at`). One open session per item
at most, enforced by a partial unique index.

`reservation_id` names the booking the session started from; it carries no foreign key so that
the booking tables (migration 0006) and these can be changed independently."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.models import DEVICE_NAME_MAX, Base, Tracked, _in, _uuid_pk
from kiosk.db.types import UTCDateTime

SESSION_KINDS = ("patron", "staff")
# Why a session ended: its time ran out; the printer it kept on finished its job; staff locked
# it (one machine, or every machine at once); the controller locked it by itself (its own
# timer, the e-stop) and the kiosk learnt of it afterwards.
SESSION_END_REASONS = ("time_up", "job_finished", "staff_lock", "lock_all", "controller")
PROBLEM_REASONS = ("jammed", "not_heating", "damaged", "missing_parts", "dirty", "other")
_OPEN = text("ended_at IS NULL")
_UNRESOLVED = text("resolved_at IS NULL")


class MachineSession(Tracked, Base):
    __tablename__ = "machine_sessions"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_in(SESSION_KINDS)})", name="kind"),
        CheckConstraint(
            f"end_reason IS NULL OR end_reason IN ({_in(SESSION_END_REASONS)})",
            name="end_reason",
        ),
        CheckConstraint("planned_end > started_at", name="planned_after_start"),
        CheckConstraint("(ended_at IS NULL) = (end_reason IS NULL)", name="ended_with_reason"),
        CheckConstraint(
            "(relay_name IS NULL AND relay_channel IS NULL) OR (relay_name IS NOT NULL "
            "AND relay_channel >= 1)",
            name="relay_binding",
        ),
        Index(
            "uq_machine_sessions_open_item",
            "item_id",
            unique=True,
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        ),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("equipment_items.id", ondelete="RESTRICT"), index=True
    )
    reservation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid(), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    patron_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("patrons.id", ondelete="SET NULL"), index=True
    )
    # The staff member who unlocked it (a staff session) or who locked it early.
    staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL"), index=True
    )
    # The channel as it was bound when the session started (the binding may change later).
    relay_name: Mapped[str | None] = mapped_column(String(DEVICE_NAME_MAX))
    relay_channel: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    planned_end: Mapped[datetime] = mapped_column(UTCDateTime())
    unlock_confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    kept_on_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    end_reason: Mapped[str | None] = mapped_column(String(16))


class ProblemReport(Tracked, Base):
    __tablename__ = "problem_reports"
    __table_args__ = (
        CheckConstraint(f"reason IN ({_in(PROBLEM_REASONS)})", name="reason"),
        CheckConstraint(
            "(resolved_at IS NULL) OR (resolved_at >= reported_at)", name="resolved_after"
        ),
        Index(
            "ix_problem_reports_unresolved",
            "item_id",
            sqlite_where=_UNRESOLVED,
            postgresql_where=_UNRESOLVED,
        ),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("equipment_items.id", ondelete="RESTRICT"), index=True
    )
    # None: reported without a patron checked in (or the patron's data was deleted since).
    patron_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("patrons.id", ondelete="SET NULL"), index=True
    )
    session_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("machine_sessions.id", ondelete="SET NULL"), index=True
    )
    reason: Mapped[str] = mapped_column(String(16))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL")
    )
