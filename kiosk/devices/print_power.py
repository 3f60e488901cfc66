"""Keeping a printer's relay channel powered while its print queue runs a job."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from hardware.printers.power_only import PowerSwitch

log = logging.getLogger(__name__)


class RelayPowerHold:
    """The print queue's `PowerHold` over the printers' configured relay channels.

    `hold` switches the channel on for the given time (the relay controller switches it off by
    itself when that runs out, even if the kiosk has stopped); `release` leaves it to that
    timer, so the hot end's fan keeps cooling after a print and a patron's machine session on
    the same channel is never cut by the queue."""

    def __init__(self, switches: Mapping[str, PowerSwitch]) -> None:
        self._switches = dict(switches)

    def hold(self, printer: str, seconds: int) -> None:
        switch = self._switches.get(printer)
        if switch is not None:
            switch.on(seconds)

    def release(self, printer: str) -> None:
        if printer in self._switches:
            log.info("print queue %s: power left to the relay's timer", printer)
