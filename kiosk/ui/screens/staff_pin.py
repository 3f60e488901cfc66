"""Staff identify with their card, then confirm with a PIN typed on an on-screen keypad."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.announcer import joined
from kiosk.ui.scan_filter import mark_typed_secret
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import icon_label, scroll_body, text_label, touch_button
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.widgets.reflow import reflowing

MAX_PIN_LENGTH = 12


@dataclass(frozen=True)
class PinView:
    staff_name: str
    notice: str | None  # checking, empty, wrong, locked, unknown, unavailable
    locked_minutes: int | None  # while locked: whole minutes left, rounded up
    busy: bool


class StaffPinScreen(QWidget):
    submitted = Signal(str)
    cancelled = Signal()
    notice_changed = Signal(str)  # for screen readers: a new notice, in words

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("StaffPinScreen")
        # Takes the keyboard while shown, for staff who type the PIN instead of tapping it;
        # not a stop for Tab, which moves between the keys (typed digits reach it from them).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._staff_name = ""
        self._notice: tuple[str, object] | None = None
        self._busy = False
        self._locked_minutes: int | None = None
        self._said: tuple[str, object] | None = None
        # A non-digit typed since the last Enter: the keys are not a PIN (a card scanned on
        # this screen, say), so the next Enter submits nothing.
        self._spoiled = False
        mark_typed_secret(self)

        self._title = text_label("title", center=False)
        self._title.setObjectName("PinTitle")
        self._prompt = text_label("body", center=False)
        self._prompt.setObjectName("PinPrompt")
        self.entry = QLineEdit()
        self.entry.setObjectName("PinEntry")
        set_role(self.entry, "pin")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setReadOnly(True)
        self.entry.setMaxLength(MAX_PIN_LENGTH)
        self.entry.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # No menu to copy, paste or select from, and nothing to drag out of it.
        self.entry.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.entry.setDragEnabled(False)
        self.notice = text_label("notice", center=False)
        self.notice.setObjectName("PinNotice")

        self.keypad = NumericKeypad()
        self.keypad.digit.connect(self._add_digit)
        self.keypad.back_pressed.connect(self._remove_digit)
        self.keypad.clear_pressed.connect(self.entry.clear)

        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("PinCancelButton")
        self.cancel_button.clicked.connect(self.cancelled)
        self.ok_button = touch_button("primary")
        self.ok_button.setObjectName("PinOkButton")
        self.ok_button.clicked.connect(self._submit)

        left = QVBoxLayout()
        left.setSpacing(12)
        title_row = QHBoxLayout()
        self._icon = icon_label("staff", 56, self)
        title_row.addWidget(self._icon)
        title_row.addWidget(self._title, 1)
        left.addLayout(title_row)
        left.addWidget(self._prompt)
        left.addWidget(self.entry)
        left.addWidget(self.notice)
        left.addStretch(1)
        left.addWidget(self.cancel_button)

        right = QVBoxLayout()
        right.setSpacing(12)
        right.addStretch(0)
        right.addWidget(self.keypad, 1)
        right.addWidget(self.ok_button)

        layout = reflowing(QHBoxLayout(scroll_body(self)), self)
        layout.setContentsMargins(40, 20, 40, 20)
        layout.setSpacing(40)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.retranslate()

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def view(self) -> PinView:
        return PinView(
            self._staff_name,
            self._notice[0] if self._notice is not None else None,
            self._locked_minutes,
            self._busy,
        )

    def start(self, staff_name: str) -> None:
        self.clear()
        self._staff_name = staff_name
        self.retranslate()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self._spoiled = False
        self._staff_name = ""
        self._notice = None
        self._locked_minutes = None
        self.entry.clear()
        self.set_busy(False)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._enable_keys()
        if busy:
            self._notice = ("checking", None)
            self.retranslate()

    def _enable_keys(self) -> None:
        usable = not self._busy and self._locked_minutes is None
        self.keypad.setEnabled(usable)
        self.ok_button.setEnabled(usable)

    def set_locked_minutes(self, minutes: int | None) -> None:
        """While the account is locked the keypad is off and the minutes left are shown."""
        self._locked_minutes = minutes
        if minutes is not None:
            self._notice = ("locked", minutes)
        elif self._notice is not None and self._notice[0] == "locked":
            self._notice = None
        self._enable_keys()
        self.retranslate()

    def show_wrong_pin(self, attempts_left: int | None) -> None:
        self._after_attempt(("wrong", attempts_left))

    def show_locked(self, minutes: int | None) -> None:
        self.entry.clear()
        self._busy = False
        self.set_locked_minutes(minutes if minutes is not None else 1)

    def show_unknown(self) -> None:
        self._after_attempt(("unknown", None))

    def show_unavailable(self) -> None:
        self._after_attempt(("unavailable", None))

    def _after_attempt(self, notice: tuple[str, object]) -> None:
        self.entry.clear()
        self.set_busy(False)
        self._notice = notice
        self.retranslate()

    def _add_digit(self, digit: str) -> None:
        if self._locked_minutes is not None:
            return
        if not self._busy and len(self.entry.text()) < MAX_PIN_LENGTH:
            self.entry.setText(self.entry.text() + digit)

    def _remove_digit(self) -> None:
        if not self._busy:
            self.entry.setText(self.entry.text()[:-1])

    def _submit(self) -> None:
        pin = self.entry.text()
        if self._busy or self._locked_minutes is not None:
            return
        if not pin:
            self._notice = ("empty", None)
            self.retranslate()
            return
        self.submitted.emit(pin)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Staff at a terminal with a keyboard may type instead of tapping.
        text = event.text()
        if len(text) == 1 and text in "0123456789":
            if not self._spoiled:
                self._add_digit(text)
        elif len(text) == 1 and text.isprintable() and not text.isspace():
            self._spoiled = True
            self.entry.clear()
        elif event.key() == Qt.Key.Key_Backspace:
            self._remove_digit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._spoiled:
                self._spoiled = False
                self._notice = ("not_pin", None)
                self.retranslate()
            else:
                self._submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Staff sign-in"))
        if self._staff_name:
            self._prompt.setText(
                self.tr("Hello, {name}. Enter your PIN to open the staff console.").format(
                    name=self._staff_name
                )
            )
        else:
            self._prompt.setText(self.tr("Enter your PIN to open the staff console."))
        self.notice.setText(self._notice_text())
        if self._notice != self._said:
            self._said = self._notice
            self.notice_changed.emit(self.notice.text())
        self.cancel_button.setText(self.tr("Cancel"))
        self.ok_button.setText(self.tr("OK"))
        self.entry.setAccessibleName(self.tr("PIN"))
        self.entry.setAccessibleDescription(self.tr("Digits typed so far, shown as dots"))
        self._icon.setAccessibleName(self.tr("Staff"))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        return joined(self._title.text(), self._prompt.text(), self.notice.text())

    def _notice_text(self) -> str:
        if self._notice is None:
            return ""
        kind, value = self._notice
        if kind == "checking":
            return self.tr("Checking…")
        if kind == "empty":
            return self.tr("Please enter your PIN first.")
        if kind == "not_pin":
            return self.tr("A PIN is digits only. Please enter your PIN.")
        if kind == "wrong":
            if value == 1:
                return self.tr("Wrong PIN. One attempt left.")
            if isinstance(value, int):
                return self.tr("Wrong PIN. %n attempts left.", "", value)
            return self.tr("Wrong PIN. Please try again.")
        if kind == "locked":
            if isinstance(value, int):
                return self.tr(
                    "Too many wrong PINs. This account is locked for %n more minute(s).",
                    "",
                    value,
                )
            return self.tr("Too many wrong PINs. Please try again later.")
        if kind == "unknown":
            return self.tr("This staff card is not recognised.")
        return self.tr("The PIN can't be checked right now. Please try again.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
