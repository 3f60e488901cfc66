"""What Prusa firmware (MK3 family) and Klipper's G-code port say where they differ from
Marlin, for the simulator. Shapes from Prusa-Firmware's Marlin_main.cpp (M115, M862) and
klippy's gcode.py (M115 answered on its `ok` line, `// Klipper state:` messages)."""

from __future__ import annotations

import re

_MODEL = re.compile(r'P\s*"?([^"]+?)"?\s*$')


def boot_banner(variant: str, firmware_name: str, sd_support: bool) -> list[str]:
    if variant == "klipper":
        return ["// Klipper state: Ready"]
    lines = ["start", f"echo:{firmware_name}"]
    if variant == "prusa":
        lines += ["echo: Last Updated: Dec  1 2025 | Author: (none, default config)"]
    else:
        lines += [
            "echo: Last Updated: 2023-08-01 | Author: (simulator)",
            "echo: Free Memory: 2048  PlannerBufferBytes: 1232",
        ]
    if sd_support:
        lines.append("echo:SD card ok")
    return lines


def m115_lines(
    variant: str,
    firmware_name: str,
    machine_type: str,
    caps: dict[str, bool],
) -> list[str]:
    """The lines before M115's `ok` (for Klipper: the `ok` line itself)."""
    if variant == "klipper":
        return ["ok FIRMWARE_VERSION:v0.12.0-60-g0665dc89 FIRMWARE_NAME:Klipper"]
    if variant == "prusa":
        # Prusa firmware names the URL FIRMWARE_URL, sends no UUID and fewer capabilities.
        return [
            f"FIRMWARE_NAME:{firmware_name} FIRMWARE_URL:https://github.com/prusa3d/Prusa-Firmware "
            f"PROTOCOL_VERSION:1.0 MACHINE_TYPE:{machine_type} EXTRUDER_COUNT:1",
            f"Cap:AUTOREPORT_TEMP:{int(caps.get('AUTOREPORT_TEMP', True))}",
            "Cap:AUTOREPORT_FANS:1",
            "Cap:AUTOREPORT_POSITION:1",
            "Cap:EXTENDED_M20:1",
        ]
    return [
        f"FIRMWARE_NAME:{firmware_name} SOURCE_CODE_URL:github.com/MarlinFirmware/Marlin "
        f"PROTOCOL_VERSION:1.0 MACHINE_TYPE:{machine_type} EXTRUDER_COUNT:1 "
        "UUID:cede2a2f-41a2-4748-9b12-c55c62f367ff",
        *(f"Cap:{name}:{int(on)}" for name, on in caps.items()),
    ]


def m862_mismatch(text: str, machine_type: str) -> bool:
    """Prusa firmware's M862.3 P"<model>": True if the file names another model (the printer
    then stops and asks on its display)."""
    if not text.upper().startswith("M862.3"):
        return False
    match = _MODEL.search(text[6:])
    if match is None:
        return False
    wanted = re.sub(r"[\s_-]", "", match.group(1)).upper()
    return not re.sub(r"[\s_-]", "", machine_type).upper().endswith(wanted)
