"""A list of rows on a touchscreen: a column a finger drags, one row widget per key, made again
only when the keys change, so a redraw (a language switched, a confirm question shown) keeps
the rows and whatever the keyboard had focused."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QVBoxLayout, QWidget

K = TypeVar("K", bound=Hashable)
R = TypeVar("R", bound=QWidget)


def finger_scroll(inner: QWidget, name: str) -> QScrollArea:
    """`inner` in a scroll area that a finger drags up and down (never sideways)."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    return area


class KeyedRows(Generic[K, R]):
    """The rows (`rows`, by key, in order) and the scroll area to lay out (`scroll_area`)."""

    def __init__(self, list_name: str, scroll_name: str) -> None:
        self.widget = QWidget()
        self.widget.setObjectName(list_name)
        self._layout = QVBoxLayout(self.widget)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.scroll_area = finger_scroll(self.widget, scroll_name)
        self.rows: dict[K, R] = {}

    def show(self, keys: Sequence[K], make: Callable[[K], R]) -> None:
        """One row per key, made by `make`; the rows there already stay if the keys are the
        same, in the same order."""
        if tuple(keys) == tuple(self.rows):
            return
        for row in self.rows.values():
            self._layout.removeWidget(row)
            row.hide()  # now: its deletion waits for the event loop
            row.deleteLater()
        self.rows = {}
        while self._layout.count():
            self._layout.takeAt(0)
        for key in keys:
            row = make(key)
            self._layout.addWidget(row)
            self.rows[key] = row
        self._layout.addStretch(1)
