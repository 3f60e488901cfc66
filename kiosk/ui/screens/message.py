"""Friendly screens for a scan that did not work: what happened, in plain words, and what next."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.announcer import joined
from kiosk.ui.theme import icon_pixmap
from kiosk.ui.translation import QT_TRANSLATE_NOOP
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button

# lupdate needs the literal context in each QT_TRANSLATE_NOOP below.
_CONTEXT = "MessageScreen"


class MessageKind(StrEnum):
    # Values match the check-in service's ScanOutcome values for the same situations.
    UNKNOWN_CARD = "unknown_card"
    REVOKED_CARD = "revoked_card"
    FORGED_CARD = "forged_card"
    MALFORMED = "malformed"
    LIBRARY_BARCODE = "library_barcode"
    KIT_LABEL = "kit_label"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class _Message:
    icon: str
    title: str
    body: str


# Untranslated source texts; QCoreApplication.translate looks them up at display time.
_MESSAGES: dict[MessageKind, _Message] = {
    MessageKind.UNKNOWN_CARD: _Message(
        "warning",
        QT_TRANSLATE_NOOP("MessageScreen", "We don't know this card yet"),
        QT_TRANSLATE_NOOP(
            "MessageScreen",
            "This card is not registered at this library. "
            "Please ask a staff member to set it up for you.",
        ),
    ),
    MessageKind.REVOKED_CARD: _Message(
        "warning",
        QT_TRANSLATE_NOOP("MessageScreen", "This card can't be used any more"),
        QT_TRANSLATE_NOOP(
            "MessageScreen",
            "It may have been replaced or reported lost. Please ask a staff member for a new card.",
        ),
    ),
    MessageKind.FORGED_CARD: _Message(
        "warning",
        QT_TRANSLATE_NOOP("MessageScreen", "This card isn't one of ours"),
        QT_TRANSLATE_NOOP(
            "MessageScreen",
            "The code could not be confirmed as a card from this library. "
            "Please ask a staff member to check your card.",
        ),
    ),
    MessageKind.MALFORMED: _Message(
        "warning",
        QT_TRANSLATE_NOOP("MessageScreen", "That scan didn't work"),
        QT_TRANSLATE_NOOP(
            "MessageScreen",
            "Please hold the QR code steady under the scanner and try again. "
            "If it still doesn't work, a staff member can help.",
        ),
    ),
    MessageKind.LIBRARY_BARCODE: _Message(
        "scan-card",
        QT_TRANSLATE_NOOP("MessageScreen", "Please use your makerspace card"),
        QT_TRANSLATE_NOOP(
            "MessageScreen",
            "That is a library borrowing card. This kiosk reads the square QR code on "
            "your makerspace card. No makerspace card yet? A staff member can give you one.",
        ),
    ),
    MessageKind.KIT_LABEL: _Message(
        "scan-card",
        QT_TRANSLATE_NOOP("MessageScreen", "This is a kit label"),
        QT_TRANSLATE_NOOP(
            "MessageScreen",
            "Scan your card first, then choose “Borrow or return a kit” "
            "and scan this label again.",
        ),
    ),
    MessageKind.UNAVAILABLE: _Message(
        "see-staff",
        QT_TRANSLATE_NOOP("MessageScreen", "Please see a staff member"),
        QT_TRANSLATE_NOOP(
            "MessageScreen",
            "The kiosk can't check you in right now. "
            "It's not your card: a staff member can help you.",
        ),
    ),
}


# A tap this soon after the message appeared was meant for the screen before it.
TAP_GUARD_S = 2.0


class MessageScreen(QWidget):
    """One screen for every kind of failed scan; tapping anywhere dismisses it, except in its
    first seconds (so a patron still tapping the previous screen gets to read it)."""

    dismissed = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.setObjectName("MessageScreen")
        self.kind: MessageKind | None = None
        self._clock = clock
        self._shown_at = -TAP_GUARD_S

        self._icon = QLabel()
        self._icon.setObjectName("MessageIcon")
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = text_label("title")
        self._title.setObjectName("MessageTitle")
        self._body = text_label("body")
        self._body.setObjectName("MessageBody")
        self._hint = text_label("hint")
        self.ok_button = touch_button("primary")
        self.ok_button.setObjectName("MessageOkButton")
        self.ok_button.clicked.connect(self._dismiss)

        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.ok_button, 2)
        button_row.addStretch(1)

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(64, 32, 64, 32)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self._icon)
        layout.addWidget(self._title)
        layout.addWidget(self._body)
        layout.addStretch(1)
        layout.addLayout(button_row)
        layout.addWidget(self._hint)
        self._icon.setFixedHeight(128)
        self.retranslate()

    def show_kind(self, kind: MessageKind) -> None:
        self.kind = kind
        self._shown_at = self._clock()
        self._icon.setPixmap(icon_pixmap(_MESSAGES[kind].icon, 120, self))
        self._icon.setProperty("icon", _MESSAGES[kind].icon)
        self.retranslate()

    def retranslate(self) -> None:
        if self.kind is not None:
            message = _MESSAGES[self.kind]
            self._title.setText(QCoreApplication.translate(_CONTEXT, message.title))
            self._body.setText(QCoreApplication.translate(_CONTEXT, message.body))
            self._icon.setAccessibleName(self._icon_name(message.icon))
        self.ok_button.setText(self.tr("OK"))
        self._hint.setText(self.tr("This screen closes by itself after a while."))
        self.setAccessibleName(self._title.text())

    def _icon_name(self, icon: str) -> str:
        if icon == "see-staff":
            return self.tr("Ask a staff member")
        if icon == "scan-card":
            return self.tr("Makerspace card")
        return self.tr("Warning")

    def announcement(self) -> str:
        return joined(self._title.text(), self._body.text())

    def clear(self) -> None:
        self.kind = None

    def _dismiss(self) -> None:
        if self._clock() - self._shown_at >= TAP_GUARD_S:
            self.dismissed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A tap anywhere is as good as OK: people read the message and touch the screen.
        self._dismiss()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
