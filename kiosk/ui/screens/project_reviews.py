"""The staff "Project reviews" tool: the projects waiting for review (or all of them), and for
the one chosen its members, tags and files with their previews; approve, return with feedback
or reject; attach G-code staff sliced; send approved G-code to a printer's queue; hide a shared
project from the showcase.

The screen renders one frozen `ReviewsView`; which buttons show follows the staff member's role
(the core checks it again on every call)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.project_files.kinds import FilePreview
from kiosk.core.project_views import (
    SHOWN_STATUSES,
    FileRole,
    ProjectFileRef,
    ProjectStatus,
    ProjectView,
    Sharing,
)
from kiosk.ui.announcer import joined
from kiosk.ui.project_text import licence_name, preview_lines, status_text
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.file_picture import file_picture, show_file_picture
from kiosk.ui.widgets.reflow import reflowing
from kiosk.ui.widgets.touch_keyboard import wants_keyboard

FEEDBACK_MAX = 1000
FILE_THUMB_PX = 96
# Statuses whose G-code may go to a printer (the print queue checks it again).
PRINTABLE = (ProjectStatus.APPROVED, ProjectStatus.PRINTING, ProjectStatus.PRINTED)


@dataclass(frozen=True)
class ReviewsView:
    waiting: bool = True  # the review queue; False: every project
    projects: tuple[ProjectView, ...] = ()
    selected: uuid.UUID | None = None
    # Previews of the selected project's files by SHA-256 (None: the file has none here).
    previews: tuple[tuple[str, FilePreview | None], ...] = ()
    attach: FilePreview | None = None  # sliced G-code to attach with the decision
    feedback: str = ""
    printers: tuple[str, ...] = ()
    printer: str = ""
    can_review: bool = True
    can_print: bool = False
    can_hide: bool = False
    status_line: str = ""
    working: bool = False
    loading: bool = False

    @property
    def project(self) -> ProjectView | None:
        return next((p for p in self.projects if p.project_id == self.selected), None)

    def preview(self, sha256: str) -> FilePreview | None:
        return dict(self.previews).get(sha256)

    def print_file(self) -> ProjectFileRef | None:
        """The G-code to print: the one staff sliced, else the patrons' own."""
        project = self.project
        if project is None:
            return None
        gcode = [f for f in project.files if f.kind == "gcode"]
        staff = [f for f in gcode if f.role is FileRole.STAFF_GCODE]
        chosen = staff or gcode
        return chosen[-1] if chosen else None


