"""Issuing and revoking cards, checked through the real check-in path."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.card_codec import CardCodec
from kiosk.core.cards import CardService, new_card_number
from kiosk.core.checkin import CheckInService, ScanOutcome
from kiosk.core.clock import FixedClock
from kiosk.core.staff import StaffAuthService
from kiosk.db.models import AuditEvent
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput, NotFound
from tests.db.backends import BACKENDS, Database, add_patron, cheap_hasher, open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
CODEC = CardCodec({"K1": bytes(range(32))}, "K1")


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


def test_new_numbers_are_readable_and_fit_a_small_qr() -> None:
    numbers = {new_card_number() for _ in range(200)}
    assert len(numbers) == 200
    for number in numbers:
        assert re.fullmatch(r"MK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}", number)
        assert len(CODEC.encode(number)) <= 47  # QR version 2 alphanumeric, level M


def test_issue_then_revoke(db: Database) -> None:
    clock = FixedClock(START)
    patron_id = add_patron(db, "Ann", "OLD-1")
    cards = CardService(db.session_factory, clock)
    checkin = CheckInService(db.session_factory, CODEC, clock, "k1", timedelta(hours=4))
    number = cards.issue(patron_id)
    welcome = checkin.handle_scan(CODEC.encode(number))
    assert welcome.outcome is ScanOutcome.WELCOME
    assert welcome.patron is not None and welcome.patron.patron_id == patron_id
    # A replacement card: the lost one is revoked, the new one keeps working.
    assert cards.revoke("old-1") is True
    assert cards.revoke("OLD-1") is False
    assert checkin.handle_scan(CODEC.encode("OLD-1")).outcome is ScanOutcome.REVOKED_CARD
    assert checkin.handle_scan(CODEC.encode(number)).outcome is ScanOutcome.WELCOME
    with UnitOfWork(db.session_factory, write=False) as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [e.action for e in events] == ["card_issued", "card_revoked", "revoked_card_scan"]
    assert {e.subject_id for e in events} == {patron_id}


def test_revoking_a_staff_card_refuses_it(db: Database) -> None:
    clock = FixedClock(START)
    StaffAuthService(db.session_factory, clock, "k1", hasher=cheap_hasher()).add_staff(
        "Sam", "ST-9", "482913"
    )
    CardService(db.session_factory, clock).revoke("ST-9")
    checkin = CheckInService(db.session_factory, CODEC, clock, "k1", timedelta(hours=4))
    assert checkin.handle_scan(CODEC.encode("ST-9")).outcome is ScanOutcome.REVOKED_CARD


def test_unknown_patron_or_card(db: Database) -> None:
    cards = CardService(db.session_factory, FixedClock(START))
    with pytest.raises(NotFound, match="no such patron"):
        cards.issue(uuid.uuid4())
    with pytest.raises(NotFound, match="no card"):
        cards.revoke("NOPE-1")


def test_prefix_must_make_valid_numbers(db: Database) -> None:
    with pytest.raises(InvalidInput, match="prefix"):
        CardService(db.session_factory, FixedClock(START), number_prefix="a b")
