"""The staff console through the navigator: what it shows, each action, an admin action refused
to plain staff by the core (not only hidden), setting up a card, and leaving it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.core.permissions import StaffAction
from kiosk.core.results import (
    LockoutNotice,
    PinOutcome,
    PinResult,
    ScanOutcome,
    StaffSummary,
)
from kiosk.devices.status import (
    DeviceKind,
    DeviceNotice,
    DeviceStatus,
    LinkStatus,
    LockReport,
    NoticeKind,
)
from kiosk.errors import Unavailable
from kiosk.ui.clock_text import display_zone, local_time
from kiosk.ui.device_bridge import DeviceBridge
from kiosk.ui.device_text import lock_detail
from kiosk.ui.flows.checkin import CheckInFlow
from kiosk.ui.flows.staff_console import StaffConsoleFlow
from kiosk.ui.lanes import Lanes
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.screens.card_setup import SetupStep
from kiosk.ui.staff_tools import StaffTool, StaffTools
from kiosk.ui.translation import install_translator
from tests.ui.conftest import WindowFactory, wait_database_calls
from tests.ui.fakes import (
    PATRON,
    PATRON_CARD,
    RIGHT_PIN,
    STAFF,
    STAFF_CARD,
    FakeCheckIn,
    FakeConsole,
    FakeServices,
    FakeStaffAuth,
    all_texts,
)

WAIT_MS = 3000
ADMIN = StaffSummary(STAFF.staff_id, STAFF.display_name, "admin")


class FakeHub:
    """Two relay controllers as the bridge sees them: one confirms a lock, one does not."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[DeviceStatus | DeviceNotice], None]] = []
        self.locked: list[str] = []
        self._devices = [
            _Device(DeviceStatus("Bench A", DeviceKind.RELAY, LinkStatus.CONNECTED, "4 ch")),
            _Device(DeviceStatus("Bench B", DeviceKind.RELAY, LinkStatus.RECONNECTING, "")),
        ]

    def add_listener(self, listener: Callable[[DeviceStatus | DeviceNotice], None]) -> None:
        self.listeners.append(listener)

    def devices(self) -> tuple[_Device, ...]:
        return tuple(self._devices)

    def relay_names(self) -> tuple[str, ...]:
        return ("Bench A", "Bench B")

    def lock_all(self, name: str) -> LockReport:
        self.locked.append(name)
        if name == "Bench B":
            return LockReport(name, False, "no answer")
        return LockReport(name, True, "4 channels locked")

    def stop_all(self) -> None:
        pass

    def report(self, item: DeviceStatus | DeviceNotice) -> None:
        for listener in self.listeners:
            listener(item)


class _Device:
    def __init__(self, status: DeviceStatus) -> None:
        self.name = status.name
        self._status = status
        self.needs_start = False

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def status(self) -> DeviceStatus:
        return self._status


def open_console(qtbot: QtBot, window: KioskWindow, scan_input: ScanInput) -> None:
    scan_input.feed(STAFF_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.staff_pin, timeout=WAIT_MS)
    for digit in RIGHT_PIN:
        qtbot.mouseClick(window.staff_pin.keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.staff_pin.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_screen() is window.console.screen, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            window.console.view is not None and window.console.view.checked_in_today is not None
        ),
        timeout=WAIT_MS,
    )


@pytest.fixture
def hub() -> FakeHub:
    return FakeHub()


@pytest.fixture
def bridge_window(make_window: WindowFactory, hub: FakeHub) -> KioskWindow:
    lanes = Lanes()
    return make_window(devices=DeviceBridge(hub, lanes), lanes=lanes)


