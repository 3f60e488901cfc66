"""`python -m hardware relay PORT status|unlock CH --minutes N|lock CH|lock all|config ...`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta

from hardware.cli_errors import fail as _fail
from hardware.relay.client import RelayClient, RelayError, RelayRefused
from hardware.relay.events import DeviceInfo, RelayStatus

MAX_SECONDS = 86400
BOOT_WAIT_S = 2.5  # a stock Uno's bootloader and setup() take about 1.6 s after the reset

AUTO_RESET_NOTE = (
    "note: the controller reset when its port was opened, which locks every channel; "
    "disable auto-reset on installed controllers and pass --no-reset "
    "(see hardware/firmware/PROTOCOL.md)"
)

# What an active input (pin pulled to GND) means, as wired in hardware/firmware/PROTOCOL.md.
INPUT_WORDING = {
    1: ("door", ("open", "shut")),
    2: ("e-stop", ("PRESSED", "released")),
}

REFUSALS = {
    "CHANNEL": "the controller has no such channel",
    "ARG": "the controller refused the value",
    "ESTOP": "the e-stop is pressed: release it first",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    relay = subparsers.add_parser(
        "relay",
        help="show, unlock or lock the channels of a relay/lock controller",
        description="Talk to a relay/lock controller. An unlocked channel is locked again by "
        "the controller itself when its time runs out, whether or not a host is running.",
    )
    relay.add_argument("port", metavar="PORT", help="serial port, pyserial URL or usb:VID:PID")
    relay.add_argument(
        "--no-reset",
        action="store_true",
        help="the device does not reset when the port opens (auto-reset disabled, emulator): "
        "ask at once instead of first waiting up to 2.5 s for its boot banner",
    )
    relay.add_argument("--timeout", type=float, default=5.0, help="seconds to wait for it")
    actions = relay.add_subparsers(dest="relay_command", required=True, metavar="ACTION")

    actions.add_parser("status", help="channels, time left, inputs, heartbeat")

    unlock = actions.add_parser("unlock", help="power a channel for a while")
    unlock.add_argument("channel", type=int, metavar="CH", help="channel number, from 1")
    length = unlock.add_mutually_exclusive_group(required=True)
    length.add_argument("--minutes", type=float, help="how long, in minutes")
    length.add_argument("--seconds", type=int, help="how long, in seconds")
    unlock.add_argument(
        "--keep-alive",
        action="store_true",
        help="keep it powered even if the controller's heartbeat runs out (no host talking)",
    )

    lock = actions.add_parser("lock", help="switch a channel (or all) off now")
    lock.add_argument("target", metavar="CH|all", help="channel number, or 'all'")

    config = actions.add_parser(
        "config",
        help="show or change the settings the controller keeps (firmware 1.1)",
        description="Settings kept in the controller's EEPROM. Without options: show them.",
    )
    config.add_argument(
        "--polarity",
        choices=("low", "high"),
        help="relay modules: low = input LOW switches the relay on (most cheap modules); "
        "changing it locks every channel",
    )
    config.add_argument(
        "--nc", metavar="INPUTS", help="inputs wired normally closed, e.g. 2 or 1,2 ('-': none)"
    )
    config.add_argument(
        "--feedback", metavar="CHANNELS", help="channels with a feedback input ('-': none)"
    )
    config.add_argument(
        "--keep-alive-cap",
        type=int,
        metavar="SECONDS",
        help="longest a keep-alive channel stays on with the host silent (0 = no cap)",
    )
    relay.set_defaults(func=run)


def _duration(args: argparse.Namespace) -> int | None:
    seconds = args.seconds if args.seconds is not None else round(args.minutes * 60)
    return seconds if 1 <= seconds <= MAX_SECONDS else None


def _numbers(text: str | None, what: str) -> list[int] | None:
    if text is None:
        return None
    if text == "-":
        return []
    try:
        return [int(word) for word in text.split(",")]
    except ValueError:
        raise ValueError(f"expected {what} as numbers separated by commas, not {text!r}") from None


def run(args: argparse.Namespace) -> int:
    command = args.relay_command
    seconds = 0
    channel = 0
    settings: dict[str, object] = {}
    if command == "config":
        try:
            settings = {
                "polarity": args.polarity,
                "nc_inputs": _numbers(args.nc, "inputs"),
                "feedback_channels": _numbers(args.feedback, "channels"),
                "keep_alive_cap_s": args.keep_alive_cap,
            }
        except ValueError as exc:
            return _fail(str(exc), 2)
    if command == "unlock":
        found = _duration(args)
        if found is None:
            return _fail("the time must be between 1 second and 24 hours", 2)
        seconds, channel = found, args.channel
    elif command == "lock" and args.target.lower() != "all":
        if not args.target.isdigit():
            return _fail(f"expected a channel number or 'all', not {args.target!r}", 2)
        channel = int(args.target)

    try:
        client, was_reset = _connect(args.port, args.timeout, args.no_reset)
    except RelayError as exc:
        return _fail(f"{exc}")
    if was_reset:
        print(AUTO_RESET_NOTE, file=sys.stderr)
    try:
        if command == "status":
            _print_status(client.status(), client)
        elif command == "config":
            changes = {key: value for key, value in settings.items() if value is not None}
            info = client.configure(**changes) if changes else client.hello()  # type: ignore[arg-type]
            _print_settings(info)
        elif command == "unlock":
            if args.keep_alive:
                client.set_keep_alive(channel, True)
            client.unlock(channel, seconds)
            until = (datetime.now() + timedelta(seconds=seconds)).strftime("%H:%M:%S")
            print(f"channel {channel} unlocked for {_span(seconds)}, until {until}")
            print("the controller locks it by itself when the time runs out")
            status = client.status()
            if status.heartbeat_s and not status.channel(channel).keep_alive:
                print(
                    f"note: the controller's heartbeat is armed ({status.heartbeat_s} s): it "
                    "locks this channel sooner if no host talks to it (see --keep-alive)"
                )
        elif channel:
            client.lock(channel)
            print(f"channel {channel} locked")
        else:
            client.lock_all()
            print("all channels locked")
    except RelayRefused as exc:
        return _fail(REFUSALS.get(exc.code, str(exc)))
    except RelayError as exc:
        return _fail(f"{exc}")
    finally:
        client.stop()
    return 0


def _connect(port: str, timeout: float, no_reset: bool) -> tuple[RelayClient, bool]:
    """A ready client, and whether the controller reset as the port opened. Without --no-reset
    it first waits for the boot banner, then, if none came, asks with HELLO anyway."""
    if not no_reset:
        banner_wait = min(timeout, BOOT_WAIT_S)
        client = RelayClient(port, reconnect=False, banner_timeout=banner_wait)
        try:
            client.start(timeout=banner_wait)
            return client, True
        except RelayError:
            timeout = max(timeout - banner_wait, 1.0)
    client = RelayClient(port, reconnect=False, wait_banner=False)
    client.start(timeout=timeout)
    return client, False


def _span(seconds: int) -> str:
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    if seconds % 60 == 0:
        return f"{seconds // 60} min"
    return f"{seconds} s"


def _print_status(status: RelayStatus, client: RelayClient) -> None:
    info = client.info
    if info is not None:
        print(f"{client.port}: {info.describe()}")
    for state in status.channels:
        text = f"unlocked, {_clock(state.seconds_left)} left" if state.unlocked else "locked"
        keep = "  (keep-alive)" if state.keep_alive else ""
        print(f"  channel {state.channel}: {text}{keep}")
    for number, active in enumerate(status.inputs, start=1):
        name, (when_active, when_inactive) = INPUT_WORDING.get(
            number, (f"input {number}", ("active", "inactive"))
        )
        print(f"  {name}: {when_active if active else when_inactive}")
    heartbeat = f"{status.heartbeat_s} s" if status.heartbeat_s else "off"
    print(f"  heartbeat: {heartbeat}, up {_clock(status.uptime_s)}")


def _print_settings(info: DeviceInfo) -> None:
    print(f"{info.describe()}")
    if info.keep_alive_cap_s is None:
        print("  this firmware keeps no settings (1.1 or later does)")
        return
    print(f"  relay modules: active-{info.polarity} (input {info.polarity.upper()} = relay on)")
    nc = ", ".join(str(n) for n in info.nc_inputs) or "none"
    print(f"  inputs wired normally closed: {nc}")
    feedback = ", ".join(str(n) for n in info.feedback_channels) or "none"
    print(f"  channels with feedback: {feedback}")
    cap = _span(info.keep_alive_cap_s) if info.keep_alive_cap_s else "none"
    print(f"  keep-alive cap: {cap}")


def _clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
