"""The composition root: the one place that builds the kiosk from its configuration.

`AppContext` holds what the kiosk is made of: the configuration, the clock, the services (opened
after the first paint, through the one `ServicesStarter`), the configured devices (built here,
opened on their own lanes by the UI's device bridge) and the logging. `run_kiosk` hands them to
the Qt shell in kiosk/ui. Module-level imports stay light (no SQLAlchemy, no Qt, no pyserial):
the patron sees the start screen before any of those is loaded."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.core.clock import Clock, SystemClock
from kiosk.logging_setup import buffer_startup_logs, setup_logging
from kiosk.services import Services, database_url, open_services, session_end_journal
from kiosk.services_starter import ServicesStarter

if TYPE_CHECKING:
    from kiosk.devices.hub import DeviceHub
    from kiosk.devices.print_desk import PrintDesk
    from kiosk.ui.shell import DemoCards

log = logging.getLogger(__name__)


__all__ = ["AppContext", "Services", "database_url", "open_services", "run_kiosk"]


@dataclass
class AppContext:
    config: Config
    clock: Clock
    services: ServicesStarter
    devices: DeviceHub | None
    startup_warnings: tuple[str, ...] = ()
    # The print queue over the configured printers; its runners start once the window shows.
    print_desk: PrintDesk | None = None

    def close(self) -> None:
        if self.print_desk is not None:
            self.print_desk.stop()
        if self.devices is not None:
            self.devices.stop_all()
        self.services.close()


def build_context(
    config: Config,
    *,
    services: Services | None = None,
    clock: Clock | None = None,
    warnings: tuple[str, ...] = (),
) -> AppContext:
    """Everything but the UI. Opens nothing yet: `services` (when given, already open) is
    used as it is; otherwise the starter opens the database when the UI says so."""
    clock = clock or SystemClock()
    if services is not None:
        opened = services
        starter = ServicesStarter(
            lambda: opened, label=opened.database_label, sync_configured=opened.sync is not None
        )
    else:
        starter = ServicesStarter(
            lambda: _with_sync(open_services(config, strict=False, clock=clock)),
            label=_safe_label(config),
            sync_configured=bool(config.sync.central_url),
        )
    context = AppContext(config, clock, starter, None, warnings)
    starter.set_warnings(lambda: context.startup_warnings)
    if config.relays or config.printers or config.scan.serial_port:
        # Built only when configured: pyserial is not needed to draw the first screen.
        from kiosk.devices.hub import DeviceHub

        context.devices = DeviceHub.from_config(config, clock)
        if config.printers:
            context.print_desk = print_desk(config, context.devices, starter)
    return context


def _with_sync(services: Services) -> Services:
    # The kiosk syncs in the background when [sync] central_url is set (docs/sync.md).
    services.start_sync()
    return services


def print_desk(config: Config, devices: DeviceHub, starter: ServicesStarter) -> PrintDesk:
    """The print queue's runners over the hub's printers; the queue service comes from the
    services once the database is open."""
    from kiosk.devices.print_desk import PrintDesk
    from kiosk.devices.print_power import RelayPowerHold
    from kiosk.services import print_work_dir

    switches = {p.name: p.power for p in devices.printers if p.power is not None}
    return PrintDesk.build(
        lambda: starter.current().print_queue,
        [p.name for p in config.printers if p.backend != "power-only"],
        devices.printers,
        work_dir=print_work_dir(),
        power=RelayPowerHold(switches),
    )


def _safe_label(config: Config) -> str:
    # The URL may hold a password; the label shown to staff is only its scheme and host part.
    url = config.database.url or "sqlite"
    return url.split("@")[-1] if "@" in url else url


def scanner_installer(context: AppContext) -> Callable[..., None] | None:
    """How the UI adds the configured serial scanner to the devices, handing it the scan
    callbacks it owns; None when there is no serial scanner."""
    devices, scan = context.devices, context.config.scan
    if devices is None or not scan.serial_port:
        return None

    def install(*, on_scan: Callable[[str], None], on_rejected: Callable[[int], None]) -> None:
        devices.add_scanner(
            scan.serial_port,
            baudrate=scan.serial_baudrate,
            max_length=scan.max_length,
            on_scan=on_scan,
            on_rejected=on_rejected,
        )

    return install


def run_kiosk(
    config: Config,
    *,
    windowed: bool = False,
    demo_cards: DemoCards = (),
    services: Services | None = None,
    title: str = "Makerspace Kiosk",
    warnings: tuple[str, ...] = (),
) -> int:
    """Start the Qt application and block until staff exit the kiosk."""
    from kiosk.ui.shell import launch

    context = build_context(config, services=services, warnings=warnings)
    logging_ready = False

    def open_log() -> None:
        nonlocal logging_ready
        if not logging_ready:
            logging_ready = True
            setup_logging(config.logging.dir, config.logging.level)

    def when_shown() -> None:
        # The database and the log file are opened once the patron sees the start screen.
        context.services.start()
        if context.print_desk is not None:
            context.print_desk.start()
        try:
            open_log()
        except Exception:
            log.exception("could not set up the log file")

    buffer_startup_logs(config.logging.level)
    for warning in warnings:
        log.warning("%s", warning)  # once per start, then on the staff console
    try:
        return launch(
            config,
            services=context.services,
            devices=context.devices,
            add_scanner=scanner_installer(context),
            print_desk=context.print_desk,
            windowed=windowed,
            demo_cards=demo_cards,
            title=title,
            when_shown=when_shown,
            machine_journal=session_end_journal(config),
        )
    except Exception:
        # A failure before the first paint still reaches the log file, then the caller.
        open_log()
        log.exception("the kiosk could not start")
        raise
    finally:
        context.close()
