"""Render every kiosk screen with sample data to PNG files, for review.

    python -m kiosk.ui.screenshots OUTDIR [--size 1280x800 ...]

Runs offscreen; needs no database, scanner or display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from kiosk.core.results import (
    PatronSummary,
    PinOutcome,
    PinResult,
    ScanOutcome,
    ScanResult,
    StaffSummary,
)

DEFAULT_SIZES = ((1280, 800), (1024, 600))


class _NoServices:
    """Screens are posed directly, so no service is ever called."""

    def handle_scan(self, text: str) -> ScanResult:
        return ScanResult(ScanOutcome.UNAVAILABLE)

    def verify_pin(self, staff_id: UUID, pin: str, action: str) -> PinResult:
        return PinResult(PinOutcome.UNAVAILABLE)


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
    out_dir: Path, sizes: Sequence[tuple[int, int]] = DEFAULT_SIZES, locale: str = "en"
) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.scan_input import ScanInput
    from kiosk.ui.settings import UiSettings
    from kiosk.ui.translation import install_translator

    app = QApplication.instance() or QApplication([])
    install_translator(app, locale)
    out_dir.mkdir(parents=True, exist_ok=True)
    settings = UiSettings(
        library_name="Riverside Public Library",
        branch_name="Eastgate Makerspace",
        fullscreen=False,
        demo_cards=(
            ("Amara Okafor (adult)", "demo-payload-1"),
            ("Zoë Müller (minor)", "demo-payload-2"),
            ("Nguyễn Văn An (adult)", "demo-payload-3"),
            ("Staff: Dana Whitfield", "demo-payload-4"),
        ),
    )
    services = _NoServices()
    window = KioskWindow(settings, services, services, ScanInput())
    welcome = ScanResult(
        ScanOutcome.WELCOME,
        patron=PatronSummary(UUID(int=1), "Amara Okafor", is_minor=False),
        todays_reservations=("3D printer 2 · 15:00–16:00", "Laser cutter · 17:30–18:00"),
    )
    staff = ScanResult(
        ScanOutcome.STAFF, staff=StaffSummary(UUID(int=2), "Dana Whitfield", role="staff")
    )
    poses: list[tuple[str, Callable[[], None]]] = [
        ("attract", window.reset_to_attract),
        ("checking", lambda: window.show_checking()),
        ("welcome", lambda: window.show_scan_result(welcome)),
        (
            "welcome-no-reservations",
            lambda: window.show_scan_result(
                ScanResult(
                    ScanOutcome.WELCOME,
                    patron=PatronSummary(UUID(int=3), "Nguyễn Văn An", is_minor=False),
                )
            ),
        ),
        (
            "welcome-countdown",
            _in_turn(
                lambda: window.show_scan_result(welcome), lambda: window.banner.show_seconds(7)
            ),
        ),
    ]
    for outcome in (
        ScanOutcome.UNKNOWN_CARD,
        ScanOutcome.REVOKED_CARD,
        ScanOutcome.FORGED_CARD,
        ScanOutcome.MALFORMED,
        ScanOutcome.UNAVAILABLE,
    ):
        poses.append((f"error-{outcome}", partial(window.show_scan_result, ScanResult(outcome))))
    poses += [
        ("staff-pin", lambda: window.show_scan_result(staff)),
        (
            "staff-pin-wrong",
            _in_turn(
                lambda: window.show_scan_result(staff),
                lambda: window.show_pin_result(PinResult(PinOutcome.WRONG_PIN, attempts_left=3)),
            ),
        ),
        (
            "staff-pin-locked",
            _in_turn(
                lambda: window.show_scan_result(staff),
                lambda: window.show_pin_result(
                    PinResult(
                        PinOutcome.LOCKED, locked_until=datetime(2026, 1, 5, 15, 45, tzinfo=UTC)
                    )
                ),
            ),
        ),
        ("demo-picker", window.open_demo_picker),
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
            path = out_dir / f"{name}-{width}x{height}{suffix}.png"
            window.grab().save(str(path))
            written.append(path)
    window.reset_to_attract()
    window.close()
    window.shutdown()
    install_translator(app, "en")
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
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    written = render_all(args.out_dir, args.size or DEFAULT_SIZES, args.locale)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
