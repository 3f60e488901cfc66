"""The demo seed gives a newcomer something real to scan."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.card_codec import CardCodec
from kiosk.core.checkin import CheckInService, ScanOutcome
from kiosk.core.clock import FixedClock
from kiosk.core.demo import seed_demo
from kiosk.core.staff import PinOutcome, StaffAuthService
from kiosk.errors import Conflict, InvalidInput
from tests.db.backends import cheap_hasher, count_visits, open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)


def test_demo_patrons_cards_and_staff(tmp_path: Path) -> None:
    codec = CardCodec({"DEMO": bytes(range(32))}, "DEMO")
    clock = FixedClock(START)
    with open_database("sqlite", tmp_path) as db:
        demo = seed_demo(db.session_factory, codec, clock, "demo-kiosk", patrons=36)
        checkin = CheckInService(db.session_factory, codec, clock, "demo-kiosk", timedelta(hours=4))
        assert len(demo.patrons) == 36
        assert len({name for name, _, _ in demo.patrons}) == 36
        assert any(not name.isascii() for name, _, _ in demo.patrons)
        outcomes = [checkin.handle_scan(payload) for _, _, payload in demo.patrons]
        welcomed = [r for r in outcomes if r.outcome is ScanOutcome.WELCOME]
        assert len(welcomed) == 35
        assert [r.outcome for r in outcomes].count(ScanOutcome.REVOKED_CARD) == 1
        assert demo.revoked_card_number == demo.patrons[-1][1]
        minors = sum(1 for r in welcomed if r.patron is not None and r.patron.is_minor)
        assert 8 <= minors <= 15
        assert outcomes[0].patron is not None
        assert outcomes[0].patron.display_name == demo.patrons[0][0]
        assert count_visits(db) == 35

        staff_scan = checkin.handle_scan(demo.staff_card_payload)
        assert staff_scan.outcome is ScanOutcome.STAFF and staff_scan.staff is not None
        auth = StaffAuthService(db.session_factory, clock, "demo-kiosk", hasher=cheap_hasher())
        assert demo.staff_pin.isdigit() and len(demo.staff_pin) == 6
        result = auth.verify_pin(staff_scan.staff.staff_id, demo.staff_pin, "exit")
        assert result.outcome is PinOutcome.OK


def test_demo_refuses_a_database_that_is_in_use(tmp_path: Path) -> None:
    codec = CardCodec({"DEMO": bytes(range(32))}, "DEMO")
    with open_database("sqlite", tmp_path) as db:
        seed_demo(db.session_factory, codec, FixedClock(START), "demo-kiosk", patrons=3)
        with pytest.raises(Conflict, match="empty database"):
            seed_demo(db.session_factory, codec, FixedClock(START), "demo-kiosk", patrons=3)
        assert count_visits(db) == 0
        with pytest.raises(InvalidInput, match="at least one"):
            seed_demo(db.session_factory, codec, FixedClock(START), "demo-kiosk", patrons=0)
