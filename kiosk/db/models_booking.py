"""Booking rules, opening hours and closures, and reservations of equipment.

No two reservations of an item that hold its time (`HOLDING_STATUSES`) may overlap. The booking
service checks that inside its write transaction (on SQLite that transaction holds the database's
write lock from its first statement); on PostgreSQL an exclusion constraint over the item and the
reservation's time range enforces it as well, whatever writes the row."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Time,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.models import EQUIPMENT_KINDS, Base, Tracked, _in, _uuid_pk
from kiosk.db.types import UTCDateTime

RESERVATION_STATUSES = ("booked", "active", "completed", "cancelled", "no_show", "conflicted")
# Statuses that keep the item's time taken; the others leave it free.
HOLDING_STATUSES = ("booked", "active")
CLOSURE_REASON_MAX = 120
SUSPENSION_REASONS = ("no_shows", "staff")

_HOLDING = text(f"status IN ({_in(HOLDING_STATUSES)})")


class BookingRule(Tracked, Base):
    """How one kind of equipment is booked at one branch; a kind without a row takes the
    defaults of `kiosk.core.booking_rules.DEFAULT_RULE`. Minutes and days are whole numbers."""

    __tablename__ = "booking_rules"
    __table_args__ = (
        UniqueConstraint("branch_id", "kind"),
        CheckConstraint(f"kind IN ({_in(EQUIPMENT_KINDS)})", name="kind"),
        CheckConstraint("slot_minutes BETWEEN 5 AND 1440", name="slot_minutes"),
        CheckConstraint(
            "min_minutes >= slot_minutes AND max_minutes >= min_minutes", name="lengths"
        ),
        CheckConstraint(
            "day_max_minutes >= max_minutes AND week_max_minutes >= day_max_minutes",
            name="totals",
        ),
        CheckConstraint("advance_days BETWEEN 0 AND 366", name="advance_days"),
        CheckConstraint("buffer_minutes BETWEEN 0 AND 240", name="buffer_minutes"),
        CheckConstraint("no_show_release_minutes BETWEEN 1 AND 240", name="no_show_release"),
        CheckConstraint("no_show_limit >= 0 AND suspension_days >= 0", name="no_show_suspension"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branches.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    slot_minutes: Mapped[int] = mapped_column(Integer)
    min_minutes: Mapped[int] = mapped_column(Integer)
    max_minutes: Mapped[int] = mapped_column(Integer)
    day_max_minutes: Mapped[int] = mapped_column(Integer)
    week_max_minutes: Mapped[int] = mapped_column(Integer)
    advance_days: Mapped[int] = mapped_column(Integer)
    buffer_minutes: Mapped[int] = mapped_column(Integer)
    no_show_release_minutes: Mapped[int] = mapped_column(Integer)
    # This many no-shows within 30 days suspend booking for `suspension_days`; 0 never does.
    no_show_limit: Mapped[int] = mapped_column(Integer)
    suspension_days: Mapped[int] = mapped_column(Integer)


class OpeningHours(Tracked, Base):
    """One span a branch is open on a weekday (0 = Monday), in the branch's own zone; a day has
    at most two spans (morning and afternoon). A weekday without a span is closed."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        UniqueConstraint("branch_id", "weekday", "span"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("span IN (1, 2)", name="span"),
        CheckConstraint("closes_at > opens_at", name="order"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branches.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    span: Mapped[int] = mapped_column(Integer)
    opens_at: Mapped[time] = mapped_column(Time())
    closes_at: Mapped[time] = mapped_column(Time())


class Closure(Tracked, Base):
    """A whole day a branch is closed (a holiday), with the reason staff gave."""

    __tablename__ = "closures"
    __table_args__ = (UniqueConstraint("branch_id", "day"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branches.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(CLOSURE_REASON_MAX))


class Reservation(Tracked, Base):
    """A patron's booking of an item from `starts_at` to `ends_at` (UTC, end exclusive).

    `terminal_id` is the kiosk it was made at; `status_changed_at` when it last moved (booked,
    then active when a session starts in it, completed at its end; or cancelled, no_show when
    released unused, conflicted when a booking made offline clashed on merging)."""

    __tablename__ = "reservations"
    __table_args__ = (
        CheckConstraint(f"status IN ({_in(RESERVATION_STATUSES)})", name="status"),
        CheckConstraint("ends_at > starts_at", name="length"),
        Index("ix_reservations_item_id_ends_at", "item_id", "ends_at"),
        Index("ix_reservations_patron_id_starts_at", "patron_id", "starts_at"),
        ExcludeConstraint(
            ("item_id", "="),
            (func.tstzrange(text("starts_at"), text("ends_at")), "&&"),
            name="reservations_no_overlap",
            using="gist",
            where=_HOLDING,
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("equipment_items.id", ondelete="CASCADE"))
    patron_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrons.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16), default="booked")
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("terminals.id", ondelete="SET NULL")
    )


class BookingSuspension(Tracked, Base):
    """A patron may not book at a branch from `starts_at` until `ends_at`: after `no_shows`
    no-shows within 30 days (reason no_shows). No-shows before the latest suspension's start
    do not count towards the next one."""

    __tablename__ = "booking_suspensions"
    __table_args__ = (
        CheckConstraint(f"reason IN ({_in(SUSPENSION_REASONS)})", name="reason"),
        CheckConstraint("ends_at > starts_at", name="length"),
        Index("ix_booking_suspensions_patron_id_ends_at", "patron_id", "ends_at"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    patron_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrons.id", ondelete="CASCADE"))
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branches.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(16))
    no_shows: Mapped[int] = mapped_column(Integer, default=0)
