"""Checks on a job file before it is sent to a networked printer: the right kind of file, not
damaged, and not sliced for another printer model. The server or printer checks the G-code
itself; these catch what would otherwise fail half way or, worse, print with the wrong profile.
A refusal is one plain line and nothing is sent."""

from __future__ import annotations

import re
from pathlib import Path

from hardware.printers.model import JobRejected

SNIFF = 64 * 1024
BGCODE_MAGIC = b"GCDE"
# PrusaSlicer writes both into the start of the file: `M862.3 P "MK4S"` (the firmware checks
# it) and, among the settings at the end, `; printer_model = MK4S`.
_M862_3 = re.compile(rb'^\s*M862\.3\s+P\s*"?([A-Za-z0-9_.+-]+)"?', re.MULTILINE)
_PRINTER_MODEL = re.compile(rb"^;\s*printer_model\s*=\s*([A-Za-z0-9_.+-]+)\s*$", re.MULTILINE)


def declared_model(head: bytes, tail: bytes = b"") -> str:
    """The printer model a slicer wrote into the file, or "" if it wrote none."""
    for pattern, text in ((_M862_3, head), (_PRINTER_MODEL, tail + head)):
        match = pattern.search(text)
        if match:
            return match.group(1).decode("ascii", errors="replace")
    return ""


def check_job_file(
    path: Path, *, file_types: tuple[str, ...], model: str = "", printer: str = "this printer"
) -> None:
    """Raise `JobRejected` (one line, ending "nothing was sent") if `path` cannot be printed on
    a printer that takes `file_types` and, when known, is a `model`."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in file_types:
        raise _rejected(
            f"{name}: {printer} takes {' or '.join(file_types)} files, "
            f"not {suffix or 'a file without an extension'}"
        )
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(SNIFF)
            handle.seek(max(0, size - SNIFF))
            tail = handle.read(SNIFF)
    except FileNotFoundError:
        raise _rejected(f"{path}: no such file") from None
    except OSError as exc:
        raise _rejected(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not size:
        raise _rejected(f"{name}: the file is empty")
    if suffix == ".bgcode":
        if not head.startswith(BGCODE_MAGIC):
            raise _rejected(f"{name}: not binary G-code (the file may be damaged)")
        return
    if head.startswith(BGCODE_MAGIC):
        raise _rejected(
            f"{name}: this is binary G-code; in PrusaSlicer untick Printer Settings > General > "
            "Binary G-code and export again"
        )
    if b"\x00" in head or b"\x00" in tail:
        raise _rejected(f"{name}: part of the file is binary, not G-code (damaged or not G-code)")
    found = declared_model(head, tail)
    if model and found and found.upper() != model.upper():
        raise _rejected(
            f"{name}: sliced for a {found}, but {printer} is a {model}; "
            f"slice it again with the {model} printer profile"
        )


def _rejected(reason: str) -> JobRejected:
    return JobRejected(f"{reason}; nothing was sent")
