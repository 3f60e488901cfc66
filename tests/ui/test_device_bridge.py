"""The device bridge against the relay and printer simulators on real pty pairs: live states and
notices arrive on the GUI thread, a vanished controller shows as such and comes back, "lock
every machine" is confirmed by the controller's own status, and a wrong device is named."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hardware.sim.marlin import MarlinSimulator
from hardware.sim.relay import RelaySimulator
from kiosk.config import Config, PrinterSpec, RelaySpec
from kiosk.devices.hub import DeviceHub
from kiosk.devices.status import DeviceNotice, DeviceStatus, LinkStatus, LockReport
from kiosk.ui.device_bridge import DeviceBridge
from kiosk.ui.lanes import Lanes

WAIT_MS = 8000


class Recorder:
    def __init__(self, bridge: DeviceBridge) -> None:
        self.items: list[DeviceStatus | DeviceNotice] = []
        self.threads: set[str] = set()
        bridge.changed.connect(self._record)
        bridge.notice.connect(self._record)

    def _record(self, item: DeviceStatus | DeviceNotice) -> None:
        self.items.append(item)
        self.threads.add(threading.current_thread().name)


@pytest.fixture
def relay_sim() -> Iterator[RelaySimulator]:
    sim = RelaySimulator(reset_on_open=False)
    sim.start()
    yield sim
    sim.stop()


@pytest.fixture
def printer_sim() -> Iterator[MarlinSimulator]:
    sim = MarlinSimulator()
    sim.start()
    yield sim
    sim.stop()


def link(tmp_path: Path, name: str, target: str) -> str:
    """A stable port name, as /dev/serial/by-id gives one, pointing at the simulator's pty."""
    path = tmp_path / name
    if path.is_symlink():
        path.unlink()
    path.symlink_to(target)
    return str(path)


@pytest.fixture
def started() -> Iterator[list[tuple[DeviceHub, DeviceBridge, Lanes]]]:
    running: list[tuple[DeviceHub, DeviceBridge, Lanes]] = []
    yield running
    for hub, bridge, lanes in running:
        bridge.shutdown()
        assert lanes.shutdown(timeout_s=5.0)
        hub.stop_all()


def start(
    started: list[tuple[DeviceHub, DeviceBridge, Lanes]], config: Config, retry_ms: int = 200
) -> tuple[DeviceBridge, Recorder]:
    hub = DeviceHub.from_config(config)
    lanes = Lanes()
    bridge = DeviceBridge(hub, lanes, retry_ms=retry_ms)
    recorder = Recorder(bridge)
    started.append((hub, bridge, lanes))
    bridge.start()
    return bridge, recorder


def state(bridge: DeviceBridge, name: str) -> DeviceStatus:
    return {s.name: s for s in bridge.states()}[name]


def test_relay_and_printer_come_up_and_their_states_arrive_on_the_gui_thread(
    qtbot: QtBot,
    tmp_path: Path,
    relay_sim: RelaySimulator,
    printer_sim: MarlinSimulator,
    started: list[tuple[DeviceHub, DeviceBridge, Lanes]],
) -> None:
    config = Config(
        relays=(RelaySpec("Workshop", relay_sim.port, auto_reset=False),),
        printers=(PrinterSpec("Printer 1", printer_sim.port),),
    )
    bridge, recorder = start(started, config)
    assert {s.status for s in bridge.states()} == {LinkStatus.STARTING}
    qtbot.waitUntil(
        lambda: state(bridge, "Workshop").status is LinkStatus.CONNECTED
        and state(bridge, "Printer 1").status is LinkStatus.CONNECTED,
        timeout=WAIT_MS,
    )
    assert "channels" in state(bridge, "Workshop").detail
    assert recorder.threads == {threading.main_thread().name}


