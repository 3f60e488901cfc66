"""Project files from a USB stick: what they are (by content), a safe content-addressed store,
previews and G-code figures. Qt-free; the picker that uses it lives in kiosk.ui.

The plain data (kinds, refusals, settings) loads at once; the parts that need numpy, Pillow or
trimesh load when first used, so the kiosk's start is not slowed by them."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kiosk.core.project_files.kinds import (
    BuildVolume,
    CopyCancelled,
    FileKind,
    FileLimits,
    FilePreview,
    FileRefused,
    GcodeStats,
    RefusalCode,
    StoredFile,
)
from kiosk.core.project_files.settings import ProjectFilesSettings

if TYPE_CHECKING:
    from kiosk.core.project_files.content import identify, sniff
    from kiosk.core.project_files.gcode import gcode_stats
    from kiosk.core.project_files.previews import preview, thumbnail
    from kiosk.core.project_files.service import ProjectFiles
    from kiosk.core.project_files.store import FileStore
    from kiosk.core.project_files.usb import Entry, Stick, UsbBrowser

_LAZY = {
    "gcode_stats": "gcode",
    "preview": "previews",
    "thumbnail": "previews",
    "ProjectFiles": "service",
    "identify": "content",
    "sniff": "content",
    "FileStore": "store",
    "Entry": "usb",
    "Stick": "usb",
    "UsbBrowser": "usb",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "BuildVolume",
    "CopyCancelled",
    "Entry",
    "FileKind",
    "FileLimits",
    "FilePreview",
    "FileRefused",
    "FileStore",
    "GcodeStats",
    "ProjectFiles",
    "ProjectFilesSettings",
    "RefusalCode",
    "Stick",
    "StoredFile",
    "UsbBrowser",
    "gcode_stats",
    "identify",
    "preview",
    "sniff",
    "thumbnail",
]
