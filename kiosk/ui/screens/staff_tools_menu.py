"""The staff tools a role may open (machines, trainings, loans, reviews, the print queue), as
large buttons two to a row (one where two do not fit), and the way back to the console."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.reflow import ReflowGrid, screen_room

TOOL_COLUMNS = 2
_MARGIN = 48


class StaffToolsScreen(QWidget):
    tool_chosen = Signal(str)
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("StaffToolsScreen")
        self.tools: tuple[tuple[str, str], ...] = ()
        self._title = text_label("subtitle", center=False)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(16)
        self.tool_buttons: dict[str, QPushButton] = {}
        self._arranged = ReflowGrid(self._grid, self, screen_room(self, 2 * _MARGIN), TOOL_COLUMNS)
        self.back_button = touch_button()
        self.back_button.setObjectName("StaffToolsBackButton")
        self.back_button.clicked.connect(self.back)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(_MARGIN, 24, _MARGIN, 24)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        layout.addLayout(back_row)
        self.retranslate()

    def show_tools(self, tools: tuple[tuple[str, str], ...]) -> None:
        if tools == self.tools:
            return
        self.tools = tools
        for button in self.tool_buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.tool_buttons = {}
        for key, label in tools:
            button = touch_button(parent=self)
            button.setObjectName(f"Tool-{key}")
            # A label is text, not a mnemonic: "Trainings & consent" keeps its ampersand.
            button.setText(label.replace("&", "&&"))
            button.setAccessibleName(label)
            button.clicked.connect(lambda _checked=False, key=key: self.tool_chosen.emit(key))
            self.tool_buttons[key] = button
        self._arranged.set_widgets(tuple(self.tool_buttons.values()))

    def retranslate(self) -> None:
        self._title.setText(self.tr("Staff tools"))
        self.back_button.setText(self.tr("Back to the console"))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        return self._title.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
