"""The project screens posed from sample data, for the screenshots and the tests that check
every screen fits (tests/ui/poses.py): each pose sets a flow's state without calling a service."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from kiosk.core.project_files.kinds import FileKind, FilePreview, GcodeStats, StoredFile
from kiosk.core.project_views import (
    FileRole,
    Licence,
    MemberView,
    Notice,
    NoticeKind,
    ProjectFileRef,
    ProjectStatus,
    ProjectView,
    Sharing,
)
from kiosk.core.results import PatronSummary, ScanOutcome, ScanResult, StaffSummary

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow

Pose = tuple[str, Callable[[], None]]

MAYA = PatronSummary(UUID(int=0x51), "Maya Okafor", True)
SAM = PatronSummary(UUID(int=0x52), "Sam Lindqvist", True)
LIBRARY_TAGS = ("Robots", "Textiles", "Electronics", "Cosplay", "Games", "Music")


def sample_thumbnail() -> str:
    """A shaded model thumbnail on disk, drawn once."""
    from kiosk.core.project_files.previews import THUMBNAIL_PX
    from kiosk.core.project_files.render import render
    from kiosk.ui.screenshots import _sample_model

    path = Path(tempfile.gettempdir()) / "kiosk-screenshot-model.png"
    if not path.exists():
        render(_sample_model(), THUMBNAIL_PX).save(path)
    return str(path)


def sample_files() -> tuple[FilePreview, ...]:
    model = StoredFile("ab" * 32, FileKind.STL, 1_843_284, "rocket-fin.stl")
    gcode = StoredFile("cd" * 32, FileKind.GCODE, 3_512_944, "rocket_0.2mm_PLA.gcode")
    stats = GcodeStats(4332, 5210.0, 15.5, 118, (60, 55, 0.2, 160, 150, 23.6), True)
    return (
        FilePreview(model, sample_thumbnail(), model_size_mm=(42, 42, 120), triangles=192),
        FilePreview(gcode, None, stats),
    )


def submit_poses(window: KioskWindow) -> list[Pose]:
    from kiosk.ui.flows.submit_project import SubmitProjectFlow
    from kiosk.ui.screens.submit_project import Step

    flow = window.navigator.flow("submit_project")
    assert isinstance(flow, SubmitProjectFlow)

    def at(step: Step, **values: object) -> Callable[[], None]:
        def pose() -> None:
            flow.start(patron=MAYA)
            view = flow.view
            assert view is not None
            flow.render(
                replace(
                    view,
                    step=step,
                    title="Rocket with fins",
                    description="A water rocket we printed in three parts.",
                    library_tags=LIBRARY_TAGS,
                    tags=("Robots", "rockets"),
                    own_tags=("rockets",),
                    collaborators=(SAM,),
                    printers=("Prusa MK4", "Ender 3"),
                    printer="Prusa MK4",
                    **values,  # type: ignore[arg-type]
                )
            )

        return pose

    return [
        ("submit-about", at(Step.ABOUT)),
        ("submit-tags", at(Step.TAGS)),
        ("submit-people", at(Step.PEOPLE, message="Sam Lindqvist joined the project.")),
        (
            "submit-sharing",
            at(Step.SHARING, sharing=Sharing.SHOWCASE, nicknames=((SAM.patron_id, "Sammy"),)),
        ),
        ("submit-licence", at(Step.LICENCE, licence=Licence.CC_BY_SA)),
        ("submit-files", at(Step.FILES, files=sample_files())),
        ("submit-check", at(Step.CHECK, files=sample_files(), sharing=Sharing.SHOWCASE)),
        ("submit-done", at(Step.DONE)),
    ]


def welcome_notices_pose(window: KioskWindow) -> Pose:
    from kiosk.ui.project_text import notice_text

    now = datetime.now(UTC)
    notices = (
        Notice(
            UUID(int=0x61),
            NoticeKind.PROJECT_REVIEWED,
            {
                "title": "Rocket with fins",
                "decision": "return",
                "feedback": "The fins are too thin to print; make them 2 mm thick.",
            },
            now - timedelta(days=2),
        ),
        Notice(UUID(int=0x62), NoticeKind.PRINT_READY, {"title": "Phone stand"}, now),
    )

    def pose() -> None:
        window.checkin.show_scan_result(
            ScanResult(ScanOutcome.WELCOME, patron=MAYA, visit_counted=True, checked_in_at=now)
        )
        window.welcome.show_notices(tuple(filter(None, map(notice_text, notices))))

    return ("welcome-notices", pose)


def sample_projects(now: datetime) -> tuple[ProjectView, ...]:
    model, gcode = sample_files()
    members = (
        MemberView(MAYA.patron_id, MAYA.display_name, "owner", None, True),
        MemberView(SAM.patron_id, SAM.display_name, "collaborator", "Sammy", True),
    )

    def ref(preview: FilePreview, role: FileRole) -> ProjectFileRef:
        stored = preview.stored
        return ProjectFileRef(
            stored.sha256, stored.kind.value, stored.clean_name, stored.size, role
        )

    def project(n: int, title: str, status: ProjectStatus, **values: object) -> ProjectView:
        fields: dict[str, object] = {
            "project_id": UUID(int=0x70 + n),
            "title": title,
            "description": "",
            "status": status,
            "sharing": Sharing.PRIVATE,
            "licence": Licence.ALL_RIGHTS_RESERVED,
            "hidden": False,
            "submitted_at": now - timedelta(hours=n),
            "tags": (),
            "members": members[:1],
            "files": (),
            "last_feedback": None,
        }
        fields.update(values)
        return ProjectView(**fields)  # type: ignore[arg-type]

    return (
        project(
            1,
            "Rocket with fins",
            ProjectStatus.SUBMITTED,
            description="A water rocket we printed in three parts.",
            sharing=Sharing.SHOWCASE,
            licence=Licence.CC_BY_SA,
            tags=("Robots", "rockets"),
            members=members,
            files=(ref(model, FileRole.MODEL), ref(gcode, FileRole.MODEL)),
        ),
        project(
            2, "Phone stand", ProjectStatus.APPROVED, files=(ref(gcode, FileRole.STAFF_GCODE),)
        ),
        project(3, "Chess knight", ProjectStatus.RETURNED, last_feedback="Add a brim."),
    )


def reviews_poses(window: KioskWindow, staff: StaffSummary) -> list[Pose]:
    from kiosk.ui.flows.project_reviews import ProjectReviewsFlow
    from kiosk.ui.screens.project_reviews import ReviewsView

    flow = window.navigator.flow("project_reviews")
    assert isinstance(flow, ProjectReviewsFlow)
    projects = sample_projects(datetime.now(UTC))
    previews = tuple((p.stored.sha256, p) for p in sample_files())

    def at(**values: object) -> Callable[[], None]:
        def pose() -> None:
            flow.staff = staff
            flow.show(flow.screen, None)
            flow.render(
                replace(
                    ReviewsView(
                        projects=projects[:1],
                        selected=projects[0].project_id,
                        previews=previews,
                        printers=("Prusa MK4", "Ender 3"),
                        printer="Prusa MK4",
                        can_print=True,
                        can_hide=True,
                    ),
                    **values,  # type: ignore[arg-type]
                )
            )

        return pose

    return [
        ("reviews-waiting", at(feedback="The fins are too thin; make them 2 mm.")),
        (
            "reviews-all",
            at(
                waiting=False,
                projects=projects,
                selected=projects[1].project_id,
                status_line="Approved: the makers hear it at their next check-in.",
            ),
        ),
        ("reviews-empty", at(projects=(), selected=None)),
    ]


def showcase_pose(window: KioskWindow) -> Pose:
    from kiosk.core.project_views import ShowcaseEntry
    from kiosk.ui.flows.showcase import ShowcaseFlow
    from kiosk.ui.screens.showcase import ShowcaseView

    flow = window.navigator.flow("showcase")
    assert isinstance(flow, ShowcaseFlow)
    entry = ShowcaseEntry(
        UUID(int=0x81),
        "Rocket with fins",
        "A water rocket we printed in three parts.",
        ("Maya", "Sammy"),
        ("Robots", "rockets"),
        Licence.CC_BY_SA,
        ProjectStatus.PRINTED,
        datetime.now(UTC),
        None,
    )

    def pose() -> None:
        flow._show(ShowcaseView((entry,), 0, ((str(entry.project_id), sample_thumbnail()),)))

    return ("attract-showcase", pose)
