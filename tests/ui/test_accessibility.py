"""What a screen reader gets: every control named, no text only in a picture, every screen
change and countdown announced, and "I need more time" wherever a screen times out."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.results import ScanOutcome, ScanResult
from kiosk.resources import asset
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.scan_input import ScanInput
from tests.ui.conftest import WindowFactory
from tests.ui.fakes import PATRON_CARD, FakeCheckIn
from tests.ui.poses import POSES, WELCOME

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

Role = QAccessible.Role

# What a person operates: each must say what it does.
INTERACTIVE = frozenset(
    {
        Role.Button,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.List,
        Role.ListItem,
        Role.SpinBox,
        Role.Slider,
        Role.PageTab,
        Role.MenuItem,
        Role.Link,
    }
)

_SVG_TEXT = re.compile(r"<(text|tspan|textPath)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Node:
    role: QAccessible.Role
    name: str
    widget: QWidget | None


def shown_nodes(root: QAccessibleInterface) -> list[Node]:
    """The accessibility tree as a screen reader walks it: shown nodes only."""
    nodes: list[Node] = []

    def walk(node: QAccessibleInterface) -> None:
        if node is None or not node.isValid() or node.state().invisible:
            return
        target = node.object()
        nodes.append(
            Node(
                node.role(),
                node.text(QAccessible.Text.Name),
                target if isinstance(target, QWidget) else None,
            )
        )
        for index in range(node.childCount()):
            walk(node.child(index))

    walk(root)
    return nodes


def window_nodes(window: KioskWindow) -> list[Node]:
    QApplication.processEvents()
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid()
    return shown_nodes(root)


def test_no_icon_holds_text_drawn_as_a_picture() -> None:
    icons = sorted(asset("icons").glob("*.svg"))
    assert icons, "no icons found to check"
    for icon in icons:
        assert not _SVG_TEXT.search(icon.read_text(encoding="utf-8")), f"{icon.name} draws text"


@pytest.mark.parametrize("pose", list(POSES))
def test_every_control_and_meaningful_picture_has_a_name(
    make_window: WindowFactory, pose: str
) -> None:
    window = make_window(demo_cards=(("Demo patron", "payload"),))
    window.reset_to_attract()
    POSES[pose](window)
    nodes = window_nodes(window)
    screen = window.current_screen()
    assert screen is not None
    assert any(node.widget is screen and node.name for node in nodes), "the screen has no name"
    controls = [node for node in nodes if node.role in INTERACTIVE]
    assert controls or pose == "checking", "nothing to operate: the walk found no controls"
    for node in controls:
        label = node.widget.objectName() if node.widget is not None else node.role
        assert node.name.strip(), f"{pose}: {label} has no accessible name"
    for node in nodes:
        if node.role is not Role.Graphic:
            continue
        assert node.widget is not None
        icon = node.widget.property("icon")
        assert node.name.strip(), f"{pose}: picture {icon or node.widget.objectName()} unnamed"
        if node.widget.property("filePreview"):
            continue  # a picture of a patron's own file (a model, a photo), named by the file
        # Any other picture must be one of our icons (their sources are checked for drawn text).
        assert icon and asset("icons", f"{icon}.svg").is_file(), f"{pose}: unknown picture"


def test_a_named_control_fails_the_walk_once_its_name_is_gone(window: KioskWindow) -> None:
    # The check above can fail: an icon-only button without a name is reported.
    window.checkin.show_scan_result(WELCOME)
    window.welcome.done_button.setText("")
    unnamed = [n for n in window_nodes(window) if n.role in INTERACTIVE and not n.name.strip()]
    assert [n.widget for n in unnamed] == [window.welcome.done_button]


def test_each_screen_change_is_announced_with_its_message(
    qtbot: QtBot, window: KioskWindow, scan_input: ScanInput, checkin: FakeCheckIn
) -> None:
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    checkin.answers[PATRON_CARD] = ScanResult(ScanOutcome.REVOKED_CARD)
    scan_input.feed(PATRON_CARD)
    qtbot.waitUntil(lambda: bool(heard) and heard[-1].startswith("This card"), timeout=3000)
    assert window.current_screen() is window.message
    assert heard[-1].startswith("This card can't be used any more It may have been replaced")
    # The error screen's name in the accessibility tree is its title.
    name = QAccessible.queryAccessibleInterface(window.message).text(QAccessible.Text.Name)
    assert name == "This card can't be used any more"
    window.reset_to_attract()
    qtbot.waitUntil(lambda: heard[-1].startswith("Riverside Public Library"), timeout=3000)
    assert heard[-1].endswith("Hold the QR code on your makerspace card under the scanner.")


@pytest.mark.parametrize("pose", ["welcome", "unknown", "pin", "console", "demo-picker"])
def test_every_screen_that_times_out_counts_down_and_offers_more_time(
    make_window: WindowFactory, pose: str
) -> None:
    window = make_window(demo_cards=(("Demo patron", "payload"),), message_timeout_s=15)
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    POSES[pose](window)
    screen = window.current_screen()
    idle = window.idle
    full = idle.seconds_left
    assert idle.running and full > 0, f"{pose} never times out"
    while not window.banner.isVisible():
        assert idle.seconds_left > 1, f"{pose} timed out without a countdown"
        idle.tick()
    button = window.banner.more_time_button
    assert button.isVisible() and button.text() == "I need more time"
    assert heard[-1].startswith("Still there? Back to the start in")
    left = idle.seconds_left
    button.click()
    assert idle.seconds_left == full > left
    assert not window.banner.isVisible()
    assert window.current_screen() is screen


def test_a_new_notice_on_the_same_screen_is_announced(qtbot: QtBot, window: KioskWindow) -> None:
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    POSES["pin"](window)
    qtbot.waitUntil(lambda: bool(heard) and heard[-1].startswith("Staff sign-in"), timeout=3000)
    POSES["pin-wrong"](window)
    qtbot.waitUntil(lambda: "Wrong PIN. 2 attempts left." in heard, timeout=3000)
