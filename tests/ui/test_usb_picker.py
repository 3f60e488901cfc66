"""The USB picker flow with pytest-qt: a real stick folder, the real store and file lane."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.project_files import (
    BuildVolume,
    CopyCancelled,
    FileKind,
    ProjectFilesSettings,
    RefusalCode,
)
from kiosk.ui.flows.usb_picker import UsbPickerFlow
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.navigator import Flow
from tests.core.project_files import makers
from tests.ui.conftest import WindowFactory


class Then(Flow):
    """Stands in for the flow that started the picker: records what it was handed."""

    name = "then"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.calls: list[dict[str, Any]] = []

    def start(self, **arguments: Any) -> None:
        self.calls.append(arguments)
        self.nav.home()


@pytest.fixture
def media(tmp_path: Path) -> Path:
    root = tmp_path / "media"
    root.mkdir()
    return root


def fill_stick(media: Path) -> Path:
    stick = media / "MAKER"
    (stick / "models").mkdir(parents=True)
    makers.write(stick / "models", "cube.stl", makers.binary_stl(makers.cube_triangles()))
    makers.write(stick, "walls.gcode", makers.square_gcode())
    makers.write(stick, "team.jpg", makers.jpeg(640, 480))
    makers.write(stick, "cat.png", (Path("/bin/true")).read_bytes())
    cut = makers.binary_stl(makers.cube_triangles())
    makers.write(stick, "broken.stl", cut[:-20])
    return stick


@pytest.fixture
def window(make_window: WindowFactory, media: Path, tmp_path: Path) -> KioskWindow:
    settings = ProjectFilesSettings(
        (str(media),),
        str(tmp_path / "store"),
        printers=(("MK3S", BuildVolume(250, 210, 210)),),
        mounts_only=False,
    )
    window = make_window(project_files=settings)
    window.navigator.register(Then(window.navigator, window.context))
    return window


def picker(window: KioskWindow) -> UsbPickerFlow:
    flow = window.navigator.flow("usb_picker")
    assert isinstance(flow, UsbPickerFlow)
    return flow


def then(window: KioskWindow) -> Then:
    flow = window.navigator.flow("then")
    assert isinstance(flow, Then)
    return flow


def start(window: KioskWindow) -> UsbPickerFlow:
    window.navigator.start("usb_picker", printer="MK3S", then="then", then_args={"project": "p-1"})
    return picker(window)


def tap_row(qtbot: QtBot, flow: UsbPickerFlow, name: str) -> None:
    (button,) = [b for b in flow.screen.row_buttons if b.row.name == name]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_no_stick_then_one_is_plugged_in(qtbot: QtBot, window: KioskWindow, media: Path) -> None:
    flow = start(window)
    qtbot.waitUntil(lambda: flow.view.mode == "no_stick")
    assert window.stack.currentWidget() is flow.screen
    assert flow.screen.again_button.isVisible()
    assert not flow.screen.row_buttons
    fill_stick(media)
    flow.screen.again_button.click()
    qtbot.waitUntil(lambda: flow.view.mode == "folder")
    assert flow.view.where == ("MAKER",)
    assert [row.name for row in flow.view.rows] == [
        "models",
        "broken.stl",
        "cat.png",
        "team.jpg",
        "walls.gcode",
    ]
    rows = {row.name: row for row in flow.view.rows}
    assert rows["cat.png"].refusal is RefusalCode.UNKNOWN_KIND  # an executable named .png
    assert not next(b for b in flow.screen.row_buttons if b.row.name == "cat.png").isEnabled()
    assert rows["walls.gcode"].kind is FileKind.GCODE


def test_pick_a_model_see_it_and_use_it(qtbot: QtBot, window: KioskWindow, media: Path) -> None:
    fill_stick(media)
    flow = start(window)
    qtbot.waitUntil(lambda: flow.view.mode == "folder")
    tap_row(qtbot, flow, "models")
    qtbot.waitUntil(lambda: flow.view.where == ("MAKER", "models"))
    assert flow.screen.up_button.isVisible()
    tap_row(qtbot, flow, "cube.stl")
    qtbot.waitUntil(lambda: flow.view.mode == "preview", timeout=20_000)
    preview = flow.view.preview
    assert preview is not None and preview.stored.kind is FileKind.STL
    assert preview.model_size_mm == pytest.approx((20, 20, 20))
    assert preview.thumbnail is not None and Path(preview.thumbnail).is_file()
    assert not flow.screen.thumbnail.pixmap().isNull()
    flow.screen.use_button.click()
    (call,) = then(window).calls
    assert call["project"] == "p-1"
    assert call["stored_file"] == preview.stored and call["preview"] == preview


def test_gcode_figures_are_shown_for_the_chosen_printer(
    qtbot: QtBot, window: KioskWindow, media: Path
) -> None:
    fill_stick(media)
    flow = start(window)
    qtbot.waitUntil(lambda: flow.view.mode == "folder")
    tap_row(qtbot, flow, "walls.gcode")
    qtbot.waitUntil(lambda: flow.view.mode == "preview", timeout=20_000)
    stats = flow.view.preview.gcode if flow.view.preview else None
    assert stats is not None and stats.layers == 5 and stats.fits is True
    assert flow.view.printer == "MK3S"


def test_a_broken_file_is_refused_with_a_plain_message(
    qtbot: QtBot, window: KioskWindow, media: Path, tmp_path: Path
) -> None:
    fill_stick(media)
    flow = start(window)
    qtbot.waitUntil(lambda: flow.view.mode == "folder")
    tap_row(qtbot, flow, "broken.stl")
    qtbot.waitUntil(lambda: flow.view.mode == "refused", timeout=20_000)
    assert flow.view.refusal is RefusalCode.TRUNCATED
    assert flow.screen.another_button.isVisible()
    assert not any((tmp_path / "store" / "objects").rglob("*.*"))
    flow.screen.another_button.click()
    qtbot.waitUntil(lambda: flow.view.mode == "folder")


def test_cancel_during_the_copy(qtbot: QtBot, window: KioskWindow, media: Path) -> None:
    fill_stick(media)
    flow = start(window)
    qtbot.waitUntil(lambda: flow.view.mode == "folder")
    released = threading.Event()
    real_copy = flow.files.copy
    ended: list[str] = []

    def slow_copy(
        stick: Any, parts: Any, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
    ) -> Any:
        progress(1, 10)
        released.wait(30)
        if cancelled():
            ended.append("cancelled")
            raise CopyCancelled()
        return real_copy(stick, parts, progress, cancelled)

    flow.files.copy = slow_copy  # type: ignore[method-assign]
    tap_row(qtbot, flow, "walls.gcode")
    qtbot.waitUntil(lambda: flow.view.mode == "copying" and flow.view.done == 1)
    assert flow.screen.progress.isVisible() and flow.screen.cancel_button.isVisible()
    assert not flow.screen.back_button.isVisible()
    flow.screen.cancel_button.click()
    released.set()
    qtbot.waitUntil(lambda: flow.view.mode == "folder")
    assert ended == ["cancelled"]
    assert then(window).calls == []


def test_back_hands_back_no_file(qtbot: QtBot, window: KioskWindow, media: Path) -> None:
    fill_stick(media)
    flow = start(window)
    qtbot.waitUntil(lambda: flow.view.mode == "folder")
    flow.screen.back_button.click()
    (call,) = then(window).calls
    assert call["stored_file"] is None and call["project"] == "p-1"


def test_rows_show_small_pictures_of_images_and_models(
    qtbot: QtBot, window: KioskWindow, media: Path
) -> None:
    fill_stick(media)
    flow = start(window)
    qtbot.waitUntil(lambda: flow.view.mode == "folder")
    photo = next(b for b in flow.screen.row_buttons if b.row.name == "team.jpg")
    qtbot.waitUntil(lambda: not photo.badge.pixmap().isNull())
    assert max(photo.badge.pixmap().width(), photo.badge.pixmap().height()) == 56
    gcode = next(b for b in flow.screen.row_buttons if b.row.name == "walls.gcode")
    assert gcode.badge.pixmap().isNull() and gcode.badge.text() == "G-code"
    tap_row(qtbot, flow, "models")
    qtbot.waitUntil(lambda: flow.view.where == ("MAKER", "models"))
    (cube,) = flow.screen.row_buttons
    qtbot.waitUntil(lambda: not cube.badge.pixmap().isNull())
