"""A shaded picture of a mesh, drawn with numpy into a Pillow image.

Orthographic view from the front left, above (as a model sits on a printer's bed), flat shading
from one light plus ambient light, and a z-buffer: every triangle is rasterised at once by
listing the pixel centres of its bounding box (batched, so memory stays bounded), keeping
those inside it, and letting the nearest win per pixel. A million-triangle model covers each
pixel with a few triangles, so the work follows the picture's size more than the model's."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PIL import Image

from kiosk.core.project_files.mesh import Triangles

# Pixel candidates tested per batch: bounds memory (about 60 bytes each) on any model.
BATCH_CANDIDATES = 2_000_000
BASE_COLOUR = np.array([66, 133, 196], dtype=np.float32)  # a calm blue, like PLA
AMBIENT = 0.3
_LIGHT = np.array([-0.5, 0.7, 0.5], dtype=np.float32)
LIGHT = _LIGHT / np.linalg.norm(_LIGHT)


def view_rotation(
    azimuth_deg: float = -35.0, elevation_deg: float = 30.0
) -> npt.NDArray[np.float32]:
    """Model (z up) to view (x right, y up, z towards the viewer)."""
    a, e = math.radians(azimuth_deg), math.radians(elevation_deg)
    turn = np.array([[math.cos(a), -math.sin(a), 0], [math.sin(a), math.cos(a), 0], [0, 0, 1]])
    # Stand the model up (its z becomes the view's y), then tilt it towards the viewer.
    stand = np.array([[1, 0, 0], [0, 0, 1], [0, -1, 0]])
    tilt = np.array([[1, 0, 0], [0, math.cos(e), -math.sin(e)], [0, math.sin(e), math.cos(e)]])
    rotation: npt.NDArray[np.float32] = (tilt @ stand @ turn).astype(np.float32)
    return rotation


def render(triangles: Triangles, size: int = 256, supersample: int = 2) -> Image.Image:
    """An RGBA picture `size` pixels square, transparent around the model."""
    scale_px = size * supersample
    # One plane per view axis, each (n, 3) and contiguous: the work below is elementwise.
    rotation = view_rotation()
    x, y, z = triangles[:, :, 0], triangles[:, :, 1], triangles[:, :, 2]
    vx, vy, vz = (r[0] * x + r[1] * y + r[2] * z for r in rotation)
    low_x, high_x, low_y, high_y = (
        float(vx.min()),
        float(vx.max()),
        float(vy.min()),
        float(vy.max()),
    )
    span = max(high_x - low_x, high_y - low_y, 1e-9)
    fit = np.float32(scale_px * 0.9 / span)
    px = (vx - np.float32((low_x + high_x) / 2)) * fit + np.float32(scale_px / 2)
    py = np.float32(scale_px / 2) - (vy - np.float32((low_y + high_y) / 2)) * fit
    shade = _shade(vx, vy, vz)
    depth = np.full(scale_px * scale_px, -np.inf, dtype=np.float32)
    colour_of = np.full(scale_px * scale_px, -1, dtype=np.int64)
    _rasterise(px, py, vz, scale_px, depth, colour_of)
    image = np.zeros((scale_px * scale_px, 4), dtype=np.uint8)
    covered = colour_of >= 0
    lit = shade[colour_of[covered]]
    image[covered, :3] = np.clip(BASE_COLOUR[None, :] * lit[:, None], 0, 255).astype(np.uint8)
    image[covered, 3] = 255
    picture = Image.fromarray(image.reshape(scale_px, scale_px, 4), "RGBA")
    if supersample > 1:
        picture = picture.resize((size, size), Image.Resampling.LANCZOS)
    return picture


Plane = npt.NDArray[np.float32]


def _shade(vx: Plane, vy: Plane, vz: Plane) -> Plane:
    """Brightness per triangle: ambient plus the light on its face, either side lit (meshes
    from the wild do not all wind their triangles the same way)."""
    ux, uy, uz = vx[:, 1] - vx[:, 0], vy[:, 1] - vy[:, 0], vz[:, 1] - vz[:, 0]
    wx, wy, wz = vx[:, 2] - vx[:, 0], vy[:, 2] - vy[:, 0], vz[:, 2] - vz[:, 0]
    nx, ny, nz = uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx
    length = np.sqrt(nx * nx + ny * ny + nz * nz)
    length[length == 0] = 1
    facing = np.abs(nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]) / length
    brightness: Plane = (AMBIENT + (1 - AMBIENT) * facing).astype(np.float32)
    return brightness


def _rasterise(
    xs: Plane,
    ys: Plane,
    zs: Plane,
    size: int,
    depth: npt.NDArray[np.float32],
    colour_of: npt.NDArray[np.int64],
) -> None:
    def low(plane: Plane) -> Plane:
        return np.minimum(np.minimum(plane[:, 0], plane[:, 1]), plane[:, 2])

    def high(plane: Plane) -> Plane:
        return np.maximum(np.maximum(plane[:, 0], plane[:, 1]), plane[:, 2])

    # Pixel centres sit at i + 0.5: the columns whose centres the triangle's box holds.
    x0 = np.clip(np.ceil(low(xs) - 0.5), 0, size).astype(np.int64)
    x1 = np.clip(np.floor(high(xs) - 0.5), -1, size - 1).astype(np.int64)
    y0 = np.clip(np.ceil(low(ys) - 0.5), 0, size).astype(np.int64)
    y1 = np.clip(np.floor(high(ys) - 0.5), -1, size - 1).astype(np.int64)
    width = np.maximum(x1 - x0 + 1, 0)
    counts = width * np.maximum(y1 - y0 + 1, 0)
    drawn = np.flatnonzero(counts > 0)
    if len(drawn) == 0:
        return
    corners = np.stack([xs[drawn], ys[drawn], zs[drawn]], axis=2)  # only what can show
    x0, y0, width, counts = x0[drawn], y0[drawn], width[drawn], counts[drawn]
    totals = np.cumsum(counts)
    begin = 0
    while begin < len(drawn):
        base = totals[begin - 1] if begin else 0
        end = int(np.searchsorted(totals, base + BATCH_CANDIDATES, side="right"))
        end = max(end, begin + 1)
        batch = np.arange(begin, end)
        _batch(batch, drawn, corners, x0, y0, width, counts, size, depth, colour_of)
        begin = end


def _batch(
    batch: npt.NDArray[np.intp],
    drawn: npt.NDArray[np.intp],
    corners: npt.NDArray[np.float32],
    x0: npt.NDArray[np.int64],
    y0: npt.NDArray[np.int64],
    width: npt.NDArray[np.int64],
    counts: npt.NDArray[np.int64],
    size: int,
    depth: npt.NDArray[np.float32],
    colour_of: npt.NDArray[np.int64],
) -> None:
    n = counts[batch]
    owner = np.repeat(batch, n)
    offsets = np.repeat(np.cumsum(n) - n, n)
    local = np.arange(len(owner)) - offsets
    w = width[owner]
    px = (x0[owner] + local % w).astype(np.float32) + 0.5
    py = (y0[owner] + local // w).astype(np.float32) + 0.5
    tri = corners[owner]
    ax, ay, az = tri[:, 0, 0], tri[:, 0, 1], tri[:, 0, 2]
    bx, by, bz = tri[:, 1, 0], tri[:, 1, 1], tri[:, 1, 2]
    cx, cy, cz = tri[:, 2, 0], tri[:, 2, 1], tri[:, 2, 2]
    area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    w0 = (bx - px) * (cy - py) - (by - py) * (cx - px)
    w1 = (cx - px) * (ay - py) - (cy - py) * (ax - px)
    w2 = area - w0 - w1
    sign = np.sign(area)
    inside = (area != 0) & (w0 * sign >= 0) & (w1 * sign >= 0) & (w2 * sign >= 0)
    if not inside.any():
        return
    safe = np.where(area == 0, 1, area)
    z = (w0 * az + w1 * bz + w2 * cz) / safe
    pixel = (py.astype(np.int64) * size + px.astype(np.int64))[inside]
    z, owner = z[inside], owner[inside]
    # Larger z is towards the viewer: each pixel keeps the nearest depth, then the colour of a
    # triangle at that depth (which one, on an exact tie, does not show).
    np.maximum.at(depth, pixel, z)
    nearest = z >= depth[pixel]
    colour_of[pixel[nearest]] = drawn[owner[nearest]]
