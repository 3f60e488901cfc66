"""The project-file pieces put together from the configuration: the sticks under the
configured roots, the store in the data directory, and each printer's build volume.

Plain data in, no database: the picker works while the database is down."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kiosk.core.project_files.kinds import FilePreview, FileRefused, StoredFile
from kiosk.core.project_files.previews import preview, row_thumbnail
from kiosk.core.project_files.settings import ProjectFilesSettings, store_root
from kiosk.core.project_files.store import FileStore, Progress
from kiosk.core.project_files.usb import Entry, Stick, UsbBrowser


class ProjectFiles:
    """What the picker calls, each on the file lane (every call may touch a slow stick)."""

    def __init__(self, settings: ProjectFilesSettings) -> None:
        self.settings = settings
        self.browser = UsbBrowser(
            settings.usb_roots, settings.limits, mounts_only=settings.mounts_only
        )
        self._store: FileStore | None = None

    @property
    def store(self) -> FileStore:
        """Opened on first use (it makes its folders and sweeps unfinished copies)."""
        if self._store is None:
            self._store = FileStore(store_root(self.settings), self.settings.limits)
        return self._store

    def sticks(self) -> tuple[Stick, ...]:
        return self.browser.sticks()

    def listing(self, stick: Stick, parts: Sequence[str]) -> tuple[Entry, ...]:
        return self.browser.listing(stick, parts)

    def copy(
        self,
        stick: Stick,
        parts: Sequence[str],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> StoredFile:
        source = self.browser.resolve(stick, parts)
        return self.store.store(
            source, name=parts[-1] if parts else "", progress=progress, cancelled=cancelled
        )

    def row_pictures(
        self, stick: Stick, entries: Sequence[Entry], most: int = 40
    ) -> dict[int, bytes]:
        """Small PNGs for the rows of a listing that have one (index -> PNG), read from the
        stick; the first `most` files only."""
        pictures: dict[int, bytes] = {}
        tried = 0
        for index, entry in enumerate(entries):
            if entry.is_folder or entry.kind is None or entry.refusal is not None:
                continue
            if not (entry.kind.is_image or entry.kind.is_mesh) or tried >= most:
                continue
            tried += 1
            try:
                path = self.browser.resolve(stick, entry.parts)
            except FileRefused:
                continue
            picture = row_thumbnail(path, entry.kind, self.settings.limits)
            if picture is not None:
                pictures[index] = picture
        return pictures

    def preview(self, stored: StoredFile, printer: str = "") -> FilePreview:
        return preview(self.store, stored, self.settings.volume(printer))
