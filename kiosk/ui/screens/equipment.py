"""The equipment screens: the branch's machines, one machine's day or week, the length of a
booking, why a booking was refused, a booking made, and the patron's reservations.

Each screen renders one frozen view (tests assert on it) and words it at display time, so a
language switched mid-session redraws it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.booking_views import Refusal, RefusalCode, ReservationSummary, SlotState
from kiosk.resources import asset
from kiosk.ui import booking_text as words
from kiosk.ui.announcer import joined
from kiosk.ui.booking_model import LengthChoice, Machine, Outlook, current
from kiosk.ui.clock_text import local_time
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import icon_label, scroll_body, text_label, touch_button
from kiosk.ui.widgets.keyed_rows import KeyedRows, finger_scroll
from kiosk.ui.widgets.reflow import ReflowGrid, reflowing, screen_room
from kiosk.ui.widgets.slot_grid import MARKS, GridCell, GridView, SlotGrid

ICON_PX = 48


def equipment_icon(icon: str) -> str:
    """The bundled picture for an item's icon name (assets/icons/equipment-<icon>.svg)."""
    name = f"equipment-{icon}"
    return name if asset("icons", f"{name}.svg").is_file() else "equipment-tool"


class _Screen(QWidget):
    """A title with the way back beside it, content below, on a body that scrolls when larger
    text needs the room."""

    back = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.title = text_label("subtitle", center=False)
        self.title.setObjectName(f"{name}Title")
        self.back_button = touch_button()
        self.back_button.setObjectName(f"{name}Back")
        self.back_button.clicked.connect(self.back)
        # Measured against the screen: on a scrolling body a row too wide would widen the body
        # and so always seem to fit.
        self.body = scroll_body(self)
        self.room = screen_room(self, 2 * 32)
        # The body hears of every text and font change laid out on it; the screen does not.
        self.header = reflowing(QHBoxLayout(), self.body, self.room)
        self.header.setSpacing(12)
        self.header.addWidget(self.title, 1)
        self.header_actions = QHBoxLayout()
        self.header_actions.setSpacing(12)
        self.header.addLayout(self.header_actions)
        self.header.addWidget(self.back_button)
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(32, 16, 32, 16)  # as `room` counts
        self.content.setSpacing(10)
        self.content.addLayout(self.header)

    def retranslate(self) -> None:
        raise NotImplementedError

    def announcement(self) -> str:
        return self.title.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# -- the list of machines ----------------------------------------------------------------------


@dataclass(frozen=True)
class MachineCard:
    item_id: uuid.UUID
    name: str
    icon: str
    outlook: Outlook
    first_free: datetime | None
    free_slots: int  # free slots in the days shown
    training: str | None


@dataclass(frozen=True)
class EquipmentListView:
    machines: tuple[MachineCard, ...] = ()
    today: date | None = None
    loading: bool = False
    failed: bool = False