def test_the_console_shows_counts_scans_devices_and_no_card_numbers(
    qtbot: QtBot,
    bridge_window: KioskWindow,
    scan_input: ScanInput,
    services: FakeServices,
) -> None:
    window = bridge_window
    services.startup_warnings = ("The database file can be read by other users.",)
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
    window.reset_to_attract()
    scan_input.feed("NOT-A-CARD-123")
    qtbot.waitUntil(lambda: window.current_screen() is window.message, timeout=WAIT_MS)
    window.reset_to_attract()
    open_console(qtbot, window, scan_input)
    view = window.console.view
    assert view is not None
    assert (view.checked_in_today, view.in_now) == (3, 2)
    assert view.staff_name == "Dana"
    assert [outcome for _, outcome in view.scans] == [
        ScanOutcome.STAFF,
        ScanOutcome.UNKNOWN_CARD,
        ScanOutcome.WELCOME,
    ]
    assert [(row.name, row.status) for row in view.devices] == [
        ("Database", LinkStatus.CONNECTED),
        ("Bench A", LinkStatus.CONNECTED),
        ("Bench B", LinkStatus.RECONNECTING),
    ]
    assert view.notices == ("The database file can be read by other users.",)
    texts = all_texts(window)
    for secret in (PATRON_CARD, "NOT-A-CARD-123", STAFF_CARD, PATRON.display_name):
        assert not any(secret in t for t in texts), secret
    assert not view.can_exit and not window.console.screen.exit_button.isVisible()
    assert window.console.screen.lock_button.isVisible()


def test_device_changes_reach_the_open_console_live(
    qtbot: QtBot, bridge_window: KioskWindow, scan_input: ScanInput, hub: FakeHub
) -> None:
    open_console(qtbot, bridge_window, scan_input)
    hub.report(DeviceStatus("Bench B", DeviceKind.RELAY, LinkStatus.CONNECTED, "back"))
    hub.report(DeviceNotice("Bench A", DeviceKind.RELAY, "channel 2: unlock not confirmed"))

    def updated() -> bool:
        view = bridge_window.console.view
        return (
            view is not None
            and view.devices[2].status is LinkStatus.CONNECTED
            and "Bench A: channel 2: unlock not confirmed" in view.notices
        )

    qtbot.waitUntil(updated, timeout=WAIT_MS)


def test_lock_all_asks_the_core_then_reports_each_controller_and_is_audited(
    qtbot: QtBot,
    bridge_window: KioskWindow,
    scan_input: ScanInput,
    hub: FakeHub,
    console_service: FakeConsole,
) -> None:
    open_console(qtbot, bridge_window, scan_input)
    qtbot.mouseClick(bridge_window.console.screen.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Not confirmed by: Bench B (no answer)" in bridge_window.console.view.status_line,
        timeout=WAIT_MS,
    )
    assert sorted(hub.locked) == ["Bench A", "Bench B"]
    qtbot.waitUntil(
        lambda: ("result", STAFF.staff_id, "lock_all_machines") in console_service.audit,
        timeout=WAIT_MS,
    )
    assert ("granted", STAFF.staff_id, "lock_all_machines") in console_service.audit


def test_an_admin_action_is_refused_to_plain_staff_by_the_core(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    console_service: FakeConsole,
) -> None:
    open_console(qtbot, window, scan_input)
    assert not window.console.screen.exit_button.isVisible()
    # Even if a screen offered it, the core says no and the kiosk keeps running.
    with qtbot.assertNotEmitted(window.quit_requested):
        window.console.exit_kiosk()
        qtbot.waitUntil(
            lambda: "may not do this" in window.console.view.status_line, timeout=WAIT_MS
        )
    assert ("refused", STAFF.staff_id, "exit_kiosk") in console_service.audit
    assert window.current_screen() is window.console.screen


def test_an_admin_exits_the_kiosk_from_the_console(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    console_service: FakeConsole,
    staff_auth: FakeStaffAuth,
) -> None:
    console_service.roles[STAFF.staff_id] = "admin"
    staff_auth.respond = lambda pin: PinResult(PinOutcome.OK, staff=ADMIN)
    open_console(qtbot, window, scan_input)
    assert window.console.staff == ADMIN
    assert window.console.screen.exit_button.isVisible()
    with qtbot.waitSignal(window.quit_requested, timeout=WAIT_MS):
        qtbot.mouseClick(window.console.screen.exit_button, Qt.MouseButton.LeftButton)
    assert ("granted", STAFF.staff_id, "exit_kiosk") in console_service.audit


