"""Files only the kiosk's own user may read: private folders, files private from the first
byte, and the checks that say when something on disk is open to other users.

Pure Python, no Qt. On Windows, where POSIX modes say little, the mode checks find nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Set once at process start, before anything is written: every file and folder the kiosk,
# SQLite or the log handler creates is then private to the kiosk's user.
PROCESS_UMASK = 0o077
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
# Group or other users may read or write.
_OPEN_TO_OTHERS = stat.S_IRGRP | stat.S_IWGRP | stat.S_IROTH | stat.S_IWOTH
_POSIX = os.name == "posix"
# Not every platform has O_NOFOLLOW; where it is missing, the private temporary folder (which
# no one else can enter) is what keeps a planted link out of reach.
_NEW_FILE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


def set_process_umask() -> int:
    """Make everything this process creates private; returns the previous umask."""
    return os.umask(PROCESS_UMASK)


def create_private_file(path: Path) -> int:
    """A new file, mode 0600 from its first byte; never follows a symlink and never opens a
    file that already exists (FileExistsError). Returns the open descriptor."""
    return os.open(path, _NEW_FILE_FLAGS, PRIVATE_FILE_MODE)


def open_to_others(path: Path) -> bool:
    """Whether users other than the owner may read or write `path` (False if it is missing)."""
    if not _POSIX:
        return False
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & _OPEN_TO_OTHERS)


def folder_problem(path: Path) -> str | None:
    """Why an existing folder is no safe place for private files, or None when it is.

    A symlink, something not a folder, a folder owned by another user, or one that other
    users may read or write are all refused."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        return "is a symbolic link; give the real folder"
    if not stat.S_ISDIR(info.st_mode):
        return "is not a folder"
    if not _POSIX:
        return None
    if info.st_uid != os.geteuid():
        return "belongs to another user"
    if info.st_mode & _OPEN_TO_OTHERS:
        return (
            f"other users can read or write it (mode {stat.S_IMODE(info.st_mode):04o}); "
            f"use a private folder (chmod 700)"
        )
    return None


def ensure_private_folder(path: Path) -> None:
    """Create `path` (and missing parents) as 0700 folders; an existing one is left as it is."""
    path.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
