"""PrintQueueService on a real SQLite file and a real PostgreSQL schema: queueing, order,
cancel, requeue, refusals past closing time or into a booking, and the staff role check."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kiosk.core import permissions
from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.permissions import StaffAction
from kiosk.core.print_queue import BookedPeriod, PrintQueueService
from kiosk.core.print_views import FailureCode, JobStatus, PrintJobView, PrintRefused, RefusalCode
from kiosk.core.projects import ProjectService
from kiosk.db.models_printing import PrintJob
from kiosk.db.models_projects import PatronNotice, Project, ProjectFile, ProjectMember
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from kiosk.ids import branch_uuid
from tests.db.backends import BACKENDS, Database, add_patron, open_database
from tests.devices.print_support import (
    START,
    Calendar,
    StoreFiles,
    audit_actions,
    job_row,
    make_service,
    moves,
    prepare,
)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        yield database


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def files(tmp_path: Path) -> StoreFiles:
    return StoreFiles(tmp_path / "store")


@pytest.fixture
def calendar() -> Calendar:
    return Calendar()


@pytest.fixture
def staff(db: Database) -> uuid.UUID:
    return prepare(db)


@pytest.fixture
def service(
    db: Database, clock: FixedClock, files: StoreFiles, calendar: Calendar
) -> PrintQueueService:
    return make_service(db, clock, files, calendar, printers=("ender", "mk4"))


def test_enqueue_lists_in_order_and_claims_the_first(
    service: PrintQueueService, staff: uuid.UUID, files: StoreFiles, db: Database
) -> None:
    first = service.enqueue(staff, "ender", files.add(moves(5, "a")), "a.gcode")
    second = service.enqueue(staff, "ender", files.add(moves(5, "b")), "b.gcode")
    service.enqueue(staff, "mk4", files.add(moves(5, "c")), "c.gcode", estimated_seconds=60)
    ender, mk4 = service.queues(staff)
    assert [j.file_name for j in ender.waiting] == ["a.gcode", "b.gcode"]
    assert [j.position for j in ender.waiting] == [1, 2]
    assert ender.active is None and [j.file_name for j in mk4.waiting] == ["c.gcode"]

    claim = service.claim_next("ender")
    assert claim is not None and claim.job.job_id == first.job_id
    assert claim.job.status == JobStatus.SENDING and Path(claim.path).read_text().startswith("; a")
    # One job at a time per printer.
    assert service.claim_next("ender") is None
    ender = service.snapshot()[0]
    assert ender.active is not None and ender.active.job_id == first.job_id
    assert [j.job_id for j in ender.waiting] == [second.job_id]
    assert audit_actions(db).count("print_job_queued") == 3
    assert "print_job_started" in audit_actions(db)


def test_the_database_keeps_one_active_job_per_printer(
    service: PrintQueueService, staff: uuid.UUID, files: StoreFiles, db: Database
) -> None:
    service.enqueue(staff, "ender", files.add(moves(5, "a")), "a.gcode")
    second = service.enqueue(staff, "ender", files.add(moves(5, "b")), "b.gcode")
    assert service.claim_next("ender") is not None
    with pytest.raises(IntegrityError), UnitOfWork(db.session_factory) as session:
        row = session.get(PrintJob, second.job_id)
        assert row is not None
        row.status = "printing"


@pytest.fixture
def east(
    db: Database, clock: FixedClock, files: StoreFiles, calendar: Calendar
) -> PrintQueueService:
    """The queue of another branch's kiosk, whose printer is also called "prusa"."""
    with UnitOfWork(db.session_factory) as session:
        register_terminal(session, TerminalIdentity("kiosk-east", "", "east", "East"))
    return make_service(db, clock, files, calendar, printers=("prusa",), branch_code="east")


def test_two_branches_printers_of_one_name_keep_their_own_jobs(
    db: Database,
    clock: FixedClock,
    files: StoreFiles,
    calendar: Calendar,
    staff: uuid.UUID,
    east: PrintQueueService,
) -> None:
    main = make_service(db, clock, files, calendar, printers=("prusa",))
    here = main.enqueue(staff, "prusa", files.add(moves(5, "main")), "main.gcode")
    there = east.enqueue(staff, "prusa", files.add(moves(5, "east")), "east.gcode")
    later = east.enqueue(staff, "prusa", files.add(moves(5, "east 2")), "east2.gcode")
    assert (here.position, there.position, later.position) == (1, 1, 2)
    assert [j.job_id for j in main.queues(staff)[0].waiting] == [here.job_id]
    assert [j.job_id for j in east.snapshot()[0].waiting] == [there.job_id, later.job_id]
    # Each claims its own, and both print at once.
    main_claim = main.claim_next("prusa")
    east_claim = east.claim_next("prusa")
    assert main_claim is not None and main_claim.job.job_id == here.job_id
    assert east_claim is not None and east_claim.job.job_id == there.job_id
    active = main.active("prusa")
    assert active is not None and active.job_id == here.job_id
    assert main.snapshot()[0].waiting == ()
    # Neither changes nor recovers the other's jobs.
    with pytest.raises(NotFound):
        main.cancel(staff, later.job_id)
    with pytest.raises(NotFound):
        east.ended(here.job_id, JobStatus.DONE)
    (recovered,) = east.recover("prusa")
    assert recovered.job_id == there.job_id
    assert job_row(db, here.job_id).status == JobStatus.SENDING
    assert {job_row(db, j.job_id).branch_id for j in (here, there)} == {
        branch_uuid("main"),
        branch_uuid("east"),
    }


