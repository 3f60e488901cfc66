"""An on-screen numeric keypad with keys big enough for a fingertip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui.widgets.common import touch_button

MAX_KEY_HEIGHT_PX = 104
KEY_SPACING_PX = 12


class NumericKeypad(QWidget):
    digit = Signal(str)
    clear_pressed = Signal()
    back_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NumericKeypad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(KEY_SPACING_PX)
        self.setMaximumHeight(4 * MAX_KEY_HEIGHT_PX + 3 * KEY_SPACING_PX)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, text in enumerate("123456789"):
            button = self._key(text)
            grid.addWidget(button, index // 3, index % 3)
        self.clear_button = self._key(None)
        self.clear_button.setObjectName("KeypadClear")
        self.clear_button.clicked.connect(self.clear_pressed)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        self.back_button = self._key(None)
        self.back_button.setObjectName("KeypadBack")
        self.back_button.clicked.connect(self.back_pressed)
        grid.addWidget(self.back_button, 3, 2)
        self.retranslate()

    def _key(self, digit: str | None) -> QPushButton:
        button = touch_button("key", self)
        # Keys grow with the screen (bigger targets on bigger screens), within reason.
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMaximumHeight(MAX_KEY_HEIGHT_PX)
        if digit is not None:
            button.setText(digit)
            button.setObjectName(f"Key{digit}")
            button.clicked.connect(lambda: self.digit.emit(digit))
            self.digit_buttons[digit] = button
        else:
            button.setProperty("keyword", True)  # words need a smaller face than digits
        return button

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        # The symbol every phone keyboard uses; the accessible name says it in words.
        self.back_button.setText("⌫")
        self.back_button.setAccessibleName(self.tr("Delete the last digit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
