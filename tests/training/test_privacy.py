"""A patron's export lists their certifications, waiver acceptances and guardian consents; a
deletion removes them (and nobody else's), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from kiosk.core.clock import FixedClock
from kiosk.core.privacy import PrivacyService
from kiosk.core.trainings import TrainingService, WaiverService
from kiosk.db.models_training import (
    Certification,
    GuardianConsent,
    Training,
    WaiverAcceptance,
    WaiverVersion,
)
from kiosk.db.uow import UnitOfWork
from tests.db.backends import Database, add_patron

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def counts(db: Database) -> dict[str, int]:
    with UnitOfWork(db.session_factory, write=False) as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Certification, GuardianConsent, WaiverAcceptance, Training, WaiverVersion)
        }


def test_export_and_delete_cover_trainings_waivers_and_consents(db: Database) -> None:
    clock = FixedClock(NOW)
    trainings = TrainingService(db.session_factory, clock, "kiosk-1")
    waivers = WaiverService(db.session_factory, clock, "kiosk-1")
    kid = add_patron(db, "Kid", "K-1", birth_year=2015)
    other = add_patron(db, "Other", "O-1", birth_year=2014)
    trainings.define(None, "laser", "Laser cutter", 12)
    waivers.publish(None, "v1", {"en": "Text."})
    for patron in (kid, other):
        trainings.certify(None, patron, "laser")
        trainings.record_consent(None, patron)
        waivers.accept(patron, "v1")

    export = PrivacyService(db.session_factory, clock).export_patron(kid)
    assert export["certifications"] == [
        {
            "training": "laser",
            "certified_at": NOW.isoformat(),
            "expires_at": datetime(2027, 3, 1, 9, 0, tzinfo=UTC).isoformat(),
            "revoked_at": None,
        }
    ]
    assert export["waiver_acceptances"] == [{"version": "v1", "accepted_at": NOW.isoformat()}]
    assert export["guardian_consents"] == [{"recorded_at": NOW.isoformat(), "withdrawn_at": None}]
    assert "guardian_consent_on_file" not in export["patron"]

    PrivacyService(db.session_factory, clock).delete_patron(kid)
    # The library's trainings and waiver versions stay; the other patron's rows too.
    assert counts(db) == {
        "certifications": 1,
        "guardian_consents": 1,
        "waiver_acceptances": 1,
        "trainings": 1,
        "waiver_versions": 1,
    }
