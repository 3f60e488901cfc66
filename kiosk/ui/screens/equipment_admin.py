"""Staff's "Equipment & rules" tool: the branch's items (add, change, bind to a relay channel
and a printer, retire), the booking rule of each kind, the weekly opening hours and the
closures, all set by touch with large − and + rows and lists; only an item's name and a
closure's reason are typed."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.announcer import joined
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.reflow import Reflow
from kiosk.ui.widgets.stepper import Step, StepperRow
from kiosk.ui.widgets.touch_keyboard import wants_keyboard


class Section(StrEnum):
    ITEMS = "items"  # the list of items
    ITEM = "item"  # one item, new or changed
    PRINTER = "printer"  # the printers one item can print on, one large row each
    RULES = "rules"
    HOURS = "hours"
    CLOSURES = "closures"


LINE_CHARS = 30
MARGIN_PX = 32
# The vertical scroll bar a long section shows takes this much of the screen's width.
SCROLLBAR_ALLOWANCE_PX = 24
# The section buttons along the top; ITEM is reached from the list.
TABS = (Section.ITEMS, Section.RULES, Section.HOURS, Section.CLOSURES)


@dataclass(frozen=True)
class Line:
    key: str
    text: str
    attention: bool = False


@dataclass(frozen=True)
class Toggle:
    key: str
    label: str
    on: bool


@dataclass(frozen=True)
class EquipmentAdminView:
    section: Section
    # ITEMS: the items; PRINTER: the printers to choose from; CLOSURES: the closures ahead
    lines: tuple[Line, ...] = ()
    selected: str | None = None  # PRINTER: the chosen printer; CLOSURES: the closure to remove
    steps: tuple[Step, ...] = ()
    toggles: tuple[Toggle, ...] = ()  # ITEM: reservable, lendable
    field_text: str = ""  # ITEM: the name; CLOSURES: the reason
    heading: str = ""  # ITEM: "New item" or the item's name; PRINTER: whose printer
    printer: str = ""  # ITEM: the printer it prints on, as the row opening the choice says it
    printer_enabled: bool = True  # ITEM: there is a printer to choose (or a binding to clear)
    summary: str = ""  # HOURS: the week; CLOSURES: bookings on closed days
    is_new: bool = False  # ITEM: adding rather than changing
    confirm_retire: bool = False
    status: str = ""
    error: str = ""
    working: bool = False
    loading: bool = False


class EquipmentAdminScreen(QWidget):
    back = Signal()
    section_chosen = Signal(str)
    line_chosen = Signal(str)
    add_item = Signal()
    stepped = Signal(str, int)
    toggled = Signal(str)
    save = Signal(str)  # the text of the field (the item's name, or the closure's reason)
    choose_printer = Signal(str)  # the item's name as typed so far, kept while the list shows
    retire = Signal()
    cancel = Signal()
    remove = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("EquipmentAdminScreen")
        self.view: EquipmentAdminView | None = None
        self.tab_buttons: dict[Section, QPushButton] = {}
        self.line_buttons: dict[str, QPushButton] = {}
        self.step_rows: dict[str, StepperRow] = {}
        self.toggle_buttons: dict[str, QPushButton] = {}
        self._reflows: list[Reflow] = []
        self._body = scroll_body(self)

        self._title = text_label("subtitle", center=False)
        self.back_button = touch_button()
        self.back_button.setObjectName("EquipmentAdminBackButton")
        self.back_button.clicked.connect(self.back)
        header = self._row()
        header.addWidget(self._title, 1)
        header.addWidget(self.back_button)

        tabs = self._row()
        tabs.setSpacing(8)
        for section in TABS:
            button = touch_button("toggle")
            button.setObjectName(f"Section-{section.value}")
            button.setCheckable(True)
            button.setProperty("compact", True)
            button.clicked.connect(lambda _c=False, s=section: self.section_chosen.emit(s.value))
            tabs.addWidget(button, 1)
            self.tab_buttons[section] = button

        self._status = text_label("body", center=False)
        self._status.setObjectName("EquipmentAdminStatus")
        self._error = text_label("notice", center=False)
        self._error.setObjectName("EquipmentAdminError")
        self._heading = text_label("title", center=False)
        self._heading.setObjectName("EquipmentAdminHeading")
        self._hint = text_label("hint", center=False)
        self._hint.setObjectName("EquipmentAdminHint")

        self._lines = QVBoxLayout()
        self._lines.setSpacing(8)
        self.field = QLineEdit()
        self.field.setObjectName("EquipmentAdminField")
        set_role(self.field, "field")
        wants_keyboard(self.field)
        self._field_label = text_label("body", center=False)
        self._field_box = self._labelled(self._field_label, self.field, 2)
        self._steps = QVBoxLayout()
        self._steps.setSpacing(8)
        self._printer_label = text_label("body", center=False)
        self.printer_button = touch_button()
        self.printer_button.setObjectName("ChoosePrinterButton")
        self.printer_button.clicked.connect(lambda: self.choose_printer.emit(self.field.text()))
        self._printer_box = self._labelled(self._printer_label, self.printer_button, 1)
        self._toggles = self._row()
        self._toggles.setSpacing(12)
        self._summary = text_label("small", center=False)
        self._summary.setObjectName("EquipmentAdminSummary")

        self.add_button = touch_button()
        self.add_button.setObjectName("AddItemButton")
        self.add_button.clicked.connect(self.add_item)
        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("EquipmentAdminCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.retire_button = touch_button("danger")
        self.retire_button.setObjectName("RetireButton")
        self.retire_button.clicked.connect(self.retire)
        self.remove_button = touch_button("danger")
        self.remove_button.setObjectName("RemoveClosureButton")
        self.remove_button.clicked.connect(self.remove)
        self.save_button = touch_button("primary")
        self.save_button.setObjectName("EquipmentAdminSaveButton")
        self.save_button.clicked.connect(lambda: self.save.emit(self.field.text()))
        buttons = self._row()
        buttons.setSpacing(12)
        for button in (self.cancel_button, self.retire_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.save_button, 1)

        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(MARGIN_PX, 16, MARGIN_PX, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(tabs)
        layout.addWidget(self._status)
        layout.addWidget(self._error)
        layout.addWidget(self._heading)
        layout.addWidget(self._hint)
        layout.addLayout(self._lines)
        layout.addWidget(self.add_button)
        layout.addWidget(self._field_box)
        layout.addLayout(self._steps)
        layout.addWidget(self._printer_box)
        layout.addLayout(self._toggles)
        layout.addWidget(self._summary)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def _room(self) -> int:
        return self.width() - 2 * MARGIN_PX - SCROLLBAR_ALLOWANCE_PX

    def _labelled(self, label: QWidget, control: QWidget, stretch: int) -> QWidget:
        """A label and its control on one row, in a box the screen shows or hides."""
        row = self._row()
        # No margins of its own: its label lines up with the stepper rows' labels.
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(label, 1)
        row.addWidget(control, stretch)
        box = QWidget()
        box.setLayout(row)
        return box

    def _row(self) -> QHBoxLayout:
        """A row that stacks when it does not fit the screen (see `retranslate`)."""
        row = QHBoxLayout()
        # Watching the content, not the screen: a button's new words ask the content (not the
        # screen) to lay out again.
        self._reflows.append(Reflow(row, self._body, self._room))
        return row

    # -- rendering ---------------------------------------------------------------------------

    def show_view(self, view: EquipmentAdminView) -> None:
        before = self.view
        self.view = view
        if before is None or before.section is not view.section or before.heading != view.heading:
            self.field.setText(view.field_text)
            self.field.home(False)  # a long name shows its start, not its end
        self._fill_lines(view.lines)
        self._fill_steps(view.steps)
        self._fill_toggles(view.toggles)
        self.retranslate()

    def clear(self) -> None:
        self.field.clear()
        self.view = None
        self._fill_lines(())
        self._fill_steps(())
        self._fill_toggles(())
        self.retranslate()

    def _fill_lines(self, lines: tuple[Line, ...]) -> None:
        if tuple(self.line_buttons) != tuple(line.key for line in lines):
            for button in self.line_buttons.values():
                self._lines.removeWidget(button)
                button.hide()  # out of the layout it would show at the corner until deleted
                button.deleteLater()
            self.line_buttons = {}
            for line in lines:
                button = touch_button("toggle", parent=self)
                button.setObjectName(f"Line-{line.key}")
                button.setCheckable(True)
                button.ensurePolished()
                button.clicked.connect(lambda _c=False, key=line.key: self.line_chosen.emit(key))
                self._lines.addWidget(button)
                self.line_buttons[line.key] = button

    def _fill_steps(self, steps: tuple[Step, ...]) -> None:
        if tuple(self.step_rows) != tuple(step.key for step in steps):
            for row in self.step_rows.values():
                self._steps.removeWidget(row)
                row.hide()
                row.deleteLater()
            self.step_rows = {}
            for step in steps:
                row = StepperRow(step.key, self)
                row.stepped.connect(self.stepped)
                self._steps.addWidget(row)
                self.step_rows[step.key] = row
        for step in steps:
            self.step_rows[step.key].show_step(step)

    def _fill_toggles(self, toggles: tuple[Toggle, ...]) -> None:
        if tuple(self.toggle_buttons) != tuple(toggle.key for toggle in toggles):
            for button in self.toggle_buttons.values():
                self._toggles.removeWidget(button)
                button.hide()
                button.deleteLater()
            self.toggle_buttons = {}
            for toggle in toggles:
                button = touch_button("toggle", parent=self)
                button.setObjectName(f"Toggle-{toggle.key}")
                button.setCheckable(True)
                button.ensurePolished()  # the theme's font: the row measures its width
                button.clicked.connect(lambda _c=False, key=toggle.key: self.toggled.emit(key))
                self._toggles.addWidget(button, 1)
                self.toggle_buttons[toggle.key] = button

    def retranslate(self) -> None:
        view = self.view or EquipmentAdminView(Section.ITEMS, loading=True)
        section = view.section
        self._title.setText(self.tr("Equipment & rules"))
        self.back_button.setText(self.tr("Back to the console"))
        labels = {
            Section.ITEMS: self.tr("Equipment"),
            Section.RULES: self.tr("Booking rules"),
            Section.HOURS: self.tr("Opening hours"),
            Section.CLOSURES: self.tr("Closures"),
        }
        for tab, button in self.tab_buttons.items():
            button.setText(labels[tab])
            button.setChecked(
                tab is section
                or (tab is Section.ITEMS and section in (Section.ITEM, Section.PRINTER))
            )
            button.setEnabled(not view.working)
        for line in view.lines:
            button = self.line_buttons[line.key]
            text = f"⚠ {line.text}" if line.attention else line.text
            # A button never wraps its text: long names and reasons are broken into lines here
            # so that the list fits a small screen with larger text.
            text = "\n".join(textwrap.fill(part, LINE_CHARS) for part in text.split("\n"))
            button.setText(text.replace("&", "&&"))
            button.setAccessibleName(text)
            button.setChecked(line.key == view.selected)
            button.setEnabled(not view.working)
        for toggle in view.toggles:
            button = self.toggle_buttons[toggle.key]
            button.setText(("✓ " if toggle.on else "") + toggle.label)
            button.setAccessibleName(toggle.label)
            button.setChecked(toggle.on)
            button.setEnabled(not view.working)
        self._heading.setText(view.heading)
        self._heading.setVisible(bool(view.heading))
        self._hint.setText(self._hint_text(view))
        self._hint.setVisible(bool(self._hint.text()))
        self._status.setText(view.status)
        self._status.setVisible(bool(view.status))
        self._error.setText(view.error)
        self._error.setVisible(bool(view.error))
        self._summary.setText(view.summary)
        self._summary.setVisible(bool(view.summary))

        self._printer_box.setVisible(section is Section.ITEM and bool(view.printer))
        self._printer_label.setText(self.tr("Prints on"))
        # The arrow says the row opens a list, as a row of a phone's settings does.
        self.printer_button.setText(f"{view.printer}  ›".replace("&", "&&"))
        self.printer_button.setAccessibleName(
            self.tr("Prints on: {printer}. Tap to choose another printer.").format(
                printer=view.printer
            )
        )
        self.printer_button.setEnabled(view.printer_enabled and not view.working)

        has_field = section in (Section.ITEM, Section.CLOSURES) and not view.loading
        self._field_box.setVisible(has_field)
        self._field_label.setText(
            self.tr("Name") if section is Section.ITEM else self.tr("Reason shown to patrons")
        )
        self.field.setAccessibleName(self._field_label.text())
        self.add_button.setText(self.tr("Add an item"))
        self.add_button.setVisible(section is Section.ITEMS and not view.loading)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setVisible(section in (Section.ITEM, Section.PRINTER))
        self.retire_button.setText(
            self.tr("Tap again to retire it") if view.confirm_retire else self.tr("Retire")
        )
        self.retire_button.setVisible(section is Section.ITEM and not view.is_new)
        self.remove_button.setText(self.tr("Open on that day again"))
        self.remove_button.setVisible(section is Section.CLOSURES and view.selected is not None)
        save = {
            Section.ITEM: self.tr("Add the item") if view.is_new else self.tr("Save the item"),
            # Short: a button never wraps, and the rule's kind or the day is named above it.
            Section.RULES: self.tr("Save"),
            Section.HOURS: self.tr("Save"),
            Section.CLOSURES: self.tr("Close on this day"),
        }.get(section, "")
        self.save_button.setText(save)
        self.save_button.setVisible(bool(save) and not view.loading)
        for button in (
            self.add_button,
            self.cancel_button,
            self.retire_button,
            self.remove_button,
            self.save_button,
        ):
            button.setEnabled(not view.working)
        for row in self.step_rows.values():
            if view.working:
                row.less_button.setEnabled(False)
                row.more_button.setEnabled(False)
        self.setAccessibleName(self._title.text())
        # Its rows' buttons and words change with the section: each row is measured again.
        for reflow in self._reflows:
            reflow.reflow()

    def _hint_text(self, view: EquipmentAdminView) -> str:
        if view.loading:
            return self.tr("Loading…")
        if view.section is Section.ITEMS:
            if view.lines:
                return self.tr("Tap an item to change it.")
            return self.tr("No equipment yet. Tap “Add an item”.")
        if view.section is Section.PRINTER:
            return self.tr("Choose the printer that prints this item's jobs:")
        if view.section is Section.CLOSURES:
            if view.lines:
                return self.tr("Days ahead when the branch is closed (tap one to open again):")
            return self.tr("No closures ahead. Choose a day and a reason to add one.")
        return ""

    def announcement(self) -> str:
        view = self.view
        return joined(self._title.text(), view.status if view else "", view.error if view else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
