"""A booking central refused (made here offline while another kiosk booked the machine): the
patron is told on their welcome screen at their next check-in, in plain words with the local
day and time, once (pytest-qt, real project notices on SQLite)."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from kiosk.core.sync_views import BOOKING_CONFLICTED
from kiosk.db.models_projects import PatronNotice
from kiosk.db.uow import UnitOfWork
from tests.ui.project_kiosk import WAIT_MS, ProjectKiosk
from tests.ui.test_project_notices import news, welcome

STARTS = datetime(2026, 1, 6, 15, 30, tzinfo=UTC)


def _refused_booking(kiosk: ProjectKiosk, params: dict[str, object]) -> None:
    # As kiosk.sync.conflicts writes it when central refuses the booking.
    with UnitOfWork(kiosk.db.session_factory) as session:
        session.add(
            PatronNotice(patron_id=kiosk.owner.patron_id, kind=BOOKING_CONFLICTED, params=params)
        )


def test_the_patron_is_told_once_that_their_booking_could_not_be_kept(
    qtbot: QtBot, project_kiosk: ProjectKiosk
) -> None:
    kiosk = project_kiosk
    _refused_booking(
        kiosk,
        {
            "item_name": "Laser cutter",
            "starts_at": STARTS.isoformat(),
            "ends_at": STARTS.replace(hour=16).isoformat(),
        },
    )

    welcome(qtbot, kiosk, kiosk.owner)
    qtbot.waitUntil(lambda: bool(news(kiosk)), timeout=WAIT_MS)
    (text,) = news(kiosk)
    assert text.startswith("Your booking of Laser cutter on Tuesday 6 January at 3:30")
    assert "booked at another kiosk while this one was offline" in text
    assert text.endswith("Please book another time.")
    qtbot.waitUntil(
        lambda: kiosk.projects.pending_notices(kiosk.owner.patron_id) == (), timeout=WAIT_MS
    )

    welcome(qtbot, kiosk, kiosk.owner)
    assert news(kiosk) == ()


def test_a_notice_it_cannot_read_is_left_for_staff(
    qtbot: QtBot, project_kiosk: ProjectKiosk
) -> None:
    kiosk = project_kiosk
    _refused_booking(kiosk, {"item_name": "Laser cutter", "starts_at": "not a time"})

    welcome(qtbot, kiosk, kiosk.owner)
    assert news(kiosk) == ()
    assert len(kiosk.projects.pending_notices(kiosk.owner.patron_id)) == 1
