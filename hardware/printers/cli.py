"""`python -m hardware printer [--backend ...] TARGET status|print FILE|pause|resume|cancel|stop`.

TARGET is the serial port for `--backend marlin` (the default, handled by the Marlin driver's
own command, `hardware.marlin.cli`) and the server's address for the others. Errors are one line
on stderr, as everywhere in `python -m hardware`: exit code 1 when the printer cannot do it, 2
when the command line or the file cannot mean anything."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TextIO

from hardware.cli_errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, fail
from hardware.marlin import cli as marlin_cli
from hardware.printers.backend import PrinterBackend
from hardware.printers.factory import PrinterSpec, make_backend
from hardware.printers.model import (
    BackendError,
    JobEnded,
    JobProgress,
    JobRejected,
    PrinterEvent,
)

# power-only printers have nothing to ask over the network; their relay is `relay PORT unlock`.
CLI_BACKENDS = ("marlin", "octoprint", "moonraker", "prusalink")
ACTIONS = ("status", "print", "pause", "resume", "cancel", "stop")
TEMPERATURE_WAIT_S = 3.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printer = subparsers.add_parser(
        "printer",
        help="show a 3D printer's state, print a file on it, pause, resume, cancel or stop it",
        description="Talk to a 3D printer: Marlin on USB serial, or through OctoPrint, "
        "Moonraker (Klipper) or PrusaLink on the network.",
    )
    printer.add_argument(
        "--backend",
        choices=CLI_BACKENDS,
        default="marlin",
        help="how the printer is reached (default marlin: USB serial)",
    )
    printer.add_argument(
        "port",
        metavar="TARGET",
        help="serial port, pyserial URL or usb:VID:PID (marlin); http://host[:port] (others)",
    )
    printer.add_argument("--api-key", help="OctoPrint's API key; Moonraker's or older PrusaLink's")
    printer.add_argument("--user", default="maker", help="PrusaLink user (default maker)")
    printer.add_argument("--password", help="PrusaLink password (on the printer's screen)")
    printer.add_argument("--model", default="", help="PrusaLink: the printer model, e.g. MK4")
    printer.add_argument(
        "--connect-port",
        metavar="PORT",
        help="OctoPrint: if it is not connected to its printer, connect on PORT (or AUTO)",
    )
    printer.add_argument("--baudrate", type=int, default=115200, help="marlin: baud rate")
    printer.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for it")
    actions = printer.add_subparsers(dest="printer_command", required=True, metavar="ACTION")
    actions.add_parser("status", help="state, temperatures and the job's progress")
    job = actions.add_parser("print", help="send a G-code file and follow it to the end")
    job.add_argument("file", metavar="FILE", help="the G-code file")
    actions.add_parser("pause", help="pause the job (network printers)")
    actions.add_parser("resume", help="resume the paused job (network printers)")
    actions.add_parser("cancel", help="cancel the job (network printers)")
    actions.add_parser("stop", help="emergency stop, as hard as the printer allows")
    printer.set_defaults(func=run)


def spec_from(args: argparse.Namespace) -> PrinterSpec:
    return PrinterSpec(
        backend=args.backend,
        target=args.port,
        name=args.backend,  # messages read "moonraker: nothing answers at http://..."
        api_key=args.api_key,
        user=args.user,
        password=args.password,
        model=args.model,
        connect_port=args.connect_port,
        poll_interval=0.5,
        baudrate=args.baudrate,
    )


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if args.backend == "marlin":
        if args.printer_command in ("pause", "resume", "cancel"):
            return fail(
                "with --backend marlin the print command streams the job itself and holds it: "
                "press Ctrl-C there to cancel",
                EXIT_USAGE,
            )
        return marlin_cli.run(args, out)
    watcher = JobWatcher()
    try:
        backend = make_backend(spec_from(args), watcher)
    except ValueError as exc:
        return fail(str(exc), EXIT_USAGE)
    try:
        backend.connect(timeout=args.timeout)
        if args.printer_command == "print":
            return _print(backend, watcher, args.file, out)
        return _act(backend, args, out)
    except JobRejected as exc:
        return fail(str(exc), EXIT_USAGE)
    except BackendError as exc:
        return fail(str(exc))
    finally:
        backend.close()


def _act(backend: PrinterBackend, args: argparse.Namespace, out: TextIO) -> int:
    command = args.printer_command
    if command == "status":
        _status(backend, out, args.timeout)
    elif command == "pause":
        backend.pause(args.timeout)
        print("paused", file=out)
    elif command == "resume":
        backend.resume(args.timeout)
        print("resumed", file=out)
    elif command == "cancel":
        backend.cancel(args.timeout)
        print("cancelled", file=out)
    elif command == "stop":
        backend.emergency_stop(args.timeout)
        how = {
            "halt": "the printer halted; it needs a firmware restart or power cycle",
            "stop-job": "the job was stopped (this printer has no harder stop)",
            "power-cut": "the printer's power was cut",
        }.get(backend.capabilities.emergency_stop, "sent")
        print(f"emergency stop: {how}", file=out)
    return EXIT_OK


def _status(backend: PrinterBackend, out: TextIO, timeout: float) -> None:
    if backend.capabilities.temperatures:
        # A server that has just connected to its printer has no report yet: wait a little.
        backend.wait_until(lambda b: bool(b.heaters), min(timeout, TEMPERATURE_WAIT_S))
    status = backend.status
    detail = f" ({status.detail})" if status.detail else ""
    print(f"state: {status.kind}{detail}", file=out)
    for heater in backend.heaters:
        target = f" -> {heater.target:.0f}" if heater.target else ""
        print(f"{heater.name}: {heater.actual:.1f} °C{target}", file=out)
    if backend.progress is not None:
        print(f"job: {format_progress(backend.progress)}", file=out)
    caps = backend.capabilities
    print(f"emergency stop: {caps.emergency_stop}", file=out)
    if caps.note:
        print(f"note: {caps.note}", file=out)


def format_progress(progress: JobProgress) -> str:
    left = ""
    if progress.remaining:
        seconds = round(progress.remaining)
        left = f", {seconds} s left" if seconds < 120 else f", {seconds // 60} min left"
    paused = ", paused" if progress.paused else ""
    return f"{progress.job} {progress.fraction * 100:.1f}%{left}{paused}"


class JobWatcher:
    """Listens for the end of the job (on the backend's event thread)."""

    def __init__(self) -> None:
        self.ended: JobEnded | None = None
        self.done = threading.Event()

    def __call__(self, event: PrinterEvent) -> None:
        if isinstance(event, JobEnded):
            self.ended = event
            self.done.set()


def _print(backend: PrinterBackend, watcher: JobWatcher, path: str, out: TextIO) -> int:
    backend.start_job(path)
    print(f"printing {Path(path).name} on {backend.name}", file=out, flush=True)
    shown = -1
    try:
        while not watcher.done.wait(0.5):
            progress = backend.progress
            if progress is not None and int(progress.fraction * 10) > shown:
                shown = int(progress.fraction * 10)  # one line per tenth, log-friendly
                print(format_progress(progress), file=out, flush=True)
    except KeyboardInterrupt:
        print("\nstopped watching; the printer goes on ('cancel' stops it)", file=out)
        return EXIT_INTERRUPTED
    ended = watcher.ended
    assert ended is not None
    if ended.outcome != "completed":
        return fail(f"print {ended.outcome}: {ended.detail}")
    print(f"done: {ended.job}", file=out)
    return EXIT_OK
