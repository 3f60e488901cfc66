"""`python -m hardware`: list ports, identify devices, run simulators, watch a scanner.

Device families add their own subcommands (`relay`, `printer`) through a `register(subparsers)`
function in their `cli` module; a family that is not installed simply has no subcommand.

Errors are one line `error: ...` on stderr with the exit codes in hardware/cli_errors.py (1 the
device failed, 2 a usage error, 130 interrupted), never a traceback."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any

from hardware.cli_errors import DeviceError, UsageError, run_command
from hardware.discovery import PortNotFound, list_ports, resolve_port
from hardware.port_names import PortInfo, parse_usb_spec
from hardware.transport import LinkError, LinkState

log = logging.getLogger(__name__)

Probe = Callable[[str, float], "str | None"]

# Where each device family's probe lives; imported only when a command needs it.
PROBE_MODULES: tuple[tuple[str, str], ...] = (
    ("hardware.relay.client", "relay controller"),
    ("hardware.marlin.driver", "Marlin printer"),
)

# sim kind -> (module, class, what it simulates)
SIMULATORS: dict[str, tuple[str, str, str]] = {
    "relay": ("hardware.sim.relay", "RelaySimulator", "relay/lock controller"),
    "printer": ("hardware.sim.marlin", "MarlinSimulator", "Marlin 3D printer"),
    "scanner": ("hardware.sim.scanner", "ScannerSimulator", "serial barcode scanner"),
}

FAMILY_CLIS = ("hardware.relay.cli", "hardware.printers.cli")


PROBE_WARNING = (
    "warning: probing opens every port listed; that resets most Arduino-based boards "
    "(a relay controller locks every channel, a printer abandons its job)"
)


# -- probing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedProbe:
    family: str
    probe: Probe


def available_probes(notes: list[str] | None = None) -> list[NamedProbe]:
    """The probe of every device family that is installed. A family whose module fails to
    import is left out, with a note saying why."""
    found: list[NamedProbe] = []
    for module_name, family in PROBE_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module_name.startswith(exc.name):
                _note(notes, f"{family} probe unavailable: {exc}")
            continue
        except Exception as exc:
            _note(notes, f"{family} probe unavailable: {type(exc).__name__}: {exc}")
            continue
        probe = getattr(module, "probe", None)
        if callable(probe):
            found.append(NamedProbe(family, probe))
    return found


def _note(notes: list[str] | None, text: str) -> None:
    if notes is not None:
        notes.append(text)


def identify(port: str, probes: Sequence[NamedProbe], timeout: float) -> str | None:
    """The first description a probe gives for `port`, or None if no probe recognises it.
    A probe that fails counts as "not this device": one broken driver must not hide others."""
    for named in probes:
        try:
            description = named.probe(port, timeout)
        except Exception as exc:
            log.debug("%s probe failed on %s: %s", named.family, port, exc)
            continue
        if description:
            return description
    return None


def identify_all(
    ports: Sequence[str], probes: Sequence[NamedProbe], timeout: float
) -> dict[str, str | None]:
    """Probe several ports at once (each probe may wait for a banner), within a bound on time."""
    if not ports or not probes:
        return dict.fromkeys(ports)
    results: dict[str, str | None] = {}
    workers = min(8, len(ports))
    rounds = -(-len(ports) // workers)
    deadline = time.monotonic() + (timeout * len(probes) + 1.0) * rounds
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="probe")
    try:
        futures = {port: pool.submit(identify, port, probes, timeout) for port in ports}
        for port, future in futures.items():
            try:
                results[port] = future.result(timeout=max(deadline - time.monotonic(), 0.0))
            except FutureTimeout:
                results[port] = None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return results


def _check_port(port: str) -> str:
    """Fail early, with a clear message, for a port that cannot exist."""
    try:
        target = resolve_port(port)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    except PortNotFound as exc:
        raise DeviceError(str(exc)) from exc
    if "://" not in target and not os.path.exists(target):
        raise DeviceError(f"{port}: no such port (is the device plugged in?)")
    return target


# -- commands -----------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    ports = list_ports()
    extra = [PortInfo(device=path, description="(given with --port)") for path in args.port]
    for path in args.port:
        _check_port(path)
    ports = ports + [info for info in extra if info.device not in {p.device for p in ports}]
    if not ports:
        print("no serial ports found")
        return 0
    notes: list[str] = []
    devices: dict[str, str | None] = {}
    if args.probe:
        print(PROBE_WARNING, file=sys.stderr, flush=True)
        probes = available_probes(notes)
        if not probes:
            notes.append("no device probes are installed; showing ports only")
        devices = identify_all([info.device for info in ports], probes, args.timeout)
    rows = [("PORT", "USB ID", "SERIAL", "DESCRIPTION", "DEVICE")]
    for info in ports:
        device = devices.get(info.device) or ("-" if args.probe else "(not probed)")
        rows.append(
            (
                info.device,
                info.usb_id or "-",
                info.serial_number or "-",
                info.description or "-",
                device,
            )
        )
    widths = [max(len(row[col]) for row in rows) for col in range(4)]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[4]
        )
    usb_names = [info.usb_name for info in ports if info.usb_name]
    if usb_names:
        print(f"\nname a device by USB identity to find it on any port, e.g. {usb_names[0]}")
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return 0


def cmd_probe(args: argparse.Namespace) -> int:
    _check_port(args.port)
    notes: list[str] = []
    probes = available_probes(notes)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if not probes:
        raise DeviceError("no device probes are installed (relay, printer)")
    description = identify(args.port, probes, args.timeout)
    if description is None:
        families = " or ".join(named.family for named in probes)
        raise DeviceError(f"{args.port}: no {families} answered within {args.timeout:g} s")
    print(f"{args.port}: {description}")
    return 0


def cmd_sim(args: argparse.Namespace) -> int:
    module_name, class_name, what = SIMULATORS[args.kind]
    try:
        simulator_class = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as exc:
        raise DeviceError(f"the {what} simulator is not available: {exc}") from exc
    if args.terminator is not None and args.kind != "scanner":
        raise UsageError("--terminator applies to the scanner simulator only")
    if args.no_auto_reset and args.kind != "relay":
        raise UsageError("--no-auto-reset applies to the relay simulator only")
    if args.terminator is not None:
        from hardware.sim.scanner import TERMINATORS

        simulator = simulator_class(terminator=TERMINATORS[args.terminator])
    elif args.no_auto_reset:
        simulator = simulator_class(reset_on_open=False)
    else:
        simulator = simulator_class()
    port = simulator.start()
    try:
        print(port, flush=True)
        print(f"{what} simulator on {port}; stop with Ctrl-C", file=sys.stderr, flush=True)
        with _stop_on_signals() as stop:
            if args.kind == "scanner":
                _feed_scans_from_stdin(simulator, stop)
            while not stop.wait(0.25):
                pass
    finally:
        simulator.stop()
    return 0


def _feed_scans_from_stdin(simulator: Any, stop: threading.Event) -> None:
    """Each line typed (or piped) on stdin becomes one scan, once a host has opened the port:
    a real scanner's scans before that are lost, and a demo should not lose them."""
    if sys.stdin is None or sys.stdin.closed:
        return
    print("type a code and press Enter to scan it", file=sys.stderr, flush=True)

    def pump() -> None:
        for line in sys.stdin:
            while not stop.is_set() and not simulator.wait_host_open(0.25):
                pass
            if stop.is_set():
                return
            text = line.rstrip("\r\n")
            if text:
                simulator.scan(text)

    threading.Thread(target=pump, name="sim-stdin", daemon=True).start()


