"""Project news on the welcome screen (pytest-qt, real project service on SQLite): feedback from
a review and "your print is ready" reach every member at their next check-in, once."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.core.project_views import Decision, ProjectDraft
from kiosk.core.results import PatronSummary
from tests.ui.conftest import wait_database_calls
from tests.ui.project_kiosk import WAIT_MS, ProjectKiosk


def news(kiosk: ProjectKiosk) -> tuple[str, ...]:
    view = kiosk.window.welcome.view
    return view.notices if view is not None else ()


def welcome(qtbot: QtBot, kiosk: ProjectKiosk, patron: PatronSummary) -> None:
    calls = kiosk.window.lanes.database.finished_calls
    kiosk.check_in(patron)
    qtbot.waitUntil(
        lambda: (
            kiosk.window.current_screen() is kiosk.window.welcome
            and kiosk.window.welcome.view is not None
            and kiosk.window.checkin.welcomed_patron == patron
        ),
        timeout=WAIT_MS,
    )
    # The check-in, the day's reservations and the notices have all been answered.
    wait_database_calls(qtbot, kiosk.window, calls + 3)


def test_feedback_and_print_ready_reach_every_member_once(
    qtbot: QtBot, project_kiosk: ProjectKiosk
) -> None:
    kiosk = project_kiosk
    project_id = kiosk.projects.submit(
        kiosk.owner.patron_id,
        ProjectDraft("Cardboard robot", collaborators=(kiosk.friend.patron_id,)),
    )
    kiosk.projects.review(
        kiosk.staff_id, project_id, Decision.RETURN, "Make the arms 2 mm thicker."
    )

    welcome(qtbot, kiosk, kiosk.owner)
    qtbot.waitUntil(lambda: bool(news(kiosk)), timeout=WAIT_MS)
    (text,) = news(kiosk)
    assert 'Your project "Cardboard robot" was returned with feedback.' in text
    assert "Make the arms 2 mm thicker." in text
    assert kiosk.window.welcome.notices_panel.isVisible()
    assert "Make the arms 2 mm thicker." in kiosk.window.welcome.notices_label.text()
    qtbot.waitUntil(
        lambda: kiosk.projects.pending_notices(kiosk.owner.patron_id) == (), timeout=WAIT_MS
    )
    # The friend has not been in yet: their notice waits for them.
    assert len(kiosk.projects.pending_notices(kiosk.friend.patron_id)) == 1

    # Seen once: the next visit shows no news panel at all.
    welcome(qtbot, kiosk, kiosk.owner)
    assert news(kiosk) == ()
    assert not kiosk.window.welcome.notices_panel.isVisible()

    second = kiosk.projects.submit(kiosk.owner.patron_id, ProjectDraft("Phone stand"))
    kiosk.projects.review(kiosk.staff_id, second, Decision.APPROVE)
    kiosk.projects.mark_printed(second)
    welcome(qtbot, kiosk, kiosk.owner)
    qtbot.waitUntil(lambda: len(news(kiosk)) == 2, timeout=WAIT_MS)
    assert news(kiosk)[0] == 'Your project "Phone stand" was approved.'
    assert news(kiosk)[1] == 'Your print of "Phone stand" is ready! Ask at the desk.'

    welcome(qtbot, kiosk, kiosk.friend)
    qtbot.waitUntil(lambda: bool(news(kiosk)), timeout=WAIT_MS)
    assert "Make the arms 2 mm thicker." in news(kiosk)[0]


def test_another_patrons_notices_never_show(qtbot: QtBot, project_kiosk: ProjectKiosk) -> None:
    kiosk = project_kiosk
    project_id = kiosk.projects.submit(kiosk.friend.patron_id, ProjectDraft("Friend's own"))
    kiosk.projects.review(kiosk.staff_id, project_id, Decision.REJECT, "Not for the printer.")
    welcome(qtbot, kiosk, kiosk.owner)
    assert news(kiosk) == ()
    assert len(kiosk.projects.pending_notices(kiosk.friend.patron_id)) == 1
