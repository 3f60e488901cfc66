"""Patrons: enrolling one, importing many from a CSV file, listing cards to print."""

from __future__ import annotations

import csv
import io
import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.clock import Clock
from kiosk.core.names import clean_card_number, clean_display_name
from kiosk.core.results import PatronSummary
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe
from kiosk.db.models import Card, Patron
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound
from kiosk.ids import uuid7

log = logging.getLogger(__name__)

CSV_COLUMNS = ("card_number", "display_name", "birth_year")
MIN_BIRTH_YEAR = 1900
# A patron file for even a large library system is far below this; more is a wrong file.
MAX_CSV_BYTES = 64 * 1024 * 1024
_LOOKUP_CHUNK = 500


@dataclass(frozen=True)
class RowError:
    line: int  # 1-based line in the file; 0 when the whole file is at fault
    message: str  # never contains the card number or the name


@dataclass(frozen=True)
class ImportReport:
    imported: int
    errors: tuple[RowError, ...] = ()
    committed: bool = False
    rows: int = 0  # data rows read (blank lines not counted)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class PrintableCard:
    patron_id: uuid.UUID
    display_name: str
    card_number: str
    is_minor: bool


@dataclass
class _Row:
    line: int
    card_number: str
    display_name: str
    birth_year: int | None