def test_a_kiosk_whose_branch_is_not_known_queues_nothing(
    db: Database, clock: FixedClock, files: StoreFiles, staff: uuid.UUID
) -> None:
    west = make_service(db, clock, files, printers=("prusa",), branch_code="west")
    with pytest.raises(NotFound, match="west"):
        west.enqueue(staff, "prusa", files.add(moves(5, "w")), "w.gcode")
    assert west.snapshot()[0].waiting == ()


def test_the_database_keeps_one_active_job_per_printer_of_each_branch(
    service: PrintQueueService,
    staff: uuid.UUID,
    files: StoreFiles,
    db: Database,
    east: PrintQueueService,
) -> None:
    main_job = service.enqueue(staff, "ender", files.add(moves(5, "a")), "a.gcode")
    east_job = east.enqueue(staff, "prusa", files.add(moves(5, "b")), "b.gcode")
    assert service.claim_next("ender") is not None
    with UnitOfWork(db.session_factory) as session:
        row = session.get(PrintJob, east_job.job_id)
        assert row is not None
        row.printer_name, row.status = "ender", "printing"
    with pytest.raises(IntegrityError), UnitOfWork(db.session_factory) as session:
        row = session.get(PrintJob, east_job.job_id)
        assert row is not None
        row.branch_id = job_row(db, main_job.job_id).branch_id


def test_move_cancel_and_requeue(
    service: PrintQueueService, staff: uuid.UUID, files: StoreFiles, db: Database
) -> None:
    a = service.enqueue(staff, "ender", files.add(moves(5, "a")), "a.gcode")
    b = service.enqueue(staff, "ender", files.add(moves(5, "b")), "b.gcode")
    c = service.enqueue(staff, "ender", files.add(moves(5, "c")), "c.gcode")
    service.move(staff, c.job_id, -2)
    assert [j.job_id for j in service.snapshot()[0].waiting] == [c.job_id, a.job_id, b.job_id]
    service.move(staff, c.job_id, 5)
    assert [j.job_id for j in service.snapshot()[0].waiting] == [a.job_id, b.job_id, c.job_id]

    cancelled = service.cancel(staff, b.job_id)
    assert cancelled.status == JobStatus.CANCELLED
    assert cancelled.failure_code == FailureCode.CANCELLED
    ender = service.snapshot()[0]
    assert [j.job_id for j in ender.failed] == [b.job_id]
    with pytest.raises(Conflict):
        service.cancel(staff, b.job_id)

    again = service.requeue(staff, b.job_id)
    assert again.status == JobStatus.QUEUED and again.requeued_from == b.job_id
    ender = service.snapshot()[0]
    assert ender.failed == () and [j.job_id for j in ender.waiting][-1] == again.job_id
    with pytest.raises(Conflict):
        service.requeue(staff, b.job_id)
    with pytest.raises(Conflict):
        service.requeue(staff, a.job_id)  # still waiting
    assert {"print_job_moved", "print_job_cancelled", "print_job_requeued"} <= set(
        audit_actions(db)
    )


def test_an_active_job_is_cancelled_on_the_printer_not_in_the_table(
    service: PrintQueueService, staff: uuid.UUID, files: StoreFiles, db: Database
) -> None:
    job = service.enqueue(staff, "ender", files.add(moves(5)), "a.gcode")
    assert service.claim_next("ender") is not None
    view = service.cancel(staff, job.job_id)
    assert view.status == JobStatus.SENDING
    assert "print_job_cancel_requested" in audit_actions(db)
    ended = service.ended(job.job_id, JobStatus.CANCELLED, FailureCode.CANCELLED, "by staff")
    assert ended.status == JobStatus.CANCELLED and ended.finished_at == START


