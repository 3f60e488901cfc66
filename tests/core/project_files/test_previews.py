"""Previews and G-code figures, checked against files of known size and content."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from kiosk.core.project_files import BuildVolume, FileStore
from kiosk.core.project_files.gcode import gcode_stats
from kiosk.core.project_files.previews import THUMBNAIL_PX, preview, thumbnail
from kiosk.core.project_files.render import render
from tests.core.project_files import makers

MESHES = [
    ("cube.stl", lambda: makers.binary_stl(makers.cube_triangles())),
    ("cube-ascii.stl", lambda: makers.ascii_stl(makers.cube_triangles())),
    ("cube.obj", makers.obj_text),
    ("cube.3mf", makers.three_mf),
]


@pytest.fixture
def store(tmp_path: Path) -> FileStore:
    return FileStore(tmp_path / "store")


@pytest.mark.parametrize(("name", "make"), MESHES, ids=[m[0] for m in MESHES])
def test_a_model_gets_a_shaded_thumbnail_and_its_size(
    store: FileStore, tmp_path: Path, name: str, make
) -> None:
    stored = store.store(makers.write(tmp_path, name, make()))
    shown = preview(store, stored)
    assert shown.model_size_mm == pytest.approx((makers.CUBE_MM,) * 3)
    assert shown.triangles == 12
    assert shown.thumbnail is not None
    with Image.open(shown.thumbnail) as picture:
        assert picture.size == (THUMBNAIL_PX, THUMBNAIL_PX)
        pixels = np.asarray(picture.convert("RGBA"))
    solid = pixels[pixels[:, :, 3] == 255][:, :3]
    # Filled, not a wireframe: a cube seen from a corner covers about half the square.
    assert 0.3 < len(solid) / (THUMBNAIL_PX * THUMBNAIL_PX) < 0.8
    # Shaded: its three visible faces come out as three clearly different brightnesses.
    brightness = solid.sum(axis=1)
    levels = np.unique(brightness // 12)
    assert len(levels) >= 3 and brightness.max() - brightness.min() > 60
    # Corners are background.
    assert pixels[0, 0, 3] == 0 and pixels[-1, -1, 3] == 0


def test_the_nearest_face_wins(store: FileStore) -> None:
    # A small cube in front of (towards the viewer from) a big one hides part of it.
    big = makers.cube_triangles(20, 0)
    small = makers.cube_triangles(4, 0) + np.float32([-30, -30, 8])
    alone = np.asarray(render(big, 64, 1))
    both = np.asarray(render(np.concatenate([big, small]), 64, 1))
    assert (alone[:, :, 3] > 0).sum() > 0 and not np.array_equal(alone, both)


def test_an_image_is_scaled_and_a_pdf_gets_its_first_page(store: FileStore, tmp_path: Path) -> None:
    photo = store.store(makers.write(tmp_path, "p.jpg", makers.jpeg(1200, 600)))
    made = thumbnail(store, photo)
    assert made is not None
    with Image.open(made) as picture:
        assert picture.size == (256, 128)
    poster = store.store(makers.write(tmp_path, "p.pdf", makers.pdf()))
    made = thumbnail(store, poster)
    assert made is not None
    with Image.open(made) as picture:
        assert max(picture.size) == 256 and picture.size[1] > picture.size[0]


def test_kinds_without_a_picture_have_none(store: FileStore, tmp_path: Path) -> None:
    sketch = store.store(makers.write(tmp_path, "b.ino", makers.INO))
    assert thumbnail(store, sketch) is None


def test_gcode_figures_from_the_moves(tmp_path: Path) -> None:
    path = makers.write(tmp_path, "square.gcode", makers.square_gcode(layers=5, side=20))
    stats = gcode_stats(path, BuildVolume(250, 210, 210, 1.75, 1.24))
    assert stats.layers == 5
    assert stats.filament_mm == pytest.approx(5 * 4 * 20 * 0.05)
    # 400 mm of walls at 20 mm/s; a 14.14 mm travel and five 0.2 mm lifts at 100 mm/s.
    assert stats.print_time_s == pytest.approx(20 + math.hypot(10, 10) / 100 + 5 * 0.002)
    assert stats.bbox == pytest.approx((10, 10, 0.2, 30, 30, 1.0))
    volume_cm3 = 20.0 * math.pi * (1.75 / 2) ** 2 / 1000
    assert stats.filament_g == pytest.approx(volume_cm3 * 1.24)
    assert stats.fits is True
    assert gcode_stats(path, BuildVolume(24, 210, 210)).fits is False
    assert gcode_stats(path, BuildVolume(250, 210, 0.8)).fits is False
    assert gcode_stats(path).fits is None


def test_relative_extrusion_retractions_and_odd_lines(tmp_path: Path) -> None:
    text = b"""G21
