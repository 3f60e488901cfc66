"""The equipment screens by touch: the machines, a day and a week of slots, booking a slot with
the +/- length, a refusal in plain words, cancelling, using a machine now, the start screen's
board and today's reservations on the welcome."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from kiosk.core.booking_views import BoardRow, Refusal, RefusalCode, ReservationSummary, SlotState
from kiosk.ui.booking_model import Outlook
from kiosk.ui.flows.equipment import EquipmentFlow
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.navigator import Flow, FlowContext, Navigator
from kiosk.ui.scan_input import ScanInput
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON, PATRON_CARD, FakeBooking, FakeServices, all_texts
from tests.ui.touch import tap

WAIT_MS = 3000
# 10:40 UTC: the 9:00-10:30 slots have gone by, 10:30-11:00 is now.
NOW = datetime(2026, 1, 5, 10, 40, tzinfo=UTC)
PRINTER, LASER, SEWING = (item[0] for item in FakeBooking(NOW).items)


@pytest.fixture
def booking(services: FakeServices) -> FakeBooking:
    services.booking = FakeBooking(NOW)
    return services.booking


def equipment(window: KioskWindow) -> EquipmentFlow:
    flow = window.navigator.flow("equipment")
    assert isinstance(flow, EquipmentFlow)
    return flow


def check_in(qtbot: QtBot, window: KioskWindow, scan_input: ScanInput) -> EquipmentFlow:
    flow = equipment(window)
    flow.now = lambda: NOW
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
    return flow


def open_equipment(qtbot: QtBot, window: KioskWindow, scan_input: ScanInput) -> EquipmentFlow:
    flow = check_in(qtbot, window, scan_input)
    tap(qtbot, window.welcome.action_buttons["equipment"])
    qtbot.waitUntil(lambda: bool(flow.list_screen.view.machines), timeout=WAIT_MS)
    assert window.current_screen() is flow.list_screen
    return flow


def open_printer(qtbot: QtBot, window: KioskWindow, scan_input: ScanInput) -> EquipmentFlow:
    flow = open_equipment(qtbot, window, scan_input)
    tap(qtbot, flow.list_screen.machine_buttons[PRINTER])
    assert window.current_screen() is flow.machine_screen
    return flow


def free_cell(flow: EquipmentFlow, hour: int, minute: int = 0) -> QAbstractButton:
    grid = flow.machine_screen.grid
    view = grid.view
    assert view is not None
    for row, cells in enumerate(view.cells):
        for column, cell in enumerate(cells):
            at = cell.starts_at
            if at is not None and (at.hour, at.minute) == (hour, minute):
                assert cell.state == SlotState.FREE
                return grid.cell_buttons[row][column]
    raise AssertionError(f"no slot at {hour}:{minute:02d}")


def test_equipment_is_offered_after_check_in_and_lists_the_machines(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, booking: FakeBooking
) -> None:
    flow = open_equipment(qtbot, window, scan_input)
    cards = {card.item_id: card for card in flow.list_screen.view.machines}
    assert cards[PRINTER].outlook == Outlook.FREE_NOW
    assert cards[LASER].training == "Laser safety"
    assert cards[SEWING].outlook == Outlook.OUT_OF_ORDER
    texts = all_texts(flow.list_screen)
    assert "Prusa MK4" in texts
    assert any(t.startswith("Free now") for t in texts)
    assert any("Needs the “Laser safety” training" in t for t in texts)


def test_book_a_free_slot_with_the_length_control(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, booking: FakeBooking
) -> None:
    flow = open_printer(qtbot, window, scan_input)
    machine = flow.machine_screen.view
    assert machine is not None and not machine.week
    past = flow.machine_screen.grid.cell_buttons[0][0]
    assert not past.isEnabled() and past.text() == "Past"
    tap(qtbot, free_cell(flow, 14))
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    length = flow.length_screen
    assert length.view is not None and length.view.choice.minutes == 30
    assert not length.minus_button.isEnabled()  # already the shortest the rules allow
    tap(qtbot, length.plus_button)
    tap(qtbot, length.plus_button)
    tap(qtbot, length.plus_button)
    assert length.view.choice.minutes == 120
    assert not length.plus_button.isEnabled()  # the longest the rules allow
    tap(qtbot, length.minus_button)
    assert length.view.choice.minutes == 90
    assert "Until 3:30\u202fPM" in all_texts(length)
    tap(qtbot, length.confirm_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.booked_screen, timeout=WAIT_MS)
    booked = flow.booked_screen.view
    assert booked is not None
    assert booked.reservation.starts_at == NOW.replace(hour=14, minute=0)
    assert booked.reservation.ends_at == NOW.replace(hour=15, minute=30)
    assert not booked.can_start  # later today, not now
    assert "book 90" in booking.calls


def test_the_length_stops_at_the_next_booking(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, booking: FakeBooking
) -> None:
    booking.reservations.append(
        ReservationSummary(
            UUID(int=0x999),
            PRINTER,
            "Prusa MK4",
            NOW.replace(hour=15, minute=0),
            NOW.replace(hour=16, minute=0),
            "booked",
        )
    )
    flow = open_printer(qtbot, window, scan_input)
    tap(qtbot, free_cell(flow, 14))
    qtbot.waitUntil(lambda: flow.length_screen.view is not None, timeout=WAIT_MS)
    view = flow.length_screen.view
    assert view is not None and view.choice.longest == 60


def test_a_refused_booking_shows_every_reason_and_what_to_do(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, booking: FakeBooking
) -> None:
    booking.refuse_with = (
        Refusal(RefusalCode.NEEDS_TRAINING, {"training": "laser-safety"}),
        Refusal(RefusalCode.WEEK_LIMIT, {"minutes": 30, "used": 240, "limit": 240}),
        Refusal(RefusalCode.NEEDS_WAIVER, {"version": 3}),
    )
    flow = open_printer(qtbot, window, scan_input)
    tap(qtbot, free_cell(flow, 14))
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    tap(qtbot, flow.length_screen.confirm_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.refused_screen, timeout=WAIT_MS)
    refused = flow.refused_screen
    assert refused.view is not None
    assert [r.code for r in refused.view.refusals] == [
        RefusalCode.NEEDS_TRAINING,
        RefusalCode.WEEK_LIMIT,
        RefusalCode.NEEDS_WAIVER,
    ]
    text = refused.reasons.text()
    assert "This machine needs the “Laser safety” training first." in text
    assert "Please ask a staff member about the “Laser safety” training." in text
    assert "You can book up to 4 h a week, and you have 4 h booked already." in text
    # The kiosk shows the agreement itself (the waiver flow): the button says so.
    assert "Tap “Read the agreement” below." in text
    assert refused.waiver_button.isVisible()
    assert booking.reservations == []
    tap(qtbot, refused.back_button)  # "Choose another time": the timeline, read again
    qtbot.waitUntil(lambda: window.current_screen() is flow.machine_screen, timeout=WAIT_MS)


class WaiverFlow(Flow):
    """Stands in for the training part's waiver flow: records how it was started."""

    name = "waiver-recorder"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.started: list[dict[str, object]] = []

    def start(self, **arguments: object) -> None:
        self.started.append(arguments)