class EquipmentListScreen(_Screen):
    machine_chosen = Signal(object)  # item id
    reservations_requested = Signal()

    def __init__(self, zone: tzinfo | None) -> None:
        super().__init__("EquipmentListScreen")
        self.zone = zone
        self.view = EquipmentListView()
        self.reservations_button = touch_button()
        self.reservations_button.setObjectName("MyReservationsButton")
        self.reservations_button.clicked.connect(self.reservations_requested)
        self.header_actions.addWidget(self.reservations_button)
        self.status = text_label("body")
        self.status.setObjectName("EquipmentStatus")
        self.content.addWidget(self.status)
        self._list = QWidget()
        self._list.setObjectName("EquipmentList")
        self._rows = QVBoxLayout(self._list)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(10)
        self.scroll_area = finger_scroll(self._list, "EquipmentScroll")
        self.content.addWidget(self.scroll_area, 1)
        self.machine_cards: dict[uuid.UUID, _MachineCard] = {}
        self.machine_buttons: dict[uuid.UUID, QPushButton] = {}
        self.retranslate()

    def clear(self) -> None:
        self.show_view(EquipmentListView())

    def show_view(self, view: EquipmentListView) -> None:
        self.view = view
        for card in self.machine_cards.values():
            self._rows.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.machine_cards = {}
        self.machine_buttons = {}
        while self._rows.count():
            self._rows.takeAt(0)
        for machine in view.machines:
            card = _MachineCard(machine.item_id, machine.icon, self._list)
            card.chosen.connect(self.machine_chosen)
            self._rows.addWidget(card)
            self.machine_cards[machine.item_id] = card
            self.machine_buttons[machine.item_id] = card.button
        self._rows.addStretch(1)
        self.retranslate()

    def card_text(self, card: MachineCard) -> str:
        line = self._outlook_text(card)
        if card.training:
            line += "\n" + self.tr("Needs the “{training}” training").format(
                training=words.training_name(card.training)
            )
        return f"{card.name}\n{line}"

    def _outlook_text(self, card: MachineCard) -> str:
        today = self.view.today
        if card.outlook == Outlook.OUT_OF_ORDER:
            return self.tr("Out of order")
        if card.outlook == Outlook.NEEDS_CHECK:
            return self.tr("Being checked by staff")
        if card.outlook == Outlook.FREE_NOW:
            return self.tr("Free now · {count} free times this week").format(count=card.free_slots)
        if card.outlook == Outlook.FREE_LATER_TODAY and card.first_free is not None:
            return self.tr("Free today from {time}").format(
                time=local_time(card.first_free, self.zone)
            )
        if card.outlook == Outlook.FREE_THIS_WEEK and card.first_free is not None:
            moment = card.first_free.astimezone(self.zone)
            return self.tr("Next free: {day} {time}").format(
                day=words.day_name(moment.date(), today or moment.date()),
                time=local_time(card.first_free, self.zone),
            )
        return self.tr("Fully booked this week")

    def retranslate(self) -> None:
        view = self.view
        self.title.setText(self.tr("Equipment"))
        self.back_button.setText(self.tr("Done"))
        self.reservations_button.setText(self.tr("My reservations"))
        if view.loading:
            self.status.setText(self.tr("Looking up the machines…"))
        elif view.failed:
            self.status.setText(
                self.tr("The machines can't be shown right now. Please ask a staff member.")
            )
        elif not view.machines:
            self.status.setText(self.tr("There are no machines to book at this branch."))
        else:
            self.status.setText(self.tr("Tap a machine to see its free times and book."))
        for card in view.machines:
            widget = self.machine_cards.get(card.item_id)
            if widget is not None:
                text = self.card_text(card)
                name, _, rest = text.partition("\n")
                widget.name.setText(name)
                widget.detail.setText(rest)
                widget.button.setText(self.tr("See times"))
                widget.button.setAccessibleName(
                    self.tr("{machine}: see times").format(machine=name)
                )
                widget.icon.setAccessibleName(name)
        self.setAccessibleName(self.title.text())

    def announcement(self) -> str:
        return joined(self.title.text(), self.status.text())


