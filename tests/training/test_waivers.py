"""The versioned waiver through WaiverService, on SQLite and PostgreSQL: publishing, the text
in the patron's language, acceptance, and acceptance again for a new version."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from kiosk.core.clock import FixedClock
from kiosk.core.staff import StaffAuthService
from kiosk.core.trainings import WaiverService
from kiosk.db.models import AuditEvent
from kiosk.db.models_training import WaiverAcceptance, WaiverVersion
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from tests.db.backends import Database, add_patron, cheap_hasher

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def waivers(db: Database, clock: FixedClock) -> WaiverService:
    return WaiverService(db.session_factory, clock, "kiosk-1", default_language="en")


def add_staff(db: Database, clock: FixedClock, role: str) -> uuid.UUID:
    auth = StaffAuthService(db.session_factory, clock, "kiosk-1", hasher=cheap_hasher())
    return auth.add_staff(f"{role} person", f"{role}-1", "482913", role=role).staff_id


def test_a_new_version_must_be_accepted_again(
    db: Database, clock: FixedClock, waivers: WaiverService
) -> None:
    admin = add_staff(db, clock, "admin")
    patron = add_patron(db, "Ann", "P-1")
    assert waivers.current(patron, "en") is None
    assert waivers.standing(patron).waiver_required is None

    waivers.publish(admin, "2026-03", {"en": "Wear goggles.", "es": "Use gafas."})
    assert waivers.standing(patron).waiver_required == "2026-03"
    shown = waivers.current(patron, "es")
    assert shown is not None
    assert (shown.version, shown.language, shown.text, shown.accepted) == (
        "2026-03",
        "es",
        "Use gafas.",
        False,
    )
    assert waivers.accept(patron, "2026-03").waiver_required is None
    assert waivers.accept(patron, "2026-03").waiver_required is None  # twice: one row
    current = waivers.current(patron, "en")
    assert current is not None and current.accepted

    clock.advance(timedelta(days=30))
    waivers.publish(None, "2026-04", {"en": "Wear goggles and tie hair back."})
    assert waivers.standing(patron).waiver_required == "2026-04"
    # The text shown was the old one: accepting it does not accept the new one.
    with pytest.raises(Conflict, match="changed"):
        waivers.accept(patron, "2026-03")
    waivers.accept(patron, "2026-04")
    assert waivers.standing(patron).waiver_required is None
    with UnitOfWork(db.session_factory, write=False) as session:
        assert len(session.scalars(select(WaiverAcceptance)).all()) == 2
        accepted = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "waiver_accepted")
        ).all()
        assert [(e.actor_kind, e.actor_id, e.detail) for e in accepted] == [
            ("patron", patron, {"version": "2026-03"}),
            ("patron", patron, {"version": "2026-04"}),
        ]


def test_the_text_falls_back_to_the_default_language(
    db: Database, clock: FixedClock, waivers: WaiverService
) -> None:
    patron = add_patron(db, "Ann", "P-1")
    waivers.publish(None, "v1", {"en": "English", "pt_BR": "Português", "fr": "Français"})
    texts = {lang: waivers.current(patron, lang) for lang in ("pt_BR", "fr_CA", "ar", "en")}
    assert {lang: (t.language if t else None) for lang, t in texts.items()} == {
        "pt_BR": "pt_BR",
        "fr_CA": "fr",
        "ar": "en",
        "en": "en",
    }


def test_a_label_signed_on_paper_keeps_its_signatures_when_published(
    db: Database, clock: FixedClock, waivers: WaiverService
) -> None:
    patron = add_patron(db, "Ann", "P-1")
    other = add_patron(db, "Bo", "P-2")
    with UnitOfWork(db.session_factory) as session:
        paper = WaiverVersion(version="2025", texts={})
        session.add(paper)
        session.flush()
        session.add(
            WaiverAcceptance(patron_id=patron, waiver_version_id=paper.id, accepted_at=START)
        )
    assert waivers.standing(patron).waiver_required is None
    waivers.publish(None, "2025", {"en": "The paper text, typed in."})
    assert waivers.standing(patron).waiver_required is None
    assert waivers.standing(other).waiver_required == "2025"
    assert [v[0] for v in waivers.versions()] == ["2025"]


def test_publishing_is_checked(db: Database, clock: FixedClock, waivers: WaiverService) -> None:
    staff = add_staff(db, clock, "staff")
    with pytest.raises(PermissionDenied, match="may not publish waiver"):
        waivers.publish(staff, "v1", {"en": "Text"})
    with pytest.raises(InvalidInput, match="default language"):
        waivers.publish(None, "v1", {"es": "Texto"})
    with pytest.raises(InvalidInput, match="empty"):
        waivers.publish(None, "v1", {"en": " \n "})
    with pytest.raises(InvalidInput, match="version"):
        waivers.publish(None, " ", {"en": "Text"})
    with pytest.raises(InvalidInput, match="language code"):
        waivers.publish(None, "v1", {"en": "Text", "english!": "Text"})
    waivers.publish(None, "v1", {"en": "Text"})
    with pytest.raises(Conflict, match="already published"):
        waivers.publish(None, "v1", {"en": "Other"})
    with pytest.raises(NotFound):
        waivers.accept(uuid.uuid4(), "v1")
    with UnitOfWork(db.session_factory, write=False) as session:
        refused = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "staff_action_refused")
        ).all()
        assert [(e.actor_id, e.detail["action"]) for e in refused] == [(staff, "publish_waiver")]
