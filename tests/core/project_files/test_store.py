"""The store and the sniffer: every kind taken, every bad file refused with nothing stored."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from kiosk.core.project_files import (
    CopyCancelled,
    FileKind,
    FileLimits,
    FileRefused,
    FileStore,
    RefusalCode,
    identify,
    sniff,
)
from kiosk.core.project_files.store import NotTheFile, OsDiskIO
from tests.core.project_files import makers

MB = 1024 * 1024


def stored_objects(store: FileStore) -> list[Path]:
    return sorted(p for p in (store.root / "objects").rglob("*") if p.is_file())


def leftovers(store: FileStore) -> list[Path]:
    return list((store.root / "tmp").iterdir())


@pytest.fixture
def store(tmp_path: Path) -> FileStore:
    return FileStore(tmp_path / "store")


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "STICK"
    folder.mkdir(parents=True)
    return folder


ACCEPTED = [
    ("cube.stl", lambda: makers.binary_stl(makers.cube_triangles()), FileKind.STL),
    ("cube-ascii.stl", lambda: makers.ascii_stl(makers.cube_triangles()), FileKind.STL),
    ("cube.3mf", makers.three_mf, FileKind.THREE_MF),
    ("cube.obj", makers.obj_text, FileKind.OBJ),
    ("square.gcode", makers.square_gcode, FileKind.GCODE),
    ("blink.ino", lambda: makers.INO, FileKind.INO),
    ("photo.png", makers.png, FileKind.PNG),
    ("photo.jpg", makers.jpeg, FileKind.JPEG),
    ("poster.pdf", makers.pdf, FileKind.PDF),
    ("logo.svg", lambda: makers.SVG, FileKind.SVG),
]


@pytest.mark.parametrize(("name", "make", "kind"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_each_accepted_kind_is_known_by_its_content_and_stored(
    store: FileStore, stick: Path, name: str, make, kind: FileKind
) -> None:
    data = make()
    # A name that says nothing: the content alone decides.
    source = makers.write(stick, "upload.dat", data)
    assert sniff(source, store.limits) is kind
    stored = store.store(source)
    assert stored.kind is kind
    assert stored.size == len(data)
    assert store.path(stored.sha256).read_bytes() == data
    assert stored.clean_name.endswith(kind.extensions[0])
    assert not leftovers(store)


def test_the_same_file_twice_is_stored_once(store: FileStore, stick: Path) -> None:
    first = makers.write(stick, "a.stl", makers.binary_stl(makers.cube_triangles()))
    second = makers.write(stick, "copy of a.stl", first.read_bytes())
    one, two = store.store(first), store.store(second)
    assert one.sha256 == two.sha256
    assert (one.clean_name, two.clean_name) == ("a.stl", "copy of a.stl")
    assert len(stored_objects(store)) == 1


def test_names_are_cleaned(store: FileStore, stick: Path) -> None:
    source = makers.write(stick, "x", makers.jpeg())
    assert store.store(source, name="holiday\u202egnp.png").clean_name == "holidaygnp.png.jpg"
    assert store.store(source, name='  a<b>:"c"?.JPG ').clean_name == "a_b_c_.JPG"[:-4] + ".jpg"
    assert len(store.store(source, name="x" * 300 + ".jpg").clean_name) <= 80


def refused(store: FileStore, source: Path, **kwargs) -> RefusalCode:
    with pytest.raises(FileRefused) as caught:
        store.store(source, **kwargs)
    assert str(caught.value) and "\n" not in str(caught.value)
    assert not stored_objects(store) and not leftovers(store)
    return caught.value.code


def test_a_truncated_binary_stl_is_refused(store: FileStore, stick: Path) -> None:
    data = makers.binary_stl(makers.cube_triangles())
    source = makers.write(stick, "cut.stl", data[:-30])
    assert refused(store, source) is RefusalCode.TRUNCATED


def test_a_truncated_ascii_stl_is_refused(store: FileStore, stick: Path) -> None:
    data = makers.ascii_stl(makers.cube_triangles())
    source = makers.write(stick, "cut.stl", data[: len(data) // 2])
    assert refused(store, source) is RefusalCode.TRUNCATED


def test_a_corrupt_ascii_stl_is_refused(store: FileStore, stick: Path) -> None:
    text = b"solid broken\n facet normal 0 0 1\n outer loop\n vertex 1 2 banana\nendsolid broken\n"
    assert refused(store, makers.write(stick, "bad.stl", text)) is RefusalCode.CORRUPT


def test_a_3mf_zip_bomb_is_refused(tmp_path: Path, stick: Path) -> None:
    store = FileStore(tmp_path / "store", FileLimits(max_unpacked_bytes=8 * MB))
    bomb = makers.write(stick, "bomb.3mf", makers.zip_bomb(16 * MB))
    assert refused(store, bomb) is RefusalCode.ZIP_BOMB


def test_a_3mf_that_unpacks_far_beyond_its_size_is_refused(store: FileStore, stick: Path) -> None:
    # Within the total limit, but a thousand times its packed size.
    bomb = makers.write(stick, "ratio.3mf", makers.zip_bomb(4 * MB))
    assert refused(store, bomb) is RefusalCode.ZIP_BOMB


def test_a_3mf_without_a_model_is_refused(store: FileStore, stick: Path) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert refused(store, makers.write(stick, "x.3mf", buffer.getvalue())) is RefusalCode.CORRUPT


def test_a_2_gb_file_is_refused_unread(store: FileStore, stick: Path) -> None:
    huge = stick / "huge.stl"
    with open(huge, "wb") as handle:
        handle.truncate(2 * 1024 * MB)  # sparse: takes no room
    assert refused(store, huge) is RefusalCode.TOO_LARGE


def test_an_image_over_its_own_limit_is_refused(tmp_path: Path, stick: Path) -> None:
    store = FileStore(tmp_path / "store", FileLimits(max_image_bytes=100))
    assert refused(store, makers.write(stick, "p.png", makers.png())) is RefusalCode.TOO_LARGE


def test_a_dotdot_name_is_refused(store: FileStore, stick: Path) -> None:
    source = makers.write(stick, "ok.png", makers.png())
    assert refused(store, source, name="../../etc/passwd") is RefusalCode.UNSAFE_NAME
    assert refused(store, source, name="..") is RefusalCode.UNSAFE_NAME


def test_a_link_is_never_followed(store: FileStore, stick: Path, tmp_path: Path) -> None:
    outside = makers.write(tmp_path, "secret.png", makers.png())
    link = stick / "innocent.png"
    link.symlink_to(outside)
    assert refused(store, link) is RefusalCode.OUTSIDE_STICK


def test_an_executable_named_png_is_refused(store: FileStore, stick: Path) -> None:
    program = stick / "cute-cat.png"
    shutil.copyfile(shutil.which("true") or "/bin/true", program)
    assert identify(program.read_bytes()[:65536], program.stat().st_size) is None
    assert refused(store, program) is RefusalCode.UNKNOWN_KIND


def test_png_magic_over_garbage_is_refused(store: FileStore, stick: Path) -> None:
    fake = makers.write(stick, "fake.png", b"\x89PNG\r\n\x1a\n" + os.urandom(4000))
    assert refused(store, fake) is RefusalCode.CORRUPT


def test_a_cut_off_image_is_refused(store: FileStore, stick: Path) -> None:
    data = makers.png(400, 300)
    cut = makers.write(stick, "cut.png", data[: len(data) - 40])
    assert refused(store, cut) in (RefusalCode.TRUNCATED, RefusalCode.CORRUPT)


def test_an_svg_with_entities_is_refused(store: FileStore, stick: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>'
    )
    assert refused(store, makers.write(stick, "x.svg", laughs)) is RefusalCode.CORRUPT


def test_a_text_file_that_is_none_of_the_kinds_is_refused(store: FileStore, stick: Path) -> None:
    letter = makers.write(stick, "notes.gcode", b"Dear staff,\nplease print my thing.\n")
    assert refused(store, letter) is RefusalCode.UNKNOWN_KIND


def test_a_cut_off_gcode_file_is_refused(store: FileStore, stick: Path) -> None:
    cut = makers.write(stick, "cut.gcode", makers.square_gcode()[:-1] + b"\nG1 X12.")
    assert refused(store, cut) is RefusalCode.TRUNCATED


def test_an_empty_file_is_refused(store: FileStore, stick: Path) -> None:
    assert refused(store, makers.write(stick, "e.stl", b"")) is RefusalCode.EMPTY


def test_a_folder_is_not_a_file(store: FileStore, stick: Path) -> None:
    (stick / "folder").mkdir()
    assert refused(store, stick / "folder") is RefusalCode.NOT_A_FILE


class PulledStick(OsDiskIO):
    """The stick goes away after the first chunk: the next read fails with EIO."""

    def __init__(self) -> None:
        self.reads = 0

    def read(self, source: BinaryIO, size: int) -> bytes:
        self.reads += 1
        if self.reads > 1:
            raise OSError(errno.EIO, "Input/output error")
        return super().read(source, size)


def big_stl(stick: Path) -> Path:
    import numpy as np

    many = np.tile(makers.cube_triangles(), (30_000, 1, 1))  # 360,000 triangles, 18 MB
    return makers.write(stick, "big.stl", makers.binary_stl(many))


def test_a_stick_pulled_mid_copy_leaves_nothing(tmp_path: Path, stick: Path) -> None:
    store = FileStore(tmp_path / "store", disk=PulledStick())
    assert refused(store, big_stl(stick)) is RefusalCode.READ_FAILED


def test_a_file_that_shrinks_mid_copy_leaves_nothing(store: FileStore, stick: Path) -> None:
    source = big_stl(stick)

    def pull(done: int, total: int) -> None:
        if 0 < done < total:
            os.truncate(source, done)  # what a stick that vanishes can look like: a short read

    assert refused(store, source, progress=pull) is RefusalCode.READ_FAILED


class FullDisk(OsDiskIO):
    """Stand-in for a disk that fills after 2 MB (used where no small filesystem can be made)."""

    def __init__(self) -> None:
        self.written = 0

    def write(self, fd: int, data: bytes) -> int:
        if self.written + len(data) > 2 * MB:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written += len(data)
        return super().write(fd, data)


def test_a_full_disk_leaves_nothing_injected(tmp_path: Path, stick: Path) -> None:
    store = FileStore(tmp_path / "store", disk=FullDisk())
    assert refused(store, big_stl(stick)) is RefusalCode.DISK_FULL


@pytest.fixture
def tiny_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB tmpfs: needs root (mount); skipped where it cannot be made."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        # Mounting is a privilege, not a tool CI could install: the injected-writer test above
        # covers the same path where no filesystem can be mounted.
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {result.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_really_full_disk_leaves_nothing(tiny_filesystem: Path, stick: Path) -> None:
    store = FileStore(tiny_filesystem / "store")
    small = makers.write(stick, "small.png", makers.png())
    kept = store.store(small)
    assert refused_keeping(store, big_stl(stick)) is RefusalCode.DISK_FULL
    assert stored_objects(store) == [store.path(kept.sha256)]
    # The room is back: the refused copy's temporary file is gone.
    assert store.store(makers.write(stick, "other.png", makers.png(10, 10))).kind is FileKind.PNG


def refused_keeping(store: FileStore, source: Path) -> RefusalCode:
    before = stored_objects(store)
    with pytest.raises(FileRefused) as caught:
        store.store(source)
    assert stored_objects(store) == before and not leftovers(store)
    return caught.value.code


def test_a_cancelled_copy_leaves_nothing(store: FileStore, stick: Path) -> None:
    source = big_stl(stick)
    seen: list[int] = []
    with pytest.raises(CopyCancelled):
        store.store(
            source, progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) > 2
        )
    assert not stored_objects(store) and not leftovers(store)


def test_progress_runs_to_the_whole_size(store: FileStore, stick: Path) -> None:
    source = big_stl(stick)
    seen: list[tuple[int, int]] = []
    store.store(source, progress=lambda done, total: seen.append((done, total)))
    size = source.stat().st_size
    assert seen[0] == (0, size) and seen[-1] == (size, size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_an_unfinished_copy_is_swept_when_the_store_opens(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "store")
    (store.root / "tmp" / "abc.part").write_bytes(b"half")
    FileStore(tmp_path / "store")
    assert not leftovers(store)


def _in_chunks(data: bytes, size: int = MB) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def test_a_file_received_by_its_hash_is_stored_only_when_it_hashes_right(
    store: FileStore,
) -> None:
    data = os.urandom(3 * MB + 17)
    sha = hashlib.sha256(data).hexdigest()
    damaged = bytearray(data)
    damaged[MB + 5] ^= 0x01
    for wrong in (bytes(damaged), data[:-1], data + b"x"):
        with pytest.raises(NotTheFile):
            store.receive(sha, _in_chunks(wrong), len(data))
    assert stored_objects(store) == [] and leftovers(store) == []
    assert store.receive(sha, _in_chunks(data), len(data)) is True
    assert store.path(sha).read_bytes() == data and leftovers(store) == []
    assert store.receive(sha, iter(()), len(data)) is False  # stored already: nothing read


def test_a_full_disk_while_receiving_leaves_nothing(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "store", disk=FullDisk())
    data = os.urandom(3 * MB)
    with pytest.raises(FileRefused) as failure:
        store.receive(hashlib.sha256(data).hexdigest(), _in_chunks(data), len(data))
    assert failure.value.code is RefusalCode.DISK_FULL
    assert stored_objects(store) == [] and leftovers(store) == []