class _MachineCard(QFrame):
    """One machine on the list: its picture, name and what is free, and a button; a tap
    anywhere on the card does what the button does."""

    chosen = Signal(object)

    def __init__(self, item_id: uuid.UUID, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.setObjectName(f"Machine-{item_id}")
        set_role(self, "panel")
        self.icon = icon_label(equipment_icon(icon), ICON_PX, self)
        self.icon.setFixedWidth(ICON_PX + 8)
        self.name = text_label("body", self, center=False)
        self.detail = text_label("hint", self, center=False)
        self.button = touch_button(parent=self)
        self.button.setObjectName(f"MachineButton-{item_id}")
        self.button.clicked.connect(lambda _checked=False: self.chosen.emit(self.item_id))
        words_box = QVBoxLayout()
        words_box.setSpacing(0)
        words_box.addWidget(self.name)
        words_box.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(12)
        row.addWidget(self.icon)
        row.addLayout(words_box, 1)
        row.addWidget(self.button)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.rect().contains(event.position().toPoint()):
            self.chosen.emit(self.item_id)
        event.accept()


# -- one machine: its day or its week ----------------------------------------------------------


@dataclass(frozen=True)
class MachineView:
    machine: Machine
    day: date  # the day shown (day view), or the first day of the week
    today: date
    now: datetime
    week: bool = False
    can_use_now: bool = False


class MachineScreen(_Screen):
    slot_chosen = Signal(object)  # start of a free slot (datetime)
    day_changed = Signal(int)  # -1 or +1
    week_toggled = Signal(bool)
    use_now = Signal()

    def __init__(self, zone: tzinfo | None) -> None:
        super().__init__("MachineScreen")
        self.zone = zone
        self.view: MachineView | None = None
        self.use_now_button = touch_button("primary")
        self.use_now_button.setObjectName("UseNowButton")
        self.use_now_button.clicked.connect(self.use_now)
        self.header_actions.addWidget(self.use_now_button)
        self.detail = text_label("hint", center=False)
        self.detail.setObjectName("MachineDetail")
        self.content.addWidget(self.detail)

        self.previous_button = touch_button()
        self.previous_button.setObjectName("PreviousDayButton")
        self.previous_button.clicked.connect(lambda _checked=False: self.day_changed.emit(-1))
        self.next_button = touch_button()
        self.next_button.setObjectName("NextDayButton")
        self.next_button.clicked.connect(lambda _checked=False: self.day_changed.emit(1))
        self.day_label = text_label("body")
        self.day_label.setObjectName("MachineDay")
        self.day_button = touch_button()
        self.day_button.setObjectName("DayViewButton")
        self.day_button.setCheckable(True)
        set_role(self.day_button, "toggle")
        self.day_button.clicked.connect(lambda _checked=False: self.week_toggled.emit(False))
        self.week_button = touch_button()
        self.week_button.setObjectName("WeekViewButton")
        self.week_button.setCheckable(True)
        set_role(self.week_button, "toggle")
        self.week_button.clicked.connect(lambda _checked=False: self.week_toggled.emit(True))
        # The day with its arrows, and the day or week choice: side by side, or the choice
        # under the day where they do not fit (each keeps its own row).
        moves = QHBoxLayout()
        moves.setSpacing(10)
        moves.addWidget(self.previous_button)
        moves.addWidget(self.day_label, 1)
        moves.addWidget(self.next_button)
        views = QHBoxLayout()
        views.setSpacing(10)
        views.addWidget(self.day_button)
        views.addWidget(self.week_button)
        days = reflowing(QHBoxLayout(), self.body, self.room)
        days.setSpacing(16)
        days.addLayout(moves, 1)
        days.addLayout(views)
        self.content.addLayout(days)
        self.legend = text_label("hint")
        self.legend.setObjectName("SlotLegend")
        self.content.addWidget(self.legend)
        self.grid = SlotGrid()
        self.grid.slot_chosen.connect(self.slot_chosen)
        self.grid.setMinimumHeight(240)
        self.content.addWidget(self.grid, 1)
        self.retranslate()

    def show_view(self, view: MachineView) -> None:
        self.view = view
        self.retranslate()
        QTimer.singleShot(0, self, self.grid.scroll_to_focus)

    def clear(self) -> None:
        self.view = None
        self.grid.clear()

    def grid_view(self) -> GridView:
        view = self.view
        assert view is not None
        machine = view.machine
        days = (
            [entry.day for entry in machine.days if entry.day >= view.day][:7]
            if view.week
            else [view.day]
        )
        columns = tuple(
            words.short_day(day, view.today).replace(" ", "\n", 1)
            if view.week
            else words.day_name(day, view.today)
            for day in days
        )
        starts: dict[tuple[int, int], None] = {}
        by_day = {day: machine.day(day).slots for day in days}
        for slots in by_day.values():
            for slot in slots:
                local = slot.starts_at.astimezone(self.zone)
                starts[(local.hour, local.minute)] = None
        times = sorted(starts)
        cells: list[tuple[GridCell, ...]] = []
        focus = None
        for hour, minute in times:
            row: list[GridCell] = []
            for day in days:
                found = next(
                    (
                        s
                        for s in by_day[day]
                        if (
                            s.starts_at.astimezone(self.zone).hour,
                            s.starts_at.astimezone(self.zone).minute,
                        )
                        == (hour, minute)
                    ),
                    None,
                )
                if found is None:
                    state = SlotState.CLOSED
                    spoken_time = f"{hour:02d}:{minute:02d}"
                    starts_at = None
                else:
                    state = found.state
                    spoken_time = words.time_range(found.starts_at, found.ends_at, self.zone)
                    starts_at = found.starts_at
                    if focus is None and (
                        state == SlotState.FREE or found.ends_at > view.now >= found.starts_at
                    ):
                        focus = len(cells)
                word = words.slot_state(state)
                text = MARKS[state] if view.week else self._day_cell(state)
                spoken = f"{words.day_name(day, view.today)}, {spoken_time}: {word}"
                row.append(GridCell(starts_at, state, text, spoken))
            cells.append(tuple(row))
        rows = tuple(self._row_time(hour, minute) for hour, minute in times)
        return GridView(columns, rows, tuple(cells), focus or 0)

    def _row_time(self, hour: int, minute: int) -> str:
        from PySide6.QtCore import QLocale, QTime

        return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)

    def _day_cell(self, state: SlotState) -> str:
        if state == SlotState.FREE:
            return self.tr("Free: tap to book")
        return words.slot_state(state)

    def retranslate(self) -> None:
        view = self.view
        self.back_button.setText(self.tr("Back"))
        self.use_now_button.setText(self.tr("Use it now"))
        self.day_button.setText(self.tr("Day"))
        self.week_button.setText(self.tr("Week"))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.previous_button.setText("▶" if rtl else "◀")
        self.next_button.setText("◀" if rtl else "▶")
        self.previous_button.setAccessibleName(self.tr("Earlier"))
        self.next_button.setAccessibleName(self.tr("Later"))
        if view is None:
            self.title.setText("")
            self.detail.setText("")
            self.day_label.setText("")
            self.legend.setText("")
            self.use_now_button.hide()
            return
        machine = view.machine
        self.title.setText(machine.name)
        details = []
        if machine.required_training:
            details.append(
                self.tr("Needs the “{training}” training").format(
                    training=words.training_name(machine.required_training)
                )
            )
        if machine.state == "out_of_order":
            details.append(self.tr("Out of order: it can't be booked right now."))
        elif machine.state == "needs_check":
            details.append(self.tr("Staff are checking it after the last use."))
        self.detail.setText(" · ".join(details))
        self.detail.setVisible(bool(details))
        self.use_now_button.setVisible(view.can_use_now)
        self.day_button.setChecked(not view.week)
        self.week_button.setChecked(view.week)
        if view.week:
            last = [d.day for d in machine.days if d.day >= view.day][:7]
            self.day_label.setText(
                self.tr("{first} to {last}").format(
                    first=words.day_name(view.day, view.today),
                    last=words.day_name(last[-1] if last else view.day, view.today),
                )
            )
            # Each mark held to its word (a no-break space), the pairs free to wrap.
            self.legend.setText(
                "   ".join(f"{MARKS[state]}\u00a0{words.slot_state(state)}" for state in SlotState)
            )
            self.legend.show()
        else:
            self.day_label.setText(words.day_name(view.day, view.today))
            self.legend.hide()
        known = [d.day for d in machine.days]
        # The week shows every day there is to book; the arrows step through single days.
        self.previous_button.setVisible(not view.week)
        self.next_button.setVisible(not view.week)
        self.previous_button.setEnabled(bool(known) and view.day > known[0])
        self.next_button.setEnabled(bool(known) and view.day < known[-1])
        self.grid.show_view(self.grid_view())
        self.setAccessibleName(self.title.text())

    def announcement(self) -> str:
        return joined(self.title.text(), self.detail.text(), self.day_label.text())


