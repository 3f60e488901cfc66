"""The driver against the simulator set up as the firmware really ships and behaves: silent
while homing or waiting for a person, `wait` from NO_TIMEOUTS, host actions with arguments and
prompts, an SD print already running, Prusa firmware, Klipper on serial, resets mid-job, a
64-byte receive buffer and the per-printer settings."""

from __future__ import annotations

import os
import termios
from collections.abc import Iterator

import pytest

from hardware.marlin.driver import JobFinished, MarlinPrinter, PrinterError, PrinterState
from hardware.marlin.events import (
    FirmwareRestarted,
    HostPrompt,
    HostPromptClosed,
    PowerCutRequested,
    ReplyTimedOut,
)
from hardware.marlin.gcode import parse_gcode
from hardware.marlin.settings import MarlinSettings, TimeoutPolicy
from hardware.sim.marlin import MarlinFaults, MarlinSimConfig, MarlinSimulator
from tests.hardware import slicer_blocks as blocks
from tests.hardware.support import wait_until
from tests.hardware.test_marlin_driver import Events, Factory, job_lines_run, job_of

pytestmark = pytest.mark.usefixtures("no_leaked_threads")

FAST = {"baudrate": 250000, "move_model": False}


@pytest.fixture
def printer_on_sim() -> Iterator[Factory]:
    started: list[tuple[MarlinSimulator, MarlinPrinter]] = []

    def make(
        config: MarlinSimConfig | None = None,
        faults: MarlinFaults | None = None,
        **printer_args: object,
    ) -> tuple[MarlinSimulator, MarlinPrinter, Events]:
        sim = MarlinSimulator(config or MarlinSimConfig(**FAST), faults)  # type: ignore[arg-type]
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


def quick(reply: float = 0.3, long: float = 30.0) -> MarlinSettings:
    return MarlinSettings(
        baudrate=250000,
        timeouts=TimeoutPolicy(
            reply_timeout=reply, max_consecutive_timeouts=2, long_command_timeout=long
        ),
    )


def test_silent_homing_does_not_fail_a_job(printer_on_sim: Factory) -> None:
    # Without HOST_KEEPALIVE_FEATURE Marlin says nothing while it homes: 1.5 s here, five
    # times the reply timeout and well past its retry limit.
    config = MarlinSimConfig(**FAST, host_keepalive=False)  # type: ignore[arg-type]
    faults = MarlinFaults(busy_lines={5: 1.5})  # G28, after M110, M115, M155, M27 and G90
    sim, printer, events = printer_on_sim(config, faults, settings=quick())
    job = parse_gcode(b"G90\nG28\nG1 X10 Y10\nG1 X20\n", "home.gcode")
    printer.start_job(job)
    finished = printer.wait_job(10.0)
    assert finished is not None and finished.outcome == "completed", finished
    assert ("G28" in [text for _, text in sim.snapshot()]) and not events.of(ReplyTimedOut)


def test_a_wait_for_the_user_is_not_a_timeout_and_the_prompt_reaches_listeners(
    printer_on_sim: Factory,
) -> None:
    config = MarlinSimConfig(**FAST, host_keepalive=False, emergency_parser=True)  # type: ignore[arg-type]
    sim, printer, events = printer_on_sim(config, settings=quick())
    printer.start_job(parse_gcode(b"G1 X1\nM0\nG1 X2\n", "pause.gcode"))
    prompt = wait_until(lambda: events.of(HostPrompt), timeout=5.0, what="the prompt")[0]
    assert prompt == HostPrompt("Click to continue", ("Continue",))
    assert printer.wait_job(1.5) is None, "a person taking their time must not fail the job"
    printer.answer_prompt(0)
    finished = printer.wait_job(5.0)
    assert finished is not None and finished.outcome == "completed", finished
    wait_until(lambda: events.of(HostPromptClosed), timeout=2.0, what="the prompt to close")
    assert not events.of(ReplyTimedOut)
    assert "M876 S0" in [text for _, text in sim.snapshot()]


