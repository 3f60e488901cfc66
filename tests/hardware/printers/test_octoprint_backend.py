"""The OctoPrint backend against a real OctoPrint server (PyPI) with its virtual printer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hardware.printers.model import (
    BackendError,
    JobEnded,
    JobRejected,
    NotAuthorized,
    PrinterStatus,
    ProgressChanged,
    StateChanged,
    Unreachable,
)
from hardware.printers.octoprint import OctoPrintBackend, status_from
from tests.hardware.printers.octoprint_server import OctoPrintServer, free_port
from tests.hardware.support import EventLog

pytestmark = [pytest.mark.usefixtures("no_leaked_threads"), pytest.mark.slow]

Factory = Callable[..., tuple[OctoPrintBackend, EventLog]]


@pytest.fixture
def octoprint(octoprint_server: OctoPrintServer) -> Iterator[Factory]:
    made: list[OctoPrintBackend] = []

    def make(**options: object) -> tuple[OctoPrintBackend, EventLog]:
        log = EventLog()
        backend = OctoPrintBackend(
            octoprint_server.url,
            octoprint_server.api_key,
            name="octo",
            on_event=log,
            printer_port="VIRTUAL",
            poll_interval=0.2,
            **options,  # type: ignore[arg-type]
        )
        made.append(backend)
        backend.connect(timeout=20.0)
        return backend, log

    yield make
    for backend in made:
        if backend.status.kind in ("printing", "paused"):
            backend.cancel()
            backend.wait_until(lambda b: b.status.kind not in ("printing", "paused"), 10.0)
        backend.close()


def dwell_job(tmp_path: Path, seconds: float, name: str = "dwell.gcode") -> Path:
    steps = int(seconds / 0.1)
    path = tmp_path / name
    path.write_text("; test job\nG90\nM117 test\n" + "G4 P100\n" * steps + "M117 done\n")
    return path


def test_state_mapping_from_octoprint_flags() -> None:
    ready = {"operational": True, "ready": True}
    assert status_from("Operational", ready).kind == "ready"
    assert status_from("Printing", {"operational": True, "printing": True}).kind == "printing"
    assert status_from("Paused", {"operational": True, "paused": True}).kind == "paused"
    pausing = {"operational": True, "paused": True, "pausing": True}
    assert status_from("Pausing", pausing) == PrinterStatus("printing", "Pausing")
    assert status_from("Offline", None).detail == "OctoPrint is not connected to the printer"
    error = status_from("Offline after error", None, "Printer halted")
    assert (error.kind, error.detail) == ("error", "Printer halted")


def test_connect_reads_state_and_temperatures(octoprint: Factory) -> None:
    backend, log = octoprint()
    assert backend.status.kind == "ready"
    # OctoPrint reports temperatures once the printer's first report came in.
    assert backend.wait_until(lambda b: {h.name for h in b.heaters} >= {"tool0", "bed"}, 10.0)
    assert log.wait(StateChanged).printer == "octo"


def test_a_job_runs_to_completion_with_progress(octoprint: Factory, tmp_path: Path) -> None:
    backend, log = octoprint()
    backend.start_job(dwell_job(tmp_path, 1.5, "short.gcode"))
    ended = log.wait(JobEnded, timeout=30.0)
    assert (ended.job, ended.outcome) == ("short.gcode", "completed"), ended
    states = [e.status for e in log.items if isinstance(e, StateChanged)]
    assert any(s.kind == "printing" and s.job == "short.gcode" for s in states)
    progress = [e.progress.fraction for e in log.items if isinstance(e, ProgressChanged)]
    assert progress and progress == sorted(progress)
    assert backend.wait_until(lambda b: b.status.kind == "ready", 5.0)


def test_pause_resume_cancel(octoprint: Factory, tmp_path: Path) -> None:
    backend, log = octoprint()
    backend.start_job(dwell_job(tmp_path, 30.0))
    assert backend.wait_until(lambda b: b.status.kind == "printing", 10.0)
    backend.pause()
    assert backend.wait_until(lambda b: b.status.kind == "paused", 10.0)
    backend.resume()
    assert backend.wait_until(lambda b: b.status.kind == "printing", 10.0)
    backend.cancel()
    ended = log.wait(JobEnded, timeout=15.0)
    assert (ended.outcome, ended.detail) == ("cancelled", "cancelled by the user")
    assert backend.wait_until(lambda b: b.status.kind == "ready", 10.0)
    with pytest.raises(BackendError, match="no job is printing"):
        backend.pause()


def test_emergency_stop_halts(octoprint: Factory, tmp_path: Path) -> None:
    backend, log = octoprint()
    backend.start_job(dwell_job(tmp_path, 30.0))
    assert backend.wait_until(lambda b: b.status.kind == "printing", 10.0)
    backend.emergency_stop()
    assert backend.wait_until(lambda b: b.status.kind == "halted", 10.0), backend.status
    ended = log.wait(JobEnded, timeout=5.0)
    assert (ended.outcome, ended.detail) == ("failed", "emergency stop")


def test_a_busy_printer_refuses_a_second_job(octoprint: Factory, tmp_path: Path) -> None:
    backend, _ = octoprint()
    backend.start_job(dwell_job(tmp_path, 30.0))
    assert backend.wait_until(lambda b: b.status.kind == "printing", 10.0)
    with pytest.raises(BackendError, match="not ready \\(printing"):
        backend.start_job(dwell_job(tmp_path, 1.0, "second.gcode"))


def test_wrong_api_key_is_a_plain_message(octoprint_server: OctoPrintServer) -> None:
    backend = OctoPrintBackend(octoprint_server.url, "WRONG-KEY", name="octo")
    with pytest.raises(NotAuthorized) as error:
        backend.connect(timeout=5.0)
    message = str(error.value)
    assert message.startswith("octo: OctoPrint refused the API key") and "\n" not in message
    assert backend.status.kind == "disconnected"
    backend.close()


def test_unreachable_server_is_a_plain_message() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    backend = OctoPrintBackend(url, "KEY", name="octo")
    with pytest.raises(Unreachable, match=f"octo: nothing answers at {url}") as error:
        backend.connect(timeout=2.0)
    assert "\n" not in str(error.value)
    backend.close()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("part.3mf", b"PK\x03\x04", "takes .gcode or .gco or .g files, not .3mf"),
        ("half.gcode", b"G28\n" + b"\x00\xff" * 100, "part of the file is binary"),
        ("part.gcode", b"GCDE\x01\x00", "binary G-code; in PrusaSlicer untick"),
        ("empty.gcode", b"", "the file is empty"),
    ],
)
def test_a_bad_file_is_refused_before_upload(
    octoprint: Factory,
    octoprint_server: OctoPrintServer,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    backend, _ = octoprint()
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(JobRejected, match=message) as error:
        backend.start_job(path)
    assert str(error.value).endswith("nothing was sent")
    assert not (octoprint_server.basedir / "uploads" / name).exists()
    assert backend.status.kind == "ready"
