"""The keyboard focus ring: a thick outline drawn around whichever control has the focus.

Drawn by one overlay over the whole window rather than by each control's style sheet, so it
is the same for every kind of control, sits outside the control (a filled primary button's
own colours cannot hide it) and never changes a control's size. Its colour comes from the
theme (`#FocusRing { color: ... }`), so high contrast changes it with everything else."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

RING_WIDTH_PX = 4
RING_GAP_PX = 2
RING_RADIUS_PX = 16

_FOLLOW_EVENTS = frozenset(
    {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide}
)
# Keys that move the focus: after one of them the person is steering by keyboard or switch.
# (Not Enter or letters: a wedge scanner types those, and a scan says nothing about focus.)
_NAVIGATION_KEYS = frozenset(
    {
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
    }
)
_POINTER_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})


class FocusRing(QWidget):
    """Shown only while the focus is steered by keys (as browsers do for :focus-visible):
    Qt gives a window's first control the focus when the window opens, and a touchscreen
    patron should not see a ring they did not ask for."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("FocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._window = window
        self._target: QWidget | None = None
        self._by_keys = False
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            # Sees every key and touch, and the focused control's moves, wherever they go.
            app.installEventFilter(self)

    @property
    def target(self) -> QWidget | None:
        return self._target

    @property
    def colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.WindowText).name()

    def ring_rect(self) -> QRect:
        """Where the ring is drawn, in window coordinates (empty when hidden)."""
        return self.geometry() if self.isVisible() else QRect()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return
        inside = new is not None and new is not self._window and self._window.isAncestorOf(new)
        # Only controls a person moves to get the ring: a screen that takes the keyboard for
        # itself (the PIN screen's typing) is not one, and a ring round it says nothing.
        control = new is not None and bool(new.focusPolicy() & Qt.FocusPolicy.TabFocus)
        self._target = new if inside and control else None
        self.follow()

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and not self._by_keys:
            if isinstance(event, QKeyEvent) and event.key() in _NAVIGATION_KEYS:
                self._by_keys = True
                self.follow()
        elif kind in _POINTER_EVENTS and self._by_keys:
            self._by_keys = False
            self.follow()
        elif kind in _FOLLOW_EVENTS and self._moves_target(watched):
            self.follow()
        return False

    def _moves_target(self, watched: QObject) -> bool:
        # The control, or anything holding it: a screen scrolling moves its content widget.
        target = self._target
        if target is None or not shiboken6.isValid(target) or not isinstance(watched, QWidget):
            return False
        return watched is target or watched.isAncestorOf(target)

    def follow(self) -> None:
        if not shiboken6.isValid(self):
            return
        target = self._target
        if (
            not self._by_keys
            or target is None
            or not shiboken6.isValid(target)
            or not target.isVisible()
        ):
            self.hide()
            return
        margin = RING_WIDTH_PX + RING_GAP_PX
        top_left = target.mapTo(self._window, target.rect().topLeft())
        rect = QRect(top_left, target.size()).adjusted(-margin, -margin, margin, margin)
        self.setGeometry(rect.intersected(self._window.rect()))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), RING_WIDTH_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # The ring around the control itself, clipped by the window edge like the control.
        margin = RING_WIDTH_PX + RING_GAP_PX
        top_left = target.mapTo(self._window, target.rect().topLeft()) - self.pos()
        ring = QRect(top_left, target.size()).adjusted(-margin, -margin, margin, margin)
        half = RING_WIDTH_PX / 2
        painter.drawRoundedRect(
            ring.toRectF().adjusted(half, half, -half, -half), RING_RADIUS_PX, RING_RADIUS_PX
        )
        painter.end()
