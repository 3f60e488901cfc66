"""Render every kiosk screen with sample data to PNG files, for review.

    python -m kiosk.ui.screenshots OUTDIR [--size 1280x800 ...] [--locale es]
        [--large-text] [--high-contrast]

Runs offscreen; needs no database, scanner or display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import cast
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from kiosk.core.results import (
    PatronSummary,
    PinOutcome,
    PinResult,
    PresenceCounts,
    ScanOutcome,
    ScanResult,
    StaffSummary,
)
from kiosk.devices.status import DeviceKind, DeviceStatus, LinkStatus, LockReport
from kiosk.ui.ports import DeviceHubLike, ServiceSource
from kiosk.ui.screens.card_setup import Match, SetupStep

DEFAULT_SIZES = ((1280, 800), (1024, 600))


class _PosedServices:
    """Screens are posed directly; the few calls a flow makes get fixed sample answers."""

    def __init__(self) -> None:
        self.checkin = self
        self.staff_auth = self
        self.console = self

    def current(self) -> _PosedServices:
        return self

    def warnings(self) -> tuple[str, ...]:
        return ()

    def database_status(self) -> DeviceStatus:
        return DeviceStatus(
            "database", DeviceKind.DATABASE, LinkStatus.CONNECTED, "sqlite:///kiosk.db"
        )

    def handle_scan(self, text: str) -> ScanResult:
        return ScanResult(ScanOutcome.UNAVAILABLE)

    def verify_pin(self, staff_id: UUID, pin: str, action: str) -> PinResult:
        return PinResult(PinOutcome.UNAVAILABLE)

    def presence(self, staff_id: UUID) -> PresenceCounts:
        return PresenceCounts(37, 12, 240)


class _PosedDevices:
    """A relay controller that is up, a printer coming back, a scanner not plugged in."""

    def __init__(self) -> None:
        self._states = (
            DeviceStatus(
                "Workshop relays", DeviceKind.RELAY, LinkStatus.CONNECTED,
                "relay controller A1B2 fw 1.1.0, 4 channels, 2 inputs",
            ),
            DeviceStatus(
                "Prusa MK3S", DeviceKind.PRINTER, LinkStatus.RECONNECTING, "port closed"
            ),
            DeviceStatus(
                "Card scanner", DeviceKind.SCANNER, LinkStatus.MISSING,
                "nothing is connected at /dev/ttyACM1",
            ),
        )

    def add_listener(self, listener: object) -> None:
        pass

    def devices(self) -> tuple[object, ...]:
        return tuple(_PosedDevice(state) for state in self._states)

    def relay_names(self) -> tuple[str, ...]:
        return ("Workshop relays",)

    def lock_all(self, name: str) -> LockReport:
        return LockReport(name, True, "4 channels locked")

    def stop_all(self) -> None:
        pass


class _PosedDevice:
    def __init__(self, state: DeviceStatus) -> None:
        self.name = state.name
        self._state = state
        self.needs_start = False

    def start(self) -> None:
        pass

    def status(self) -> DeviceStatus:
        return self._state


def _parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}") from None


def _settle(app: QCoreApplication) -> None:
    # A text change can queue a layout request that queues another: let them all run.
    for _ in range(5):
        app.sendPostedEvents()
        app.processEvents()


def render_all(
    out_dir: Path,
    sizes: Sequence[tuple[int, int]] = DEFAULT_SIZES,
    locale: str = "en",
    *,
    large_text: bool = False,
    high_contrast: bool = False,
) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.device_bridge import DeviceBridge
    from kiosk.ui.lanes import Lanes
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.scan_input import ScanInput
    from kiosk.ui.settings import UiSettings
    from kiosk.ui.translation import install_translator

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    # Closing the last window with no event loop running would leave a quit queued that ends
    # the next loop anyone starts in this process.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    install_translator(app, locale)
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = UiSettings(
        library_name="Riverside Public Library",
        branch_name="Eastgate Makerspace",
        fullscreen=False,
        large_text=large_text,
        high_contrast=high_contrast,
        locale=locale,
        demo_cards=(
            ("Amara Okafor (adult)", "demo-payload-1"),
            ("Zoë Müller (minor)", "demo-payload-2"),
            ("Nguyễn Văn An (adult)", "demo-payload-3"),
            ("Staff: Dana Whitfield", "demo-payload-4"),
        ),
    )
    lanes = Lanes()
    # Posed stand-ins answer only what posing the screens asks of them.
    bridge = DeviceBridge(cast(DeviceHubLike, _PosedDevices()), lanes)
    services = cast(ServiceSource, _PosedServices())
    window = KioskWindow(settings, services, ScanInput(), lanes=lanes, devices=bridge)
    checkin = window.checkin
    console = window.console
    now = datetime.now(UTC)
    welcome = ScanResult(
        ScanOutcome.WELCOME,
        patron=PatronSummary(UUID(int=1), "Amara Okafor", is_minor=False),
        visit_counted=True,
        checked_in_at=now,
    )
    staff_summary = StaffSummary(UUID(int=2), "Dana Whitfield", role="admin")
    staff = ScanResult(ScanOutcome.STAFF, staff=staff_summary)
    for outcome in (ScanOutcome.WELCOME, ScanOutcome.UNKNOWN_CARD, ScanOutcome.STAFF):
        window.scan_log.record(outcome, now)

    def open_console() -> None:
        window.navigator.start("staff_console", staff=staff_summary)
        console._presence_loaded(PresenceCounts(37, 12, 240))

    def setup(step: SetupStep, **values: object) -> None:
        open_console()
        console.open_setup()
        console._card_at = now
        console._render_setup(step=step, **values)

    poses: list[tuple[str, Callable[[], None]]] = [
        ("attract", window.reset_to_attract),
        ("checking", lambda: checkin.show(checkin.checking, None)),
        ("welcome", lambda: checkin.show_scan_result(welcome)),
        (
            "welcome-again-today",
            lambda: checkin.show_scan_result(
                ScanResult(
                    ScanOutcome.WELCOME,
                    patron=PatronSummary(UUID(int=3), "Nguyễn Văn An", is_minor=False),
                    visit_counted=False,
                    checked_in_at=now,
                )
            ),
        ),
        (
            "welcome-countdown",
            _in_turn(
                lambda: checkin.show_scan_result(welcome), lambda: window._show_countdown(7)
            ),
        ),
    ]
    for outcome in (
        ScanOutcome.UNKNOWN_CARD,
        ScanOutcome.REVOKED_CARD,
        ScanOutcome.FORGED_CARD,
        ScanOutcome.MALFORMED,
        ScanOutcome.LIBRARY_BARCODE,
        ScanOutcome.UNAVAILABLE,
    ):
        poses.append((f"error-{outcome}", partial(checkin.show_scan_result, ScanResult(outcome))))
    poses += [
        ("staff-pin", lambda: checkin.show_scan_result(staff)),
        (
            "staff-pin-wrong",
            _in_turn(
                lambda: checkin.show_scan_result(staff),
                lambda: checkin.show_pin_result(PinResult(PinOutcome.WRONG_PIN, attempts_left=3)),
            ),
        ),
        (
            "staff-pin-locked",
            _in_turn(
                lambda: checkin.show_scan_result(staff),
                lambda: checkin.show_pin_result(
                    PinResult(PinOutcome.LOCKED, locked_until=now + timedelta(minutes=14))
                ),
            ),
        ),
        ("console", open_console),
        ("card-setup-scan", lambda: setup(SetupStep.CARD, card_time=None)),
        (
            "card-setup-who",
            lambda: setup(
                SetupStep.WHO,
                matches=(Match(str(UUID(int=5)), "Zoë Müller (2012)"),),
                searched=True,
            ),
        ),
        ("card-setup-new", lambda: setup(SetupStep.NEW)),
        ("card-setup-done", lambda: setup(SetupStep.DONE, done_name="Zoë Müller")),
        ("demo-picker", lambda: window.navigator.start("demo")),
        ("language-picker", lambda: window.navigator.start("language")),
        ("accessibility", lambda: window.navigator.start("accessibility")),
    ]
    written: list[Path] = []
    window.show()
    for width, height in sizes:
        window.resize(width, height)
        for name, pose in poses:
            window.reset_to_attract()
            pose()
            _settle(app)
            suffix = "" if locale == "en" else f"-{locale}"
            suffix += "-large" if large_text else ""
            suffix += "-contrast" if high_contrast else ""
            path = out_dir / f"{name}-{width}x{height}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)
    window.reset_to_attract()
    window.close()
    window.shutdown()
    install_translator(app, "en")
    app.setQuitOnLastWindowClosed(quit_on_close)
    return written


def _in_turn(*steps: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        for step in steps:
            step()

    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.ui.screenshots", description="Render every kiosk screen to PNG."
    )
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files (created if needed)")
    parser.add_argument(
        "--size", type=_parse_size, action="append", help="WIDTHxHEIGHT (repeatable)"
    )
    parser.add_argument("--locale", default="en", help="language to render in, e.g. es")
    parser.add_argument("--large-text", action="store_true", help="text 1.5 times larger")
    parser.add_argument("--high-contrast", action="store_true", help="the high-contrast theme")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    written = render_all(
        args.out_dir,
        args.size or DEFAULT_SIZES,
        args.locale,
        large_text=args.large_text,
        high_contrast=args.high_contrast,
    )
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
