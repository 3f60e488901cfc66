"""Triangles out of STL, OBJ and 3MF files, as one float32 array of shape (n, 3, 3).

STL and OBJ are read by trimesh (numpy underneath; a binary STL is one `frombuffer`). A 3MF is a
zip holding XML: its parts are unpacked here under the store's zip-bomb limits and the XML is
read with defusedxml (no DTDs, no entities, no external references), streamed, so a large model
never becomes one large tree."""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import numpy as np
import numpy.typing as npt
from defusedxml import ElementTree as SafeTree
from defusedxml.common import DefusedXmlException

from kiosk.core.project_files.kinds import FileKind, FileLimits, FileRefused, RefusalCode

logger = logging.getLogger(__name__)

Triangles = npt.NDArray[np.float32]  # (n, 3, 3): n triangles of 3 corners of x, y, z

_MODEL_PART = "3d/3dmodel.model"
_READ = 1024 * 1024


class TooManyTriangles(Exception):
    """A model past `files.max_triangles`: stored, but drawn by no one."""


def binary_stl_count(head: bytes, size: int) -> int | None:
    """The triangle count of a binary STL whose size matches its header, else None."""
    if size < 84 + 50 or len(head) < 84:
        return None
    count = int.from_bytes(head[80:84], "little")
    return count if count > 0 and size == 84 + 50 * count else None


def load_triangles(path: Path, kind: FileKind, limits: FileLimits) -> Triangles:
    """Every triangle of the model; raises FileRefused when the file is not a readable one."""
    if kind is FileKind.THREE_MF:
        triangles = _load_3mf(path, limits)
    elif kind in (FileKind.STL, FileKind.OBJ):
        triangles = _load_with_trimesh(path, kind, limits)
    else:
        raise ValueError(f"{kind} is not a mesh")
    if len(triangles) == 0:
        raise FileRefused(RefusalCode.CORRUPT, kind=kind.name)
    if not np.isfinite(triangles).all():
        raise FileRefused(RefusalCode.CORRUPT, kind=kind.name)
    return triangles


def _load_with_trimesh(path: Path, kind: FileKind, limits: FileLimits) -> Triangles:
    import trimesh  # imported here: it takes a moment, and only previews need it
    from trimesh.exchange.stl import load_stl

    with open(path, "rb") as handle:
        head = handle.read(84)
        count = binary_stl_count(head, path.stat().st_size) if kind is FileKind.STL else None
        if count is not None and count > limits.max_triangles:
            raise TooManyTriangles(limits.max_triangles)
        handle.seek(0)
        try:
            if kind is FileKind.STL:
                # The arrays as read, without building a Trimesh (which merges vertices).
                loaded: Any = load_stl(handle)
                vertices_raw, faces_raw = loaded["vertices"], loaded["faces"]
            else:
                mesh: Any = trimesh.load(handle, file_type=kind.value, process=False, force="mesh")
                vertices_raw, faces_raw = mesh.vertices, mesh.faces
        except (FileRefused, TooManyTriangles):
            raise
        except Exception as exc:  # trimesh raises many kinds on bad input
            logger.info("%s file not read: %r", kind, exc)
            raise FileRefused(RefusalCode.CORRUPT, kind=kind.name) from None
    faces = np.asarray(faces_raw, dtype=np.int64).reshape(-1, 3)
    vertices = np.asarray(vertices_raw, dtype=np.float32).reshape(-1, 3)
    if faces.size == 0 or vertices.size == 0:
        raise FileRefused(RefusalCode.CORRUPT, kind=kind.name)
    if len(faces) > limits.max_triangles:
        raise TooManyTriangles(limits.max_triangles)
    if faces.min() < 0 or faces.max() >= len(vertices):
        raise FileRefused(RefusalCode.CORRUPT, kind=kind.name)
    return np.ascontiguousarray(vertices[faces], dtype=np.float32)


# -- 3MF --------------------------------------------------------------------------------------


