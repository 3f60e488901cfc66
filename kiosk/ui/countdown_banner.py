"""The "are you still there?" banner shown in the last seconds before the kiosk resets, with an
"I need more time" control (WCAG 2.2.1: a person who reads or moves slowly can extend it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.ui.widgets.common import touch_button
from kiosk.ui.widgets.reflow import reflowing


class CountdownBanner(QFrame):
    more_time = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CountdownBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._seconds: int | None = None
        self.label = QLabel(self)
        self.label.setObjectName("CountdownText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_time_button = touch_button(parent=self)
        self.more_time_button.setObjectName("MoreTimeButton")
        self.more_time_button.clicked.connect(self.more_time)
        layout = reflowing(QHBoxLayout(self), self)
        layout.setContentsMargins(24, 6, 24, 6)
        layout.setSpacing(16)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.more_time_button)
        self.retranslate()
        self.hide()

    @property
    def seconds(self) -> int | None:
        return self._seconds

    def show_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.retranslate()
        self.show()

    def clear(self) -> None:
        self._seconds = None
        self.label.clear()
        self.hide()

    def retranslate(self) -> None:
        self.more_time_button.setText(self.tr("I need more time"))
        if self._seconds == 1:
            self.label.setText(self.tr("Still there? Back to the start in 1 second."))
        elif self._seconds is not None:
            self.label.setText(
                self.tr("Still there? Back to the start in %n seconds.", "", self._seconds)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