@dataclass
class _Parsed:
    rows: list[_Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    read: int = 0


def clean_birth_year(raw: str, this_year: int) -> int | None:
    text = raw.strip()
    if not text:
        # Adults need not give a birth year; storing less is the library's default.
        return None
    if not text.isdigit() or not MIN_BIRTH_YEAR <= int(text) <= this_year:
        raise InvalidInput(f"birth year must be a year from {MIN_BIRTH_YEAR} to {this_year}")
    return int(text)


class PatronService:
    """Thread-safe; one transaction per call."""

    def __init__(self, session_factory: sessionmaker[Session], clock: Clock) -> None:
        self._session_factory = session_factory
        self._clock = clock

    def create(
        self,
        display_name: str,
        *,
        card_number: str | None = None,
        birth_year: int | None = None,
        is_minor: bool = False,
        guardian_consent_on_file: bool = False,
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
                if number is not None and self._taken(session, [number]):
                    raise Conflict("that card number is already in use")
                patron = Patron(
                    display_name=name,
                    birth_year=birth_year,
                    is_minor=is_minor,
                    guardian_consent_on_file=guardian_consent_on_file,
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

    def record_waiver(self, patron_id: uuid.UUID, version: str) -> None:
        """The patron signed waiver `version` now (an adult, or a guardian for a minor)."""
        label = version.strip()
        if not label or len(label) > 32:
            raise InvalidInput("a waiver version is 1 to 32 characters")
        self._update(patron_id, "waiver_signed", waiver_version=label)

    def set_guardian_consent(self, patron_id: uuid.UUID, on_file: bool) -> None:
        self._update(
            patron_id,
            "guardian_consent_recorded" if on_file else "guardian_consent_withdrawn",
            guardian_consent_on_file=on_file,
        )

    def _update(self, patron_id: uuid.UUID, action: str, **values: object) -> None:
        now = self._clock.now()
        try:
            with UnitOfWork(self._session_factory) as session:
                patron = session.get(Patron, patron_id)
                if patron is None:
                    raise NotFound("no such patron")
                for name, value in values.items():
                    setattr(patron, name, value)
                if "waiver_version" in values:
                    patron.waiver_signed_at = now
                detail = {"version": values["waiver_version"]} if "waiver_version" in values else {}
                record_event(
                    session,
                    at=now,
                    action=action,
                    subject_kind="patron",
                    subject_id=patron_id,
                    detail=detail,
                )
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc

    def import_csv(self, path: Path, skip_bad: bool = False) -> ImportReport:
        """Import patrons from CSV (card_number, display_name, birth_year; header required;
        UTF-8 with or without BOM). Nothing is imported from a file with any bad row unless
        `skip_bad`. Never raises for a bad file or an unavailable database: the report says."""
        try:
            data = _read_limited(path)
        except OSError as exc:
            return ImportReport(0, (RowError(0, f"cannot read the file: {exc.strerror}"),))
        except _FileProblem as exc:
            return ImportReport(0, (RowError(exc.line, str(exc)),))
        now = self._clock.now()
        parsed = _parse(data, now.year)
        if not parsed.rows and not parsed.errors:
            parsed.errors.append(RowError(0, "the file has a header but no patrons"))
        try:
            with UnitOfWork(self._session_factory) as session:
                taken = self._taken(session, [row.card_number for row in parsed.rows])
                good: list[_Row] = []
                for row in parsed.rows:
                    if row.card_number in taken:
                        parsed.errors.append(
                            RowError(row.line, "card number already belongs to someone")
                        )
                    else:
                        good.append(row)
                parsed.errors.sort(key=lambda error: error.line)
                if parsed.errors and not skip_bad:
                    return ImportReport(0, tuple(parsed.errors), False, parsed.read)
                self._insert(session, good, now)
                record_event(
                    session,
                    at=now,
                    action="patrons_imported",
                    detail={"imported": len(good), "skipped": len(parsed.errors)},
                )
        except DB_ERRORS as exc:
            reason = f"the database is unavailable, nothing was imported: {describe(exc)}"
            return ImportReport(0, (*parsed.errors, RowError(0, reason)), False, parsed.read)
        log.info("imported %d patrons, skipped %d bad rows", len(good), len(parsed.errors))
        return ImportReport(len(good), tuple(parsed.errors), True, parsed.read)

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

    @staticmethod
    def _taken(session: Session, numbers: Sequence[str]) -> set[str]:
        taken: set[str] = set()
        for start in range(0, len(numbers), _LOOKUP_CHUNK):
            chunk = numbers[start : start + _LOOKUP_CHUNK]
            taken.update(
                session.scalars(select(Card.card_number).where(Card.card_number.in_(chunk)))
            )
        return taken

    @staticmethod
    def _insert(session: Session, rows: Sequence[_Row], now: datetime) -> None:
        if not rows:
            return
        patrons = []
        cards = []
        for row in rows:
            patron_id = uuid7()
            patrons.append(
                {
                    "id": patron_id,
                    "display_name": row.display_name,
                    "birth_year": row.birth_year,
                    "is_minor": False,
                    "guardian_consent_on_file": False,
                    "created_at": now,
                }
            )
            cards.append(
                {
                    "id": uuid7(),
                    "card_number": row.card_number,
                    "kind": "signed",
                    "patron_id": patron_id,
                    "issued_at": now,
                }
            )
        session.execute(insert(Patron), patrons)
        session.execute(insert(Card), cards)


def _lookup_number(raw: str) -> str:
    # A number that is no valid card number matches nothing; it is not an error here.
    try:
        return clean_card_number(raw)
    except ValueError:
        return raw.strip()


class _FileProblem(ValueError):
    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


def _read_limited(path: Path) -> str:
    with open(path, "rb") as handle:
        data = handle.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise _FileProblem(f"the file is larger than {MAX_CSV_BYTES // (1024 * 1024)} MB")
    if b"\0" in data:
        raise _FileProblem("the file is not a CSV text file (it contains binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _FileProblem("the file is not UTF-8 text (save it as CSV UTF-8)", line) from None


def _parse(text: str, this_year: int) -> _Parsed:
    parsed = _Parsed()
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        parsed.errors.append(RowError(1, f"the header is not valid CSV: {exc}"))
        return parsed
    columns = [name.strip().lower() for name in header or []]
    missing = [name for name in CSV_COLUMNS if name not in columns]
    if missing:
        parsed.errors.append(
            RowError(
                1,
                "the first line must be a header naming the columns "
                f"{', '.join(CSV_COLUMNS)} (missing: {', '.join(missing)})",
            )
        )
        return parsed
    index = {name: columns.index(name) for name in CSV_COLUMNS}
    first_line_of: dict[str, int] = {}
    line = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            parsed.errors.append(RowError(line, f"not valid CSV: {exc}"))
            break
        start, line = line, reader.line_num + 1
        if not any(field.strip() for field in record):
            continue
        parsed.read += 1
        row_errors: list[str] = []
        values: dict[str, str] = {}
        short = [name for name in CSV_COLUMNS if index[name] >= len(record)]
        if short:
            row_errors.append(f"missing field {', '.join(short)} (the row is cut short)")
        for name in CSV_COLUMNS:
            values[name] = record[index[name]] if name not in short else ""
            if name != "birth_year" and name not in short and not values[name].strip():
                row_errors.append(f"missing {name}")
        number = name_ = ""
        year: int | None = None
        if values["card_number"].strip():
            try:
                number = clean_card_number(values["card_number"])
            except ValueError as exc:
                row_errors.append(str(exc))
        if values["display_name"].strip():
            try:
                name_ = clean_display_name(values["display_name"])
            except ValueError as exc:
                row_errors.append(str(exc))
        if values["birth_year"].strip():
            try:
                year = clean_birth_year(values["birth_year"], this_year)
            except ValueError as exc:
                row_errors.append(str(exc))
        if number and not row_errors:
            earlier = first_line_of.get(number)
            if earlier is not None:
                row_errors.append(f"card number repeats the one on line {earlier}")
            else:
                first_line_of[number] = start
        if row_errors:
            parsed.errors.append(RowError(start, "; ".join(row_errors)))
        else:
            parsed.rows.append(_Row(start, number, name_, year))
    return parsed
