"""Demo mode: a newcomer without a scanner picks a demo card; it travels the real scan path."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.scan_input import ScanInput
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON, PATRON_CARD, STAFF_CARD, FakeCheckIn, all_texts

WAIT_MS = 3000
DEMO_CARDS = (("Zoë Castellanos (adult)", PATRON_CARD), ("Staff: Dana Whitfield", STAFF_CARD))


def test_demo_control_is_labelled_and_absent_outside_demo_mode(make_window: WindowFactory) -> None:
    plain = make_window()
    assert plain.demo_picker is None
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
    assert window.demo_picker is not None
    assert window.current_screen() is window.demo_picker
    card_list = window.demo_picker.card_list
    assert [card_list.item(row).text() for row in range(card_list.count())] == [
        label for label, _ in DEMO_CARDS
    ]
    rect = card_list.visualItemRect(card_list.item(0))
    qtbot.mouseClick(card_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fed == [PATRON_CARD]
    qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=WAIT_MS)
    assert checkin.calls == [PATRON_CARD]
    assert any(PATRON.display_name in t for t in all_texts(window.welcome))


def test_f2_opens_the_demo_picker_and_back_returns_to_start(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(demo_cards=DEMO_CARDS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.current_screen() is window.demo_picker
    assert window.demo_picker is not None
    qtbot.mouseClick(window.demo_picker.cancel_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.attract
