"""MarlinPrinter end to end: real pyserial on a pty, the simulated Marlin on the other side."""

from __future__ import annotations

import argparse
import io
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from hardware.marlin import cli
from hardware.marlin.driver import (
    JobFinished,
    JobProgress,
    MarlinPrinter,
    PrinterError,
    PrinterEvent,
    PrinterState,
    probe,
)
from hardware.marlin.events import (
    Busy,
    FirmwareRestarted,
    ReplyTimedOut,
    Resending,
    Temperatures,
)
from hardware.marlin.gcode import GcodeError, GcodeFile, parse_gcode, read_gcode
from hardware.sim.marlin import MarlinFaults, MarlinSimConfig, MarlinSimulator
from hardware.sim.pty_device import PtyDevice
from tests.hardware.support import wait_until


class Events:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.items: list[PrinterEvent] = []

    def __call__(self, event: PrinterEvent) -> None:
        with self._lock:
            self.items.append(event)

    def of(self, kind: type) -> list:
        with self._lock:
            return [e for e in self.items if isinstance(e, kind)]


Factory = Callable[..., tuple[MarlinSimulator, MarlinPrinter, Events]]


@pytest.fixture
def printer_on_sim() -> Iterator[Factory]:
    started: list[tuple[MarlinSimulator, MarlinPrinter]] = []

    def make(
        config: MarlinSimConfig | None = None,
        faults: MarlinFaults | None = None,
        **printer_args: object,
    ) -> tuple[MarlinSimulator, MarlinPrinter, Events]:
        sim = MarlinSimulator(config or MarlinSimConfig(baudrate=250000, move_model=False), faults)
        port = sim.start()
        events = Events()
        printer = MarlinPrinter(port, on_event=events, **printer_args)  # type: ignore[arg-type]
        started.append((sim, printer))
        printer.connect(timeout=5.0)
        return sim, printer, events

    yield make
    for sim, printer in started:
        printer.close()
        sim.stop()


def job_of(count: int, feed: int = 6000) -> GcodeFile:
    text = "\n".join(
        f"G1 X{(i * 7) % 200}.{i % 10} Y{(i * 13) % 200}.5 E{i * 0.031:.3f} F{feed}"
        for i in range(count)
    )
    return parse_gcode(("G92 E0\n" + text + "\n").encode(), "curvy.gcode")


def numbered_since_reset(sim: MarlinSimulator) -> list[int]:
    """Line numbers of the commands run since the last M110 (the handshake may repeat it)."""
    ran = [number for number, _ in sim.snapshot() if number is not None]
    return ran[len(ran) - 1 - ran[::-1].index(0) :]


def job_lines_run(sim: MarlinSimulator, job: GcodeFile) -> list[str]:
    commands = set(job.commands)
    return [text for _, text in sim.snapshot() if text in commands]


def test_connect_reads_capabilities_and_probe_describes_it(printer_on_sim: Factory) -> None:
    sim, printer, _ = printer_on_sim(
        MarlinSimConfig(baudrate=250000, move_model=False, emergency_parser=True)
    )
    caps = printer.capabilities
    assert caps.is_marlin and caps.autoreport_temp and caps.emergency_parser and caps.sd_support
    assert printer.state.kind == "ready"
    ran = [text for _, text in sim.snapshot()]
    last_reset = len(ran) - 1 - ran[::-1].index("M110 N0")
    # A boot banner racing the first attempt may make the handshake start again.
    assert set(ran[:last_reset]) <= {"M110 N0", "M115"}
    assert ran[last_reset : last_reset + 3] == ["M110 N0", "M115", "M155 S2"]
    printer.close()
    assert probe(sim.port, timeout=2.0) == f"3D printer: {caps.describe()}"


