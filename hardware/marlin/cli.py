"""`python -m hardware printer PORT status|print FILE|stop`."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from hardware.cli_errors import fail as _fail
from hardware.marlin.driver import (
    JobFinished,
    JobProgress,
    MarlinPrinter,
    PrinterError,
    emergency_stop_port,
)
from hardware.marlin.gcode import GcodeError, GcodeFile, read_gcode

BAR_WIDTH = 30


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printer = subparsers.add_parser(
        "printer",
        help="show the state of a Marlin 3D printer, stream a G-code file to it, or stop it",
        description="Talk to a Marlin 3D printer over USB serial.",
    )
    printer.add_argument("port", metavar="PORT", help="serial port, pyserial URL or usb:VID:PID")
    printer.add_argument("--baudrate", type=int, default=115200, help="baud rate (default 115200)")
    printer.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for it")
    actions = printer.add_subparsers(dest="printer_command", required=True, metavar="ACTION")
    actions.add_parser("status", help="firmware, temperatures and SD-card print status")
    job = actions.add_parser("print", help="stream a G-code file, with a progress bar")
    job.add_argument("file", metavar="FILE", help="the G-code file")
    actions.add_parser("stop", help="emergency stop (M112): the printer halts at once")
    printer.set_defaults(func=run)


def format_progress(progress: JobProgress) -> str:
    filled = int(BAR_WIDTH * progress.fraction)
    bar = "#" * filled + "." * (BAR_WIDTH - filled)
    eta = _clock(progress.eta) if progress.eta is not None else "--:--"
    state = " paused" if progress.paused else ""
    return (
        f"[{bar}] {progress.fraction * 100:5.1f}%  {progress.lines_done}/{progress.lines_total}"
        f" lines  {progress.bytes_sent / 1024:.0f} KiB sent  {_clock(progress.elapsed)} elapsed"
        f"  ETA {eta}{state}"
    )


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    return (
        f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        if hours
        else f"{rest // 60:02d}:{rest % 60:02d}"
    )


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    job = None
    if args.printer_command == "print":
        try:
            job = read_gcode(args.file)  # refuse a bad file before touching the printer
        except GcodeError as exc:
            return _fail(str(exc), 2)
    if args.printer_command == "stop":
        return _stop(args, out)
    try:
        printer = MarlinPrinter(args.port, baudrate=args.baudrate, reconnect=False)
    except ValueError as exc:  # a malformed usb:VID:PID name
        return _fail(str(exc), 2)
    try:
        printer.connect(timeout=args.timeout)
        if args.printer_command == "status":
            return _status(printer, out, args.timeout)
        assert job is not None
        return _print(printer, job, out)
    except PrinterError as exc:
        return _fail(str(exc))
    finally:
        printer.close()


def _stop(args: argparse.Namespace, out: TextIO) -> int:
    try:
        confirmed = emergency_stop_port(args.port, baudrate=args.baudrate, timeout=args.timeout)
    except PrinterError as exc:
        return _fail(str(exc))
    if confirmed:
        print("emergency stop: the printer halted; power-cycle or reset it to go on", file=out)
        return 0
    return _fail("emergency stop sent, but the printer did not confirm it halted")


def _status(printer: MarlinPrinter, out: TextIO, timeout: float) -> int:
    print(f"printer: {printer.capabilities.describe()}", file=out)
    readings = printer.wait_temperatures(timeout)
    for reading in readings:
        target = f" -> {reading.target:.0f}" if reading.target else ""
        name = {"T": "hotend", "B": "bed", "C": "chamber"}.get(reading.name, reading.name)
        print(f"{name}: {reading.actual:.1f} °C{target}", file=out)
    if printer.capabilities.sd_support:
        sd = printer.sd_status(timeout)
        if sd.printing:
            print(f"SD print: byte {sd.done_bytes} of {sd.total_bytes}", file=out)
        else:
            print("SD print: none", file=out)
    print(f"state: {printer.state.kind}", file=out)
    return 0


def _print(printer: MarlinPrinter, job: GcodeFile, out: TextIO) -> int:
    printer.start_job(job)
    finished: JobFinished | None = None
    tenths_shown = 0
    try:
        while finished is None:
            finished = printer.wait_job(0.5)
            progress = printer.progress()
            if progress is None:
                continue
            if out.isatty():
                print("\r" + format_progress(progress), end="", file=out, flush=True)
            elif int(progress.fraction * 10) > tenths_shown:
                # Into a log: one line per tenth of the job, not a redrawn bar.
                tenths_shown = int(progress.fraction * 10)
                print(format_progress(progress), file=out, flush=True)
    except KeyboardInterrupt:
        printer.cancel()
        finished = printer.wait_job(2.0)
        print("\ncancelled: heaters switched off", file=out)
        return 130
    print("\r" + format_progress(finished.progress), file=out)
    if finished.outcome != "completed":
        return _fail(f"print {finished.outcome}: {finished.detail}")
    print(f"done: {finished.progress.lines_total} lines", file=out)
    return 0
