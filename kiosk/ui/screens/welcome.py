"""Shown after a good scan: who was checked in and when, and what this kiosk offers next."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.announcer import joined
from kiosk.ui.widgets.common import icon_label, scroll_body, text_label, touch_button

ACTION_COLUMNS = 2


@dataclass(frozen=True)
class WelcomeView:
    name: str  # as the library wants patrons greeted: first name, or the full name
    time: str  # the check-in time in the branch's zone, "15:04"
    first_today: bool  # False: this scan fell in a visit already counted
    actions: tuple[tuple[str, str], ...] = ()  # (key, translated label)


class WelcomeScreen(QWidget):
    done = Signal()
    action_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("WelcomeScreen")
        self.view: WelcomeView | None = None
        self._title = text_label("title")
        self._title.setObjectName("WelcomeTitle")
        self._status = text_label("body")
        self._status.setObjectName("WelcomeStatus")
        self._actions = QGridLayout()
        self._actions.setHorizontalSpacing(24)
        self._actions.setVerticalSpacing(16)
        self.action_buttons: dict[str, QPushButton] = {}

        self.done_button = touch_button("primary")
        self.done_button.setObjectName("DoneButton")
        self.done_button.clicked.connect(self.done)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button, 2)
        done_row.addStretch(1)

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(12)
        layout.addStretch(1)
        self._icon = icon_label("welcome", 96, self)
        layout.addWidget(self._icon)
        layout.addWidget(self._title)
        layout.addWidget(self._status)
        layout.addStretch(1)
        layout.addLayout(self._actions)
        layout.addSpacing(8)
        layout.addLayout(done_row)
        self.retranslate()

    def show_view(self, view: WelcomeView) -> None:
        self.view = view
        self._rebuild_actions(view.actions)
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self._rebuild_actions(())
        self.retranslate()

    def _rebuild_actions(self, actions: tuple[tuple[str, str], ...]) -> None:
        for button in self.action_buttons.values():
            self._actions.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        for index, (key, label) in enumerate(actions):
            button = touch_button(parent=self)
            button.setObjectName(f"Action-{key}")
            button.setText(label)
            button.clicked.connect(lambda _checked=False, key=key: self.action_chosen.emit(key))
            self._actions.addWidget(button, index // ACTION_COLUMNS, index % ACTION_COLUMNS)
            self.action_buttons[key] = button

    def retranslate(self) -> None:
        view = self.view
        if view is None:
            self._title.setText("")
            self._status.setText("")
        else:
            self._title.setText(self.tr("Welcome, {name}!").format(name=view.name))
            if view.first_today:
                text = self.tr("You're checked in, {time}.")
            else:
                text = self.tr("You're already checked in today (since {time}).")
            self._status.setText(text.format(time=view.time))
        self.done_button.setText(self.tr("Done"))
        self._icon.setAccessibleName(self.tr("Checked in"))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        return joined(self._title.text(), self._status.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
