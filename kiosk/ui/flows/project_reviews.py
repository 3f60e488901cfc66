"""The staff "Project reviews" tool: the review queue and every project, a project's files with
their previews, approve / return with feedback / reject (with G-code staff sliced, picked from a
USB stick through the picker flow), approved G-code sent to a printer's queue through the print
desk, and a shared project hidden from the showcase.

Every call runs on a lane; the project service and the print desk check the staff member's
role in the database and audit it. The buttons a role may not use are not shown."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kiosk.core.permissions import StaffAction, allowed
from kiosk.core.print_views import PrintRefused
from kiosk.core.project_files.kinds import FileKind, FilePreview
from kiosk.core.project_views import Decision, FileRole, ProjectFileRef, ProjectView
from kiosk.core.results import StaffSummary
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.ports import PrintDeskLike, ProjectsLike, projects_of
from kiosk.ui.project_refs import stored_of
from kiosk.ui.project_text import error_text, print_refusal_text
from kiosk.ui.screens.project_reviews import ProjectReviewsScreen, ReviewsView
from kiosk.ui.staff_tools import StaffTool

logger = logging.getLogger(__name__)

REVIEWS_IDLE_S = 300
REVIEWS_COUNTDOWN_S = 15
PICKER_FLOW = "usb_picker"


class ProjectReviewsFlow(Flow):
    name = "project_reviews"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self._screen: ProjectReviewsScreen | None = None
        self.desk: PrintDeskLike | None = context.print_desk
        self.staff: StaffSummary | None = None
        self.view = ReviewsView()
        self._files: Any = None
        context.staff_tools.add(
            StaffTool(
                "project_reviews",
                label=lambda: self.tr("Project reviews"),
                action=StaffAction.REVIEW_PROJECTS,
                start=lambda staff: self.nav.start(self.name, staff=staff),
            )
        )

    @property
    def screen(self) -> ProjectReviewsScreen:
        if self._screen is None:
            screen = ProjectReviewsScreen()
            self._screen = screen
            self.add_screen(screen)
            screen.back.connect(self._back)
            screen.show_waiting.connect(self.show_list)
            screen.chosen.connect(self.choose)
            screen.feedback_edited.connect(self._feedback_edited)
            screen.approve.connect(lambda: self.decide(Decision.APPROVE))
            screen.return_project.connect(lambda: self.decide(Decision.RETURN))
            screen.reject.connect(lambda: self.decide(Decision.REJECT))
            screen.attach.connect(self.attach)
            screen.drop_attachment.connect(lambda: self.render(replace(self.view, attach=None)))
            screen.printer_chosen.connect(self._choose_printer)
            screen.send_to_printer.connect(self.send_to_printer)
            screen.toggle_hidden.connect(self.toggle_hidden)
        return self._screen

    @property
    def files(self) -> Any:
        """The project file store's previews (kiosk.core.project_files.ProjectFiles)."""
        if self._files is None:
            from kiosk.core.project_files.service import ProjectFiles

            self._files = ProjectFiles(self.context.settings.project_files)
        return self._files

    def _projects(self) -> ProjectsLike:
        return projects_of(self.context.services.current())

    def render(self, view: ReviewsView) -> None:
        self.view = view
        self.screen.show_view(view)

    def _printers(self) -> tuple[str, ...]:
        if self.desk is None:
            return ()
        return tuple(live.printer for live in self.desk.live())

    # -- opening -----------------------------------------------------------------------------

    def start(self, **arguments: Any) -> None:
        staff = arguments.get("staff")
        if not isinstance(staff, StaffSummary):
            logger.error("project reviews started without a staff member")
            self.nav.home()
            return
        self.staff = staff
        state = arguments.get("state")
        self.show(self.screen, Stay(REVIEWS_IDLE_S, REVIEWS_COUNTDOWN_S))
        if isinstance(state, ReviewsView):
            # Back from the USB picker with the sliced G-code, or without a file.
            self._picked(state, arguments.get("preview"))
            return
        printers = self._printers()
        self.render(
            ReviewsView(
                printers=printers,
                printer=printers[0] if len(printers) == 1 else "",
                can_review=allowed(staff.role, StaffAction.REVIEW_PROJECTS),
                can_print=self.desk is not None and allowed(staff.role, StaffAction.PRINT_QUEUE),
                can_hide=allowed(staff.role, StaffAction.MANAGE_SHOWCASE),
                loading=True,
            )
        )
        self.show_list(True)

    def show_list(self, waiting: bool, *, then_select: uuid.UUID | None = None) -> None:
        staff = self.staff
        if staff is None:
            return
        staff_id = staff.staff_id
        self.render(replace(self.view, waiting=waiting, loading=True))

        def load() -> tuple[ProjectView, ...]:
            projects = self._projects()
            return projects.review_queue(staff_id) if waiting else projects.all_projects(staff_id)

        self.run(
            self.context.lanes.database,
            load,
            lambda found: self._listed(found, then_select),
            self._failed,
        )

    def _listed(self, projects: tuple[ProjectView, ...], then_select: uuid.UUID | None) -> None:
        keep = then_select or self.view.selected
        selected = keep if any(p.project_id == keep for p in projects) else None
        if selected is None and projects:
            selected = projects[0].project_id
        changed = selected != self.view.selected
        self.render(
            replace(
                self.view,
                projects=projects,
                selected=selected,
                loading=False,
                working=False,
                previews=() if changed else self.view.previews,
            )
        )
        if changed or not self.view.previews:
            self._load_previews()

    # -- one project -------------------------------------------------------------------------

    def choose(self, project_id: object) -> None:
        if not isinstance(project_id, uuid.UUID) or project_id == self.view.selected:
            return
        self.render(replace(self.view, selected=project_id, previews=(), attach=None, feedback=""))
        self._load_previews()

    def _load_previews(self) -> None:
        project = self.view.project
        if project is None:
            return
        files, printer = self.files, self.view.printer
        project_id = project.project_id

        def previews() -> tuple[tuple[str, FilePreview | None], ...]:
            made: list[tuple[str, FilePreview | None]] = []
            for ref in project.files:
                stored = stored_of(ref)
                try:
                    shown = files.preview(stored, printer) if stored is not None else None
                except Exception as error:  # not in this kiosk's store, or unreadable
                    logger.info("no preview of a project file: %r", error)
                    shown = None
                made.append((ref.sha256, shown))
            return tuple(made)

        self.run(
            self.context.lanes.files,
            previews,
            lambda made: self._previews_made(project_id, made),
            lambda error: logger.warning("project previews failed: %r", error),
        )

    def _previews_made(
        self, project_id: uuid.UUID, made: tuple[tuple[str, FilePreview | None], ...]
    ) -> None:
        if self.view.selected == project_id:
            self.render(replace(self.view, previews=made))

    def _choose_printer(self, printer: str) -> None:
        self.render(replace(self.view, printer=printer, status_line=""))
        self._load_previews()  # the G-code's fit is for the printer chosen

    def _feedback_edited(self, text: str) -> None:
        self.view = replace(self.view, feedback=text)
        self.screen.view = self.view

    # -- decisions ---------------------------------------------------------------------------

    def decide(self, decision: Decision) -> None:
        staff, project = self.staff, self.view.project
        if staff is None or project is None or self.view.working:
            return
        feedback = self.view.feedback.strip()
        if decision is Decision.RETURN and not feedback:
            self.render(
                replace(
                    self.view,
                    status_line=self.tr("Write what should change before returning it."),
                )
            )
            return
        attach = self.view.attach
        gcode = (
            ProjectFileRef(
                attach.stored.sha256,
                attach.stored.kind.value,
                attach.stored.clean_name,
                attach.stored.size,
                FileRole.STAFF_GCODE,
            )
            if attach is not None
            else None
        )
        done = {
            Decision.APPROVE: self.tr("Approved: the makers hear it at their next check-in."),
            Decision.RETURN: self.tr("Returned: the makers see your feedback at check-in."),
            Decision.REJECT: self.tr("Rejected: the makers hear it at their next check-in."),
        }[decision]
        staff_id, project_id = staff.staff_id, project.project_id

        def decided(_status: object) -> None:
            self.render(replace(self.view, attach=None, feedback="", status_line=done))
            # An approved project is printed from the list of every project.
            approved = decision is Decision.APPROVE
            self.show_list(not approved, then_select=project_id if approved else None)

        self._act(
            lambda: self._projects().review(staff_id, project_id, decision, feedback, gcode=gcode),
            decided,
        )

    def attach(self) -> None:
        staff = self.staff
        if staff is None:
            return
        self.nav.start(
            PICKER_FLOW,
            printer=self.view.printer,
            then=self.name,
            then_args={"staff": staff, "state": replace(self.view, status_line="")},
        )

    def _picked(self, state: ReviewsView, preview: object) -> None:
        line = ""
        attach = state.attach
        if isinstance(preview, FilePreview):
            if preview.stored.kind is FileKind.GCODE:
                attach = preview
            else:
                line = self.tr("Only G-code can be attached as the sliced file.")
        self.render(replace(state, attach=attach, status_line=line, working=False))

    # -- printing and the showcase -----------------------------------------------------------

    def send_to_printer(self) -> None:
        staff, project, desk = self.staff, self.view.project, self.desk
        ref = self.view.print_file()
        printer = self.view.printer
        if staff is None or project is None or desk is None or ref is None or not printer:
            return
        preview = self.view.preview(ref.sha256)
        stats = preview.gcode if preview is not None else None
        seconds = int(stats.print_time_s) if stats is not None else None
        staff_id, project_id = staff.staff_id, project.project_id

        def queued(_job: object) -> None:
            self.render(
                replace(
                    self.view,
                    working=False,
                    status_line=self.tr("%1 is in the queue of %2.")
                    .replace("%1", ref.clean_name)
                    .replace("%2", printer),
                )
            )

        self._act(
            lambda: desk.enqueue(
                staff_id,
                printer,
                ref.sha256,
                ref.clean_name,
                project_id=project_id,
                estimated_seconds=seconds,
            ),
            queued,
        )

    def toggle_hidden(self) -> None:
        staff, project = self.staff, self.view.project
        if staff is None or project is None:
            return
        hide = not project.hidden
        staff_id, project_id = staff.staff_id, project.project_id
        line = self.tr("Hidden from the showcase.") if hide else self.tr("Back in the showcase.")

        def changed(_result: object) -> None:
            self.render(replace(self.view, status_line=line))
            self.show_list(self.view.waiting, then_select=project_id)

        self._act(lambda: self._projects().set_hidden(staff_id, project_id, hide), changed)

    # -- plumbing ----------------------------------------------------------------------------

    def _act(self, call: Callable[[], object], done: Callable[[object], None]) -> None:
        self.render(replace(self.view, working=True, status_line=""))
        self.run(self.context.lanes.database, call, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PrintRefused):
            line = print_refusal_text(error)
        else:
            line = error_text(error)
            logger.warning("project reviews: a call failed: %r", error)
        self.render(replace(self.view, working=False, loading=False, status_line=line))

    def _back(self) -> None:
        staff = self.staff
        self.reset()
        if staff is None:
            self.nav.home()
            return
        self.nav.start("staff_console", staff=staff)

    def reset(self) -> None:
        super().reset()
        self.staff = None
        self.view = ReviewsView()
        if self._screen is not None:
            self._screen.clear()
