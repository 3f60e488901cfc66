"""Database error messages are one line and never carry row values."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from kiosk.db.errors import describe
from tests.db.backends import Database, add_patron


def test_duplicate_key_message_does_not_quote_the_card_number(db: Database) -> None:
    add_patron(db, "Ann", "SECRET-4711")
    with pytest.raises(IntegrityError) as caught:
        add_patron(db, "Ben", "SECRET-4711")
    assert "SECRET-4711" in str(caught.value)  # the driver's own text does quote it
    text = describe(caught.value)
    assert "SECRET-4711" not in text and "Ben" not in text
    assert "\n" not in text and text.startswith("database error:")
