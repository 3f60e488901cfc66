"""trainings, patrons' certifications, waiver versions and acceptances, guardian consents

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 03:10:00

Patrons' `waiver_version`, `waiver_signed_at` and `guardian_consent_on_file` move into the new
tables and are dropped, so there is one place that says whether a patron signed or has consent:

- each waiver label patrons signed becomes a waiver version without text and unpublished (its
  text was never stored); each patron's signature becomes an acceptance of it, at the time it
  was signed (the patron's enrolment time when none was stored). Publishing that label later
  gives it its text and keeps these signatures;
- consent on file becomes an open guardian consent, recorded when the audit trail last says it
  was recorded (else at enrolment), by nobody known.

Downgrading puts back each patron's latest acceptance and whether a consent is open.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from kiosk.db.types import UTCDateTime
from kiosk.ids import uuid7

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = sa.text("withdrawn_at IS NULL")
_BATCH = 1000


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    ]


def _staff_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        ["staff_accounts.id"],
        name=op.f(f"fk_{table}_{column}_staff_accounts"),
        ondelete="SET NULL",
    )


def upgrade() -> None:
    op.create_table(
        "trainings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("validity_months", sa.Integer(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(
            "validity_months IS NULL OR validity_months BETWEEN 1 AND 600",
            name=op.f("ck_trainings_validity_months"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainings")),
        sa.UniqueConstraint("code", name=op.f("uq_trainings_code")),
    )
    op.create_table(
        "waiver_versions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("default_language", sa.String(length=20), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_by", sa.Uuid(), nullable=True),
        *_tracked(),
        _staff_fk("waiver_versions", "published_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waiver_versions")),
        sa.UniqueConstraint("version", name=op.f("uq_waiver_versions_version")),
    )
    op.create_index(
        op.f("ix_waiver_versions_published_at"), "waiver_versions", ["published_at"], unique=False
    )
    op.create_table(
        "certifications",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=False),
        sa.Column("training_id", sa.Uuid(), nullable=False),
        sa.Column("certified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("certified_by", sa.Uuid(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.Uuid(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(
            "expires_at IS NULL OR expires_at > certified_at",
            name=op.f("ck_certifications_expires_after_certified"),
        ),
        _staff_fk("certifications", "certified_by"),
        _staff_fk("certifications", "revoked_by"),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_certifications_patron_id_patrons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["training_id"],
            ["trainings.id"],
            name=op.f("fk_certifications_training_id_trainings"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certifications")),
    )
    op.create_index(
        "ix_certifications_patron_id_training_id",
        "certifications",
        ["patron_id", "training_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_certifications_training_id"), "certifications", ["training_id"], unique=False
    )
    op.create_table(
        "guardian_consents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_by", sa.Uuid(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(
            "withdrawn_at IS NULL OR withdrawn_at >= recorded_at",
            name=op.f("ck_guardian_consents_withdrawn_after_recorded"),
        ),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_guardian_consents_patron_id_patrons"),
            ondelete="CASCADE",
        ),
        _staff_fk("guardian_consents", "recorded_by"),
        _staff_fk("guardian_consents", "withdrawn_by"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardian_consents")),
    )
    op.create_index(
        "ix_guardian_consents_patron_id", "guardian_consents", ["patron_id"], unique=False
    )
    op.create_index(
        "uq_guardian_consents_open",
        "guardian_consents",
        ["patron_id"],
        unique=True,
        sqlite_where=_OPEN,
        postgresql_where=_OPEN,
    )
    op.create_table(
        "waiver_acceptances",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("patron_id", sa.Uuid(), nullable=False),
        sa.Column("waiver_version_id", sa.Uuid(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal_id", sa.Uuid(), nullable=True),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["patron_id"],
            ["patrons.id"],
            name=op.f("fk_waiver_acceptances_patron_id_patrons"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["terminal_id"],
            ["terminals.id"],
            name=op.f("fk_waiver_acceptances_terminal_id_terminals"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["waiver_version_id"],
            ["waiver_versions.id"],
            name=op.f("fk_waiver_acceptances_waiver_version_id_waiver_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waiver_acceptances")),
    )
    op.create_index(
        op.f("ix_waiver_acceptances_waiver_version_id"),
        "waiver_acceptances",
        ["waiver_version_id"],
        unique=False,
    )
    op.create_index(
        "uq_waiver_acceptances_patron_version",
        "waiver_acceptances",
        ["patron_id", "waiver_version_id"],
        unique=True,
    )

    _move_patron_columns(op.get_bind())
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy of `patrons` would drop the
    # old table, and with foreign keys on that deletes every card and visit by cascade.
    op.drop_column("patrons", "waiver_signed_at")
    op.drop_column("patrons", "waiver_version")
    op.drop_column("patrons", "guardian_consent_on_file")


# Frozen views of the tables as this revision knows them.
_patrons = sa.table(
    "patrons",
    sa.column("id", sa.Uuid()),
    sa.column("created_at", UTCDateTime()),
    sa.column("guardian_consent_on_file", sa.Boolean()),
    sa.column("waiver_version", sa.String()),
    sa.column("waiver_signed_at", UTCDateTime()),
)
_audit = sa.table(
    "audit_events",
    sa.column("at", UTCDateTime()),
    sa.column("action", sa.String()),
    sa.column("subject_id", sa.Uuid()),
)


def _table(name: str, *columns: tuple[str, sa.types.TypeEngine[Any]]) -> sa.TableClause:
    return sa.table(
        name,
        sa.column("id", sa.Uuid()),
        *(sa.column(column, kind) for column, kind in columns),
        sa.column("created_at", UTCDateTime()),
        sa.column("updated_at", UTCDateTime()),
        sa.column("row_version", sa.Integer()),
    )


_versions = _table(
    "waiver_versions",
    ("version", sa.String()),
    ("texts", sa.JSON()),
    ("published_at", UTCDateTime()),
)
_acceptances = _table(
    "waiver_acceptances",
    ("patron_id", sa.Uuid()),
    ("waiver_version_id", sa.Uuid()),
    ("accepted_at", UTCDateTime()),
)
_consents = _table(
    "guardian_consents",
    ("patron_id", sa.Uuid()),
    ("recorded_at", UTCDateTime()),
    ("withdrawn_at", UTCDateTime()),
)


def _move_patron_columns(bind: sa.Connection) -> None:
    now = datetime.now(UTC)
    signed = bind.execute(
        sa.select(
            _patrons.c.id,
            _patrons.c.waiver_version,
            sa.func.coalesce(_patrons.c.waiver_signed_at, _patrons.c.created_at),
        )
        .where(_patrons.c.waiver_version.is_not(None))
        .order_by(_patrons.c.id)
    ).all()
    version_ids: dict[str, uuid.UUID] = {}
    for _patron, label, _at in signed:
        version_ids.setdefault(label, uuid7())
    if version_ids:
        bind.execute(
            sa.insert(_versions),
            [
                {
                    "id": version_id,
                    "version": label,
                    "texts": {},
                    "published_at": None,
                    "created_at": now,
                    "updated_at": now,
                    "row_version": 1,
                }
                for label, version_id in version_ids.items()
            ],
        )
    _insert_batched(
        bind,
        _acceptances,
        [
            {
                "id": uuid7(),
                "patron_id": patron_id,
                "waiver_version_id": version_ids[label],
                "accepted_at": _aware(at),
                "created_at": _aware(at),
                "updated_at": _aware(at),
                "row_version": 1,
            }
            for patron_id, label, at in signed
        ],
    )

    last_recorded = (
        sa.select(sa.func.max(_audit.c.at))
        .where(_audit.c.subject_id == _patrons.c.id, _audit.c.action == "guardian_consent_recorded")
        .scalar_subquery()
    )
    consenting = bind.execute(
        sa.select(_patrons.c.id, _patrons.c.created_at, last_recorded)
        .where(_patrons.c.guardian_consent_on_file.is_(True))
        .order_by(_patrons.c.id)
    ).all()
    _insert_batched(
        bind,
        _consents,
        [
            {
                "id": uuid7(),
                "patron_id": patron_id,
                "recorded_at": _aware(recorded or enrolled),
                "withdrawn_at": None,
                "created_at": _aware(recorded or enrolled),
                "updated_at": _aware(recorded or enrolled),
                "row_version": 1,
            }
            for patron_id, enrolled, recorded in consenting
        ],
    )


def _aware(value: datetime | str) -> datetime:
    # A scalar subquery's value comes back untyped from SQLite: naive UTC text.
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _insert_batched(
    bind: sa.Connection, table: sa.TableClause, rows: list[dict[str, object]]
) -> None:
    for start in range(0, len(rows), _BATCH):
        bind.execute(sa.insert(table), rows[start : start + _BATCH])


def downgrade() -> None:
    bind = op.get_bind()
    op.add_column("patrons", sa.Column("waiver_version", sa.String(length=32), nullable=True))
    op.add_column(
        "patrons", sa.Column("waiver_signed_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column(
        "patrons",
        sa.Column(
            "guardian_consent_on_file",
            sa.Boolean(),
            nullable=False,
            server_default=sa.false(),
        ),
    )
    latest = bind.execute(
        sa.select(_acceptances.c.patron_id, _versions.c.version, _acceptances.c.accepted_at)
        .join(_versions, _versions.c.id == _acceptances.c.waiver_version_id)
        .order_by(_acceptances.c.patron_id, _acceptances.c.accepted_at)
    ).all()
    newest: dict[uuid.UUID, tuple[str, datetime]] = {}
    for patron_id, label, at in latest:
        newest[patron_id] = (label, at)
    for patron_id, (label, at) in newest.items():
        bind.execute(
            sa.update(_patrons)
            .where(_patrons.c.id == patron_id)
            .values(waiver_version=label, waiver_signed_at=at)
        )
    open_consent = sa.select(_consents.c.patron_id).where(_consents.c.withdrawn_at.is_(None))
    bind.execute(
        sa.update(_patrons)
        .where(_patrons.c.id.in_(open_consent))
        .values(guardian_consent_on_file=True)
    )
    if bind.dialect.name != "sqlite":
        op.alter_column("patrons", "guardian_consent_on_file", server_default=None)
    op.drop_table("waiver_acceptances")
    op.drop_table("guardian_consents")
    op.drop_table("certifications")
    op.drop_table("waiver_versions")
    op.drop_table("trainings")
