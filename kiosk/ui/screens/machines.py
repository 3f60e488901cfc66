"""The staff Machines tool: every machine with its live state (relay channel, session, until),
and for the one chosen: unlock for N minutes (large − and +), lock now, mark out of order or
checked, and the problems patrons reported on it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.announcer import joined
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import text_label, touch_button
from kiosk.ui.widgets.keyed_rows import finger_scroll
from kiosk.ui.widgets.reflow import reflowing, screen_room

_MARGIN = 32


@dataclass(frozen=True)
class MachineLine:
    key: str  # the item's id
    name: str
    state: str  # in words: "Free", "In use", "Needs a check", "Out of order"
    live: str  # in words: "On until 15:30", "Off", "No relay"
    where: str = ""  # the relay channel: "bench channel 2"
    problems: tuple[str, ...] = ()  # each reported problem, in words with its time
    attention: bool = False  # out of order, needs a check, or a problem with its relay
    unlockable: bool = True  # it has a relay channel


@dataclass(frozen=True)
class MachinesView:
    lines: tuple[MachineLine, ...]
    selected: str | None = None
    minutes: int = 30
    notices: tuple[str, ...] = ()  # controller resets, unconfirmed unlocks, failed locks
    status_line: str = ""
    working: bool = False
    loading: bool = False


class MachinesScreen(QWidget):
    back = Signal()
    chosen = Signal(str)
    less = Signal()
    more = Signal()
    unlock = Signal()
    lock = Signal()
    out_of_order = Signal()
    checked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("MachinesScreen")
        self.view: MachinesView | None = None
        self.line_buttons: dict[str, QPushButton] = {}

        self._title = text_label("subtitle", center=False)
        self.back_button = touch_button()
        self.back_button.setObjectName("MachinesBackButton")
        self.back_button.clicked.connect(self.back)
        header = reflowing(QHBoxLayout(), self)
        header.addWidget(self._title, 1)
        header.addWidget(self.back_button)

        self._list = QVBoxLayout()
        self._list.setSpacing(8)
        listing = QWidget()
        listing.setObjectName("MachinesList")
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        self._empty = text_label("hint", center=False)
        listing_layout.addWidget(self._empty)
        listing_layout.addLayout(self._list)
        self._notices = text_label("small", center=False)
        self._notices.setObjectName("MachinesNotices")
        listing_layout.addWidget(self._notices)
        listing_layout.addStretch(1)
        self._name = text_label("subtitle", center=False)
        self._name.setObjectName("MachineName")
        self._state = text_label("body", center=False)
        self._state.setObjectName("MachineState")
        self._problems = text_label("small", center=False)
        self._problems.setObjectName("MachineProblems")
        self.less_button = touch_button("key")
        self.less_button.setObjectName("LessButton")
        self.less_button.setText("−")
        self.less_button.clicked.connect(self.less)
        self._minutes = text_label("subtitle")
        self._minutes.setObjectName("MinutesLabel")
        self.more_button = touch_button("key")
        self.more_button.setObjectName("MoreButton")
        self.more_button.setText("+")
        self.more_button.clicked.connect(self.more)
        minutes = QHBoxLayout()
        minutes.setSpacing(12)
        minutes.addWidget(self.less_button, 1)
        minutes.addWidget(self._minutes, 2)
        minutes.addWidget(self.more_button, 1)
        self.unlock_button = touch_button("primary")
        self.unlock_button.setObjectName("UnlockButton")
        self.unlock_button.clicked.connect(self.unlock)
        self.lock_button = touch_button("danger")
        self.lock_button.setObjectName("LockButton")
        self.lock_button.clicked.connect(self.lock)
        self.out_button = touch_button()
        self.out_button.setObjectName("OutOfOrderButton")
        self.out_button.clicked.connect(self.out_of_order)
        self.checked_button = touch_button()
        self.checked_button.setObjectName("CheckedButton")
        self.checked_button.clicked.connect(self.checked)
        # Inside the scrolling body: it hears when what is laid out in it changes.
        body = QWidget()
        body.setObjectName("MachinesBody")
        marks = reflowing(QHBoxLayout(), body)
        marks.setSpacing(12)
        for button in (self.out_button, self.checked_button):
            button.setProperty("compact", True)
            marks.addWidget(button, 1)

        detail = QFrame()
        set_role(detail, "panel")
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(16, 8, 16, 8)
        detail_layout.setSpacing(8)
        detail_layout.addWidget(self._name)
        detail_layout.addWidget(self._state)
        detail_layout.addWidget(self._problems)
        detail_layout.addStretch(1)
        detail_layout.addLayout(minutes)
        detail_layout.addWidget(self.unlock_button)
        detail_layout.addWidget(self.lock_button)
        detail_layout.addLayout(marks)
        self._detail = detail

        # The list and the chosen machine side by side where both fit, else the machine under
        # the list (larger text, 800 px); under the header everything scrolls as one.
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(listing, 5, Qt.AlignmentFlag.AlignTop)
        # Only as tall as its controls: a long list does not push them below the screen.
        columns.addWidget(detail, 4, Qt.AlignmentFlag.AlignTop)
        reflowing(columns, body, screen_room(self, 2 * _MARGIN))
        self._columns = columns

        self._status = text_label("notice", center=False)
        self._status.setObjectName("MachinesStatus")

        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        body_layout.addLayout(columns)
        body_layout.addWidget(self._status)
        body_layout.addStretch(1)
        self.body_scroll = finger_scroll(body, "MachinesScroll")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(_MARGIN, 16, _MARGIN, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.body_scroll, 1)
        self.retranslate()

    def show_view(self, view: MachinesView) -> None:
        keys = tuple(line.key for line in view.lines)
        if self.view is None or keys != tuple(line.key for line in self.view.lines):
            self._rebuild(view.lines)
        chosen = view.selected is not None and (
            self.view is None or self.view.selected != view.selected
        )
        self.view = view
        self.retranslate()
        if chosen and self._columns.direction() == QBoxLayout.Direction.TopToBottom:
            # Under the list: bring the chosen machine's controls into view once laid out.
            QTimer.singleShot(0, self, lambda: self.body_scroll.ensureWidgetVisible(self._detail))

    def clear(self) -> None:
        self._rebuild(())
        self.view = None
        self.retranslate()

    def _rebuild(self, lines: tuple[MachineLine, ...]) -> None:
        for button in self.line_buttons.values():
            self._list.removeWidget(button)
            button.deleteLater()
        self.line_buttons = {}
        for line in lines:
            # Filled while chosen, as the theme draws a toggle that is on.
            button = touch_button("toggle", parent=self)
            button.setObjectName(f"Machine-{line.key}")
            button.setCheckable(True)
            # A staff list, long lines ("bench channel 2" in Arabic): the smaller type keeps
            # them within 800 px with larger text.
            button.setProperty("compact", True)
            # Three lines of text: name, state and channel, what the channel is doing (the
            # theme's minimum height is set in its style sheet, so this one is too).
            button.ensurePolished()  # the theme's font, not the default one
            height = 3 * button.fontMetrics().lineSpacing() + 16
            button.setStyleSheet(f"min-height: {height}px;")
            button.clicked.connect(lambda _c=False, key=line.key: self.chosen.emit(key))
            self._list.addWidget(button)
            self.line_buttons[line.key] = button

    def retranslate(self) -> None:
        view = self.view or MachinesView(())
        self._title.setText(self.tr("Machines"))
        self.back_button.setText(self.tr("Back to the console"))
        for line in view.lines:
            button = self.line_buttons.get(line.key)
            if button is None:
                continue
            mark = "⚠ " if line.attention else ""
            state = f"{line.state} · {line.where}" if line.where else line.state
            button.setText(f"{mark}{line.name}\n{state}\n{line.live}")
            button.setChecked(line.key == view.selected)
            button.setEnabled(not view.working)
        if view.loading:
            self._empty.setText(self.tr("Loading…"))
        elif not view.lines:
            self._empty.setText(self.tr("No machines with a relay or a booking calendar yet."))
        else:
            self._empty.setText("")
        self._empty.setVisible(bool(self._empty.text()))
        self._notices.setText("\n".join(view.notices))
        self._notices.setVisible(bool(view.notices))

        selected = next((line for line in view.lines if line.key == view.selected), None)
        self._detail.setVisible(selected is not None)
        if selected is not None:
            self._name.setText(selected.name)
            self._state.setText(selected.state)
            if selected.problems:
                self._problems.setText(
                    self.tr("Reported problems:") + "\n" + "\n".join(selected.problems)
                )
            else:
                self._problems.setText(self.tr("No problems reported."))
        self._minutes.setText(self.tr("%n min", "", view.minutes))
        unlockable = selected is not None and selected.unlockable and not view.working
        self.unlock_button.setText(self.tr("Unlock for %n minutes", "", view.minutes))
        self.lock_button.setText(self.tr("Lock now"))
        self.out_button.setText(self.tr("Out of order"))
        self.checked_button.setText(self.tr("Checked: free"))
        for button in (self.less_button, self.more_button, self.unlock_button, self.lock_button):
            button.setEnabled(unlockable)
        for button in (self.out_button, self.checked_button):
            button.setEnabled(selected is not None and not view.working)
        self._status.setText(view.status_line)
        self._status.setVisible(bool(view.status_line))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        return joined(self._title.text(), self._status.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
