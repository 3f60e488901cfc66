"""Building blocks shared by the screens: themed labels, buttons and icons."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.theme import icon_pixmap, set_role

# An "OK" button still makes a comfortable target.
MIN_BUTTON_WIDTH_PX = 64
_ACTIVATE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)


def text_label(role: str, parent: QWidget | None = None, *, center: bool = True) -> QLabel:
    label = QLabel(parent)
    set_role(label, role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
    if center:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def icon_label(name: str, size: int, parent: QWidget | None = None) -> QLabel:
    """A picture beside text that says the same thing. Screen readers skip it unless the
    screen gives it a name (`label.setAccessibleName(...)`) because it carries meaning."""
    label = QLabel(parent)
    label.setObjectName(f"icon-{name}")
    label.setProperty("icon", name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setPixmap(icon_pixmap(name, size, parent))
    label.setFixedHeight(size + 8)
    return label


class KioskButton(QPushButton):
    """A push button for touch, keyboard and switch alike.

    Only the keyboard gives it focus (a tap does not, so a touchscreen never shows a stray
    focus ring), and Space, Enter or Select activate it on the key press. On the press, not
    the release as Qt's buttons do: the keyboard-wedge scan filter holds key presses back for
    a moment and gives them back later, after their release has already gone by.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(False)

    def minimumSizeHint(self) -> QSize:
        # Never narrower than its text: a layout short of room must rearrange, not cut words.
        width = max(self.sizeHint().width(), MIN_BUTTON_WIDTH_PX if self.text() else 0)
        return QSize(width, super().minimumSizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS and not event.isAutoRepeat() and self.isEnabled():
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS:
            event.accept()  # the press already acted
            return
        super().keyReleaseEvent(event)


class _FocusInView(QObject):
    """Scrolls a screen so that the control the keyboard moves to is in view, however the
    focus got there (Qt's own scroll area only does so for Tab pressed inside it)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(self._area) and self._area.isAncestorOf(new):
            # Once the screen is laid out: focus often lands as a screen is being shown.
            QTimer.singleShot(0, self, lambda: self._show(new))

    def _show(self, widget: QWidget) -> None:
        if shiboken6.isValid(widget) and widget.hasFocus():
            self._area.ensureWidgetVisible(widget, 16, 16)


def scroll_body(screen: QWidget) -> QWidget:
    """The widget a screen lays its content on: it fills the screen, and scrolls up and down
    when the content needs more height than there is (larger text on a small display), so
    text is never cut off. Tab scrolls the focused control into view; a finger drags it."""
    area = QScrollArea(screen)
    area.setObjectName("ScreenScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget()
    body.setObjectName("ScreenBody")
    area.setWidget(body)
    # Touch only: a mouse-button gesture would hold back every press to see if it drags.
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    _FocusInView(area)
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return body


def touch_button(role: str | None = None, parent: QWidget | None = None) -> QPushButton:
    button = KioskButton(parent)
    if role is not None:
        set_role(button, role)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button
