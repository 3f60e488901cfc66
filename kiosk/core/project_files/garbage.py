"""Garbage collection of the content store: stored files that no project and no print job
refers to (a file copied for a submission that was never made, a project's file replaced by
staff), and thumbnails whose file is gone. Nothing is removed unless asked; a file stored or
copied again recently is kept, since a patron may be about to submit it."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.project_files.layout import StoreLayout

log = logging.getLogger(__name__)

# A file younger than this is kept: copied from a stick, it waits for its project to be sent.
DEFAULT_MIN_AGE_S = 48 * 3600.0


@dataclass(frozen=True)
class Unused:
    sha256: str
    path: Path
    size: int


@dataclass(frozen=True)
class GarbageReport:
    unused: tuple[Unused, ...]  # found (a dry run) or removed
    thumbnails: tuple[Path, ...]  # of unused files, or of files no longer stored
    recent: int  # unused files kept because they are younger than the minimum age
    removed: bool  # False: a dry run, nothing was touched
    failed: tuple[str, ...] = ()  # what could not be removed, one line each

    @property
    def size(self) -> int:
        return sum(item.size for item in self.unused)


def collect_garbage(
    layout: StoreLayout,
    referenced: Callable[[], Collection[str]],
    *,
    delete: bool = False,
    min_age_s: float = DEFAULT_MIN_AGE_S,
    now: Callable[[], float] = time.time,
) -> GarbageReport:
    """`referenced` gives the SHA-256 of every file the database refers to; it is asked after
    the store is listed, so a file referred to by then is kept whatever its age."""
    listed = [(sha, path, path.stat()) for sha, path in layout.stored()]
    used = {sha.lower() for sha in referenced()}
    cutoff = now() - min_age_s
    unused: list[Unused] = []
    recent = 0
    for sha, path, info in listed:
        if sha in used:
            continue
        if info.st_mtime > cutoff:
            recent += 1
            continue
        unused.append(Unused(sha, path, info.st_size))
    gone = {item.sha256 for item in unused}
    kept = {sha for sha, _path, _info in listed} - gone
    thumbnails = tuple(path for sha, path in layout.thumbnails() if sha not in kept)
    if not delete:
        return GarbageReport(tuple(unused), thumbnails, recent, removed=False)
    failed: list[str] = []
    removed: list[Unused] = []
    for item in unused:
        try:
            # Stored again (or copied again) since it was listed: its patron needs it.
            if item.path.stat().st_mtime > cutoff:
                continue
            item.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append(f"{item.sha256[:12]}: {exc.strerror or exc}")
            continue
        removed.append(item)
    for path in thumbnails:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            failed.append(f"{path.name}: {exc.strerror or exc}")
    report = GarbageReport(tuple(removed), thumbnails, recent, removed=True, failed=tuple(failed))
    log.info(
        "file store: removed %d unused file(s) (%d bytes) and %d thumbnail(s)",
        len(report.unused),
        report.size,
        len(thumbnails),
    )
    return report
