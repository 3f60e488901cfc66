"""Small project files made for the tests: a cube of known size in every mesh format, images,
a PDF, an SVG, an Arduino sketch and G-code of known length and extrusion."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image

# A 20 mm cube standing on the bed at (10, 10): 8 corners, 12 triangles facing outwards.
CUBE_MM = 20.0
_CORNERS = np.array([[x, y, z] for z in (0, 1) for y in (0, 1) for x in (0, 1)], dtype=np.float32)
# fmt: off
_FACES = np.array(
    [
        [0, 2, 1], [1, 2, 3],  # bottom (z=0), normal -z
        [4, 5, 6], [5, 7, 6],  # top, +z
        [0, 1, 4], [1, 5, 4],  # front (y=0), -y
        [2, 6, 3], [3, 6, 7],  # back, +y
        [0, 4, 2], [2, 4, 6],  # left (x=0), -x
        [1, 3, 5], [3, 7, 5],  # right, +x
    ]
)
# fmt: on


def cube_vertices(size: float = CUBE_MM, offset: float = 10.0) -> np.ndarray:
    return _CORNERS * size + np.float32(offset)


def cube_triangles(size: float = CUBE_MM, offset: float = 10.0) -> np.ndarray:
    return cube_vertices(size, offset)[_FACES]


def binary_stl(triangles: np.ndarray) -> bytes:
    count = len(triangles)
    record = np.zeros(count, dtype=[("n", "<f4", (3,)), ("v", "<f4", (3, 3)), ("a", "<u2")])
    a, b, c = triangles[:, 0], triangles[:, 1], triangles[:, 2]
    normals = np.cross(b - a, c - a)
    lengths = np.linalg.norm(normals, axis=1, keepdims=True)
    record["n"] = normals / np.where(lengths == 0, 1, lengths)
    record["v"] = triangles
    return (
        b"binary stl made by the tests".ljust(80, b" ")
        + struct.pack("<I", count)
        + (record.tobytes())
    )


def ascii_stl(triangles: np.ndarray) -> bytes:
    out = ["solid cube"]
    for tri in triangles:
        out.append("  facet normal 0 0 0\n    outer loop")
        out.extend(f"      vertex {x:.6f} {y:.6f} {z:.6f}" for x, y, z in tri)
        out.append("    endloop\n  endfacet")
    out.append("endsolid cube")
    return ("\n".join(out) + "\n").encode()


def obj_text(size: float = CUBE_MM, offset: float = 10.0) -> bytes:
    lines = ["# cube", "o cube"]
    lines += [f"v {x:g} {y:g} {z:g}" for x, y, z in cube_vertices(size, offset)]
    lines += [f"f {a + 1} {b + 1} {c + 1}" for a, b, c in _FACES]
    return ("\n".join(lines) + "\n").encode()


def three_mf(size: float = CUBE_MM, offset: float = 10.0) -> bytes:
    vertices = "".join(
        f'<vertex x="{x:g}" y="{y:g}" z="{z:g}"/>' for x, y, z in cube_vertices(size, offset)
    )
    triangles = "".join(f'<triangle v1="{a}" v2="{b}" v3="{c}"/>' for a, b, c in _FACES)
    model = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<model unit="millimeter" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">'
        f'<resources><object id="1" type="model"><mesh><vertices>{vertices}</vertices>'
        f"<triangles>{triangles}</triangles></mesh></object></resources>"
        '<build><item objectid="1"/></build></model>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("3D/3dmodel.model", model)
    return buffer.getvalue()


def zip_bomb(unpacked: int) -> bytes:
    """A 3MF-looking zip whose model part is `unpacked` bytes of one repeated byte."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("3D/3dmodel.model", "w") as part,
    ):
        block = b" " * (1024 * 1024)
        for _ in range(unpacked // len(block)):
            part.write(block)
    return buffer.getvalue()


def png(width: int = 64, height: int = 48) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg(width: int = 64, height: int = 48) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 200, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def pdf() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 280), (255, 255, 255)).save(buffer, "PDF")
    return buffer.getvalue()


SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<rect width="10" height="10" fill="red"/></svg>\n'
)
INO = b"""// Blink
const int LED = 13;
void setup() {
  pinMode(LED, OUTPUT);
}

void loop() {
  digitalWrite(LED, HIGH);
  delay(500);
  digitalWrite(LED, LOW);
  delay(500);
}
"""


def square_gcode(layers: int = 5, side: float = 20.0, layer_mm: float = 0.2) -> bytes:
    """`layers` layers, each one square of `side` mm at 1200 mm/min (20 mm/s) extruding
    0.05 mm of filament per mm of path, in absolute extrusion with a G92 E0 every layer; a
    travel at 6000 mm/min to the start of each. Known: path 4*side per layer, filament
    0.05*4*side per layer, bounding box (10,10)-(10+side,10+side), z up to layers*layer_mm."""
    lines = ["; made by the tests", "G21", "G90", "M82", "M104 S200", "G28", "G92 E0"]
    for layer in range(1, layers + 1):
        z = layer * layer_mm
        lines.append(f"G1 Z{z:.2f} F6000")
        lines.append("G0 X10 Y10 F6000")
        lines.append("G92 E0")
        e = 0.0
        corners = [(10 + side, 10), (10 + side, 10 + side), (10, 10 + side), (10, 10)]
        for index, (x, y) in enumerate(corners):
            e += 0.05 * side
            feed = " F1200" if index == 0 else ""
            lines.append(f"G1 X{x:g} Y{y:g} E{e:.4f}{feed} ; wall")
    lines.append("M104 S0")
    return ("\n".join(lines) + "\n").encode()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def kiosk_config(folder: Path) -> Path:
    """A configuration file for a kiosk whose database and file store are in `folder`."""
    path = folder / "kiosk.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{folder / "kiosk.sqlite3"}"\n'
        f'[files]\nstore_dir = "{folder / "store"}"\n'
    )
    path.chmod(0o600)  # it could hold card keys: the kiosk refuses one others can read
    return path
