"""What a file is, from its content: never from its name.

`identify` looks at the first bytes only (cheap enough for every row of a folder listing);
`sniff` also reads the file through to prove it is what it looks like (an image Pillow can
decode, a 3MF within the zip limits, an SVG that parses safely), and is run on the store's
private copy, so what is checked is what is kept."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np

from hardware.marlin.gcode import ends_mid_line
from kiosk.core.project_files.kinds import FileKind, FileLimits, FileRefused, RefusalCode
from kiosk.core.project_files.mesh import TooManyTriangles, binary_stl_count, load_triangles

logger = logging.getLogger(__name__)

HEAD_BYTES = 64 * 1024
TAIL_BYTES = 4 * 1024

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_ZIP = b"PK\x03\x04"
# Programs and archives that are never taken, whatever they are called.
_EXECUTABLE = (b"\x7fELF", b"MZ", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"#!")

_GCODE_LINE = re.compile(rb"^[ \t]*(?:N\d+[ \t]+)?[GMT]\d+", re.IGNORECASE)
_GCODE_MOVE = re.compile(rb"^[ \t]*(?:N\d+[ \t]+)?G[0-3]?[0-3][ \t;\r\n]", re.IGNORECASE | re.M)
_OBJ_LINE = re.compile(rb"^(?:v|vt|vn|vp|f|l|p|g|o|s|usemtl|mtllib)[ \t]")
_OBJ_VERTEX = re.compile(rb"^v[ \t]+[-+.\d]", re.M)
_INO_SETUP = re.compile(rb"\bvoid\s+setup\s*\(")
_INO_LOOP = re.compile(rb"\bvoid\s+loop\s*\(")
_SVG_ROOT = re.compile(rb"<svg[\s>]")


def identify(head: bytes, size: int) -> FileKind | None:
    """The kind the first bytes (up to HEAD_BYTES) of a `size`-byte file claim, or None."""
    if head.startswith(_PNG):
        return FileKind.PNG
    if head.startswith(_JPEG):
        return FileKind.JPEG
    if b"%PDF-" in head[:1024]:
        return FileKind.PDF
    if head.startswith(_ZIP):
        return FileKind.THREE_MF  # proved (or refused) by reading the archive
    if head.startswith(_EXECUTABLE):
        return None
    if binary_stl_count(head, size) is not None:
        return FileKind.STL
    if b"\x00" in head:
        return FileKind.STL if _truncated_binary_stl(head, size) else None
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text[:5].lower() == b"solid" and b"facet" in text:
        return FileKind.STL
    if text.startswith(b"<") and _SVG_ROOT.search(text):
        return FileKind.SVG
    lines = [line.strip() for line in text.splitlines()[:400]]
    lines = [line for line in lines if line and not line.startswith((b";", b"#", b"//"))]
    if not lines:
        return None
    if _GCODE_MOVE.search(text) and _share(lines, _GCODE_LINE.match) >= 0.8:
        return FileKind.GCODE
    if _OBJ_VERTEX.search(text) and _share(lines, _OBJ_LINE.match) >= 0.8:
        return FileKind.OBJ
    if _INO_SETUP.search(text) and _INO_LOOP.search(text):
        return FileKind.INO
    return None


def _share(lines: list[bytes], test: Callable[[bytes], object]) -> float:
    return sum(1 for line in lines if test(line)) / len(lines)


def _truncated_binary_stl(head: bytes, size: int) -> bool:
    """A binary STL cut short: its header promises more triangles than the file holds and its
    first triangles are plain numbers with unit normals."""
    if size < 84 + 50 or len(head) < 84 + 50:
        return False
    count = int.from_bytes(head[80:84], "little")
    if count == 0 or 84 + 50 * count <= size:
        return False
    sample = min((len(head) - 84) // 50, 16)
    record = np.dtype([("n", "<f4", (3,)), ("v", "<f4", (9,)), ("a", "<u2")])
    rows = np.frombuffer(head, dtype=record, count=sample, offset=84)
    with np.errstate(all="ignore"):
        finite = bool(np.isfinite(rows["v"]).all() and np.isfinite(rows["n"]).all())
        lengths = np.linalg.norm(rows["n"].astype(np.float64), axis=1)
    unit = bool((np.abs(lengths - 1) < 0.01).mean() >= 0.5)
    return finite and unit and bool((np.abs(rows["v"]) < 1e6).all())


def check_size(size: int, kind: FileKind | None, limits: FileLimits) -> None:
    if size == 0:
        raise FileRefused(RefusalCode.EMPTY)
    limit = limits.limit_for(kind)
    if size > limit:
        raise FileRefused(RefusalCode.TOO_LARGE, limit_mb=limit >> 20)


def sniff(path: Path, limits: FileLimits) -> FileKind:
    """The kind of the regular file at `path`, proved by reading it; raises FileRefused."""
    try:
        info = os.stat(path, follow_symlinks=False)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(RefusalCode.NOT_A_FILE)
        check_size(info.st_size, None, limits)
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
            handle.seek(max(0, info.st_size - TAIL_BYTES))
            tail = handle.read()
    except FileRefused:
        raise
    except OSError as exc:
        logger.info("file not read: %r", exc)
        raise FileRefused(RefusalCode.READ_FAILED) from None
    kind = identify(head, info.st_size)
    if kind is None:
        raise FileRefused(RefusalCode.UNKNOWN_KIND)
    check_size(info.st_size, kind, limits)
    _PROOFS[kind](path, head, tail, info.st_size, limits)
    return kind


# -- proofs: read the file through --------------------------------------------------------------


def _prove_image(path: Path, head: bytes, tail: bytes, size: int, limits: FileLimits) -> None:
    from PIL import Image

    kind = FileKind.PNG if head.startswith(_PNG) else FileKind.JPEG
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.format not in ("PNG", "JPEG", "MPO"):
                    raise FileRefused(RefusalCode.CORRUPT, kind=kind.name)
                width, height = image.size
                if width * height > limits.max_image_pixels:
                    raise FileRefused(RefusalCode.CORRUPT, kind=kind.name)
                image.verify()
            # verify() checks structure; decoding every pixel finds a cut-off image too.
            with Image.open(path) as image:
                image.load()
    except FileRefused:
        raise
    except (
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombWarning,
        Image.DecompressionBombError,
    ) as exc:
        logger.info("%s not read: %r", kind, exc)
        code = RefusalCode.TRUNCATED if "truncated" in str(exc) else RefusalCode.CORRUPT
        raise FileRefused(code, kind=kind.name) from None


def _prove_pdf(path: Path, head: bytes, tail: bytes, size: int, limits: FileLimits) -> None:
    if b"%%EOF" not in tail:
        raise FileRefused(RefusalCode.TRUNCATED, kind="PDF")
    import pypdfium2  # type: ignore[import-untyped]

    try:
        document = pypdfium2.PdfDocument(str(path))
        try:
            if len(document) < 1:
                raise FileRefused(RefusalCode.CORRUPT, kind="PDF")
        finally:
            document.close()
    except FileRefused:
        raise
    except Exception as exc:  # pypdfium2 raises PdfiumError and others on damaged files
        logger.info("PDF not read: %r", exc)
        raise FileRefused(RefusalCode.CORRUPT, kind="PDF") from None


def _prove_mesh(kind: FileKind) -> _Proof:
    def prove(path: Path, head: bytes, tail: bytes, size: int, limits: FileLimits) -> None:
        if kind is FileKind.STL:
            if binary_stl_count(head, size) is not None:
                return  # its size is exactly what its header promises: nothing more to read
            if b"\x00" in head:
                raise FileRefused(RefusalCode.TRUNCATED, kind="STL")
            if b"endsolid" not in tail:
                raise FileRefused(RefusalCode.TRUNCATED, kind="STL")
        with contextlib.suppress(TooManyTriangles):  # taken, but no preview is drawn
            load_triangles(path, kind, limits)

    return prove


def _prove_text(kind: FileKind) -> _Proof:
    def prove(path: Path, head: bytes, tail: bytes, size: int, limits: FileLimits) -> None:
        try:
            with open(path, encoding="utf-8", errors="strict") as handle:
                while handle.read(1024 * 1024):
                    pass
        except UnicodeDecodeError:
            if kind is not FileKind.GCODE:  # G-code comments may be in any 8-bit encoding
                raise FileRefused(RefusalCode.CORRUPT, kind=kind.name) from None
        except OSError:
            raise FileRefused(RefusalCode.READ_FAILED) from None
        if kind is FileKind.GCODE and head.startswith(b"GCDE"):
            raise FileRefused(RefusalCode.UNKNOWN_KIND)
        if kind is FileKind.GCODE and ends_mid_line(tail):
            raise FileRefused(RefusalCode.TRUNCATED, kind="G-code")
        if kind is FileKind.OBJ:
            _prove_mesh(kind)(path, head, tail, size, limits)

    return prove


def _prove_svg(path: Path, head: bytes, tail: bytes, size: int, limits: FileLimits) -> None:
    from defusedxml import ElementTree as SafeTree
    from defusedxml.common import DefusedXmlException

    try:
        root = SafeTree.parse(path, forbid_dtd=True).getroot()
    except (SafeTree.ParseError, DefusedXmlException, ValueError) as exc:
        logger.info("SVG not read: %r", exc)
        raise FileRefused(RefusalCode.CORRUPT, kind="SVG") from None
    if root is None or root.tag.rpartition("}")[2] != "svg":
        raise FileRefused(RefusalCode.UNKNOWN_KIND)


_Proof = Callable[[Path, bytes, bytes, int, FileLimits], None]

_PROOFS: dict[FileKind, _Proof] = {
    FileKind.PNG: _prove_image,
    FileKind.JPEG: _prove_image,
    FileKind.PDF: _prove_pdf,
    FileKind.STL: _prove_mesh(FileKind.STL),
    FileKind.THREE_MF: _prove_mesh(FileKind.THREE_MF),
    FileKind.OBJ: _prove_text(FileKind.OBJ),
    FileKind.GCODE: _prove_text(FileKind.GCODE),
    FileKind.INO: _prove_text(FileKind.INO),
    FileKind.SVG: _prove_svg,
}
