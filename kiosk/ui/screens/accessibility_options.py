"""Session options for reading comfort: larger text and high contrast, each a toggle, until the
session ends."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal, SignalInstance
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.ui.announcer import joined
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button


@dataclass(frozen=True)
class AccessibilityView:
    large_text: bool
    high_contrast: bool


class AccessibilityScreen(QWidget):
    large_text_toggled = Signal(bool)
    high_contrast_toggled = Signal(bool)
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("AccessibilityScreen")
        self.view = AccessibilityView(False, False)
        self._title = text_label("title")
        self._title.setObjectName("AccessibilityTitle")
        self._hint = text_label("body")
        self.large_text_button = self._toggle("LargeTextToggle", self.large_text_toggled)
        self.high_contrast_button = self._toggle("HighContrastToggle", self.high_contrast_toggled)
        self.done_button = touch_button("primary")
        self.done_button.setObjectName("AccessibilityDoneButton")
        self.done_button.clicked.connect(self.done)

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addStretch(1)
        layout.addWidget(self.large_text_button)
        layout.addWidget(self.high_contrast_button)
        layout.addStretch(1)
        layout.addWidget(self.done_button)
        self.retranslate()

    def _toggle(self, name: str, signal: SignalInstance) -> QPushButton:
        button = touch_button("toggle")
        button.setObjectName(name)
        button.setCheckable(True)
        button.toggled.connect(signal)
        button.toggled.connect(lambda _on: self.retranslate())
        return button

    def show_view(self, view: AccessibilityView) -> None:
        self.view = view
        for button, on in (
            (self.large_text_button, view.large_text),
            (self.high_contrast_button, view.high_contrast),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Accessibility"))
        self._hint.setText(self.tr("Changes last until you finish. Tap again to turn off."))
        self.large_text_button.setText(self._state(self.tr("Larger text"), self.large_text_button))
        self.high_contrast_button.setText(
            self._state(self.tr("High contrast"), self.high_contrast_button)
        )
        self.done_button.setText(self.tr("Done"))
        self.setAccessibleName(self._title.text())

    def _state(self, name: str, button: QPushButton) -> str:
        # Said in words, not only by the button's fill: "Larger text: on".
        state = self.tr("on") if button.isChecked() else self.tr("off")
        return self.tr("{option}: {state}").format(option=name, state=state)

    def announcement(self) -> str:
        return joined(self._title.text(), self._hint.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
