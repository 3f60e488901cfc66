"""A power-only printer (Bambu Lab and others): its power through a real relay client talking to
the simulated relay controller on a pty; every job method refused in plain words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hardware.printers.model import BackendError, NotSupported, PrinterStatus, StateChanged
from hardware.printers.power_only import POWER_ONLY, PowerOnlyBackend, RelayChannelPower
from hardware.relay.client import RelayClient
from hardware.sim.relay import RelaySimulator
from tests.hardware.support import EventLog


@pytest.fixture
def bambu() -> Iterator[tuple[RelaySimulator, PowerOnlyBackend, EventLog]]:
    with RelaySimulator() as sim:
        client = RelayClient(sim.port, timeout=0.5)
        client.start(timeout=3.0)
        log = EventLog()
        backend = PowerOnlyBackend("bambu-p1s", RelayChannelPower(client, 2), on_event=log)
        backend.connect()
        try:
            yield sim, backend, log
        finally:
            backend.close()
            client.stop()


def test_power_on_and_off_switch_the_relay(
    bambu: tuple[RelaySimulator, PowerOnlyBackend, EventLog],
) -> None:
    sim, backend, log = bambu
    assert backend.status == PrinterStatus("power-only", "power off")
    backend.power_on(3600)
    assert sim.wait_for(lambda: sim.relays[1])
    assert backend.status.detail == "power on for 3600 s"
    backend.power_off()
    assert sim.wait_for(lambda: not sim.relays[1])
    log.wait(StateChanged, count=3)
    kinds = [e.status.detail for e in log.items if isinstance(e, StateChanged)]
    assert kinds == ["power off", "power on for 3600 s", "power off"]


def test_emergency_stop_cuts_the_power(
    bambu: tuple[RelaySimulator, PowerOnlyBackend, EventLog],
) -> None:
    sim, backend, _ = bambu
    backend.power_on(600)
    assert sim.wait_for(lambda: sim.relays[1])
    backend.emergency_stop()
    assert sim.wait_for(lambda: not sim.relays[1])


def test_no_job_control_and_the_capabilities_say_so(
    bambu: tuple[RelaySimulator, PowerOnlyBackend, EventLog], tmp_path: Path
) -> None:
    sim, backend, _ = bambu
    caps = backend.capabilities
    assert (caps.job_control, caps.temperatures, caps.progress) == (False, False, False)
    assert (caps.emergency_stop, caps.power_relay, caps.note) == ("power-cut", True, POWER_ONLY)
    path = tmp_path / "plate.gcode.3mf"
    path.write_bytes(b"PK")
    with pytest.raises(NotSupported) as error:
        backend.start_job(path)
    assert (
        str(error.value) == f"bambu-p1s: this printer cannot start a job from here ({POWER_ONLY})"
    )
    for method in (backend.pause, backend.resume, backend.cancel):
        with pytest.raises(NotSupported):
            method()
    assert not any(sim.relays)


def test_a_power_period_out_of_range_is_refused(
    bambu: tuple[RelaySimulator, PowerOnlyBackend, EventLog],
) -> None:
    sim, backend, _ = bambu
    with pytest.raises(BackendError, match="1 s to 24 h, not 0 s"):
        backend.power_on(0)
    assert not any(sim.relays)
