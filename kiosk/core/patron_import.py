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
import time
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
    false,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.names import clean_card_number, clean_display_name
from kiosk.db.engine import WRITE_LOCK_OPTION
from kiosk.db.errors import DB_ERRORS, describe
from kiosk.db.models import AuditEvent, Card, Patron
from kiosk.db.uow import after_bulk_write
from kiosk.ids import uuid7

log = logging.getLogger(__name__)

CSV_COLUMNS = ("card_number", "display_name", "birth_year")
MIN_BIRTH_YEAR = 1900
# A patron file for even a large library system is far below this; more is a wrong file.
MAX_CSV_BYTES = 256 * 1024 * 1024
DEFAULT_MAX_ROWS = 1_000_000
# Rows per write transaction: each holds the write lock for a few hundred milliseconds at most.
BATCH_ROWS = 5000
# SQLite grants its write lock to no queue: a check-in waiting for it polls (every 100 ms once it
# has waited a while) and would keep missing the moment between two batches. The import leaves
# the lock free this long after each batch on SQLite, so a waiting check-in always gets in.
SQLITE_PAUSE_S = 0.12
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
        Column("bad", Integer, nullable=False, server_default="0"),
        prefixes=["TEMPORARY"],
    )


class _StagingWriter:
    """Adds rows to the staging table through the driver's executemany: at hundreds of
    thousands of rows, building a statement per row is most of an import's time."""

    COLUMNS = ("line", "card_number", "display_name", "birth_year", "patron_id", "card_id")

    def __init__(self, conn: Connection, staging: Table) -> None:
        self._conn = conn
        compiled = insert(staging).compile(dialect=conn.dialect, column_keys=list(self.COLUMNS))
        self._sql = str(compiled)
        self._order = (
            [self.COLUMNS.index(name) for name in compiled.positiontup or ()]
            if compiled.positional
            else None
        )
        self._uuid = staging.c.patron_id.type.bind_processor(conn.dialect)

    def write(self, rows: list[tuple[object, ...]]) -> None:
        convert = self._uuid
        params: list[Any] = []
        for line, number, name, year, patron_id, card_id in rows:
            values = (
                line,
                number,
                name,
                year,
                convert(patron_id) if convert else patron_id,
                convert(card_id) if convert else card_id,
            )
            if self._order is not None:
                params.append(tuple(values[i] for i in self._order))
            else:
                params.append(dict(zip(self.COLUMNS, values, strict=True)))
        with self._conn.begin():
            self._conn.exec_driver_sql(self._sql, params)


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
        pause_s: float = SQLITE_PAUSE_S,
    ) -> None:
        """`progress`, if given, is called with the number of patrons written so far after
        each batch is committed (outside any transaction)."""
        engine = session_factory.kw.get("bind")
        if not isinstance(engine, Engine):
            raise TypeError("the session factory must be bound to an engine")
        self._engine = engine
        self._session_factory = session_factory
        self._max_rows = max_rows
        self._batch_rows = batch_rows
        self._progress = progress
        self._pause_s = pause_s if engine.dialect.name == "sqlite" else 0.0

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
        stage = _StagingWriter(conn, staging)
        batch: list[tuple[object, ...]] = []
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
                (item.line, item.card_number, item.display_name, item.birth_year, uuid7(), uuid7())
            )
            if len(batch) >= self._batch_rows:
                stage.write(batch)
                batch = []
        if batch:
            stage.write(batch)
        return rows

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
                    window = (
                        select(staging.c.line)
                        .where(staging.c.bad == 0, staging.c.line > last_line)
                        .order_by(staging.c.line)
                        .limit(self._batch_rows)
                        .subquery()
                    )
                    upper, count = conn.execute(select(func.max(window.c.line), func.count())).one()
                if not count:
                    break
                batch = (staging.c.bad == 0, staging.c.line > last_line, staging.c.line <= upper)
                # Copied inside the database: no row crosses into Python, so the write lock is
                # held only as long as the database needs to add them.
                with writer.begin():
                    writer.execute(_copy_patrons(staging, batch, now))
                    writer.execute(_copy_cards(staging, batch, now))
                rows = range(count)
                last_line = int(upper)
                written += len(rows)
                self._checkpoint(conn)
                if self._pause_s:
                    time.sleep(self._pause_s)
                if self._progress is not None:
                    self._progress(written)
            with writer.begin():
                detail = {"import": import_id, "imported": written, "skipped": skipped}
                self._journal(writer, FINISHED, now, detail)
                after_bulk_write(self._session_factory, writer, now)
        except BaseException:
            self._undo(writer, staging, last_line)
            raise
        return written

    @staticmethod
    def _checkpoint(conn: Connection) -> None:
        # SQLite copies the write-ahead log back into the database in whichever commit crosses
        # its threshold; left alone, that is a patron's check-in doing the import's copying.
        # Copying after each batch, here, keeps that work off the kiosk.
        if conn.dialect.name == "sqlite" and not conn.in_transaction():
            driver = conn.connection.driver_connection  # autocommit: see kiosk.db.engine
            if driver is not None:
                driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

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


def _copy_patrons(staging: Table, batch: tuple[Any, ...], now: datetime) -> Any:
    columns = ["id", "display_name", "birth_year", "is_minor"]
    source = select(
        staging.c.patron_id,
        staging.c.display_name,
        staging.c.birth_year,
        false(),
        literal(now, Patron.__table__.c.created_at.type),
    ).where(*batch)
    return insert(Patron).from_select([*columns, "created_at"], source)


def _copy_cards(staging: Table, batch: tuple[Any, ...], now: datetime) -> Any:
    source = select(
        staging.c.card_id,
        staging.c.card_number,
        literal("signed"),
        staging.c.patron_id,
        literal(now, Card.__table__.c.issued_at.type),
    ).where(*batch)
    return insert(Card).from_select(["id", "card_number", "kind", "patron_id", "issued_at"], source)


__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_MAX_ROWS",
    "ImportReport",
    "PatronImporter",
    "RowError",
    "clean_birth_year",
    "read_rows",
]
