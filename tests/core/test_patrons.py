"""Enrolling patrons and importing them from CSV files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.card_codec import CardCodec
from kiosk.core.checkin import CheckInService, ScanOutcome
from kiosk.core.clock import FixedClock
from kiosk.core.patrons import ImportReport, PatronService, RowError
from kiosk.db.models import AuditEvent, Card, Patron
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput
from tests.db.backends import BACKENDS, Database, add_patron, open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
HEADER = "card_number,display_name,birth_year\n"


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def patrons(db: Database) -> PatronService:
    return PatronService(db.session_factory, FixedClock(START))


def write(tmp_path: Path, text: str, *, bom: bool = False, name: str = "patrons.csv") -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def stored(db: Database) -> list[tuple[str, str, int | None]]:
    with UnitOfWork(db.session_factory, write=False) as session:
        rows = session.execute(
            select(Card.card_number, Patron.display_name, Patron.birth_year)
            .join(Patron, Card.patron_id == Patron.id)
            .order_by(Card.card_number)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_import_with_bom_whitespace_crlf_and_quotes(
    patrons: PatronService, db: Database, tmp_path: Path
) -> None:
    text = (
        " Card_Number , display_name,birth_year \r\n"
        "lib-001 ,  Zoë   Müller ,2014\r\n"
        '"LIB-002","García, José", 1987 \r\n'
        "\r\n"
        "LIB-003,Иван Петров,\r\n"
    )
    report = patrons.import_csv(write(tmp_path, text, bom=True))
    assert report == ImportReport(imported=3, errors=(), committed=True, rows=3)
    assert stored(db) == [
        ("LIB-001", "Zoë Müller", 2014),
        ("LIB-002", "García, José", 1987),
        ("LIB-003", "Иван Петров", None),
    ]
    # Imported cards work at the kiosk straight away.
    codec = CardCodec({"K1": bytes(range(32))}, "K1")
    checkin = CheckInService(db.session_factory, codec, FixedClock(START), "k", START - START)
    result = checkin.handle_scan(codec.encode("LIB-001"))
    assert result.outcome is ScanOutcome.WELCOME
    assert result.patron is not None and result.patron.is_minor
    with UnitOfWork(db.session_factory, write=False) as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patrons_imported")
        ).one()
    assert {k: v for k, v in event.detail.items() if k != "import"} == {
        "imported": 3,
        "skipped": 0,
    }


BAD_FILE = (
    HEADER
    + "OK-1,Ann,1990\n"  # line 2
    + "OK-2,Ben\n"  # line 3: cut short
    + ",Cat,2001\n"  # line 4: no card number
    + "OK-4,,2001\n"  # line 5: no name
    + "OK-5,Dan,19x0\n"  # line 6: bad year
    + "OK-6,Eve,1850\n"  # line 7: implausible year
    + "OK-7,Fay,2031\n"  # line 8: future year
    + "OK-1,Gus,1990\n"  # line 9: repeats line 2
    + "IN-DB,Hal,1990\n"  # line 10: already in the database
    + f"OK-11,{'N' * 81},1990\n"  # line 11: name too long
    + "BAD NUMBER!,Ivy,1990\n"  # line 12: card number format
    + "OK-13,Joy,2010\n"  # line 13
)


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(
    patrons: PatronService, db: Database, tmp_path: Path
) -> None:
    add_patron(db, "Existing", "IN-DB")
    report = patrons.import_csv(write(tmp_path, BAD_FILE))
    assert report.imported == 0 and not report.committed
    assert [error.line for error in report.errors] == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    messages = dict((error.line, error.message) for error in report.errors)
    assert "missing field birth_year" in messages[3]
    assert "missing card_number" in messages[4]
    assert "missing display_name" in messages[5]
    assert "birth year" in messages[6] and "birth year" in messages[7]
    assert "birth year" in messages[8]
    assert "line 2" in messages[9]
    assert "already belongs" in messages[10]
    assert "longer than 80" in messages[11]
    assert "card number must be" in messages[12]
    for error in report.errors:  # messages name the problem, never the patron
        assert "Gus" not in error.message and "IN-DB" not in error.message
    assert stored(db) == [("IN-DB", "Existing", None)]


def test_skip_bad_imports_the_good_rows(
    patrons: PatronService, db: Database, tmp_path: Path
) -> None:
    add_patron(db, "Existing", "IN-DB")
    report = patrons.import_csv(write(tmp_path, BAD_FILE), skip_bad=True)
    assert report.imported == 2 and report.committed
    assert len(report.errors) == 10
    assert [row[0] for row in stored(db)] == ["IN-DB", "OK-1", "OK-13"]


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        (b"", 1, "header"),
        (b"number,name,year\nA-1,Ann,1990\n", 1, "header"),
        (b"card_number,display_name\nA-1,Ann\n", 1, "birth_year"),
        (HEADER.encode(), 0, "no patrons"),
        (HEADER.encode() + b"A-1,Ann,1990\nA-2,B\xe9n,1990\n", 3, "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 0, "binary"),
    ],
    ids=["empty", "no-header", "missing-column", "header-only", "latin1", "binary"],
)
def test_unusable_files_give_a_clear_reason(
    patrons: PatronService, db: Database, tmp_path: Path, content: bytes, line: int, words: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    report = patrons.import_csv(path)
    assert report.imported == 0 and not report.committed
    assert len(report.errors) == 1
    assert report.errors[0].line == line
    assert words in report.errors[0].message
    assert stored(db) == []


def test_missing_file(patrons: PatronService, tmp_path: Path) -> None:
    report = patrons.import_csv(tmp_path / "nope.csv")
    assert report.errors == (RowError(0, "cannot read the file: No such file or directory"),)


def test_create_and_cards_to_print(patrons: PatronService, db: Database) -> None:
    ann = patrons.create("Ann  Lee", card_number="a-1", birth_year=1990)
    kid = patrons.create("Kid", card_number="K-1", is_minor=True)
    patrons.create("No Card Yet")
    add_patron(db, "Gone", "G-1", revoked=True)
    cards = patrons.cards_to_print()
    assert [(c.display_name, c.card_number, c.is_minor) for c in cards] == [
        ("Ann Lee", "A-1", False),
        ("Kid", "K-1", True),
    ]
    assert cards[0].patron_id == ann.patron_id
    assert [c.patron_id for c in patrons.cards_to_print(["k-1", "G-1", "X"])] == [kid.patron_id]


def test_create_refuses_bad_input(patrons: PatronService, db: Database) -> None:
    add_patron(db, "Existing", "IN-DB")
    with pytest.raises(Conflict, match="already in use"):
        patrons.create("Ann", card_number="in-db")
    with pytest.raises(InvalidInput, match="empty"):
        patrons.create("   ")
    with pytest.raises(InvalidInput, match="control"):
        patrons.create("Ann\x07")
    with pytest.raises(InvalidInput, match="birth year"):
        patrons.create("Ann", birth_year=START.year + 1)
    assert [row[0] for row in stored(db)] == ["IN-DB"]
