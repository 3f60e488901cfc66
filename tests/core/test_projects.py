"""The project service on SQLite and PostgreSQL: submitting with collaborators found by their
cards, the guardian-consent rule for sharing, staff review with its audit trail and notices,
the print queue's side, notices seen once, tags, and the showcase's privacy."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core import console as console_module
from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.project_views import (
    ConsentNeeded,
    Decision,
    FileRole,
    Licence,
    NoticeKind,
    ProjectDraft,
    ProjectFileRef,
    ProjectStatus,
    Sharing,
)
from kiosk.core.projects import ProjectService
from kiosk.core.staff import StaffAuthService
from kiosk.db.models import AuditEvent, Patron
from kiosk.db.models_projects import PatronNotice, ProjectMember, ProjectReview
from kiosk.db.models_training import GuardianConsent
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from tests.db.backends import BACKENDS, Database, add_patron, cheap_hasher, open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
KEY = bytes(range(32))
STL = ProjectFileRef("a" * 64, "stl", "robot.stl", 1234, FileRole.MODEL)
PHOTO = ProjectFileRef("b" * 64, "png", "robot.png", 999, FileRole.PHOTO)
GCODE = ProjectFileRef("c" * 64, "gcode", "robot.gcode", 5000, FileRole.STAFF_GCODE)


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
def service(db: Database, codec: CardCodec, clock: FixedClock) -> ProjectService:
    return ProjectService(
        db.session_factory, codec, clock, terminal_code="kiosk-1", branch_code="main"
    )


def add_staff(db: Database, clock: FixedClock, role: str = "staff", card: str = "S-1") -> uuid.UUID:
    auth = StaffAuthService(db.session_factory, clock, "kiosk-1", hasher=cheap_hasher())
    return auth.add_staff(f"{role.title()} Person", card, "482913", role=role).staff_id


def consent(db: Database, patron_id: uuid.UUID) -> None:
    with UnitOfWork(db.session_factory) as session:
        session.add(GuardianConsent(patron_id=patron_id, recorded_at=START - timedelta(days=1)))


def actions(db: Database) -> list[str]:
    with UnitOfWork(db.session_factory, write=False) as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_submit_with_collaborators_found_by_their_cards(
    db: Database, service: ProjectService, codec: CardCodec
) -> None:
    owner = add_patron(db, "Maya Okafor", "MK-0001", birth_year=1990)
    friend = add_patron(db, "Sam Lindqvist", "MK-0002", birth_year=1991)
    found = service.resolve_collaborator(codec.encode("MK-0002"))
    assert found.patron_id == friend
    assert found.is_minor is False
    service.add_tag("Robots")
    project_id = service.submit(
        owner,
        ProjectDraft(
            title="  Line-following   robot ",
            description="It follows\n\n\n\na line.",
            tags=("robots", "Cardboard", "cardboard"),
            collaborators=(found.patron_id, owner),
            sharing=Sharing.SHOWCASE,
            licence=Licence.CC_BY_SA,
            files=(STL, PHOTO),
            nicknames={friend: "Sammy"},
        ),
    )
    (mine,) = service.my_projects(friend)
    assert mine.project_id == project_id
    assert mine.title == "Line-following robot"
    assert mine.description == "It follows\n\na line."
    assert mine.status is ProjectStatus.SUBMITTED
    # The listed tag keeps the list's spelling; the free tag is kept once.
    assert mine.tags == ("Cardboard", "Robots")
    assert [(m.patron_id, m.role, m.nickname) for m in mine.members] == [
        (owner, "owner", None),
        (friend, "collaborator", "Sammy"),
    ]
    assert mine.files == (STL, PHOTO)
    assert "project_submitted" in actions(db)


def test_unknown_revoked_and_staff_cards_are_not_collaborators(
    db: Database, service: ProjectService, codec: CardCodec, clock: FixedClock
) -> None:
    add_patron(db, "Old Card", "MK-0009", revoked=True)
    add_staff(db, clock, card="S-1")
    for number in ("MK-0404", "MK-0009", "S-1"):
        with pytest.raises(NotFound):
            service.resolve_collaborator(codec.encode(number))
    with pytest.raises(InvalidInput):
        service.resolve_collaborator("not a card")


def test_sharing_a_minors_project_needs_guardian_consent(
    db: Database, service: ProjectService
) -> None:
    adult = add_patron(db, "Ada Adult", "MK-0001", birth_year=1980)
    teen = add_patron(db, "Tess Young", "MK-0002", birth_year=2012)
    draft = ProjectDraft(title="Lamp", collaborators=(teen,), sharing=Sharing.SHOWCASE)
    with pytest.raises(ConsentNeeded) as refused:
        service.submit(adult, draft)
    assert refused.value.patron_ids == (teen,)
    assert service.my_projects(adult) == ()
    # Kept private it is fine; with consent on file sharing is too.
    service.submit(adult, ProjectDraft(title="Lamp", collaborators=(teen,)))
    consent(db, teen)
    service.submit(adult, draft)
    assert len(service.my_projects(teen)) == 2


def test_bad_drafts_are_refused_whole(db: Database, service: ProjectService) -> None:
    owner = add_patron(db, "Maya Okafor", "MK-0001")
    for draft in (
        ProjectDraft(title="   "),
        ProjectDraft(title="x" * 81),
        ProjectDraft(title="Ok", tags=tuple(f"t{i}" for i in range(9))),
        ProjectDraft(title="Ok", files=(GCODE,)),
        ProjectDraft(title="Ok", tags=("\u202eevil",)),
        ProjectDraft(title="Ok", nicknames={uuid.uuid4(): "Ghost"}),
    ):
        with pytest.raises(InvalidInput):
            service.submit(owner, draft)
    with pytest.raises(NotFound):
        service.submit(owner, ProjectDraft(title="Ok", collaborators=(uuid.uuid4(),)))
    assert service.my_projects(owner) == ()


def test_review_decisions_are_audited_and_tell_every_member(
    db: Database, service: ProjectService, clock: FixedClock
) -> None:
    staff = add_staff(db, clock)
    owner = add_patron(db, "Maya Okafor", "MK-0001")
    friend = add_patron(db, "Sam Lindqvist", "MK-0002")
    first = service.submit(owner, ProjectDraft(title="Robot", collaborators=(friend,)))
    clock.advance(timedelta(minutes=1))
    second = service.submit(owner, ProjectDraft(title="Vase"))
    clock.advance(timedelta(minutes=1))
    third = service.submit(owner, ProjectDraft(title="Sword"))
    queue = service.review_queue(staff)
    assert [p.project_id for p in queue] == [first, second, third]

    with pytest.raises(InvalidInput):
        service.review(staff, second, Decision.RETURN, "  ")
    assert service.review(staff, first, Decision.APPROVE, gcode=GCODE) is ProjectStatus.APPROVED
    service.review(staff, second, Decision.RETURN, "Make the walls thicker, please.")
    service.review(staff, third, Decision.REJECT, "Weapons are not printed here.")
    with pytest.raises(Conflict):
        service.review(staff, first, Decision.REJECT, "changed my mind")
    assert service.review_queue(staff) == ()

    with UnitOfWork(db.session_factory, write=False) as session:
        reviews = session.execute(
            select(ProjectReview.decision, ProjectReview.staff_id).order_by(ProjectReview.at)
        ).all()
        events = session.execute(
            select(AuditEvent.actor_id, AuditEvent.subject_id, AuditEvent.detail).where(
                AuditEvent.action == "project_reviewed"
            )
        ).all()
    assert [d for d, _ in reviews] == ["approve", "return", "reject"]
    assert {s for _, s in reviews} == {staff}
    assert [(a, s, d["decision"]) for a, s, d in events] == [
        (staff, first, "approve"),
        (staff, second, "return"),
        (staff, third, "reject"),
    ]
    (robot,) = [p for p in service.my_projects(friend)]
    assert robot.files == (GCODE,)
    notices = service.pending_notices(owner)
    assert [(n.kind, n.params["decision"]) for n in notices] == [
        (NoticeKind.PROJECT_REVIEWED, "approve"),
        (NoticeKind.PROJECT_REVIEWED, "return"),
        (NoticeKind.PROJECT_REVIEWED, "reject"),
    ]
    assert notices[1].params["feedback"] == "Make the walls thicker, please."
    assert [n.params["title"] for n in service.pending_notices(friend)] == ["Robot"]


def test_a_role_without_the_right_is_refused_and_the_refusal_audited(
    db: Database, service: ProjectService, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = add_staff(db, clock)
    owner = add_patron(db, "Maya Okafor", "MK-0001")
    project = service.submit(owner, ProjectDraft(title="Robot"))
    # The role is read from the database on each call; a role that lacks the action is refused.
    monkeypatch.setattr(console_module, "allowed", lambda role, action: False)
    with pytest.raises(PermissionDenied):
        service.review(staff, project, Decision.APPROVE)
    with pytest.raises(PermissionDenied):
        service.review_queue(staff)
    with pytest.raises(PermissionDenied):
        service.set_hidden(staff, project, True)
    assert actions(db).count("staff_action_refused") == 3
    assert "project_reviewed" not in actions(db)
    assert service.my_projects(owner)[0].status is ProjectStatus.SUBMITTED


def test_print_ready_notices_are_shown_once(
    db: Database, service: ProjectService, clock: FixedClock
) -> None:
    staff = add_staff(db, clock)
    owner = add_patron(db, "Maya Okafor", "MK-0001")
    friend = add_patron(db, "Sam Lindqvist", "MK-0002")
    project = service.submit(owner, ProjectDraft(title="Robot", collaborators=(friend,)))
    with pytest.raises(Conflict):
        service.mark_printed(project)  # not approved yet
    service.review(staff, project, Decision.APPROVE)
    service.mark_printing(project)
    service.mark_printed(project)
    service.mark_printed(project)  # a repeat changes nothing
    for patron in (owner, friend):
        notices = service.pending_notices(patron)
        assert [n.kind for n in notices] == [NoticeKind.PROJECT_REVIEWED, NoticeKind.PRINT_READY]
        assert notices[1].params == {"project_id": str(project), "title": "Robot"}
    # Another patron's ids are not marked by this patron's welcome screen.
    friends = [n.notice_id for n in service.pending_notices(friend)]
    assert service.mark_seen(owner, friends) == 0
    assert service.mark_seen(owner, [n.notice_id for n in service.pending_notices(owner)]) == 2
    assert service.pending_notices(owner) == ()
    assert len(service.pending_notices(friend)) == 2
    assert service.mark_seen(friend, friends) == 2
    assert service.mark_seen(friend, friends) == 0
    with UnitOfWork(db.session_factory, write=False) as session:
        assert all(n.seen_at is not None for n in session.scalars(select(PatronNotice)))


def test_notify_is_the_api_other_parts_use(db: Database, service: ProjectService) -> None:
    patron = add_patron(db, "Maya Okafor", "MK-0001")
    service.notify(patron, "booking_not_kept", {"item": "Laser", "at": "2026-01-06T10:00"})
    (notice,) = service.pending_notices(patron)
    assert notice.kind == "booking_not_kept"
    assert notice.params["item"] == "Laser"
    with pytest.raises(NotFound):
        service.notify(uuid.uuid4(), "x", {})


def test_tags_are_a_staff_list_and_removal_keeps_project_labels(
    db: Database, service: ProjectService, clock: FixedClock
) -> None:
    staff = add_staff(db, clock)
    owner = add_patron(db, "Maya Okafor", "MK-0001")
    service.submit(owner, ProjectDraft(title="Robot", tags=("robots",)))
    assert service.add_tag("Robots", staff_id=staff) == "Robots"
    service.add_tag("Textiles")
    with pytest.raises(Conflict):
        service.add_tag("ROBOTS")
    assert service.tags() == ("Robots", "Textiles")
    service.remove_tag("robots")
    with pytest.raises(NotFound):
        service.remove_tag("robots")
    assert service.tags() == ("Textiles",)
    assert service.my_projects(owner)[0].tags == ("robots",)
    assert {"interest_tag_added", "interest_tag_removed"} <= set(actions(db))


def test_showcase_shows_only_shared_approved_unhidden_by_first_name_or_nickname(
    db: Database, service: ProjectService, clock: FixedClock
) -> None:
    staff = add_staff(db, clock)
    adult = add_patron(db, "Maya Okafor", "MK-0001", birth_year=1980)
    teen = add_patron(db, "Tess Youngblood", "MK-0002", birth_year=2012)
    kid = add_patron(db, "Kim Parkinson", "MK-0003", birth_year=2014)
    consent(db, teen)
    consent(db, kid)
    shared = service.submit(
        adult,
        ProjectDraft(
            title="Shared",
            collaborators=(teen, kid),
            sharing=Sharing.SHOWCASE,
            tags=("Robots",),
            files=(STL, PHOTO),
            nicknames={kid: "KP the maker"},
        ),
    )
    private = service.submit(adult, ProjectDraft(title="Private", collaborators=(teen,)))
    hidden = service.submit(teen, ProjectDraft(title="Hidden", sharing=Sharing.SHOWCASE))
    service.submit(teen, ProjectDraft(title="Waiting", sharing=Sharing.SHOWCASE))
    for project in (shared, private, hidden):
        service.review(staff, project, Decision.APPROVE)
    service.set_hidden(staff, hidden, True)
    (entry,) = service.showcase()
    assert entry.project_id == shared
    assert entry.makers == ("Maya", "Tess", "KP the maker")
    assert entry.tags == ("Robots",)
    assert entry.picture == PHOTO
    text = repr(service.showcase())
    for secret in ("Okafor", "Youngblood", "Parkinson", "Private", "Hidden", "Waiting"):
        assert secret not in text
    service.set_hidden(staff, hidden, False)
    service.mark_printed(shared)
    assert {e.project_id for e in service.showcase()} == {shared, hidden}
    assert {"project_hidden", "project_unhidden"} <= set(actions(db))


def test_deleting_a_patron_takes_their_membership_and_notices(
    db: Database, service: ProjectService
) -> None:
    owner = add_patron(db, "Maya Okafor", "MK-0001")
    service.submit(owner, ProjectDraft(title="Robot"))
    service.notify(owner, "x", {})
    with UnitOfWork(db.session_factory) as session:
        patron = session.get(Patron, owner)
        assert patron is not None
        session.delete(patron)
    with UnitOfWork(db.session_factory, write=False) as session:
        assert session.scalars(select(ProjectMember)).all() == []
        assert session.scalars(select(PatronNotice)).all() == []
