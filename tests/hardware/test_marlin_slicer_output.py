"""Real slicer output: accepted as the slicers write it, refused only where a Marlin printer
cannot take it, with the line and the slicer setting to change."""

from __future__ import annotations

from pathlib import Path

import pytest

from hardware.marlin import lines
from hardware.marlin.gcode import GcodeError, parse_gcode, read_gcode
from hardware.marlin.slicer import clean, model_mismatch
from tests.hardware import slicer_blocks as blocks


@pytest.mark.parametrize("name", sorted(blocks.MARLIN_FAMILIES))
def test_start_and_end_blocks_of_every_slicer_family_are_accepted(name: str) -> None:
    text = blocks.MARLIN_FAMILIES[name]
    job = parse_gcode(text.encode(), name)
    expected = sum(1 for line in text.splitlines() if line.split(";", 1)[0].strip())
    assert job.line_count == expected
    for command in job.commands:
        assert "\\" not in command and "(" not in command and command.isascii()


def test_prusa_checks_and_versions_go_to_the_printer_as_written() -> None:
    mk3s = parse_gcode(blocks.PRUSASLICER_MK3S.encode()).commands
    assert 'M862.3 P "MK3S"' in mk3s and "M115 U3.14.0" in mk3s and "G28 W" in mk3s
    mk4s = parse_gcode(blocks.PRUSASLICER_MK4S.encode()).commands
    assert 'M862.6 P"Input shaper"' in mk4s and "M115 U6.2.0+8853" in mk4s
    assert "G29 P3.13" in mk4s


def test_the_model_a_prusa_file_was_sliced_for_is_known() -> None:
    assert parse_gcode(blocks.PRUSASLICER_MK3S.encode()).printer_model == "MK3S"
    assert parse_gcode(blocks.PRUSASLICER_MK4S.encode()).printer_model == "MK4S"
    assert parse_gcode(blocks.CURA_ENDER3.encode()).printer_model == ""


@pytest.mark.parametrize(
    ("model", "firmware", "machine", "fits"),
    [
        ("MK3S", "Prusa-Firmware 3.14.1 based on Marlin", "Prusa i3 MK3S", True),
        ("MK3S", "Prusa-Firmware 3.10.0 based on Marlin", "Prusa_i3_MK3S", True),
        ("MK4S", "Prusa-Firmware 3.14.1 based on Marlin", "Prusa i3 MK3S", False),
        ("MK3S", "Marlin 2.1.2.1", "Ender-3", False),
        ("MINI", "Prusa-Firmware-Buddy 4.3.4", "Prusa-mini", True),
    ],
)
def test_a_prusa_file_fits_only_the_model_it_was_sliced_for(
    model: str, firmware: str, machine: str, fits: bool
) -> None:
    problem = model_mismatch(model, firmware, machine)
    assert (problem is None) == fits
    if problem:
        assert model in problem and "profile" in problem


@pytest.mark.parametrize(
    ("text", "line", "word", "setting"),
    [
        (blocks.KLIPPER_START_PRINT, 2, "START_PRINT", "Custom G-code"),
        (blocks.KLIPPER_CREALITY_K1, 3, "PRINT_START", "Machine G-code"),
        (blocks.KLIPPER_ORCA_EXCLUDE, 3, "EXCLUDE_OBJECT_DEFINE", "Label objects"),
        (blocks.KLIPPER_STATS, 2, "SET_PRINT_STATS_INFO", "Custom G-code"),
        (blocks.KLIPPER_END, 2, "END_PRINT", "Start/End G-code"),
    ],
)
def test_klipper_macros_are_refused_naming_the_line_and_the_setting(
    text: str, line: int, word: str, setting: str
) -> None:
    with pytest.raises(GcodeError) as caught:
        parse_gcode(text.encode(), "job.gcode")
    message = str(caught.value)
    assert f"line {line}: '{word}' is a Klipper command" in message
    assert setting in message and "\n" not in message


def test_binary_gcode_is_refused_with_the_prusaslicer_setting(tmp_path: Path) -> None:
    path = tmp_path / "part.bgcode"
    # A .bgcode file header: magic, version 1, checksum type 1 (CRC32), then binary blocks.
    path.write_bytes(b"GCDE\x01\x00\x00\x00\x01\x00" + bytes(range(256)) * 4)
    with pytest.raises(GcodeError) as caught:
        read_gcode(path)
    assert "Supports binary G-code" in str(caught.value)
    assert "Printer Settings > General > Firmware" in str(caught.value)


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("M117 Printing (PLA) 25%", "M117 Printing  25%"),
        ("G1 X10 (move right) Y5", "G1 X10  Y5"),
        ("M117 C:\\\\temp\\\\part", "M117 C:\\temp\\part"),
        ("M117 a\\(b", "M117 a(b"),
        ("(only a comment)", ""),
    ],
)
def test_lines_are_sent_as_the_firmware_keeps_them(raw: str, kept: str) -> None:
    # Marlin drops a quoting backslash and (with PAREN_COMMENTS) a paren comment before it
    # checksums the line; what is sent must be what it keeps.
    assert clean(raw) == kept


def test_backslash_and_paren_lines_checksum_as_marlin_computes_them() -> None:
    job = parse_gcode(b"M117 Creality\\Print (job)\nG1 X1 (a) Y2\n")
    for command in job.commands:
        wire = lines.numbered_line(7, command)
        assert b"\\" not in wire and b"(" not in wire


def test_free_text_a_printer_cannot_show_is_replaced_not_refused() -> None:
    job = parse_gcode("M117 Größe * 2\nM117 ".encode() + b"x" * 200 + b"\n")
    message, long = job.commands
    assert message == "M117 Gr??e ? 2"
    assert len(long) == 80
