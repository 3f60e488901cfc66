"""The on-screen keyboard: large keys for the few text fields a touchscreen kiosk has.

It opens when a field that asked for it (`wants_keyboard`) takes the focus, in the session
language's layout (Arabic for an Arabic session, Latin with an accents page otherwise), and
sits along the bottom or the top of the window, whichever leaves the field in view. Taps go
straight into the field (`QLineEdit.insert`), not through synthetic key events, so the
keyboard-wedge scan filter never holds them back; its keys never take the focus, and a
physical keyboard keeps typing into the same field."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.languages import SessionLanguage
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.keyboard_layouts import ARABIC, LATIN, KeyLayout, layout_for_language

logger = logging.getLogger(__name__)

WANTS_KEYBOARD = "touchKeyboard"
# Keys are 52 px high (kiosk.qss: 48 px of content and a 2 px border): above the 48 px touch
# target, while five rows still leave more than half of an 800x480 screen free.
GAP = 6
MARGIN = 8
SHIFT = "⇧"
BACKSPACE = "⌫"
ACCENTS = "àé"


def wants_keyboard(field: QLineEdit) -> QLineEdit:
    """Mark a text field as one the on-screen keyboard serves."""
    field.setProperty(WANTS_KEYBOARD, True)
    return field


def _served(widget: QWidget | None) -> QLineEdit | None:
    if isinstance(widget, QLineEdit) and widget.property(WANTS_KEYBOARD):
        return None if widget.isReadOnly() else widget
    return None


class TouchKeyboard(QFrame):
    """One per window; follows the focus to whichever served field has it."""

    layout_changed = Signal(str)

    def __init__(self, window: QWidget, language: SessionLanguage) -> None:
        super().__init__(window)
        self.setObjectName("TouchKeyboard")
        set_role(self, "keyboard")
        # Keys sit where a physical keyboard has them, in an Arabic session too.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._window = window
        self._target: QLineEdit | None = None
        self._lifted: tuple[QWidget, int] | None = None  # the screen moved up, and from where
        self._placing = False
        self.key_layout: KeyLayout = layout_for_language(language.current.code)
        self.shift = False
        self.accents = False
        self.keys: dict[str, QPushButton] = {}
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._page: QWidget | None = None
        self._rows = QVBoxLayout()
        self._build()
        self.hide()
        language.changed.connect(self._language_changed)
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- what tests and screens use ------------------------------------------------------------

    @property
    def target(self) -> QLineEdit | None:
        return self._target

    def open_for(self, field: QLineEdit) -> None:
        if self._target is not field:
            self._detach()
            self._target = field
            field.installEventFilter(self)
        self._place()
        self.show()
        self.raise_()
        # Once the screen has laid itself out for the field (a page just switched), again.
        QTimer.singleShot(0, self, self._replace)

    def close_keyboard(self) -> None:
        self._detach()
        self.hide()

    def set_layout(self, layout: KeyLayout) -> None:
        if layout is self.key_layout:
            return
        self.key_layout = layout
        self.shift = self.accents = False
        self._build()
        self.layout_changed.emit(layout.name)
        if self.isVisible():
            self._place()

    # -- keys ----------------------------------------------------------------------------------

    def _build(self) -> None:
        # A fresh page of keys each time; the old one goes as a whole (its keys and row
        # layouts are its children), never item by item.
        old = self._page
        self._page = QWidget(self)
        self._rows = QVBoxLayout(self._page)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(GAP)
        if old is not None:
            self._outer.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._outer.addWidget(self._page)
        self.keys = {}
        for characters in self.key_layout.rows(shift=self.shift, accents=self.accents):
            row = QHBoxLayout()
            row.setSpacing(GAP)
            for text in characters:
                row.addWidget(self._key(text, text, partial(self._type, text)))
            self._rows.addLayout(row)
        bottom = QHBoxLayout()
        bottom.setSpacing(GAP)
        other = ARABIC if self.key_layout is LATIN else LATIN
        bottom.addWidget(
            self._key("switch", other.switch_label, lambda: self.set_layout(other)), 2
        )
        shift = self._key("shift", SHIFT, self._toggle_shift)
        shift.setCheckable(True)
        shift.setChecked(self.shift)
        bottom.addWidget(shift, 2)
        if self.key_layout.has_accents:
            accents = self._key("accents", ACCENTS, self._toggle_accents)
            accents.setCheckable(True)
            accents.setChecked(self.accents)
            bottom.addWidget(accents, 2)
        bottom.addWidget(self._key("space", "", lambda: self._type(" ")), 6)
        bottom.addWidget(self._key("backspace", BACKSPACE, self._backspace), 2)
        bottom.addWidget(self._key("done", "", self._done), 3)
        self._rows.addLayout(bottom)
        self.retranslate()

    def _key(self, name: str, text: str, action: Callable[[], object]) -> QPushButton:
        key = QPushButton(text, self._page)
        set_role(key, "kbkey")
        key.setObjectName(f"key-{name}")
        # The field keeps the focus: a key that took it would close the keyboard.
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoRepeat(name == "backspace")
        key.setMinimumWidth(40)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.clicked.connect(action)
        self.keys[name] = key
        return key

    def retranslate(self) -> None:
        names = {
            "shift": self.tr("Capital letters")
            if self.key_layout is LATIN
            else self.tr("More letters and marks"),
            "backspace": self.tr("Delete the last letter"),
            "space": self.tr("Space"),
            "accents": self.tr("Letters with accents"),
            "switch": self.tr("Arabic letters")
            if self.key_layout is LATIN
            else self.tr("Latin letters"),
        }
        for name, text in names.items():
            if name in self.keys:
                self.keys[name].setAccessibleName(text)
        self.keys["space"].setText(self.tr("Space"))
        self.keys["done"].setText(self.tr("Done"))
        self.keys["done"].setAccessibleName(self.tr("Done typing"))

    def _type(self, text: str) -> None:
        if self._target is None:
            return
        self._target.insert(text)
        if self.shift:
            self.shift = False  # one capital, as phone keyboards do
            self._build()

    def _backspace(self) -> None:
        if self._target is not None:
            self._target.backspace()

    def _toggle_shift(self) -> None:
        self.shift = not self.shift
        self._build()

    def _toggle_accents(self) -> None:
        self.accents = not self.accents
        self._build()

    def _done(self) -> None:
        field = self._target
        self.hide()  # still following the field: a tap on it opens the keyboard again
        if field is not None:
            # As the Enter key of a physical keyboard: a search field searches.
            field.returnPressed.emit()

    # -- where it sits ---------------------------------------------------------------------------

    def _replace(self) -> None:
        if self.isVisible() and not self._placing:
            self._place()

    def _place(self) -> None:
        self._placing = True
        try:
            self._place_now()
        finally:
            self._placing = False

    def _place_now(self) -> None:
        self._unlift()
        window = self._window
        height = self.sizeHint().height()
        width, window_height = window.width(), window.height()
        bottom = QRect(0, window_height - height, width, height)
        top = QRect(0, 0, width, height)
        field = self._field_rect()
        if field is None or not bottom.intersects(field):
            self.setGeometry(bottom)
        elif not top.intersects(field):
            self.setGeometry(top)
        else:
            # A field in the middle of a short screen: the screen slides up until the field
            # sits just above the keyboard, and slides back when the keyboard closes.
            self.setGeometry(bottom)
            self._lift(field.bottom() + 1 + GAP - bottom.top())

    def _lift(self, distance: int) -> None:
        container: QWidget | None = self._target
        while container is not None and container.parentWidget() is not self._window:
            container = container.parentWidget()
        if container is None or distance <= 0:
            return
        self._lifted = (container, container.y())
        container.move(container.x(), container.y() - distance)
        # The window's layout puts the screen back whenever it runs; lift it again then.
        container.installEventFilter(self)

    def _unlift(self) -> None:
        if self._lifted is not None:
            container, y = self._lifted
            self._lifted = None
            container.removeEventFilter(self)
            container.move(container.x(), y)

    def hideEvent(self, event: QHideEvent) -> None:
        self._unlift()
        super().hideEvent(event)

    def _field_rect(self) -> QRect | None:
        if self._target is None:
            return None
        origin = self._target.mapTo(self._window, QPoint(0, 0))
        return QRect(origin, self._target.size())

    # -- following the focus ---------------------------------------------------------------------

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        field = _served(new)
        if field is not None and field.window() is self._window:
            self.open_for(field)
        elif self.isVisible() and new is not None and not self.isAncestorOf(new):
            self.close_keyboard()

    def _detach(self) -> None:
        if self._target is not None:
            self._target.removeEventFilter(self)
            self._target = None

    def _language_changed(self, code: str) -> None:
        self.set_layout(layout_for_language(code))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Resize and self.isVisible():
            self._place()
        elif self._lifted is not None and watched is self._lifted[0]:
            if kind in (QEvent.Type.Move, QEvent.Type.Resize) and not self._placing:
                QTimer.singleShot(0, self, self._replace)
        elif watched is self._target:
            if kind == QEvent.Type.MouseButtonPress and not self.isVisible():
                self.open_for(self._target)  # tapped again after "Done"
            elif kind == QEvent.Type.Hide:
                self.close_keyboard()  # its screen went away
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
