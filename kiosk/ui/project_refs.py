"""A project's file reference as the file store knows it, for its previews and thumbnails."""

from __future__ import annotations

from kiosk.core.project_files.kinds import FileKind, StoredFile
from kiosk.core.project_views import ProjectFileRef


def stored_of(ref: ProjectFileRef) -> StoredFile | None:
    try:
        return StoredFile(ref.sha256, FileKind(ref.kind), ref.size, ref.clean_name)
    except ValueError:
        return None  # a kind this kiosk does not preview
