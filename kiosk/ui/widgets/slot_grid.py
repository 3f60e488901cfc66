"""A machine's time, as a grid a finger can use: one row per start time, one column per day
(one column for the day view, seven for the week). Free slots are buttons; the rest say what
they are (booked, yours, closed, past) in words or, in the week's narrow columns, a mark that
the legend explains. The grid scrolls up and down by dragging, like the console's device list.

Time runs down the page, so a right-to-left language mirrors only the order of the days, as
its readers expect of a week, and never the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.booking_views import SlotState
from kiosk.ui.widgets.common import text_label, touch_button

# Narrow columns show a mark instead of a word; the legend says what each mark means.
MARKS: dict[SlotState, str] = {
    SlotState.FREE: "+",
    SlotState.BOOKED: "×",
    SlotState.YOURS: "★",
    SlotState.CLOSED: "–",
    SlotState.PAST: "·",
}


@dataclass(frozen=True)
class GridCell:
    starts_at: datetime | None  # None: no slot at this time that day (closed)
    state: SlotState
    text: str  # what the cell says (a word, or a mark in the week view)
    spoken: str  # what a screen reader says: the day, the time and the state in words


@dataclass(frozen=True)
class GridView:
    columns: tuple[str, ...]  # the day headings; one column for the day view
    rows: tuple[str, ...]  # the start times, as shown
    cells: tuple[tuple[GridCell, ...], ...]  # by row, then column
    focus_row: int = 0  # the row to scroll into view (now, or the first free time)


class SlotGrid(QWidget):
    slot_chosen = Signal(object)  # the chosen free slot's start (datetime, UTC)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SlotGrid")
        self.view: GridView | None = None
        self.cell_buttons: list[list[QPushButton]] = []
        self._headings = QGridLayout()
        self._headings.setContentsMargins(0, 0, 0, 0)
        self._headings.setHorizontalSpacing(6)
        self._heading_labels: list[QLabel] = []

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("SlotGridScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._body, self._grid = self._new_body()
        # A finger drags the times up and down; a tap that does not move is still a tap.
        QScroller.grabGesture(
            self.scroll_area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._headings)
        layout.addWidget(self.scroll_area, 1)

    def _new_body(self) -> tuple[QWidget, QGridLayout]:
        body = QWidget()
        body.setObjectName("SlotGridBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        self.scroll_area.setWidget(body)  # deletes the body before
        return body, grid

    def show_view(self, view: GridView) -> None:
        self.view = view
        self._rebuild(view)

    def clear(self) -> None:
        self.view = None
        self._rebuild(GridView((), (), ()))

    def _rebuild(self, view: GridView) -> None:
        for label in self._heading_labels:
            self._headings.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._heading_labels = []
        # A new body for each view: the old one (and every row of it) goes at once, and no
        # row keeps a height from the view before.
        self._body, self._grid = self._new_body()
        self.cell_buttons = []
        wide = len(view.columns) == 1
        # The time column, then the days; the headings line up with the cells below them.
        corner = text_label("hint")
        corner.setVisible(not wide)
        self._headings.addWidget(corner, 0, 0)
        self._heading_labels.append(corner)
        for column, heading in enumerate(view.columns, start=1):
            label = text_label("small")
            label.setObjectName(f"SlotGridDay-{column - 1}")
            label.setText(heading)
            label.setVisible(not wide)  # the day view names its day above the grid
            # Seven days across a small screen: a heading wraps to its column's width rather
            # than widening the week past the screen ("Aujourd'hui" at large text would).
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(0)
            self._headings.addWidget(label, 0, column)
            self._heading_labels.append(label)
        times: list[QLabel] = []
        for row, (time_text, cells) in enumerate(zip(view.rows, view.cells, strict=True)):
            time_label = text_label("small", self._body)
            time_label.setText(time_text)
            time_label.setObjectName(f"SlotGridTime-{row}")
            time_label.ensurePolished()
            self._grid.addWidget(time_label, row, 0)
            times.append(time_label)
            buttons = []
            for column, cell in enumerate(cells, start=1):
                button = touch_button(f"slot-{cell.state.value}", self._body)
                button.setObjectName(f"Slot-{row}-{column - 1}")
                button.setProperty("compact", not wide)
                button.setText(cell.text)
                button.setAccessibleName(cell.spoken)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                free = cell.state == SlotState.FREE and cell.starts_at is not None
                button.setEnabled(free)
                if free:
                    starts_at = cell.starts_at
                    button.clicked.connect(
                        lambda _checked=False, at=starts_at: self.slot_chosen.emit(at)
                    )
                button.ensurePolished()  # its themed height counts from the start
                self._grid.addWidget(button, row, column)
                buttons.append(button)
            self.cell_buttons.append(buttons)
        self._grid.setRowStretch(len(view.rows), 1)
        # The time column as wide in the headings as in the grid, so the days line up.
        width = max((label.sizeHint().width() for label in times), default=0)
        corner.setMinimumWidth(width)
        for label in times:
            label.setMinimumWidth(width)
        for column in range(1, len(view.columns) + 1):
            self._headings.setColumnStretch(column, 1)
            self._grid.setColumnStretch(column, 1)
        if view.rows:
            self.scroll_area.verticalScrollBar().setValue(0)
            focus = min(max(view.focus_row, 0), len(view.rows) - 1)
            self._focus_row = focus
        else:
            self._focus_row = 0

    def scroll_to_focus(self) -> None:
        """Bring the row of now (or the first free time) into view; after layout."""
        if self.view is None or not self.cell_buttons:
            return
        row = self.cell_buttons[min(self._focus_row, len(self.cell_buttons) - 1)]
        if row:
            self.scroll_area.ensureWidgetVisible(row[0], 0, 8)
