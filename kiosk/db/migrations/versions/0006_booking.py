"""booking rules per equipment kind and branch, opening hours, closures, reservations, no-shows

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 03:10:00

New tables only. On PostgreSQL the reservations of an item that hold its time may not overlap:
an exclusion constraint over the item and tstzrange(starts_at, ends_at), which needs the
btree_gist extension (for the item's equality in a GiST index). The extension is created in the
public schema, once per database, under an advisory lock so two kiosks migrating at once do not
race; its operator classes are found whatever the kiosk's search path. Creating it needs a role
allowed to (btree_gist is a trusted extension: the database owner may). Downgrade leaves the
extension in place: other schemas of the database may use it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = (
    "3d_printer",
    "laser_cutter",
    "vinyl_cutter",
    "sewing_machine",
    "arduino_kit",
    "laptop",
    "other",
)
_STATUSES = ("booked", "active", "completed", "cancelled", "no_show", "conflicted")
_HOLDING = ("booked", "active")
_REASONS = ("no_shows", "staff")
# Any fixed number: the lock only serialises creating the extension across the database.
_EXTENSION_LOCK = 0x6B696F736B0006


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    ]


def _branch_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["branch_id"],
        ["branches.id"],
        name=op.f(f"fk_{table}_branch_id_branches"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute(sa.text(f"SELECT pg_advisory_xact_lock({_EXTENSION_LOCK})"))
        op.execute(sa.text("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public"))

    op.create_table(
        "booking_rules",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("min_minutes", sa.Integer(), nullable=False),
        sa.Column("max_minutes", sa.Integer(), nullable=False),
        sa.Column("day_max_minutes", sa.Integer(), nullable=False),
        sa.Column("week_max_minutes", sa.Integer(), nullable=False),
        sa.Column("advance_days", sa.Integer(), nullable=False),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False),
        sa.Column("no_show_release_minutes", sa.Integer(), nullable=False),
        sa.Column("no_show_limit", sa.Integer(), nullable=False),
        sa.Column("suspension_days", sa.Integer(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(f"kind IN ({_in(_KINDS)})", name=op.f("ck_booking_rules_kind")),
        sa.CheckConstraint(
            "slot_minutes BETWEEN 5 AND 1440", name=op.f("ck_booking_rules_slot_minutes")
        ),
        sa.CheckConstraint(
            "min_minutes >= slot_minutes AND max_minutes >= min_minutes",
            name=op.f("ck_booking_rules_lengths"),
        ),
        sa.CheckConstraint(
            "day_max_minutes >= max_minutes AND week_max_minutes >= day_max_minutes",
            name=op.f("ck_booking_rules_totals"),
        ),
        sa.CheckConstraint(
            "advance_days BETWEEN 0 AND 366", name=op.f("ck_booking_rules_advance_days")
        ),
        sa.CheckConstraint(
            "buffer_minutes BETWEEN 0 AND 240", name=op.f("ck_booking_rules_buffer_minutes")
        ),
        sa.CheckConstraint(
            "no_show_release_minutes BETWEEN 1 AND 240",
            name=op.f("ck_booking_rules_no_show_release"),
        ),
        sa.CheckConstraint(
            "no_show_limit >= 0 AND suspension_days >= 0",
            name=op.f("ck_booking_rules_no_show_suspension"),
        ),
        _branch_fk("booking_rules"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_rules")),
        sa.UniqueConstraint("branch_id", "kind", name=op.f("uq_booking_rules_branch_id")),
    )
    op.create_table(
        "opening_hours",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("span", sa.Integer(), nullable=False),
        sa.Column("opens_at", sa.Time(), nullable=False),
        sa.Column("closes_at", sa.Time(), nullable=False),
        *_tracked(),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_opening_hours_weekday")),
        sa.CheckConstraint("span IN (1, 2)", name=op.f("ck_opening_hours_span")),
        sa.CheckConstraint("closes_at > opens_at", name=op.f("ck_opening_hours_order")),
        _branch_fk("opening_hours"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_hours")),
        sa.UniqueConstraint(
            "branch_id", "weekday", "span", name=op.f("uq_opening_hours_branch_id")
        ),
    )
    op.create_table(
        "closures",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=120), nullable=False),
        *_tracked(),
        _branch_fk("closures"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closures")),
        sa.UniqueConstraint("branch_id", "day", name=op.f("uq_closures_branch_id")),
    )
    no_overlap: list[sa.Constraint] = []
    if postgres:
        no_overlap.append(
            postgresql.ExcludeConstraint(
                ("item_id", "="),
                (sa.func.tstzrange(sa.text("starts_at"), sa.text("ends_at")), "&&"),
                name="reservations_no_overlap",
                using="gist",
                where=sa.text(f"status IN ({_in(_HOLDING)})"),
            )
        )
    op.create_table(
        "reservations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal_id", sa.Uuid(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(f"status IN ({_in(_STATUSES)})", name=op.f("ck_reservations_status")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_reservations_length")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["equipment_items.id"],
            name=op.f("fk_reservations_item_id_equipment_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_reservations_patron_id_patrons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["terminal_id"],
            ["terminals.id"],
            name=op.f("fk_reservations_terminal_id_terminals"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reservations")),
        *no_overlap,
    )
    with op.batch_alter_table("reservations", schema=None) as batch_op:
        batch_op.create_index("ix_reservations_item_id_ends_at", ["item_id", "ends_at"])
        batch_op.create_index("ix_reservations_patron_id_starts_at", ["patron_id", "starts_at"])
    op.create_table(
        "booking_suspensions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=False),
        sa.Column("branch_id", sa.Uuid(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("no_shows", sa.Integer(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            f"reason IN ({_in(_REASONS)})", name=op.f("ck_booking_suspensions_reason")
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_booking_suspensions_length")),
        _branch_fk("booking_suspensions"),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_booking_suspensions_patron_id_patrons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_suspensions")),
    )
    with op.batch_alter_table("booking_suspensions", schema=None) as batch_op:
        batch_op.create_index("ix_booking_suspensions_patron_id_ends_at", ["patron_id", "ends_at"])


def downgrade() -> None:
    op.drop_table("booking_suspensions")
    op.drop_table("reservations")
    op.drop_table("closures")
    op.drop_table("opening_hours")
    op.drop_table("booking_rules")