def test_needs_waiver_offers_the_waiver_flow_and_comes_back_to_the_machine(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    booking: FakeBooking,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    waiver = WaiverFlow(window.navigator, window.context)
    # The kiosk's own waiver flow, started by name, stands in for by this recorder.
    monkeypatch.setattr(window.navigator.flow("waiver"), "start", waiver.start)
    booking.refuse_with = (Refusal(RefusalCode.NEEDS_WAIVER, {"version": 3}),)
    flow = open_printer(qtbot, window, scan_input)
    tap(qtbot, free_cell(flow, 14))
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    tap(qtbot, flow.length_screen.confirm_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.refused_screen, timeout=WAIT_MS)
    assert "Tap “Read the agreement” below." in flow.refused_screen.reasons.text()
    tap(qtbot, flow.refused_screen.waiver_button)
    assert len(waiver.started) == 1
    started = waiver.started[0]
    assert started["patron"] == PATRON and started["then"] == "equipment"
    then_args = started["then_args"]
    assert isinstance(then_args, dict) and then_args["item_id"] == PRINTER
    # The waiver accepted, its flow starts this one again: straight back to the printer.
    window.navigator.start("equipment", **then_args)
    qtbot.waitUntil(lambda: window.current_screen() is flow.machine_screen, timeout=WAIT_MS)
    view = flow.machine_screen.view
    assert view is not None and view.machine.item_id == PRINTER


def test_the_week_view_marks_each_state_and_books_from_any_day(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, booking: FakeBooking
) -> None:
    flow = open_printer(qtbot, window, scan_input)
    tap(qtbot, flow.machine_screen.week_button)
    view = flow.machine_screen.view
    grid = flow.machine_screen.grid.view
    assert view is not None and view.week and grid is not None
    assert len(grid.columns) == 7
    assert grid.cells[0][0].state == SlotState.PAST and grid.cells[0][0].text == "·"
    assert grid.cells[0][1].state == SlotState.FREE and grid.cells[0][1].text == "+"
    assert "Past" in grid.cells[0][0].spoken
    assert not flow.machine_screen.previous_button.isVisible()
    # Tomorrow at 9:00, from the week.
    tap(qtbot, flow.machine_screen.grid.cell_buttons[0][1])
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    length = flow.length_screen.view
    assert length is not None
    assert length.starts_at == NOW.replace(hour=9, minute=0) + timedelta(days=1)


def test_the_day_view_steps_through_the_days(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, booking: FakeBooking
) -> None:
    flow = open_printer(qtbot, window, scan_input)
    screen = flow.machine_screen
    assert not screen.previous_button.isEnabled()
    tap(qtbot, screen.next_button)
    assert screen.view is not None and screen.view.day == NOW.date() + timedelta(days=1)
    assert screen.day_label.text() == "Tomorrow"
    tap(qtbot, screen.previous_button)
    assert screen.view.day == NOW.date()


def test_walk_in_use_now_when_the_machine_is_free_now(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, booking: FakeBooking
) -> None:
    flow = open_printer(qtbot, window, scan_input)
    screen = flow.machine_screen
    assert screen.view is not None and screen.view.can_use_now
    tap(qtbot, screen.use_now_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.length_screen, timeout=WAIT_MS)
    length = flow.length_screen.view
    assert length is not None and length.walk_in and length.starts_at == NOW
    tap(qtbot, flow.length_screen.plus_button)
    tap(qtbot, flow.length_screen.confirm_button)
    qtbot.waitUntil(lambda: window.current_screen() is flow.booked_screen, timeout=WAIT_MS)
    assert booking.calls[-1] == "walk_in 60"
    # The kiosk has the machine session flow: a walk-in can start at once.
    assert flow.booked_screen.start_button.isVisible()


def test_no_use_now_on_a_machine_out_of_order(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, booking: FakeBooking
) -> None:
    flow = open_equipment(qtbot, window, scan_input)
    tap(qtbot, flow.list_screen.machine_buttons[SEWING])
    view = flow.machine_screen.view
    assert view is not None and not view.can_use_now
    assert not flow.machine_screen.use_now_button.isVisible()
    assert "Out of order" in flow.machine_screen.detail.text()


def test_my_reservations_cancel_after_confirming_and_start_the_current_one(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    booking: FakeBooking,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The kiosk's own machine session flow, told only what it was started with.
    started: list[dict[str, object]] = []
    session = window.navigator.flow("machine_session")
    monkeypatch.setattr(session, "start", lambda **arguments: started.append(arguments))
    now_booking = booking.book(PATRON.patron_id, PRINTER, NOW.replace(minute=30), 60)
    later = booking.book(PATRON.patron_id, LASER, NOW.replace(hour=16, minute=0), 30)
    flow = open_equipment(qtbot, window, scan_input)
    tap(qtbot, flow.list_screen.reservations_button)
    screen = flow.reservations_screen
    qtbot.waitUntil(lambda: len(screen.view.reservations) == 2, timeout=WAIT_MS)
    row = screen.rows[later.reservation_id]
    assert not row.start_button.isVisible()  # not its time yet
    tap(qtbot, row.cancel_button)
    assert screen.view.confirm == later.reservation_id
    assert row.yes_button.isVisible() and row.question.text() == "Cancel this booking?"
    tap(qtbot, row.no_button)  # "Keep it"
    assert screen.view.confirm is None and "cancel" not in booking.calls
    tap(qtbot, row.cancel_button)
    tap(qtbot, row.yes_button)
    qtbot.waitUntil(lambda: len(screen.view.reservations) == 1, timeout=WAIT_MS)
    assert screen.view.cancelled == "Laser cutter"
    assert "Your booking of Laser cutter is cancelled." in screen.status.text()
    current = screen.rows[now_booking.reservation_id]
    tap(qtbot, current.start_button)
    assert started == [{"patron": PATRON, "reservation_id": now_booking.reservation_id}]


def test_welcome_shows_todays_reservations_only_when_there_are_some(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, booking: FakeBooking
) -> None:
    check_in(qtbot, window, scan_input)
    lane = window.lanes.database
    qtbot.waitUntil(lambda: "my_reservations" in booking.calls, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: lane.pending == 0, timeout=WAIT_MS)
    assert window.welcome.view is not None and window.welcome.view.today == ()
    assert not window.welcome.today_panel.isVisible()
    assert not any("reservation" in t.lower() for t in all_texts(window.welcome) if t)
    window.reset_to_attract()

    booking.book(PATRON.patron_id, LASER, NOW.replace(hour=16, minute=0), 30)
    booking.book(PATRON.patron_id, PRINTER, NOW + timedelta(days=1), 30)  # not today
    check_in(qtbot, window, scan_input)
    welcome = window.welcome
    qtbot.waitUntil(lambda: welcome.view is not None and welcome.view.today != (), timeout=WAIT_MS)
    assert [r.item_name for r in welcome.view.today] == ["Laser cutter"]
    assert welcome.today_panel.isVisible()
    assert "4:00\u202fPM–4:30\u202fPM  Laser cutter" in all_texts(welcome)


def test_the_board_shows_the_machines_and_hides_without_any(
    qtbot: QtBot, make_window: WindowFactory, services: FakeServices
) -> None:
    booking = FakeBooking(NOW)
    booking.board_rows = (
        BoardRow(PRINTER, "Prusa MK4", "printer", "free", None),
        BoardRow(LASER, "Laser cutter", "laser", "in_use", NOW.replace(hour=15, minute=30)),
        BoardRow(SEWING, "Sewing machine", "sewing", "out_of_order", None),
    )
    services.booking = booking
    window = make_window()
    flow = equipment(window)
    board = flow.board
    qtbot.waitUntil(lambda: len(board.entries) == 3, timeout=WAIT_MS)
    assert board.isVisible()
    # Each refresh releases the slots of no-shows before it reads the board.
    first = booking.calls.index("board")
    assert "release_no_shows" in booking.calls[:first]
    assert [board.entry_text(e) for e in board.entries] == [
        "Prusa MK4\nFree now",
        "Laser cutter\nIn use until 3:30\u202fPM",
        "Sewing machine\nOut of order",
    ]
    booking.board_rows = ()
    flow.refresh_board()
    qtbot.waitUntil(lambda: board.entries == (), timeout=WAIT_MS)
    assert not board.isVisible()


def test_no_board_on_a_kiosk_without_a_booking_service(qtbot: QtBot, window: KioskWindow) -> None:
    flow = equipment(window)
    flow.refresh_board()
    lane = window.lanes.database
    qtbot.waitUntil(lambda: lane.pending == 0 and not flow.busy(), timeout=WAIT_MS)
    assert not flow.board.isVisible()
    buttons = [b for b in window.attract.findChildren(QAbstractButton) if b.isVisible()]
    assert window.attract.demo_button not in buttons


def test_the_week_heading_for_today_is_short_and_uncut_in_french(
    qtbot: QtBot, make_window: WindowFactory, booking: FakeBooking
) -> None:
    from tests.ui.poses import POSES

    window = make_window(locale="fr")
    window.resize(1024, 600)
    POSES["equipment-week"](window)
    grid = equipment(window).machine_screen.grid
    assert grid.view is not None
    today = grid.view.columns[0]
    assert today == f"Auj.\n{NOW.day}"
    label = next(label for label in grid._heading_labels if label.text() == today)
    qtbot.waitUntil(label.isVisible, timeout=WAIT_MS)
    # Every line of it fits the column's width: nothing is clipped.
    metrics = label.fontMetrics()
    assert all(metrics.horizontalAdvance(line) <= label.width() for line in today.split("\n"))
