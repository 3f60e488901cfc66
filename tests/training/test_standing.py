"""load_standing read straight from rows written here (independent of the services)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core.standing import PatronStanding, load_standing
from kiosk.db.models_training import (
    Certification,
    GuardianConsent,
    Training,
    WaiverAcceptance,
    WaiverVersion,
)
from kiosk.db.uow import UnitOfWork
from kiosk.errors import NotFound
from tests.db.backends import Database, add_patron

T0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def standing(db: Database, patron_id: uuid.UUID, at: datetime) -> PatronStanding:
    with UnitOfWork(db.session_factory, write=False) as session:
        return load_standing(session, patron_id, at)


def test_a_new_adult_has_nothing_and_owes_nothing(db: Database) -> None:
    patron = add_patron(db, "Ann", "A-1", birth_year=1990)
    assert standing(db, patron, T0) == PatronStanding(
        patron_id=patron,
        is_minor=False,
        guardian_consent=False,
        trainings=frozenset(),
        waiver_required=None,
        card_revoked=False,
    )


def test_trainings_count_between_certification_and_expiry_or_revocation(db: Database) -> None:
    patron = add_patron(db, "Ann", "A-1")
    with UnitOfWork(db.session_factory) as session:
        laser = Training(code="laser", name="Laser cutter", validity_months=12)
        printer = Training(code="printer", name="3D printer")
        sewing = Training(code="sewing", name="Sewing")
        session.add_all([laser, printer, sewing])
        session.flush()
        session.add_all(
            [
                Certification(
                    patron_id=patron,
                    training_id=laser.id,
                    certified_at=T0,
                    expires_at=T0 + timedelta(days=365),
                ),
                Certification(patron_id=patron, training_id=printer.id, certified_at=T0),
                Certification(
                    patron_id=patron,
                    training_id=sewing.id,
                    certified_at=T0,
                    revoked_at=T0 + timedelta(days=10),
                ),
            ]
        )
    assert standing(db, patron, T0 - timedelta(seconds=1)).trainings == frozenset()
    assert standing(db, patron, T0).trainings == {"laser", "printer", "sewing"}
    assert standing(db, patron, T0 + timedelta(days=10)).trainings == {"laser", "printer"}
    assert standing(db, patron, T0 + timedelta(days=365)).trainings == {"printer"}


def test_consent_counts_until_withdrawn_and_minors_are_known(db: Database) -> None:
    kid = add_patron(db, "Kid", "K-1", birth_year=T0.year - 12)
    with UnitOfWork(db.session_factory) as session:
        session.add(
            GuardianConsent(patron_id=kid, recorded_at=T0, withdrawn_at=T0 + timedelta(days=3))
        )
    assert standing(db, kid, T0).is_minor
    assert not standing(db, kid, T0 - timedelta(minutes=1)).guardian_consent
    assert standing(db, kid, T0).guardian_consent
    assert not standing(db, kid, T0 + timedelta(days=3)).guardian_consent


def test_the_newest_published_waiver_needs_acceptance(db: Database) -> None:
    patron = add_patron(db, "Ann", "A-1")
    with UnitOfWork(db.session_factory) as session:
        first = WaiverVersion(version="2026-01", texts={"en": "Be careful."}, published_at=T0)
        unpublished = WaiverVersion(version="paper", texts={})
        session.add_all([first, unpublished])
        session.flush()
        session.add(WaiverAcceptance(patron_id=patron, waiver_version_id=first.id, accepted_at=T0))
    assert standing(db, patron, T0 - timedelta(seconds=1)).waiver_required is None
    assert standing(db, patron, T0).waiver_required is None
    later = T0 + timedelta(days=30)
    with UnitOfWork(db.session_factory) as session:
        session.add(WaiverVersion(version="2026-02", texts={"en": "Goggles."}, published_at=later))
    assert standing(db, patron, later - timedelta(seconds=1)).waiver_required is None
    assert standing(db, patron, later).waiver_required == "2026-02"


def test_every_card_revoked_is_told(db: Database) -> None:
    patron = add_patron(db, "Ann", "A-1", revoked=True, at=T0)
    assert standing(db, patron, T0).card_revoked
    assert not standing(db, patron, T0 - timedelta(seconds=1)).card_revoked


def test_unknown_patron(db: Database) -> None:
    with pytest.raises(NotFound):
        standing(db, uuid.uuid4(), T0)
