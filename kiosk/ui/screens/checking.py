"""The brief "Checking…" state while a scan or a PIN is with the services."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.announcer import joined
from kiosk.ui.widgets.common import icon_label, scroll_body, text_label


class CheckingScreen(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("CheckingScreen")
        self._title = text_label("title")
        self._title.setObjectName("CheckingTitle")
        self._body = text_label("body")
        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(64, 32, 64, 32)
        layout.addStretch(1)
        self._icon = icon_label("hourglass", 120, self)
        layout.addWidget(self._icon)
        layout.addWidget(self._title)
        layout.addWidget(self._body)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Checking…"))
        self._body.setText(self.tr("One moment, please."))
        self._icon.setAccessibleName(self.tr("Please wait"))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        return joined(self._title.text(), self._body.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