# -- the length of a booking --------------------------------------------------------------------


@dataclass(frozen=True)
class LengthView:
    item_id: uuid.UUID
    item_name: str
    icon: str
    starts_at: datetime
    choice: LengthChoice
    today: date
    walk_in: bool = False
    busy: bool = False


class LengthScreen(_Screen):
    shorter = Signal()
    longer = Signal()
    confirmed = Signal()

    def __init__(self, zone: tzinfo | None) -> None:
        super().__init__("LengthScreen")
        self.zone = zone
        self.view: LengthView | None = None
        self.when = text_label("body")
        self.when.setObjectName("LengthWhen")
        self.content.addWidget(self.when)
        self.minus_button = touch_button("stepper")
        self.minus_button.setObjectName("ShorterButton")
        self.minus_button.clicked.connect(self.shorter)
        self.plus_button = touch_button("stepper")
        self.plus_button.setObjectName("LongerButton")
        self.plus_button.clicked.connect(self.longer)
        self.length = text_label("title")
        self.length.setObjectName("LengthMinutes")
        stepper = QHBoxLayout()
        stepper.setSpacing(24)
        stepper.addStretch(1)
        stepper.addWidget(self.minus_button)
        stepper.addWidget(self.length, 2)
        stepper.addWidget(self.plus_button)
        stepper.addStretch(1)
        self.content.addStretch(1)
        self.content.addLayout(stepper)
        self.ends = text_label("body")
        self.ends.setObjectName("LengthEnds")
        self.content.addWidget(self.ends)
        self.limits = text_label("hint")
        self.limits.setObjectName("LengthLimits")
        self.content.addWidget(self.limits)
        self.content.addStretch(1)
        self.confirm_button = touch_button("primary")
        self.confirm_button.setObjectName("ConfirmBookingButton")
        self.confirm_button.clicked.connect(self.confirmed)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.confirm_button, 2)
        row.addStretch(1)
        self.content.addLayout(row)
        self.retranslate()

    def show_view(self, view: LengthView) -> None:
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self.retranslate()

    def retranslate(self) -> None:
        view = self.view
        self.back_button.setText(self.tr("Back"))
        self.minus_button.setText("−")
        self.plus_button.setText("+")
        self.minus_button.setAccessibleName(self.tr("Shorter"))
        self.plus_button.setAccessibleName(self.tr("Longer"))
        if view is None:
            for label in (self.title, self.when, self.length, self.ends, self.limits):
                label.setText("")
            return
        self.title.setText(view.item_name)
        local = view.starts_at.astimezone(self.zone)
        if view.walk_in:
            self.when.setText(self.tr("Use it now: how long do you need it?"))
            self.confirm_button.setText(self.tr("Start using it"))
        else:
            self.when.setText(
                self.tr("{day} from {time}: how long?").format(
                    day=words.day_name(local.date(), view.today),
                    time=local_time(view.starts_at, self.zone),
                )
            )
            self.confirm_button.setText(self.tr("Book it"))
        choice = view.choice
        self.length.setText(words.duration(choice.minutes))
        from datetime import timedelta

        ends = view.starts_at + timedelta(minutes=choice.minutes)
        self.ends.setText(self.tr("Until {time}").format(time=local_time(ends, self.zone)))
        self.limits.setText(
            self.tr("From {shortest} to {longest}, in steps of {step}.").format(
                shortest=words.duration(choice.shortest),
                longest=words.duration(choice.longest),
                step=words.duration(choice.step),
            )
        )
        self.minus_button.setEnabled(choice.can_shorten and not view.busy)
        self.plus_button.setEnabled(choice.can_lengthen and not view.busy)
        self.confirm_button.setEnabled(not view.busy)
        self.setAccessibleName(self.title.text())

    def announcement(self) -> str:
        return joined(self.title.text(), self.when.text(), self.length.text(), self.ends.text())


