"""What the training, waiver and consent services answer: small immutable values the screens
can import without loading the database layer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True)
class PatronStanding:
    """What a patron may do at a moment, as far as trainings, consent and the waiver go."""

    patron_id: uuid.UUID
    is_minor: bool
    guardian_consent: bool  # consent on file and not withdrawn
    trainings: frozenset[str]  # training codes valid (not expired, not revoked) at `at`
    waiver_required: str | None  # current waiver version the patron has NOT accepted; None = ok
    card_revoked: bool = False  # the patron has cards and every one of them is revoked


@dataclass(frozen=True)
class TrainingInfo:
    training_id: uuid.UUID
    code: str
    name: str
    validity_months: int | None  # None: never expires


class CertificationState(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NONE = "none"  # never certified


@dataclass(frozen=True)
class PatronTraining:
    """One training as it stands for one patron (their latest certification on it)."""

    training: TrainingInfo
    state: CertificationState
    certification_id: uuid.UUID | None = None
    certified_at: datetime | None = None
    expires_at: datetime | None = None
    revoked_at: datetime | None = None


@dataclass(frozen=True)
class PatronTrainings:
    """A staff member's view of a patron: their trainings and consent."""

    patron_id: uuid.UUID
    display_name: str
    is_minor: bool
    guardian_consent: bool
    consent_recorded_at: datetime | None
    trainings: tuple[PatronTraining, ...]


@dataclass(frozen=True)
class WaiverText:
    """The current waiver in one language, for a patron to read."""

    version: str
    language: str
    text: str
    accepted: bool  # this patron already accepted this version
