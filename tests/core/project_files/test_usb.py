"""The picker's view of USB sticks: under the roots only, never out of a stick."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.project_files import FileKind, FileRefused, RefusalCode, Stick, UsbBrowser
from tests.core.project_files import makers


@pytest.fixture
def media(tmp_path: Path) -> Path:
    root = tmp_path / "media"
    stick = root / "MAKER"
    (stick / "models").mkdir(parents=True)
    makers.write(stick, "cube.stl", makers.binary_stl(makers.cube_triangles()))
    makers.write(stick / "models", "photo.jpg", makers.jpeg())
    makers.write(stick, "notes.txt", b"just words\n")
    makers.write(stick, ".hidden.png", makers.png())
    (root / "EMPTY").mkdir()
    return root


def browser(media: Path) -> UsbBrowser:
    return UsbBrowser([str(media)], mounts_only=False)


def test_no_stick_when_nothing_is_plugged_in(tmp_path: Path) -> None:
    (tmp_path / "media").mkdir()
    assert UsbBrowser([str(tmp_path / "media"), str(tmp_path / "missing")]).sticks() == ()


def test_only_mount_points_are_sticks_by_default(media: Path) -> None:
    assert UsbBrowser([str(media)]).sticks() == ()  # tmp folders are not mount points


def test_a_stick_lists_folders_first_and_hides_dot_files(media: Path) -> None:
    view = browser(media)
    (stick,) = view.sticks()
    assert stick.label == "MAKER"
    entries = view.listing(stick)
    assert [e.name for e in entries] == ["models", "cube.stl", "notes.txt"]
    folder, cube, notes = entries
    assert folder.is_folder
    assert (cube.kind, cube.refusal) == (FileKind.STL, None)
    assert (notes.kind, notes.refusal) == (None, RefusalCode.UNKNOWN_KIND)
    (photo,) = view.listing(stick, ("models",))
    assert photo.parts == ("models", "photo.jpg") and photo.kind is FileKind.JPEG
    assert view.resolve(stick, photo.parts) == (media / "MAKER" / "models" / "photo.jpg").resolve()


def test_dotdot_never_leaves_the_stick(media: Path) -> None:
    view = browser(media)
    (stick,) = view.sticks()
    for parts in (("..", "..", "etc", "passwd"), ("models/../../x",), ("",), ("a\\b",)):
        with pytest.raises(FileRefused) as caught:
            view.resolve(stick, parts)
        assert caught.value.code is RefusalCode.UNSAFE_NAME


def test_a_link_out_of_the_stick_is_refused(media: Path, tmp_path: Path) -> None:
    secret = makers.write(tmp_path, "secret.png", makers.png())
    (media / "MAKER" / "escape.png").symlink_to(secret)
    (media / "MAKER" / "etc").symlink_to("/etc")
    (media / "MAKER" / "inside.stl").symlink_to(media / "MAKER" / "cube.stl")
    view = browser(media)
    (stick,) = view.sticks()
    entries = {e.name: e for e in view.listing(stick)}
    assert entries["escape.png"].refusal is RefusalCode.OUTSIDE_STICK
    assert entries["etc"].refusal is RefusalCode.OUTSIDE_STICK and not entries["etc"].is_folder
    assert entries["inside.stl"].refusal is None
    for name in ("escape.png", "etc"):
        with pytest.raises(FileRefused) as caught:
            view.resolve(stick, (name,))
        assert caught.value.code is RefusalCode.OUTSIDE_STICK


def test_a_stick_that_was_pulled_out_is_refused(media: Path) -> None:
    view = browser(media)
    gone = Stick("GONE", str(media / "GONE"))
    with pytest.raises(FileRefused) as caught:
        view.listing(gone)
    assert caught.value.code is RefusalCode.READ_FAILED


def test_a_stick_folder_that_is_a_link_out_is_not_offered(media: Path, tmp_path: Path) -> None:
    (media / "ROOTFS").symlink_to("/")
    assert [s.label for s in browser(media).sticks()] == ["MAKER"]
