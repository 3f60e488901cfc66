"""Submit a project: a patron's action after check-in. Title and description, tags from the
library's list or their own, collaborators who scan their cards, private or the showcase (a
minor's needs guardian consent), a licence, files through the USB picker flow, then
ProjectService.submit on the database lane.

The draft travels through the USB picker as its `then_args`: while the picker is on screen,
the picker holds the patron's draft, and it hands it back with the file."""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace
from typing import Any

from kiosk.core.project_files.kinds import FilePreview, StoredFile
from kiosk.core.project_views import (
    ConsentNeeded,
    FileRole,
    Licence,
    ProjectDraft,
    ProjectFileRef,
    Sharing,
)
from kiosk.core.results import PatronSummary
from kiosk.errors import InvalidInput, NotFound
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.patron_actions import PatronAction
from kiosk.ui.ports import ProjectsLike, projects_of
from kiosk.ui.project_text import error_text
from kiosk.ui.screens.submit_project import (
    MAX_FILES,
    MAX_MEMBERS,
    MAX_TAGS,
    STEPS,
    Step,
    SubmitProjectScreen,
    SubmitView,
)

logger = logging.getLogger(__name__)

PICKER_FLOW = "usb_picker"


def file_ref(stored: StoredFile) -> ProjectFileRef:
    """A picked file as the project service takes it: pictures are photos, the rest models."""
    role = FileRole.PHOTO if stored.kind.is_image else FileRole.MODEL
    return ProjectFileRef(stored.sha256, stored.kind.value, stored.clean_name, stored.size, role)


def draft_of(view: SubmitView) -> ProjectDraft:
    members = {member.patron_id for member in view.members}
    return ProjectDraft(
        title=view.title,
        description=view.description,
        tags=view.tags,
        collaborators=tuple(member.patron_id for member in view.collaborators),
        sharing=view.sharing,
        licence=view.licence,
        files=tuple(file_ref(preview.stored) for preview in view.files),
        nicknames={
            pid: nick.strip()
            for pid, nick in view.nicknames
            if pid in members and nick.strip() and view.sharing is Sharing.SHOWCASE
        },
    )


