"""Shown after a good scan: who was checked in and when, and what this kiosk offers next."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, replace
from datetime import tzinfo

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.booking_views import ReservationSummary
from kiosk.core.equipment_admin_views import ClosedDayBooking
from kiosk.ui import booking_text
from kiosk.ui.announcer import joined
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import icon_label, scroll_body, text_label, touch_button

ACTION_COLUMNS = 2


@dataclass(frozen=True)
class WelcomeView:
    name: str  # as the library wants patrons greeted: first name, or the full name
    time: str  # the check-in time in the branch's zone, "15:04"
    first_today: bool  # False: this scan fell in a visit already counted
    actions: tuple[tuple[str, str], ...] = ()  # (key, translated label)
    # The patron's reservations today, once looked up (shown only when there are some), and
    # those whose time is now, which can be started from here.
    today: tuple[ReservationSummary, ...] = ()
    startable: tuple[uuid.UUID, ...] = ()
    # News for the patron since their last visit, in words (a project reviewed, a print
    # ready); shown only when there is some.
    notices: tuple[str, ...] = ()
    # Bookings of this patron on days the library closed after they were made.
    closed: tuple[ClosedDayBooking, ...] = ()


class WelcomeScreen(QWidget):
    done = Signal()
    action_chosen = Signal(str)
    start_reservation = Signal(object)  # reservation id

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("WelcomeScreen")
        self.view: WelcomeView | None = None
        self._title = text_label("title")
        self._title.setObjectName("WelcomeTitle")
        self._status = text_label("body")
        self._status.setObjectName("WelcomeStatus")
        self._actions = QGridLayout()
        self._actions.setHorizontalSpacing(24)
        self._actions.setVerticalSpacing(16)
        self.action_buttons: dict[str, QPushButton] = {}
        self._placed_columns = ACTION_COLUMNS
        self.zone: tzinfo | None = None
        self.today_panel = QFrame()
        self.today_panel.setObjectName("TodayReservations")
        set_role(self.today_panel, "panel")
        self._today_heading = text_label("hint", center=False)
        self._today_rows = QVBoxLayout()
        self._today_rows.setSpacing(4)
        today_layout = QVBoxLayout(self.today_panel)
        today_layout.setContentsMargins(16, 6, 16, 8)
        today_layout.setSpacing(4)
        today_layout.addWidget(self._today_heading)
        today_layout.addLayout(self._today_rows)
        self.today_panel.hide()
        self._today_widgets: list[QWidget] = []
        self.today_labels: list[QLabel] = []
        self.start_buttons: dict[uuid.UUID, QPushButton] = {}

        self.notices_panel = QFrame()
        self.notices_panel.setObjectName("WelcomeNotices")
        set_role(self.notices_panel, "panel")
        self._notices_heading = text_label("hint", center=False)
        self.notices_label = text_label("body", center=False)
        self.notices_label.setObjectName("WelcomeNoticesText")
        notices_layout = QVBoxLayout(self.notices_panel)
        notices_layout.setContentsMargins(16, 6, 16, 8)
        notices_layout.setSpacing(4)
        notices_layout.addWidget(self._notices_heading)
        notices_layout.addWidget(self.notices_label)
        self.notices_panel.hide()

        self.done_button = touch_button("primary")
        self.done_button.setObjectName("DoneButton")
        self.done_button.clicked.connect(self.done)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button, 2)
        done_row.addStretch(1)

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(12)
        layout.addStretch(1)
        self._icon = icon_label("welcome", 96, self)
        layout.addWidget(self._icon)
        layout.addWidget(self._title)
        layout.addWidget(self._status)
        layout.addWidget(self.notices_panel)
        self.closed_notice = text_label("notice")
        self.closed_notice.setObjectName("ClosedDayNotice")
        self.closed_notice.hide()
        layout.addWidget(self.closed_notice)
        layout.addWidget(self.today_panel)
        layout.addStretch(1)
        layout.addLayout(self._actions)
        layout.addSpacing(8)
        layout.addLayout(done_row)
        self.retranslate()

    def show_view(self, view: WelcomeView) -> None:
        self.view = view
        self._rebuild_actions(view.actions)
        self._rebuild_today(view)
        self.retranslate()

    def show_today(
        self,
        today: tuple[ReservationSummary, ...],
        startable: tuple[uuid.UUID, ...],
        zone: tzinfo | None,
    ) -> None:
        """Add the patron's reservations today (none: nothing is shown)."""
        if self.view is None:
            return
        self.zone = zone
        self.view = replace(self.view, today=today, startable=startable)
        self._rebuild_today(self.view)
        self.retranslate()

    def show_notices(self, notices: tuple[str, ...]) -> None:
        """Add the patron's news (none: nothing is shown)."""
        if self.view is None:
            return
        self.view = replace(self.view, notices=notices)
        self.retranslate()

    def show_closed(self, closed: tuple[ClosedDayBooking, ...], zone: tzinfo | None) -> None:
        """Tell the patron which of their bookings fall on a day the library is now closed."""
        if self.view is None:
            return
        self.zone = zone
        self.view = replace(self.view, closed=closed)
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self._rebuild_actions(())
        self._rebuild_today(None)
        self.retranslate()

    def _rebuild_today(self, view: WelcomeView | None) -> None:
        for widget in self._today_widgets:
            widget.hide()
            widget.deleteLater()
        self._today_widgets = []
        self.today_labels = []
        self.start_buttons = {}
        while self._today_rows.count():
            self._today_rows.takeAt(0)
        today = view.today if view is not None else ()
        for booking in today:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = text_label("body", center=False)
            label.setObjectName(f"Today-{booking.reservation_id}")
            line.addWidget(label, 1)
            self.today_labels.append(label)
            if view is not None and booking.reservation_id in view.startable:
                button = touch_button("primary", parent=row)
                button.setObjectName(f"TodayStart-{booking.reservation_id}")
                button.clicked.connect(
                    lambda _c=False, rid=booking.reservation_id: self.start_reservation.emit(rid)
                )
                line.addWidget(button)
                self.start_buttons[booking.reservation_id] = button
            self._today_rows.addWidget(row)
            self._today_widgets.append(row)
        self.today_panel.setVisible(bool(today))

    def _rebuild_actions(self, actions: tuple[tuple[str, str], ...]) -> None:
        for button in self.action_buttons.values():
            self._actions.removeWidget(button)
            button.hide()  # now: its deletion waits for the event loop
            button.deleteLater()
        self.action_buttons = {}
        for key, label in actions:
            button = touch_button(parent=self)
            button.setObjectName(f"Action-{key}")
            button.setText(label)
            button.clicked.connect(lambda _checked=False, key=key: self.action_chosen.emit(key))
            self.action_buttons[key] = button
        self._place_actions()
        # Tab in reading order: the actions, then Done below them (made before them).
        chain = [*self.action_buttons.values(), self.done_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _columns(self) -> int:
        """Two actions side by side where both fit whole (a button never cuts its words),
        else one above the other: larger text and longer languages need the width."""
        buttons = list(self.action_buttons.values())
        if not buttons:
            return ACTION_COLUMNS
        widest = max(button.sizeHint().width() for button in buttons)
        room = self.width() - 2 * 48 - 24  # the body's margins, a scroll bar's width
        spacing = self._actions.horizontalSpacing()
        return ACTION_COLUMNS if ACTION_COLUMNS * widest + spacing <= room else 1

    def _place_actions(self) -> None:
        columns = self._columns()
        buttons = list(self.action_buttons.values())
        for button in buttons:
            self._actions.removeWidget(button)
        for index, button in enumerate(buttons):
            self._actions.addWidget(button, index // columns, index % columns)
        self._placed_columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._columns() != self._placed_columns:
            self._place_actions()

    def retranslate(self) -> None:
        view = self.view
        if view is None:
            self._title.setText("")
            self._status.setText("")
        else:
            self._title.setText(self.tr("Welcome, {name}!").format(name=view.name))
            if view.first_today:
                text = self.tr("You're checked in, {time}.")
            else:
                text = self.tr("You're already checked in today (since {time}).")
            self._status.setText(text.format(time=view.time))
        notices = view.notices if view is not None else ()
        # As many lines as notices, each a paragraph: no panel at all without news.
        self._notices_heading.setText(self.tr("News for you") if notices else "")
        self.notices_label.setText("\n\n".join(notices))
        self.notices_panel.setVisible(bool(notices))
        # The picture gives way to the news on a small screen; the title still greets.
        self._icon.setVisible(not notices)
        # No heading without reservations: never an empty "reservations today".
        shown = view is not None and bool(view.today)
        self._today_heading.setText(self.tr("Your reservations today") if shown else "")
        if view is not None:
            for booking, label in zip(view.today, self.today_labels, strict=False):
                label.setText(
                    self.tr("{time}  {item}").format(
                        time=booking_text.time_range(booking.starts_at, booking.ends_at, self.zone),
                        item=booking.item_name,
                    )
                )
            for button in self.start_buttons.values():
                button.setText(self.tr("Start"))
        closed = view.closed if view is not None else ()
        lines = [
            self.tr(
                "The library is closed on {day} ({reason}): your booking of {item} at {time} "
                "can't go ahead. Please book another day."
            ).format(
                day=booking_text.long_date(b.starts_at.astimezone(self.zone).date()),
                reason=b.reason,
                item=b.item_name,
                time=booking_text.time_range(b.starts_at, b.ends_at, self.zone),
            )
            for b in closed
        ]
        self.closed_notice.setText("\n".join(lines))
        self.closed_notice.setVisible(bool(lines))
        self.done_button.setText(self.tr("Done"))
        if self._columns() != self._placed_columns:
            self._place_actions()
        self._icon.setAccessibleName(self.tr("Checked in"))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        today = [label.text() for label in self.today_labels]
        heading = self._today_heading.text() if today else ""
        news = self.notices_label.text() if self.notices_panel.isVisible() else ""
        closed = self.closed_notice.text() if self.closed_notice.isVisible() else ""
        return joined(self._title.text(), self._status.text(), closed, news, heading, *today)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
