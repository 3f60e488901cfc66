"""The content-addressed file store: a file is kept once, named by its SHA-256.

A copy goes to a private temporary file, is hashed on the way, flushed to disk, checked for
what it is (on the kiosk's own copy, which nothing else can change), and only then moved into
place under its hash. So a stick pulled out mid-copy, a full disk, a cancel or a file that is
not what it claims leaves nothing but a removed temporary file; a file that is already stored
is not stored again.

Layout under the root: `objects/ab/<64 hex>` (the contents), `thumbs/<64 hex>.png` (previews),
`tmp/` (copies under way; emptied when the store is opened), `damaged/` (stored files found
not to hash to their name, set aside)."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, Protocol

from kiosk.core.project_files.content import sniff
from kiosk.core.project_files.kinds import (
    CopyCancelled,
    FileLimits,
    FileRefused,
    NotTheFile,
    RefusalCode,
    StoredFile,
)
from kiosk.core.project_files.layout import StoreLayout
from kiosk.core.project_files.names import clean_name, unsafe_name
from kiosk.file_privacy import PRIVATE_FOLDER_MODE, create_private_file

logger = logging.getLogger(__name__)

CHUNK = 1024 * 1024
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)

Progress = Callable[[int, int], None]


class DiskIO(Protocol):
    """The copy's reads from the stick and writes to the store: the operating system's, or a
    stand-in that fails the way a pulled stick or a full disk does."""

    def read(self, source: BinaryIO, size: int) -> bytes: ...

    def write(self, fd: int, data: bytes) -> int: ...

    def fsync(self, fd: int) -> None: ...


class OsDiskIO:
    def read(self, source: BinaryIO, size: int) -> bytes:
        return source.read(size)

    def write(self, fd: int, data: bytes) -> int:
        return os.write(fd, data)

    def fsync(self, fd: int) -> None:
        os.fsync(fd)


class FileStore(StoreLayout):
    def __init__(
        self,
        root: Path,
        limits: FileLimits | None = None,
        *,
        disk: DiskIO | None = None,
        sweep: bool = True,
    ) -> None:
        """`sweep=False` for a command run beside a kiosk that may be copying into `tmp/`
        (the showcase export drawing thumbnails): the kiosk sweeps when it opens the store."""
        super().__init__(root)
        self.limits = limits or FileLimits()
        self._disk = disk or OsDiskIO()
        self._tmp = self.root / "tmp"
        for folder in (self.root, self._objects, self._thumbs, self._tmp):
            folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        if sweep:
            self._sweep()

    def _sweep(self) -> None:
        """Copies a crash or a power cut interrupted are never finished: remove them."""
        for leftover in self._tmp.iterdir():
            try:
                leftover.unlink()
            except OSError as exc:
                logger.warning("cannot remove the unfinished copy %s: %s", leftover.name, exc)

    # -- working files ---------------------------------------------------------------------------

    def temporary(self, suffix: str) -> tuple[int, Path]:
        """A new private file in the store's temporary folder (for previews being drawn)."""
        for _ in range(10):
            candidate = self._tmp / f"{os.urandom(8).hex()}{suffix}"
            try:
                return create_private_file(candidate), candidate
            except FileExistsError:
                continue
        raise FileExistsError("no free temporary name")

    # -- storing -------------------------------------------------------------------------------

    def store(
        self,
        source: Path,
        *,
        name: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> StoredFile:
        """Copy `source` (a regular file, never followed through a link) into the store.

        Raises FileRefused (nothing stored) or CopyCancelled (nothing stored)."""
        display = name if name is not None else source.name
        if unsafe_name(display):
            raise FileRefused(RefusalCode.UNSAFE_NAME)
        try:
            fd_in = os.open(source, _READ_FLAGS)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise FileRefused(RefusalCode.OUTSIDE_STICK) from None
            logger.info("cannot open a file to copy: %r", exc)
            raise FileRefused(RefusalCode.READ_FAILED) from None
        info = os.fstat(fd_in)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd_in)
            raise FileRefused(RefusalCode.NOT_A_FILE)
        with os.fdopen(fd_in, "rb", buffering=0) as handle:
            if info.st_size == 0:
                raise FileRefused(RefusalCode.EMPTY)
            if info.st_size > self.limits.max_file_bytes:
                raise FileRefused(RefusalCode.TOO_LARGE, limit_mb=self.limits.max_file_bytes >> 20)
            fd_out, temporary = self.temporary(".part")
            try:
                digest = self._copy(handle, fd_out, info.st_size, progress, cancelled)
            except BaseException:
                os.close(fd_out)
                _remove(temporary)
                raise
            os.close(fd_out)
        try:
            kind = sniff(temporary, self.limits)
            final = self.path(digest)
            if final.is_file():
                logger.info("file %s is stored already", digest[:12])
                # Fresh again for the store's garbage collection, which keeps recent files.
                os.utime(final)
            else:
                _move_into_place(temporary, final)
        except OSError as exc:
            raise _store_error(exc) from None
        finally:
            _remove(temporary)
        return StoredFile(digest, kind, info.st_size, clean_name(display, kind))

    def receive(self, sha256: str, chunks: Iterable[bytes], size: int) -> bool:
        """Store the file `sha256` from `chunks` (its bytes in order, as another terminal
        stored it), hashed as they are written to a temporary file that is moved into place
        only when all `size` bytes hash to `sha256`. False when it was stored already.

        Raises NotTheFile (nothing stored) or FileRefused for this disk's own failures."""
        final = self.path(sha256)
        if final.is_file():
            return False
        digest = hashlib.sha256()
        done = 0
        try:
            fd_out, temporary = self.temporary(".part")
        except OSError as exc:
            raise _store_error(exc) from None
        try:
            try:
                for chunk in chunks:
                    done += len(chunk)
                    if done > size:
                        raise NotTheFile(f"{sha256[:12]}: more than the {size} bytes announced")
                    digest.update(chunk)
                    self._write_all(fd_out, chunk)
                if done != size or digest.hexdigest() != sha256:
                    raise NotTheFile(f"{sha256[:12]}: the bytes received do not hash to it")
                self._disk.fsync(fd_out)
            finally:
                os.close(fd_out)
            _move_into_place(temporary, final)
        except OSError as exc:
            raise _store_error(exc) from None
        finally:
            _remove(temporary)
        return True

    def set_aside(self, sha256: str) -> Path:
        """Move the stored file `sha256`, found not to hash to its name, out of the store into
        `damaged/` (kept for staff, never served), and remove its thumbnail: the store no longer
        holds it, so a good copy can be received in its place. Raises OSError."""
        final = self.path(sha256)
        folder = self.root / "damaged"
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)
        target = folder / sha256
        self.thumbnail_path(sha256).unlink(missing_ok=True)
        os.replace(final, target)
        logger.info("damaged file %s set aside in %s", sha256[:12], folder)
        return target

    def _write_all(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[self._disk.write(fd, bytes(view)) :]

    def _copy(
        self,
        source: BinaryIO,
        fd_out: int,
        size: int,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> str:
        digest = hashlib.sha256()
        done = 0
        if progress is not None:
            progress(0, size)
        while True:
            if cancelled is not None and cancelled():
                raise CopyCancelled()
            try:
                chunk = self._disk.read(source, CHUNK)
            except OSError as exc:  # EIO: the stick was pulled out
                logger.info("copy from the stick failed: %r", exc)
                raise FileRefused(RefusalCode.READ_FAILED) from None
            if not chunk:
                break
            done += len(chunk)
            if done > size or done > self.limits.max_file_bytes:
                # It grew while being copied: not the file that was picked.
                raise FileRefused(RefusalCode.READ_FAILED)
            digest.update(chunk)
            try:
                self._write_all(fd_out, chunk)
            except OSError as exc:
                raise _store_error(exc) from None
            if progress is not None:
                progress(done, size)
        if done != size:
            # A stick pulled out can read as a short file rather than as an error.
            raise FileRefused(RefusalCode.READ_FAILED)
        try:
            self._disk.fsync(fd_out)
        except OSError as exc:
            raise _store_error(exc) from None
        return digest.hexdigest()


def _move_into_place(temporary: Path, final: Path) -> None:
    final.parent.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)
    os.replace(temporary, final)
    _sync_folder(final.parent)


def _store_error(exc: OSError) -> FileRefused:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        logger.warning("the file store's disk is full")
        return FileRefused(RefusalCode.DISK_FULL)
    logger.error("the file store failed: %r", exc)
    return FileRefused(RefusalCode.STORE_FAILED)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        logger.warning("cannot remove the temporary copy %s: %s", path.name, exc)


def _sync_folder(folder: Path) -> None:
    """The rename is on disk only once its folder is (POSIX); Windows has no folder fsync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