def test_connect_while_the_boot_banner_is_still_arriving(printer_on_sim: Factory) -> None:
    # Replies held back 50 ms: the banner lands after the port opened, mid-handshake.
    config = MarlinSimConfig(baudrate=250000, move_model=False, reply_latency=0.05)
    _, printer, _ = printer_on_sim(config, max_inflight_lines=1)
    assert printer.capabilities.is_marlin and printer.capabilities.autoreport_temp
    # Every ok is counted against the right command: replies line up with their commands.
    assert printer.command("M114")[0].startswith("X:")
    assert printer.command("M27") == ("Not SD printing",)


def test_probe_says_no_for_a_silent_device() -> None:
    class Silent(PtyDevice):
        def on_bytes(self, data: bytes) -> None:
            pass

    with Silent() as device:
        assert probe(device.port, timeout=0.5) is None


def test_temperatures_by_auto_report(printer_on_sim: Factory) -> None:
    sim, printer, _ = printer_on_sim(
        MarlinSimConfig(baudrate=250000, heat_rate=400.0), temperature_interval=1.0
    )
    printer.command("M104 S80")
    wait_until(
        lambda: any(r.name == "T" and r.actual >= 79 for r in printer.temperatures),
        timeout=4.0,
        what="the hotend to reach 80 in the auto-reports",
    )
    commands = [text for _, text in sim.snapshot()]
    assert "M155 S1" in commands and "M105" not in commands


def test_temperatures_by_polling_without_auto_report(printer_on_sim: Factory) -> None:
    sim, printer, _ = printer_on_sim(
        MarlinSimConfig(baudrate=250000, autoreport_temp=False, heat_rate=400.0),
        temperature_interval=0.1,
    )
    assert not printer.capabilities.autoreport_temp
    printer.command("M140 S50")
    wait_until(
        lambda: any(r.name == "B" and r.actual >= 49 for r in printer.temperatures),
        timeout=4.0,
        what="the bed to reach 50 in the M105 replies",
    )
    commands = [text for _, text in sim.snapshot()]
    assert commands.count("M105") >= 2 and not any(c.startswith("M155") for c in commands)


@pytest.mark.parametrize("advanced_ok", [False, True], ids=["plain-ok", "advanced-ok"])
def test_stream_survives_a_resend_storm_and_runs_every_line_once_in_order(
    printer_on_sim: Factory, advanced_ok: bool
) -> None:
    faults = MarlinFaults(
        corrupt_lines={10, 11, 60},
        corrupt_every=9,
        garble_resends=2,
        drop_ok_lines={200},
        extra_ok_after_resend=2 if advanced_ok else 0,
    )
    config = MarlinSimConfig(baudrate=250000, move_model=False, advanced_ok=advanced_ok)
    sim, printer, events = printer_on_sim(config, faults, reply_timeout=0.5)
    job = job_of(400)
    printer.start_job(job)
    finished = printer.wait_job(30.0)
    assert finished is not None and finished.outcome == "completed", finished
    assert finished.progress.lines_done == len(job.commands)
    wait_until(lambda: len(job_lines_run(sim, job)) >= len(job.commands), timeout=5.0)
    assert job_lines_run(sim, job) == list(job.commands)
    lines = numbered_since_reset(sim)
    assert lines == list(range(len(lines))), "a line ran twice or was skipped"
    assert sim.errors_sent > 40
    wait_until(lambda: events.of(Resending), timeout=2.0, what="Resending events")
    assert sim.overrun_bytes == 0


@pytest.mark.parametrize("advanced_ok", [False, True], ids=["plain-ok", "advanced-ok"])
def test_stream_with_a_firmware_that_sends_no_ok_after_resend(
    printer_on_sim: Factory, advanced_ok: bool
) -> None:
    config = MarlinSimConfig(
        baudrate=250000, move_model=False, advanced_ok=advanced_ok, ok_after_resend=False
    )
    sim, printer, _ = printer_on_sim(
        config, MarlinFaults(corrupt_lines={5, 30, 31, 90}), reply_timeout=0.3
    )
    job = job_of(120)
    printer.start_job(job)
    finished = printer.wait_job(20.0)
    assert finished is not None and finished.outcome == "completed", finished
    wait_until(lambda: len(job_lines_run(sim, job)) >= len(job.commands), timeout=5.0)
    assert job_lines_run(sim, job) == list(job.commands)
    lines = numbered_since_reset(sim)
    assert lines == list(range(len(lines)))


