"""Trainings, certifications and guardian consent through TrainingService, on SQLite and
PostgreSQL: expiry from validity, revocation, consent for minors, permissions refused and
audited."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.permissions import StaffAction
from kiosk.core.staff import StaffAuthService
from kiosk.core.standing import load_standing
from kiosk.core.training_views import CertificationState, PatronStanding
from kiosk.core.trainings import TrainingService, add_months
from kiosk.db.models import AuditEvent, StaffAccount
from kiosk.db.models_training import Certification, GuardianConsent
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from tests.db.backends import Database, add_patron, cheap_hasher

START = datetime(2026, 1, 31, 15, 0, tzinfo=UTC)
KEY = bytes(range(32))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def codec() -> CardCodec:
    return CardCodec({"K1": KEY}, "K1")


@pytest.fixture
def service(db: Database, clock: FixedClock, codec: CardCodec) -> TrainingService:
    return TrainingService(db.session_factory, clock, "kiosk-1", codec)


def add_staff(db: Database, clock: FixedClock, role: str, card: str) -> uuid.UUID:
    auth = StaffAuthService(db.session_factory, clock, "kiosk-1", hasher=cheap_hasher())
    return auth.add_staff(f"{role.title()} Person", card, "482913", role=role).staff_id


def standing(db: Database, patron_id: uuid.UUID, at: datetime) -> PatronStanding:
    with UnitOfWork(db.session_factory, write=False) as session:
        return load_standing(session, patron_id, at)


def audit(db: Database) -> list[tuple[str, uuid.UUID | None, dict[str, object]]]:
    with UnitOfWork(db.session_factory, write=False) as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.actor_id, AuditEvent.detail).order_by(
                AuditEvent.id
            )
        ).all()
    return [(action, actor, dict(detail)) for action, actor, detail in rows]


def test_months_end_on_the_same_day_or_the_months_last() -> None:
    assert add_months(START, 1) == datetime(2026, 2, 28, 15, 0, tzinfo=UTC)
    assert add_months(START, 13) == datetime(2027, 2, 28, 15, 0, tzinfo=UTC)
    assert add_months(datetime(2026, 3, 15, tzinfo=UTC), 12) == datetime(2027, 3, 15, tzinfo=UTC)


def test_certification_expires_after_the_trainings_validity(
    db: Database, clock: FixedClock, service: TrainingService
) -> None:
    admin = add_staff(db, clock, "admin", "A-1")
    staff = add_staff(db, clock, "staff", "S-1")
    patron = add_patron(db, "Ann", "P-1")
    laser = service.define(admin, "Laser", "Laser cutter", 12)
    service.define(None, "printer", "3D printer", None)
    assert laser.code == "laser"
    assert [t.code for t in service.trainings(staff)] == ["printer", "laser"]

    held = service.certify(staff, patron, "laser")
    assert held.state is CertificationState.VALID
    assert held.expires_at == datetime(2027, 1, 31, 15, 0, tzinfo=UTC)
    service.certify(staff, patron, "printer")
    assert standing(db, patron, START).trainings == {"laser", "printer"}
    with UnitOfWork(db.session_factory, write=False) as session:
        row = session.scalars(
            select(Certification).where(Certification.id == held.certification_id)
        ).one()
        assert (row.certified_by, row.certified_at) == (staff, START)

    clock.advance(timedelta(days=365))
    assert standing(db, patron, clock.now()).trainings == {"printer"}
    view = service.patron_trainings(staff, patron)
    states = {item.training.code: item.state for item in view.trainings}
    assert states == {"laser": CertificationState.EXPIRED, "printer": CertificationState.VALID}

    # Certifying again renews it; the expired row stays as history.
    renewed = service.certify(staff, patron, "laser")
    assert renewed.expires_at == add_months(clock.now(), 12)
    assert standing(db, patron, clock.now()).trainings == {"laser", "printer"}
    with UnitOfWork(db.session_factory, write=False) as session:
        assert len(session.scalars(select(Certification)).all()) == 3
    certified = [e for e in audit(db) if e[0] == "training_certified"]
    assert [e[1] for e in certified] == [staff, staff, staff]


def test_revocation_ends_a_certification_now(
    db: Database, clock: FixedClock, service: TrainingService
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    patron = add_patron(db, "Ann", "P-1")
    service.define(None, "sewing", "Sewing machine", None)
    service.certify(staff, patron, "sewing")
    clock.advance(timedelta(hours=1))
    service.revoke(staff, patron, "sewing")
    assert standing(db, patron, clock.now()).trainings == frozenset()
    assert standing(db, patron, clock.now() - timedelta(minutes=1)).trainings == {"sewing"}
    view = service.patron_trainings(staff, patron)
    assert view.trainings[0].state is CertificationState.REVOKED
    with pytest.raises(NotFound, match="no valid certification"):
        service.revoke(staff, patron, "sewing")
    assert ("training_revoked", staff, {"training": "sewing"}) in audit(db)


def test_bad_input_is_refused_and_saves_nothing(
    db: Database, clock: FixedClock, service: TrainingService
) -> None:
    admin = add_staff(db, clock, "admin", "A-1")
    patron = add_patron(db, "Ann", "P-1")
    with pytest.raises(InvalidInput, match="training code"):
        service.define(admin, "laser cutter", "Laser", None)
    with pytest.raises(InvalidInput, match="months"):
        service.define(admin, "laser", "Laser", 0)
    with pytest.raises(InvalidInput, match="name"):
        service.define(admin, "laser", "  ", None)
    service.define(admin, "laser", "Laser", None)
    with pytest.raises(Conflict, match="already exists"):
        service.define(admin, "LASER", "Laser again", None)
    with pytest.raises(NotFound, match="no training"):
        service.certify(admin, patron, "welding")
    with pytest.raises(NotFound, match="patron"):
        service.certify(admin, uuid.uuid4(), "laser")
    assert service.patron_trainings(admin, patron).trainings[0].state is CertificationState.NONE


def test_guardian_consent_for_a_minor_is_recorded_and_withdrawn(
    db: Database, clock: FixedClock, service: TrainingService
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    kid = add_patron(db, "Kid", "K-1", birth_year=START.year - 11)
    view = service.patron_trainings(staff, kid)
    assert view.is_minor and not view.guardian_consent
    assert not standing(db, kid, START).guardian_consent

    view = service.record_consent(staff, kid)
    assert view.guardian_consent and view.consent_recorded_at == START
    assert service.record_consent(staff, kid).consent_recorded_at == START  # once only
    assert standing(db, kid, START).guardian_consent

    clock.advance(timedelta(days=2))
    assert not service.withdraw_consent(staff, kid).guardian_consent
    assert not standing(db, kid, clock.now()).guardian_consent
    with pytest.raises(NotFound, match="no guardian consent"):
        service.withdraw_consent(staff, kid)
    service.record_consent(staff, kid)
    with UnitOfWork(db.session_factory, write=False) as session:
        rows = session.scalars(select(GuardianConsent).order_by(GuardianConsent.recorded_at)).all()
        assert [(r.recorded_by, r.withdrawn_at) for r in rows] == [
            (staff, START + timedelta(days=2)),
            (staff, None),
        ]
    actions = [e[0] for e in audit(db) if e[0].startswith("guardian")]
    assert actions == [
        "guardian_consent_recorded",
        "guardian_consent_withdrawn",
        "guardian_consent_recorded",
    ]


def test_plain_staff_may_not_manage_trainings_and_the_refusal_is_audited(
    db: Database, clock: FixedClock, service: TrainingService
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    with pytest.raises(PermissionDenied, match="may not manage trainings"):
        service.define(staff, "laser", "Laser", None)
    assert service.trainings(staff) == ()
    refused = [e for e in audit(db) if e[0] == "staff_action_refused"]
    assert refused == [
        (
            "staff_action_refused",
            staff,
            {"action": StaffAction.MANAGE_TRAININGS.value, "role": "staff"},
        )
    ]


def test_a_demoted_or_deleted_account_is_refused_on_its_next_call(
    db: Database, clock: FixedClock, service: TrainingService
) -> None:
    admin = add_staff(db, clock, "admin", "A-1")
    patron = add_patron(db, "Ann", "P-1")
    service.define(admin, "laser", "Laser", None)
    with UnitOfWork(db.session_factory) as session:
        account = session.get(StaffAccount, admin)
        assert account is not None
        account.role = "staff"
    with pytest.raises(PermissionDenied):
        service.define(admin, "sewing", "Sewing", None)
    assert [t.code for t in service.trainings(admin)] == ["laser"]
    with pytest.raises(NotFound, match="staff account"):
        service.certify(uuid.uuid4(), patron, "laser")
    assert standing(db, patron, START).trainings == frozenset()


def test_patrons_are_found_by_card_or_name(
    db: Database, clock: FixedClock, service: TrainingService, codec: CardCodec
) -> None:
    staff = add_staff(db, clock, "staff", "S-1")
    patron = add_patron(db, "Ann Lee", "P-1")
    add_patron(db, "Old Card", "P-2", revoked=True)
    assert service.patron_for_card(staff, codec.encode("P-1")).patron_id == patron
    with pytest.raises(NotFound, match="revoked"):
        service.patron_for_card(staff, codec.encode("P-2"))
    with pytest.raises(NotFound, match="not set up"):
        service.patron_for_card(staff, codec.encode("P-9"))
    with pytest.raises(InvalidInput, match="staff card"):
        service.patron_for_card(staff, codec.encode("S-1"))
    with pytest.raises(InvalidInput, match="not a card"):
        service.patron_for_card(staff, "garbage")
    assert [m.patron_id for m in service.find_patrons(staff, "ann")] == [patron]
    with pytest.raises(InvalidInput, match="at least"):
        service.find_patrons(staff, "a")
