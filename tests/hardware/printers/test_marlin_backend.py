"""The Marlin backend end to end: real pyserial on a pty, the simulated Marlin on the other side,
driven only through the `PrinterBackend` interface."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hardware.marlin.lines import HeaterReading
from hardware.printers.backend import PrinterBackend
from hardware.printers.marlin_serial import NO_EMERGENCY_PARSER, MarlinBackend, heaters_from
from hardware.printers.model import (
    BackendError,
    Heater,
    JobEnded,
    JobRejected,
    PowerCutRequested,
    PrinterEvent,
    PrinterMessage,
    ProgressChanged,
    StateChanged,
    TemperaturesChanged,
)
from hardware.sim.marlin import MarlinSimConfig, MarlinSimulator
from tests.hardware.support import EventLog


class ThreadedLog(EventLog):
    """Also records which thread delivered each event."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: set[str] = set()

    def __call__(self, event: object) -> None:
        self.threads.add(threading.current_thread().name)
        super().__call__(event)


Factory = Callable[..., tuple[MarlinSimulator, MarlinBackend, ThreadedLog]]


@pytest.fixture
def marlin() -> Iterator[Factory]:
    started: list[tuple[MarlinSimulator, MarlinBackend]] = []

    def make(
        config: MarlinSimConfig | None = None,
    ) -> tuple[MarlinSimulator, MarlinBackend, ThreadedLog]:
        sim = MarlinSimulator(config or MarlinSimConfig(baudrate=250000, move_model=False))
        port = sim.start()
        log = ThreadedLog()
        backend = MarlinBackend(port, name="ender", on_event=log)
        started.append((sim, backend))
        backend.connect(timeout=5.0)
        return sim, backend, log

    yield make
    for sim, backend in started:
        backend.close()
        sim.stop()


def dwell_job(tmp_path: Path, lines: int, dwell_ms: int = 0, name: str = "part.gcode") -> Path:
    body = "".join(
        f"G4 P{dwell_ms}\n" if dwell_ms else f"G1 X{i % 100} Y{(i * 3) % 100} F3000\n"
        for i in range(lines)
    )
    path = tmp_path / name
    path.write_text("; a test job\nG90\n" + body)
    return path


def job_lines_run(sim: MarlinSimulator) -> list[str]:
    return [text for _, text in sim.snapshot() if text.startswith(("G1 ", "G4 "))]


def test_heater_names_are_the_same_for_every_backend() -> None:
    single = (HeaterReading("T", 200.0, 210.0), HeaterReading("B", 60.0, 60.0))
    assert heaters_from(single) == (Heater("tool0", 200.0, 210.0), Heater("bed", 60.0, 60.0))
    several = (
        HeaterReading("T", 190.0, 200.0),  # the active tool, repeated below
        HeaterReading("T0", 190.0, 200.0),
        HeaterReading("T1", 25.0, 0.0),
        HeaterReading("C", 30.0, None),
    )
    assert [h.name for h in heaters_from(several)] == ["tool0", "tool1", "chamber"]


def test_connect_reports_ready_and_temperatures_on_the_backends_own_thread(
    marlin: Factory,
) -> None:
    _, backend, log = marlin(
        MarlinSimConfig(baudrate=250000, move_model=False, emergency_parser=True)
    )
    assert backend.status.kind == "ready"
    assert backend.capabilities.job_control and backend.capabilities.emergency_stop == "halt"
    assert backend.capabilities.note == ""  # this simulator has the emergency parser
    heaters = log.wait(TemperaturesChanged).heaters
    assert {h.name for h in heaters} == {"tool0", "bed"}
    assert log.wait(StateChanged).status.kind in ("connecting", "ready")
    assert log.threads == {"printer-events:ender"}


def test_a_job_reports_progress_and_ends_completed(marlin: Factory, tmp_path: Path) -> None:
    sim, backend, log = marlin()
    path = dwell_job(tmp_path, 60, dwell_ms=20)
    backend.start_job(path)
    assert backend.wait_until(lambda b: b.status.kind == "printing", timeout=2.0)
    assert backend.status.job == "part.gcode"
    ended = log.wait(JobEnded, timeout=20.0)
    assert (ended.printer, ended.job, ended.outcome) == ("ender", "part.gcode", "completed")
    progress = [e.progress for e in log.items if isinstance(e, ProgressChanged)]
    assert progress and all(p.job == "part.gcode" for p in progress)
    fractions = [p.fraction for p in progress]
    assert fractions == sorted(fractions) and 0.0 <= fractions[0] < 1.0
    assert len(job_lines_run(sim)) == 60
    assert backend.wait_until(lambda b: b.status.kind == "ready", timeout=2.0)
    assert backend.progress is None


