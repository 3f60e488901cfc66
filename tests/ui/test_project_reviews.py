"""The staff "Project reviews" tool (pytest-qt): the real project service on SQLite, the real
file store and, for printing, a real print desk over the Marlin simulator. Return with
feedback and approve reach the makers at their next check-in; approved G-code goes to the
printer's queue, prints, and each maker hears "your print is ready"."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hardware.sim.marlin import MarlinSimConfig, MarlinSimulator
from kiosk.config import Config, PrinterSpec
from kiosk.core.clock import FixedClock
from kiosk.core.print_queue import PrintQueueService
from kiosk.core.project_files.layout import StoreLayout
from kiosk.core.project_views import (
    Decision,
    FileRole,
    ProjectDraft,
    ProjectFileRef,
    ProjectStatus,
    Sharing,
)
from kiosk.core.projects import ProjectService
from kiosk.core.results import StaffSummary
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.devices.hub import DeviceHub
from kiosk.devices.print_desk import PrintDesk
from kiosk.ui.flows.project_reviews import ProjectReviewsFlow
from kiosk.ui.flows.usb_picker import UsbPickerFlow
from tests.core.project_files import makers
from tests.db.backends import Database
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import FakeCheckIn, FakeServices
from tests.ui.project_kiosk import (
    NOW,
    WAIT_MS,
    ProjectKiosk,
    click,
    open_project_kiosk,
)
from tests.ui.test_project_notices import news, welcome

PRINT_WAIT_MS = 60_000


def reviews(kiosk: ProjectKiosk) -> ProjectReviewsFlow:
    flow = kiosk.window.navigator.flow("project_reviews")
    assert isinstance(flow, ProjectReviewsFlow)
    return flow


def store_file(kiosk: ProjectKiosk, name: str, data: bytes) -> tuple[str, int]:
    """A file put in the kiosk's store as the picker would (its SHA-256 and size)."""
    from kiosk.core.project_files import FileLimits, FileStore

    source = kiosk.media / name
    source.write_bytes(data)
    stored = FileStore(kiosk.store, FileLimits()).store(source, name=name)
    return stored.sha256, stored.size


def submit(kiosk: ProjectKiosk, title: str, **values: object) -> uuid.UUID:
    return kiosk.projects.submit(
        kiosk.owner.patron_id,
        ProjectDraft(title, collaborators=(kiosk.friend.patron_id,), **values),  # type: ignore[arg-type]
    )


def open_tool(qtbot: QtBot, kiosk: ProjectKiosk) -> ProjectReviewsFlow:
    tools = [tool.key for tool in kiosk.window.context.staff_tools.for_role("staff")]
    assert "project_reviews" in tools
    kiosk.window.context.staff_tools.get("project_reviews").start(kiosk.staff)
    flow = reviews(kiosk)
    qtbot.waitUntil(lambda: not flow.view.loading, timeout=WAIT_MS)
    return flow


@pytest.fixture
def kiosk(
    make_window: WindowFactory, services: FakeServices, checkin: FakeCheckIn, tmp_path: Path
) -> Iterator[ProjectKiosk]:
    with open_project_kiosk(make_window, services, checkin, tmp_path) as kiosk:
        yield kiosk


@pytest.fixture
def printing(
    make_window: WindowFactory, services: FakeServices, checkin: FakeCheckIn, tmp_path: Path
) -> Iterator[ProjectKiosk]:
    sim = MarlinSimulator(MarlinSimConfig(baudrate=250000, move_model=False))
    port = sim.start()
    hub = DeviceHub.from_config(
        Config(printers=(PrinterSpec("ender", port=port, baudrate=250000),))
    )
    desks: list[PrintDesk] = []

    def make_desk(projects: ProjectService, db: Database, store: Path) -> PrintDesk:
        with UnitOfWork(db.session_factory) as session:
            register_terminal(session, TerminalIdentity("kiosk-1", "", "main", "Main"))
        queue = PrintQueueService(
            db.session_factory,
            FixedClock(NOW),
            "kiosk-1",
            branch_code="main",
            printers=("ender",),
            zone=UTC,
            files=StoreLayout(store),
            projects=projects,
        )
        desk = PrintDesk.build(
            lambda: queue, ("ender",), hub.printers, work_dir=tmp_path / "work", power=None
        )
        for device in hub.devices():
            device.start()
        desk.start()
        desks.append(desk)
        return desk

    try:
        with open_project_kiosk(
            make_window, services, checkin, tmp_path, print_desk=make_desk
        ) as kiosk:
            yield kiosk
    finally:
        for desk in desks:
            desk.stop()
        hub.stop_all()
        sim.stop()


