"""A scan leads to the right screen: welcome by name, a plain-words error, or "see staff"."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.checkin import ScanOutcome, ScanResult
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from kiosk.ui.screens.message import MessageKind
from tests.ui.conftest import WindowFactory, attach_probe
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
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: shows(window, window.welcome), timeout=WAIT_MS)
    texts = all_texts(window.welcome)
    assert any(PATRON.display_name in t for t in texts)
    assert any("Laser cutter · 16:00–17:00" in t for t in texts)
    assert checkin.calls == [PATRON_CARD]
    assert not window.welcome.equipment_button.isEnabled()
    assert not window.welcome.projects_button.isEnabled()
    assert texts.count("Coming soon") == 2
    assert window.welcome.done_button.isEnabled()


def test_welcome_without_reservations_says_so(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    checkin.answers[PATRON_CARD] = ScanResult(ScanOutcome.WELCOME, patron=PATRON)
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: shows(window, window.welcome), timeout=WAIT_MS)
    assert "No reservations today." in all_texts(window.welcome)


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
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.main_window"):
        scan_input.feed("boom")
        qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    assert window.message.kind is MessageKind.UNAVAILABLE
    assert "Please see a staff member" in all_texts(window)
    assert not any("Traceback" in t or "RuntimeError" in t for t in all_texts(window))
    assert any("scan service call failed" in r.getMessage() for r in caplog.records)


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
    assert shows(window, window.checking)
    assert "Checking…" in all_texts(window.checking)
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


def test_error_screen_returns_to_attract_on_tap(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput
) -> None:
    scan_input.feed("nobody")
    qtbot.waitUntil(lambda: shows(window, window.message), timeout=WAIT_MS)
    qtbot.mouseClick(window.message, Qt.MouseButton.LeftButton)
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
    probe = attach_probe(window)
    checkin.gate = threading.Event()
    scan_input.feed(PATRON_CARD)
    assert checkin.started.wait(3)
    window.idle.tick()
    window.idle.tick()
    assert shows(window, window.message)
    assert window.message.kind is MessageKind.UNAVAILABLE
    qtbot.mouseClick(window.message.ok_button, Qt.MouseButton.LeftButton)
    assert shows(window, window.attract)
    checkin.gate.set()
    qtbot.waitUntil(lambda: len(probe.seen) == 1, timeout=WAIT_MS)
    assert shows(window, window.attract)
    assert not any(PATRON.display_name in t for t in all_texts(window))