def test_pause_resume_and_cancel(marlin: Factory, tmp_path: Path) -> None:
    sim, backend, log = marlin()
    backend.start_job(dwell_job(tmp_path, 400, dwell_ms=25))
    assert backend.wait_until(lambda b: b.progress is not None and b.progress.fraction > 0, 5.0)
    backend.pause()
    assert backend.wait_until(lambda b: b.status.kind == "paused", timeout=2.0)
    backend.resume()
    assert backend.wait_until(lambda b: b.status.kind == "printing", timeout=2.0)
    backend.cancel()
    ended = log.wait(JobEnded, timeout=5.0)
    assert ended.outcome == "cancelled"
    assert backend.wait_until(lambda b: b.status.kind == "ready", timeout=2.0)
    assert len(job_lines_run(sim)) < 400
    kinds = [e.status.kind for e in log.items if isinstance(e, StateChanged)]
    assert kinds[-4:] == ["printing", "paused", "printing", "ready"]


def test_emergency_stop_halts_the_printer(marlin: Factory, tmp_path: Path) -> None:
    _, backend, log = marlin()
    backend.start_job(dwell_job(tmp_path, 400, dwell_ms=25))
    assert backend.wait_until(lambda b: b.status.kind == "printing", timeout=2.0)
    backend.emergency_stop()
    assert backend.wait_until(lambda b: b.status.kind == "halted", timeout=2.0)
    assert log.wait(JobEnded).outcome == "failed"
    with pytest.raises(BackendError, match="not ready"):
        backend.start_job(dwell_job(tmp_path, 3, name="next.gcode"))


def test_without_emergency_parser_the_capabilities_say_so(marlin: Factory) -> None:
    _, backend, _ = marlin(
        MarlinSimConfig(baudrate=250000, move_model=False, emergency_parser=False)
    )
    assert backend.capabilities.note == NO_EMERGENCY_PARSER
    assert MarlinBackend.capabilities.note == ""  # the class default is left alone


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("part.stl", b"solid part\nendsolid part\n", "not a G-code file"),
        ("half.gcode", b"G28\n" + bytes(range(256)) * 8, "binary"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_is_sent(
    marlin: Factory, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    sim, backend, log = marlin()
    path = tmp_path / name
    path.write_bytes(content)
    before = sim.snapshot()
    with pytest.raises(JobRejected, match=message) as error:
        backend.start_job(path)
    assert "\n" not in str(error.value) and "nothing was sent" in str(error.value)
    assert backend.status.kind == "ready"
    assert not [e for e in log.items if isinstance(e, JobEnded)]
    assert [t for _, t in sim.snapshot()[len(before) :] if not t.startswith("M105")] == []


def test_no_printer_on_the_port_is_a_plain_error(tmp_path: Path) -> None:
    events: list[PrinterEvent] = []
    backend: PrinterBackend = MarlinBackend(str(tmp_path / "ttyACM9"), on_event=events.append)
    with pytest.raises(BackendError) as error:
        backend.connect(timeout=1.0)
    assert "ttyACM9" in str(error.value) and "\n" not in str(error.value)
    backend.close()


def test_emergency_stop_without_emergency_parser_asks_for_the_power_cut(
    marlin: Factory, tmp_path: Path
) -> None:
    _, backend, log = marlin()  # Marlin as it ships: no emergency parser
    backend.start_job(dwell_job(tmp_path, 400, dwell_ms=25))
    assert backend.wait_until(lambda b: b.status.kind == "printing", timeout=2.0)
    backend.emergency_stop()
    cut = log.wait(PowerCutRequested)
    assert cut.printer == "ender" and cut.reason


def test_a_firmware_prompt_reaches_listeners(marlin: Factory, tmp_path: Path) -> None:
    _, backend, log = marlin()
    path = tmp_path / "filament.gcode"
    path.write_text("G90\nM0\nG1 X10\n")
    backend.start_job(path)
    message = log.wait(PrinterMessage, timeout=5.0)
    assert message.text == "the printer asks: Click to continue [Continue]"
    backend.cancel()


def test_a_file_sliced_for_another_prusa_is_refused(marlin: Factory, tmp_path: Path) -> None:
    sim, backend, _ = marlin(MarlinSimConfig.prusa_mk3s(baudrate=250000, move_model=False))
    path = tmp_path / "mk4.gcode"
    path.write_text('M862.3 P "MK4S"\nG28\nG1 X10\n')
    before = len(sim.snapshot())
    with pytest.raises(JobRejected, match=r"sliced for a Prusa MK4S.*nothing was sent$"):
        backend.start_job(path)
    assert [t for _, t in sim.snapshot()[before:] if t.startswith(("G28", "G1", "M862"))] == []
    assert backend.status.kind == "ready"
