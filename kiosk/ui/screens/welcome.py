"""Shown after a good scan: the patron's name, today's reservations, and what to do next."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import text_label, touch_button

# More lines than this would push the buttons off a 600-pixel-high screen.
MAX_RESERVATION_LINES = 4


class WelcomeScreen(QWidget):
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("WelcomeScreen")
        self._name = ""
        self._reservations: tuple[str, ...] = ()

        self._title = text_label("title")
        self._title.setObjectName("WelcomeTitle")

        panel = QFrame()
        set_role(panel, "panel")
        self._reservations_heading = text_label("hint", center=False)
        self._reservations_text = text_label("body", center=False)
        self._reservations_text.setObjectName("Reservations")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(24, 12, 24, 12)
        panel_layout.addWidget(self._reservations_heading)
        panel_layout.addWidget(self._reservations_text)

        self.equipment_button = touch_button()
        self.equipment_button.setObjectName("EquipmentButton")
        self.equipment_button.setEnabled(False)
        self.projects_button = touch_button()
        self.projects_button.setObjectName("ProjectsButton")
        self.projects_button.setEnabled(False)
        self._equipment_hint = text_label("hint")
        self._projects_hint = text_label("hint")

        self.done_button = touch_button("primary")
        self.done_button.setObjectName("DoneButton")
        self.done_button.clicked.connect(self.done)

        features = QGridLayout()
        features.setHorizontalSpacing(24)
        features.setVerticalSpacing(4)
        features.addWidget(self.equipment_button, 0, 0)
        features.addWidget(self.projects_button, 0, 1)
        features.addWidget(self._equipment_hint, 1, 0)
        features.addWidget(self._projects_hint, 1, 1)

        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button, 2)
        done_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self._title)
        layout.addWidget(panel)
        layout.addStretch(1)
        layout.addLayout(features)
        layout.addSpacing(8)
        layout.addLayout(done_row)
        self.retranslate()

    def show_patron(self, display_name: str, reservations: Sequence[str]) -> None:
        self._name = display_name
        self._reservations = tuple(reservations)
        self.retranslate()

    def clear(self) -> None:
        self._name = ""
        self._reservations = ()
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(
            self.tr("Welcome, {name}!").format(name=self._name) if self._name else ""
        )
        self._reservations_heading.setText(self.tr("Today's reservations"))
        if self._reservations:
            lines = list(self._reservations[:MAX_RESERVATION_LINES])
            hidden = len(self._reservations) - len(lines)
            if hidden > 0:
                lines.append(self.tr("…and %n more", "", hidden))
            self._reservations_text.setText("\n".join(lines))
        elif self._name:
            self._reservations_text.setText(self.tr("No reservations today."))
        else:
            self._reservations_text.setText("")
        self.equipment_button.setText(self.tr("Equipment"))
        self.projects_button.setText(self.tr("My projects"))
        self._equipment_hint.setText(self.tr("Coming soon"))
        self._projects_hint.setText(self.tr("Coming soon"))
        self.done_button.setText(self.tr("Done"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
