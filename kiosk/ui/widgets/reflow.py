"""Rows that turn into columns when their controls do not fit side by side.

Larger text and longer languages make a row of buttons wider than a small display. Squeezing
would cut words (a button never wraps its text), so the row stacks its items instead, and goes
back to a row when there is room again. Buttons count at their full width, wrapping labels at
their narrowest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QStyle,
    QVBoxLayout,
    QWidget,
)

_WATCHED = frozenset({QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show})
_CHANGES = frozenset(
    {
        QEvent.Type.ShowToParent,
        QEvent.Type.HideToParent,
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
    }
)


class Reflow(QObject):
    def __init__(
        self, layout: QBoxLayout, host: QWidget, room: Callable[[], int] | None = None
    ) -> None:
        super().__init__(host)
        self.layout = layout
        self.host = host
        self.room = room
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
        if self.room is not None:
            return self.room()
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


def reflowing(
    layout: QBoxLayout, host: QWidget, room: Callable[[], int] | None = None
) -> QBoxLayout:
    """Make `layout` (a row laid out somewhere inside `host`) stack when it does not fit.
    `room`: the width it may take, where the row's own width cannot tell (a row on a screen
    that scrolls would widen the content it is measured against, and so always seem to fit)."""
    Reflow(layout, host, room)
    return layout


class ReflowGrid(QObject):
    """Lays `widgets` (buttons) out in `grid` in as many columns as fit `room()`, up to
    `most`, one under the other when even two do not: a grid of buttons two to a row is wider
    than a small display with larger text, and a button cut or squeezed is no target."""

    def __init__(
        self,
        grid: QGridLayout,
        host: QWidget,
        room: Callable[[], int],
        most: int = 2,
    ) -> None:
        super().__init__(host)
        self.grid = grid
        self.room = room
        self.most = most
        self.widgets: tuple[QWidget, ...] = ()
        self._placed: tuple[int, tuple[QWidget, ...]] = (0, ())
        self._arranging = False
        host.installEventFilter(self)

    def set_widgets(self, widgets: tuple[QWidget, ...]) -> None:
        self.widgets = widgets
        for widget in widgets:
            # Shown, hidden, or a larger font: the columns may change.
            widget.installEventFilter(self)
        self.arrange()

    def columns(self, shown: list[QWidget]) -> int:
        for widget in shown:
            widget.ensurePolished()  # the theme's font, not the default one
        widest = max((w.sizeHint().width() for w in shown), default=0)
        gap = max(self.grid.horizontalSpacing(), 0)
        room = self.room()
        most = min(self.most, len(shown))
        fitting = (n for n in range(most, 1, -1) if n * widest + (n - 1) * gap <= room)
        return next(fitting, 1)

    def arrange(self) -> None:
        if self._arranging:
            return  # polishing a button to measure it sends events that come back here
        self._arranging = True
        try:
            self._arrange()
        finally:
            self._arranging = False

    def _arrange(self) -> None:
        shown = [w for w in self.widgets if not _hidden_on_purpose(w)]
        columns = self.columns(shown)
        if self._placed == (columns, tuple(shown)):
            return  # re-adding would ask for another layout pass, and so on
        self._placed = (columns, tuple(shown))
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for index, widget in enumerate(shown):
            self.grid.addWidget(widget, index // columns, index % columns)
        for column in range(max(self.most, 1)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED or event.type() in _CHANGES:
            self.arrange()
        return False


def _hidden_on_purpose(widget: QWidget) -> bool:
    # As a layout counts it: a new child of a shown screen is hidden only until laid out.
    explicit = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    return widget.isHidden() and explicit


def screen_room(screen: QWidget, margins: int) -> Callable[[], int]:
    """The width a scrolling screen's content may take: the screen's own less its margins
    (left and right together) and the scroll bar (the viewport's width lags a resize)."""

    def room() -> int:
        bar = screen.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return screen.width() - margins - bar

    return room


class FlowRows(ReflowGrid):
    """Buttons side by side in order, as many to a row as fit `room()` at their own widths,
    the rest on the next rows (a bar of actions of very different lengths: "Back" beside
    "Pick another file", "Use this file" under them, rather than all three stacked)."""

    def __init__(self, box: QVBoxLayout, host: QWidget, room: Callable[[], int]) -> None:
        super().__init__(QGridLayout(), host, room)
        self.box = box
        self._rows: list[QHBoxLayout] = []

    def _arrange(self) -> None:
        shown = [w for w in self.widgets if not _hidden_on_purpose(w)]
        for widget in shown:
            widget.ensurePolished()
        gap = max(self.box.spacing(), 0)
        room = self.room()
        rows: list[list[QWidget]] = []
        used = 0
        for widget in shown:
            width = widget.sizeHint().width()
            if rows and used + gap + width <= room:
                rows[-1].append(widget)
                used += gap + width
            else:
                rows.append([widget])
                used = width
        placed = tuple(tuple(row) for row in rows)
        if self._placed_rows == placed:
            return
        self._placed_rows = placed
        # One row per widget at most, made once: an empty row takes no room, and rows made
        # and deleted as the screen changes would be deleted twice (Qt's and Python's).
        while len(self._rows) < len(self.widgets):
            row = QHBoxLayout()
            row.setSpacing(gap)
            self.box.addLayout(row)
            self._rows.append(row)
        for row in self._rows:
            for widget in self.widgets:
                row.removeWidget(widget)
        for row, widgets in zip(self._rows, rows, strict=False):
            for widget in widgets:
                row.addWidget(widget, 1)

    _placed_rows: tuple[tuple[QWidget, ...], ...] = ()
