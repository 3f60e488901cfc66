"""Reading equipment lists from TOML or CSV files into checked rows, each bad row by its line.

Nothing here touches the database: `EquipmentService.import_file` checks the rows against what
is stored and writes all of them or none."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.equipment_spec import EquipmentSpec, RelayBinding
from kiosk.errors import InvalidInput

# An equipment list is a few hundred lines; more is a wrong file.
MAX_FILE_BYTES = 4 * 1024 * 1024
CSV_REQUIRED = ("name", "kind")
CSV_OPTIONAL = ("icon", "training", "reservable", "lendable", "relay", "channel", "printer")
_TOML_KEYS = frozenset((*CSV_REQUIRED, *CSV_OPTIONAL))
_TABLE_HEADER = re.compile(r"^\s*\[\[\s*equipment\s*\]\]")
_TOML_LINE = re.compile(r"at line (\d+)")
_TRUE = frozenset({"yes", "y", "true", "1"})
_FALSE = frozenset({"no", "n", "false", "0"})


@dataclass(frozen=True)
class LineError:
    line: int  # 1-based line in the file; 0 when the whole file is at fault
    message: str


@dataclass(frozen=True)
class ParsedRow:
    line: int
    spec: EquipmentSpec


@dataclass
class ParsedFile:
    rows: list[ParsedRow] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)


def read_equipment_file(path: Path) -> ParsedFile:
    """The rows of `path` (.toml or .csv), and every problem found by line."""
    suffix = path.suffix.lower()
    if suffix not in (".toml", ".csv"):
        return ParsedFile(errors=[LineError(0, "the file must be a .toml or a .csv file")])
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return ParsedFile(errors=[LineError(0, f"cannot read the file: {exc.strerror}")])
    if len(data) > MAX_FILE_BYTES:
        return ParsedFile(errors=[LineError(0, "the file is larger than 4 MB")])
    if b"\0" in data:
        return ParsedFile(errors=[LineError(0, "the file is not text (it contains binary data)")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return ParsedFile(errors=[LineError(line, "the file is not UTF-8 text")])
    parsed = _parse_toml(text) if suffix == ".toml" else _parse_csv(text)
    if not parsed.rows and not parsed.errors:
        parsed.errors.append(LineError(0, "the file lists no equipment"))
    return parsed


def _row(line: int, values: Mapping[str, Any], parsed: ParsedFile) -> None:
    """Check one entry's values and add it, or its problems, to `parsed`."""
    problems: list[str] = []

    def take(name: str, convert: Callable[[Any], Any], default: Any) -> Any:
        raw = values.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return default
        try:
            return convert(raw)
        except InvalidInput as exc:
            problems.append(str(exc))
            return default

    for name in CSV_REQUIRED:
        raw = values.get(name)
        if not isinstance(raw, str) or not raw.strip():
            problems.append(f"missing {name}")
    relay = take("relay", lambda raw: _text(raw, "relay"), None)
    channel = take("channel", _channel, None)
    if (relay is None) != (channel is None) and not problems:
        problems.append("a relay binding needs both relay and channel")
    spec_values = {
        "icon": take("icon", lambda raw: _text(raw, "icon"), None),
        "training": take("training", lambda raw: _text(raw, "training"), None),
        "reservable": take("reservable", lambda raw: _flag(raw, "reservable"), True),
        "lendable": take("lendable", lambda raw: _flag(raw, "lendable"), False),
        "printer": take("printer", lambda raw: _text(raw, "printer"), None),
    }
    if problems:
        parsed.errors.append(LineError(line, "; ".join(problems)))
        return
    try:
        spec = EquipmentSpec(
            name=str(values["name"]),
            kind=str(values["kind"]),
            relay=RelayBinding(relay, channel) if relay is not None else None,
            **spec_values,
        ).checked()
    except InvalidInput as exc:
        parsed.errors.append(LineError(line, str(exc)))
        return
    parsed.rows.append(ParsedRow(line, spec))


def _text(raw: Any, name: str) -> str:
    if not isinstance(raw, str):
        raise InvalidInput(f"{name} must be text")
    return raw.strip()


def _flag(raw: Any, name: str) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
        return raw.strip().lower() in _TRUE
    raise InvalidInput(f"{name} must be yes or no")


def _channel(raw: Any) -> int:
    if isinstance(raw, bool):
        raise InvalidInput("channel must be a whole number")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().isdigit():
        return int(raw.strip())
    raise InvalidInput("channel must be a whole number")


def _parse_toml(text: str) -> ParsedFile:
    parsed = ParsedFile()
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        parsed.errors.append(LineError(int(found.group(1)) if found else 0, f"not TOML: {exc}"))
        return parsed
    entries = document.get("equipment")
    unknown = sorted(set(document) - {"equipment"})
    if unknown:
        parsed.errors.append(LineError(0, f"unknown table(s) {', '.join(unknown)}"))
    if entries is None:
        if not unknown:
            parsed.errors.append(LineError(0, "the file has no [[equipment]] tables"))
        return parsed
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        parsed.errors.append(LineError(0, "equipment must be written as [[equipment]] tables"))
        return parsed
    headers = [
        number for number, line in enumerate(text.splitlines(), 1) if _TABLE_HEADER.match(line)
    ]
    if len(headers) != len(entries):
        # Written as an inline array: the entries have no line of their own.
        headers = [0] * len(entries)
    for line, entry in zip(headers, entries, strict=True):
        extra = sorted(set(entry) - _TOML_KEYS)
        if extra:
            parsed.errors.append(LineError(line, f"unknown key(s) {', '.join(extra)}"))
            continue
        _row(line, entry, parsed)
    return parsed


def _parse_csv(text: str) -> ParsedFile:
    parsed = ParsedFile()
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        parsed.errors.append(LineError(1, f"the header is not valid CSV: {exc}"))
        return parsed
    columns = [name.strip().lower() for name in header or []]
    missing = [name for name in CSV_REQUIRED if name not in columns]
    unknown = [name for name in columns if name and name not in _TOML_KEYS]
    if missing or unknown:
        parsed.errors.append(
            LineError(
                1,
                "the first line must be a header with the columns "
                f"{', '.join(CSV_REQUIRED)} and any of {', '.join(CSV_OPTIONAL)}"
                + (f" (missing: {', '.join(missing)})" if missing else "")
                + (f" (unknown: {', '.join(unknown)})" if unknown else ""),
            )
        )
        return parsed
    line = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            parsed.errors.append(LineError(line, f"not valid CSV: {exc}"))
            break
        start, line = line, reader.line_num + 1
        if not any(value.strip() for value in record):
            continue
        if len(record) > len(columns):
            parsed.errors.append(LineError(start, "more fields than the header names"))
            continue
        _row(start, dict(zip(columns, record, strict=False)), parsed)
    return parsed
