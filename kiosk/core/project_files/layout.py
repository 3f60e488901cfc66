"""Where the content store keeps things, read-only and light to import: the print queue and
the showcase export find files in a store another part of the kiosk owns (see `store`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

_SHA256_NAME = re.compile(r"[0-9a-f]{64}")


class StoreLayout:
    """Where the store keeps a file and its thumbnail, read-only: it makes no folder and
    sweeps nothing, so the print queue and the showcase export can find files in a store
    that another part of the kiosk owns (or that does not exist yet)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._objects = self.root / "objects"
        self._thumbs = self.root / "thumbs"

    def path(self, sha256: str) -> Path:
        if not _SHA256_NAME.fullmatch(sha256):
            raise ValueError("not a SHA-256 in hex")
        return self._objects / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def thumbnail_path(self, sha256: str) -> Path:
        self.path(sha256)  # checks the name
        return self._thumbs / f"{sha256}.png"

    def stored(self) -> Iterator[tuple[str, Path]]:
        """Every stored file's SHA-256 and path (anything else in the folders is skipped)."""
        if not self._objects.is_dir():
            return
        for folder in sorted(self._objects.iterdir()):
            if not folder.is_dir() or len(folder.name) != 2:
                continue
            for path in sorted(folder.iterdir()):
                if (
                    _SHA256_NAME.fullmatch(path.name)
                    and path.name[:2] == folder.name
                    and path.is_file()
                ):
                    yield path.name, path

    def thumbnails(self) -> Iterator[tuple[str, Path]]:
        """Every thumbnail's SHA-256 (of the file it pictures) and path."""
        if not self._thumbs.is_dir():
            return
        for path in sorted(self._thumbs.glob("*.png")):
            if _SHA256_NAME.fullmatch(path.stem) and path.is_file():
                yield path.stem, path
