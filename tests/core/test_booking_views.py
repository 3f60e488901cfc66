"""The booking views cross to the screens: plain data, no database behind them."""

from __future__ import annotations

import subprocess
import sys
import uuid
from datetime import UTC, date, datetime

from kiosk.core.booking_views import (
    Availability,
    BookingRefused,
    ItemAvailability,
    Refusal,
    RefusalCode,
    Slot,
    SlotState,
)


def test_refused_booking_carries_every_reason() -> None:
    refused = BookingRefused(
        (Refusal(RefusalCode.PAST), Refusal(RefusalCode.NEEDS_TRAINING, {"training": "laser"}))
    )
    assert [r.code for r in refused.refusals] == [RefusalCode.PAST, RefusalCode.NEEDS_TRAINING]
    assert "past" in str(refused) and "needs_training" in str(refused)


def test_availability_gives_one_day_of_every_item() -> None:
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    slot = Slot(start, start.replace(hour=10), SlotState.FREE)
    item = ItemAvailability(
        uuid.uuid4(), "Printer", "3d_printer", "printer", "free", None, 60, ((slot,), ())
    )
    availability = Availability((date(2026, 1, 5), date(2026, 1, 6)), "UTC", (item,))
    assert availability.day(date(2026, 1, 5))[0].slots == (slot,)
    assert availability.day(date(2026, 1, 6))[0].slots == ()


def test_views_do_not_load_the_database_layer() -> None:
    code = "import sys, kiosk.core.booking_views; print('sqlalchemy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