def check_zip(archive: zipfile.ZipFile, packed_size: int, limits: FileLimits) -> None:
    """Refuse a zip whose parts claim to unpack to more than the limits allow. The claims
    are checked again while reading (`_bounded`), since a crafted archive can lie."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > limits.max_zip_ratio * max(
            info.compress_size, 1
        ):
            raise FileRefused(RefusalCode.ZIP_BOMB)
    if total > limits.max_unpacked_bytes:
        raise FileRefused(RefusalCode.ZIP_BOMB)
    if total > 1024 * 1024 and total > limits.max_zip_ratio * max(packed_size, 1):
        raise FileRefused(RefusalCode.ZIP_BOMB)


class _Bounded(io.RawIOBase):
    """Reads a zip member and stops the moment it yields more than it declared or more than
    `limit`: a member whose header lies about its size is a bomb too."""

    def __init__(self, member: IO[bytes], declared: int, limit: int) -> None:
        self._member = member
        self._allowed = min(declared, limit)
        self._read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._member.read(min(len(view), _READ))
        self._read += len(data)
        if self._read > self._allowed:
            raise FileRefused(RefusalCode.ZIP_BOMB)
        view[: len(data)] = data
        return len(data)


def _model_part(archive: zipfile.ZipFile) -> zipfile.ZipInfo:
    for info in archive.infolist():
        if info.filename.lstrip("/").lower() == _MODEL_PART:
            return info
    # The model may be elsewhere, named by the package's relationships; the usual place is
    # where every slicer puts it, so any *.model part is taken in its place.
    for info in archive.infolist():
        if info.filename.lower().endswith(".model") and not info.is_dir():
            return info
    raise FileRefused(RefusalCode.CORRUPT, kind="3MF")


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _load_3mf(path: Path, limits: FileLimits) -> Triangles:
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(archive, path.stat().st_size, limits)
            info = _model_part(archive)
            with archive.open(info) as member:
                stream = io.BufferedReader(
                    _Bounded(member, info.file_size, limits.max_unpacked_bytes), _READ
                )
                return _read_model(stream, limits)
    except (FileRefused, TooManyTriangles):
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        logger.info("3MF not read: %r", exc)
        raise FileRefused(RefusalCode.CORRUPT, kind="3MF") from None
    except (SafeTree.ParseError, DefusedXmlException, ValueError, KeyError) as exc:
        logger.info("3MF model not read: %r", exc)
        raise FileRefused(RefusalCode.CORRUPT, kind="3MF") from None


def _read_model(stream: IO[bytes], limits: FileLimits) -> Triangles:
    """Each <object>'s <mesh>: vertices and triangles, streamed."""
    pieces: list[Triangles] = []
    vertices: list[tuple[float, float, float]] = []
    corners: list[tuple[int, int, int]] = []
    triangles = 0
    for event, element in _iterparse(stream):
        name = _local(element.tag)
        if event == "start":
            if name == "mesh":
                vertices, corners = [], []
            continue
        if name == "vertex":
            vertices.append(
                (
                    float(element.get("x", "")),
                    float(element.get("y", "")),
                    float(element.get("z", "")),
                )
            )
        elif name == "triangle":
            corners.append(
                (int(element.get("v1", "")), int(element.get("v2", "")), int(element.get("v3", "")))
            )
            triangles += 1
            if triangles > limits.max_triangles:
                raise TooManyTriangles(limits.max_triangles)
        elif name == "mesh":
            if corners:
                points = np.asarray(vertices, dtype=np.float32)
                index = np.asarray(corners, dtype=np.int64)
                if index.min() < 0 or index.max() >= len(points):
                    raise FileRefused(RefusalCode.CORRUPT, kind="3MF")
                pieces.append(points[index])
            vertices, corners = [], []
        element.clear()
    if not pieces:
        raise FileRefused(RefusalCode.CORRUPT, kind="3MF")
    return np.concatenate(pieces).astype(np.float32, copy=False)


def _iterparse(stream: IO[bytes]) -> Iterator[tuple[str, Any]]:
    yield from SafeTree.iterparse(stream, events=("start", "end"), forbid_dtd=True)
