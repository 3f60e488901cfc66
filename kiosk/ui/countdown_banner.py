"""The "are you still there?" banner shown in the last seconds before the kiosk resets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class CountdownBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CountdownBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._seconds: int | None = None
        self.label = QLabel(self)
        self.label.setObjectName("CountdownText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.addWidget(self.label)
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
        if self._seconds == 1:
            self.label.setText(
                self.tr("Still there? Back to the start in 1 second. Touch to stay.")
            )
        elif self._seconds is not None:
            self.label.setText(
                self.tr(
                    "Still there? Back to the start in %n seconds. Touch to stay.",
                    "",
                    self._seconds,
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