# -- refused -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefusedView:
    item_name: str
    refusals: tuple[Refusal, ...]  # empty: the booking could not be saved (not a rule)
    waiver_flow: bool = False  # this kiosk can show the agreement for acceptance

    @property
    def offers_waiver(self) -> bool:
        return self.waiver_flow and any(r.code == RefusalCode.NEEDS_WAIVER for r in self.refusals)


class RefusedScreen(_Screen):
    waiver_requested = Signal()
    done = Signal()

    def __init__(self, zone: tzinfo | None) -> None:
        super().__init__("RefusedScreen")
        self.zone = zone
        self.view: RefusedView | None = None
        self._icon = icon_label("warning", 72, self)
        self.content.addWidget(self._icon)
        self.reasons = text_label("body", center=False)
        self.reasons.setObjectName("RefusalReasons")
        self.content.addWidget(self.reasons)
        self.content.addStretch(1)
        self.waiver_button = touch_button("primary")
        self.waiver_button.setObjectName("ReadWaiverButton")
        self.waiver_button.clicked.connect(self.waiver_requested)
        self.done_button = touch_button()
        self.done_button.setObjectName("RefusedDoneButton")
        self.done_button.clicked.connect(self.done)
        row = reflowing(QHBoxLayout(), self)
        row.setSpacing(16)
        row.addStretch(1)
        row.addWidget(self.waiver_button)
        row.addWidget(self.done_button)
        row.addStretch(1)
        self.content.addLayout(row)
        self.retranslate()

    def show_view(self, view: RefusedView) -> None:
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self.retranslate()

    def reason_lines(self) -> list[str]:
        if self.view is None:
            return []
        if not self.view.refusals:
            return [
                self.tr(
                    "The booking could not be saved just now. Please try again, "
                    "or ask a staff member."
                )
            ]
        lines = []
        for item in self.view.refusals:
            what, step = words.refusal(item, self.zone, waiver_here=self.view.waiver_flow)
            lines.append(f"• {what}\n   {step}")
        return lines

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Choose another time"))
        self.done_button.setText(self.tr("Done"))
        self.waiver_button.setText(self.tr("Read the agreement"))
        self._icon.setAccessibleName(self.tr("Warning"))
        view = self.view
        if view is None:
            self.title.setText("")
            self.reasons.setText("")
            self.waiver_button.hide()
            return
        self.title.setText(self.tr("{item} can't be booked like this").format(item=view.item_name))
        self.reasons.setText("\n".join(self.reason_lines()))
        self.waiver_button.setVisible(view.offers_waiver)
        self.setAccessibleName(self.title.text())

    def announcement(self) -> str:
        return joined(self.title.text(), self.reasons.text())


