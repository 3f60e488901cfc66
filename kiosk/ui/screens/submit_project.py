"""Submitting a project, one step at a time: what it is, its tags, who made it (friends scan
their cards), sharing, licence, its files from a USB stick, a last look, and thanks.

The screen renders one frozen `SubmitView` (tests assert on it); the flow decides which step
and what it holds. Typing is only for the title, the description, an own tag and nicknames,
each through the on-screen keyboard."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.project_files.kinds import FilePreview
from kiosk.core.project_views import Licence, Sharing, public_name
from kiosk.core.results import PatronSummary
from kiosk.ui.announcer import joined
from kiosk.ui.project_text import licence_meaning, licence_name, licence_text, preview_lines
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.file_picture import file_picture, show_file_picture
from kiosk.ui.widgets.reflow import reflowing
from kiosk.ui.widgets.touch_keyboard import wants_keyboard

# The core's limits (kiosk.db.models_projects), so a field stops where the database would.
TITLE_MAX = 80
DESCRIPTION_MAX = 1000
TAG_MAX = 32
NICKNAME_MAX = 32
MAX_TAGS = 8
MAX_MEMBERS = 8
MAX_FILES = 12
TAG_COLUMNS = 3
FILE_THUMB_PX = 72


class Step(StrEnum):
    ABOUT = "about"
    TAGS = "tags"
    PEOPLE = "people"
    SHARING = "sharing"
    LICENCE = "licence"
    FILES = "files"
    CHECK = "check"
    SENDING = "sending"
    DONE = "done"


# The steps a patron moves through with Next and Back, in order.
STEPS = (
    Step.ABOUT,
    Step.TAGS,
    Step.PEOPLE,
    Step.SHARING,
    Step.LICENCE,
    Step.FILES,
    Step.CHECK,
)


@dataclass(frozen=True)
class SubmitView:
    patron: PatronSummary
    step: Step = Step.ABOUT
    title: str = ""
    description: str = ""
    library_tags: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # chosen, library or own, in the order chosen
    own_tags: tuple[str, ...] = ()  # added by the patrons (offered beside the library's)
    collaborators: tuple[PatronSummary, ...] = ()
    nicknames: tuple[tuple[uuid.UUID, str], ...] = ()
    sharing: Sharing = Sharing.PRIVATE
    licence: Licence = Licence.ALL_RIGHTS_RESERVED
    files: tuple[FilePreview, ...] = ()
    printers: tuple[str, ...] = ()
    printer: str = ""  # the printer G-code estimates are for
    message: str = ""  # what went wrong or what just happened, in words
    busy: bool = False  # a card is being looked up or the project sent
    project_id: uuid.UUID | None = field(default=None)

    @property
    def members(self) -> tuple[PatronSummary, ...]:
        return (self.patron, *self.collaborators)

    def nickname(self, patron_id: uuid.UUID) -> str:
        return dict(self.nicknames).get(patron_id, "")


class SubmitProjectScreen(QWidget):
    back = Signal()
    forward = Signal()
    title_edited = Signal(str)
    description_edited = Signal(str)
    tag_toggled = Signal(str)
    own_tag_added = Signal(str)
    collaborator_removed = Signal(object)  # patron id
    sharing_chosen = Signal(str)
    nickname_edited = Signal(object, str)  # patron id, text
    licence_chosen = Signal(str)
    printer_chosen = Signal(str)
    add_file = Signal()
    file_removed = Signal(int)
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("SubmitProjectScreen")
        self.view: SubmitView | None = None
        self._heading = text_label("subtitle", center=False)
        self._heading.setObjectName("SubmitHeading")
        self._step = text_label("hint", center=False)
        self._step.setObjectName("SubmitStep")
        self.pages: dict[Step, QWidget] = {}

        body = QVBoxLayout(scroll_body(self))
        body.setContentsMargins(32, 12, 32, 8)
        body.setSpacing(10)
        body.addWidget(self._heading)
        body.addWidget(self._step)
        for step, build in (
            (Step.ABOUT, self._build_about),
            (Step.TAGS, self._build_tags),
            (Step.PEOPLE, self._build_people),
            (Step.SHARING, self._build_sharing),
            (Step.LICENCE, self._build_licence),
            (Step.FILES, self._build_files),
            (Step.CHECK, self._build_check),
            (Step.DONE, self._build_done),
        ):
            page = QWidget()
            page.setObjectName(f"SubmitPage-{step}")
            build(page)
            body.addWidget(page)
            page.hide()
            self.pages[step] = page
        self.pages[Step.SENDING] = self.pages[Step.CHECK]
        self._message = text_label("notice", center=False)
        self._message.setObjectName("SubmitMessage")
        body.addWidget(self._message)
        body.addStretch(1)

        # Below the step, at the bottom when it is short; a long step scrolls to it.
        self.back_button = touch_button()
        self.back_button.setObjectName("SubmitBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = touch_button("primary")
        self.next_button.setObjectName("SubmitNext")
        self.next_button.clicked.connect(self.forward)
        self.done_button = touch_button("primary")
        self.done_button.setObjectName("SubmitDone")
        self.done_button.clicked.connect(self.done)
        nav = QHBoxLayout()
        nav.setSpacing(16)
        nav.addWidget(self.back_button, 1)
        nav.addStretch(1)
        nav.addWidget(self.next_button, 2)
        nav.addWidget(self.done_button, 2)
        body.addLayout(nav)
        self.retranslate()

    # -- pages -------------------------------------------------------------------------------

    def _build_about(self, page: QWidget) -> None:
        self._title_label = text_label("hint", center=False)
        self.title_field = QLineEdit()
        self.title_field.setObjectName("ProjectTitleField")
        self.title_field.setMaxLength(TITLE_MAX)
        set_role(self.title_field, "field")
        wants_keyboard(self.title_field)
        self.title_field.textEdited.connect(self.title_edited)
        self._description_label = text_label("hint", center=False)
        self.description_field = QLineEdit()
        self.description_field.setObjectName("ProjectDescriptionField")
        self.description_field.setMaxLength(DESCRIPTION_MAX)
        set_role(self.description_field, "field")
        wants_keyboard(self.description_field)
        self.description_field.textEdited.connect(self.description_edited)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._title_label)
        box.addWidget(self.title_field)
        box.addWidget(self._description_label)
        box.addWidget(self.description_field)

    def _build_tags(self, page: QWidget) -> None:
        self._tags_hint = text_label("body", center=False)
        self._tag_grid = QGridLayout()
        self._tag_grid.setSpacing(8)
        self.tag_buttons: dict[str, QPushButton] = {}
        self._own_label = text_label("hint", center=False)
        self.own_tag_field = QLineEdit()
        self.own_tag_field.setObjectName("OwnTagField")
        self.own_tag_field.setMaxLength(TAG_MAX)
        set_role(self.own_tag_field, "field")
        wants_keyboard(self.own_tag_field)
        self.own_tag_field.returnPressed.connect(self._add_own_tag)
        self.add_tag_button = touch_button()
        self.add_tag_button.setObjectName("AddTagButton")
        self.add_tag_button.clicked.connect(self._add_own_tag)
        row = reflowing(QHBoxLayout(), page)
        row.setSpacing(12)
        row.addWidget(self.own_tag_field, 3)
        row.addWidget(self.add_tag_button, 1)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._tags_hint)
        box.addLayout(self._tag_grid)
        box.addWidget(self._own_label)
        box.addLayout(row)

    def _add_own_tag(self) -> None:
        text = self.own_tag_field.text()
        if text.strip():
            self.own_tag_added.emit(text)

    def _build_people(self, page: QWidget) -> None:
        self._people_hint = text_label("body", center=False)
        self._member_rows = QVBoxLayout()
        self._member_rows.setSpacing(6)
        self._member_widgets: list[QWidget] = []
        self.member_labels: list[QLabel] = []
        self.remove_buttons: dict[uuid.UUID, QPushButton] = {}
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._people_hint)
        box.addLayout(self._member_rows)

    def _build_sharing(self, page: QWidget) -> None:
        self._sharing_hint = text_label("body", center=False)
        self.private_button = self._toggle("SharePrivate")
        self.private_button.clicked.connect(lambda: self.sharing_chosen.emit(Sharing.PRIVATE))
        self.showcase_button = self._toggle("ShareShowcase")
        self.showcase_button.clicked.connect(lambda: self.sharing_chosen.emit(Sharing.SHOWCASE))
        choices = reflowing(QHBoxLayout(), page)
        choices.setSpacing(12)
        choices.addWidget(self.private_button, 1)
        choices.addWidget(self.showcase_button, 1)
        self._names_hint = text_label("hint", center=False)
        self._names_hint.setObjectName("ShowcaseNamesHint")
        self._nickname_rows = QVBoxLayout()
        self._nickname_rows.setSpacing(6)
        self._nickname_widgets: list[QWidget] = []
        self.nickname_fields: dict[uuid.UUID, QLineEdit] = {}
        self._nickname_labels: list[tuple[QLabel, PatronSummary]] = []
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._sharing_hint)
        box.addLayout(choices)
        box.addWidget(self._names_hint)
        box.addLayout(self._nickname_rows)

    def _build_licence(self, page: QWidget) -> None:
        self._licence_hint = text_label("body", center=False)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._licence_hint)
        self.licence_buttons: dict[Licence, QPushButton] = {}
        for licence in Licence:
            button = self._toggle(f"Licence-{licence}")
            button.clicked.connect(lambda _c=False, value=licence: self.licence_chosen.emit(value))
            box.addWidget(button)
            self.licence_buttons[licence] = button
        # What the chosen licence means, in words that wrap (a button's never do).
        self._licence_meaning = text_label("body", center=False)
        self._licence_meaning.setObjectName("LicenceMeaning")
        box.addWidget(self._licence_meaning)

    def _build_files(self, page: QWidget) -> None:
        self._files_hint = text_label("body", center=False)
        self._printer_label = text_label("hint", center=False)
        self._printer_row = reflowing(QHBoxLayout(), page)
        self._printer_row.setSpacing(8)
        self.printer_buttons: dict[str, QPushButton] = {}
        self._file_rows = QVBoxLayout()
        self._file_rows.setSpacing(6)
        self._file_widgets: list[QWidget] = []
        self.file_labels: list[QLabel] = []
        self.file_pictures: list[QLabel] = []
        self.remove_file_buttons: list[QPushButton] = []
        self.add_file_button = touch_button()
        self.add_file_button.setObjectName("AddFileButton")
        self.add_file_button.clicked.connect(self.add_file)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._files_hint)
        box.addWidget(self._printer_label)
        box.addLayout(self._printer_row)
        box.addLayout(self._file_rows)
        box.addWidget(self.add_file_button)

    def _build_check(self, page: QWidget) -> None:
        self._summary = text_label("body", center=False)
        self._summary.setObjectName("SubmitSummary")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self._summary)

    def _build_done(self, page: QWidget) -> None:
        self._thanks = text_label("title")
        self._thanks.setObjectName("SubmitThanks")
        self._next_time = text_label("body")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 24, 0, 0)
        box.addWidget(self._thanks)
        box.addWidget(self._next_time)

    def _toggle(self, name: str) -> QPushButton:
        button = touch_button("toggle")
        button.setObjectName(name)
        button.setCheckable(True)
        return button

    # -- the view ----------------------------------------------------------------------------

    def show_view(self, view: SubmitView) -> None:
        previous = self.view
        self.view = view
        if (
            previous is None
            or previous.library_tags != view.library_tags
            or (previous.own_tags != view.own_tags)
        ):
            self._rebuild_tags(view)
        if previous is None or previous.members != view.members:
            self._rebuild_members(view)
        if previous is None or previous.printers != view.printers:
            self._rebuild_printers(view)
        if previous is None or previous.files != view.files:
            self._rebuild_files(view)
        if previous is not None and previous.own_tags != view.own_tags:
            self.own_tag_field.clear()
        for field_, text in (
            (self.title_field, view.title),
            (self.description_field, view.description),
        ):
            if field_.text() != text:
                field_.setText(text)
        for patron_id, edit in self.nickname_fields.items():
            if edit.text() != view.nickname(patron_id):
                edit.setText(view.nickname(patron_id))
        for page in self.pages.values():
            if page is not self.pages[view.step]:
                page.hide()
        self.pages[view.step].show()
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self.title_field.clear()
        self.description_field.clear()
        self.own_tag_field.clear()
        self._rebuild_members(None)
        self._rebuild_files(None)
        self.retranslate()

    def _rebuild_tags(self, view: SubmitView) -> None:
        for button in self.tag_buttons.values():
            self._tag_grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.tag_buttons = {}
        offered = list(view.library_tags)
        keys = {tag.casefold() for tag in offered}
        offered += [tag for tag in view.own_tags if tag.casefold() not in keys]
        for index, tag in enumerate(offered):
            button = self._toggle(f"Tag-{tag}")
            button.setText(tag)
            button.clicked.connect(lambda _c=False, value=tag: self.tag_toggled.emit(value))
            self._tag_grid.addWidget(button, index // TAG_COLUMNS, index % TAG_COLUMNS)
            self.tag_buttons[tag] = button

    def _rebuild_members(self, view: SubmitView | None) -> None:
        for widget in [*self._member_widgets, *self._nickname_widgets]:
            widget.hide()
            widget.deleteLater()
        self._member_widgets, self._nickname_widgets = [], []
        self.member_labels, self.remove_buttons, self.nickname_fields = [], {}, {}
        self._nickname_labels = []
        for layout in (self._member_rows, self._nickname_rows):
            while layout.count():
                layout.takeAt(0)
        if view is None:
            return
        for member in view.members:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = text_label("body", center=False)
            label.setObjectName(f"Member-{member.patron_id}")
            line.addWidget(label, 1)
            self.member_labels.append(label)
            if member.patron_id != view.patron.patron_id:
                button = touch_button(parent=row)
                button.setObjectName(f"RemoveMember-{member.patron_id}")
                button.setProperty("compact", True)
                button.clicked.connect(
                    lambda _c=False, pid=member.patron_id: self.collaborator_removed.emit(pid)
                )
                line.addWidget(button)
                self.remove_buttons[member.patron_id] = button
            self._member_rows.addWidget(row)
            self._member_widgets.append(row)

            nick_row = QWidget()
            nick_line = reflowing(QHBoxLayout(nick_row), nick_row)
            nick_line.setContentsMargins(0, 0, 0, 0)
            nick_label = text_label("body", center=False)
            edit = QLineEdit()
            edit.setObjectName(f"Nickname-{member.patron_id}")
            edit.setMaxLength(NICKNAME_MAX)
            edit.setPlaceholderText(public_name(member.display_name, None))
            set_role(edit, "field")
            wants_keyboard(edit)
            edit.textEdited.connect(
                lambda text, pid=member.patron_id: self.nickname_edited.emit(pid, text)
            )
            nick_line.addWidget(nick_label, 1)
            nick_line.addWidget(edit, 1)
            self._nickname_rows.addWidget(nick_row)
            self._nickname_widgets.append(nick_row)
            self.nickname_fields[member.patron_id] = edit
            self._nickname_labels.append((nick_label, member))

    def _rebuild_printers(self, view: SubmitView) -> None:
        for button in self.printer_buttons.values():
            self._printer_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.printer_buttons = {}
        if len(view.printers) < 2:
            return  # one printer (or none): nothing to choose
        for printer in view.printers:
            button = self._toggle(f"Printer-{printer}")
            button.setProperty("compact", True)
            button.setText(printer)
            button.clicked.connect(lambda _c=False, name=printer: self.printer_chosen.emit(name))
            self._printer_row.addWidget(button)
            self.printer_buttons[printer] = button

    def _rebuild_files(self, view: SubmitView | None) -> None:
        for widget in self._file_widgets:
            widget.hide()
            widget.deleteLater()
        self._file_widgets, self.file_labels, self.file_pictures = [], [], []
        self.remove_file_buttons = []
        while self._file_rows.count():
            self._file_rows.takeAt(0)
        for index, preview in enumerate(view.files if view is not None else ()):
            row = QWidget()
            row.setObjectName(f"File-{index}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(12)
            picture = file_picture(FILE_THUMB_PX)
            show_file_picture(picture, preview.thumbnail)
            line.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
            label = text_label("small", center=False)
            label.setObjectName(f"FileText-{index}")
            line.addWidget(label, 1)
            button = touch_button(parent=row)
            button.setObjectName(f"RemoveFile-{index}")
            button.setProperty("compact", True)
            button.clicked.connect(lambda _c=False, at=index: self.file_removed.emit(at))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self._file_rows.addWidget(row)
            self._file_widgets.append(row)
            self.file_labels.append(label)
            self.file_pictures.append(picture)
            self.remove_file_buttons.append(button)

    # -- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        view = self.view
        self._heading.setText(self.tr("Submit a project"))
        self.back_button.setText(self.tr("Back"))
        self.done_button.setText(self.tr("Done"))
        self._title_label.setText(self.tr("What is your project called?"))
        self._description_label.setText(self.tr("Tell us about it in a sentence or two"))
        self._tags_hint.setText(
            self.tr("What is it about? Tap up to %1 tags.").replace("%1", str(MAX_TAGS))
        )
        self._own_label.setText(self.tr("Or add your own tag"))
        self.add_tag_button.setText(self.tr("Add tag"))
        self._people_hint.setText(
            self.tr("Made it with friends? Each of them scans their card now.")
        )
        self._sharing_hint.setText(self.tr("Who may see your project?"))
        self.private_button.setText(self.tr("Just us and staff"))
        self.showcase_button.setText(self.tr("The library's showcase"))
        self._names_hint.setText(
            self.tr(
                "The showcase shows first names only. Each of you may choose a nickname instead:"
            )
        )
        self._licence_hint.setText(self.tr("May others copy your design?"))
        for licence, button in self.licence_buttons.items():
            button.setText(licence_name(licence))
        self._files_hint.setText(
            self.tr("Add your model, G-code or a photo from a USB stick (optional).")
        )
        self._printer_label.setText(self.tr("Print estimates for:"))
        self.add_file_button.setText(self.tr("Add a file from a USB stick"))
        self._thanks.setText(self.tr("Thank you! Your project is sent."))
        self._next_time.setText(
            self.tr(
                "Staff will look at it soon. You will see what they say the next time you check in."
            )
        )
        self.title_field.setAccessibleName(self._title_label.text())
        self.description_field.setAccessibleName(self._description_label.text())
        self.own_tag_field.setAccessibleName(self._own_label.text())
        self._message.setText(view.message if view is not None else "")
        self._message.setVisible(bool(self._message.text()))
        if view is None:
            self._step.setText("")
            return
        step = view.step
        if step in STEPS:
            self._step.setText(
                self.tr("Step %1 of %2")
                .replace("%1", str(STEPS.index(step) + 1))
                .replace("%2", str(len(STEPS)))
            )
        else:
            self._step.setText("")
        self.back_button.setText(self.tr("Cancel") if step is Step.ABOUT else self.tr("Back"))
        final = step in (Step.CHECK, Step.SENDING)
        self.next_button.setText(self.tr("Submit project") if final else self.tr("Next"))
        self.next_button.setVisible(step is not Step.DONE)
        self.back_button.setVisible(step is not Step.DONE)
        self.done_button.setVisible(step is Step.DONE)
        self.next_button.setEnabled(not view.busy)
        self.back_button.setEnabled(not view.busy)
        for tag, button in self.tag_buttons.items():
            button.setChecked(tag.casefold() in {t.casefold() for t in view.tags})
        self.own_tag_field.setEnabled(len(view.tags) < MAX_TAGS)
        self.add_tag_button.setEnabled(len(view.tags) < MAX_TAGS)
        for member, label in zip(view.members, self.member_labels, strict=False):
            if member.patron_id == view.patron.patron_id:
                label.setText(self.tr("%1 (you)").replace("%1", member.display_name))
            else:
                label.setText(member.display_name)
        for button in self.remove_buttons.values():
            button.setText(self.tr("Remove"))
        showcase = view.sharing is Sharing.SHOWCASE
        self.private_button.setChecked(not showcase)
        self.showcase_button.setChecked(showcase)
        self._names_hint.setVisible(showcase)
        for row in self._nickname_widgets:
            row.setVisible(showcase)
        for label, member in self._nickname_labels:
            label.setText(
                self.tr("%1 is shown as").replace("%1", public_name(member.display_name, None))
            )
            self.nickname_fields[member.patron_id].setAccessibleName(label.text())
        for licence, button in self.licence_buttons.items():
            button.setChecked(licence is view.licence)
        self._licence_meaning.setText(licence_meaning(view.licence))
        self._printer_label.setVisible(bool(self.printer_buttons))
        for printer, button in self.printer_buttons.items():
            button.setChecked(printer == view.printer)
        for preview, label, picture in zip(
            view.files, self.file_labels, self.file_pictures, strict=False
        ):
            label.setText(
                "\n".join([preview.stored.clean_name, *preview_lines(preview, view.printer)])
            )
            picture.setAccessibleName(
                self.tr("Preview of %1").replace("%1", preview.stored.clean_name)
            )
        for button in self.remove_file_buttons:
            button.setText(self.tr("Remove"))
        self.add_file_button.setEnabled(len(view.files) < MAX_FILES)
        self._summary.setText(self.summary(view))
        self.setAccessibleName(self._heading.text())

    def summary(self, view: SubmitView) -> str:
        names = ", ".join(member.display_name for member in view.members)
        lines = [
            self.tr("Title: %1").replace("%1", view.title),
        ]
        if view.description:
            lines.append(view.description)
        lines.append(self.tr("Made by: %1").replace("%1", names))
        if view.tags:
            lines.append(self.tr("Tags: %1").replace("%1", ", ".join(view.tags)))
        if view.sharing is Sharing.SHOWCASE:
            shown = ", ".join(
                public_name(m.display_name, view.nickname(m.patron_id)) for m in view.members
            )
            lines.append(self.tr("Shared in the library's showcase as: %1").replace("%1", shown))
        else:
            lines.append(self.tr("Only you and staff see it."))
        lines.append(self.tr("Licence: %1").replace("%1", licence_text(view.licence)))
        files = ", ".join(preview.stored.clean_name for preview in view.files)
        lines.append(
            self.tr("Files: %1").replace("%1", files) if files else self.tr("No files added.")
        )
        return "\n".join(lines)

    def announcement(self) -> str:
        return joined(self._heading.text(), self._step.text(), self._message.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