def test_a_job_past_closing_time_is_refused_with_the_reason(
    service: PrintQueueService, staff: uuid.UUID, files: StoreFiles, calendar: Calendar
) -> None:
    sha = files.add(moves(5))
    calendar.closes = START + timedelta(hours=2)
    with pytest.raises(PrintRefused) as refused:
        service.enqueue(staff, "ender", sha, "long.gcode", estimated_seconds=3 * 3600)
    (refusal,) = refused.value.refusals
    assert refusal.code == RefusalCode.PAST_CLOSING
    assert refusal.params["closes_at"] == calendar.closes.isoformat()
    assert service.snapshot()[0].waiting == ()
    # Jobs ahead count: two one-hour jobs fit, a third does not.
    service.enqueue(staff, "ender", sha, "one.gcode", estimated_seconds=3600)
    service.enqueue(staff, "ender", sha, "two.gcode", estimated_seconds=3000)
    with pytest.raises(PrintRefused):
        service.enqueue(staff, "ender", sha, "three.gcode", estimated_seconds=1800)
    calendar.closes = None
    with pytest.raises(PrintRefused) as closed:
        service.enqueue(staff, "ender", sha, "x.gcode", estimated_seconds=60)
    assert closed.value.refusals[0].code == RefusalCode.CLOSED


def test_a_job_into_a_booking_of_the_printer_is_refused(
    service: PrintQueueService, staff: uuid.UUID, files: StoreFiles, calendar: Calendar
) -> None:
    booking = BookedPeriod(START + timedelta(hours=1), START + timedelta(hours=2))
    calendar.booked.append(booking)
    sha = files.add(moves(5))
    with pytest.raises(PrintRefused) as refused:
        service.enqueue(staff, "ender", sha, "long.gcode", estimated_seconds=90 * 60)
    (refusal,) = refused.value.refusals
    assert refusal.code == RefusalCode.BOOKED
    assert refusal.params == {
        "starts_at": booking.starts_at.isoformat(),
        "ends_at": booking.ends_at.isoformat(),
    }
    # A short one ends before the booking.
    assert service.enqueue(staff, "ender", sha, "short.gcode", estimated_seconds=1800)


def test_a_job_that_no_longer_fits_when_it_would_start_fails_with_why(
    service: PrintQueueService,
    staff: uuid.UUID,
    files: StoreFiles,
    calendar: Calendar,
    clock: FixedClock,
) -> None:
    sha = files.add(moves(5))
    late = service.enqueue(staff, "ender", sha, "late.gcode", estimated_seconds=3600)
    quick = service.enqueue(staff, "ender", sha, "quick.gcode", estimated_seconds=600)
    clock.advance(timedelta(hours=4, minutes=30))  # 30 minutes before closing
    claim = service.claim_next("ender")
    assert claim is not None and claim.job.job_id == quick.job_id
    failed = service.snapshot()[0].failed
    assert [j.job_id for j in failed] == [late.job_id]
    assert failed[0].failure_code == FailureCode.PAST_CLOSING
    assert "closes_at=" in failed[0].failure_detail


def test_a_missing_file_fails_the_job_and_the_next_one_starts(
    service: PrintQueueService, staff: uuid.UUID, files: StoreFiles
) -> None:
    gone = service.enqueue(staff, "ender", "ab" * 32, "gone.gcode")
    there = service.enqueue(staff, "ender", files.add(moves(5)), "there.gcode")
    told: list[tuple[uuid.UUID, tuple[uuid.UUID, ...]]] = []

    def on_failed(view: PrintJobView) -> None:
        # Told after the commit: a screen that reads the queue now sees the job failed.
        told.append((view.job_id, tuple(j.job_id for j in service.snapshot()[0].failed)))

    claim = service.claim_next("ender", on_failed=on_failed)
    assert claim is not None and claim.job.job_id == there.job_id
    (failed,) = service.snapshot()[0].failed
    assert failed.job_id == gone.job_id and failed.failure_code == FailureCode.FILE_MISSING
    assert told == [(gone.job_id, (gone.job_id,))]


def test_done_marks_progress_and_a_left_job_is_recovered_as_interrupted(
    service: PrintQueueService, staff: uuid.UUID, files: StoreFiles, db: Database
) -> None:
    a = service.enqueue(staff, "ender", files.add(moves(5, "a")), "a.gcode")
    b = service.enqueue(staff, "ender", files.add(moves(5, "b")), "b.gcode")
    service.claim_next("ender")
    assert service.mark(a.job_id, JobStatus.PRINTING, progress=0.5).progress == 0.5
    done = service.ended(a.job_id, JobStatus.DONE)
    assert (done.status, done.progress, done.failure_code) == (JobStatus.DONE, 1.0, None)
    # A late report after the end changes nothing.
    assert service.mark(a.job_id, JobStatus.PRINTING, progress=0.2).status == JobStatus.DONE
    service.claim_next("ender")
    (recovered,) = service.recover("ender")
    assert recovered.job_id == b.job_id and recovered.failure_code == FailureCode.INTERRUPTED
    assert job_row(db, b.job_id).status == "failed"


