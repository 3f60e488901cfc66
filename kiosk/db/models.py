"""The kiosk's tables as SQLAlchemy 2 typed models.

Every primary key is a time-ordered UUID so rows made offline on different terminals never
collide (branches and terminals take a stable id derived from their configured code), and every
time is timezone-aware UTC (see `UTCDateTime`). Every table carries `created_at`, `updated_at`
and a `row_version` that each ORM update raises by one and checks, so a change made from a
stale copy of a row fails instead of overwriting a newer one."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from kiosk.db.types import UTCDateTime
from kiosk.ids import uuid7

# Stable constraint names make migrations reproducible on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CARD_NUMBER_MAX = 20
DISPLAY_NAME_MAX = 80
CARD_KINDS = ("signed", "library_barcode")
STAFF_ROLES = ("staff", "admin")
EQUIPMENT_KINDS = (
    "3d_printer",
    "laser_cutter",
    "vinyl_cutter",
    "sewing_machine",
    "arduino_kit",
    "laptop",
    "other",
)
# Icon names the screens draw (assets/icons/equipment-<name>.svg); photos come later.
EQUIPMENT_ICONS = ("printer", "laser", "vinyl", "sewing", "circuit", "laptop", "tool")
EQUIPMENT_STATES = ("free", "reserved", "in_use", "needs_check", "out_of_order", "retired")
EQUIPMENT_NAME_MAX = 80
TRAINING_CODE_MAX = 32
DEVICE_NAME_MAX = 40  # as [[relays]] and [[printers]] names in the configuration
RELAY_CHANNEL_MAX = 16


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Tracked:
    """When a row was made and last changed, and its version for optimistic locking.

    The services set `created_at` from their clock where the time matters to the product
    (a patron's enrolment); otherwise both times default to the system clock in UTC. Rows
    inserted with Core statements get version 1 from the database's default."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=_utc_now, onupdate=_utc_now)
    row_version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


def _uuid_pk() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid(), primary_key=True, default=uuid7)


class Branch(Tracked, Base):
    __tablename__ = "branches"

    id: Mapped[uuid.UUID] = _uuid_pk()
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")


class Terminal(Tracked, Base):
    """One kiosk; `code` is the terminal id from its config file, `id` derived from it."""

    __tablename__ = "terminals"

    id: Mapped[uuid.UUID] = _uuid_pk()
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    branch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("branches.id", ondelete="SET NULL"), index=True
    )


class Patron(Tracked, Base):
    __tablename__ = "patrons"
    __table_args__ = (
        CheckConstraint(
            "birth_year IS NULL OR birth_year BETWEEN 1900 AND 2200", name="birth_year"
        ),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    display_name: Mapped[str] = mapped_column(String(DISPLAY_NAME_MAX))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    # Set when staff know the patron is a minor but no birth year was given.
    is_minor: Mapped[bool] = mapped_column(default=False)
    # Guardian consent and waivers are rows of their own (kiosk.db.models_training).
    home_branch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("branches.id", ondelete="SET NULL"), index=True
    )

    cards: Mapped[list[Card]] = relationship(back_populates="patron", passive_deletes=True)

    def minor_at(self, year: int) -> bool:
        if self.is_minor:
            return True
        return self.birth_year is not None and year - self.birth_year < 18