# -- booked ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BookedView:
    reservation: ReservationSummary
    today: date
    can_start: bool = False  # its time is now: the session can start from here


class BookedScreen(_Screen):
    start_requested = Signal()
    reservations_requested = Signal()
    done = Signal()

    def __init__(self, zone: tzinfo | None) -> None:
        super().__init__("BookedScreen")
        self.zone = zone
        self.view: BookedView | None = None
        self._icon = icon_label("welcome", 72, self)
        self.content.addStretch(1)
        self.content.addWidget(self._icon)
        self.summary = text_label("body")
        self.summary.setObjectName("BookedSummary")
        self.content.addWidget(self.summary)
        self.hint = text_label("hint")
        self.content.addWidget(self.hint)
        self.content.addStretch(1)
        self.start_button = touch_button("primary")
        self.start_button.setObjectName("BookedStartButton")
        self.start_button.clicked.connect(self.start_requested)
        self.reservations_button = touch_button()
        self.reservations_button.setObjectName("BookedReservationsButton")
        self.reservations_button.clicked.connect(self.reservations_requested)
        self.done_button = touch_button()
        self.done_button.setObjectName("BookedDoneButton")
        self.done_button.clicked.connect(self.done)
        row = reflowing(QHBoxLayout(), self)
        row.setSpacing(16)
        row.addStretch(1)
        for button in (self.start_button, self.reservations_button, self.done_button):
            row.addWidget(button)
        row.addStretch(1)
        self.content.addLayout(row)
        self.back_button.hide()
        self.retranslate()

    def show_view(self, view: BookedView) -> None:
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self.retranslate()

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Start now"))
        self.reservations_button.setText(self.tr("My reservations"))
        self.done_button.setText(self.tr("Done"))
        self._icon.setAccessibleName(self.tr("Booked"))
        view = self.view
        if view is None:
            self.title.setText("")
            self.summary.setText("")
            self.hint.setText("")
            return
        booking = view.reservation
        self.title.setText(self.tr("Booked"))
        self.summary.setText(
            self.tr("{item}\n{day}, {time}").format(
                item=booking.item_name,
                day=words.day_name(booking.starts_at.astimezone(self.zone).date(), view.today),
                time=words.time_range(booking.starts_at, booking.ends_at, self.zone),
            )
        )
        if view.can_start:
            self.hint.setText(self.tr("Tap “Start now” to switch the machine on."))
        else:
            self.hint.setText(self.tr("When your time comes, scan your card here and tap “Start”."))
        self.start_button.setVisible(view.can_start)
        self.setAccessibleName(self.title.text())

    def announcement(self) -> str:
        return joined(self.title.text(), self.summary.text(), self.hint.text())