def test_lock_all_is_confirmed_by_the_controllers_status(
    qtbot: QtBot,
    relay_sim: RelaySimulator,
    started: list[tuple[DeviceHub, DeviceBridge, Lanes]],
) -> None:
    config = Config(relays=(RelaySpec("Workshop", relay_sim.port, auto_reset=False),))
    bridge, _ = start(started, config)
    qtbot.waitUntil(
        lambda: state(bridge, "Workshop").status is LinkStatus.CONNECTED, timeout=WAIT_MS
    )
    hub = started[0][0]
    hub.relays[0].client.unlock(2, 600)
    assert relay_sim.model.unlocked[1]
    reports: list[tuple[LockReport, ...]] = []
    bridge.lock_all(reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=WAIT_MS)
    assert reports[0] == (LockReport("Workshop", True, "4 channels locked"),)
    assert relay_sim.model.unlocked == [False] * 4


def test_an_unlock_the_controller_never_answered_reaches_staff_as_a_notice(
    qtbot: QtBot,
    relay_sim: RelaySimulator,
    started: list[tuple[DeviceHub, DeviceBridge, Lanes]],
) -> None:
    config = Config(relays=(RelaySpec("Workshop", relay_sim.port, auto_reset=False),))
    bridge, recorder = start(started, config)
    qtbot.waitUntil(
        lambda: state(bridge, "Workshop").status is LinkStatus.CONNECTED, timeout=WAIT_MS
    )
    client = started[0][0].relays[0].client
    relay_sim.mute = True
    with pytest.raises(Exception):  # noqa: B017 - the driver's own timeout error
        client.unlock(3, 60)
    relay_sim.mute = False
    qtbot.waitUntil(
        lambda: any(
            isinstance(i, DeviceNotice) and "not confirmed" in i.text for i in recorder.items
        ),
        timeout=WAIT_MS,
    )
    assert any("not confirmed" in n.text for n in bridge.notices())
    assert recorder.threads == {threading.main_thread().name}


def test_a_controller_that_vanishes_shows_as_such_and_comes_back(
    qtbot: QtBot,
    tmp_path: Path,
    started: list[tuple[DeviceHub, DeviceBridge, Lanes]],
) -> None:
    first = RelaySimulator(reset_on_open=False)
    first.start()
    port = link(tmp_path, "relay-by-id", first.port)
    try:
        bridge, recorder = start(started, Config(relays=(RelaySpec("Door", port, False),)))
        qtbot.waitUntil(
            lambda: state(bridge, "Door").status is LinkStatus.CONNECTED, timeout=WAIT_MS
        )
        first.stop()
        os.unlink(port)  # unplugged: its /dev/serial/by-id name goes away
        qtbot.waitUntil(
            lambda: state(bridge, "Door").status in (LinkStatus.RECONNECTING, LinkStatus.MISSING),
            timeout=WAIT_MS,
        )
        second = RelaySimulator(reset_on_open=False)
        second.start()
        try:
            link(tmp_path, "relay-by-id", second.port)  # plugged back in
            qtbot.waitUntil(
                lambda: state(bridge, "Door").status is LinkStatus.CONNECTED, timeout=WAIT_MS
            )
        finally:
            started[0][1].shutdown()
            started[0][2].shutdown(timeout_s=5.0)
            started[0][0].stop_all()
            started.clear()
            second.stop()
        statuses = [i.status for i in recorder.items if isinstance(i, DeviceStatus)]
        assert LinkStatus.CONNECTED in statuses[statuses.index(LinkStatus.CONNECTED) + 1 :]
    finally:
        first.stop()


def test_a_missing_port_and_a_printer_where_a_relay_was_expected_are_named(
    qtbot: QtBot,
    tmp_path: Path,
    printer_sim: MarlinSimulator,
    started: list[tuple[DeviceHub, DeviceBridge, Lanes]],
) -> None:
    config = Config(
        relays=(
            RelaySpec("Not plugged", str(tmp_path / "no-such-port"), auto_reset=False),
            RelaySpec("Wrong device", printer_sim.port, auto_reset=False),
        )
    )
    bridge, _ = start(started, config, retry_ms=60_000)
    qtbot.waitUntil(
        lambda: state(bridge, "Not plugged").status is LinkStatus.MISSING
        and state(bridge, "Wrong device").status is LinkStatus.FAULT,
        timeout=WAIT_MS,
    )
    assert "nothing is connected" in state(bridge, "Not plugged").detail
    assert "does not answer as a relay controller" in state(bridge, "Wrong device").detail


