"""A patron's machine session: unlocking, unlocked until a time (with the five-minute warning),
kept on for a print, locked, or why it did not work; and "report a problem" with large preset
choices."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.machine_views import PROBLEM_REASONS
from kiosk.ui.announcer import joined
from kiosk.ui.theme import icon_pixmap
from kiosk.ui.translation import QT_TRANSLATE_NOOP
from kiosk.ui.widgets.common import icon_label, scroll_body, text_label, touch_button
from kiosk.ui.widgets.reflow import ReflowGrid, screen_room

REASON_COLUMNS = 2
_MARGIN = 48
ICON_PX = 96
_CONTEXT = "MachineSessionScreen"

# Untranslated source texts; lupdate reads the literal context in each QT_TRANSLATE_NOOP.
REASON_TEXT: dict[str, str] = {
    "jammed": QT_TRANSLATE_NOOP("MachineSessionScreen", "It is jammed or stuck"),
    "not_heating": QT_TRANSLATE_NOOP("MachineSessionScreen", "It does not heat up"),
    "damaged": QT_TRANSLATE_NOOP("MachineSessionScreen", "Something is broken"),
    "missing_parts": QT_TRANSLATE_NOOP("MachineSessionScreen", "Parts or tools are missing"),
    "dirty": QT_TRANSLATE_NOOP("MachineSessionScreen", "It needs cleaning"),
    "other": QT_TRANSLATE_NOOP("MachineSessionScreen", "Something else"),
}


class SessionStep(StrEnum):
    UNLOCKING = "unlocking"
    UNLOCKED = "unlocked"
    KEPT_ON = "kept_on"  # the time is up; the printer stays on until its print finishes
    LOCKED = "locked"
    FAILED = "failed"  # the machine did not unlock: see a staff member
    REFUSED = "refused"  # the session cannot start (`message` says why)
    REPORT = "report"  # choosing what is wrong
    REPORTED = "reported"


@dataclass(frozen=True)
class MachineSessionView:
    step: SessionStep
    machine: str = ""  # the machine's name
    until: str = ""  # the end, in the branch's zone ("15:30")
    ending_soon: bool = False  # five minutes or less left
    message: str = ""  # REFUSED: the reason in words, with what to do next
    working: bool = False  # a report is being saved: its buttons are off
    can_report: bool = True


class MachineSessionScreen(QWidget):
    done = Signal()
    report = Signal()
    reason_chosen = Signal(str)
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("MachineSessionScreen")
        self.view: MachineSessionView | None = None
        self._icon = icon_label("hourglass", ICON_PX, self)
        self._title = text_label("title")
        self._title.setObjectName("SessionTitle")
        self._body = text_label("body")
        self._body.setObjectName("SessionBody")
        self._warning = text_label("notice")
        self._warning.setObjectName("SessionWarning")

        self.reason_buttons: dict[str, QPushButton] = {}
        self._reasons = QGridLayout()
        self._reasons.setHorizontalSpacing(24)
        self._reasons.setVerticalSpacing(16)
        for reason in PROBLEM_REASONS:
            button = touch_button(parent=self)
            button.setObjectName(f"Reason-{reason}")
            # Six choices, some long ("Il manque des pièces ou des outils"): the smaller
            # padding and type lets the longest fit one to a row at 800 px with larger text.
            button.setProperty("compact", True)
            button.clicked.connect(lambda _c=False, r=reason: self.reason_chosen.emit(r))
            self.reason_buttons[reason] = button
        # Two to a row where they fit, else one under the other (larger text, long words).
        room = screen_room(self, 2 * _MARGIN)
        self._reason_grid = ReflowGrid(self._reasons, self, room, REASON_COLUMNS)
        self._reason_grid.set_widgets(tuple(self.reason_buttons.values()))

        self.report_button = touch_button()
        self.report_button.setObjectName("ReportButton")
        self.report_button.clicked.connect(self.report)
        self.back_button = touch_button()
        self.back_button.setObjectName("BackButton")
        self.back_button.clicked.connect(self.back)
        self.done_button = touch_button("primary")
        self.done_button.setObjectName("DoneButton")
        self.done_button.clicked.connect(self.done)
        # Side by side where they fit, else stacked: the screen scrolls up and down only.
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(24)
        buttons.setVerticalSpacing(16)
        ReflowGrid(buttons, self, room, 3).set_widgets(
            (self.report_button, self.back_button, self.done_button)
        )

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(_MARGIN, 20, _MARGIN, 20)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self._icon)
        layout.addWidget(self._title)
        layout.addWidget(self._body)
        layout.addWidget(self._warning)
        layout.addLayout(self._reasons)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_view(self, view: MachineSessionView) -> None:
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self.retranslate()

    def retranslate(self) -> None:
        view = self.view or MachineSessionView(SessionStep.UNLOCKING)
        title, body = self._words(view)
        self._title.setText(title)
        self._body.setText(body)
        self._body.setVisible(bool(body))
        warning = ""
        if view.ending_soon and view.step is SessionStep.UNLOCKED:
            warning = self.tr("Five minutes left. Please start finishing up.")
        self._warning.setText(warning)
        self._warning.setVisible(bool(warning))
        choosing = view.step is SessionStep.REPORT
        for reason, button in self.reason_buttons.items():
            button.setText(QCoreApplication.translate(_CONTEXT, REASON_TEXT[reason]))
            button.setVisible(choosing)
            button.setEnabled(not view.working)
        self.report_button.setText(self.tr("Report a problem"))
        self.report_button.setVisible(
            view.can_report
            and view.step
            in (SessionStep.UNLOCKED, SessionStep.KEPT_ON, SessionStep.LOCKED, SessionStep.FAILED)
        )
        self.back_button.setText(self.tr("Back"))
        self.back_button.setVisible(choosing)
        self.back_button.setEnabled(not view.working)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setVisible(view.step is not SessionStep.UNLOCKING and not choosing)
        icon = {
            SessionStep.FAILED: "see-staff",
            SessionStep.REFUSED: "warning",
            SessionStep.REPORT: "warning",
        }.get(view.step, "hourglass")
        if self._icon.property("icon") != icon:
            self._icon.setProperty("icon", icon)
            self._icon.setPixmap(icon_pixmap(icon, ICON_PX, self))
        # The six choices need the room at 1024x600.
        self._icon.setVisible(not choosing)
        self.setAccessibleName(title)

    def _words(self, view: MachineSessionView) -> tuple[str, str]:
        machine = view.machine
        match view.step:
            case SessionStep.UNLOCKING:
                return self.tr("Unlocking…"), self.tr("{machine}: one moment, please.").format(
                    machine=machine
                )
            case SessionStep.UNLOCKED:
                return (
                    self.tr("Unlocked until {time}").format(time=view.until),
                    self.tr(
                        "{machine} is ready for you. It switches off by itself at {time}."
                    ).format(machine=machine, time=view.until),
                )
            case SessionStep.KEPT_ON:
                return (
                    self.tr("Kept on until the print finishes"),
                    self.tr(
                        "Your time is up, but {machine} is still printing. It stays on until "
                        "the print finishes, then switches off."
                    ).format(machine=machine),
                )
            case SessionStep.LOCKED:
                return (
                    self.tr("Locked"),
                    self.tr("{machine} is switched off. Thank you!").format(machine=machine),
                )
            case SessionStep.FAILED:
                return (
                    self.tr("The machine did not unlock."),
                    self.tr("Please see a staff member."),
                )
            case SessionStep.REFUSED:
                return self.tr("Your session can't start"), view.message
            case SessionStep.REPORT:
                return (
                    self.tr("What is wrong with {machine}?").format(machine=machine),
                    self.tr("Tap what fits best. Staff will take a look."),
                )
            case SessionStep.REPORTED:
                return (
                    self.tr("Thank you for telling us"),
                    self.tr("Staff will check {machine} before anyone uses it again.").format(
                        machine=machine
                    ),
                )
        return "", ""

    def announcement(self) -> str:
        return joined(self._title.text(), self._body.text(), self._warning.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
