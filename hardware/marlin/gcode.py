"""Reading and validating a G-code file before a single byte of it goes to a printer.

A job that stops half way leaves a ruined part on the bed, so everything that can be known wrong
about a file is found here, up front: binary or corrupt content, lines the firmware cannot take,
and a file that was cut off mid-line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Marlin's MAX_CMD_SIZE is 96 including "N<line> " and "*<checksum>"; leave room for both.
MAX_COMMAND_LENGTH = 80
MAX_FILE_BYTES = 512 * 1024 * 1024

_WORD = re.compile(r"[A-Za-z][+-]?(\d+\.?\d*|\.\d+)?")
_NUMBERED = re.compile(r"^N\d+\s+(.*?)\s*\*\d+$")
# Commands whose argument is free text rather than letter/number words.
_FREE_TEXT = re.compile(r"^M(23|28|30|32|33|117|118|928)\b", re.IGNORECASE)
_COMMAND_START = re.compile(r"^[GMTgmt]\d+")


class GcodeError(ValueError):
    """The file cannot be printed; the message says where and why, in plain words."""


@dataclass(frozen=True)
class GcodeFile:
    path: str
    commands: tuple[str, ...]
    source_lines: tuple[int, ...]  # 1-based line in the file that each command came from

    @property
    def total_bytes(self) -> int:
        """Bytes of command text (without line numbers or checksums), for progress."""
        return sum(len(c) + 1 for c in self.commands)


def strip_comment(line: str) -> str:
    """Drop a ';' comment and surrounding blanks."""
    cut = line.find(";")
    if cut >= 0:
        line = line[:cut]
    return line.strip()


def _check_command(command: str, number: int) -> str:
    """Validate one comment-free command; return it normalised or raise GcodeError."""
    numbered = _NUMBERED.match(command)
    if numbered:
        command = numbered.group(1)
    if not command.isascii() or not command.isprintable():
        raise GcodeError(f"line {number}: contains characters a printer cannot read")
    if "*" in command:
        raise GcodeError(f"line {number}: '*' is reserved for checksums and cannot be sent")
    if len(command) > MAX_COMMAND_LENGTH:
        raise GcodeError(
            f"line {number}: {len(command)} characters is longer than the printer accepts "
            f"({MAX_COMMAND_LENGTH})"
        )
    if _FREE_TEXT.match(command):
        return command
    words = command.replace(" ", "").replace("\t", "")
    pos = 0
    while pos < len(words):
        word = _WORD.match(words, pos)
        if word is None or word.end() == pos:
            raise GcodeError(f"line {number}: '{command}' is not a valid G-code command")
        pos = word.end()
    return command


def parse_gcode(data: bytes, path: str = "<memory>") -> GcodeFile:
    """Validate and clean G-code held in memory. Raises GcodeError with the first problem."""
    if data.startswith(b"GCDE"):
        raise GcodeError(f"{path}: this is binary G-code (.bgcode); export plain G-code instead")
    if b"\x00" in data:
        raise GcodeError(f"{path}: contains binary data, not G-code (is the file corrupt?)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise GcodeError(f"{path}: line {line}: not readable text (is the file corrupt?)") from None
    lines = text.splitlines()
    commands: list[str] = []
    sources: list[int] = []
    for index, raw in enumerate(lines, start=1):
        command = strip_comment(raw)
        if not command:
            continue
        commands.append(_check_command(command, index))
        sources.append(index)
    if not commands:
        raise GcodeError(f"{path}: contains no G-code commands")
    if text and not text.endswith(("\n", "\r")):
        last = strip_comment(lines[-1])
        # A job cut off mid-transfer usually ends in a half-written word such as "G1 X12.".
        if last and (not _COMMAND_START.match(last) or last.endswith((".", "-", "+"))):
            raise GcodeError(f"{path}: the file ends in the middle of a line (truncated?)")
    return GcodeFile(path=path, commands=tuple(commands), source_lines=tuple(sources))


def read_gcode(path: str | Path) -> GcodeFile:
    """Read and validate a G-code file. Raises GcodeError with a message fit to show a user."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise GcodeError(f"{name}: the file is too large to stream ({size} bytes)")
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise GcodeError(f"{name}: file not found") from None
    except IsADirectoryError:
        raise GcodeError(f"{name}: is a folder, not a G-code file") from None
    except OSError as exc:
        raise GcodeError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    return parse_gcode(data, name)
