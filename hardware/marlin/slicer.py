"""What slicers really write, and how to turn one line of it into what Marlin checks.

Two facts from Marlin's own line reader (`process_stream_char` in its queue.cpp) decide the
wire form of a line, because the firmware checksums what it *kept*, not what it received:
- a backslash quotes the next character and is itself dropped;
- with PAREN_COMMENTS (off by default, on in some vendor builds) `( ... )` is dropped.
A host that checksums the raw text of such a line gets `Error:checksum mismatch` on every
attempt, for ever. Neither character means anything to a printer, so both are taken out here,
the same way whatever the firmware was built with.

Lines meant for another firmware are refused with the slicer setting that writes them."""

from __future__ import annotations

import re

# Commands whose argument is free text: a message, a file name.
FREE_TEXT = re.compile(r"^M(23|28|30|32|33|117|118|928)\b", re.IGNORECASE)
# Klipper runs macros and extended commands ("START_PRINT BED_TEMP=60"); Marlin has none.
_KLIPPER_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*(?=\s|$)|^[A-Z]{4,}(?=\s|$)")
# Prusa firmware's printer model check: M862.3 P "MK3S" (MK3 family) or P"MK4S" (Buddy).
_MODEL_CHECK = re.compile(r'^M862\.3\s+P\s*"?([^"]+?)"?\s*$', re.IGNORECASE)

BINARY_GCODE_HINT = (
    "this is binary G-code (.bgcode), which this printer cannot take over USB: in PrusaSlicer "
    "turn off Printer Settings > General > Firmware > 'Supports binary G-code' (Expert mode) "
    "and export the plate again as .gcode"
)
_START_END_SETTINGS = (
    "PrusaSlicer: Printer Settings > Custom G-code; Cura: Preferences > Printers > Machine "
    "Settings > Start/End G-code; OrcaSlicer and Creality Print: Printer settings > Machine "
    "G-code"
)
_KLIPPER_HINTS = {
    "EXCLUDE_OBJECT": (
        "turn off object labels for Klipper (PrusaSlicer: Print Settings > Output options > "
        "Label objects; OrcaSlicer: Process > Others > Exclude objects), or set G-code flavor "
        "to Marlin"
    ),
    "SET_PRINT_STATS_INFO": f"remove it from the layer change G-code ({_START_END_SETTINGS})",
}


class SlicerLineError(ValueError):
    """One line cannot go to a Marlin printer; the message says why and what to change."""


def clean(command: str) -> str:
    """`command` (no ';' comment) as the firmware will keep it: parenthesised comments and
    quoting backslashes removed, blanks collapsed at the ends."""
    if "(" not in command and "\\" not in command:
        return command
    out: list[str] = []
    depth = 0
    escaped = False
    for char in command:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(char)
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif depth == 0:
            out.append(char)
    return "".join(out).strip()


def refuse_other_firmware(command: str, number: int) -> None:
    """Raise SlicerLineError for a Klipper macro or extended command."""
    match = _KLIPPER_WORD.match(command)
    if match is None:
        return
    word = match.group(0).upper()
    hint = next((h for key, h in _KLIPPER_HINTS.items() if word.startswith(key)), None)
    if hint is None:
        hint = (
            "slice with this printer's Marlin profile, or replace it in the start/end G-code "
            f"({_START_END_SETTINGS})"
        )
    raise SlicerLineError(
        f"line {number}: '{word}' is a Klipper command that a Marlin printer cannot run: {hint}"
    )


def printer_model(command: str) -> str | None:
    """The model a PrusaSlicer file was sliced for (`M862.3 P "MK3S"`), else None."""
    match = _MODEL_CHECK.match(command)
    return match.group(1).strip() if match else None


def model_mismatch(model: str, firmware_name: str, machine_type: str) -> str | None:
    """Why a file sliced for Prusa `model` cannot go to this printer, or None if it can.

    Prusa firmware checks M862.3 itself and stops on its own display to ask; any other
    firmware ignores it, and the file's moves, purge line and bed mesh were made for another
    machine."""
    wanted = _squeeze(model)
    machine = _squeeze(machine_type)
    is_prusa = "PRUSA" in firmware_name.upper() or "PRUSA" in machine
    if is_prusa and wanted and machine.endswith(wanted):
        return None
    this = machine_type or firmware_name or "another printer"
    return (
        f"this file was sliced for a Prusa {model} (M862.3), but this printer is {this}: "
        "slice it again with this printer's profile"
    )


def _squeeze(name: str) -> str:
    """ "Prusa i3 MK3S", "Prusa_i3_MK3S" and "PRUSAI3MK3S" alike."""
    return re.sub(r"[\s_-]+", "", name).upper()