def test_return_with_feedback_reaches_the_makers_at_check_in(
    qtbot: QtBot, kiosk: ProjectKiosk
) -> None:
    sha, size = store_file(kiosk, "cube.stl", makers.binary_stl(makers.cube_triangles()))
    project_id = submit(
        kiosk,
        "Cardboard robot",
        files=(ProjectFileRef(sha, "stl", "cube.stl", size, FileRole.MODEL),),
    )
    flow = open_tool(qtbot, kiosk)
    screen = flow.screen
    assert [p.project_id for p in flow.view.projects] == [project_id]
    assert flow.view.selected == project_id
    # The model's shaded preview and size, made on the file lane from the store.
    qtbot.waitUntil(lambda: flow.view.preview(sha) is not None, timeout=WAIT_MS)
    assert not screen.file_pictures[0].pixmap().isNull()
    assert "Model: 20 × 20 × 20 mm" in screen.file_labels[0].text()
    assert screen.approve_button.isVisible() and screen.return_button.isVisible()

    # A return needs feedback: refused on screen, nothing changes.
    click(qtbot, screen.return_button)
    assert flow.view.status_line
    assert kiosk.projects.review_queue(kiosk.staff_id)[0].status is ProjectStatus.SUBMITTED
    qtbot.keyClicks(screen.feedback_field, "Make the arms 2 mm thicker.")
    click(qtbot, screen.return_button)
    qtbot.waitUntil(lambda: not flow.view.working and flow.view.projects == (), timeout=WAIT_MS)
    assert "No projects are waiting" in screen._empty.text()
    (mine,) = kiosk.projects.my_projects(kiosk.owner.patron_id)
    assert mine.status is ProjectStatus.RETURNED
    assert mine.last_feedback == "Make the arms 2 mm thicker."

    click(qtbot, screen.back_button)
    welcome(qtbot, kiosk, kiosk.friend)
    qtbot.waitUntil(lambda: bool(news(kiosk)), timeout=WAIT_MS)
    assert 'Your project "Cardboard robot" was returned with feedback.' in news(kiosk)[0]
    assert "Make the arms 2 mm thicker." in news(kiosk)[0]


def test_approve_with_sliced_gcode_from_a_stick_and_hide_from_the_showcase(
    qtbot: QtBot, kiosk: ProjectKiosk
) -> None:
    from kiosk.db.models_training import GuardianConsent
    from kiosk.db.uow import UnitOfWork

    with UnitOfWork(kiosk.db.session_factory) as session:
        for patron in (kiosk.owner, kiosk.friend):
            session.add(GuardianConsent(patron_id=patron.patron_id, recorded_at=NOW))
    project_id = submit(kiosk, "Water rocket", sharing=Sharing.SHOWCASE)
    stick = kiosk.media / "STAFF"
    stick.mkdir()
    makers.write(stick, "rocket.gcode", makers.square_gcode())
    makers.write(stick, "photo.png", makers.png())
    flow = open_tool(qtbot, kiosk)
    screen = flow.screen

    # A picture is no sliced file: said so, nothing attached.
    picker = kiosk.window.navigator.flow("usb_picker")
    assert isinstance(picker, UsbPickerFlow)
    for name in ("photo.png", "rocket.gcode"):
        click(qtbot, screen.attach_button)
        qtbot.waitUntil(lambda: picker.view.mode == "folder", timeout=WAIT_MS)
        (row,) = [b for b in picker.screen.row_buttons if b.row.name == name]
        click(qtbot, row)
        qtbot.waitUntil(lambda: picker.view.mode == "preview", timeout=WAIT_MS)
        click(qtbot, picker.screen.use_button)
        qtbot.waitUntil(lambda: kiosk.window.current_screen() is screen, timeout=WAIT_MS)
        if name == "photo.png":
            assert flow.view.attach is None and "G-code" in flow.view.status_line
    assert flow.view.attach is not None and flow.view.attach.stored.clean_name == "rocket.gcode"
    assert flow.view.selected == project_id and flow.staff == kiosk.staff

    click(qtbot, screen.approve_button)
    # An approved project moves to the list of every project, still chosen.
    qtbot.waitUntil(
        lambda: (
            not flow.view.waiting
            and flow.view.project is not None
            and flow.view.project.status is ProjectStatus.APPROVED
        ),
        timeout=WAIT_MS,
    )
    project = flow.view.project
    assert project is not None
    assert [(f.clean_name, f.role) for f in project.files] == [
        ("rocket.gcode", FileRole.STAFF_GCODE)
    ]
    assert [e.title for e in kiosk.projects.showcase()] == ["Water rocket"]
    # No print desk on this kiosk: no button that would do nothing.
    assert not screen.print_button.isVisible()
    click(qtbot, screen.hide_button)
    qtbot.waitUntil(
        lambda: flow.view.project is not None and flow.view.project.hidden, timeout=WAIT_MS
    )
    assert kiosk.projects.showcase() == ()
    assert screen.hide_button.text() == "Show in the showcase again"