def test_job_completes_when_the_last_move_is_made(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(baudrate=250000, move_model=True, speedup=10.0)
    sim, printer, _ = printer_on_sim(config)
    job = job_of(30)
    printer.start_job(job)
    progress = wait_until(
        lambda: (p := printer.progress()) is not None and p.lines_done == p.lines_total and p,
        timeout=10.0,
        what="every line confirmed",
    )
    assert progress.fraction == 1.0
    finished = printer.wait_job(10.0)
    assert finished is not None and finished.outcome == "completed"
    # The planner held moves after the last line was confirmed; the job ended after them.
    assert sim.snapshot()[-1][1] == "M400"
    assert finished.progress.lines_done == len(job.commands) == finished.progress.lines_sent


def test_busy_keepalive_keeps_a_long_command_from_timing_out(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(baudrate=250000, move_model=False, keepalive_interval=0.2)
    sim, printer, events = printer_on_sim(
        config, MarlinFaults(busy_lines={8: 2.0}), reply_timeout=1.0
    )
    job = job_of(20)
    printer.start_job(job)
    finished = printer.wait_job(10.0)
    assert finished is not None and finished.outcome == "completed"
    # Twice the reply timeout without an ok, kept alive by busy: lines.
    wait_until(lambda: len(events.of(Busy)) >= 5, timeout=2.0, what="Busy events")
    assert not events.of(ReplyTimedOut)
    assert job_lines_run(sim, job) == list(job.commands)


@pytest.mark.parametrize(
    ("faults", "reason"),
    [
        (MarlinFaults(kill_at_line=40), "kill() called"),
        (MarlinFaults(thermal_runaway_at_line=40), "Thermal Runaway"),
    ],
)
def test_kill_mid_job_fails_the_job(
    printer_on_sim: Factory, faults: MarlinFaults, reason: str
) -> None:
    _, printer, _ = printer_on_sim(None, faults)
    job = job_of(200)
    printer.start_job(job)
    finished = printer.wait_job(10.0)
    assert finished is not None and finished.outcome == "failed"
    assert reason in finished.detail and finished.progress.lines_done < len(job.commands)
    assert printer.state.kind == "halted"
    with pytest.raises(PrinterError, match="halted"):
        printer.command("M105", timeout=1.0)


def test_pause_resume_and_cancel(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(baudrate=250000, move_model=True, speedup=40.0)
    sim, printer, events = printer_on_sim(config)
    job = job_of(150)
    printer.start_job(job)
    wait_until(lambda: len(job_lines_run(sim, job)) >= 20, timeout=10.0)
    printer.pause()
    # Everything already sent is confirmed, then a command goes round with no job line after it.
    printer.command("M400", timeout=10.0)
    held = len(job_lines_run(sim, job))
    printer.command("M114", timeout=5.0)
    assert len(job_lines_run(sim, job)) == held < len(job.commands)
    progress = printer.progress()
    assert progress is not None and progress.paused and progress.lines_done == held
    printer.resume()
    finished = printer.wait_job(30.0)
    assert finished is not None and finished.outcome == "completed"
    assert job_lines_run(sim, job) == list(job.commands)
    wait_until(lambda: events.of(JobProgress), timeout=2.0, what="progress events")

    second = job_of(150, feed=3000)
    printer.start_job(second)
    wait_until(lambda: len(job_lines_run(sim, second)) >= 10, timeout=10.0)
    printer.cancel()
    cancelled = printer.wait_job(1.0)
    assert cancelled is not None and cancelled.outcome == "cancelled"
    printer.command("M400", timeout=10.0)
    commands = [text for _, text in sim.snapshot()]
    assert commands[-4:-1] == ["M104 S0", "M140 S0", "M107"]
    assert len(job_lines_run(sim, second)) < len(second.commands)


def test_emergency_stop_overtakes_a_full_queue(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(
        baudrate=250000, move_model=True, speedup=0.5, planner_blocks=4, emergency_parser=True
    )
    sim, printer, events = printer_on_sim(config)
    job = job_of(100)
    printer.start_job(job)
    progress = wait_until(
        lambda: (p := printer.progress()) is not None and p.lines_sent >= 12 and p,
        timeout=5.0,
        what="the printer's buffers to fill",
    )
    assert progress.lines_done < progress.lines_sent
    ran_before = len(job_lines_run(sim, job))
    printer.emergency_stop()
    wait_until(lambda: sim.killed, timeout=2.0, what="the simulator to halt")
    # The lines waiting in the firmware's queue never ran.
    assert len(job_lines_run(sim, job)) <= ran_before + 1 < progress.lines_sent
    finished = wait_until(lambda: events.of(JobFinished), timeout=2.0, what="JobFinished")
    assert finished[0].outcome == "failed" and "emergency" in finished[0].detail
    assert printer.state.kind == "halted"


def test_emergency_stop_without_the_emergency_parser(printer_on_sim: Factory) -> None:
    # Without the parser Marlin acts on M112 as soon as it reads the line, before queueing it:
    # only the few commands already queued ahead of it can still run.
    config = MarlinSimConfig(
        baudrate=250000, move_model=True, speedup=0.5, planner_blocks=4, emergency_parser=False
    )
    sim, printer, _ = printer_on_sim(config)
    assert not printer.capabilities.emergency_parser
    job = job_of(100)
    printer.start_job(job)
    wait_until(lambda: (p := printer.progress()) is not None and p.lines_sent >= 12, timeout=5.0)
    ran_before = len(job_lines_run(sim, job))
    printer.emergency_stop()
    wait_until(lambda: sim.killed, timeout=5.0, what="the simulator to halt")
    assert len(job_lines_run(sim, job)) <= ran_before + config.bufsize
    assert printer.state.kind == "halted"


def test_device_vanishing_mid_job_is_reported(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(baudrate=250000, move_model=True, speedup=20.0)
    sim, printer, _ = printer_on_sim(config)
    job = job_of(300)
    printer.start_job(job)
    wait_until(lambda: len(job_lines_run(sim, job)) >= 5, timeout=5.0)
    sim.stop()
    finished = printer.wait_job(5.0)
    assert finished is not None and finished.outcome == "failed"
    assert "disconnected" in finished.detail
    assert printer.state.kind == "disconnected"


def test_printer_unplugged_and_plugged_back_is_resynchronised(tmp_path: Path) -> None:
    by_id = tmp_path / "usb-Marlin_Printer-if00"
    first = MarlinSimulator(MarlinSimConfig(baudrate=250000, move_model=False))
    by_id.symlink_to(first.start())
    events = Events()
    printer = MarlinPrinter(str(by_id), on_event=events)
    second: MarlinSimulator | None = None
    try:
        printer.connect(timeout=5.0)
        first.stop()
        wait_until(lambda: printer.state.kind == "disconnected", timeout=3.0)
        second = MarlinSimulator(MarlinSimConfig(baudrate=250000, move_model=False))
        staging = tmp_path / "staging"
        staging.symlink_to(second.start())
        staging.replace(by_id)  # udev repoints /dev/serial/by-id/... atomically
        wait_until(lambda: printer.state.kind == "ready", timeout=8.0, what="resync")
        assert printer.command("M114")[0].startswith("X:")
        assert [text for _, text in second.snapshot()][-1] == "M114"
    finally:
        printer.close()
        first.stop()
        if second is not None:
            second.stop()


def test_pause_resume_and_cancel_from_the_printer_controls(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(baudrate=250000, move_model=True, speedup=40.0)
    sim, printer, _ = printer_on_sim(config)
    job = job_of(200)
    printer.start_job(job)
    wait_until(lambda: len(job_lines_run(sim, job)) >= 10, timeout=5.0)
    sim.host_action("pause")
    wait_until(lambda: printer.state.kind == "paused", timeout=2.0)
    printer.command("M400", timeout=10.0)
    held = len(job_lines_run(sim, job))
    printer.command("M114")
    assert len(job_lines_run(sim, job)) == held
    sim.send(b"// action:resume\n")  # some firmware puts a blank after the slashes
    wait_until(lambda: len(job_lines_run(sim, job)) > held + 5, timeout=5.0)
    sim.host_action("cancel")  # sent as "//action:cancel"
    finished = printer.wait_job(2.0)
    assert finished is not None and finished.outcome == "cancelled"
    assert "from the printer" in finished.detail


def test_corrupt_file_is_refused_before_anything_is_sent(
    printer_on_sim: Factory, tmp_path: Path
) -> None:
    sim, printer, _ = printer_on_sim()
    bad = tmp_path / "part.gcode"
    bad.write_bytes(b"G28\nG1 X10 Y10\n" + bytes(range(256)) + b"\nG1 X20\n")
    before = sim.snapshot()
    sent_before = printer.protocol_stats
    with pytest.raises(GcodeError, match="binary data"):
        printer.print_file(bad)
    printer.command("M400")
    assert [text for _, text in sim.snapshot()] == [text for _, text in before] + ["M400"]
    assert printer.progress() is None and sent_before is not None


def test_job_file_changed_before_streaming_fails_the_job_cleanly(
    printer_on_sim: Factory, tmp_path: Path
) -> None:
    sim, printer, _ = printer_on_sim()
    path = tmp_path / "part.gcode"
    path.write_text("G28\nG1 X1\n")
    job = read_gcode(path)
    path.write_text("G28\nG1 X5\nG1 X6\n")
    printer.start_job(job)
    finished = printer.wait_job(2.0)
    assert finished is not None and finished.outcome == "failed"
    assert "changed after it was checked" in finished.detail
    assert printer.state.kind == "ready"
    assert "G1 X5" not in [text for _, text in sim.snapshot()]


def test_firmware_restart_mid_job_fails_it_and_reset_recovers(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(baudrate=250000, move_model=True, speedup=20.0)
    sim, printer, _ = printer_on_sim(config)
    job = job_of(300)
    printer.start_job(job)
    wait_until(lambda: len(job_lines_run(sim, job)) >= 5, timeout=5.0)
    sim.reboot()
    finished = printer.wait_job(5.0)
    assert finished is not None and finished.outcome == "failed" and "restarted" in finished.detail
    printer.reset(timeout=5.0)
    assert printer.state.kind == "ready"
    assert printer.command("M114")[0].startswith("X:")


def test_sd_print_status(printer_on_sim: Factory) -> None:
    _, printer, _ = printer_on_sim()
    assert printer.sd_status().printing is False
    printer.command("M23 PART.GCO")
    printer.command("M24")
    status = wait_until(
        lambda: (s := printer.sd_status()).printing and s.done_bytes > 0 and s, timeout=3.0
    )
    assert status.total_bytes == 20000


def test_cli_status_and_print(printer_on_sim: Factory, tmp_path: Path) -> None:
    sim = MarlinSimulator(MarlinSimConfig(baudrate=250000, move_model=False))
    port = sim.start()
    try:
        parser = argparse.ArgumentParser()
        cli.register(parser.add_subparsers())
        out = io.StringIO()
        assert cli.run(parser.parse_args(["printer", port, "status"]), out) == 0
        assert "Marlin" in out.getvalue() and "hotend: 21.0" in out.getvalue()
        part = tmp_path / "part.gcode"
        part.write_text("\n".join(job_of(50).commands) + "\n")
        out = io.StringIO()
        assert cli.run(parser.parse_args(["printer", port, "print", str(part)]), out) == 0
        assert "100.0%  51/51 lines" in out.getvalue() and "done: 51 lines" in out.getvalue()
        part.write_bytes(b"G1 X1\n\x00\x00")
        assert cli.run(parser.parse_args(["printer", port, "print", str(part)]), out) == 2
        out = io.StringIO()
        assert cli.run(parser.parse_args(["printer", port, "stop"]), out) == 0
        assert "halted" in out.getvalue() and sim.killed
    finally:
        sim.stop()


def test_lost_final_ok_with_auto_report_and_the_default_timeout(printer_on_sim: Factory) -> None:
    # Temperature reports every 2 s, shorter than the 5 s reply timeout: they must not count as
    # the missing `ok`.
    sim, printer, events = printer_on_sim()
    assert printer.capabilities.autoreport_temp
    job = job_of(30)
    finish_line = 4 + job.line_count  # after M110 N0, M115, M155 S2, M27, the job's lines
    sim.faults.drop_ok_lines.add(finish_line)
    printer.start_job(job)
    finished = printer.wait_job(16.0)
    assert finished is not None and finished.outcome == "completed", printer.progress()
    assert (finish_line, "M400") in sim.snapshot()
    wait_until(lambda: events.of(ReplyTimedOut), timeout=2.0, what="the reply timeout")
    assert len(events.of(Temperatures)) >= 2


def test_lines_of_a_cancelled_job_do_not_count_toward_the_next(printer_on_sim: Factory) -> None:
    sim, printer, _ = printer_on_sim(MarlinSimConfig(baudrate=250000, speedup=40.0))
    printer.start_job(job_of(400))
    wait_until(lambda: (p := printer.progress()) is not None and p.lines_sent >= 60, timeout=5.0)
    printer.cancel()
    for feed in (3000, 1500):
        job = job_of(30, feed=feed)
        printer.start_job(job)
        finished = printer.wait_job(20.0)
        assert finished is not None and finished.outcome == "completed"
        assert finished.progress.lines_sent == finished.progress.lines_done == job.line_count
        # Completed means this job's lines ran, all of them, and its M400 after them.
        ran = [text for _, text in sim.snapshot()]
        assert ran[-1] == "M400"
        assert [text for text in ran if text.endswith(f" F{feed}")] == list(job.commands[1:])


def test_a_resend_request_far_behind_is_a_reset_and_the_job_is_never_replayed(
    printer_on_sim: Factory,
) -> None:
    # The printer asks for line 10 after line 350: only a reset sets its count back.
    sim, printer, events = printer_on_sim(None, MarlinFaults(spurious_resends={350: 10}))
    job = job_of(400)
    printer.start_job(job)
    finished = printer.wait_job(10.0)
    assert finished is not None and finished.outcome == "failed"
    assert "asked for line 10 again" in finished.detail and "not sent again" in finished.detail
    wait_until(lambda: events.of(FirmwareRestarted), timeout=2.0)
    assert printer.state.kind == "halted"
    numbers = numbered_since_reset(sim)
    assert numbers == sorted(set(numbers)), "a line was sent again after the reset"
    with pytest.raises(PrinterError, match="halted"):
        printer.start_job(job_of(5))
    with pytest.raises(PrinterError, match="halted"):
        printer.command("M114", timeout=1.0)
    printer.reset(timeout=5.0)
    printer.start_job(job_of(5))
    again = printer.wait_job(5.0)
    assert again is not None and again.outcome == "completed"


class StallingListener(Events):
    """Records events and the threads they arrive on; stalls on the first event `stall_on`
    picks until released."""

    def __init__(self, stall_on: Callable[[PrinterEvent], bool]) -> None:
        super().__init__()
        self.stall_on = stall_on
        self.stalled = threading.Event()
        self.release = threading.Event()
        self.threads: set[str] = set()

    def __call__(self, event: PrinterEvent) -> None:
        super().__call__(event)
        self.threads.add(threading.current_thread().name)
        if not self.stalled.is_set() and self.stall_on(event):
            self.stalled.set()
            self.release.wait(20.0)


T = TypeVar("T")


def within(timeout: float, call: Callable[[], T]) -> T:
    """The result of `call`, made on another thread; fails the test if it takes longer."""
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # handed back to the test
            error.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"{call} still blocked after {timeout:g} s"
    if error:
        raise error[0]
    return result[0]


def test_a_stalled_listener_blocks_no_caller_and_not_the_stream() -> None:
    listener = StallingListener(lambda e: isinstance(e, PrinterState) and e.kind == "paused")
    sim = MarlinSimulator(MarlinSimConfig(baudrate=250000, speedup=40.0))
    port = sim.start()
    printer = MarlinPrinter(port, on_event=listener)
    try:
        printer.connect(timeout=5.0)
        job = job_of(200)
        printer.start_job(job)
        wait_until(lambda: len(job_lines_run(sim, job)) >= 10, timeout=5.0)
        sim.host_action("pause")  # the driver reports "paused" from the serial reader
        assert listener.stalled.wait(5.0)
        progress = within(1.0, printer.progress)
        assert progress is not None and progress.paused
        assert within(1.0, lambda: printer.protocol_stats).lines_sent > 0
        # The reader is free: a command's reply still comes back.
        replies = within(3.0, lambda: printer.command("M114", timeout=2.0))
        assert replies[0].startswith("X:")
        held = len(job_lines_run(sim, job))
        within(1.0, printer.resume)
        wait_until(lambda: len(job_lines_run(sim, job)) >= held + 20, timeout=5.0)
        within(1.0, printer.cancel)
        cancelled = within(2.0, lambda: printer.wait_job(1.0))
        assert cancelled is not None and cancelled.outcome == "cancelled"
    finally:
        listener.release.set()
        printer.close()
        sim.stop()
    # Once released, the listener got everything, in order, and only on the event thread.
    kinds = [e.kind for e in listener.of(PrinterState)]
    assert kinds[-4:] == ["paused", "printing", "ready", "disconnected"], str(kinds)
    assert listener.of(JobFinished)[-1].outcome == "cancelled"
    assert listener.threads == {f"marlin-events:{port}"}


def test_a_heating_wait_longer_than_the_reply_timeout_is_not_taken_for_a_lost_ok(
    printer_on_sim: Factory,
) -> None:
    # Heating to 60 takes about 2.6 s; meanwhile the firmware prints the temperatures every
    # second, not busy:.
    config = MarlinSimConfig(baudrate=250000, move_model=False, heat_rate=15.0)
    sim, printer, events = printer_on_sim(config, reply_timeout=1.5)
    job = parse_gcode(b"M109 S60\n" + "\n".join(job_of(10).commands).encode() + b"\n")
    printer.start_job(job)
    finished = printer.wait_job(10.0)
    assert finished is not None and finished.outcome == "completed"
    assert job_lines_run(sim, job) == list(job.commands)
    assert not events.of(ReplyTimedOut)


@pytest.mark.parametrize(
    "noise",
    [b"\x93\xf1\x07\xc2\n\xe2\x80\xfe\r\n\x00\x17\n", bytes(range(128, 192))],
    ids=["with-line-ends", "without-line-ends"],
)
def test_serial_noise_after_a_lost_ok_never_freezes_a_job(
    printer_on_sim: Factory, noise: bytes
) -> None:
    # Line 50's `ok` is lost, and binary noise keeps arriving for 100 s: the job must still
    # finish within its own timeouts (0.5 s a reply), never wait for the noise to stop. The
    # proof is that noise was still to come when it ended, however slow the machine is.
    faults = MarlinFaults(
        drop_ok_lines={50},
        noise_after_line=50,
        noise=noise,
        noise_repeats=2000,
        noise_interval=0.05,
    )
    sim, printer, _ = printer_on_sim(None, faults, reply_timeout=0.5)
    job = job_of(120)
    printer.start_job(job)
    finished = printer.wait_job(60.0)
    assert finished is not None, "the job hung while noise kept arriving"
    assert sim.noise_pending() > 0, "the job ended only once the noise had stopped"
    if b"\n" in noise:
        assert finished.outcome == "completed", finished
        assert job_lines_run(sim, job) == list(job.commands)
    else:
        # Noise glued to the front of a reply destroys that reply; the job must still end.
        assert finished.outcome in ("completed", "failed"), finished
    assert printer.protocol_stats.noise_lines > 0 or b"\n" not in noise
