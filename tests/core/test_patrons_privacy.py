"""One patron's data: exported in full, deleted in full; old visits purged."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.core.audit import AuditTrail
from kiosk.core.card_codec import CardCodec
from kiosk.core.checkin import CheckInService, ScanOutcome
from kiosk.core.clock import FixedClock
from kiosk.core.privacy import PrivacyService
from kiosk.db.models import Card, Patron
from kiosk.db.uow import UnitOfWork
from kiosk.errors import InvalidInput, NotFound
from tests.db.backends import BACKENDS, Database, add_patron, count_visits, open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
CODEC = CardCodec({"K1": bytes(range(32))}, "K1")


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


def visit_days(db: Database, clock: FixedClock, number: str, days: int) -> None:
    checkin = CheckInService(db.session_factory, CODEC, clock, "kiosk-1", timedelta(hours=4))
    for _ in range(days):
        assert checkin.handle_scan(CODEC.encode(number)).outcome is ScanOutcome.WELCOME
        clock.advance(timedelta(days=1))


def test_export_holds_everything_about_one_patron(db: Database) -> None:
    clock = FixedClock(START)
    ann = add_patron(db, "Ann Lee", "A-1", birth_year=1990)
    add_patron(db, "Ben", "B-2")
    visit_days(db, clock, "A-1", 3)
    visit_days(db, clock, "B-2", 1)
    export = PrivacyService(db.session_factory, clock).export_patron(ann)
    json.dumps(export)  # ready to hand over as a file
    assert export["patron"]["display_name"] == "Ann Lee"
    assert export["patron"]["birth_year"] == 1990
    assert [card["card_number"] for card in export["cards"]] == ["A-1"]
    assert [visit["at"] for visit in export["visits"]] == [
        (START + timedelta(days=d)).isoformat() for d in range(3)
    ]
    assert {visit["terminal"] for visit in export["visits"]} == {"kiosk-1"}


def test_delete_removes_patron_cards_and_visits_but_keeps_the_fact(db: Database) -> None:
    clock = FixedClock(START)
    ann = add_patron(db, "Ann Lee", "A-1")
    ben = add_patron(db, "Ben", "B-2")
    visit_days(db, clock, "A-1", 2)
    visit_days(db, clock, "B-2", 1)
    staff_id = uuid.uuid4()
    PrivacyService(db.session_factory, clock).delete_patron(ann, staff_id=staff_id)
    with UnitOfWork(db.session_factory, write=False) as session:
        assert session.scalars(select(Patron.id)).all() == [ben]
        assert session.scalar(select(func.count()).select_from(Card)) == 1
    assert count_visits(db, ann) == 0
    assert count_visits(db, ben) == 1
    checkin = CheckInService(db.session_factory, CODEC, clock, "kiosk-1", timedelta(hours=4))
    assert checkin.handle_scan(CODEC.encode("A-1")).outcome is ScanOutcome.UNKNOWN_CARD
    deleted = AuditTrail(db.session_factory).recent(action="patron_deleted")
    assert [(e.subject_id, e.actor_id, e.detail) for e in deleted] == [(ann, staff_id, {})]
    with pytest.raises(NotFound, match="no such patron"):
        PrivacyService(db.session_factory, clock).delete_patron(ann)


def test_purge_visits_past_retention(db: Database) -> None:
    clock = FixedClock(START)
    ann = add_patron(db, "Ann Lee", "A-1")
    visit_days(db, clock, "A-1", 10)  # days 0..9; the clock is now at day 10
    privacy = PrivacyService(db.session_factory, clock)
    assert privacy.purge_visits(timedelta(days=5)) == 5
    assert count_visits(db, ann) == 5
    assert privacy.purge_visits(timedelta(days=5)) == 0
    with pytest.raises(InvalidInput, match="positive"):
        privacy.purge_visits(timedelta(0))
