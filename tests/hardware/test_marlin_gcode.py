"""G-code file checks, M115 parsing and the received-line parsers (including properties)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hardware.framing import LineFramer
from hardware.marlin import lines
from hardware.marlin.capabilities import parse_m115
from hardware.marlin.events import Acknowledged, JobLine
from hardware.marlin.gcode import MAX_COMMAND_LENGTH, GcodeError, parse_gcode, read_gcode
from hardware.marlin.protocol import MarlinProtocol


def test_comments_and_blank_lines_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "part.gcode"
    path.write_text("; sliced by hand\n\nG28 ; home\r\nM104 S200\n  G1 X1.5 Y-2 F3000  \nM117 Hi\n")
    job = read_gcode(path)
    assert job.commands == ("G28", "M104 S200", "G1 X1.5 Y-2 F3000", "M117 Hi")
    assert job.line_count == 4
    assert job.total_bytes == sum(len(c) + 1 for c in job.commands)


def test_a_file_changed_after_checking_is_not_streamed(tmp_path: Path) -> None:
    path = tmp_path / "part.gcode"
    path.write_text("G28\nG1 X1\n")
    job = read_gcode(path)
    path.write_text("G28\nG1 X1\nG1 X2 ; one more line\n")
    with pytest.raises(GcodeError, match="changed after it was checked"):
        next(job.iter_commands())


def test_a_large_binary_file_without_line_ends_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.gcode"
    path.write_bytes(bytes(range(256)) * 40000)
    with pytest.raises(GcodeError, match="binary data"):
        read_gcode(path)


def test_existing_line_numbers_and_checksums_are_removed() -> None:
    assert parse_gcode(b"N10 G1 X1*55\n").commands == ("G1 X1",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"G28\nG1 X1\x00\x00\x17\n", "binary data"),
        (b"GCDE\x01\x00\x00\x00", "binary G-code"),
        (b"G28\nG1 X\xff\xfe1\n", "line 2: not readable text"),
        (b"G28\nG1 X1 Y2\nG1 X12.", "truncated"),
        (b"G28\nG1 X1 Y2\nG1 X1", None),  # a last line without newline but complete is fine
        (b"; only comments\n\n", "no G-code commands"),
        (b"G28\nG1 X" + b"1" * MAX_COMMAND_LENGTH + b"\n", "line 2: "),
        (b"G28\nG1 X1 ## Y2\n", "line 2: 'G1 X1 ## Y2' is not a valid G-code command"),
        (b"G28\nM104 S200*12 extra\n", "reserved for checksums"),
        (b"G28\nG1 X1\x07\n", "characters a printer cannot read"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(data: bytes, message: str | None) -> None:
    if message is None:
        assert parse_gcode(data).commands[-1] == "G1 X1"
        return
    with pytest.raises(GcodeError, match=message.replace("(", r"\(").replace("*", r"\*")):
        parse_gcode(data, "part.gcode")


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(GcodeError, match="file not found"):
        read_gcode(tmp_path / "nope.gcode")
    with pytest.raises(GcodeError, match="is a folder"):
        read_gcode(tmp_path)


M115_REPLY = [
    "FIRMWARE_NAME:Marlin 2.1.2.1 (Aug  1 2023 12:00:00) SOURCE_CODE_URL:github.com/MarlinFirmware"
    "/Marlin PROTOCOL_VERSION:1.0 MACHINE_TYPE:Ender-3 V2 EXTRUDER_COUNT:1 UUID:cede2a2f-41a2",
    "Cap:SERIAL_XON_XOFF:0",
    "Cap:AUTOREPORT_TEMP:1",
    "Cap:EMERGENCY_PARSER:1",
    "Cap:SDCARD:0",
    "Cap:garbage",
    "echo:something else",
]


def test_m115_capabilities() -> None:
    caps = parse_m115(M115_REPLY)
    assert caps.firmware_name == "Marlin 2.1.2.1 (Aug  1 2023 12:00:00)"
    assert caps.machine_type == "Ender-3 V2"
    assert caps.protocol_version == "1.0"
    assert caps.extruder_count == 1
    assert caps.autoreport_temp and caps.emergency_parser and caps.is_marlin
    assert not caps.sd_support and not caps.advanced_ok
    assert caps.describe() == "Ender-3 V2, Marlin 2.1.2.1 (Aug  1 2023 12:00:00) (autoreport_temp)"
    assert parse_m115(["FIRMWARE_NAME:Prusa-Firmware 3.13 EXTRUDER_COUNT:x"]).extruder_count == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok", (None, None, None)),
        ("ok N123 P15 B3", (123, 15, 3)),
        ("ok 42", (42, None, None)),
        ("ok T:21.0 /0.0", (None, None, None)),
        ("okay", None),
        ("echo:ok", None),
    ],
)
def test_ok_forms(text: str, expected: tuple[int | None, ...] | None) -> None:
    assert lines.parse_ok(text) == expected


def test_temperature_report_with_several_heaters() -> None:
    readings = lines.parse_temperatures("T:200.1 /200.0 B:60.0 /60.0 T0:200.1 /200.0 T1:25 /0 @:64")
    assert [(r.name, r.actual, r.target) for r in readings] == [
        ("T", 200.1, 200.0),
        ("B", 60.0, 60.0),
        ("T0", 200.1, 200.0),
        ("T1", 25.0, 0.0),
    ]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_no_received_bytes_raise(raw: bytes) -> None:
    protocol = MarlinProtocol()
    protocol.reset_line_numbers()
    protocol.next_writes()
    protocol.receive(raw)
    lines.parse_ok(lines.decode(raw))
    lines.parse_resend(lines.decode(raw))
    lines.parse_temperatures(lines.decode(raw))
    parse_m115([lines.decode(raw)])


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_parsing_resynchronises_at_the_next_newline(garbage: bytes) -> None:
    """Whatever noise precedes it, a line after the next newline is understood."""
    noise = lines.decode(garbage.replace(b"\n", b"").replace(b"\r", b""))
    assume(lines.parse_ok(noise) is None and not lines.parse_resend(noise)[0])
    protocol = MarlinProtocol()
    protocol.queue_job(["G28"])
    protocol.next_writes()
    framer = LineFramer(max_line=128)
    events = []
    for event in framer.feed(garbage.replace(b"\n", b"").replace(b"\r", b"") + b"\nok\n"):
        if isinstance(event, bytes) and event != b"ok":
            protocol.receive(event)
    # The garbage may have halted the protocol (e.g. noise reading "!!"); if not, the ok counts.
    if not protocol.halted:
        events = protocol.receive(b"ok")
        assert [e.tag for e in events if isinstance(e, Acknowledged)] == [JobLine(0, 0)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_text_file_is_either_accepted_or_refused_cleanly(text: str) -> None:
    try:
        job = parse_gcode(text.encode("utf-8"))
    except GcodeError as exc:
        assert str(exc)
    else:
        assert all(c and len(c) <= MAX_COMMAND_LENGTH and "*" not in c for c in job.commands)