def test_set_up_a_card_scanned_at_the_console_for_an_existing_patron(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, console_service: FakeConsole
) -> None:
    open_console(qtbot, window, scan_input)
    console = window.console
    qtbot.mouseClick(console.screen.setup_button, Qt.MouseButton.LeftButton)
    assert console.setup_view.step is SetupStep.CARD  # no unknown card was scanned before
    scan_input.feed("MK1-NEW-CARD")
    assert console.setup_view.step is SetupStep.WHO
    console.setup.search_field.setText("zo")
    qtbot.mouseClick(console.setup.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(console.setup.match_buttons) == 1, timeout=WAIT_MS)
    (button,) = console.setup.match_buttons.values()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.setup_view.step is SetupStep.DONE, timeout=WAIT_MS)
    assert console.setup_view.done_name == PATRON.display_name
    assert console_service.cards["MK1-NEW-CARD"] == PATRON.patron_id
    # The same card again: one clear line, nothing changed.
    scan_input.feed("MK1-NEW-CARD")
    console.link_to(str(PATRON.patron_id))
    qtbot.waitUntil(lambda: "already set up" in console.setup_view.error, timeout=WAIT_MS)


def test_a_scan_on_the_console_does_not_check_anyone_in(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    open_console(qtbot, window, scan_input)
    calls = list(checkin.calls)
    scan_input.feed(PATRON_CARD)
    assert checkin.calls == calls
    assert "Close the console" in window.console.view.status_line
    assert window.current_screen() is window.console.screen


def test_the_console_closes_itself_when_left_alone_and_forgets_the_staff_member(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    open_console(qtbot, window, scan_input)
    for _ in range(120):
        window.idle.tick()
    assert window.current_screen() is window.attract
    assert window.console.staff is None
    assert window.console.view is None


def test_the_database_down_shows_in_the_console_and_actions_say_so(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, services: FakeServices
) -> None:
    open_console(qtbot, window, scan_input)
    services.down = True
    window.console.refresh()
    assert window.console.view.devices[0].status is LinkStatus.RECONNECTING
    window.console.lock_all()  # no devices here: nothing to do, nothing claimed
    assert window.console.view.status_line == ""
    qtbot.mouseClick(window.console.screen.setup_button, Qt.MouseButton.LeftButton)
    scan_input.feed("MK1-NEW-CARD")
    window.console.search("zo")
    qtbot.waitUntil(lambda: "can't be reached" in window.console.setup_view.error, timeout=WAIT_MS)


class GatedHub(FakeHub):
    """A hub whose controllers answer a lock only when the test says so."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.gate = threading.Event()

    def lock_all(self, name: str) -> LockReport:
        self.entered.set()
        self.gate.wait(WAIT_MS / 1000)
        return super().lock_all(name)


def gated_console(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> tuple[KioskWindow, GatedHub]:
    """A console whose lock-all is under way, its controllers not answering yet."""
    hub = GatedHub()
    lanes = Lanes()
    window = make_window(devices=DeviceBridge(hub, lanes), lanes=lanes)
    open_console(qtbot, window, scan_input)
    qtbot.mouseClick(window.console.screen.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(hub.entered.is_set, timeout=WAIT_MS)
    return window, hub


def test_a_lock_all_answered_after_the_console_closed_is_still_audited_for_who_asked(
    qtbot: QtBot,
    make_window: WindowFactory,
    scan_input: ScanInput,
    console_service: FakeConsole,
) -> None:
    window, hub = gated_console(qtbot, make_window, scan_input)
    window.console.nav.home()  # the staff member walks away while the controllers answer
    hub.gate.set()
    qtbot.waitUntil(
        lambda: ("result", STAFF.staff_id, "lock_all_machines") in console_service.audit,
        timeout=WAIT_MS,
    )
    assert window.current_screen() is window.attract
    assert window.console.staff is None


def test_a_late_lock_all_answer_stays_off_a_console_opened_since(
    qtbot: QtBot,
    make_window: WindowFactory,
    scan_input: ScanInput,
    console_service: FakeConsole,
) -> None:
    window, hub = gated_console(qtbot, make_window, scan_input)
    window.console.nav.home()
    open_console(qtbot, window, scan_input)  # someone opens the console again
    hub.gate.set()
    qtbot.waitUntil(
        lambda: ("result", STAFF.staff_id, "lock_all_machines") in console_service.audit,
        timeout=WAIT_MS,
    )
    # The answer belongs to the console that asked, not to the one open now.
    assert window.console.view is not None
    assert window.console.view.status_line == ""
    assert not window.console.view.working


def test_a_double_tap_on_a_patron_links_the_card_once_and_says_done(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, console_service: FakeConsole
) -> None:
    open_console(qtbot, window, scan_input)
    console = window.console
    qtbot.mouseClick(console.screen.setup_button, Qt.MouseButton.LeftButton)
    scan_input.feed("MK1-NEW-CARD")
    console.setup.search_field.setText("zo")
    qtbot.mouseClick(console.setup.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(console.setup.match_buttons) == 1, timeout=WAIT_MS)
    calls = window.lanes.database.finished_calls
    (first,) = console.setup.match_buttons.values()
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    # The second tap lands on the button drawn in the same place while the first one runs.
    (second,) = console.setup.match_buttons.values()
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.setup_view.step is SetupStep.DONE, timeout=WAIT_MS)
    wait_database_calls(qtbot, window, calls + 1)
    done = window.lanes.database.submit(lambda: None)
    qtbot.waitUntil(lambda: done.finished, timeout=WAIT_MS)
    assert console.setup_view.step is SetupStep.DONE
    assert console.setup_view.error == ""
    assert console_service.audit.count(("granted", STAFF.staff_id, "set_up_card")) == 2


def test_device_notices_and_details_are_shown_in_the_staff_members_language(
    qtbot: QtBot,
    qapp: QApplication,
    bridge_window: KioskWindow,
    scan_input: ScanInput,
    hub: FakeHub,
) -> None:
    install_translator(qapp, "es")
    try:
        open_console(qtbot, bridge_window, scan_input)
        hub.report(
            DeviceNotice(
                "Bench A",
                DeviceKind.RELAY,
                "channel 2: unlock not confirmed, locking it again",
                what=NoticeKind.UNLOCK_UNCONFIRMED,
                channel=2,
            )
        )
        hub.report(
            DeviceStatus(
                "Bench B", DeviceKind.RELAY, LinkStatus.MISSING, "nothing is connected at X", "X"
            )
        )

        def shown() -> bool:
            view = bridge_window.console.view
            return (
                view is not None
                and bool(view.notices)
                and any(row.status is LinkStatus.MISSING for row in view.devices)
            )

        qtbot.waitUntil(shown, timeout=WAIT_MS)
        view = bridge_window.console.view
        assert view is not None
        assert view.notices[0] == "Bench A: canal 2: desbloqueo no confirmado, se vuelve a bloquear"
        (missing,) = [row for row in view.devices if row.status is LinkStatus.MISSING]
        assert missing.detail == "no hay nada conectado en X"
        assert lock_detail(LockReport("Bench B", False, "channels still on: 1, 3", (1, 3))) == (
            "canales aún encendidos: 1, 3"
        )
        hub.report(DeviceStatus("Card scanner", DeviceKind.SCANNER, LinkStatus.CONNECTED))
        qtbot.waitUntil(
            lambda: any(
                row.kind is DeviceKind.SCANNER for row in bridge_window.console.view.devices
            ),
            timeout=WAIT_MS,
        )
        (scanner,) = [r for r in bridge_window.console.view.devices if r.kind is DeviceKind.SCANNER]
        assert scanner.name == "Lector de tarjetas"
    finally:
        install_translator(qapp, "en")


def test_a_database_lost_while_the_console_is_open_is_not_shown_as_connected(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    console_service: FakeConsole,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_console(qtbot, window, scan_input)
    assert window.console.view is not None
    assert window.console.view.devices[0].status is LinkStatus.CONNECTED
    # The database opened well at start-up; now the server stops answering.
    lost = Unavailable("the database server at db.example.org is not answering")
    answer = console_service.authorize

    def unreachable(*_args: object) -> StaffSummary:
        raise lost

    monkeypatch.setattr(console_service, "authorize", unreachable)
    window.console.exit_kiosk()
    qtbot.waitUntil(lambda: "can't be reached" in window.console.view.status_line, timeout=WAIT_MS)
    database = window.console.view.devices[0]
    assert database.status is LinkStatus.RECONNECTING
    assert database.detail == str(lost)
    # It answers again: the row says so with the next answer.
    monkeypatch.setattr(console_service, "authorize", answer)
    window.console.exit_kiosk()
    qtbot.waitUntil(lambda: "may not do this" in window.console.view.status_line, timeout=WAIT_MS)
    assert window.console.view.devices[0].status is LinkStatus.CONNECTED


def test_staff_lockouts_of_the_last_day_are_shown_on_the_console(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, console_service: FakeConsole
) -> None:
    at = datetime(2026, 1, 5, 14, 2, tzinfo=UTC)
    console_service.lockouts = (
        LockoutNotice(
            STAFF.staff_id, "Sam Ortiz", at, at + timedelta(minutes=15), 1, False, "kiosk-2"
        ),
    )
    open_console(qtbot, window, scan_input)
    zone = display_zone("UTC")
    line = (
        f"Sam Ortiz: locked out after wrong PINs at {local_time(at, zone)}, "
        f"until {local_time(at + timedelta(minutes=15), zone)}"
    )
    qtbot.waitUntil(lambda: line in window.console.view.notices, timeout=WAIT_MS)


def test_a_card_scanned_while_the_one_before_is_being_set_up_is_refused_with_a_line(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    console_service: FakeConsole,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_console(qtbot, window, scan_input)
    console = window.console
    qtbot.mouseClick(console.screen.setup_button, Qt.MouseButton.LeftButton)
    scan_input.feed("MK1-FIRST-CARD")
    console.setup.search_field.setText("zo")
    qtbot.mouseClick(console.setup.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(console.setup.match_buttons) == 1, timeout=WAIT_MS)
    entered, gate = threading.Event(), threading.Event()
    link = console_service.link_card

    def slow_link(*args: object) -> object:
        entered.set()
        gate.wait(WAIT_MS / 1000)
        return link(*args)

    monkeypatch.setattr(console_service, "link_card", slow_link)
    (button,) = console.setup.match_buttons.values()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(entered.is_set, timeout=WAIT_MS)
    scan_input.feed("MK1-SECOND-CARD")
    assert "still being set up" in console.setup_view.error
    gate.set()
    qtbot.waitUntil(lambda: console.setup_view.step is SetupStep.DONE, timeout=WAIT_MS)
    assert console_service.cards["MK1-FIRST-CARD"] == PATRON.patron_id
    assert "MK1-SECOND-CARD" not in console_service.cards
    # Scanned again once the screen says done, it is the card on screen.
    scan_input.feed("MK1-SECOND-CARD")
    assert console.setup_view.step is SetupStep.WHO
    assert console.setup_view.error == ""


def test_registered_staff_tools_show_for_the_roles_allowed_them_and_open_with_the_staff(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    opened: list[StaffSummary] = []
    # Only the tools this test registers (the kiosk's own flows register theirs).
    tools = window.context.staff_tools = StaffTools()
    tools.add(StaffTool("cards", lambda: "Cards & tags", StaffAction.SET_UP_CARD, opened.append))
    tools.add(StaffTool("leave", lambda: "Admin tool", StaffAction.EXIT_KIOSK, opened.append))
    open_console(qtbot, window, scan_input)
    screen = window.console.screen
    assert window.console.view is not None
    # Beside the tools the default flows register (trainings, ...).
    shown = dict(window.console.view.tools)
    assert shown["cards"] == "Cards & tags"
    assert "leave" not in shown
    assert screen.tools_button.isVisible()
    qtbot.mouseClick(screen.tools_button, Qt.MouseButton.LeftButton)
    menu = window.console.tools_menu
    assert window.current_screen() is menu
    assert "cards" in menu.tool_buttons and "leave" not in menu.tool_buttons
    # The ampersand is shown, not taken as a keyboard mnemonic.
    assert menu.tool_buttons["cards"].text() == "Cards && tags"
    qtbot.mouseClick(menu.tool_buttons["cards"], Qt.MouseButton.LeftButton)
    assert opened == [STAFF]
    # A stale tap on a tool the role may not open does nothing.
    window.console.open_tool("leave")
    assert opened == [STAFF]
    qtbot.mouseClick(menu.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is screen


def test_the_console_offers_no_tools_button_when_no_tool_is_open_to_the_role(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> None:
    # Only the flows that register no staff tool.
    window = make_window(flows=(CheckInFlow, StaffConsoleFlow))
    window.context.staff_tools.add(
        StaffTool("leave", lambda: "Admin tool", StaffAction.EXIT_KIOSK, lambda _staff: None)
    )
    open_console(qtbot, window, scan_input)
    assert window.console.view is not None
    assert window.console.view.tools == ()
    assert not window.console.screen.tools_button.isVisible()