# -- my reservations ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReservationsView:
    reservations: tuple[ReservationSummary, ...] = ()
    today: date | None = None
    now: datetime | None = None
    confirm: uuid.UUID | None = None  # the reservation whose cancelling awaits a yes
    loading: bool = False
    failed: bool = False
    cancelled: str = ""  # the item whose booking was just cancelled
    busy: bool = False
    can_start: bool = False  # this kiosk can start a machine's session
    refused: tuple[Refusal, ...] = ()  # why the cancelling just asked for was refused


class ReservationsScreen(_Screen):
    cancel_requested = Signal(object)  # reservation id: asks "are you sure?"
    cancel_confirmed = Signal(object)
    cancel_withdrawn = Signal()
    start_requested = Signal(object)

    def __init__(self, zone: tzinfo | None) -> None:
        super().__init__("ReservationsScreen")
        self.zone = zone
        self.view = ReservationsView()
        self.status = text_label("body")
        self.status.setObjectName("ReservationsStatus")
        self.content.addWidget(self.status)
        self._list: KeyedRows[uuid.UUID, _ReservationRow] = KeyedRows(
            "ReservationList", "ReservationScroll"
        )
        self.scroll_area = self._list.scroll_area
        self.content.addWidget(self.scroll_area, 1)
        self.retranslate()

    @property
    def rows(self) -> dict[uuid.UUID, _ReservationRow]:
        return self._list.rows

    def show_view(self, view: ReservationsView) -> None:
        self.view = view
        self._list.show([r.reservation_id for r in view.reservations], self._row)
        self.retranslate()

    def _row(self, reservation_id: uuid.UUID) -> _ReservationRow:
        row = _ReservationRow(reservation_id)
        row.cancel_button.clicked.connect(
            lambda _checked=False: self.cancel_requested.emit(reservation_id)
        )
        row.yes_button.clicked.connect(
            lambda _checked=False: self.cancel_confirmed.emit(reservation_id)
        )
        row.no_button.clicked.connect(self.cancel_withdrawn)
        row.start_button.clicked.connect(
            lambda _checked=False: self.start_requested.emit(reservation_id)
        )
        return row

    def clear(self) -> None:
        self.show_view(ReservationsView())

    def retranslate(self) -> None:
        view = self.view
        self.title.setText(self.tr("My reservations"))
        self.back_button.setText(self.tr("Back"))
        if view.loading:
            status = self.tr("Looking up your reservations…")
        elif view.failed:
            status = self.tr(
                "Your reservations can't be shown right now. Please ask a staff member."
            )
        elif not view.reservations:
            status = self.tr("You have no reservations coming up.")
        else:
            status = ""
        if view.cancelled:
            cancelled = self.tr("Your booking of {item} is cancelled.").format(item=view.cancelled)
            status = f"{cancelled}\n{status}" if status else cancelled
        if view.refused:
            # The booking is not cancelled: why, and what to do, in the core's codes' words.
            reasons = "\n".join(" ".join(words.refusal(r, self.zone)) for r in view.refused)
            status = f"{reasons}\n{status}" if status else reasons
        self.status.setText(status)
        self.status.setVisible(bool(status))
        today = view.today
        now = view.now
        for booking in view.reservations:
            row = self.rows.get(booking.reservation_id)
            if row is None or today is None or now is None:
                continue
            day = words.day_name(booking.starts_at.astimezone(self.zone).date(), today)
            when = words.time_range(booking.starts_at, booking.ends_at, self.zone)
            text = f"{booking.item_name}\n{day}, {when}"
            if booking.status == "active":
                text += "\n" + self.tr("In use now")
            row.label.setText(text)
            row.cancel_button.setText(self.tr("Cancel"))
            row.yes_button.setText(self.tr("Yes, cancel it"))
            row.no_button.setText(self.tr("Keep it"))
            row.question.setText(self.tr("Cancel this booking?"))
            row.start_button.setText(self.tr("Start"))
            confirming = view.confirm == booking.reservation_id
            can_start = view.can_start and current(booking, now)
            cancellable = booking.status == "booked"
            row.question.setVisible(confirming)
            row.yes_button.setVisible(confirming)
            row.no_button.setVisible(confirming)
            row.cancel_button.setVisible(cancellable and not confirming)
            row.start_button.setVisible(can_start and not confirming)
            for button in (row.cancel_button, row.yes_button, row.start_button):
                button.setEnabled(not view.busy)
        self.setAccessibleName(self.title.text())

    def announcement(self) -> str:
        return joined(self.title.text(), self.status.text())


