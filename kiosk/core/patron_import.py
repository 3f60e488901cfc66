"""Importing patrons from a CSV file without holding the kiosk up, however long the file.

The file is read as a stream (memory does not grow with its length) and every row is checked
before anything is written: each row on its own, then card numbers repeated within the file and
card numbers already in the database, found by SQL against a temporary staging table on the
import's own connection (writing it takes no lock on the kiosk's tables). Only a file that
passes (or `skip_bad`) is written, in short batches, each its own transaction, so a check-in on
the same database waits at most one batch.

All or nothing: an import is journalled in the audit trail (`patrons_import_started`, then
`patrons_imported`); a batch that fails removes the rows already written, and an import cut off
by a crash is removed by the next import. While an import runs, the patrons it has written so
far are already visible to other readers."""

from __future__ import annotations

import codecs
import csv
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.names import clean_card_number, clean_display_name
from kiosk.db.engine import WRITE_LOCK_OPTION
from kiosk.db.errors import DB_ERRORS, describe
from kiosk.db.models import AuditEvent, Card, Patron
from kiosk.ids import uuid7

log = logging.getLogger(__name__)

CSV_COLUMNS = ("card_number", "display_name", "birth_year")
MIN_BIRTH_YEAR = 1900
# A patron file for even a large library system is far below this; more is a wrong file.
MAX_CSV_BYTES = 256 * 1024 * 1024
DEFAULT_MAX_ROWS = 1_000_000
# Rows per write transaction: each holds the write lock for some tens of milliseconds.
BATCH_ROWS = 2000
# Rows reported one by one; past this only their number is given.
MAX_REPORTED_ERRORS = 1000
STARTED = "patrons_import_started"
FINISHED = "patrons_imported"


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
    more_errors: int = 0  # bad rows beyond the ones listed in `errors`

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class _Row:
    line: int
    card_number: str
    display_name: str
    birth_year: int | None


class _FileProblem(Exception):
    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


def clean_birth_year(raw: str, this_year: int) -> int | None:
    text = raw.strip()
    if not text:
        # Adults need not give a birth year; storing less is the library's default.
        return None
    if not text.isdigit() or not MIN_BIRTH_YEAR <= int(text) <= this_year:
        raise ValueError(f"birth year must be a year from {MIN_BIRTH_YEAR} to {this_year}")
    return int(text)


# -- reading ----------------------------------------------------------------------------------


