"""Pick the session's language: one large button per shipped language, each in its own name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.announcer import joined
from kiosk.ui.languages import Language
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button

COLUMNS = 2


class LanguagePickerScreen(QWidget):
    chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, languages: tuple[Language, ...]) -> None:
        super().__init__()
        self.setObjectName("LanguagePickerScreen")
        self._title = text_label("title")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, language in enumerate(languages):
            button = touch_button()
            button.setObjectName(f"Language-{language.code}")
            # A language's name is shown as its readers write it, never translated.
            button.setText(language.native_name)
            button.setLocale(QLocale(language.code))
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, code=language.code: self.chosen.emit(code))
            self.buttons[language.code] = button
            row, column = divmod(index, COLUMNS)
            grid.addWidget(button, row, column)
        self.back_button = touch_button("primary")
        self.back_button.setObjectName("LanguageBackButton")
        self.back_button.clicked.connect(self.cancelled)

        back_row = QHBoxLayout()
        back_row.addStretch(1)
        back_row.addWidget(self.back_button, 2)
        back_row.addStretch(1)
        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addStretch(1)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(back_row)
        self.retranslate()

    def mark_current(self, code: str) -> None:
        for button_code, button in self.buttons.items():
            button.setChecked(button_code == code)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Choose your language"))
        self.back_button.setText(self.tr("Back"))
        self.setAccessibleName(self._title.text())
        for button in self.buttons.values():
            button.setAccessibleName(button.text())

    def announcement(self) -> str:
        return joined(self._title.text(), *(button.text() for button in self.buttons.values()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