def test_a_network_printer_shows_its_state_and_a_wrong_password_says_so(
    qtbot: QtBot, started: list[tuple[DeviceHub, DeviceBridge, Lanes]]
) -> None:
    # PrusaLink is tested against a fake written from Prusa's published API description.
    from tests.hardware.printers.fake_prusalink import FakePrusaLink

    fake = FakePrusaLink(password="s3cret").start()
    try:
        config = Config(
            printers=(
                PrinterSpec("MK4", backend="prusalink", url=fake.url, password="s3cret"),
                PrinterSpec("MK4 wrong", backend="prusalink", url=fake.url, password="nope"),
            )
        )
        bridge, _ = start(started, config, retry_ms=60_000)
        qtbot.waitUntil(
            lambda: state(bridge, "MK4").status is LinkStatus.CONNECTED
            and state(bridge, "MK4 wrong").status is LinkStatus.RECONNECTING,
            timeout=WAIT_MS,
        )
        assert state(bridge, "MK4").detail.startswith("ready")
        assert state(bridge, "MK4").port == fake.url
        assert "s3cret" not in repr(config)
        fake.need_attention()
        qtbot.waitUntil(lambda: "needs attention" in state(bridge, "MK4").detail, timeout=WAIT_MS)
    finally:
        for hub, bridge_, lanes in started:
            bridge_.shutdown()
            lanes.shutdown(timeout_s=5.0)
            hub.stop_all()
        started.clear()
        fake.stop()


def test_a_power_only_printer_is_powered_through_its_relay_channel(
    qtbot: QtBot,
    relay_sim: RelaySimulator,
    started: list[tuple[DeviceHub, DeviceBridge, Lanes]],
) -> None:
    config = Config(
        relays=(RelaySpec("Workshop", relay_sim.port, auto_reset=False),),
        printers=(PrinterSpec("P1S", backend="power-only", relay="Workshop", channel=3),),
    )
    bridge, _ = start(started, config)
    qtbot.waitUntil(
        lambda: state(bridge, "P1S").status is LinkStatus.CONNECTED
        and state(bridge, "Workshop").status is LinkStatus.CONNECTED,
        timeout=WAIT_MS,
    )
    assert state(bridge, "P1S").detail == "power-only: power off"
    printer = started[0][0].printers[0].backend
    printer.power_on(600)  # type: ignore[attr-defined]
    assert relay_sim.model.unlocked[2]
    qtbot.waitUntil(lambda: "power on" in state(bridge, "P1S").detail, timeout=WAIT_MS)
    reports: list[tuple[LockReport, ...]] = []
    bridge.lock_all(reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=WAIT_MS)
    assert not relay_sim.model.unlocked[2]


def test_an_emergency_stop_the_printer_cannot_act_on_cuts_its_power_relay(
    qtbot: QtBot,
    relay_sim: RelaySimulator,
    printer_sim: MarlinSimulator,
    started: list[tuple[DeviceHub, DeviceBridge, Lanes]],
) -> None:
    # The simulator ships without the emergency parser, as Marlin does.
    config = Config(
        relays=(RelaySpec("Workshop", relay_sim.port, auto_reset=False),),
        printers=(PrinterSpec("MK3S", port=printer_sim.port, relay="Workshop", channel=1),),
    )
    bridge, recorder = start(started, config)
    qtbot.waitUntil(
        lambda: state(bridge, "MK3S").status is LinkStatus.CONNECTED
        and state(bridge, "Workshop").status is LinkStatus.CONNECTED,
        timeout=WAIT_MS,
    )
    printer = started[0][0].printers[0]
    assert printer.power is not None
    printer.power.on(600)
    assert relay_sim.model.unlocked[0]
    printer.backend.emergency_stop()
    qtbot.waitUntil(lambda: not relay_sim.model.unlocked[0], timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: any(
            isinstance(i, DeviceNotice) and "power cut" in i.text for i in recorder.items
        ),
        timeout=WAIT_MS,
    )
