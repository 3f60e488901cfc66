"""USB sticks as the kiosk's file picker sees them: only what is under the configured roots,
one stick at a time, never a way out of it.

A path inside a stick is a tuple of plain names; each is checked (no '..', no separators), the
real path of the result must still lie inside the stick's real path (a link leading out is
refused), and the file is then opened by the store without following links."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.project_files.content import identify
from kiosk.core.project_files.kinds import FileKind, FileLimits, FileRefused, RefusalCode
from kiosk.core.project_files.names import unsafe_name

logger = logging.getLogger(__name__)

LISTING_HEAD = 16 * 1024
MAX_ENTRIES = 500


@dataclass(frozen=True)
class Stick:
    label: str
    path: str  # where it is mounted


@dataclass(frozen=True)
class Entry:
    name: str
    parts: tuple[str, ...]  # the path inside the stick
    is_folder: bool
    size: int = 0
    kind: FileKind | None = None  # from the first bytes; proved when stored
    refusal: RefusalCode | None = None  # why it cannot be picked


class UsbBrowser:
    def __init__(
        self, roots: Sequence[str], limits: FileLimits | None = None, *, mounts_only: bool = True
    ) -> None:
        """`mounts_only=False` takes every folder at the top of a root as a stick (for
        terminals that mount sticks without a mount point per stick, and for tests)."""
        self.roots = tuple(Path(root) for root in roots)
        self.limits = limits or FileLimits()
        self.mounts_only = mounts_only

    def sticks(self) -> tuple[Stick, ...]:
        """Sticks plugged in now: mount points one or two levels under a root
        (/media/LABEL, /media/USER/LABEL, /run/media/USER/LABEL)."""
        found: list[Stick] = []
        for root in self.roots:
            for first in _folders(root):
                if self._is_stick(first):
                    found.append(Stick(first.name, str(first)))
                    continue
                if self.mounts_only:
                    found.extend(
                        Stick(second.name, str(second))
                        for second in _folders(first)
                        if self._is_stick(second)
                    )
        return tuple(sorted(found, key=lambda stick: (stick.label.casefold(), stick.path)))

    def _is_stick(self, folder: Path) -> bool:
        if self.mounts_only:
            return os.path.ismount(folder)
        try:
            with os.scandir(folder) as scan:
                return any(True for _ in scan)
        except OSError:
            return False

    def _check_stick(self, stick: Stick) -> Path:
        """The stick's real path, if it is still one of the sticks under the roots."""
        if stick not in self.sticks():
            raise FileRefused(RefusalCode.READ_FAILED)
        return Path(os.path.realpath(stick.path))

    def resolve(self, stick: Stick, parts: Sequence[str]) -> Path:
        """The real path of `parts` inside `stick`; FileRefused when it leads anywhere else."""
        base = self._check_stick(stick)
        if any(unsafe_name(part) for part in parts):
            raise FileRefused(RefusalCode.UNSAFE_NAME)
        real = Path(os.path.realpath(base.joinpath(*parts)))
        if real != base and base not in real.parents:
            raise FileRefused(RefusalCode.OUTSIDE_STICK)
        return real

    def listing(self, stick: Stick, parts: Sequence[str] = ()) -> tuple[Entry, ...]:
        """Folders first, then files, by name; hidden files left out."""
        folder = self.resolve(stick, parts)
        base = Path(os.path.realpath(stick.path))
        entries: list[Entry] = []
        try:
            with os.scandir(folder) as scan:
                for item in scan:
                    if item.name.startswith(".") or len(entries) >= MAX_ENTRIES:
                        continue
                    entries.append(self._entry(item, (*parts, item.name), base))
        except OSError as exc:
            logger.info("cannot list a folder on a stick: %r", exc)
            raise FileRefused(RefusalCode.READ_FAILED) from None
        return tuple(sorted(entries, key=lambda e: (not e.is_folder, e.name.casefold())))

    def _entry(self, item: os.DirEntry[str], parts: tuple[str, ...], base: Path) -> Entry:
        name = item.name
        if unsafe_name(name) or not name.isprintable():
            return Entry(name, parts, False, refusal=RefusalCode.UNSAFE_NAME)
        try:
            real = Path(os.path.realpath(item.path))
            if real != base and base not in real.parents:
                return Entry(name, parts, False, refusal=RefusalCode.OUTSIDE_STICK)
            info = os.stat(real)
        except OSError:
            return Entry(name, parts, False, refusal=RefusalCode.READ_FAILED)
        if stat.S_ISDIR(info.st_mode):
            return Entry(name, parts, True)
        if not stat.S_ISREG(info.st_mode):
            return Entry(name, parts, False, refusal=RefusalCode.NOT_A_FILE)
        size = info.st_size
        if size == 0:
            return Entry(name, parts, False, size, refusal=RefusalCode.EMPTY)
        if size > self.limits.max_file_bytes:
            return Entry(name, parts, False, size, refusal=RefusalCode.TOO_LARGE)
        try:
            with open(real, "rb") as handle:
                head = handle.read(LISTING_HEAD)
        except OSError:
            return Entry(name, parts, False, size, refusal=RefusalCode.READ_FAILED)
        kind = identify(head, size)
        if kind is None:
            return Entry(name, parts, False, size, refusal=RefusalCode.UNKNOWN_KIND)
        if size > self.limits.limit_for(kind):
            return Entry(name, parts, False, size, kind, RefusalCode.TOO_LARGE)
        return Entry(name, parts, False, size, kind)


def _folders(root: Path) -> list[Path]:
    try:
        with os.scandir(root) as scan:
            return [
                Path(item.path)
                for item in scan
                if not item.name.startswith(".") and item.is_dir(follow_symlinks=False)
            ]
    except OSError:
        return []
