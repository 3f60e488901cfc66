"""Machine session ends the database has not taken yet, kept in a small file beside it.

The channel is locked at a session's end whatever the database does; when the end cannot be
written (the database is locked or unreachable) it is written again until it is. Should the
kiosk stop meanwhile, the database still calls the session open, and at the next start the
kiosk would switch the channel on again for the rest of its planned time. This file carries
those ends across a restart: it is read before the open sessions are restored, and its ends
are written first.

One JSON document, replaced as a whole (a temporary file, flushed, then renamed over it), so a
crash or a full disk mid-write leaves the previous version. The file is removed when nothing is
pending. Every call does I/O: run it on a lane, never on the GUI thread."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.core.machine_views import Channel
from kiosk.file_privacy import create_private_file

log = logging.getLogger(__name__)

JOURNAL_FILE = "pending-session-ends.json"
FORMAT = 1


@dataclass(frozen=True)
class PendingEnd:
    session_id: uuid.UUID
    channel: Channel
    reason: str
    at: datetime


def read_journal(path: Path) -> tuple[PendingEnd, ...]:
    """The ends the file holds; none when it is missing. A file that cannot be understood is
    moved aside (`.unreadable`) with one log line, so that it is looked at, not lost."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    try:
        document = json.loads(text)
        if document.get("format") != FORMAT:
            raise ValueError(f"format {document.get('format')!r}")
        return tuple(
            PendingEnd(
                uuid.UUID(entry["session"]),
                Channel(str(entry["relay"]), int(entry["channel"])),
                str(entry["reason"]),
                datetime.fromisoformat(entry["at"]),
            )
            for entry in document["ends"]
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        aside = path.with_name(path.name + ".unreadable")
        log.error(
            "session ends kept in %s could not be read (%s); moved to %s: lock the machines "
            "they name from the Machines tool",
            path,
            error,
            aside.name,
        )
        with contextlib.suppress(OSError):
            os.replace(path, aside)
        return ()


def write_journal(path: Path, ends: tuple[PendingEnd, ...]) -> None:
    """Replace the file with `ends`, or remove it when there are none. Raises OSError."""
    if not ends:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    document = {
        "format": FORMAT,
        "ends": [
            {
                "session": str(end.session_id),
                "relay": end.channel.relay,
                "channel": end.channel.channel,
                "reason": end.reason,
                "at": end.at.isoformat(),
            }
            for end in ends
        ],
    }
    data = json.dumps(document, indent=1).encode("utf-8")
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()  # left by a crash of this process id's predecessor
    fd = create_private_file(temporary)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
