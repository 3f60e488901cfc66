"""Database error messages are one line and never carry row values."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from kiosk.db.errors import describe, is_transient_conflict
from tests.db.backends import Database, add_patron, postgres_schema


def test_duplicate_key_message_does_not_quote_the_card_number(db: Database) -> None:
    add_patron(db, "Ann", "SECRET-4711")
    with pytest.raises(IntegrityError) as caught:
        add_patron(db, "Ben", "SECRET-4711")
    assert "SECRET-4711" in str(caught.value)  # the driver's own text does quote it
    text = describe(caught.value)
    assert "SECRET-4711" not in text and "Ben" not in text
    assert "\n" not in text and text.startswith("database error:")


@pytest.mark.postgres
def test_a_deadlock_between_two_writers_is_a_transient_conflict() -> None:
    """Two transactions taking the same two row locks in opposite order: the server aborts one
    of them with a deadlock, which is told apart from an outage so the write can be retried."""
    import threading

    import psycopg
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    with postgres_schema() as url:
        engine = create_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(text("CREATE TABLE pair (id int PRIMARY KEY, n int)"))
                conn.execute(text("INSERT INTO pair VALUES (1, 0), (2, 0)"))
            both_hold_one = threading.Barrier(2, timeout=30)
            failures: list[BaseException] = []

            def lock(first: int, second: int) -> None:
                try:
                    with engine.begin() as conn:
                        conn.execute(text("UPDATE pair SET n = n + 1 WHERE id = :i"), {"i": first})
                        both_hold_one.wait()
                        conn.execute(text("UPDATE pair SET n = n + 1 WHERE id = :i"), {"i": second})
                except DBAPIError as exc:
                    failures.append(exc)

            threads = [threading.Thread(target=lock, args=pair) for pair in ((1, 2), (2, 1))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
        finally:
            engine.dispose()
    assert len(failures) == 1
    assert isinstance(failures[0], DBAPIError)
    assert isinstance(failures[0].orig, psycopg.errors.DeadlockDetected)
    assert is_transient_conflict(failures[0])
    assert not is_transient_conflict(OSError("disk full"))
