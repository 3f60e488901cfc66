"""A throwaway demo database: patrons with cards (minors with guardian consent on file), one
staff account, one revoked card."""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import Clock
from kiosk.core.demo_data import STAFF_NAME, DemoData
from kiosk.core.pin_policy import pin_problem
from kiosk.core.staff import StaffAuthService
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe
from kiosk.db.models import Card, Patron
from kiosk.db.models_training import GuardianConsent
from kiosk.db.terminals import terminal_id_for
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput
from kiosk.ids import uuid7

# Names as patrons of a city library write them; scripts kept to those the kiosk's default
# fonts draw (Latin with diacritics, Greek, Cyrillic, Arabic).
DEMO_NAMES: tuple[str, ...] = (
    "Amara Okafor",
    "José García",
    "Nguyễn Thị Lan",
    "Aiko Tanaka",
    "Fatima Al-Sayed",
    "Søren Nielsen",
    "Olamide Adeyemi",
    "Zoë Müller",
    "Иван Петров",
    "Priya Raman",
    "Mateo Rossi",
    "Leilani Kahale",
    "Chloé Dubois",
    "Kwame Mensah",
    "Ana Lúcia Souza",
    "Mei Chen",
    "Ελένη Παπαδοπούλου",
    "Oğuz Yılmaz",
    "Siobhán Ní Bhriain",
    "Dawit Bekele",
    "Hana Novák",
    "ليلى حداد",
    "Tomás Ó Briain",
    "Wiremu Tane",
    "Agnieszka Kowalska",
    "Haruto Sato",
    "Isabela Ferreira",
    "Jamal Carter",
    "Noor Hussain",
    "Emilia Virtanen",
    "Diego Hernández",
    "Yasmin Haddad",
    "Björn Sigurðsson",
    "Thandiwe Dlamini",
    "Camila Torres",
    "Ravi Shankar",
)
STAFF_CARD = "STAFF-0001"


def _demo_pin() -> str:
    while True:
        pin = f"{secrets.randbelow(10**6):06d}"
        if pin_problem(pin) is None:
            return pin


def seed_demo(
    session_factory: sessionmaker[Session],
    codec: CardCodec,
    clock: Clock,
    terminal_id: str,
    patrons: int = 36,
) -> DemoData:
    """Fill an empty, migrated database. Every third patron is a minor (ages 9-17); names
    repeat with a number when more patrons are asked for than there are names.

    Conflict when the database already holds cards; DatabaseUnavailable when it cannot be
    written."""
    if patrons < 1:
        raise InvalidInput("a demo needs at least one patron")
    now = clock.now()
    patron_rows = []
    card_rows = []
    consent_rows: list[dict[str, object]] = []
    listed: list[tuple[str, str, str]] = []
    for index in range(patrons):
        base = DEMO_NAMES[index % len(DEMO_NAMES)]
        name = base if index < len(DEMO_NAMES) else f"{base} {index // len(DEMO_NAMES) + 1}"
        minor = index % 3 == 1
        birth_year = now.year - (9 + index % 9) if minor else now.year - (19 + (index * 7) % 60)
        patron_id = uuid7()
        number = f"DEMO-{index + 1:04d}"
        patron_rows.append(
            {
                "id": patron_id,
                "display_name": name,
                "birth_year": birth_year,
                "is_minor": False,
                "created_at": now,
            }
        )
        if minor:
            consent_rows.append(
                {"id": uuid7(), "patron_id": patron_id, "recorded_at": now, "created_at": now}
            )
        revoked = index == patrons - 1 and patrons > 1
        card_rows.append(
            {
                "id": uuid7(),
                "card_number": number,
                "kind": "signed",
                "patron_id": patron_id,
                "issued_at": now,
                "revoked_at": now if revoked else None,
            }
        )
        listed.append((name, number, codec.encode(number)))
    try:
        with UnitOfWork(session_factory) as session:
            if session.scalar(select(Card.id).limit(1)) is not None:
                raise Conflict("the demo needs an empty database; this one already has cards")
            terminal = terminal_id_for(session, terminal_id)
            session.execute(insert(Patron), patron_rows)
            session.execute(insert(Card), card_rows)
            if consent_rows:
                session.execute(insert(GuardianConsent), consent_rows)
            record_event(
                session,
                at=now,
                action="demo_seeded",
                terminal_id=terminal,
                detail={"patrons": patrons},
            )
    except DB_ERRORS as exc:
        raise DatabaseUnavailable(describe(exc)) from exc
    pin = _demo_pin()
    # Demo hashing is cheap on purpose: the demo starts fast and its PIN is printed anyway.
    staff = StaffAuthService(
        session_factory,
        clock,
        terminal_id,
        hasher=PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1),
    )
    staff.add_staff(STAFF_NAME, STAFF_CARD, pin, role="admin")
    return DemoData(
        staff_pin=pin,
        staff_card_payload=codec.encode(STAFF_CARD),
        patrons=listed,
        revoked_card_number=listed[-1][1] if patrons > 1 else "",
    )