class ProjectReviewsScreen(QWidget):
    back = Signal()
    show_waiting = Signal(bool)
    chosen = Signal(object)  # project id
    feedback_edited = Signal(str)
    approve = Signal()
    return_project = Signal()
    reject = Signal()
    attach = Signal()
    drop_attachment = Signal()
    printer_chosen = Signal(str)
    send_to_printer = Signal()
    toggle_hidden = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ProjectReviewsScreen")
        self.view: ReviewsView | None = None
        self.project_buttons: dict[uuid.UUID, QPushButton] = {}

        self._title = text_label("subtitle", center=False)
        self.waiting_button = self._toggle("ReviewsWaiting")
        self.waiting_button.clicked.connect(lambda: self.show_waiting.emit(True))
        self.all_button = self._toggle("ReviewsAll")
        self.all_button.clicked.connect(lambda: self.show_waiting.emit(False))
        self.back_button = touch_button()
        self.back_button.setObjectName("ReviewsBack")
        self.back_button.clicked.connect(self.back)
        body = scroll_body(self)
        header = reflowing(QHBoxLayout(), body, self._screen_room)
        header.setSpacing(12)
        header.addWidget(self._title, 1)
        header.addWidget(self.waiting_button)
        header.addWidget(self.all_button)
        header.addWidget(self.back_button)

        self._list = QVBoxLayout()
        self._list.setSpacing(8)
        self._empty = text_label("hint", center=False)
        self._empty.setObjectName("ReviewsEmpty")
        listing = QVBoxLayout()
        listing.addWidget(self._empty)
        listing.addLayout(self._list)
        listing.addStretch(1)

        self._detail = QFrame()
        set_role(self._detail, "panel")
        self._name = text_label("subtitle", center=False)
        self._name.setObjectName("ReviewProjectTitle")
        self._facts = text_label("small", center=False)
        self._facts.setObjectName("ReviewFacts")
        self._description = text_label("body", center=False)
        self._description.setObjectName("ReviewDescription")
        self._files = QVBoxLayout()
        self._files.setSpacing(6)
        self._file_widgets: list[QWidget] = []
        self.file_labels: list[QLabel] = []
        self.file_pictures: list[QLabel] = []
        self._attached = text_label("small", center=False)
        self._attached.setObjectName("ReviewAttached")
        self.attach_button = touch_button()
        self.attach_button.setObjectName("ReviewAttach")
        self.attach_button.clicked.connect(self.attach)
        self.drop_button = touch_button()
        self.drop_button.setObjectName("ReviewDropAttachment")
        self.drop_button.setProperty("compact", True)
        self.drop_button.clicked.connect(self.drop_attachment)
        attach_row = reflowing(QHBoxLayout(), body, self._detail_room)
        attach_row.setSpacing(12)
        attach_row.addWidget(self.attach_button, 1)
        attach_row.addWidget(self.drop_button)
        self._feedback_label = text_label("hint", center=False)
        self.feedback_field = QLineEdit()
        self.feedback_field.setObjectName("ReviewFeedback")
        self.feedback_field.setMaxLength(FEEDBACK_MAX)
        set_role(self.feedback_field, "field")
        wants_keyboard(self.feedback_field)
        self.feedback_field.textEdited.connect(self.feedback_edited)
        self.approve_button = touch_button("primary")
        self.approve_button.setObjectName("ReviewApprove")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = touch_button()
        self.return_button.setObjectName("ReviewReturn")
        self.return_button.clicked.connect(self.return_project)
        self.reject_button = touch_button("danger")
        self.reject_button.setObjectName("ReviewReject")
        self.reject_button.clicked.connect(self.reject)
        decisions = reflowing(QHBoxLayout(), body, self._detail_room)
        decisions.setSpacing(12)
        for button in (self.approve_button, self.return_button, self.reject_button):
            decisions.addWidget(button, 1)
        self._print_label = text_label("hint", center=False)
        self._printer_row = reflowing(QHBoxLayout(), body, self._detail_room)
        self._printer_row.setSpacing(8)
        self.printer_buttons: dict[str, QPushButton] = {}
        self.print_button = touch_button("primary")
        self.print_button.setObjectName("ReviewSendToPrinter")
        self.print_button.clicked.connect(self.send_to_printer)
        self.hide_button = touch_button()
        self.hide_button.setObjectName("ReviewHide")
        self.hide_button.clicked.connect(self.toggle_hidden)
        detail = QVBoxLayout(self._detail)
        detail.setContentsMargins(16, 8, 16, 8)
        detail.setSpacing(8)
        for widget in (self._name, self._facts, self._description):
            detail.addWidget(widget)
        detail.addLayout(self._files)
        detail.addWidget(self._attached)
        detail.addLayout(attach_row)
        detail.addWidget(self._feedback_label)
        detail.addWidget(self.feedback_field)
        detail.addLayout(decisions)
        detail.addWidget(self._print_label)
        detail.addLayout(self._printer_row)
        detail.addWidget(self.print_button)
        detail.addWidget(self.hide_button)

        columns = reflowing(QHBoxLayout(), body, self._screen_room)
        self._columns = columns
        columns.setSpacing(16)
        columns.addLayout(listing, 2)
        columns.addWidget(self._detail, 3)

        self._status = text_label("notice", center=False)
        self._status.setObjectName("ReviewsStatus")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self._status)
        layout.addLayout(columns, 1)
        self.retranslate()

    # The rows measure against the screen's width, never their own: on a body that scrolls,
    # a row's width follows what it holds, and rows inside rows would flip each other back
    # and forth without end.
    def _screen_room(self) -> int:
        return self.width() - 2 * 24

    def _detail_room(self) -> int:
        room = self._screen_room() - 2 * 16
        columns = getattr(self, "_columns", None)
        if columns is not None and columns.direction() == QBoxLayout.Direction.LeftToRight:
            room = (room - 16) * 3 // 5
        return room

    def _toggle(self, name: str) -> QPushButton:
        button = touch_button("toggle")
        button.setObjectName(name)
        button.setCheckable(True)
        button.setProperty("compact", True)
        return button

    # -- the view ----------------------------------------------------------------------------

    def show_view(self, view: ReviewsView) -> None:
        previous = self.view
        self.view = view
        if previous is None or [p.project_id for p in previous.projects] != [
            p.project_id for p in view.projects
        ]:
            self._rebuild_list(view)
        if previous is None or previous.printers != view.printers:
            self._rebuild_printers(view)
        if (
            previous is None
            or previous.project != view.project
            or previous.previews != view.previews
        ):
            self._rebuild_files(view)
        if self.feedback_field.text() != view.feedback:
            self.feedback_field.setText(view.feedback)
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self._rebuild_list(ReviewsView())
        self._rebuild_files(ReviewsView())
        self.feedback_field.clear()
        self.retranslate()

    def _rebuild_list(self, view: ReviewsView) -> None:
        for button in self.project_buttons.values():
            self._list.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.project_buttons = {}
        for project in view.projects:
            button = touch_button("toggle", parent=self)
            button.setObjectName(f"Project-{project.project_id}")
            button.setCheckable(True)
            button.ensurePolished()
            height = 3 * button.fontMetrics().lineSpacing() + 16
            button.setStyleSheet(f"min-height: {height}px;")
            button.clicked.connect(lambda _c=False, pid=project.project_id: self.chosen.emit(pid))
            self._list.addWidget(button)
            self.project_buttons[project.project_id] = button

    def _rebuild_printers(self, view: ReviewsView) -> None:
        for button in self.printer_buttons.values():
            self._printer_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.printer_buttons = {}
        for printer in view.printers:
            button = self._toggle(f"ReviewPrinter-{printer}")
            button.setText(printer)
            button.clicked.connect(lambda _c=False, name=printer: self.printer_chosen.emit(name))
            self._printer_row.addWidget(button)
            self.printer_buttons[printer] = button

    def _rebuild_files(self, view: ReviewsView) -> None:
        for widget in self._file_widgets:
            widget.hide()
            widget.deleteLater()
        self._file_widgets, self.file_labels, self.file_pictures = [], [], []
        while self._files.count():
            self._files.takeAt(0)
        project = view.project
        for index, ref in enumerate(project.files if project is not None else ()):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(12)
            picture = file_picture(FILE_THUMB_PX)
            preview = view.preview(ref.sha256)
            show_file_picture(picture, preview.thumbnail if preview else None)
            line.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
            label = text_label("small", center=False)
            label.setObjectName(f"ReviewFile-{index}")
            line.addWidget(label, 1)
            self._files.addWidget(row)
            self._file_widgets.append(row)
            self.file_labels.append(label)
            self.file_pictures.append(picture)

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        view = self.view or ReviewsView()
        self._title.setText(self.tr("Project reviews"))
        self.waiting_button.setText(self.tr("Waiting"))
        self.all_button.setText(self.tr("All projects"))
        self.waiting_button.setChecked(view.waiting)
        self.all_button.setChecked(not view.waiting)
        self.back_button.setText(self.tr("Back to the console"))
        for project in view.projects:
            button = self.project_buttons.get(project.project_id)
            if button is None:
                continue
            names = ", ".join(m.display_name for m in project.members)
            button.setText(f"{project.title}\n{names}\n{status_text(project.status)}")
            button.setChecked(project.project_id == view.selected)
            button.setEnabled(not view.working)
        if view.loading:
            self._empty.setText(self.tr("Loading…"))
        elif not view.projects and view.waiting:
            self._empty.setText(self.tr("No projects are waiting for review."))
        elif not view.projects:
            self._empty.setText(self.tr("No projects yet."))
        else:
            self._empty.setText("")
        self._empty.setVisible(bool(self._empty.text()))
        self._status.setText(view.status_line)
        self._status.setVisible(bool(view.status_line))
        self._retranslate_detail(view)
        self.setAccessibleName(self._title.text())

    def _retranslate_detail(self, view: ReviewsView) -> None:
        project = view.project
        self._detail.setVisible(project is not None)
        if project is None:
            return
        self._name.setText(project.title)
        members = ", ".join(
            self.tr("%1 (minor)").replace("%1", m.display_name) if m.is_minor else m.display_name
            for m in project.members
        )
        sharing = (
            self.tr("Shared in the showcase")
            if project.sharing is Sharing.SHOWCASE
            else self.tr("Private")
        )
        if project.hidden:
            sharing = self.tr("Hidden from the showcase")
        facts = [
            status_text(project.status),
            self.tr("Made by: %1").replace("%1", members),
            sharing + " · " + licence_name(project.licence),
        ]
        if project.tags:
            facts.append(self.tr("Tags: %1").replace("%1", ", ".join(project.tags)))
        if project.last_feedback:
            facts.append(self.tr("Last feedback: %1").replace("%1", project.last_feedback))
        self._facts.setText("\n".join(facts))
        self._description.setText(project.description)
        self._description.setVisible(bool(project.description))
        for ref, label, picture in zip(
            project.files, self.file_labels, self.file_pictures, strict=False
        ):
            picture.setAccessibleName(self.tr("Preview of %1").replace("%1", ref.clean_name))
            preview = view.preview(ref.sha256)
            lines = [ref.clean_name]
            if ref.role is FileRole.STAFF_GCODE:
                lines[0] += " · " + self.tr("sliced by staff")
            if preview is not None:
                lines += preview_lines(preview, view.printer)
            label.setText("\n".join(lines))

        deciding = project.status is ProjectStatus.SUBMITTED and view.can_review
        attach = view.attach
        self._attached.setText(
            self.tr("Sliced G-code to attach: %1").replace("%1", attach.stored.clean_name)
            if attach is not None
            else ""
        )
        self._attached.setVisible(deciding and attach is not None)
        self.attach_button.setText(self.tr("Attach G-code from a USB stick"))
        self.drop_button.setText(self.tr("Remove"))
        self.attach_button.setVisible(deciding)
        self.drop_button.setVisible(deciding and attach is not None)
        self._feedback_label.setText(self.tr("Feedback for the makers"))
        self.feedback_field.setAccessibleName(self._feedback_label.text())
        self._feedback_label.setVisible(deciding)
        self.feedback_field.setVisible(deciding)
        self.approve_button.setText(self.tr("Approve"))
        self.return_button.setText(self.tr("Return with feedback"))
        self.reject_button.setText(self.tr("Reject"))
        for button in (self.approve_button, self.return_button, self.reject_button):
            button.setVisible(deciding)
            button.setEnabled(not view.working)
        self.attach_button.setEnabled(not view.working)

        to_print = view.print_file()
        printing = (
            view.can_print
            and project.status in PRINTABLE
            and to_print is not None
            and bool(view.printers)
        )
        self._print_label.setText(
            self.tr("Print %1 on:").replace("%1", to_print.clean_name) if to_print else ""
        )
        self._print_label.setVisible(printing)
        for printer, button in self.printer_buttons.items():
            button.setVisible(printing)
            button.setChecked(printer == view.printer)
        self.print_button.setText(self.tr("Send to the print queue"))
        self.print_button.setVisible(printing)
        self.print_button.setEnabled(not view.working and bool(view.printer))
        hideable = (
            view.can_hide
            and project.sharing is Sharing.SHOWCASE
            and (project.status in SHOWN_STATUSES or project.hidden)
        )
        self.hide_button.setText(
            self.tr("Show in the showcase again")
            if project.hidden
            else self.tr("Hide from the showcase")
        )
        self.hide_button.setVisible(hideable)
        self.hide_button.setEnabled(not view.working)

    def announcement(self) -> str:
        return joined(self._title.text(), self._status.text(), self._empty.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
