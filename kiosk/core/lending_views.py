"""What the lending service answers: small immutable values and refusal codes that the screens
word. No database import, so the UI can use them."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from kiosk.errors import DomainError

# Used when a branch has no loan policy for a kit's kind (see docs/lending.md).
DEFAULT_LOAN_DAYS = 14
DEFAULT_MAX_OPEN_LOANS = 2


class LoanRefusal(StrEnum):
    # The scan itself
    NOT_A_LABEL = "not_a_label"  # unreadable, or not a kiosk code at all
    PATRON_CARD = "patron_card"  # a card scanned where a kit label belongs
    FORGED_LABEL = "forged_label"  # a label whose signature does not check
    UNKNOWN_KIT = "unknown_kit"  # signed, but no such kit at this branch
    # The kit
    NOT_LENDABLE = "not_lendable"
    RETIRED = "retired"
    OUT_OF_ORDER = "out_of_order"
    NEEDS_CHECK = "needs_check"
    BUSY = "busy"  # reserved or in use as a machine
    ON_LOAN = "on_loan"  # lent to someone else (or just now, from another terminal)
    NOT_ON_LOAN = "not_on_loan"  # a return of a kit that is not out
    # The patron
    LIMIT_REACHED = "limit_reached"  # params: limit
    NEEDS_TRAINING = "needs_training"  # params: training
    NEEDS_CONSENT = "needs_consent"
    NEEDS_WAIVER = "needs_waiver"
    CARD_REVOKED = "card_revoked"
    UNKNOWN_CARD = "unknown_card"  # staff lending: the card scanned is no patron's


class LoanRefused(DomainError):
    """A lend or return that may not happen; `code` says why, `params` fill in the words."""

    def __init__(self, code: LoanRefusal, params: Mapping[str, str | int] | None = None) -> None:
        super().__init__(f"refused: {code.value}")
        self.code = code
        self.params: Mapping[str, str | int] = dict(params or {})


@dataclass(frozen=True)
class LoanView:
    loan_id: uuid.UUID
    item_id: uuid.UUID
    item_name: str
    kind: str
    icon: str
    patron_id: uuid.UUID | None
    # Shown to staff only; None for a patron whose data was deleted.
    patron_name: str | None
    lent_at: datetime
    due_at: datetime  # the loan is overdue from this moment (UTC)
    due_on: date  # the last day of the loan, in the branch's time zone
    returned_at: datetime | None
    overdue: bool


class KitAction(StrEnum):
    LENT = "lent"
    RETURNED = "returned"


@dataclass(frozen=True)
class KitOutcome:
    action: KitAction
    loan: LoanView
    # A return: the state the kit was left in ("free" or "needs_check").
    returned_as: str | None = None


@dataclass(frozen=True)
class KitPreview:
    """What a patron's scan of a kit label would do, shown for them to confirm."""

    action: KitAction
    item_id: uuid.UUID
    item_name: str
    icon: str
    due_on: date  # a loan: the last day it would run; a return: the day it was due
    loan: LoanView | None = None  # a return: the patron's open loan of the kit


@dataclass(frozen=True)
class KitStatus:
    """A kit as staff see it after scanning its label."""

    item_id: uuid.UUID
    name: str
    kind: str
    icon: str
    state: str
    lendable: bool
    loan: LoanView | None


@dataclass(frozen=True)
class LoanPolicyView:
    branch_code: str
    kind: str
    loan_days: int
    max_open_loans: int
    is_default: bool


@dataclass(frozen=True)
class KitLabel:
    """What one printed kit label carries."""

    item_id: uuid.UUID
    name: str
    kind: str
    short_code: str  # for a person reading the label when the QR code will not scan
    payload: str = field(repr=False)
