"""A kiosk window for the project flows: the real project service on a real SQLite file, a
temporary folder standing in for /media with one USB stick in it, and the real file store."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.card_codec import CardCodec
from kiosk.core.clock import FixedClock
from kiosk.core.project_files import BuildVolume, ProjectFilesSettings
from kiosk.core.projects import ProjectService
from kiosk.core.results import PatronSummary, ScanOutcome, ScanResult, StaffSummary
from kiosk.core.staff import StaffAuthService
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.ports import PrintDeskLike
from tests.core.project_files import makers
from tests.db.backends import Database, add_patron, cheap_hasher, open_database
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON_CARD, FakeCheckIn, FakeServices

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
KEY = bytes(range(32))
WAIT_MS = 30_000


@dataclass
class ProjectKiosk:
    window: KioskWindow
    db: Database
    projects: ProjectService
    codec: CardCodec
    checkin: FakeCheckIn
    owner: PatronSummary
    friend: PatronSummary
    media: Path
    store: Path
    staff_id: uuid.UUID
    staff: StaffSummary

    def card(self, number: str) -> str:
        return self.codec.encode(number)

    def check_in(self, patron: PatronSummary) -> None:
        """The next scan of the patron card welcomes `patron`."""
        self.checkin.answers[PATRON_CARD] = ScanResult(
            ScanOutcome.WELCOME, patron=patron, visit_counted=True, checked_in_at=NOW
        )
        self.window.navigator.home()
        self.window.context.feed_scan(PATRON_CARD)


def fill_stick(media: Path) -> Path:
    stick = media / "MAKER"
    stick.mkdir(parents=True, exist_ok=True)
    makers.write(stick, "cube.stl", makers.binary_stl(makers.cube_triangles()))
    makers.write(stick, "walls.gcode", makers.square_gcode())
    makers.write(stick, "team.png", makers.png(320, 240))
    return stick


@contextmanager
def open_project_kiosk(
    make_window: WindowFactory,
    services: FakeServices,
    checkin: FakeCheckIn,
    tmp_path: Path,
    *,
    print_desk: Callable[[ProjectService, Database, Path], PrintDeskLike] | None = None,
) -> Iterator[ProjectKiosk]:
    """The kiosk; `print_desk` (given the project service, the database and the file store)
    makes the print desk the window gets."""
    media = tmp_path / "media"
    media.mkdir()
    store = tmp_path / "store"
    codec = CardCodec({"K1": KEY}, "K1")
    clock = FixedClock(NOW)
    with open_database("sqlite", tmp_path) as db:
        projects = ProjectService(
            db.session_factory, codec, clock, terminal_code="kiosk-1", branch_code="main"
        )
        services.projects = projects  # type: ignore[attr-defined]
        owner_id = add_patron(db, "Maya Okafor", "MK-0001", birth_year=2009, at=NOW)
        friend_id = add_patron(db, "Sam Lindqvist", "MK-0002", birth_year=2011, at=NOW)
        auth = StaffAuthService(db.session_factory, clock, "kiosk-1", hasher=cheap_hasher())
        staff_id = auth.add_staff("Dana Whitfield", "S-0001", "482913", role="staff").staff_id
        settings = ProjectFilesSettings(
            (str(media),),
            str(store),
            printers=(("MK3S", BuildVolume(250, 210, 210)), ("Mini", BuildVolume(10, 10, 10))),
            mounts_only=False,
        )
        desk = print_desk(projects, db, store) if print_desk is not None else None
        window = make_window(project_files=settings, print_desk=desk)
        window.resize(1024, 600)
        yield ProjectKiosk(
            window,
            db,
            projects,
            codec,
            checkin,
            PatronSummary(owner_id, "Maya Okafor", True),
            PatronSummary(friend_id, "Sam Lindqvist", True),
            media,
            store,
            staff_id,
            StaffSummary(staff_id, "Dana Whitfield", "staff"),
        )


@pytest.fixture
def project_kiosk(
    make_window: WindowFactory, services: FakeServices, checkin: FakeCheckIn, tmp_path: Path
) -> Iterator[ProjectKiosk]:
    with open_project_kiosk(make_window, services, checkin, tmp_path) as kiosk:
        yield kiosk


def click(qtbot: QtBot, widget: Any) -> None:
    # A button just added to a shown screen is shown by Qt a moment later.
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
