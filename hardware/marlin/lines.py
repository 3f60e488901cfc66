"""Classifying single lines received from a Marlin printer. Pure functions, no state.

A noisy cable can deliver any bytes at all, so every parser here returns a value for any input
and never raises."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TEMP = re.compile(r"(?<![A-Za-z@])([TBCPAW]\d*):\s*(-?\d+(?:\.\d+)?)(?:\s*/\s*(-?\d+(?:\.\d+)?))?")
_OK_ARGS = re.compile(r"\b([NPB])(-?\d+)\b")
# "rs" only as a word of its own, so that e.g. "rssi" is not a resend request.
_RESEND = re.compile(r"^(?:resend|rs(?=[\s:]|$))\s*:?\s*(\S*)", re.IGNORECASE)
_SD_PROGRESS = re.compile(r"SD printing byte (\d+)\s*/\s*(\d+)", re.IGNORECASE)
_FATAL_WORDS = (
    "halted",
    "kill",
    "thermal runaway",
    "maxtemp",
    "mintemp",
    "heating failed",
    "stopped",
    "emergency",
)


@dataclass(frozen=True)
class HeaterReading:
    name: str  # "T", "T0", "T1", "B", "C" (chamber), "P" (probe)
    actual: float
    target: float | None


def checksum(text: bytes) -> int:
    """Marlin's line checksum: XOR of every byte before the '*'."""
    value = 0
    for byte in text:
        value ^= byte
    return value


def numbered_line(number: int, command: str) -> bytes:
    """`N<number> <command>*<checksum>\\n`, the form Marlin checks line numbers on."""
    body = f"N{number} {command}".encode("ascii")
    return body + b"*" + str(checksum(body)).encode("ascii") + b"\n"


def decode(raw: bytes) -> str:
    """Bytes to text, with anything unreadable replaced, and surrounding blanks stripped."""
    return raw.decode("ascii", errors="replace").strip()


def parse_temperatures(text: str) -> tuple[HeaterReading, ...]:
    readings: list[HeaterReading] = []
    for name, actual, target in _TEMP.findall(text):
        try:
            readings.append(HeaterReading(name, float(actual), float(target) if target else None))
        except ValueError:
            continue
    return tuple(readings)


def is_temperature_report(text: str) -> bool:
    return text.startswith(("T:", "T0:", "B:")) or (text.startswith("ok") and " T:" in text)


def parse_ok(text: str) -> tuple[int | None, int | None, int | None] | None:
    """`ok`, `ok 123` or `ok N123 P15 B3` -> (line, planner free, buffer free); None if not ok."""
    if not (text == "ok" or text.startswith("ok ") or text.startswith("ok\t")):
        return None
    rest = text[2:].strip()
    values: dict[str, int] = {}
    for key, number in _OK_ARGS.findall(rest):
        values.setdefault(key, int(number))
    line = values.get("N")
    if line is None:
        first = rest.split(" ", 1)[0]
        if first.isdigit():
            line = int(first)
    return line, values.get("P"), values.get("B")


def parse_resend(text: str) -> tuple[bool, int | None]:
    """(True, number) for `Resend: N` / `rs N`; (True, None) if the number is garbled."""
    match = _RESEND.match(text)
    if match is None:
        return False, None
    word = match.group(1)
    if word.startswith("N"):
        word = word[1:]
    return True, int(word) if word.isdigit() else None


def is_printer_output(text: str) -> bool:
    """True if `text` can be a line a printer wrote: printable ASCII (and tabs) only. Anything
    else is noise on the cable, never a reply."""
    return all(" " <= char <= "~" or char == "\t" for char in text)


def is_reset_banner(text: str) -> bool:
    """Marlin prints `start` first thing after a reset. A reset can cut the line being sent
    (`okstart`, `T:210.0start`) or follow noise bytes (`\x00start`); an action or a message
    that ends in the word (`//action:start`, `echo:... restart`) is not one."""
    if not text.endswith("start"):
        return False
    prefix = text[:-5]
    if not prefix or not is_printer_output(prefix):
        return True
    if prefix.startswith(("//", "echo:", "Error:")):
        return False
    return prefix[-1] not in " :\"'_=/-"


def is_fatal_error(message: str) -> bool:
    lowered = message.lower()
    return any(word in lowered for word in _FATAL_WORDS)


def parse_sd_progress(text: str) -> tuple[int, int] | None:
    match = _SD_PROGRESS.search(text)
    if match is None:
        return None
    return int(match.group(1)), int(match.group(2))