def cmd_scan(args: argparse.Namespace) -> int:
    from hardware.scanner import SerialScanner

    _check_port(args.port)
    done = threading.Event()
    count = 0
    last_problem: list[str] = []

    def on_scan(text: str) -> None:
        nonlocal count
        print(text, flush=True)
        count += 1
        if args.count and count >= args.count:
            done.set()

    connections = 0

    def on_state(state: LinkState) -> None:
        nonlocal connections
        if state.kind == "error":
            last_problem[:] = [state.detail]
        if state.kind == "connected":
            connections += 1
            if connections == 1:
                return  # the first connection is announced by "listening on"
        label = "reconnected" if state.kind == "connected" else state.kind
        print(f"{state.port}: {label} {state.detail}".rstrip(), file=sys.stderr, flush=True)

    scanner = SerialScanner(args.port, on_scan, on_state=on_state, baudrate=args.baudrate)
    with _stop_on_signals(done):
        scanner.start(timeout=args.timeout)
        try:
            if not scanner.connected:
                reason = last_problem[0] if last_problem else "no connection"
                raise DeviceError(f"{args.port}: {reason}")
            print(f"listening on {args.port}; stop with Ctrl-C", file=sys.stderr, flush=True)
            while not done.wait(0.25):
                pass
        finally:
            scanner.stop()
    return 0