class StaffAccount(Tracked, Base):
    __tablename__ = "staff_accounts"
    __table_args__ = (CheckConstraint("role IN ('staff', 'admin')", name="role"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    display_name: Mapped[str] = mapped_column(String(DISPLAY_NAME_MAX))
    role: Mapped[str] = mapped_column(String(16), default="staff")
    pin_hash: Mapped[str] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Lockouts since the last right PIN: each one lasts twice as long as the one before.
    lockouts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # PINs judged on `guess_day` (UTC), against the policy's daily cap.
    guess_day: Mapped[date | None] = mapped_column(Date)
    guesses_on_day: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Known once the PIN is set or first used after this column was added; None until then.
    pin_length: Mapped[int | None] = mapped_column(Integer)

    cards: Mapped[list[Card]] = relationship(back_populates="staff", passive_deletes=True)


class Card(Tracked, Base):
    """An issued card: belongs to exactly one patron or one staff account."""

    __tablename__ = "cards"
    __table_args__ = (
        CheckConstraint("kind IN ('signed', 'library_barcode')", name="kind"),
        CheckConstraint("(patron_id IS NULL) <> (staff_id IS NULL)", name="one_holder"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    card_number: Mapped[str] = mapped_column(String(CARD_NUMBER_MAX), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="signed")
    patron_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("patrons.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="CASCADE"), index=True
    )
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    patron: Mapped[Patron | None] = relationship(back_populates="cards")
    staff: Mapped[StaffAccount | None] = relationship(back_populates="cards")


class Visit(Tracked, Base):
    __tablename__ = "visits"
    __table_args__ = (Index("ix_visits_patron_id_checked_in_at", "patron_id", "checked_in_at"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    patron_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("patrons.id", ondelete="CASCADE"))
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("terminals.id", ondelete="SET NULL"), index=True
    )
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditEvent(Tracked, Base):
    """Who did what, when, where. `detail` never holds card numbers or names.

    Actor and subject ids carry no foreign keys on purpose: the trail must outlive a patron's
    data when staff delete it for privacy."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_at", "at"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_kind: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    action: Mapped[str] = mapped_column(String(64))
    subject_kind: Mapped[str | None] = mapped_column(String(16))
    subject_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("terminals.id", ondelete="SET NULL")
    )
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class EquipmentItem(Tracked, Base):
    """A machine or kit of one branch, and where it is in its day.

    `name_key` is the name casefolded: two live items of a branch may not share it, while a
    retired item keeps its name without blocking a successor. A relay binding is a configured
    `[[relays]]` name plus a channel; one channel of a branch's relay drives one item at most.
    `state_changed_by` is the staff account that last changed the state (None: the command line
    or the kiosk itself); every change is also in the audit trail."""

    __tablename__ = "equipment_items"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_in(EQUIPMENT_KINDS)})", name="kind"),
        CheckConstraint(f"icon IN ({_in(EQUIPMENT_ICONS)})", name="icon"),
        CheckConstraint(f"state IN ({_in(EQUIPMENT_STATES)})", name="state"),
        CheckConstraint(
            f"(relay_name IS NULL AND relay_channel IS NULL) OR (relay_name IS NOT NULL "
            f"AND relay_channel BETWEEN 1 AND {RELAY_CHANNEL_MAX})",
            name="relay_binding",
        ),
        Index(
            "uq_equipment_items_branch_name",
            "branch_id",
            "name_key",
            unique=True,
            sqlite_where=text("state <> 'retired'"),
            postgresql_where=text("state <> 'retired'"),
        ),
        Index(
            "uq_equipment_items_relay_channel",
            "branch_id",
            "relay_name",
            "relay_channel",
            unique=True,
        ),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    branch_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("branches.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(EQUIPMENT_NAME_MAX))
    name_key: Mapped[str] = mapped_column(String(EQUIPMENT_NAME_MAX))
    icon: Mapped[str] = mapped_column(String(16))
    required_training: Mapped[str | None] = mapped_column(String(TRAINING_CODE_MAX))
    reservable: Mapped[bool] = mapped_column(default=True)
    lendable: Mapped[bool] = mapped_column(default=False)
    relay_name: Mapped[str | None] = mapped_column(String(DEVICE_NAME_MAX))
    relay_channel: Mapped[int | None] = mapped_column(Integer)
    printer_name: Mapped[str | None] = mapped_column(String(DEVICE_NAME_MAX))
    state: Mapped[str] = mapped_column(String(16), default="free")
    state_changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state_changed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid())


# Each feature's tables live in a module of their own; importing them here puts every table in
# `Base.metadata` whichever model module a caller imports first. They import this module back,
# which is safe: everything they use from it is defined above.
from kiosk.db import (  # noqa: E402, F401
    models_booking,
    models_lending,
    models_printing,
    models_projects,
    models_sessions,
    models_sync,
    models_training,
)
