"""How close G-code streaming gets to the serial line rate.

A 20,000-segment curvy G-code file is streamed by MarlinPrinter (the real driver, SerialLink,
pyserial on a pty) to the simulated Marlin, throttled to 115200 and to 250000 baud, with 1 ms of
reply latency on every `ok` (a USB adapter's latency timer) and moves completing at once, so the
link alone is measured. Two senders, in the same run:

- ADVANCED_OK send-ahead (the firmware's `ok N P B` counts), the whole file: target at least
  0.90 of the line rate (baud / 10 bytes per second, counting line numbers and checksums);
- a plain one-line-per-`ok` sender, on the first 1,500 lines to keep the run short: ADVANCED_OK
  must be at least 1.5 times faster;
- ADVANCED_OK send-ahead into a 64-byte receive buffer (many 32-bit Marlin builds), the
  driver told so: no byte overrun and no line error (judged), and the fraction of the line
  rate it reaches (reported).

The last line is the figure furthest from its target."""

from __future__ import annotations

import itertools
import json
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hardware.marlin.driver import MarlinPrinter
from hardware.marlin.gcode import GcodeFile, parse_gcode, read_gcode
from hardware.marlin.settings import MarlinSettings, TimeoutPolicy
from hardware.sim.marlin import MarlinSimConfig, MarlinSimulator

SEGMENTS = 20_000
PLAIN_LINES = 1_500
REPLY_LATENCY = 0.001
BAUDS = (115200, 250000)
TARGET_FRACTION = 0.90
TARGET_RATIO = 1.5
SMALL_RX_BUFFER = 64


def curvy_gcode(path: Path, segments: int) -> None:
    """A spiral with a wobble, one short G1 per segment, as a slicer writes curved walls."""
    out = ["G21", "G90", "M83", "G92 E0"]
    for i in range(segments):
        angle = i * 0.05
        radius = 40 + 30 * math.sin(i * 0.0021) + 2 * math.sin(angle * 7)
        x = 110 + radius * math.cos(angle)
        y = 110 + radius * math.sin(angle)
        out.append(f"G1 X{x:.2f} Y{y:.2f} E{0.02 + (i % 97) / 10000:.4f}")
    path.write_text("\n".join(out) + "\n")


def stream(
    job: GcodeFile, baud: int, *, advanced_ok: bool, rx_buffer: int = 128
) -> tuple[float, float, int, int, int]:
    """Stream `job`; returns (wire bytes per second, payload bytes per second, resends,
    bytes overrun in the firmware's receive buffer, line errors it reported)."""
    config = MarlinSimConfig(
        baudrate=baud,
        advanced_ok=advanced_ok,
        move_model=False,
        reply_latency=REPLY_LATENCY,
        rx_buffer=rx_buffer,
    )
    sim = MarlinSimulator(config)
    port = sim.start()
    settings = MarlinSettings(
        baudrate=baud,
        rx_buffer=rx_buffer,
        max_inflight_lines=None if advanced_ok else 1,
        timeouts=TimeoutPolicy(reply_timeout=5.0),
    )
    printer = MarlinPrinter(port, settings=settings)
    try:
        printer.connect(timeout=10.0)
        before = printer.protocol_stats
        started = time.monotonic()
        printer.start_job(job)
        finished = printer.wait_job(600.0)
        elapsed = time.monotonic() - started
        after = printer.protocol_stats
    finally:
        printer.close()
        sim.stop()
    if finished is None or finished.outcome != "completed":
        raise SystemExit(f"stream at {baud} baud did not complete: {finished}")
    wire = after.bytes_sent - before.bytes_sent
    resends = after.resends_honoured - before.resends_honoured
    return wire / elapsed, job.total_bytes / elapsed, resends, sim.overrun_bytes, sim.errors_sent


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "curvy.gcode"
        curvy_gcode(path, SEGMENTS)
        return measure(read_gcode(path))


def measure(job: GcodeFile) -> int:
    first = "\n".join(itertools.islice(job.iter_commands(), PLAIN_LINES)) + "\n"
    plain_job = parse_gcode(first.encode(), f"first {PLAIN_LINES} lines")
    average = job.total_bytes / job.line_count
    print(f"file: {job.line_count} lines, {job.total_bytes} bytes, {average:.1f} bytes a line")
    figures: list[tuple[str, float, str, float]] = []  # name, value, op, target
    clean = True  # no overrun and no line error with the small receive buffer
    for baud in BAUDS:
        line_rate = baud / 10
        adv_wire, adv_payload, adv_resends, _, _ = stream(job, baud, advanced_ok=True)
        plain_wire, plain_payload, *_ = stream(plain_job, baud, advanced_ok=False)
        small_wire, small_payload, small_resends, overrun, errors = stream(
            job, baud, advanced_ok=True, rx_buffer=SMALL_RX_BUFFER
        )
        small_fraction = small_wire / line_rate
        adv_fraction = adv_wire / line_rate
        plain_fraction = plain_wire / line_rate
        ratio = adv_wire / plain_wire
        print(
            f"{baud} baud: ADVANCED_OK {adv_wire:.0f} B/s on the wire = {adv_fraction:.3f} of "
            f"line rate (G-code payload {adv_payload:.0f} B/s, {adv_resends} resends); "
            f"plain one-line-per-ok {plain_wire:.0f} B/s = {plain_fraction:.3f} "
            f"(payload {plain_payload:.0f} B/s, first {PLAIN_LINES} lines); ratio {ratio:.2f}"
        )
        figures.append(
            (f"gcode_stream_advanced_ok_fraction_{baud}", adv_fraction, ">=", TARGET_FRACTION)
        )
        figures.append((f"gcode_stream_plain_fraction_{baud}", plain_fraction, "info", 0.0))
        figures.append((f"gcode_stream_advanced_vs_plain_{baud}", ratio, ">=", TARGET_RATIO))
        print(
            f"{baud} baud, {SMALL_RX_BUFFER}-byte receive buffer: ADVANCED_OK {small_wire:.0f} B/s "
            f"= {small_fraction:.3f} of line rate (payload {small_payload:.0f} B/s), "
            f"{overrun} bytes overrun, {errors} line errors, {small_resends} resends"
        )
        figures.append(
            (f"gcode_stream_rx{SMALL_RX_BUFFER}_fraction_{baud}", small_fraction, "info", 0)
        )
        clean &= overrun == 0 and errors == 0
    judged = [f for f in figures if f[2] == ">="]
    for name, value, op, target in figures:
        verdict = "" if op == "info" else f" (target {op} {target})"
        print(f"{name}: {value:.3f}{verdict}")
    name, value, op, target = min(judged, key=lambda f: f[1] / f[3])
    unit = "fraction of line rate" if "fraction" in name else "ratio"
    print(
        json.dumps(
            {
                "metric": name,
                "value": round(value, 3),
                "unit": unit,
                "target": f"{op} {target}",
                "pass": clean and all(v >= t for _, v, _, t in judged),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
