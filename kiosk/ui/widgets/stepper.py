"""A row for choosing a value by touch alone: what it is, then large − and + (or ‹ and ›, for a
choice among names) around the value. Staff set numbers, times, days and choices with it
instead of typing; the row stacks under its label when it does not fit beside it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.widgets.common import text_label, touch_button
from kiosk.ui.widgets.reflow import reflowing


@dataclass(frozen=True)
class Step:
    """One row as a screen shows it; `key` says which value the flow changes."""

    key: str
    label: str
    value: str
    enabled: bool = True
    choice: bool = False  # ‹ › between names rather than − + on a number


class StepperRow(QWidget):
    stepped = Signal(str, int)  # key, -1 or +1

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"Step-{key}")
        self.label = text_label("body", center=False)
        self.less_button = touch_button("key")
        self.less_button.setObjectName(f"Less-{key}")
        self.less_button.clicked.connect(lambda: self.stepped.emit(self.key, -1))
        self.value = text_label("subtitle")
        self.value.setObjectName(f"Value-{key}")
        self.value.setMinimumWidth(120)
        self.more_button = touch_button("key")
        self.more_button.setObjectName(f"More-{key}")
        self.more_button.clicked.connect(lambda: self.stepped.emit(self.key, 1))
        controls = QHBoxLayout()
        controls.setSpacing(8)
        controls.addWidget(self.less_button)
        controls.addWidget(self.value, 1)
        controls.addWidget(self.more_button)
        row = reflowing(QHBoxLayout(self), self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.label, 1)
        row.addLayout(controls, 1)

    def show_step(self, step: Step) -> None:
        self.label.setText(step.label)
        self.value.setText(step.value)
        self.less_button.setText("‹" if step.choice else "−")
        self.more_button.setText("›" if step.choice else "+")
        # Screen readers hear what the buttons change, not the bare sign.
        less, more = (
            (self.tr("previous"), self.tr("next"))
            if step.choice
            else (self.tr("less"), self.tr("more"))
        )
        self.less_button.setAccessibleName(f"{step.label}: {less}")
        self.more_button.setAccessibleName(f"{step.label}: {more}")
        self.value.setAccessibleName(f"{step.label}: {step.value}")
        for button in (self.less_button, self.more_button):
            button.setEnabled(step.enabled)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
