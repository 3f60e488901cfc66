"""Building blocks shared by the screens: themed labels, buttons and icons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.ui.theme import icon_pixmap, set_role


def text_label(role: str, parent: QWidget | None = None, *, center: bool = True) -> QLabel:
    label = QLabel(parent)
    set_role(label, role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
    if center:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def icon_label(name: str, size: int, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"icon-{name}")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setPixmap(icon_pixmap(name, size, parent))
    label.setFixedHeight(size + 8)
    return label


def touch_button(role: str | None = None, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(parent)
    if role is not None:
        set_role(button, role)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a touchscreen has no focus ring to follow
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button
