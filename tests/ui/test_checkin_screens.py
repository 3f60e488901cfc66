"""A scan leads to the right screen: welcome by name, a plain-words error, or "see staff"."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from kiosk.core.results import PatronSummary, ScanOutcome, ScanResult
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.patron_actions import PatronAction
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.screens.welcome import WelcomeView
from tests.ui.conftest import WindowFactory, wait_database_calls
from tests.ui.fakes import PATRON, PATRON_CARD, FakeCheckIn, all_texts

WAIT_MS = 3000


def shows(window: KioskWindow, screen: object) -> bool:
    return window.current_screen() is screen


def test_starts_on_the_attract_screen_with_library_and_branch(window: KioskWindow) -> None:
    texts = all_texts(window.attract)
    assert shows(window, window.attract)
    assert any("Riverside Public Library" in t and "Eastgate" in t for t in texts)
    assert "Scan your card" in texts
    assert window.attract.showcase_slot.layout() is not None
    assert not window.attract.demo_button.isVisible()


def test_valid_card_welcomes_the_patron_by_name(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    window = make_window(timezone="Europe/Madrid")  # UTC+1 in January
    checkin.answers[PATRON_CARD] = ScanResult(
        ScanOutcome.WELCOME,
        patron=PATRON,
        visit_counted=True,
        checked_in_at=datetime(2026, 1, 5, 14, 4, tzinfo=UTC),
    )
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: shows(window, window.welcome), timeout=WAIT_MS)
    assert window.welcome.view == WelcomeView(
        "Zoë",
        "3:04\u202fPM",
        first_today=True,
        actions=(
            ("equipment", "Equipment"),
            ("submit_project", "Submit a project"),
            ("kits", "Borrow or return a kit"),
        ),
    )
    texts = all_texts(window.welcome)
    assert "Welcome, Zoë!" in texts
    assert "You're checked in, 3:04\u202fPM." in texts
    assert not any("Castellanos" in t for t in texts)  # first name only, by default
    assert checkin.calls == [PATRON_CARD]
    # Only what this kiosk offers: no placeholder, no disabled button, no empty list.
    offered = {window.welcome.done_button, *window.welcome.action_buttons.values()}
    assert set(window.welcome.action_buttons) == {"equipment", "submit_project", "kits"}
    qtbot.waitUntil(lambda: all(b.isVisible() for b in offered), timeout=WAIT_MS)
    buttons = {b for b in window.welcome.findChildren(QAbstractButton) if b.isVisible()}
    assert buttons == offered
    assert not any("reservation" in t.lower() or "soon" in t.lower() for t in texts)


def test_a_second_scan_in_the_same_visit_says_already_checked_in(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    window = make_window(show_full_name=True, timezone="Europe/Madrid")
    checkin.answers[PATRON_CARD] = ScanResult(
        ScanOutcome.WELCOME,
        patron=PATRON,
        visit_counted=False,
        checked_in_at=datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
    )
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: shows(window, window.welcome), timeout=WAIT_MS)
    assert window.welcome.view is not None
    assert window.welcome.view.name == PATRON.display_name  # the library asked for full names
    assert window.welcome.view.first_today is False
    assert "You're already checked in today (since 10:30\u202fAM)." in all_texts(window.welcome)


def test_actions_that_flows_offer_appear_on_the_welcome_screen_and_start_them(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    started: list[PatronSummary] = []
    window.context.patron_actions.add(
        PatronAction("workshops", lambda: "Workshops", started.append)
    )
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: shows(window, window.welcome), timeout=WAIT_MS)
    assert window.welcome.view is not None
    assert window.welcome.view.actions == (
        ("equipment", "Equipment"),
        ("submit_project", "Submit a project"),
        ("kits", "Borrow or return a kit"),
        ("workshops", "Workshops"),
    )
    qtbot.mouseClick(window.welcome.action_buttons["workshops"], Qt.MouseButton.LeftButton)
    assert started == [PATRON]


def test_done_returns_to_attract_and_forgets_the_patron(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: shows(window, window.welcome), timeout=WAIT_MS)
    qtbot.mouseClick(window.welcome.done_button, Qt.MouseButton.LeftButton)
    assert shows(window, window.attract)
    assert not any(PATRON.display_name in t for t in all_texts(window))


@pytest.mark.parametrize(
    ("outcome", "kind", "title"),
    [
        (ScanOutcome.UNKNOWN_CARD, MessageKind.UNKNOWN_CARD, "We don't know this card yet"),
        (ScanOutcome.REVOKED_CARD, MessageKind.REVOKED_CARD, "This card can't be used any more"),
        (ScanOutcome.FORGED_CARD, MessageKind.FORGED_CARD, "This card isn't one of ours"),
        (ScanOutcome.MALFORMED, MessageKind.MALFORMED, "That scan didn't work"),
        (ScanOutcome.UNAVAILABLE, MessageKind.UNAVAILABLE, "Please see a staff member"),
    ],
)
def test_each_bad_outcome_has_its_own_plain_words_screen(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    checkin: FakeCheckIn,
    outcome: ScanOutcome,
    kind: MessageKind,
    title: str,
) -> None:
    checkin.answers["some card"] = ScanResult(outcome)
    scan_input.feed("some card")
    qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    assert window.message.kind is kind
    texts = all_texts(window.message)
    assert title in texts
    # Every error tells the patron what to do next.
    assert any("staff member" in t or "try again" in t for t in texts)


def test_a_service_that_raises_shows_see_staff_and_logs_it(
    qtbot: QtBot,
    window: KioskWindow,
    scan_input: ScanInput,
    checkin: FakeCheckIn,
    caplog: pytest.LogCaptureFixture,
) -> None:
    checkin.answers["boom"] = RuntimeError("database is locked")
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.flows.checkin"):
        scan_input.feed("boom")
        qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    assert window.message.kind is MessageKind.UNAVAILABLE
    assert "Please see a staff member" in all_texts(window)
    assert not any("Traceback" in t or "RuntimeError" in t for t in all_texts(window))
    assert any("check-in call failed" in r.getMessage() for r in caplog.records)


def test_a_result_of_the_wrong_shape_shows_see_staff(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    checkin.answers["odd"] = ScanResult(ScanOutcome.WELCOME, patron=None)
    scan_input.feed("odd")
    qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    assert window.message.kind is MessageKind.UNAVAILABLE


def test_over_long_input_refused_by_the_scan_input_gets_an_answer(
    window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    scan_input.feed("X" * 5000)
    assert shows(window, window.message)
    assert window.message.kind is MessageKind.MALFORMED
    assert checkin.calls == []


def test_checking_state_is_shown_while_the_service_works(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    checkin.gate = threading.Event()
    scan_input.feed(PATRON_CARD)
    assert shows(window, window.checkin.checking)
    assert "Checking…" in all_texts(window.checkin.checking)
    checkin.gate.set()
    qtbot.waitUntil(lambda: shows(window, window.welcome), timeout=WAIT_MS)


def test_repeat_scans_are_ignored_and_a_different_one_waits_its_turn(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    checkin.gate = threading.Event()
    scan_input.feed("first card")
    scan_input.feed("first card")  # scanner double read
    scan_input.feed("second card")
    scan_input.feed(PATRON_CARD)  # the latest waiting scan wins
    checkin.gate.set()
    qtbot.waitUntil(lambda: shows(window, window.welcome), timeout=WAIT_MS)
    assert checkin.calls == ["first card", PATRON_CARD]


def test_error_screen_returns_to_attract_on_tap_but_not_in_its_first_two_seconds(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    now = [100.0]
    window.message._clock = lambda: now[0]
    scan_input.feed("nobody")
    qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    now[0] += 1.9  # still tapping at the screen before: the message stays to be read
    qtbot.mouseClick(window.message, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.message.ok_button, Qt.MouseButton.LeftButton)
    assert shows(window, window.message)
    now[0] += 0.2
    qtbot.mouseClick(window.message, Qt.MouseButton.LeftButton)
    assert shows(window, window.attract)


def test_a_library_barcode_gets_its_own_message_naming_the_card_to_use(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    checkin.answers["21234001234567"] = ScanResult(ScanOutcome.LIBRARY_BARCODE)
    scan_input.feed("21234001234567")
    qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    assert window.message.kind is MessageKind.LIBRARY_BARCODE
    texts = all_texts(window.message)
    assert "Please use your makerspace card" in texts
    assert not any("hold the QR code steady" in t.lower() for t in texts)


def test_a_kit_label_at_the_start_screen_says_to_scan_a_card_first(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    checkin.answers["MKL1-K1-KIT"] = ScanResult(ScanOutcome.KIT_LABEL)
    scan_input.feed("MKL1-K1-KIT")
    qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    assert window.message.kind is MessageKind.KIT_LABEL
    texts = all_texts(window.message)
    assert "This is a kit label" in texts
    assert any("Scan your card first" in t and "Borrow or return a kit" in t for t in texts)


def test_error_screen_stays_fifteen_seconds_by_default_then_goes_home(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> None:
    window = make_window()
    scan_input.feed("nobody")
    qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    for _ in range(14):
        window.idle.tick()
    assert shows(window, window.message)
    window.idle.tick()
    assert shows(window, window.attract)


def test_error_screen_returns_to_attract_by_itself(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput
) -> None:
    window = make_window(message_timeout_s=3)
    scan_input.feed("nobody")
    qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    window.idle.tick()
    window.idle.tick()
    assert shows(window, window.message)
    window.idle.tick()
    assert shows(window, window.attract)


def test_a_stuck_service_turns_into_see_staff_and_its_late_answer_is_dropped(
    qtbot: QtBot, make_window: WindowFactory, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    window = make_window(checking_timeout_s=2)
    checkin.gate = threading.Event()
    scan_input.feed(PATRON_CARD)
    assert checkin.started.wait(3)
    window.idle.tick()
    window.idle.tick()
    assert shows(window, window.message)
    assert window.message.kind is MessageKind.UNAVAILABLE
    window.reset_to_attract()
    assert shows(window, window.attract)
    checkin.gate.set()
    wait_database_calls(qtbot, window, 1)
    assert shows(window, window.attract)
    assert not any(PATRON.display_name in t for t in all_texts(window))