def test_host_action_with_arguments_pauses_and_says_why(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(baudrate=250000, move_model=True, speedup=2.0)
    sim, printer, events = printer_on_sim(config)
    printer.start_job(job_of(300))
    wait_until(lambda: (p := printer.progress()) is not None and p.lines_done > 5, timeout=5.0)
    sim.host_action("paused filament_runout 0")
    state = wait_until(
        lambda: [s for s in events.of(PrinterState) if s.kind == "paused"], timeout=3.0
    )[0]
    assert "filament runout" in state.detail
    assert printer.state.kind == "paused"
    sim.host_action("resumed")
    wait_until(lambda: printer.state.kind == "printing", timeout=3.0)
    printer.cancel()


def test_wait_from_no_timeouts_recovers_a_lost_line_long_before_the_reply_timeout(
    printer_on_sim: Factory,
) -> None:
    config = MarlinSimConfig(**FAST, no_timeouts=0.5)  # type: ignore[arg-type]
    settings = MarlinSettings(baudrate=250000, timeouts=TimeoutPolicy(reply_timeout=60.0))
    job = job_of(20)
    last = 3 + 1 + job.line_count  # M110, M115, M155, M27, then the job's lines and M400
    sim, printer, _ = printer_on_sim(config, MarlinFaults(lose_lines={last}), settings=settings)
    printer.start_job(job)
    finished = printer.wait_job(8.0)
    assert finished is not None and finished.outcome == "completed", finished
    assert (last, "M400") in sim.snapshot()


def test_an_sd_print_already_running_blocks_a_new_job(printer_on_sim: Factory) -> None:
    sim, printer, _ = printer_on_sim(MarlinSimConfig(**FAST, sd_rate=10.0))  # type: ignore[arg-type]
    printer.command("M23 PART.GCO")
    printer.command("M24")
    with pytest.raises(PrinterError, match="printing from its own SD card"):
        printer.start_job(job_of(5))
    assert not job_lines_run(sim, job_of(5))
    printer.command("M524")
    printer.start_job(job_of(5))
    finished = printer.wait_job(5.0)
    assert finished is not None and finished.outcome == "completed"


def test_cancel_during_heat_up_ends_the_heating_wait_with_m108(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(**FAST, emergency_parser=True, heat_rate=2.0)  # type: ignore[arg-type]
    sim, printer, _ = printer_on_sim(config)
    printer.start_job(parse_gcode(b"M109 S215\nG1 X1\n", "heat.gcode"))
    wait_until(lambda: sim.temperature()[0] > 22.0, timeout=5.0, what="heating to start")
    printer.cancel()
    wait_until(
        lambda: "M104 S0" in [text for _, text in sim.snapshot()],
        timeout=3.0,
        what="the heaters to be switched off",
    )
    assert "M109 S215" in [text for _, text in sim.snapshot()]
    assert sim.temperature()[0] < 100.0, "the heating wait ran to its end"


def test_emergency_stop_without_the_parser_asks_for_the_power_to_be_cut(
    printer_on_sim: Factory,
) -> None:
    _, printer, events = printer_on_sim()
    assert not printer.emergency_stop_is_immediate
    printer.emergency_stop()
    cut = wait_until(lambda: events.of(PowerCutRequested), timeout=2.0)
    assert "no emergency parser" in cut[0].reason


def test_emergency_stop_with_the_parser_needs_no_power_cut(printer_on_sim: Factory) -> None:
    _, printer, events = printer_on_sim(MarlinSimConfig(**FAST, emergency_parser=True))  # type: ignore[arg-type]
    assert printer.emergency_stop_is_immediate
    printer.emergency_stop()
    wait_until(lambda: printer.state.kind == "halted", timeout=2.0)
    assert not events.of(PowerCutRequested)


@pytest.mark.parametrize("glued_to", [None, b"T:210.0", b"\x00"], ids=["cut-reply", "temp", "nul"])
def test_a_reset_mid_job_with_start_glued_to_a_cut_line_never_replays_the_job(
    printer_on_sim: Factory, glued_to: bytes | None
) -> None:
    config = MarlinSimConfig(baudrate=250000, move_model=True, speedup=4.0)
    sim, printer, events = printer_on_sim(config)
    job = job_of(300)
    printer.start_job(job)
    wait_until(lambda: len(job_lines_run(sim, job)) > 20, timeout=5.0)
    sim.reboot(glued_to=glued_to)
    ran_at_reset = len(sim.snapshot())
    finished = printer.wait_job(5.0)
    assert finished is not None and finished.outcome == "failed"
    assert "restarted" in finished.detail and "not sent again" in finished.detail
    wait_until(lambda: events.of(FirmwareRestarted), timeout=2.0, what="FirmwareRestarted")
    assert printer.state.kind == "halted"
    wait_until(lambda: sim.replies_pending() == 0, timeout=2.0)
    assert not job_lines_run_since(sim, job, ran_at_reset), "job lines ran after the reset"


def job_lines_run_since(sim: MarlinSimulator, job: object, start: int) -> list[str]:
    commands = set(job.commands)  # type: ignore[attr-defined]
    return [text for _, text in sim.snapshot()[start:] if text in commands]


def test_prusa_firmware_takes_a_file_sliced_for_it_and_refuses_another_model(
    printer_on_sim: Factory,
) -> None:
    config = MarlinSimConfig.prusa_mk3s(baudrate=250000, move_model=False, heat_rate=1000.0)
    sim, printer, _ = printer_on_sim(config)
    caps = printer.capabilities
    assert caps.firmware_name == "Prusa-Firmware 3.14.1 based on Marlin"
    assert caps.machine_type == "Prusa i3 MK3S" and not caps.emergency_parser
    with pytest.raises(PrinterError, match="sliced for a Prusa MK4S"):
        printer.start_job(parse_gcode(blocks.PRUSASLICER_MK4S.encode(), "mk4s.gcode"))
    job = parse_gcode(blocks.PRUSASLICER_MK3S.encode(), "mk3s.gcode")
    printer.start_job(job)
    finished = printer.wait_job(15.0)
    assert finished is not None and finished.outcome == "completed", finished
    assert job_lines_run(sim, job) == list(job.commands)
    assert sim.errors_sent == 0


def test_a_prusa_file_is_refused_by_a_marlin_printer(printer_on_sim: Factory) -> None:
    _, printer, _ = printer_on_sim()
    with pytest.raises(PrinterError, match="sliced for a Prusa MK3S"):
        printer.start_job(parse_gcode(blocks.PRUSASLICER_MK3S.encode(), "mk3s.gcode"))


@pytest.mark.parametrize("paren_comments", [False, True])
def test_backslash_and_paren_lines_go_through_without_a_resend(
    printer_on_sim: Factory, paren_comments: bool
) -> None:
    config = MarlinSimConfig(**FAST, paren_comments=paren_comments, heat_rate=1000.0)  # type: ignore[arg-type]
    sim, printer, _ = printer_on_sim(config)
    job = parse_gcode(blocks.CREALITY_PRINT_MARLIN.encode() + b"M117 Done (PLA) \\o/\n", "c.gcode")
    printer.start_job(job)
    finished = printer.wait_job(10.0)
    assert finished is not None and finished.outcome == "completed", finished
    assert sim.errors_sent == 0


def test_klipper_on_serial_is_refused_pointing_to_moonraker() -> None:
    sim = MarlinSimulator(MarlinSimConfig(**FAST, variant="klipper"))  # type: ignore[arg-type]
    port = sim.start()
    printer = MarlinPrinter(port)
    try:
        with pytest.raises(PrinterError, match=r"Klipper.*Moonraker"):
            printer.connect(timeout=4.0)
    finally:
        printer.close()
        sim.stop()


def test_a_64_byte_receive_buffer_is_never_overrun(printer_on_sim: Factory) -> None:
    config = MarlinSimConfig(baudrate=250000, move_model=False, rx_buffer=64)
    settings = MarlinSettings(baudrate=250000, rx_buffer=64)
    sim, printer, _ = printer_on_sim(config, settings=settings)
    job = job_of(300)
    printer.start_job(job)
    finished = printer.wait_job(20.0)
    assert finished is not None and finished.outcome == "completed"
    assert sim.overrun_bytes == 0 and sim.errors_sent == 0


def hupcl_of(port: str) -> bool:
    fd = os.open(port, os.O_RDWR | os.O_NOCTTY)
    try:
        return bool(termios.tcgetattr(fd)[2] & termios.HUPCL)
    finally:
        os.close(fd)


def set_hupcl_on(port: str) -> None:
    fd = os.open(port, os.O_RDWR | os.O_NOCTTY)
    try:
        attrs = termios.tcgetattr(fd)
        attrs[2] |= termios.HUPCL
        termios.tcsetattr(fd, termios.TCSANOW, attrs)
    finally:
        os.close(fd)


@pytest.mark.parametrize("resets_on_open", [False, True])
def test_hupcl_is_cleared_only_on_a_board_that_must_not_reset_on_open(
    resets_on_open: bool,
) -> None:
    sim = MarlinSimulator(MarlinSimConfig(**FAST))  # type: ignore[arg-type]
    port = sim.start()
    set_hupcl_on(port)
    settings = MarlinSettings(baudrate=250000, resets_on_open=resets_on_open)
    printer = MarlinPrinter(port, settings=settings)
    try:
        printer.connect(timeout=5.0)
        assert hupcl_of(port) == resets_on_open
    finally:
        printer.close()
        sim.stop()


def test_a_line_the_firmware_always_refuses_halts_with_its_text() -> None:
    from tests.hardware.test_marlin_protocol import feed, synced

    protocol, _ = synced()
    protocol.queue_job(["M117 hello"])
    protocol.next_writes()
    events: list[object] = []
    for _ in range(10):
        events += feed(protocol, "Error:checksum mismatch, Last Line: 0", "Resend: 1", "ok")
        protocol.next_writes()
    halted = [e for e in events if type(e).__name__ == "Halted"]
    assert halted and "line 1 ('M117 hello') 10 times" in halted[0].reason  # type: ignore[attr-defined]
    assert protocol.halted


def test_settings_from_the_configuration() -> None:
    settings = MarlinSettings.from_mapping(
        {"rx_buffer": 64, "advanced_ok": "auto", "resets_on_open": False, "reply_timeout": 8}
    )
    assert settings.rx_buffer == 64 and settings.advanced_ok is None
    assert not settings.resets_on_open and settings.timeouts.reply_timeout == 8.0
    assert (
        MarlinSettings.from_mapping({"user_wait_timeout": "none"}).timeouts.user_wait_timeout
        is None
    )
    for bad, key in [
        ({"rx_bufer": 64}, "rx_bufer"),
        ({"rx_buffer": 16}, "rx_buffer"),
        ({"advanced_ok": "yes"}, "advanced_ok"),
        ({"reply_timeout": "soon"}, "reply_timeout"),
    ]:
        with pytest.raises(ValueError, match=key):
            MarlinSettings.from_mapping(bad)


def test_job_finished_is_exported_for_listeners() -> None:
    assert JobFinished.__name__ == "JobFinished"
