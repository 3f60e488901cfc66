"""Loans of lendable kits, and the loan policy of each branch and equipment kind.

A kit has at most one open loan (`returned_at IS NULL`): a partial unique index holds that on
SQLite and PostgreSQL alike, so two terminals lending the same kit at the same moment cannot
both succeed whatever the code above does. `lent_by` and `returned_by` are the staff accounts
that handed the kit out or took it back; None means the patron did it at the kiosk. A loan
outlives its patron's data (privacy deletion sets `patron_id` to NULL): the kit is still out."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.models import EQUIPMENT_KINDS, Base, Tracked, _in, _uuid_pk
from kiosk.db.types import UTCDateTime

LOAN_DAYS_MAX = 365
MAX_OPEN_LOANS_MAX = 50
_OPEN = text("returned_at IS NULL")


class Loan(Tracked, Base):
    __tablename__ = "loans"
    __table_args__ = (
        CheckConstraint("due_at > lent_at", name="due_after_lent"),
        CheckConstraint(
            "returned_at IS NULL OR returned_at >= lent_at", name="returned_after_lent"
        ),
        CheckConstraint("returned_at IS NOT NULL OR returned_by IS NULL", name="returned_by_open"),
        # The invariant: one open loan per kit.
        Index(
            "uq_loans_open_item",
            "item_id",
            unique=True,
            sqlite_where=_OPEN,
            postgresql_where=_OPEN,
        ),
        Index("ix_loans_patron_id_returned_at", "patron_id", "returned_at"),
        # The overdue list reads open loans by due date.
        Index("ix_loans_open_due_at", "due_at", sqlite_where=_OPEN, postgresql_where=_OPEN),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("equipment_items.id", ondelete="RESTRICT")
    )
    patron_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("patrons.id", ondelete="SET NULL")
    )
    lent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    lent_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL")
    )
    returned_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL")
    )
    # Where the kit was handed out and where it came back.
    terminal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("terminals.id", ondelete="SET NULL")
    )
    return_terminal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("terminals.id", ondelete="SET NULL")
    )
    # The kit's state the return left it in: "free" or "needs_check".
    returned_as: Mapped[str | None] = mapped_column(String(16))


class LoanPolicy(Tracked, Base):
    """How long a kit of `kind` may be borrowed at `branch_id`, and how many such kits one
    patron may have out at once. Without a row the defaults in kiosk.core.lending apply."""

    __tablename__ = "loan_policies"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_in(EQUIPMENT_KINDS)})", name="kind"),
        CheckConstraint(f"loan_days BETWEEN 1 AND {LOAN_DAYS_MAX}", name="loan_days"),
        CheckConstraint(f"max_open_loans BETWEEN 1 AND {MAX_OPEN_LOANS_MAX}", name="max_open"),
        UniqueConstraint("branch_id", "kind", name="uq_loan_policies_branch_kind"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branches.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    loan_days: Mapped[int] = mapped_column(Integer)
    max_open_loans: Mapped[int] = mapped_column(Integer)
