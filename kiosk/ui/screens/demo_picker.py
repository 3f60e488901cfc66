"""Demo mode only: pick a demo card and send its code down the real scan path."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.ui.widgets.common import scroll_body, text_label, touch_button


class DemoPickerScreen(QWidget):
    card_chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, cards: tuple[tuple[str, str], ...]) -> None:
        super().__init__()
        self.setObjectName("DemoPickerScreen")
        self._title = text_label("title")
        self._body = text_label("hint")
        self.card_list = QListWidget()
        self.card_list.setObjectName("DemoCardList")
        self.card_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        for label, payload in cards:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, payload)
            self.card_list.addItem(item)
        # One tap on a card scans it: there is nothing else to do on this screen.
        self.card_list.itemClicked.connect(self._choose)
        self.card_list.itemActivated.connect(self._choose)
        self.cancel_button = touch_button("primary")
        self.cancel_button.setObjectName("DemoCancelButton")
        self.cancel_button.clicked.connect(self.cancelled)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button, 2)
        row.addStretch(1)
        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._body)
        layout.addWidget(self.card_list, 1)
        layout.addLayout(row)
        self.retranslate()

    def payload_at(self, row: int) -> str:
        return str(self.card_list.item(row).data(Qt.ItemDataRole.UserRole))

    def reset(self) -> None:
        self.card_list.clearSelection()
        self.card_list.scrollToTop()

    def _choose(self, item: QListWidgetItem) -> None:
        self.card_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        self._title.setText(self.tr("Demo: simulate a scan"))
        self._body.setText(
            self.tr(
                "Tap a demo card. Its code goes through the same path as a real scanner. "
                "(Shortcut: F2)"
            )
        )
        self.cancel_button.setText(self.tr("Back to start"))
        self.card_list.setAccessibleName(self.tr("Demo cards"))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        return f"{self._title.text()} {self._body.text()}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
