"""Pictures of projects for the showcase export (`kiosk.core.showcase_export.PictureSource`):
a file's thumbnail from the store, drawn now if the kiosk has not drawn it yet (a model shaded,
a photo scaled, a PDF's first page), so every shared project with a picture shows one.

Light to import: the drawing libraries load on the first picture."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.project_files.kinds import FileKind, StoredFile
from kiosk.core.project_files.layout import StoreLayout
from kiosk.core.project_files.settings import ProjectFilesSettings, store_root

if TYPE_CHECKING:
    from kiosk.core.project_files.store import FileStore
    from kiosk.core.project_views import ProjectFileRef

log = logging.getLogger(__name__)


class StorePictures:
    """Called once per project on the export's thread; opens the store on the first picture
    it has to draw, without sweeping it (a kiosk may be copying into it meanwhile)."""

    def __init__(self, settings: ProjectFilesSettings) -> None:
        self._settings = settings
        self._layout = StoreLayout(store_root(settings))
        self._store: FileStore | None = None

    def __call__(self, ref: ProjectFileRef) -> Path | None:
        try:
            kind = FileKind(ref.kind)
            if not self._layout.contains(ref.sha256):
                return None
            made = self._layout.thumbnail_path(ref.sha256)
        except ValueError:  # a kind or name this kiosk does not know
            return None
        if made.is_file():
            return made
        from kiosk.core.project_files.previews import thumbnail

        try:
            return thumbnail(self._open(), StoredFile(ref.sha256, kind, ref.size, ref.clean_name))
        except OSError as exc:  # a read-only or full store: the project shows without it
            log.warning("no picture for a %s file: %s", kind, exc)
            return None

    def _open(self) -> FileStore:
        if self._store is None:
            from kiosk.core.project_files.store import FileStore

            self._store = FileStore(self._layout.root, self._settings.limits, sweep=False)
        return self._store
