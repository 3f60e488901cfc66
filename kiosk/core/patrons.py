"""Patrons: enrolling one, importing many from a CSV file, listing cards to print."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.clock import Clock
from kiosk.core.names import clean_card_number, clean_display_name
from kiosk.core.patron_import import (
    CSV_COLUMNS,
    DEFAULT_MAX_ROWS,
    MIN_BIRTH_YEAR,
    ImportReport,
    PatronImporter,
    RowError,
    clean_birth_year,
)
from kiosk.core.results import PatronSummary
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe
from kiosk.db.models import Card, Patron
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput

log = logging.getLogger(__name__)

__all__ = [
    "CSV_COLUMNS",
    "MIN_BIRTH_YEAR",
    "ImportReport",
    "PatronService",
    "PrintableCard",
    "RowError",
    "clean_birth_year",
    "clean_card_number",
    "clean_display_name",
]


@dataclass(frozen=True)
class PrintableCard:
    patron_id: uuid.UUID
    display_name: str
    card_number: str
    is_minor: bool


class PatronService:
    """Thread-safe; one transaction per call."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        *,
        import_max_rows: int = DEFAULT_MAX_ROWS,
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._import_max_rows = import_max_rows

    def create(
        self,
        display_name: str,
        *,
        card_number: str | None = None,
        birth_year: int | None = None,
        is_minor: bool = False,
    ) -> PatronSummary:
        """Enrol one patron, with a card when a number is given. InvalidInput for bad
        input, Conflict for a card number in use; DatabaseUnavailable when the database cannot
        be written."""
        now = self._clock.now()
        name = clean_display_name(display_name)
        number = clean_card_number(card_number) if card_number is not None else None
        if birth_year is not None and not MIN_BIRTH_YEAR <= birth_year <= now.year:
            raise InvalidInput(f"birth year must be a year from {MIN_BIRTH_YEAR} to {now.year}")
        try:
            with UnitOfWork(self._session_factory) as session:
                taken = select(Card.id).where(Card.card_number == number)
                if number is not None and session.scalar(taken) is not None:
                    raise Conflict("that card number is already in use")
                patron = Patron(
                    display_name=name,
                    birth_year=birth_year,
                    is_minor=is_minor,
                    created_at=now,
                )
                session.add(patron)
                session.flush()
                if number is not None:
                    session.add(
                        Card(card_number=number, kind="signed", patron_id=patron.id, issued_at=now)
                    )
                record_event(
                    session,
                    at=now,
                    action="patron_created",
                    subject_kind="patron",
                    subject_id=patron.id,
                )
                summary = PatronSummary(patron.id, name, patron.minor_at(now.year))
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc
        log.info("patron %s enrolled", summary.patron_id)
        return summary

    # Waivers and guardian consent: kiosk.core.trainings (WaiverService, TrainingService).

    def import_csv(self, path: Path, skip_bad: bool = False) -> ImportReport:
        """Import patrons from CSV (card_number, display_name, birth_year; header required;
        UTF-8 with or without BOM), streamed and in short batches (kiosk.core.patron_import).
        Nothing is imported from a file with any bad row unless `skip_bad`. Never raises for a
        bad file or an unavailable database: the report says."""
        importer = PatronImporter(self._session_factory, max_rows=self._import_max_rows)
        return importer.run(path, self._clock.now(), skip_bad=skip_bad)

    def cards_to_print(self, card_numbers: Iterable[str] | None = None) -> list[PrintableCard]:
        """Active (not revoked) patron cards, by display name; all of them, or only those
        numbered. Raises DatabaseUnavailable when the database cannot be read."""
        query = (
            select(Patron, Card.card_number)
            .join(Card, Card.patron_id == Patron.id)
            .where(Card.revoked_at.is_(None))
            .order_by(Patron.display_name, Card.card_number)
        )
        if card_numbers is not None:
            wanted = [_lookup_number(number) for number in card_numbers]
            query = query.where(Card.card_number.in_(wanted))
        year = self._clock.now().year
        try:
            with UnitOfWork(self._session_factory, write=False) as session:
                return [
                    PrintableCard(patron.id, patron.display_name, number, patron.minor_at(year))
                    for patron, number in session.execute(query)
                ]
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc


def _lookup_number(raw: str) -> str:
    # A number that is no valid card number matches nothing; it is not an error here.
    try:
        return clean_card_number(raw)
    except ValueError:
        return raw.strip()
