"""Rows that turn into columns when their controls do not fit side by side.

Larger text and longer languages make a row of buttons wider than a small display. Squeezing
would cut words (a button never wraps its text), so the row stacks its items instead, and goes
back to a row when there is room again. Buttons count at their full width, wrapping labels at
their narrowest."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QWidget

_WATCHED = frozenset({QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show})


class Reflow(QObject):
    def __init__(self, layout: QBoxLayout, host: QWidget) -> None:
        super().__init__(host)
        self.layout = layout
        self.host = host
        self.horizontal = QBoxLayout.Direction.LeftToRight
        host.installEventFilter(self)

    def needed_width(self) -> int:
        layout = self.layout
        widths: list[int] = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            widget = item.widget()
            if widget is not None:
                if widget.isHidden():
                    continue
                hint = widget.sizeHint() if isinstance(widget, QAbstractButton) else None
                widths.append(hint.width() if hint is not None else item.minimumSize().width())
            elif item.layout() is not None:
                widths.append(item.minimumSize().width())
        margins = layout.contentsMargins()
        spacing = max(layout.spacing(), 0)
        return sum(widths) + spacing * max(len(widths) - 1, 0) + margins.left() + margins.right()

    def available_width(self) -> int:
        width = self.layout.geometry().width()
        return width if width > 0 else self.host.contentsRect().width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED:
            self.reflow()
        return False

    def reflow(self) -> None:
        fits = self.needed_width() <= self.available_width()
        direction = self.horizontal if fits else QBoxLayout.Direction.TopToBottom
        if self.layout.direction() != direction:
            self.layout.setDirection(direction)


def reflowing(layout: QBoxLayout, host: QWidget) -> QBoxLayout:
    """Make `layout` (a row laid out somewhere inside `host`) stack when it does not fit."""
    Reflow(layout, host)
    return layout
