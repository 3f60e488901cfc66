"""Fast bulk seeding of a kiosk database for benchmarks: many patrons, a long visit history.

    python tests/benchmarks/seed.py sqlite:////tmp/bench.sqlite3 [patrons] [visits]

seed() returns the patrons' card numbers; visits are spread over the two years before `now`,
ending at least a day earlier, so a benchmark's own scans are counted as new visits."""

from __future__ import annotations

import random
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from kiosk.db.engine import WRITE_LOCK_OPTION, make_engine
from kiosk.db.migrate import upgrade
from kiosk.db.models import Card, Patron, Terminal, Visit

FIRST = ["Amara", "José", "Lan", "Aiko", "Fatima", "Søren", "Olamide", "Zoë", "Ivan", "Priya"]
FIRST += ["Mateo", "Leilani", "Chloé", "Kwame", "Ana", "Mei", "Eleni", "Oğuz", "Siobhán"]
LAST = ["Okafor", "García", "Nguyễn", "Tanaka", "Al-Sayed", "Nielsen", "Adeyemi", "Müller"]
LAST += ["Petrov", "Raman", "Rossi", "Kahale", "Dubois", "Mensah", "Souza", "Chen", "Yılmaz"]
BATCH = 50_000
# SQLAlchemy's storage format for DateTime on SQLite (naive UTC, fixed width, sortable).
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"


def card_number(index: int) -> str:
    return f"BP-{index:07d}"


class _Ids:
    """UUIDv7-shaped ids, made quickly: time-ordered prefix, random tail."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._ms = int(time.time() * 1000)

    def next(self) -> uuid.UUID:
        self._ms += 1
        rand_a = self._rng.getrandbits(12)
        rand_b = self._rng.getrandbits(62)
        return uuid.UUID(
            int=(self._ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
        )


def seed(
    url: str,
    patrons: int = 100_000,
    visits: int = 1_000_000,
    *,
    now: datetime | None = None,
    rng_seed: int = 1,
) -> list[str]:
    """Migrate the database at `url` and fill it; returns the card numbers (one per patron)."""
    rng = random.Random(rng_seed)
    ids = _Ids(rng)
    now = now or datetime.now(UTC)
    engine = make_engine(url, busy_timeout_s=30)
    try:
        upgrade(engine)
        numbers = [card_number(i) for i in range(patrons)]
        patron_ids = [ids.next() for _ in range(patrons)]
        terminal_id = ids.next()
        newest = now - timedelta(days=1)
        span = int(timedelta(days=729).total_seconds())

        def visit_rows(count: int) -> Iterator[dict[str, Any]]:
            for _ in range(count):
                yield {
                    "id": ids.next(),
                    "patron_id": patron_ids[rng.randrange(patrons)],
                    "terminal_id": terminal_id,
                    "checked_in_at": newest - timedelta(seconds=rng.randrange(span)),
                }

        with engine.connect() as raw, raw.execution_options(**{WRITE_LOCK_OPTION: True}) as conn:
            with conn.begin():
                conn.execute(
                    insert(Terminal), [{"id": terminal_id, "code": "bench-seed", "name": "seed"}]
                )
                for start in range(0, patrons, BATCH):
                    chunk = range(start, min(start + BATCH, patrons))
                    _insert(
                        conn,
                        Patron,
                        [
                            {
                                "id": patron_ids[i],
                                "display_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                                "birth_year": rng.randint(now.year - 80, now.year - 8),
                                "is_minor": False,
                                "created_at": now,
                            }
                            for i in chunk
                        ],
                    )
                    _insert(
                        conn,
                        Card,
                        [
                            {
                                "id": ids.next(),
                                "card_number": numbers[i],
                                "kind": "signed",
                                "patron_id": patron_ids[i],
                                "issued_at": now,
                                "revoked_at": None,
                            }
                            for i in chunk
                        ],
                    )
                if conn.dialect.name == "sqlite":
                    _sqlite_visits(conn, ids, rng, patron_ids, terminal_id, newest, span, visits)
                else:
                    for start in range(0, visits, BATCH):
                        _insert(conn, Visit, list(visit_rows(min(BATCH, visits - start))))
            # Fresh statistics, as a long-running kiosk database would have.
            with conn.begin():
                conn.exec_driver_sql("ANALYZE")
            _check_readable(conn, patron_ids[0] if patrons else None)
        return numbers
    finally:
        engine.dispose()


def _insert(conn: Connection, model: type[Any], rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(model), rows)
        return
    # SQLite: hand the driver values already in SQLAlchemy's storage format, skipping its
    # per-value processing (three times faster); _check_readable proves the format matches.
    columns = list(rows[0])
    sql = (
        f"INSERT INTO {model.__tablename__} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    conn.exec_driver_sql(sql, [tuple(_sqlite_value(row[c]) for c in columns) for row in rows])


def _sqlite_visits(
    conn: Connection,
    ids: _Ids,
    rng: random.Random,
    patron_ids: list[uuid.UUID],
    terminal_id: uuid.UUID,
    newest: datetime,
    span: int,
    visits: int,
) -> None:
    """Plain tuples of storage-format values, with the visit indexes rebuilt afterwards
    (one sort instead of a million random index inserts)."""
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visits' "
        "AND sql IS NOT NULL"
    ).all()
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    patron_hex = [patron_id.hex for patron_id in patron_ids]
    terminal_hex = terminal_id.hex
    base = newest.astimezone(UTC).replace(tzinfo=None)
    count = len(patron_hex)
    sql = "INSERT INTO visits (id, patron_id, terminal_id, checked_in_at) VALUES (?, ?, ?, ?)"
    for start in range(0, visits, BATCH):
        rows = [
            (
                ids.next().hex,
                patron_hex[rng.randrange(count)],
                terminal_hex,
                (base - timedelta(seconds=rng.randrange(span))).isoformat(" ", "microseconds"),
            )
            for _ in range(min(BATCH, visits - start))
        ]
        conn.exec_driver_sql(sql, rows)
    for _, create in indexes:
        conn.exec_driver_sql(create)


def _sqlite_value(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime(SQLITE_TIME)
    return value


def _check_readable(conn: Connection, patron_id: uuid.UUID | None) -> None:
    if patron_id is None:
        return
    with conn.begin():
        patron = conn.execute(select(Patron.id, Patron.created_at).where(Patron.id == patron_id))
        row = patron.one()
        assert row.created_at.tzinfo is not None
        card = conn.execute(select(Card.card_number).where(Card.patron_id == patron_id)).one()
        assert card.card_number.startswith("BP-")
        conn.execute(select(Visit.checked_in_at).limit(1)).one_or_none()


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    patrons = int(argv[1]) if len(argv) > 1 else 100_000
    visits = int(argv[2]) if len(argv) > 2 else 1_000_000
    began = time.perf_counter()
    numbers = seed(argv[0], patrons, visits)
    elapsed = time.perf_counter() - began
    print(f"seeded {len(numbers)} patrons and {visits} visits in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
