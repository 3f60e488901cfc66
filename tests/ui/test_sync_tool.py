"""The staff "Network & sync" tool and the console's sync line, through the window with the
fake services: each state of the link in its own words, "Sync now" asking the worker for a
round and then saying how it ended, and the conflicts list with both bookings and "Resolved".
Why a round failed and why a change was refused are worded from their codes in the staff's
language, never with the sync code's English line."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.results import StaffSummary
from kiosk.core.sync_views import ConflictView
from kiosk.sync.status import FailureCode, Link, RefusalCode, SyncFailure, SyncStatus
from kiosk.ui.flows.sync_tool import SyncToolFlow
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.sync_tool import SyncToolView
from kiosk.ui.sync_text import conflict_lines, detail_lines
from tests.ui.fakes import STAFF, FakeServices, all_texts, overlap_conflict

WAIT_MS = 30_000
NOW = datetime(2026, 1, 5, 10, 40, tzinfo=UTC)

STATES = {
    Link.NOT_CONFIGURED: SyncStatus(Link.NOT_CONFIGURED),
    Link.NOT_JOINED: SyncStatus(Link.NOT_JOINED, pending=4, counted_at=NOW),
    Link.STARTING: SyncStatus(Link.STARTING, pending=4, counted_at=NOW),
    Link.ONLINE: SyncStatus(
        Link.ONLINE,
        last_sync_at=NOW - timedelta(minutes=2),
        last_attempt_at=NOW - timedelta(minutes=2),
        pending=0,
        counted_at=NOW,
    ),
    Link.OFFLINE: SyncStatus(
        Link.OFFLINE,
        last_sync_at=NOW - timedelta(hours=1),
        last_attempt_at=NOW - timedelta(minutes=1),
        next_try_at=NOW + timedelta(minutes=4),
        pending=12,
        counted_at=NOW,
        last_error="central db.example: the database server refused the connection",
        failure=SyncFailure(FailureCode.CONNECTION_REFUSED),
    ),
}


def open_tool(qtbot: QtBot, window: KioskWindow, staff: StaffSummary = STAFF) -> SyncToolFlow:
    flow = window.navigator.flow("sync")
    assert isinstance(flow, SyncToolFlow)
    flow.now = lambda: NOW
    window.navigator.start("sync", staff=staff)
    qtbot.waitUntil(lambda: flow.view is not None and flow.view.conflicts_loaded, timeout=WAIT_MS)
    return flow


def shown_view(flow: SyncToolFlow) -> SyncToolView:
    assert flow.view is not None
    return flow.view


@pytest.mark.parametrize("link", list(Link))
def test_each_state_of_the_link_has_its_own_words(
    qtbot: QtBot, window: KioskWindow, services: FakeServices, link: Link
) -> None:
    services.sync.current = STATES[link]
    flow = open_tool(qtbot, window)
    view = shown_view(flow)
    others = {state: replace(view, link=state) for state in Link if state is not link}
    assert view.link is link
    assert flow.screen._state.text() == view.state
    texts = {}
    for state, status in STATES.items():
        flow.status = status
        flow.render()
        texts[state] = shown_view(flow).state
    assert len(set(texts.values())) == len(Link), texts
    assert others  # every other state renders differently (checked just above)
    details = "\n".join(view.details)
    if link is Link.NOT_CONFIGURED:
        assert "central_url" in details
        assert not view.show_conflicts
    if link is Link.NOT_JOINED:
        assert "makerspace-kiosk terminal join" in details
        assert "4" in details
    if link is Link.ONLINE:
        assert "Last sync: 10:38" in details.replace("\u202f", " ")
    if link is Link.OFFLINE:
        assert "refused the connection" in details
        assert "10:44" in details  # when it tries again
        assert "12" in details


@pytest.mark.parametrize("link", [Link.NOT_CONFIGURED, Link.NOT_JOINED])
def test_sync_now_is_absent_unless_configured_and_joined(
    qtbot: QtBot, window: KioskWindow, services: FakeServices, link: Link
) -> None:
    services.sync.current = STATES[link]
    flow = open_tool(qtbot, window)
    assert not shown_view(flow).can_sync_now
    assert not flow.screen.sync_button.isVisible()
    flow.sync_now()  # a stale tap asks for nothing
    assert services.sync.rounds_asked == 0


def test_sync_now_asks_the_worker_then_shows_the_round_and_its_end(
    qtbot: QtBot, window: KioskWindow, services: FakeServices
) -> None:
    before = STATES[Link.OFFLINE]
    services.sync.current = before
    flow = open_tool(qtbot, window)
    assert flow.screen.sync_button.isVisible()

    qtbot.mouseClick(flow.screen.sync_button, Qt.MouseButton.LeftButton)

    assert services.sync.rounds_asked == 1
    assert shown_view(flow).round_line == "Syncing now…"
    assert not flow.screen.sync_button.isEnabled()
    services.sync.current = replace(before, syncing=True)
    qtbot.waitUntil(lambda: shown_view(flow).link is Link.OFFLINE, timeout=WAIT_MS)
    done = replace(
        before,
        link=Link.ONLINE,
        syncing=False,
        last_sync_at=NOW,
        last_attempt_at=NOW,
        last_error=None,
        pending=0,
    )
    services.sync.current = done
    # The tool reads the worker's snapshot again every couple of seconds by itself.
    qtbot.waitUntil(lambda: shown_view(flow).link is Link.ONLINE, timeout=WAIT_MS)
    view = shown_view(flow)
    assert view.round_line.startswith("Synced at 10:40")
    assert "Changes waiting to be sent: 0" in view.details
    assert flow.screen.sync_button.isEnabled()


def test_a_round_that_fails_says_so(
    qtbot: QtBot, window: KioskWindow, services: FakeServices
) -> None:
    online = STATES[Link.ONLINE]
    services.sync.current = online
    flow = open_tool(qtbot, window)
    flow.sync_now()
    services.sync.current = replace(
        STATES[Link.OFFLINE], last_attempt_at=NOW, last_sync_at=online.last_sync_at
    )
    flow.refresh()
    assert shown_view(flow).round_line.startswith("The sync did not work at 10:40")


def test_conflicts_show_both_bookings_and_resolving_removes_the_row(
    qtbot: QtBot, window: KioskWindow, services: FakeServices
) -> None:
    services.sync.current = replace(STATES[Link.ONLINE], conflicts=2)
    first, second = overlap_conflict(1), overlap_conflict(2)
    services.sync_review.listed = [first, second]
    flow = open_tool(qtbot, window)
    view = shown_view(flow)
    assert [card.key for card in view.conflicts] == [
        str(first.conflict_id),
        str(second.conflict_id),
    ]
    card = view.conflicts[0]
    assert card.title.startswith("Booking clash: Laser cutter, 6 Jan 2026 2:00")
    assert card.lines[0] == "Stands: Amara Okafor, booked at North desk"
    assert card.lines[1] == "Not kept: Zoë Castellanos, booked at Makerspace door, while offline"

    button = flow.screen.resolve_buttons[str(first.conflict_id)]
    assert button.isVisible() and button.text() == "Resolved"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: len(shown_view(flow).conflicts) == 1, timeout=WAIT_MS)
    assert services.sync_review.resolved == [(STAFF.staff_id, first.conflict_id)]
    assert shown_view(flow).conflicts[0].key == str(second.conflict_id)
    assert shown_view(flow).status_line == "Marked resolved."
    assert ("granted", STAFF.staff_id, "sync") in services.console.audit


def test_an_empty_list_says_so_only_once_read(
    qtbot: QtBot, window: KioskWindow, services: FakeServices
) -> None:
    services.sync.current = STATES[Link.ONLINE]
    flow = open_tool(qtbot, window)
    assert flow.screen._empty.text() == "No conflicts to review."
    flow.conflicts = None
    flow.render()
    assert flow.screen._empty.text() == "Loading…"


def test_a_new_conflict_counted_by_the_worker_is_read_again(
    qtbot: QtBot, window: KioskWindow, services: FakeServices
) -> None:
    services.sync.current = STATES[Link.ONLINE]
    flow = open_tool(qtbot, window)
    reads = services.sync_review.reads
    services.sync_review.listed = [overlap_conflict(3)]
    services.sync.current = replace(STATES[Link.ONLINE], conflicts=1)
    qtbot.waitUntil(lambda: len(shown_view(flow).conflicts) == 1, timeout=WAIT_MS)
    assert services.sync_review.reads == reads + 1


def test_the_tool_is_offered_to_every_staff_member(window: KioskWindow) -> None:
    keys = [tool.key for tool in window.context.staff_tools.for_role("staff")]
    assert "sync" in keys
    assert "sync" in [tool.key for tool in window.context.staff_tools.for_role("admin")]


def test_leaving_stops_reading_the_status(
    qtbot: QtBot, window: KioskWindow, services: FakeServices
) -> None:
    services.sync.current = STATES[Link.ONLINE]
    flow = open_tool(qtbot, window)
    assert flow.timer.isActive()
    qtbot.mouseClick(flow.screen.back_button, Qt.MouseButton.LeftButton)
    assert not flow.timer.isActive()
    assert window.current_screen() is window.console.screen


def test_the_console_shows_the_link_in_one_line_only_when_configured(
    qtbot: QtBot, window: KioskWindow, services: FakeServices
) -> None:
    console = window.console
    window.navigator.start("staff_console", staff=STAFF)
    assert console.view is not None and console.view.sync_line == ""
    assert not console.screen._sync.isVisible()

    services.sync.current = replace(STATES[Link.OFFLINE], conflicts=1)
    # Read again by the console itself while it is on screen.
    qtbot.waitUntil(
        lambda: console.view is not None and bool(console.view.sync_line), timeout=WAIT_MS
    )
    line = console.view.sync_line
    # The day too: the last sync was not today.
    assert line.startswith("Central store: Offline since 5 Jan 2026 9:40")
    assert "changes waiting: 12" in line and "conflicts to review: 1" in line
    assert console.view.sync_role == "bad"
    assert console.screen._sync.isVisible()

    services.sync.current = STATES[Link.ONLINE]
    qtbot.waitUntil(
        lambda: (
            console.view is not None and console.view.sync_line.startswith("Central store: Online")
        ),
        timeout=WAIT_MS,
    )


def test_a_refused_change_names_the_record_and_the_reason(
    qtbot: QtBot, window: KioskWindow, services: FakeServices
) -> None:
    services.sync.current = replace(STATES[Link.ONLINE], conflicts=1)
    services.sync_review.listed = [
        ConflictView(
            UUID(int=0xF01),
            "rejected_change",
            NOW,
            "loans",
            op="insert",
            reason="database error: UniqueViolation",
            reason_code=RefusalCode.DUPLICATE,
            terminal_name="North desk",
        )
    ]
    flow = open_tool(qtbot, window)
    (card,) = shown_view(flow).conflicts
    assert card.title == "Change refused: kit loan, a new record"
    assert card.lines[0] == (
        "Why: it clashes with a record made elsewhere meanwhile (a card number already taken, "
        "a kit already lent out)."
    )
    assert card.lines[1] == "From: North desk"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (RefusalCode.BOOKING_OVERLAP, "already booked for that time"),
        (RefusalCode.MISSING_LINK, "refers to a record that is not there"),
        (RefusalCode.INVALID_VALUE, "missing or not allowed"),
        (RefusalCode.OTHER, "the database did not accept it"),
        ("a_code_from_a_newer_kiosk", "the database did not accept it"),
        ("", "the database did not accept it"),  # a record from before codes were kept
    ],
)
def test_each_refusal_code_has_its_words(code: str, words: str) -> None:
    view = ConflictView(
        UUID(int=0xF02),
        "rejected_change",
        NOW,
        "cards",
        op="insert",
        reason="English line",
        reason_code=code,
    )
    why = conflict_lines(view, None)[0]
    assert words in why and "English line" not in why


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (SyncFailure(FailureCode.CONNECTION_REFUSED), "refused the connection"),
        (SyncFailure(FailureCode.UNREACHABLE), "cannot be reached"),
        (SyncFailure(FailureCode.CONNECTION_LOST), "was lost during the sync"),
        (SyncFailure(FailureCode.TIMED_OUT), "did not answer in time"),
        (SyncFailure(FailureCode.LOGIN_REFUSED), "refused this kiosk's login"),
        (SyncFailure(FailureCode.NO_DATABASE), "names a database that does not exist"),
        (SyncFailure(FailureCode.TLS), "secure connection"),
        (SyncFailure(FailureCode.BAD_URL), "is not valid"),
        (SyncFailure(FailureCode.NOT_CENTRAL), "not a central store yet"),
        (
            SyncFailure(FailureCode.SCHEMA_NEWER, {"central": "0012", "kiosk": "0011"}),
            "version (0012) is newer than this kiosk's (0011)",
        ),
        (
            SyncFailure(FailureCode.SCHEMA_OLDER, {"central": "0010", "kiosk": "0011"}),
            "version (0010) is older than this kiosk's (0011)",
        ),
        (SyncFailure(FailureCode.NOT_JOINED), "has not joined"),
        (SyncFailure(FailureCode.UNKNOWN_TERMINAL), "does not know this kiosk"),
        (SyncFailure(FailureCode.REVOKED), "shut this kiosk out"),
        (SyncFailure(FailureCode.OTHER), "something went wrong"),
        (SyncFailure("a_code_from_a_newer_kiosk"), "something went wrong"),
        (SyncFailure(FailureCode.SCHEMA_NEWER), "something went wrong"),  # no versions given
        (None, "something went wrong"),  # a status with only the English line
    ],
)
def test_each_failure_code_has_its_words_and_never_the_english_line(
    failure: SyncFailure | None, words: str
) -> None:
    status = replace(STATES[Link.OFFLINE], last_error="English line", failure=failure)
    (why,) = [line for line in detail_lines(status, None, NOW) if line.startswith("Why: ")]
    assert words in why and "English line" not in why


def test_a_failed_round_is_explained_in_the_staff_members_language(
    qtbot: QtBot, window: KioskWindow, services: FakeServices
) -> None:
    services.sync.current = replace(
        STATES[Link.OFFLINE],
        last_error="central db.example: the database server refused the login (no such user)",
        failure=SyncFailure(FailureCode.LOGIN_REFUSED),
    )
    assert window.language.switch("es")
    try:
        flow = open_tool(qtbot, window)
        view = shown_view(flow)
        assert view.link is Link.OFFLINE
        assert (
            "Motivo: el almacén central rechazó el inicio de sesión de este quiosco. El servicio "
            "informático de la biblioteca puede revisar su nombre de usuario y su contraseña."
        ) in view.details
        shown = "\n".join(text for text in all_texts(flow.screen) if text)
        assert "Motivo: el almacén central rechazó el inicio de sesión" in shown
        for english in ("Why", "refused", "login", "database", "server", "Library IT", "kiosk's"):
            assert english not in shown, english
    finally:
        window.language.switch("en")
