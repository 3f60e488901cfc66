"""File names from a USB stick: refused when they try to lead somewhere, cleaned for showing
and storing otherwise. The store never uses a patron's name as a path (content names files);
the cleaned name is a label."""

from __future__ import annotations

import re
import unicodedata

from kiosk.core.project_files.kinds import FileKind

MAX_NAME_CHARS = 80
# Control characters, the path separators of every platform, and characters Windows refuses.
_UNWANTED = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
# Bidirectional overrides and zero-width characters make a name read differently than it is
# ("photo\u202egnp.exe").
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def unsafe_name(name: str) -> bool:
    """True for a name that is not one plain entry of a folder: empty, '.', '..', anything
    holding a separator or a NUL, or '..' as a part."""
    if not name or name in (".", "..") or "\x00" in name:
        return True
    if "/" in name or "\\" in name:
        return True
    return name.strip(". ") == ""


def clean_name(name: str, kind: FileKind) -> str:
    """A short, printable label for a file of `kind`, ending in one of its extensions."""
    text = unicodedata.normalize("NFC", name)
    text = _INVISIBLE.sub("", text)
    text = _UNWANTED.sub("_", text)
    text = " ".join(text.split()).strip(". ")
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    ext = "." + ext.lower() if ext else ""
    if ext not in kind.extensions:
        stem = text  # "photo.png" that is really a JPEG keeps its whole name as the stem
        ext = kind.extensions[0]
    stem = stem.strip(". ") or kind.value
    room = MAX_NAME_CHARS - len(ext)
    return stem[:room].rstrip(". ") + ext
