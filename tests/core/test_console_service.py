"""The staff console's core service on SQLite and PostgreSQL: the role check and its audit
entry behind every action, today's counts, and setting up a card without half-saved rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.console import StaffConsoleService
from kiosk.core.permissions import ROLE_ACTIONS, StaffAction
from kiosk.core.results import LockoutNotice
from kiosk.core.staff import StaffAuthService
from kiosk.db.models import AuditEvent, Card, Patron, Visit
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from tests.db.backends import BACKENDS, Database, add_patron, cheap_hasher, open_database

# 15:00 UTC is 16:00 in Madrid: "today" there began at 23:00 UTC the day before.
START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Madrid")
WINDOW = timedelta(hours=4)
KEY = bytes(range(32))


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def codec() -> CardCodec:
    return CardCodec({"K1": KEY}, "K1")


@pytest.fixture
def console(db: Database, codec: CardCodec, clock: FixedClock) -> StaffConsoleService:
    return StaffConsoleService(
        db.session_factory, codec, clock, "kiosk-1", visit_window=WINDOW, zone=ZONE
    )


def add_staff(db: Database, clock: FixedClock, role: str, card: str) -> uuid.UUID:
    auth = StaffAuthService(db.session_factory, clock, "kiosk-1", hasher=cheap_hasher())
    return auth.add_staff(f"{role.title()} Person", card, "482913", role=role).staff_id


def audit(db: Database) -> list[tuple[str, dict[str, object]]]:
    with UnitOfWork(db.session_factory, write=False) as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.detail).order_by(AuditEvent.id)
        ).all()
    return [(action, dict(detail)) for action, detail in rows]


def count(db: Database, model: type) -> int:
    with UnitOfWork(db.session_factory, write=False) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_admin_only_actions_are_refused_to_plain_staff_and_both_are_audited(
    db: Database, clock: FixedClock, console: StaffConsoleService
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    admin = add_staff(db, clock, "admin", "A-1")
    with pytest.raises(PermissionDenied):
        console.authorize(staff, StaffAction.EXIT_KIOSK)
    assert console.authorize(admin, StaffAction.EXIT_KIOSK).role == "admin"
    assert console.authorize(staff, StaffAction.LOCK_ALL).role == "staff"
    entries = [entry for entry in audit(db) if entry[0].startswith("staff_action")]
    assert entries == [
        ("staff_action_refused", {"action": "exit_kiosk", "role": "staff"}),
        ("staff_action", {"action": "exit_kiosk", "role": "admin"}),
        ("staff_action", {"action": "lock_all_machines", "role": "staff"}),
    ]
    with pytest.raises(NotFound):
        console.authorize(uuid.uuid4(), StaffAction.OPEN_CONSOLE)


def test_presence_counts_today_in_the_branch_zone_and_who_is_in_now(
    db: Database, clock: FixedClock, console: StaffConsoleService
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    early = add_patron(db, "Early Bird", "P-1")  # 23:30 UTC yesterday = 00:30 today in Madrid
    late_yesterday = add_patron(db, "Night Owl", "P-2")  # 22:30 UTC = 23:30 yesterday there
    recent = add_patron(db, "Just Arrived", "P-3")
    with UnitOfWork(db.session_factory) as session:
        for patron, at in (
            (early, datetime(2026, 1, 4, 23, 30, tzinfo=UTC)),
            (late_yesterday, datetime(2026, 1, 4, 22, 30, tzinfo=UTC)),
            (recent, START - timedelta(minutes=20)),
            (recent, START - timedelta(minutes=10)),  # the same person twice counts once
        ):
            session.add(Visit(patron_id=patron, checked_in_at=at))
    counts = console.presence(staff)
    assert (counts.checked_in_today, counts.in_now, counts.window_minutes) == (2, 1, 240)


def test_find_patrons_by_the_start_of_their_name(
    db: Database, clock: FixedClock, console: StaffConsoleService
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    add_patron(db, "Zoë Müller", "P-1", birth_year=2012)
    add_patron(db, "Zoltan Kovacs", "P-2")
    add_patron(db, "Ann 50%_off", "P-3")
    found = console.find_patrons(staff, "  zo ")
    assert [m.display_name for m in found] == ["Zoltan Kovacs", "Zoë Müller"]
    assert found[1].birth_year == 2012 and found[1].cards == 1
    # Wildcards are the patron's text, not patterns.
    assert [m.display_name for m in console.find_patrons(staff, "ann 50%_")] == ["Ann 50%_off"]
    assert console.find_patrons(staff, "a%") == ()
    with pytest.raises(InvalidInput):
        console.find_patrons(staff, "z")


def test_link_card_gives_an_existing_patron_the_scanned_card_once(
    db: Database, clock: FixedClock, console: StaffConsoleService, codec: CardCodec
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    patron = add_patron(db, "Marisol Quintero", "P-1")
    other = add_patron(db, "Someone Else", "P-2")
    summary = console.link_card(staff, codec.encode("NEW-7"), patron)
    assert summary.patron_id == patron
    with UnitOfWork(db.session_factory, write=False) as session:
        card = session.scalars(select(Card).where(Card.card_number == "NEW-7")).one()
    assert card.patron_id == patron and card.kind == "signed"
    cards_before = count(db, Card)
    with pytest.raises(Conflict, match="already set up for this patron"):
        console.link_card(staff, codec.encode("NEW-7"), patron)
    with pytest.raises(Conflict, match="another patron"):
        console.link_card(staff, codec.encode("NEW-7"), other)
    with pytest.raises(Conflict, match="staff card"):
        console.link_card(staff, codec.encode("S-1"), other)
    with pytest.raises(NotFound):
        console.link_card(staff, codec.encode("NEW-8"), uuid.uuid4())
    forged = codec.encode("NEW-9")[:-1] + ("A" if not codec.encode("NEW-9").endswith("A") else "B")
    with pytest.raises(InvalidInput):
        console.link_card(staff, forged, other)
    assert count(db, Card) == cards_before
    actions = [action for action, _ in audit(db)]
    assert actions.count("card_linked") == 1


def test_register_patron_with_the_scanned_card_in_one_transaction(
    db: Database, clock: FixedClock, console: StaffConsoleService, codec: CardCodec
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    summary = console.register_patron(staff, codec.encode("NEW-1"), "  Kai   Lee ", 2014)
    assert summary.display_name == "Kai Lee" and summary.is_minor is True
    patrons = count(db, Patron)
    with pytest.raises(Conflict):
        console.register_patron(staff, codec.encode("NEW-1"), "Kai Again", None)
    with pytest.raises(InvalidInput):
        console.register_patron(staff, codec.encode("NEW-2"), "   ", None)
    with pytest.raises(InvalidInput):
        console.register_patron(staff, codec.encode("NEW-2"), "Future Kid", 2099)
    assert count(db, Patron) == patrons  # nothing half-saved
    assert ("patron_registered", {"card_kind": "signed"}) in audit(db)


def test_a_refusal_inside_a_write_saves_nothing_and_is_audited(
    db: Database,
    clock: FixedClock,
    console: StaffConsoleService,
    codec: CardCodec,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    monkeypatch.setitem(ROLE_ACTIONS, "staff", frozenset({StaffAction.OPEN_CONSOLE}))
    with pytest.raises(PermissionDenied):
        console.register_patron(staff, codec.encode("NEW-1"), "Kai Lee", None)
    assert count(db, Patron) == 0
    assert audit(db)[-1] == (
        "staff_action_refused",
        {"action": "register_patron", "role": "staff"},
    )


def test_recent_lockouts_are_read_for_staff_who_may_open_the_console(
    db: Database, clock: FixedClock, codec: CardCodec
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    auth = StaffAuthService(db.session_factory, clock, "kiosk-1", hasher=cheap_hasher())
    asked: list[datetime] = []

    def lockouts(since: datetime) -> tuple[LockoutNotice, ...]:
        asked.append(since)
        return auth.recent_lockouts(since)

    console = StaffConsoleService(
        db.session_factory,
        codec,
        clock,
        "kiosk-1",
        visit_window=WINDOW,
        zone=ZONE,
        lockouts=lockouts,
    )
    assert console.recent_lockouts(staff) == ()
    assert asked == [START - timedelta(days=1)]
    with pytest.raises(NotFound):
        console.recent_lockouts(uuid.uuid4())
