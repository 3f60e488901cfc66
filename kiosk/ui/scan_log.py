"""What was scanned at this kiosk lately, for the staff console: outcomes and times only.

Kept in memory on the GUI thread and never written anywhere: no card numbers, no names. The one
exception is the last unknown card, held for a few minutes so staff can set it up; its text
never leaves this object except to the card set-up call."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core.results import ScanOutcome

MAX_RECORDS = 12
UNKNOWN_CARD_KEPT = timedelta(minutes=10)


@dataclass(frozen=True)
class ScanRecord:
    outcome: ScanOutcome
    at: datetime  # UTC


@dataclass(frozen=True)
class PendingCard:
    """An unknown card that was just scanned. repr hides the text: it is a card number."""

    text: str
    at: datetime

    def __repr__(self) -> str:
        return f"PendingCard(at={self.at.isoformat()})"


class ScanLog:
    def __init__(self) -> None:
        self._records: deque[ScanRecord] = deque(maxlen=MAX_RECORDS)
        self._unknown: PendingCard | None = None

    def record(self, outcome: ScanOutcome, at: datetime, text: str = "") -> None:
        self._records.appendleft(ScanRecord(outcome, at))
        if outcome is ScanOutcome.UNKNOWN_CARD and text:
            self._unknown = PendingCard(text, at)

    def recent(self) -> tuple[ScanRecord, ...]:
        return tuple(self._records)

    def pending_card(self, now: datetime) -> PendingCard | None:
        card = self._unknown
        if card is not None and now - card.at > UNKNOWN_CARD_KEPT:
            self._unknown = card = None
        return card

    def card_set_up(self) -> None:
        self._unknown = None
