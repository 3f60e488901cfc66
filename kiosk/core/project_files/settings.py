"""Where project files come from and go, and their limits: plain data from the configuration,
light to import (the kiosk's settings hold it from the start)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.project_files.kinds import MB, BuildVolume, FileLimits

if TYPE_CHECKING:
    from kiosk.config import Config

APP_FOLDER = "makerspace-kiosk"


@dataclass(frozen=True)
class ProjectFilesSettings:
    usb_roots: tuple[str, ...] = ("/media", "/run/media")
    store_dir: str | None = None  # None: project-files in the user data directory
    limits: FileLimits = field(default_factory=FileLimits)
    # (printer name, its build volume and filament), in the configuration's order.
    printers: tuple[tuple[str, BuildVolume], ...] = ()
    # False: every folder at the top of a root counts as a stick (see UsbBrowser).
    mounts_only: bool = True

    def volume(self, printer: str) -> BuildVolume | None:
        return next((volume for name, volume in self.printers if name == printer), None)


def default_store_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_FOLDER, appauthor=False)) / "project-files"


def project_files_settings(config: Config) -> ProjectFilesSettings:
    """The `[files]` section and each printer's build volume, as the file pieces take them."""
    files = config.files
    printers = tuple(
        (
            spec.name,
            BuildVolume(
                spec.build_x_mm,
                spec.build_y_mm,
                spec.build_z_mm,
                spec.filament_diameter_mm,
                spec.filament_density,
            ),
        )
        for spec in config.printers
    )
    limits = FileLimits(
        max_file_bytes=files.max_file_mb * MB,
        max_image_bytes=files.max_image_mb * MB,
        max_text_bytes=files.max_text_mb * MB,
        max_unpacked_bytes=files.max_unpacked_mb * MB,
        max_zip_ratio=files.max_zip_ratio,
        max_triangles=files.max_triangles,
    )
    store_dir = str(files.store_dir) if files.store_dir is not None else None
    return ProjectFilesSettings(files.usb_roots, store_dir, limits, printers)


def store_root(settings: ProjectFilesSettings) -> Path:
    return Path(settings.store_dir) if settings.store_dir else default_store_dir()
