"""Submit a project from the welcome screen (pytest-qt): a friend joins by scanning their card,
files come from a temporary USB stick through the picker, and what the patron tapped is what
the real project service then holds on a SQLite file."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.core.project_files import FileKind
from kiosk.core.project_views import FileRole, Licence, ProjectStatus, Sharing
from kiosk.ui.flows.submit_project import SubmitProjectFlow
from kiosk.ui.flows.usb_picker import UsbPickerFlow
from kiosk.ui.screens.submit_project import Step
from tests.ui.project_kiosk import (
    WAIT_MS,
    ProjectKiosk,
    click,
    fill_stick,
)


def submit_flow(kiosk: ProjectKiosk) -> SubmitProjectFlow:
    flow = kiosk.window.navigator.flow("submit_project")
    assert isinstance(flow, SubmitProjectFlow)
    return flow


def picker(kiosk: ProjectKiosk) -> UsbPickerFlow:
    flow = kiosk.window.navigator.flow("usb_picker")
    assert isinstance(flow, UsbPickerFlow)
    return flow


def step(flow: SubmitProjectFlow) -> Step | None:
    return flow.view.step if flow.view is not None else None


def open_submit(qtbot: QtBot, kiosk: ProjectKiosk) -> SubmitProjectFlow:
    kiosk.check_in(kiosk.owner)
    welcome = kiosk.window.welcome
    qtbot.waitUntil(lambda: "submit_project" in welcome.action_buttons, timeout=WAIT_MS)
    click(qtbot, welcome.action_buttons["submit_project"])
    flow = submit_flow(kiosk)
    qtbot.waitUntil(lambda: step(flow) is Step.ABOUT, timeout=WAIT_MS)
    return flow


def pick(qtbot: QtBot, kiosk: ProjectKiosk, flow: SubmitProjectFlow, name: str) -> None:
    count = len(flow.view.files) if flow.view else 0
    click(qtbot, flow.screen.add_file_button)
    files = picker(kiosk)
    qtbot.waitUntil(lambda: files.view.mode == "folder", timeout=WAIT_MS)
    (row,) = [b for b in files.screen.row_buttons if b.row.name == name]
    click(qtbot, row)
    qtbot.waitUntil(lambda: files.view.mode == "preview", timeout=WAIT_MS)
    click(qtbot, files.screen.use_button)
    qtbot.waitUntil(
        lambda: (
            step(flow) is Step.FILES and flow.view is not None and len(flow.view.files) == count + 1
        ),
        timeout=WAIT_MS,
    )


def test_submit_with_a_friend_tags_and_files_from_a_stick(
    qtbot: QtBot, project_kiosk: ProjectKiosk
) -> None:
    kiosk = project_kiosk
    kiosk.projects.add_tag("Robots")
    kiosk.projects.add_tag("Textiles")
    fill_stick(kiosk.media)
    flow = open_submit(qtbot, kiosk)
    screen = flow.screen

    # A title is needed before going on; nothing typed is lost by the refusal.
    click(qtbot, screen.next_button)
    assert step(flow) is Step.ABOUT and flow.view is not None and flow.view.message
    qtbot.keyClicks(screen.title_field, "Cardboard robot")
    qtbot.keyClicks(screen.description_field, "It waves hello.")
    click(qtbot, screen.next_button)
    assert step(flow) is Step.TAGS

    qtbot.waitUntil(lambda: "Robots" in screen.tag_buttons, timeout=WAIT_MS)
    click(qtbot, screen.tag_buttons["Robots"])
    qtbot.keyClicks(screen.own_tag_field, "cardboard")
    click(qtbot, screen.add_tag_button)
    assert flow.view is not None and flow.view.tags == ("Robots", "cardboard")
    assert screen.tag_buttons["cardboard"].isChecked()
    click(qtbot, screen.next_button)
    assert step(flow) is Step.PEOPLE

    # A friend scans in; a card that is no card gets a plain message and changes nothing.
    kiosk.window.context.feed_scan("not a card at all")
    qtbot.waitUntil(lambda: flow.view is not None and bool(flow.view.message), timeout=WAIT_MS)
    assert flow.view is not None and flow.view.collaborators == ()
    assert kiosk.window.current_screen() is screen
    kiosk.window.context.feed_scan(kiosk.card("MK-0002"))
    qtbot.waitUntil(
        lambda: flow.view is not None and flow.view.collaborators == (kiosk.friend,),
        timeout=WAIT_MS,
    )
    assert [label.text() for label in screen.member_labels] == [
        "Maya Okafor (you)",
        "Sam Lindqvist",
    ]
    click(qtbot, screen.next_button)

    # Both are minors without a guardian's consent: sharing is refused at submit, kept private.
    click(qtbot, screen.showcase_button)
    assert flow.view is not None and flow.view.sharing is Sharing.SHOWCASE
    qtbot.keyClicks(screen.nickname_fields[kiosk.friend.patron_id], "Sammy")
    click(qtbot, screen.next_button)
    click(qtbot, screen.licence_buttons[Licence.CC_BY])
    click(qtbot, screen.next_button)
    assert step(flow) is Step.FILES

    pick(qtbot, kiosk, flow, "cube.stl")
    preview = flow.view.files[0] if flow.view else None
    assert preview is not None and preview.stored.kind is FileKind.STL
    assert preview.thumbnail is not None and Path(preview.thumbnail).is_file()
    assert not screen.file_pictures[0].pixmap().isNull()
    pick(qtbot, kiosk, flow, "walls.gcode")
    pick(qtbot, kiosk, flow, "team.png")
    assert flow.view is not None
    gcode = flow.view.files[1].gcode
    assert gcode is not None and gcode.fits is True and gcode.layers == 5
    assert "Fits the printer MK3S." in screen.file_labels[1].text()
    # The draft came back whole from the picker.
    assert flow.view.title == "Cardboard robot" and flow.view.collaborators == (kiosk.friend,)
    click(qtbot, screen.remove_file_buttons[2])
    assert len(flow.view.files) == 2
    click(qtbot, screen.next_button)
    assert step(flow) is Step.CHECK
    assert "Sammy" in screen.summary(flow.view)

    click(qtbot, screen.next_button)
    qtbot.waitUntil(lambda: step(flow) is Step.SHARING, timeout=WAIT_MS)
    assert flow.view is not None and "guardian" in flow.view.message
    assert kiosk.projects.my_projects(kiosk.owner.patron_id) == ()
    click(qtbot, screen.private_button)
    for _ in range(3):
        click(qtbot, screen.next_button)
    assert step(flow) is Step.CHECK
    click(qtbot, screen.next_button)
    qtbot.waitUntil(lambda: step(flow) is Step.DONE, timeout=WAIT_MS)
    assert screen.done_button.isVisible()

    (project,) = kiosk.projects.my_projects(kiosk.friend.patron_id)
    assert project.title == "Cardboard robot"
    assert project.description == "It waves hello."
    assert project.status is ProjectStatus.SUBMITTED
    assert project.sharing is Sharing.PRIVATE and project.licence is Licence.CC_BY
    assert project.tags == ("cardboard", "Robots")
    assert [m.patron_id for m in project.members] == [
        kiosk.owner.patron_id,
        kiosk.friend.patron_id,
    ]
    assert [(f.clean_name, f.role) for f in project.files] == [
        ("cube.stl", FileRole.MODEL),
        ("walls.gcode", FileRole.MODEL),
    ]
    assert all((kiosk.store / "objects").rglob(f.sha256) for f in project.files)
    click(qtbot, screen.done_button)
    assert kiosk.window.navigator.at_home()


def test_estimates_follow_the_chosen_printer(qtbot: QtBot, project_kiosk: ProjectKiosk) -> None:
    kiosk = project_kiosk
    fill_stick(kiosk.media)
    flow = open_submit(qtbot, kiosk)
    qtbot.keyClicks(flow.screen.title_field, "Walls")
    for _ in range(5):
        click(qtbot, flow.screen.next_button)
    assert step(flow) is Step.FILES
    click(qtbot, flow.screen.printer_buttons["Mini"])
    pick(qtbot, kiosk, flow, "walls.gcode")
    assert flow.view is not None and flow.view.printer == "Mini"
    gcode = flow.view.files[0].gcode
    assert gcode is not None and gcode.fits is False
    assert "Does NOT fit the printer Mini." in flow.screen.file_labels[0].text()


def test_the_session_ending_forgets_the_draft(qtbot: QtBot, project_kiosk: ProjectKiosk) -> None:
    kiosk = project_kiosk
    flow = open_submit(qtbot, kiosk)
    qtbot.keyClicks(flow.screen.title_field, "Secret plan")
    kiosk.window.navigator.home()
    assert flow.view is None
    assert flow.screen.title_field.text() == ""
