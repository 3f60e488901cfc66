"""Demo mode: a newcomer without a scanner picks a demo card; it travels the real scan path."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.flows.demo import DemoFlow
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.screens.demo_picker import DemoPickerScreen
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON, PATRON_CARD, STAFF_CARD, FakeCheckIn

WAIT_MS = 3000


def picker(window: KioskWindow) -> DemoPickerScreen | None:
    flow = window.navigator.flow("demo")
    assert isinstance(flow, DemoFlow)
    return flow.picker
DEMO_CARDS = (("Zoë Castellanos (adult)", PATRON_CARD), ("Staff: Dana Whitfield", STAFF_CARD))


def test_demo_control_is_labelled_and_absent_outside_demo_mode(make_window: WindowFactory) -> None:
    plain = make_window()
    assert picker(plain) is None
    assert not plain.attract.demo_button.isVisible()
    demo = make_window(demo_cards=DEMO_CARDS)
    assert demo.attract.demo_button.isVisible()
    assert demo.attract.demo_button.text().startswith("Demo:")


def test_picking_a_demo_card_feeds_the_scan_input(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    window = make_window(demo_cards=DEMO_CARDS)
    fed: list[str] = []
    scan_input.scanned.connect(fed.append)
    qtbot.mouseClick(window.attract.demo_button, Qt.MouseButton.LeftButton)
    assert picker(window) is not None
    assert window.current_screen() is picker(window)
    demo_picker = picker(window)
    assert demo_picker is not None
    card_list = demo_picker.card_list
    assert [card_list.item(row).text() for row in range(card_list.count())] == [
        label for label, _ in DEMO_CARDS
    ]
    rect = card_list.visualItemRect(card_list.item(0))
    qtbot.mouseClick(card_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fed == [PATRON_CARD]
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
    assert checkin.calls == [PATRON_CARD]
    assert window.welcome.view is not None
    assert window.welcome.view.name == PATRON.display_name.split()[0]


def test_f2_opens_the_demo_picker_and_back_returns_to_start(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(demo_cards=DEMO_CARDS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.current_screen() is picker(window)
    demo_picker = picker(window)
    assert demo_picker is not None
    qtbot.mouseClick(demo_picker.cancel_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.attract


def test_a_demo_scan_keeps_the_language_the_patron_chose(
    qtbot: QtBot, make_window: WindowFactory, checkin: FakeCheckIn
) -> None:
    window = make_window(demo_cards=DEMO_CARDS)
    try:
        window.context.language.switch("es")
        window.navigator.start("demo")
        demo_picker = picker(window)
        assert demo_picker is not None
        demo_picker.card_chosen.emit(PATRON_CARD)
        qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
        assert window.context.language.current.code == "es"
    finally:
        window.reset_to_attract()
    assert window.context.language.current.code == "en"  # the session is over