def test_bad_requests_are_refused_before_anything_is_written(
    service: PrintQueueService, staff: uuid.UUID, files: StoreFiles
) -> None:
    sha = files.add(moves(5))
    with pytest.raises(InvalidInput):
        service.enqueue(staff, "ender", "not-a-hash", "a.gcode")
    with pytest.raises(InvalidInput):
        service.enqueue(staff, "ender", sha, "   ")
    with pytest.raises(PrintRefused) as unknown:
        service.enqueue(staff, "nowhere", sha, "a.gcode")
    assert unknown.value.refusals[0].code == RefusalCode.UNKNOWN_PRINTER
    assert service.snapshot()[0].waiting == ()


def test_the_role_is_checked_in_the_database_and_a_refusal_audited(
    service: PrintQueueService,
    staff: uuid.UUID,
    files: StoreFiles,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(
        permissions.ROLE_ACTIONS,
        "staff",
        permissions.ROLE_ACTIONS["staff"] - {StaffAction.PRINT_QUEUE},
    )
    with pytest.raises(PermissionDenied):
        service.enqueue(staff, "ender", files.add(moves(5)), "a.gcode")
    with pytest.raises(PermissionDenied):
        service.queues(staff)
    assert service.snapshot()[0].waiting == ()
    assert audit_actions(db).count("staff_action_refused") == 2
    # The emergency stop stays with every staff member.
    service.authorize(staff, StaffAction.PRINT_EMERGENCY_STOP, printer="ender")


def test_the_service_is_built_from_the_configured_printers(
    db: Database, clock: FixedClock, files: StoreFiles, staff: uuid.UUID
) -> None:
    service: PrintQueueService = make_service(db, clock, files, None, printers=("a", "b"))
    assert service.printers == ("a", "b")
    # Without a calendar nothing is refused for time.
    service.enqueue(staff, "a", files.add(moves(5)), "a.gcode", estimated_seconds=10**6)


def add_project(db: Database, status: str, sha256: str, members: int = 2) -> uuid.UUID:
    """A project with its members and a staff-sliced G-code file, written directly."""
    patrons = [add_patron(db, f"Member {n}", f"CARD-PQ-{status}-{n}") for n in range(members)]
    with UnitOfWork(db.session_factory) as session:
        project = Project(
            title="Robot arm",
            status=status,
            submitted_at=START,
            status_changed_at=START,
        )
        session.add(project)
        session.flush()
        for n, patron in enumerate(patrons):
            session.add(
                ProjectMember(
                    project_id=project.id,
                    patron_id=patron,
                    role="owner" if n == 0 else "collaborator",
                )
            )
        session.add(
            ProjectFile(
                project_id=project.id,
                sha256=sha256,
                kind="gcode",
                clean_name="arm.gcode",
                size=10,
                role="staff_gcode",
            )
        )
        session.flush()
        return project.id


def test_a_project_job_needs_approved_gcode_and_its_members_hear_when_it_is_printed(
    db: Database, clock: FixedClock, files: StoreFiles, staff: uuid.UUID
) -> None:
    with UnitOfWork(db.session_factory) as session:
        register_terminal(session, TerminalIdentity("kiosk-main", "", "main", "Main"))
    projects = ProjectService(
        db.session_factory,
        CardCodec({"K1": bytes(range(32))}, "K1"),
        clock,
        terminal_code="kiosk-main",
        branch_code="main",
    )
    service = make_service(db, clock, files, None, projects=projects)
    sha = files.add(moves(5, "arm"))
    waiting = add_project(db, "submitted", sha)
    with pytest.raises(PrintRefused) as refused:
        service.enqueue(staff, "ender", sha, "arm.gcode", project_id=waiting)
    assert refused.value.refusals[0].code == RefusalCode.NOT_APPROVED
    approved = add_project(db, "approved", sha)
    other = files.add(moves(6, "not the project's"))
    with pytest.raises(PrintRefused):
        service.enqueue(staff, "ender", other, "x.gcode", project_id=approved)

    job = service.enqueue(staff, "ender", sha, "arm.gcode", project_id=approved)
    assert service.claim_next("ender") is not None
    with UnitOfWork(db.session_factory, write=False) as session:
        project = session.get(Project, approved)
        assert project is not None and project.status == "printing"
    service.ended(job.job_id, JobStatus.DONE)
    with UnitOfWork(db.session_factory, write=False) as session:
        project = session.get(Project, approved)
        assert project is not None and project.status == "printed"
        notices = session.scalars(select(PatronNotice.kind)).all()
    assert notices == ["print_ready", "print_ready"]
