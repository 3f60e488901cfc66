"""Previews of stored files: a PNG thumbnail (models shaded, images scaled, a PDF's first page)
and, for G-code, its figures. Thumbnails are kept in the store beside the contents, made once."""

from __future__ import annotations

import io
import logging
import os
import warnings
from pathlib import Path

from PIL import Image, ImageOps

from kiosk.core.project_files.gcode import gcode_stats
from kiosk.core.project_files.kinds import (
    BuildVolume,
    FileKind,
    FileLimits,
    FilePreview,
    StoredFile,
)
from kiosk.core.project_files.mesh import TooManyTriangles, load_triangles
from kiosk.core.project_files.render import render
from kiosk.core.project_files.store import FileStore

logger = logging.getLogger(__name__)

THUMBNAIL_PX = 256
# A folder listing draws small pictures of what is on the stick before anything is copied:
# images, and models small enough to read at once.
ROW_THUMBNAIL_PX = 56
ROW_MODEL_MAX_BYTES = 4 * 1024 * 1024


def preview(store: FileStore, stored: StoredFile, volume: BuildVolume | None = None) -> FilePreview:
    """Everything the picker shows after a copy. Slow (a large model, a long G-code file):
    run it on the file lane."""
    size_mm: tuple[float, float, float] | None = None
    triangles = 0
    thumb: Path | None = None
    if stored.kind.is_mesh:
        thumb, size_mm, triangles = _mesh_thumbnail(store, stored)
    else:
        thumb = thumbnail(store, stored)
    stats = None
    if stored.kind is FileKind.GCODE:
        stats = gcode_stats(store.path(stored.sha256), volume)
    return FilePreview(
        stored, str(thumb) if thumb else None, stats, model_size_mm=size_mm, triangles=triangles
    )


def thumbnail(store: FileStore, stored: StoredFile) -> Path | None:
    """The file's thumbnail (made now if it was not yet), or None for kinds without one."""
    if stored.kind.is_mesh:
        return _mesh_thumbnail(store, stored)[0]
    target = store.thumbnail_path(stored.sha256)
    if target.is_file():
        return target
    source = store.path(stored.sha256)
    try:
        if stored.kind.is_image:
            with Image.open(source) as opened:
                picture = ImageOps.exif_transpose(opened)
                picture.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX), Image.Resampling.LANCZOS)
                return _save(store, picture, target)
        if stored.kind is FileKind.PDF:
            return _save(store, _pdf_first_page(source), target)
    except Exception:  # a preview that cannot be drawn is no reason to refuse the file
        logger.exception("no thumbnail for a %s file", stored.kind)
    return None


def _mesh_thumbnail(
    store: FileStore, stored: StoredFile
) -> tuple[Path | None, tuple[float, float, float] | None, int]:
    try:
        triangles = load_triangles(store.path(stored.sha256), stored.kind, store.limits)
    except TooManyTriangles:
        return None, None, 0
    except Exception:
        logger.exception("no thumbnail for a %s file", stored.kind)
        return None, None, 0
    points = triangles.reshape(-1, 3)
    extent = points.max(axis=0) - points.min(axis=0)
    size_mm = (float(extent[0]), float(extent[1]), float(extent[2]))
    target = store.thumbnail_path(stored.sha256)
    if not target.is_file():
        _save(store, render(triangles, THUMBNAIL_PX), target)
    return target, size_mm, len(triangles)


def _pdf_first_page(path: Path) -> Image.Image:
    import pypdfium2  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[0]
        width, height = page.get_size()
        scale = THUMBNAIL_PX / max(width, height, 1)
        picture: Image.Image = page.render(scale=scale).to_pil()
        page.close()
    finally:
        document.close()
    return picture


def _save(store: FileStore, picture: Image.Image, target: Path) -> Path:
    """Written beside the store's contents through a temporary file: a half-drawn thumbnail is
    never shown."""
    if picture.mode not in ("RGB", "RGBA", "L", "LA"):
        picture = picture.convert("RGBA")
    fd, temporary = store.temporary(".png")
    try:
        with os.fdopen(fd, "wb") as handle:
            picture.save(handle, "PNG")
        os.replace(temporary, target)
    finally:
        if temporary.exists():
            temporary.unlink()
    return target


def row_thumbnail(path: Path, kind: FileKind, limits: FileLimits) -> bytes | None:
    """A small PNG of a file still on the stick, for its row in a listing; None when there is
    none to make (other kinds, a large model) or the file does not read as what it claims.
    Nothing is written anywhere."""
    try:
        if kind.is_image:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(path) as opened:
                    width, height = opened.size
                    if width * height > limits.max_image_pixels:
                        return None
                    opened.draft("RGB", (ROW_THUMBNAIL_PX * 2, ROW_THUMBNAIL_PX * 2))
                    picture = ImageOps.exif_transpose(opened)
                    picture.thumbnail((ROW_THUMBNAIL_PX, ROW_THUMBNAIL_PX))
        elif kind.is_mesh and path.stat().st_size <= ROW_MODEL_MAX_BYTES:
            picture = render(load_triangles(path, kind, limits), ROW_THUMBNAIL_PX)
        else:
            return None
        if picture.mode not in ("RGB", "RGBA", "L", "LA"):
            picture = picture.convert("RGBA")
        out = io.BytesIO()
        picture.save(out, "PNG")
        return out.getvalue()
    except Exception as exc:  # a file that does not draw simply shows no picture
        logger.info("no row picture for a %s file: %r", kind, exc)
        return None
