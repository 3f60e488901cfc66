"""What a printer says about itself in reply to M115."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_KEYS = (
    "FIRMWARE_NAME",
    "SOURCE_CODE_URL",
    "FIRMWARE_URL",  # Prusa firmware's name for it
    "PROTOCOL_VERSION",
    "MACHINE_TYPE",
    "EXTRUDER_COUNT",
    "UUID",
)
_KEY_AT = re.compile(r"\b(" + "|".join(_KEYS) + r"):")
_CAP = re.compile(r"^Cap:([A-Z0-9_]+):([01])\s*$")


@dataclass(frozen=True)
class Capabilities:
    firmware_name: str = ""
    machine_type: str = ""
    protocol_version: str = ""
    extruder_count: int = 1
    flags: dict[str, bool] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        return self.flags.get(name, False)

    @property
    def autoreport_temp(self) -> bool:
        return self.has("AUTOREPORT_TEMP")

    @property
    def advanced_ok(self) -> bool:
        return self.has("ADVANCED_OK")

    @property
    def emergency_parser(self) -> bool:
        return self.has("EMERGENCY_PARSER")

    @property
    def sd_support(self) -> bool:
        return self.has("SDCARD")

    @property
    def autoreport_sd_status(self) -> bool:
        return self.has("AUTOREPORT_SD_STATUS")

    @property
    def is_marlin(self) -> bool:
        return "marlin" in self.firmware_name.lower()

    def describe(self) -> str:
        name = self.firmware_name or "unknown firmware"
        shown = ("ADVANCED_OK", "AUTOREPORT_TEMP", "SDCARD")
        extras = [cap.lower() for cap in shown if self.has(cap)]
        machine = f"{self.machine_type}, " if self.machine_type else ""
        return f"{machine}{name}" + (f" ({', '.join(extras)})" if extras else "")


def parse_m115(replies: Iterable[str]) -> Capabilities:
    """Parse the lines a printer sent before the `ok` of M115. Unknown lines are ignored."""
    info: dict[str, str] = {}
    flags: dict[str, bool] = {}
    for line in replies:
        text = line.strip()
        cap = _CAP.match(text)
        if cap:
            flags[cap.group(1)] = cap.group(2) == "1"
            continue
        # Values may contain spaces ("Marlin 2.1.2 (Jun 1 2023)"), so split at the known keys.
        marks = list(_KEY_AT.finditer(text))
        for i, mark in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
            info[mark.group(1)] = text[mark.end() : end].strip()
    try:
        extruders = int(info.get("EXTRUDER_COUNT", "1"))
    except ValueError:
        extruders = 1
    return Capabilities(
        firmware_name=info.get("FIRMWARE_NAME", ""),
        machine_type=info.get("MACHINE_TYPE", ""),
        protocol_version=info.get("PROTOCOL_VERSION", ""),
        extruder_count=extruders,
        flags=flags,
    )