@contextmanager
def _stop_on_signals(event: threading.Event | None = None) -> Iterator[threading.Event]:
    """An event set by SIGINT or SIGTERM while the block runs (handlers restored after)."""
    stop = event or threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


# -- parser and entry point ---------------------------------------------------------------------


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, not {text!r}")
    return value


def _port(text: str) -> str:
    try:
        parse_usb_spec(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    return text


PORT_HELP = "device path (/dev/ttyACM0, COM3), pyserial URL, or usb:VID:PID[:SERIAL] (hex)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m hardware",
        description="Serial hardware of the makerspace kiosk: find, identify and simulate devices.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    listing = commands.add_parser(
        "list",
        help="list serial ports (add --probe to ask what answers on each)",
        description="List serial ports with USB ids and serial numbers, without opening them. "
        "--probe also opens each port and asks which device answers; opening a port resets "
        "most Arduino-based boards (a relay controller locks every channel, a printer abandons "
        "its job), so probe only when nothing is in use.",
    )
    probing = listing.add_mutually_exclusive_group()
    probing.add_argument(
        "--probe",
        action="store_true",
        help="open each port and ask which device answers (resets most Arduino boards)",
    )
    # Listing never opens ports now; the old flag is accepted so that scripts keep working.
    probing.add_argument("--no-probe", action="store_false", dest="probe", help=argparse.SUPPRESS)
    listing.add_argument(
        "--port", action="append", default=[], type=_port, help="also list this port (repeatable)"
    )
    listing.add_argument("--timeout", type=_positive, default=2.0, help="seconds per probe")
    listing.set_defaults(func=cmd_list)

    probe = commands.add_parser(
        "probe",
        help="say which device answers on a port",
        description="Ask each known device family whether it answers on PORT.",
    )
    probe.add_argument("port", metavar="PORT", type=_port, help=PORT_HELP)
    probe.add_argument("--timeout", type=_positive, default=2.0, help="seconds per probe")
    probe.set_defaults(func=cmd_probe)

    sim = commands.add_parser(
        "sim",
        help="run a simulated device on a pty",
        description="Start a simulated device on a pseudo-terminal and print its port on stdout. "
        "Runs until Ctrl-C or SIGTERM. The scanner sends each line typed on stdin as a scan.",
    )
    sim.add_argument("kind", choices=sorted(SIMULATORS), help="which device to simulate")
    sim.add_argument(
        "--terminator",
        choices=("crlf", "cr", "lf"),
        help="what the scanner sends after each scan (default crlf)",
    )
    sim.add_argument(
        "--no-auto-reset",
        action="store_true",
        help="relay only: do not reset when a host opens the port, like an installed controller "
        "with auto-reset disabled (then use the relay command's --no-reset)",
    )
    sim.set_defaults(func=cmd_sim)

    scan = commands.add_parser(
        "scan",
        help="print each scan from a serial barcode scanner",
        description="Print each scan from a serial (USB CDC) barcode/QR scanner, one per line.",
    )
    scan.add_argument("port", metavar="PORT", type=_port, help=PORT_HELP)
    scan.add_argument("--count", type=int, default=0, help="exit after this many scans")
    scan.add_argument("--baudrate", type=int, default=9600, help="baud rate (default 9600)")
    scan.add_argument(
        "--timeout", type=_positive, default=5.0, help="seconds to wait for the scanner"
    )
    scan.set_defaults(func=cmd_scan)

    for module_name in FAMILY_CLIS:
        _register_family(commands, module_name)
    return parser


def _register_family(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], module_name: str
) -> None:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module_name.startswith(exc.name):
            return  # that device family is not installed
        log.warning("%s unavailable: %s", module_name, exc)
        return
    except Exception as exc:
        log.warning("%s unavailable: %s: %s", module_name, type(exc).__name__, exc)
        return
    register = getattr(module, "register", None)
    if callable(register):
        register(commands)


class _NoTraceback(logging.Formatter):
    def formatException(self, ei: Any) -> str:
        return ""


@contextmanager
def _console_logging(verbose: bool) -> Iterator[None]:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter("%(levelname)s %(name)s: %(message)s")
        if verbose
        else _NoTraceback("%(levelname)s: %(message)s")
    )
    handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    if verbose:
        root.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def main(argv: Sequence[str] | None = None) -> int:
    verbose = "-v" in (argv or sys.argv[1:]) or "--verbose" in (argv or sys.argv[1:])
    with _console_logging(verbose):
        try:
            parser = build_parser()
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
            return exc.code if isinstance(exc.code, int) else 2
        return run_command(lambda: int(args.func(args)), (LinkError, PortNotFound))