def test_a_staff_role_without_review_rights_sees_no_decisions(
    qtbot: QtBot, kiosk: ProjectKiosk
) -> None:
    submit(kiosk, "Robot")
    flow = reviews(kiosk)
    kiosk.window.navigator.start(
        "project_reviews", staff=StaffSummary(kiosk.staff_id, "Dana", "volunteer")
    )
    qtbot.waitUntil(lambda: not flow.view.loading, timeout=WAIT_MS)
    # The screen hides what the role may not do (the core checks the account's own role
    # again on every call).
    assert flow.view.project is not None and not flow.view.can_review
    assert flow.screen._detail.isVisible()
    for button in (flow.screen.approve_button, flow.screen.attach_button):
        assert not button.isVisible()


def test_send_approved_gcode_to_the_print_queue_then_print_ready(
    qtbot: QtBot, printing: ProjectKiosk
) -> None:
    kiosk = printing
    sha, size = store_file(kiosk, "walls.gcode", makers.square_gcode())
    project_id = submit(
        kiosk,
        "Walls",
        files=(ProjectFileRef(sha, "gcode", "walls.gcode", size, FileRole.MODEL),),
    )
    kiosk.projects.review(kiosk.staff_id, project_id, Decision.APPROVE)
    flow = open_tool(qtbot, kiosk)
    screen = flow.screen
    click(qtbot, screen.all_button)
    qtbot.waitUntil(lambda: flow.view.selected == project_id, timeout=WAIT_MS)
    assert flow.view.printers == ("ender",) and flow.view.printer == "ender"
    qtbot.waitUntil(lambda: flow.view.preview(sha) is not None, timeout=WAIT_MS)
    assert "Print walls.gcode on:" in screen._print_label.text()
    click(qtbot, screen.print_button)
    qtbot.waitUntil(lambda: "queue of ender" in flow.view.status_line, timeout=WAIT_MS)

    # It prints on the simulated printer; the project is marked printed by the queue.
    qtbot.waitUntil(
        lambda: (
            kiosk.projects.my_projects(kiosk.owner.patron_id)[0].status is ProjectStatus.PRINTED
        ),
        timeout=PRINT_WAIT_MS,
    )
    click(qtbot, screen.back_button)
    for patron in (kiosk.owner, kiosk.friend):
        welcome(qtbot, kiosk, patron)
        qtbot.waitUntil(lambda: len(news(kiosk)) == 2, timeout=WAIT_MS)
        assert news(kiosk)[1] == 'Your print of "Walls" is ready! Ask at the desk.'


def test_a_project_not_approved_is_refused_by_the_print_queue_in_words(
    qtbot: QtBot, printing: ProjectKiosk
) -> None:
    kiosk = printing
    sha, size = store_file(kiosk, "walls.gcode", makers.square_gcode())
    submit(
        kiosk, "Walls", files=(ProjectFileRef(sha, "gcode", "walls.gcode", size, FileRole.MODEL),)
    )
    flow = open_tool(qtbot, kiosk)
    # Not approved: the tool offers no printing at all.
    assert not flow.screen.print_button.isVisible()
    # And were it asked, the queue refuses it with the reason.
    flow.render(replace(flow.view, printer="ender"))
    flow.send_to_printer()
    qtbot.waitUntil(lambda: "approved" in flow.view.status_line, timeout=WAIT_MS)
