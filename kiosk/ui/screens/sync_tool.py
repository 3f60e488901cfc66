"""The staff "Network & sync" tool: whether the kiosk reaches the central store, when it last
synced and what waits to be sent, "Sync now", and each conflict a round left with a "Resolved"
button. Everything under the header scrolls as one, so larger text fits a small display."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.sync.status import Link
from kiosk.ui.announcer import joined
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.reflow import reflowing

MARGIN_PX = 32


@dataclass(frozen=True)
class ConflictCard:
    key: str  # the conflict's id
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class SyncToolView:
    link: Link
    state: str  # the headline in words: "Online", "Offline", …
    state_role: str  # ok, pending or bad: the headline's colour
    details: tuple[str, ...]  # last sync, why offline, changes waiting, …
    can_sync_now: bool  # configured and joined: the button is shown
    syncing: bool = False  # a round is running: the button waits for it
    round_line: str = ""  # the round staff asked for: running, then how it ended
    conflicts: tuple[ConflictCard, ...] = ()
    conflicts_loaded: bool = False  # the list was read (an empty one means none)
    show_conflicts: bool = True
    status_line: str = ""  # the result of the last action, in plain words
    working: bool = False  # a resolve is running: the Resolved buttons wait


class SyncToolScreen(QWidget):
    back = Signal()
    sync_now = Signal()
    resolve = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("SyncToolScreen")
        self.view: SyncToolView | None = None
        self.resolve_buttons: dict[str, QPushButton] = {}
        self._cards: list[QFrame] = []

        body = scroll_body(self)
        self._title = text_label("subtitle", center=False)
        self.back_button = touch_button()
        self.back_button.setObjectName("SyncBackButton")
        self.back_button.clicked.connect(self.back)
        # The title beside the button, or above it where both do not fit (larger text, a long
        # language): measured against the screen, as the content it scrolls in widens.
        header = reflowing(QHBoxLayout(), self, lambda: self._room(body))
        header.setSpacing(12)
        header.addWidget(self._title, 1)
        header.addWidget(self.back_button)

        self._state = text_label("state-pending", center=False)
        self._state.setObjectName("SyncState")
        self.sync_button = touch_button("primary")
        self.sync_button.setObjectName("SyncNowButton")
        self.sync_button.clicked.connect(self.sync_now)
        # The button on a row of its own: beside the headline it would squeeze the words
        # at 800 px with larger text (this screen scrolls, so a row cannot tell it is short).
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addStretch(1)
        self._details = text_label("small", center=False)
        self._details.setObjectName("SyncDetails")
        self._round = text_label("notice", center=False)
        self._round.setObjectName("SyncRound")
        panel = QFrame()
        set_role(panel, "panel")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(16, 8, 16, 8)
        panel_layout.setSpacing(6)
        panel_layout.addWidget(self._state)
        panel_layout.addWidget(self._details)
        panel_layout.addWidget(self._round)
        panel_layout.addLayout(sync_row)

        self._conflicts_heading = text_label("subtitle", center=False)
        self._conflicts_heading.setObjectName("SyncConflictsHeading")
        self._empty = text_label("hint", center=False)
        self._empty.setObjectName("SyncConflictsEmpty")
        self._list = QVBoxLayout()
        self._list.setSpacing(8)

        self._status = text_label("notice", center=False)
        self._status.setObjectName("SyncStatusLine")

        layout = QVBoxLayout(body)
        layout.setContentsMargins(MARGIN_PX, 16, MARGIN_PX, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self._status)
        layout.addWidget(panel)
        layout.addWidget(self._conflicts_heading)
        layout.addWidget(self._empty)
        layout.addLayout(self._list)
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _room(body: QWidget) -> int:
        viewport = body.parentWidget()  # the scroll area's, without its scroll bar
        return (viewport.width() if viewport is not None else body.width()) - 2 * MARGIN_PX

    def show_view(self, view: SyncToolView) -> None:
        if self.view is None or view.conflicts != self.view.conflicts:
            self._rebuild(view.conflicts)
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self._rebuild(())
        self.view = None
        self.retranslate()

    def _rebuild(self, cards: tuple[ConflictCard, ...]) -> None:
        for frame in self._cards:
            self._list.removeWidget(frame)
            # Hidden at once: deleteLater waits for the event loop, and until then the old
            # card would still be drawn over the new ones.
            frame.hide()
            frame.deleteLater()
        self._cards = []
        self.resolve_buttons = {}
        for card in cards:
            frame = QFrame(self)
            frame.setObjectName(f"Conflict-{card.key}")
            set_role(frame, "panel")
            box = QVBoxLayout(frame)
            box.setContentsMargins(16, 8, 16, 8)
            box.setSpacing(4)
            title = text_label("body", frame, center=False)
            title.setText(card.title)
            lines = text_label("small", frame, center=False)
            lines.setText("\n".join(card.lines))
            button = touch_button(parent=frame)
            button.setObjectName(f"Resolve-{card.key}")
            button.setProperty("compact", True)
            button.clicked.connect(lambda _c=False, key=card.key: self.resolve.emit(key))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            box.addWidget(title)
            box.addWidget(lines)
            box.addLayout(row)
            self._list.addWidget(frame)
            frame.show()  # added to a screen already on show, it would stay hidden
            self._cards.append(frame)
            self.resolve_buttons[card.key] = button

    def retranslate(self) -> None:
        view = self.view
        self._title.setText(self.tr("Network & sync"))
        self.back_button.setText(self.tr("Back to the console"))
        self.sync_button.setText(self.tr("Sync now"))
        self.setAccessibleName(self._title.text())
        for button in self.resolve_buttons.values():
            button.setText(self.tr("Resolved"))
            button.setEnabled(view is not None and not view.working)
        if view is None:
            for label in (self._state, self._details, self._round, self._status, self._empty):
                label.setText("")
                label.hide()
            self._conflicts_heading.hide()
            self.sync_button.hide()
            return
        set_role(self._state, f"state-{view.state_role}")
        self._state.style().unpolish(self._state)
        self._state.style().polish(self._state)
        self._state.setText(view.state)
        self._state.show()
        self._details.setText("\n".join(view.details))
        self._details.setVisible(bool(view.details))
        self._round.setText(view.round_line)
        self._round.setVisible(bool(view.round_line))
        self.sync_button.setVisible(view.can_sync_now)
        self.sync_button.setEnabled(not view.syncing)
        self._status.setText(view.status_line)
        self._status.setVisible(bool(view.status_line))
        self._conflicts_heading.setVisible(view.show_conflicts)
        if view.conflicts:
            count = QLocale().toString(len(view.conflicts))
            self._conflicts_heading.setText(
                self.tr("Conflicts to review: {count}").format(count=count)
            )
        else:
            self._conflicts_heading.setText(self.tr("Conflicts to review"))
        if not view.show_conflicts:
            self._empty.setText("")
        elif not view.conflicts_loaded:
            self._empty.setText(self.tr("Loading…"))
        elif not view.conflicts:
            self._empty.setText(self.tr("No conflicts to review."))
        else:
            self._empty.setText("")
        self._empty.setVisible(bool(self._empty.text()))

    def announcement(self) -> str:
        return joined(self._title.text(), self._state.text(), self._status.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
