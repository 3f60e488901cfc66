"""Reading and validating a G-code file before a single byte of it goes to a printer.

A job that stops half way leaves a ruined part on the bed, so everything that can be known wrong
about a file is found here, up front: binary or corrupt content, lines the firmware cannot take,
and a file that was cut off mid-line."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from hardware.marlin.slicer import (
    BINARY_GCODE_HINT,
    FREE_TEXT,
    SlicerLineError,
    clean,
    printer_model,
    refuse_other_firmware,
)

# Marlin's MAX_CMD_SIZE is 96 including "N<line> " and "*<checksum>"; leave room for both.
MAX_COMMAND_LENGTH = 80
BINARY_SNIFF = 64 * 1024

# One parameter: a letter and a number (`X-1.5`), a version (`U3.14.0`, `U6.2.0+8853`, as in
# PrusaSlicer's M115), a quoted string (`P"MK4S"`, `A"part 1"`), or a letter alone (`G28 W`).
_WORD = re.compile(
    r'\s*[A-Za-z]\s*(?:"[^"]*"|[+-]?(?:\d+\.?\d*|\.\d+)(?:\.\d+)*(?:\+[0-9A-Za-z_]+)?)?'
)
_NUMBERED = re.compile(r"^N\d+\s+(.*?)\s*\*\d+$")
_COMMAND_START = re.compile(r"^[GMTgmt]\d+")


class GcodeError(ValueError):
    """The file cannot be printed; the message says where and why, in plain words."""


@dataclass(frozen=True)
class GcodeFile:
    """A checked job. Its commands are read again from the file while printing, so a large file
    is never held in memory; a file changed since it was checked stops the job with a message."""

    path: str
    line_count: int
    total_bytes: int  # bytes of command text plus a newline each, for progress
    _data: bytes | None = field(default=None, repr=False)
    _stamp: tuple[int, int] = (0, 0)
    # The Prusa model named by the file's `M862.3 P "MK3S"` check, if it has one.
    printer_model: str = ""

    def iter_commands(self) -> Iterator[str]:
        if self._data is not None:
            yield from _commands(self._data.splitlines(keepends=True), self.path)
            return
        try:
            with open(self.path, "rb") as handle:
                if _stamp(handle) != self._stamp:
                    raise GcodeError(f"{self.path}: the file changed after it was checked")
                yield from _commands(handle, self.path)
        except OSError as exc:
            raise GcodeError(f"{self.path}: cannot be read ({exc.strerror or exc})") from None

    @property
    def commands(self) -> tuple[str, ...]:
        """Every command at once: for small jobs and tests."""
        return tuple(self.iter_commands())


def strip_comment(line: str) -> str:
    """Drop a ';' comment and surrounding blanks."""
    cut = line.find(";")
    if cut >= 0:
        line = line[:cut]
    return line.strip()


def _check_command(command: str, number: int) -> str:
    """Validate one comment-free command; return it as it goes on the wire or raise
    GcodeError."""
    numbered = _NUMBERED.match(command)
    if numbered:
        command = numbered.group(1)
    if not command.isprintable():
        raise GcodeError(f"line {number}: contains characters a printer cannot read")
    command = clean(command)
    if not command:
        return command
    if FREE_TEXT.match(command):
        # A message or file name: what a printer cannot show is replaced, a long one cut.
        text = "".join(c if c.isascii() and c != "*" else "?" for c in command)
        return text[:MAX_COMMAND_LENGTH].rstrip()
    if not command.isascii():
        raise GcodeError(f"line {number}: contains characters a printer cannot read")
    if "*" in command:
        raise GcodeError(f"line {number}: '*' is reserved for checksums and cannot be sent")
    try:
        refuse_other_firmware(command, number)
    except SlicerLineError as exc:
        raise GcodeError(str(exc)) from None
    if len(command) > MAX_COMMAND_LENGTH:
        raise GcodeError(
            f"line {number}: {len(command)} characters is longer than the printer accepts "
            f"({MAX_COMMAND_LENGTH})"
        )
    pos = 0
    while pos < len(command):
        word = _WORD.match(command, pos)
        if word is None or word.end() == pos:
            if not command[pos:].strip():
                break
            raise GcodeError(f"line {number}: '{command}' is not a valid G-code command")
        pos = word.end()
    return command


def _commands(raw_lines: Iterable[bytes], path: str) -> Iterator[str]:
    """Clean commands from raw lines (each with its line end), checking every one."""
    last = b""
    for number, raw in enumerate(raw_lines, start=1):
        if number == 1 and raw.startswith(b"GCDE"):
            raise GcodeError(f"{path}: {BINARY_GCODE_HINT}")
        if b"\x00" in raw:
            raise GcodeError(f"{path}: contains binary data, not G-code (is the file corrupt?)")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise GcodeError(
                f"{path}: line {number}: not readable text (is the file corrupt?)"
            ) from None
        # A lone CR also ends a line (old Mac line ends); splitting here keeps numbering simple.
        for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            command = strip_comment(part)
            if command:
                checked = _check_command(command, number)
                if checked:
                    yield checked
        last = raw
    if ends_mid_line(last):
        raise GcodeError(f"{path}: the file ends in the middle of a line (truncated?)")


def ends_mid_line(end: bytes) -> bool:
    """Whether a file whose last bytes are `end` was cut off in the middle of a line: its last
    line has no line end and is no whole command. A job cut off mid-transfer usually ends in a
    half-written word such as "G1 X12."."""
    if not end or end.endswith((b"\n", b"\r")):
        return False
    last = end.replace(b"\r", b"\n").rsplit(b"\n", 1)[-1]
    tail = strip_comment(last.decode("utf-8", errors="replace"))
    return bool(tail) and (not _COMMAND_START.match(tail) or tail.endswith((".", "-", "+")))


def _count(commands: Iterable[str], path: str) -> tuple[int, int, str]:
    lines = size = 0
    model = ""
    for command in commands:
        lines += 1
        size += len(command) + 1
        if not model and command[:6].upper() == "M862.3":
            model = printer_model(command) or ""
    if not lines:
        raise GcodeError(f"{path}: contains no G-code commands")
    return lines, size, model


def _stamp(handle: BinaryIO) -> tuple[int, int]:
    info = os.fstat(handle.fileno())
    return info.st_size, info.st_mtime_ns


def parse_gcode(data: bytes, path: str = "<memory>") -> GcodeFile:
    """Validate G-code held in memory. Raises GcodeError with the first problem."""
    lines, size, model = _count(_commands(data.splitlines(keepends=True), path), path)
    return GcodeFile(path, lines, size, data, printer_model=model)


def read_gcode(path: str | Path) -> GcodeFile:
    """Read and check a whole G-code file, line by line. Raises GcodeError with a message fit
    to show a user; nothing is kept in memory but the counts."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            stamp = _stamp(handle)
            # A binary file may hold no line end at all: look before reading it line by line.
            head = handle.read(BINARY_SNIFF)
            if head.startswith(b"GCDE") or name.lower().endswith(".bgcode"):
                raise GcodeError(f"{name}: {BINARY_GCODE_HINT}")
            if b"\x00" in head:
                raise GcodeError(f"{name}: contains binary data, not G-code (is the file corrupt?)")
            handle.seek(0)
            lines, size, model = _count(_commands(handle, name), name)
    except FileNotFoundError:
        raise GcodeError(f"{name}: file not found") from None
    except IsADirectoryError:
        raise GcodeError(f"{name}: is a folder, not a G-code file") from None
    except OSError as exc:
        raise GcodeError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    return GcodeFile(name, lines, size, None, stamp, printer_model=model)
