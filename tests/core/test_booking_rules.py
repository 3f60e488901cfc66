"""The booking rule engine, rule by rule: each test breaks one rule of an otherwise good request."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core.booking_rules import (
    DEFAULT_RULE,
    Booked,
    ItemFacts,
    Request,
    Rule,
    Span,
    check,
)
from kiosk.core.booking_views import Refusal, RefusalCode

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday
PATRON = uuid.UUID("0190f000-0000-7000-8000-00000000000a")
OTHER = uuid.UUID("0190f000-0000-7000-8000-00000000000b")
ITEM = ItemFacts(uuid.uuid4(), "laser_cutter", "free", True, "laser-basics")
OPEN = (
    Span(NOW.replace(hour=9), NOW.replace(hour=12)),
    Span(NOW.replace(hour=13), NOW.replace(hour=17)),
)


@dataclass(frozen=True)
class Standing:
    is_minor: bool = False
    guardian_consent: bool = False
    trainings: frozenset[str] = frozenset({"laser-basics"})
    waiver_required: str | None = None
    card_revoked: bool = False


def good(**changes: object) -> Request:
    from zoneinfo import ZoneInfo

    request = Request(
        patron_id=PATRON,
        item=ITEM,
        starts_at=NOW.replace(hour=10),
        minutes=60,
        now=NOW,
        zone=ZoneInfo("UTC"),
        rule=DEFAULT_RULE,
        standing=Standing(),
        opening=OPEN,
    )
    return replace(request, **changes)  # type: ignore[arg-type]


def booked(
    start_hour: float,
    minutes: int,
    patron: uuid.UUID = OTHER,
    kind: str = "laser_cutter",
    day: int = 0,
) -> Booked:
    start = NOW.replace(hour=0) + timedelta(days=day, hours=start_hour)
    return Booked(
        uuid.uuid4(), ITEM.item_id, patron, kind, start, start + timedelta(minutes=minutes)
    )


def codes(request: Request) -> list[RefusalCode]:
    return [refusal.code for refusal in check(request)]


def test_a_good_request_passes() -> None:
    assert check(good()) == ()


def test_in_the_past() -> None:
    assert codes(good(starts_at=NOW - timedelta(hours=1))) == [RefusalCode.PAST]


def test_the_slot_under_way_may_still_be_booked() -> None:
    assert check(good(now=NOW + timedelta(minutes=70))) == ()
    assert codes(good(now=NOW + timedelta(minutes=90))) == [RefusalCode.PAST]


@pytest.mark.parametrize("minutes", [0, -30])
def test_zero_length(minutes: int) -> None:
    assert codes(good(minutes=minutes)) == [RefusalCode.ZERO_LENGTH]


def test_off_the_slot_grid() -> None:
    assert codes(good(starts_at=NOW.replace(hour=10, minute=10))) == [RefusalCode.MISALIGNED]
    assert codes(good(minutes=45)) == [RefusalCode.MISALIGNED]


def test_too_short_and_too_long() -> None:
    rule = Rule(slot_minutes=30, min_minutes=60, max_minutes=90)
    assert check(good(rule=rule, minutes=30)) == (
        Refusal(RefusalCode.TOO_SHORT, {"minutes": 30, "limit": 60}),
    )
    assert check(good(rule=rule, minutes=120)) == (
        Refusal(RefusalCode.TOO_LONG, {"minutes": 120, "limit": 90}),
    )


def test_too_far_ahead() -> None:
    day = NOW + timedelta(days=15)
    refusals = check(good(starts_at=day.replace(hour=10), opening=()))
    assert refusals[0] == Refusal(RefusalCode.TOO_FAR_AHEAD, {"days": 14, "until": "2026-01-19"})


def test_on_a_holiday() -> None:
    assert check(good(holiday="New Year", opening=())) == (
        Refusal(RefusalCode.HOLIDAY, {"reason": "New Year", "date": "2026-01-05"}),
    )


def test_when_closed_says_when_it_opens() -> None:
    refusals = check(good(starts_at=NOW.replace(hour=12)))
    assert refusals == (Refusal(RefusalCode.CLOSED, {"opens_at": "2026-01-05T13:00:00+00:00"}),)
    assert codes(good(starts_at=NOW.replace(hour=18))) == [RefusalCode.CLOSED]


def test_across_closing_time() -> None:
    assert check(good(starts_at=NOW.replace(hour=16, minute=30))) == (
        Refusal(RefusalCode.AFTER_CLOSING, {"closes_at": "2026-01-05T17:00:00+00:00"}),
    )
    # The lunch break closes the morning span as well.
    assert codes(good(starts_at=NOW.replace(hour=11, minute=30))) == [RefusalCode.AFTER_CLOSING]


def test_overlapping_another_booking() -> None:
    refusals = check(good(item_bookings=(booked(10.5, 60),)))
    assert [r.code for r in refusals] == [RefusalCode.OVERLAP]
    assert refusals[0].params["starts_at"] == "2026-01-05T10:30:00+00:00"
    # Touching end to start is no overlap.
    assert check(good(item_bookings=(booked(11, 60), booked(9, 60)))) == ()


def test_buffer_between_bookings() -> None:
    rule = replace(DEFAULT_RULE, buffer_minutes=15)
    assert check(good(rule=rule, item_bookings=(booked(11, 30),))) == (
        Refusal(RefusalCode.BUFFER, {"minutes": 15}),
    )
    assert check(good(rule=rule, item_bookings=(booked(11.5, 30),))) == ()


def test_day_limit_counts_the_same_kind_only() -> None:
    mine = (booked(14, 120, PATRON), booked(13, 120, PATRON, kind="3d_printer"))
    assert check(good(minutes=90, patron_bookings=mine)) == (
        Refusal(RefusalCode.DAY_LIMIT, {"minutes": 90, "used": 120, "limit": 180}),
    )
    assert check(good(minutes=60, patron_bookings=mine)) == ()


def test_week_limit_counts_the_local_week() -> None:
    week = tuple(booked(10, 120, PATRON, day=d) for d in (1, 2, 3, 4))  # Tue-Fri: 480 minutes
    assert check(good(patron_bookings=week)) == (
        Refusal(RefusalCode.WEEK_LIMIT, {"minutes": 60, "used": 480, "limit": 480}),
    )
    # The Sunday before is another week.
    assert check(good(patron_bookings=(booked(10, 120, PATRON, day=-1),) * 4)) == ()


def test_needs_training() -> None:
    assert check(good(standing=Standing(trainings=frozenset()))) == (
        Refusal(RefusalCode.NEEDS_TRAINING, {"training": "laser-basics"}),
    )
    untrained_item = replace(ITEM, required_training=None)
    assert check(good(item=untrained_item, standing=Standing(trainings=frozenset()))) == ()


def test_minor_needs_guardian_consent() -> None:
    assert codes(good(standing=Standing(is_minor=True))) == [RefusalCode.NEEDS_CONSENT]
    assert check(good(standing=Standing(is_minor=True, guardian_consent=True))) == ()


def test_needs_the_current_waiver() -> None:
    assert check(good(standing=Standing(waiver_required="2026-01"))) == (
        Refusal(RefusalCode.NEEDS_WAIVER, {"version": "2026-01"}),
    )


def test_suspended_after_no_shows() -> None:
    until = NOW + timedelta(days=3)
    assert check(good(suspended_until=until)) == (
        Refusal(RefusalCode.SUSPENDED, {"until": until.isoformat()}),
    )
    assert check(good(suspended_until=NOW)) == ()


def test_card_revoked() -> None:
    assert codes(good(card_revoked=True)) == [RefusalCode.CARD_REVOKED]


@pytest.mark.parametrize(
    ("item", "code"),
    [
        (replace(ITEM, reservable=False), RefusalCode.NOT_RESERVABLE),
        (replace(ITEM, state="retired"), RefusalCode.NOT_RESERVABLE),
        (replace(ITEM, state="out_of_order"), RefusalCode.OUT_OF_ORDER),
    ],
)
def test_item_not_bookable(item: ItemFacts, code: RefusalCode) -> None:
    assert codes(good(item=item)) == [code]


def test_walk_in_needs_the_item_free_now_but_no_grid() -> None:
    now = NOW.replace(hour=10, minute=7)
    walk_in = good(walk_in=True, now=now, starts_at=now, minutes=20)
    assert check(walk_in) == ()
    assert codes(replace(walk_in, item=replace(ITEM, state="in_use"))) == [RefusalCode.IN_USE]
    assert codes(replace(walk_in, item=replace(ITEM, state="needs_check"))) == [RefusalCode.IN_USE]


def test_every_reason_is_given_patron_first() -> None:
    request = good(
        card_revoked=True,
        standing=Standing(trainings=frozenset()),
        starts_at=NOW.replace(hour=16, minute=30),
        item_bookings=(booked(16.5, 30),),
    )
    assert codes(request) == [
        RefusalCode.CARD_REVOKED,
        RefusalCode.NEEDS_TRAINING,
        RefusalCode.AFTER_CLOSING,
        RefusalCode.OVERLAP,
    ]


def test_a_zone_ahead_of_utc_uses_local_days() -> None:
    from zoneinfo import ZoneInfo

    tokyo = ZoneInfo("Asia/Tokyo")  # 09:00 local is 00:00 UTC
    start = datetime(2026, 1, 6, 1, 0, tzinfo=UTC)  # Tue 10:00 in Tokyo
    opening = (
        Span(datetime(2026, 1, 6, 0, 0, tzinfo=UTC), datetime(2026, 1, 6, 8, 0, tzinfo=UTC)),
    )
    assert check(good(zone=tokyo, starts_at=start, opening=opening)) == ()
    assert (
        check(good(zone=tokyo, starts_at=start, opening=(), holiday="x"))[0].params["date"]
        == "2026-01-06"
    )


def test_rule_problems_match_the_database_checks() -> None:
    assert DEFAULT_RULE.problems() == []
    assert Rule(slot_minutes=30, min_minutes=15).problems() == [
        "min_minutes must be at least slot_minutes"
    ]
    assert (
        "max_minutes must be at least min_minutes"
        in Rule(max_minutes=10, min_minutes=30).problems()
    )