class SubmitProjectFlow(Flow):
    name = "submit_project"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self._screen: SubmitProjectScreen | None = None
        self.view: SubmitView | None = None
        context.patron_actions.add(
            PatronAction(
                "submit_project",
                label=lambda: self.tr("Submit a project"),
                start=lambda patron: self.nav.start(self.name, patron=patron),
            )
        )

    @property
    def screen(self) -> SubmitProjectScreen:
        if self._screen is None:
            screen = SubmitProjectScreen()
            self._screen = screen
            self.add_screen(screen)
            screen.back.connect(self.go_back)
            screen.forward.connect(self.go_forward)
            screen.done.connect(self.nav.home)
            screen.title_edited.connect(lambda text: self._edit(title=text))
            screen.description_edited.connect(lambda text: self._edit(description=text))
            screen.tag_toggled.connect(self.toggle_tag)
            screen.own_tag_added.connect(self.add_own_tag)
            screen.collaborator_removed.connect(self.remove_collaborator)
            screen.sharing_chosen.connect(lambda value: self._update(sharing=Sharing(value)))
            screen.nickname_edited.connect(self.set_nickname)
            screen.licence_chosen.connect(lambda value: self._update(licence=Licence(value)))
            screen.printer_chosen.connect(lambda name: self._update(printer=name))
            screen.add_file.connect(self.add_file)
            screen.file_removed.connect(self.remove_file)
        return self._screen

    def _stay(self) -> Stay:
        settings = self.context.settings
        return Stay(settings.idle_timeout_s, settings.countdown_s)

    def _projects(self) -> ProjectsLike:
        return projects_of(self.context.services.current())

    # -- entry -------------------------------------------------------------------------------

    def start(self, **arguments: Any) -> None:
        draft = arguments.get("draft")
        if isinstance(draft, SubmitView):
            # Back from the USB picker, with a file or without.
            preview = arguments.get("preview")
            self.view = draft
            self.render(replace(draft, step=Step.FILES, message=""))
            if isinstance(preview, FilePreview):
                self._add_preview(preview)
            self.show(self.screen, self._stay())
            return
        patron = arguments.get("patron")
        if not isinstance(patron, PatronSummary):
            logger.error("the submit flow needs a patron")
            self.nav.home()
            return
        printers = tuple(name for name, _ in self.context.settings.project_files.printers)
        self.screen.clear()
        self.render(SubmitView(patron, printers=printers, printer=printers[0] if printers else ""))
        self.show(self.screen, self._stay())
        self.run(
            self.context.lanes.database,
            lambda: self._projects().tags(),
            self._tags_loaded,
            lambda error: logger.warning("no interest tags shown: %r", error),
        )

    def _tags_loaded(self, tags: tuple[str, ...]) -> None:
        self._update(library_tags=tags)

    def render(self, view: SubmitView) -> None:
        self.view = view
        self.screen.show_view(view)

    def _update(self, **changes: Any) -> None:
        if self.view is not None:
            self.render(replace(self.view, message="", **changes))

    def _edit(self, **changes: Any) -> None:
        # Typing only changes the draft: the field already shows it.
        if self.view is not None:
            self.view = replace(self.view, **changes)
            self.screen.view = self.view

    def _say(self, message: str, **changes: Any) -> None:
        if self.view is not None:
            self.render(replace(self.view, message=message, **changes))

    # -- steps -------------------------------------------------------------------------------

    def go_forward(self) -> None:
        view = self.view
        if view is None or view.busy:
            return
        if view.step is Step.ABOUT and not view.title.strip():
            self._say(self.tr("Please give your project a title."))
            return
        if view.step is Step.CHECK:
            self.submit()
            return
        if view.step in STEPS:
            self._update(step=STEPS[STEPS.index(view.step) + 1])

    def go_back(self) -> None:
        view = self.view
        if view is None or view.busy:
            return
        if view.step is Step.ABOUT or view.step not in STEPS:
            self.nav.home()
            return
        self._update(step=STEPS[STEPS.index(view.step) - 1])

    # -- tags --------------------------------------------------------------------------------

    def toggle_tag(self, tag: str) -> None:
        view = self.view
        if view is None:
            return
        key = tag.casefold()
        if key in {t.casefold() for t in view.tags}:
            self._update(tags=tuple(t for t in view.tags if t.casefold() != key))
        elif len(view.tags) >= MAX_TAGS:
            self._say(self.tr("That's enough tags: take one off first."))
        else:
            self._update(tags=(*view.tags, tag))

    def add_own_tag(self, text: str) -> None:
        view = self.view
        if view is None:
            return
        tag = " ".join(text.split())
        if not tag:
            return
        known = next(
            (t for t in (*view.library_tags, *view.own_tags) if t.casefold() == tag.casefold()),
            None,
        )
        if known is None:
            self._update(own_tags=(*view.own_tags, tag))
        else:
            tag = known
        self.screen.own_tag_field.clear()
        if tag.casefold() not in {t.casefold() for t in view.tags}:
            self.toggle_tag(tag)

    # -- people ------------------------------------------------------------------------------

    def accepts_scans(self) -> bool:
        # A friend's card adds them, whichever step is on screen (it must never start a
        # check-in over this patron's draft).
        view = self.view
        return view is not None and view.step is not Step.DONE

    def handle_scan(self, text: str) -> None:
        view = self.view
        if view is None or view.busy:
            return
        if len(view.members) >= MAX_MEMBERS:
            self._say(
                self.tr("A project can have %1 people at most.").replace("%1", str(MAX_MEMBERS)),
                step=Step.PEOPLE,
            )
            return
        self._update(step=Step.PEOPLE, busy=True)
        self.run(
            self.context.lanes.database,
            lambda: self._projects().resolve_collaborator(text),
            self._collaborator_found,
            self._collaborator_refused,
        )

    def _collaborator_found(self, found: PatronSummary) -> None:
        view = self.view
        if view is None:
            return
        if any(member.patron_id == found.patron_id for member in view.members):
            name = found.display_name.split()[0] if found.display_name.split() else ""
            self._say(self.tr("%1 is already on this project.").replace("%1", name), busy=False)
            return
        self._say(
            self.tr("%1 joined the project.").replace("%1", found.display_name),
            busy=False,
            collaborators=(*view.collaborators, found),
        )

    def _collaborator_refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            text = self.tr("That is not a makerspace card. Please scan the QR code on the card.")
        elif isinstance(error, NotFound):
            text = self.tr("That card does not belong to a patron. Please see a staff member.")
        else:
            logger.error("looking up a collaborator failed: %r", error)
            text = error_text(error)
        self._say(text, busy=False)

    def remove_collaborator(self, patron_id: object) -> None:
        view = self.view
        if view is None or not isinstance(patron_id, uuid.UUID):
            return
        self._update(
            collaborators=tuple(m for m in view.collaborators if m.patron_id != patron_id),
            nicknames=tuple((pid, nick) for pid, nick in view.nicknames if pid != patron_id),
        )

    def set_nickname(self, patron_id: object, text: str) -> None:
        view = self.view
        if view is None or not isinstance(patron_id, uuid.UUID):
            return
        others = tuple((pid, nick) for pid, nick in view.nicknames if pid != patron_id)
        self._edit(nicknames=(*others, (patron_id, text)))

    # -- files -------------------------------------------------------------------------------

    def add_file(self) -> None:
        view = self.view
        if view is None or len(view.files) >= MAX_FILES:
            return
        self.nav.start(
            PICKER_FLOW,
            patron=view.patron,
            printer=view.printer,
            then=self.name,
            then_args={"draft": replace(view, message="", busy=False)},
        )

    def _add_preview(self, preview: FilePreview) -> None:
        view = self.view
        if view is None:
            return
        if any(p.stored.sha256 == preview.stored.sha256 for p in view.files):
            self._say(self.tr("That file is already added."))
            return
        self._update(files=(*view.files, preview))

    def remove_file(self, index: int) -> None:
        view = self.view
        if view is None or not 0 <= index < len(view.files):
            return
        self._update(files=view.files[:index] + view.files[index + 1 :])

    # -- submitting --------------------------------------------------------------------------

    def submit(self) -> None:
        view = self.view
        if view is None or view.busy:
            return
        draft = draft_of(view)
        owner = view.patron.patron_id
        self._update(step=Step.SENDING, busy=True)
        self.show(self.screen, None)  # no timeout while it is being saved
        self.run(
            self.context.lanes.database,
            lambda: self._projects().submit(owner, draft),
            self._submitted,
            self._submit_failed,
        )

    def _submitted(self, project_id: uuid.UUID) -> None:
        logger.info("project submitted from the kiosk")
        self._update(step=Step.DONE, busy=False, project_id=project_id)
        self.show(self.screen, self._stay())

    def _submit_failed(self, error: BaseException) -> None:
        self.show(self.screen, self._stay())
        if isinstance(error, ConsentNeeded):
            # Back to the choice that needs changing; everything else is kept.
            self._say(error_text(error), step=Step.SHARING, busy=False)
            return
        logger.error("submitting a project failed: %r", error)
        self._say(error_text(error), step=Step.CHECK, busy=False)

    # -- lifecycle ---------------------------------------------------------------------------

    def reset(self) -> None:
        super().reset()
        self.view = None
        if self._screen is not None:
            self._screen.clear()
