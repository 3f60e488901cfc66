"""`makerspace-kiosk demo`: a throwaway database with demo patrons, their printed cards, and a
windowed kiosk, so that a newcomer can try everything without a scanner or configuration."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk.app import run_kiosk
from kiosk.card_printing import kit_code_label
from kiosk.config import (
    CardsSection,
    Config,
    DatabaseSection,
    LibrarySection,
    LoggingSection,
    PrinterSpec,
    RelaySpec,
    UiSection,
)
from kiosk.core.card_codec import generate_key
from kiosk.core.card_render import render_card, save_card_png
from kiosk.core.clock import SystemClock
from kiosk.core.demo import seed_demo
from kiosk.core.demo_bookings import seed_demo_bookings
from kiosk.core.demo_data import DemoData
from kiosk.core.demo_equipment import DEMO_PRINTER, DEMO_RELAY, seed_demo_equipment
from kiosk.services import Services, open_services

DEMO_KEY_ID = "DEMO"
DEMO_LIBRARY = "Riverside Public Library"
DEMO_BRANCH = "Makerspace"


@dataclass(frozen=True)
class DemoSetup:
    folder: Path
    config: Config
    data: DemoData
    cards_dir: Path
    # (kit name, label payload) of each demo kit, its label's PNG beside the cards.
    kits: tuple[tuple[str, str], ...] = ()


def demo_config(folder: Path, key: bytes) -> Config:
    # Demo mode makes its own random signing key: cards printed here are worthless elsewhere,
    # and no known key ever ships with the product.
    return Config(
        library=LibrarySection(name=DEMO_LIBRARY, branch=DEMO_BRANCH),
        database=DatabaseSection(url=f"sqlite:///{folder / 'demo.db'}"),
        ui=UiSection(fullscreen=False),
        cards=CardsSection(keys={DEMO_KEY_ID: key}, signing_key_id=DEMO_KEY_ID),
        logging=LoggingSection(dir=folder / "logs"),
    )


def prepare_demo(folder: Path | None, patrons: int) -> tuple[DemoSetup, Services]:
    """Create the demo database and card PNGs in `folder` (a new temporary one if None)."""
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="makerspace-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "demo.db"
    if database.exists():
        # A demo is throwaway: starting one again in the same folder starts afresh.
        for leftover in folder.glob("demo.db*"):
            leftover.unlink()
    config = demo_config(folder, generate_key())
    services = open_services(config)
    data = seed_demo(
        services.sessions, services.codec, SystemClock(), config.terminal.id, patrons=patrons
    )
    # The first demo patron (an adult) is ready to book and start a machine.
    seed_demo_equipment(
        services.sessions,
        SystemClock(),
        branch_code=config.library.branch_code,
        terminal_id=config.terminal.id,
        ready_card=data.patrons[0][1],
    )
    seed_demo_bookings(
        services.sessions,
        SystemClock(),
        branch_code=config.library.branch_code,
        terminal_id=config.terminal.id,
        patron_cards=tuple(
            number
            for _name, number, _payload in data.patrons[:2]
            if number != data.revoked_card_number
        ),
        language=config.ui.locale,
    )
    cards_dir = folder / "cards"
    for name, number, payload in data.patrons:
        save_card_png(
            render_card(DEMO_LIBRARY, name, number, payload), cards_dir / f"card-{number}.png"
        )
    labels, _missing = services.lending.kit_labels()
    for label in labels:
        save_card_png(
            render_card(
                DEMO_LIBRARY,
                label.name,
                label.short_code,
                label.payload,
                number_label=kit_code_label(config.ui.locale),
            ),
            cards_dir / f"kit-{label.short_code}.png",
        )
    kits = tuple((label.name, label.payload) for label in labels)
    return DemoSetup(folder, config, data, cards_dir, kits), services


def run_demo(folder: Path | None, patrons: int, *, start_gui: bool = True) -> int:
    setup, services = prepare_demo(folder, patrons)
    revoked = setup.data.revoked_card_number
    print(f"Demo folder:      {setup.folder}")
    print(f"Demo database:    {setup.folder / 'demo.db'}")
    print(
        f"Demo QR cards:    {setup.cards_dir} ({len(setup.data.patrons)} PNGs; "
        f"card {revoked} is revoked)"
    )
    print(
        f"Staff card PIN:   {setup.data.staff_pin}  "
        "(scan the staff card, then enter it to open the staff console)"
    )
    print("Simulate a scan:  the 'Demo: simulate a scan' button on the start screen, or F2")
    ready_name, ready_card, _payload = setup.data.patrons[0]
    print(
        f"Machines:         {ready_name} (card {ready_card}) holds the trainings: scan in, "
        "tap Equipment, book a free time or 'Use it now'"
    )
    print(
        "Bookings:         the makerspace is open around the clock; a few machines are booked "
        "for tomorrow, and a safety agreement is published (the ready patron has accepted it; "
        "the others are asked to when they book)"
    )
    if setup.kits:
        print(
            f"Kits:             {setup.kits[0][0]} to lend: scan in, tap 'Borrow or return a kit', "
            "then simulate its label (also a PNG beside the cards)"
        )
    if not start_gui:
        services.close()
        return 0
    from kiosk.ui.demo_cards import demo_cards

    with DemoDevices() as devices:
        print(
            f"Demo devices:     relay controller on {devices.relay_port}, "
            f"printer on {devices.printer_port} (simulated)"
        )
        return run_kiosk(
            devices.declare(setup.config),
            windowed=True,
            demo_cards=lambda: demo_cards(setup.data, setup.kits),
            services=services,
            title="Makerspace Kiosk (demo)",
        )


class DemoDevices:
    """A simulated relay controller and Marlin printer on pseudo-terminals, so the demo's staff
    console shows live devices without any hardware."""

    def __init__(self) -> None:
        from hardware.sim.marlin import MarlinSimulator
        from hardware.sim.relay import RelaySimulator

        # An installed controller has auto-reset disabled: opening its port changes nothing.
        self._relay = RelaySimulator(reset_on_open=False)
        self._printer = MarlinSimulator()
        self.relay_port = ""
        self.printer_port = ""

    def __enter__(self) -> DemoDevices:
        self.relay_port = self._relay.start()
        self.printer_port = self._printer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._printer.stop()
        self._relay.stop()

    def declare(self, config: Config) -> Config:
        return replace(
            config,
            relays=(RelaySpec(DEMO_RELAY, self.relay_port, auto_reset=False),),
            printers=(PrinterSpec(DEMO_PRINTER, self.printer_port),),
        )