G90
M83
G1 Z0.3 F600
G1 X0 Y0 F6000
G1 E1.5 F1800 ; prime
G1 X10 Y0 E0.5 F600
g1 x10 y10 e0.5
G1 E-1 F1800
G1 X20 Y10 F6000
G1 E1 F1800
N12 G1 X30 Y10 E0.5 F600*87
G1 X30 Y20 E0.5 S0
G2 X40 Y30 I0 J10 E1 F600
G4 P500
G91
G1 X-5 E0.5
G90
G92 E0
"""
    stats = gcode_stats(makers.write(tmp_path, "odd.gcode", text))
    assert stats.filament_mm == pytest.approx(1.5 + 0.5 + 0.5 - 1 + 1 + 0.5 + 0.5 + 1 + 0.5)
    assert stats.layers == 1
    assert stats.bbox == pytest.approx((10, 0, 0.3, 40, 30, 0.3))
    # Quarter arc of radius 10 at 10 mm/s, plus the dwell, are in the time.
    arc_s = (math.pi * 10 / 2) / 10
    assert stats.computed_time_s > arc_s + 0.5


def test_a_move_the_fast_reader_cannot_split_is_read_line_by_line(tmp_path: Path) -> None:
    # "X20Y0" (no blank) and a checksum make the side-by-side number reader stop; the chunk is
    # then read line by line, with the same figures.
    plain = makers.square_gcode(layers=3)
    odd = plain.replace(b"G1 X30 Y10 E1.0000 F1200 ; wall", b"G1 X30Y10 E1.0000 F1200 ; wall")
    assert odd != plain
    one, two = (
        gcode_stats(makers.write(tmp_path, f"{n}.gcode", d)) for n, d in ((1, plain), (2, odd))
    )
    assert two.layers == one.layers == 3
    assert two.filament_mm == pytest.approx(one.filament_mm)
    assert two.computed_time_s == pytest.approx(one.computed_time_s)


def test_numbers_in_every_written_form_are_read_exactly(tmp_path: Path) -> None:
    # Signs, a point first or last, leading zeros, 15 digits: each coordinate is read as
    # Python reads it (the box is exact, not approximate), and each form goes through the
    # fast reader (a number of sixteen digits sends its chunk to the line parser,
    # which must agree).
    import random

    chance = random.Random(10)
    forms = ("{:.3f}", "{:.5f}", "{:+.2f}", "{:.0f}.", "{:08.3f}", "{:.12f}", "{:.1f}")
    xs: list[float] = []
    ys: list[float] = []
    lines = ["G90", "M83", "G1 Z0.2 F600"]
    for _ in range(3000):
        x = chance.uniform(-50, 250)
        y = chance.uniform(-0.999, 0.999)
        word_x = chance.choice(forms).format(x)
        word_y = f"{y:.4f}".replace("0.", ".", 1)
        xs.append(float(word_x))
        ys.append(float(word_y))
        lines.append(f"G1 X{word_x} Y{word_y} E.01")
    fast = makers.write(tmp_path, "forms.gcode", ("\n".join(lines) + "\n").encode())
    stats = gcode_stats(fast)
    assert stats.bbox is not None
    assert stats.bbox[0] == min(xs[1:]) and stats.bbox[3] == max(xs[1:])
    assert stats.bbox[1] == min(ys[1:]) and stats.bbox[4] == max(ys[1:])
    assert stats.moves == 3001
    slow_lines = [*lines, "G1 X1.000000000000001 Y0.0000000000000001"]
    slow = makers.write(tmp_path, "slow.gcode", ("\n".join(slow_lines) + "\n").encode())
    assert gcode_stats(slow).bbox == stats.bbox
    assert gcode_stats(slow).filament_mm == pytest.approx(stats.filament_mm)


def test_the_slicers_own_figures_are_preferred(tmp_path: Path) -> None:
    prusa = makers.square_gcode() + (
        b"; filament used [mm] = 1234.5\n; estimated printing time (normal mode) = 1h 2m 3s\n"
    )
    stats = gcode_stats(makers.write(tmp_path, "p.gcode", prusa))
    assert (stats.print_time_s, stats.filament_mm) == (3723.0, 1234.5)
    assert stats.computed_filament_mm == pytest.approx(20.0)
    cura = b";FLAVOR:Marlin\n;TIME:4567\n;Filament used: 2.5m\n" + makers.square_gcode()
    stats = gcode_stats(makers.write(tmp_path, "c.gcode", cura))
    assert (stats.print_time_s, stats.filament_mm) == (4567.0, 2500.0)


def test_figures_do_not_depend_on_where_chunks_end(tmp_path: Path, monkeypatch) -> None:
    import importlib

    module = importlib.import_module("kiosk.core.project_files.gcode")

    path = makers.write(tmp_path, "sq.gcode", makers.square_gcode(layers=40))
    whole = gcode_stats(path)
    monkeypatch.setattr(module, "CHUNK", 97)
    pieces = gcode_stats(path)
    assert pieces.layers == whole.layers == 40
    assert pieces.computed_time_s == pytest.approx(whole.computed_time_s)
    assert pieces.filament_mm == pytest.approx(whole.filament_mm)
    assert pieces.bbox == pytest.approx(whole.bbox)


def test_rows_get_small_pictures_without_storing_anything(tmp_path: Path) -> None:
    import io

    from kiosk.core.project_files import FileKind, FileLimits
    from kiosk.core.project_files.previews import ROW_THUMBNAIL_PX, row_thumbnail

    limits = FileLimits()
    photo = makers.write(tmp_path, "p.jpg", makers.jpeg(800, 400))
    cube = makers.write(tmp_path, "c.stl", makers.binary_stl(makers.cube_triangles()))
    for path, kind in ((photo, FileKind.JPEG), (cube, FileKind.STL)):
        data = row_thumbnail(path, kind, limits)
        assert data is not None
        with Image.open(io.BytesIO(data)) as picture:
            assert max(picture.size) == ROW_THUMBNAIL_PX
    fake = makers.write(tmp_path, "fake.png", b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert row_thumbnail(fake, FileKind.PNG, limits) is None
    sketch = makers.write(tmp_path, "b.ino", makers.INO)
    assert row_thumbnail(sketch, FileKind.INO, limits) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.ino", "c.stl", "fake.png", "p.jpg"]