class _ReservationRow(QFrame):
    def __init__(self, reservation_id: uuid.UUID) -> None:
        super().__init__()
        set_role(self, "panel")
        self.setObjectName(f"Reservation-{reservation_id}")
        self.label = text_label("body", center=False)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.question = text_label("notice", center=False)
        self.start_button = touch_button("primary")
        self.start_button.setObjectName("ReservationStart")
        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("ReservationCancel")
        self.yes_button = touch_button("danger")
        self.yes_button.setObjectName("ReservationCancelYes")
        self.no_button = touch_button()
        self.no_button.setObjectName("ReservationCancelNo")
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.label, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.cancel_button)
        confirm = QHBoxLayout()
        confirm.setSpacing(12)
        confirm.addWidget(self.question, 1)
        confirm.addWidget(self.yes_button)
        confirm.addWidget(self.no_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(reflowing(top, self))
        layout.addLayout(reflowing(confirm, self))


# -- the start screen's board ------------------------------------------------------------------


@dataclass(frozen=True)
class BoardEntry:
    name: str
    icon: str
    state: str
    until: datetime | None


class MachineBoard(QFrame):
    """The makerspace's machines on the start screen: what each is doing now. Hidden when
    the branch has none (or the answer has not come yet)."""

    COLUMNS = 3
    MAX_ENTRIES = 6

    def __init__(self, zone: tzinfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MachineBoard")
        set_role(self, "panel")
        self.zone = zone
        self.entries: tuple[BoardEntry, ...] = ()
        self._heading = text_label("hint", center=False)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._labels: list[tuple[QLabel, QLabel]] = []
        self._more = text_label("hint", center=False)
        self._more.setObjectName("BoardMore")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 2, 12, 4)
        layout.setSpacing(0)
        layout.addWidget(self._heading)
        layout.addLayout(self._grid)
        layout.addWidget(self._more)
        # Three to a row where the longest entry fits a third of the board, else fewer: a
        # column narrower than a machine's name would wrap it a word to a line.
        margins = layout.contentsMargins()
        self._arranged = ReflowGrid(
            self._grid,
            self,
            lambda: self.contentsRect().width() - margins.left() - margins.right(),
            self.COLUMNS,
        )
        self.hide()

    def show_entries(self, entries: tuple[BoardEntry, ...]) -> None:
        self.entries = entries
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._labels = []
        holders: list[QWidget] = []
        for index, entry in enumerate(entries[: self.MAX_ENTRIES]):
            holder = QWidget()
            # Columns share the width evenly, whatever their words' lengths.
            holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            cell = QHBoxLayout(holder)
            cell.setContentsMargins(0, 0, 0, 0)
            cell.setSpacing(6)
            icon = icon_label(equipment_icon(entry.icon), 26, holder)
            icon.setFixedWidth(26)
            text = text_label("small", center=False)
            text.setObjectName(f"BoardEntry-{index}")
            icon.setAccessibleName(entry.name)
            cell.addWidget(icon)
            cell.addWidget(text, 1)
            holders.append(holder)
            self._labels.append((icon, text))
        self.setVisible(bool(entries))
        self.retranslate()  # the texts first: the columns are counted from them
        self._arranged.set_widgets(tuple(holders))

    def entry_text(self, entry: BoardEntry) -> str:
        return f"{entry.name}\n{words.board_state(entry.state, entry.until, self.zone)}"

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Machines right now"))
        hidden = len(self.entries) - len(self._labels)
        self._more.setText(
            self.tr("More machines: scan your card to see them all.") if hidden > 0 else ""
        )
        self._more.setVisible(hidden > 0)
        for entry, (_icon, text) in zip(self.entries, self._labels, strict=False):
            text.setText(self.entry_text(entry))
            if entry.state == "free":
                role = "state-ok"
            elif entry.state in ("in_use", "reserved"):
                role = "state-pending"
            else:
                role = "state-bad"
            set_role(text, role)
            text.style().unpolish(text)
            text.style().polish(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