def _text_lines(path: Path) -> Iterator[str]:
    """The file's lines as text, read in chunks; _FileProblem for binary or non-UTF-8 data or a
    file past MAX_CSV_BYTES."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    size = 0
    line = 1
    pending = ""
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below; a read error is reported)
    except OSError as exc:
        raise _FileProblem(f"cannot read the file: {exc.strerror}") from None
    with handle:
        while chunk := _read_chunk(handle):
            size += len(chunk)
            if size > MAX_CSV_BYTES:
                raise _FileProblem(f"the file is larger than {MAX_CSV_BYTES // (1 << 20)} MB")
            if b"\0" in chunk:
                raise _FileProblem("the file is not a CSV text file (it contains binary data)")
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                bad_line = line + chunk[: max(0, exc.start)].count(b"\n")
                raise _FileProblem(
                    "the file is not UTF-8 text (save it as CSV UTF-8)", bad_line
                ) from None
            lines = (pending + text).splitlines(keepends=True)
            pending = lines.pop() if lines and not lines[-1].endswith(("\n", "\r")) else ""
            for item in lines:
                line += 1
                yield item
        try:
            pending += decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise _FileProblem("the file is not UTF-8 text (save it as CSV UTF-8)", line) from None
        if pending:
            yield pending


def _read_chunk(handle: BinaryIO) -> bytes:
    try:
        return handle.read(1 << 16)
    except OSError as exc:
        raise _FileProblem(f"cannot read the file: {exc.strerror}") from None


def read_rows(path: Path, this_year: int) -> Iterator[_Row | RowError]:
    """Each data row, checked on its own, as a _Row or a RowError, in file order. Raises
    _FileProblem for a file that is not CSV text at all."""
    reader = csv.reader(_text_lines(path))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield RowError(1, f"the header is not valid CSV: {exc}")
        return
    columns = [name.strip().lower() for name in header or []]
    missing = [name for name in CSV_COLUMNS if name not in columns]
    if missing:
        yield RowError(
            1,
            "the first line must be a header naming the columns "
            f"{', '.join(CSV_COLUMNS)} (missing: {', '.join(missing)})",
        )
        return
    index = {name: columns.index(name) for name in CSV_COLUMNS}
    line = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RowError(line, f"not valid CSV: {exc}")
            return
        start, line = line, reader.line_num + 1
        if any(field.strip() for field in record):
            yield _check_row(start, record, index, this_year)


def _check_row(line: int, record: list[str], index: dict[str, int], this_year: int) -> Any:
    problems: list[str] = []
    short = [name for name in CSV_COLUMNS if index[name] >= len(record)]
    if short:
        problems.append(f"missing field {', '.join(short)} (the row is cut short)")
    values = {name: record[index[name]] if name not in short else "" for name in CSV_COLUMNS}
    for name in ("card_number", "display_name"):
        if name not in short and not values[name].strip():
            problems.append(f"missing {name}")
    number = name_ = ""
    year: int | None = None
    if values["card_number"].strip():
        try:
            number = clean_card_number(values["card_number"])
        except ValueError as exc:
            problems.append(str(exc))
    if values["display_name"].strip():
        try:
            name_ = clean_display_name(values["display_name"])
        except ValueError as exc:
            problems.append(str(exc))
    if values["birth_year"].strip():
        try:
            year = clean_birth_year(values["birth_year"], this_year)
        except ValueError as exc:
            problems.append(str(exc))
    if problems:
        return RowError(line, "; ".join(problems))
    return _Row(line, number, name_, year)


# -- importing --------------------------------------------------------------------------------


def _staging_table() -> Table:
    return Table(
        "patron_import_staging",
        MetaData(),
        Column("line", Integer, primary_key=True),
        Column("card_number", String(32), nullable=False, index=True),
        Column("display_name", String(200), nullable=False),
        Column("birth_year", Integer),
        Column("patron_id", Uuid, nullable=False),
        Column("card_id", Uuid, nullable=False),
        Column("bad", Integer, nullable=False, default=0),
        prefixes=["TEMPORARY"],
    )


class _Errors:
    """Row errors, the first MAX_REPORTED_ERRORS kept, the rest counted."""

    def __init__(self) -> None:
        self.kept: list[RowError] = []
        self.more = 0

    def add(self, error: RowError) -> None:
        if len(self.kept) < MAX_REPORTED_ERRORS:
            self.kept.append(error)
        else:
            self.more += 1

    def __len__(self) -> int:
        return len(self.kept) + self.more

    def report(self) -> tuple[RowError, ...]:
        return tuple(sorted(self.kept, key=lambda error: error.line))


class PatronImporter:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        max_rows: int = DEFAULT_MAX_ROWS,
        batch_rows: int = BATCH_ROWS,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """`progress`, if given, is called with the number of patrons written so far after
        each batch is committed (outside any transaction)."""
        engine = session_factory.kw.get("bind")
        if not isinstance(engine, Engine):
            raise TypeError("the session factory must be bound to an engine")
        self._engine = engine
        self._max_rows = max_rows
        self._batch_rows = batch_rows
        self._progress = progress

    def run(self, path: Path, now: datetime, *, skip_bad: bool = False) -> ImportReport:
        errors = _Errors()
        try:
            with self._engine.connect() as conn:
                return self._run(conn, path, now, skip_bad, errors)
        except _FileProblem as exc:
            return ImportReport(0, (RowError(exc.line, str(exc)),))
        except DB_ERRORS as exc:
            reason = f"the database is unavailable, nothing was imported: {describe(exc)}"
            return ImportReport(0, (*errors.report(), RowError(0, reason)), more_errors=errors.more)

    def _run(
        self, conn: Connection, path: Path, now: datetime, skip_bad: bool, errors: _Errors
    ) -> ImportReport:
        self._remove_unfinished_imports(conn)
        staging = _staging_table()
        with conn.begin():
            staging.create(conn)
        try:
            rows = self._stage(conn, staging, path, now.year, errors)
            if rows > self._max_rows:
                problem = (
                    f"the file has more than {self._max_rows} patrons "
                    "(patrons.import_max_rows); nothing was imported"
                )
                return ImportReport(0, (RowError(0, problem),), False, rows)
            if rows == 0 and not errors:
                errors.add(RowError(0, "the file has a header but no patrons"))
            self._check_card_numbers(conn, staging, errors)
            if errors and not skip_bad:
                return ImportReport(0, errors.report(), False, rows, errors.more)
            imported = self._write(conn, staging, now, skipped=len(errors))
            log.info("imported %d patrons, skipped %d bad rows", imported, len(errors))
            return ImportReport(imported, errors.report(), True, rows, errors.more)
        finally:
            with conn.begin():
                staging.drop(conn, checkfirst=True)

    def _stage(
        self, conn: Connection, staging: Table, path: Path, this_year: int, errors: _Errors
    ) -> int:
        rows = 0
        batch: list[dict[str, object]] = []
        for item in read_rows(path, this_year):
            if isinstance(item, RowError):
                if item.line > 1:
                    rows += 1
                errors.add(item)
                continue
            rows += 1
            if rows > self._max_rows:
                break
            batch.append(
                {
                    "line": item.line,
                    "card_number": item.card_number,
                    "display_name": item.display_name,
                    "birth_year": item.birth_year,
                    "patron_id": uuid7(),
                    "card_id": uuid7(),
                    "bad": 0,
                }
            )
            if len(batch) >= self._batch_rows:
                self._insert_staging(conn, staging, batch)
                batch = []
        if batch:
            self._insert_staging(conn, staging, batch)
        return rows

    @staticmethod
    def _insert_staging(conn: Connection, staging: Table, batch: list[dict[str, object]]) -> None:
        with conn.begin():
            conn.execute(insert(staging), batch)

    def _check_card_numbers(self, conn: Connection, staging: Table, errors: _Errors) -> None:
        first = (
            select(staging.c.card_number, func.min(staging.c.line).label("first"))
            .group_by(staging.c.card_number)
            .having(func.count() > 1)
            .subquery()
        )
        repeats = select(staging.c.line, first.c.first).join(
            first,
            (staging.c.card_number == first.c.card_number) & (staging.c.line > first.c.first),
        )
        taken = select(staging.c.line).join(Card, Card.card_number == staging.c.card_number)
        with conn.begin():
            bad_lines: list[int] = []
            for line, earlier in conn.execute(repeats.order_by(staging.c.line)):
                errors.add(RowError(line, f"card number repeats the one on line {earlier}"))
                bad_lines.append(line)
            for (line,) in conn.execute(taken.order_by(staging.c.line)):
                errors.add(RowError(line, "card number already belongs to someone"))
                bad_lines.append(line)
            for start in range(0, len(bad_lines), self._batch_rows):
                chunk = bad_lines[start : start + self._batch_rows]
                conn.execute(update(staging).where(staging.c.line.in_(chunk)).values(bad=1))

    def _write(self, conn: Connection, staging: Table, now: datetime, *, skipped: int) -> int:
        import_id = str(uuid7())
        writer = conn.execution_options(**{WRITE_LOCK_OPTION: True})
        with writer.begin():
            self._journal(writer, STARTED, now, {"import": import_id, "at": now.isoformat()})
        last_line = 0
        written = 0
        try:
            while True:
                with conn.begin():  # the staging table only: no lock on the kiosk's tables
                    rows = conn.execute(
                        select(staging)
                        .where(staging.c.bad == 0, staging.c.line > last_line)
                        .order_by(staging.c.line)
                        .limit(self._batch_rows)
                    ).all()
                if not rows:
                    break
                with writer.begin():
                    writer.execute(insert(Patron), [_patron(row, now) for row in rows])
                    writer.execute(insert(Card), [_card(row, now) for row in rows])
                last_line = rows[-1].line
                written += len(rows)
                if self._progress is not None:
                    self._progress(written)
            with writer.begin():
                detail = {"import": import_id, "imported": written, "skipped": skipped}
                self._journal(writer, FINISHED, now, detail)
        except BaseException:
            self._undo(writer, staging, last_line)
            raise
        return written

    @staticmethod
    def _journal(conn: Connection, action: str, now: datetime, detail: dict[str, Any]) -> None:
        conn.execute(
            insert(AuditEvent).values(
                id=uuid7(), at=now, actor_kind="system", action=action, detail=detail
            )
        )

    def _undo(self, writer: Connection, staging: Table, last_line: int) -> None:
        """Remove what this import wrote; the import stays journalled as unfinished if this
        fails too, so the next import removes it."""
        try:
            written = select(staging.c.patron_id).where(
                staging.c.bad == 0, staging.c.line <= last_line
            )
            with writer.begin():
                writer.execute(delete(Card).where(Card.patron_id.in_(written)))
                writer.execute(delete(Patron).where(Patron.id.in_(written)))
        except DB_ERRORS:
            log.exception("could not remove a failed import's patrons; the next import will")

    def _remove_unfinished_imports(self, conn: Connection) -> None:
        """Patrons of an import cut off by a crash share its one creation time: remove them."""
        with conn.begin():
            started = conn.execute(
                select(AuditEvent.at, AuditEvent.detail).where(AuditEvent.action == STARTED)
            ).all()
            finished = {
                str((detail or {}).get("import"))
                for (detail,) in conn.execute(
                    select(AuditEvent.detail).where(AuditEvent.action == FINISHED)
                )
            }
        for at, detail in started:
            import_id = str((detail or {}).get("import"))
            if import_id in finished:
                continue
            writer = conn.execution_options(**{WRITE_LOCK_OPTION: True})
            with writer.begin():
                orphans = select(Patron.id).where(Patron.created_at == at)
                writer.execute(delete(Card).where(Card.patron_id.in_(orphans)))
                removed = writer.execute(delete(Patron).where(Patron.created_at == at)).rowcount
                detail = {"import": import_id, "imported": 0, "removed": removed}
                self._journal(writer, FINISHED, at, detail)
            log.warning("removed %d patrons of an import that did not finish", removed)


def _patron(row: Any, now: datetime) -> dict[str, object]:
    return {
        "id": row.patron_id,
        "display_name": row.display_name,
        "birth_year": row.birth_year,
        "is_minor": False,
        "guardian_consent_on_file": False,
        "created_at": now,
    }


def _card(row: Any, now: datetime) -> dict[str, object]:
    return {
        "id": row.card_id,
        "card_number": row.card_number,
        "kind": "signed",
        "patron_id": row.patron_id,
        "issued_at": now,
    }


__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_MAX_ROWS",
    "ImportReport",
    "PatronImporter",
    "RowError",
    "clean_birth_year",
    "read_rows",
]
