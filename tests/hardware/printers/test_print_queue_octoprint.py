"""The print queue end to end through the OctoPrint backend, against the real OctoPrint server
(started once per session) with its virtual printer: the queue runner sends the job, follows
it to its end and records it in the queue's database (a real SQLite file)."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.request import Request, urlopen

import pytest

from hardware.printers import http_json
from hardware.printers.model import PrinterEvent
from hardware.printers.octoprint import OctoPrintBackend
from kiosk.core.clock import FixedClock
from kiosk.core.print_views import FailureCode, JobStatus, PrintJobView
from kiosk.devices.print_desk import PrintDesk
from kiosk.devices.print_runner import CANCELLED_BEFORE_SENT
from tests.db.backends import Database, open_database
from tests.devices.print_support import (
    START,
    StoreFiles,
    audit_actions,
    job_row,
    make_service,
    prepare,
)
from tests.hardware.printers.octoprint_server import OctoPrintServer
from tests.support import wait_until

pytestmark = [pytest.mark.slow]


class NetworkPrinter:
    """A printer as the device hub holds one: its backend, and listeners for its events."""

    def __init__(self, server: OctoPrintServer) -> None:
        self.name = "octo"
        self._listeners: list[Callable[[PrinterEvent], None]] = []
        self.backend = OctoPrintBackend(
            server.url,
            server.api_key,
            name=self.name,
            on_event=self._on_event,
            printer_port="VIRTUAL",
            poll_interval=0.2,
        )

    def add_printer_listener(self, listener: Callable[[PrinterEvent], None]) -> None:
        self._listeners.append(listener)

    def _on_event(self, event: PrinterEvent) -> None:
        for listener in list(self._listeners):
            listener(event)


def dwell(seconds: float) -> str:
    return "; queue test\nG90\nM117 test\n" + "G4 P100\n" * int(seconds / 0.1) + "M117 done\n"


@pytest.fixture
def queue(
    octoprint_server: OctoPrintServer, tmp_path: Path
) -> Iterator[tuple[PrintDesk, StoreFiles, uuid.UUID]]:
    with open_database("sqlite", tmp_path) as db:
        staff = prepare(db)
        files = StoreFiles(tmp_path / "store")
        service = make_service(db, FixedClock(START), files, printers=("octo",))
        printer = NetworkPrinter(octoprint_server)
        desk = PrintDesk.build(
            lambda: service, ("octo",), (printer,), work_dir=tmp_path, power=None
        )
        printer.backend.connect(timeout=20.0)
        desk.start()
        try:
            yield desk, files, staff
        finally:
            backend = printer.backend
            desk.stop()
            if backend.status.kind in ("printing", "paused"):
                backend.cancel()
                backend.wait_until(lambda b: b.status.kind not in ("printing", "paused"), 10.0)
            backend.close()


def test_queued_jobs_print_one_after_the_other_on_octoprint(
    queue: tuple[PrintDesk, StoreFiles, uuid.UUID],
) -> None:
    desk, files, staff = queue
    first = desk.enqueue(staff, "octo", files.add(dwell(1.5)), "first part.gcode")
    second = desk.enqueue(staff, "octo", files.add(dwell(1.0) + "; b\n"), "second.gcode")

    def status(job_id: object) -> JobStatus | None:
        (q,) = desk.snapshot()
        for job in (q.active, *q.waiting, *q.failed):
            if job is not None and job.job_id == job_id:
                return job.status
        return JobStatus.DONE if q.active is None or q.active.job_id != job_id else None

    wait_until(lambda: status(first.job_id) == JobStatus.PRINTING, timeout=30.0, what="printing")
    # One job at a time: the second waits while the first prints.
    assert status(second.job_id) == JobStatus.QUEUED
    wait_until(
        lambda: desk.runner("octo").live().fraction is not None, timeout=30.0, what="progress"
    )
    wait_until(
        lambda: status(first.job_id) == JobStatus.DONE and status(second.job_id) == JobStatus.DONE,
        timeout=60.0,
        what="both jobs done",
    )
    (q,) = desk.snapshot()
    assert q.active is None and q.waiting == () and q.failed == ()
    assert {h.name for h in desk.runner("octo").live().heaters} >= {"tool0", "bed"}


def test_a_cancelled_octoprint_job_is_shown_with_why_and_requeued(
    queue: tuple[PrintDesk, StoreFiles, uuid.UUID],
) -> None:
    desk, files, staff = queue
    job = desk.enqueue(staff, "octo", files.add(dwell(30.0)), "long.gcode")
    wait_until(
        lambda: (a := desk.snapshot()[0].active) is not None and a.status == JobStatus.PRINTING,
        timeout=30.0,
        what="printing",
    )
    desk.cancel(staff, job.job_id)
    wait_until(lambda: desk.snapshot()[0].failed, timeout=30.0, what="the cancelled job")
    (cancelled,) = desk.snapshot()[0].failed
    assert cancelled.failure_code == FailureCode.CANCELLED
    assert cancelled.failure_detail == "cancelled by the user"
    again = desk.requeue(staff, job.job_id)
    wait_until(
        lambda: (
            (a := desk.snapshot()[0].active) is not None
            and a.job_id == again.job_id
            and a.status == JobStatus.PRINTING
        ),
        timeout=30.0,
        what="the requeued job printing",
    )
    desk.cancel(staff, again.job_id)
    wait_until(lambda: desk.snapshot()[0].active is None, timeout=30.0, what="cancel")


def octoprint_files(server: OctoPrintServer) -> list[str]:
    request = Request(f"{server.url}/api/files/local", headers={"X-Api-Key": server.api_key})
    with urlopen(request, timeout=10.0) as answer:
        listing = json.load(answer)
    return [entry["name"] for entry in listing.get("files", [])]


def test_a_job_cancelled_while_it_is_uploaded_is_stopped_here_and_never_prints(
    queue: tuple[PrintDesk, StoreFiles, uuid.UUID],
    octoprint_server: OctoPrintServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk, files, staff = queue
    # The upload is held after its first chunk until the cancel has come: how fast a real
    # upload runs depends on the machine, and one that ended first makes it a printer cancel.
    cancel_sent = threading.Event()
    uploading = threading.Event()
    chunks = http_json._chunks

    def held_after_the_first_chunk(
        file: Path, aborted: Callable[[], bool] | None = None
    ) -> Iterator[bytes]:
        sent = chunks(file, aborted)
        yield next(sent)
        uploading.set()
        assert cancel_sent.wait(30.0), "the cancel never came"
        yield from sent

    monkeypatch.setattr(http_json, "_chunks", held_after_the_first_chunk)
    big = files.add("; a long upload\n" + "G4 P0\n" * 100_000)
    job = desk.enqueue(staff, "octo", big, "big upload.gcode")
    assert uploading.wait(30.0), "the upload never started"
    cancelled = desk.cancel(staff, job.job_id)  # no "no job is printing" from OctoPrint
    cancel_sent.set()
    assert cancelled.status == JobStatus.SENDING
    wait_until(lambda: desk.snapshot()[0].failed, timeout=60.0, what="the cancelled job")
    (ended,) = desk.snapshot()[0].failed
    assert (ended.job_id, ended.status) == (job.job_id, JobStatus.CANCELLED)
    assert ended.failure_code == FailureCode.CANCELLED
    assert ended.failure_detail == CANCELLED_BEFORE_SENT
    # OctoPrint took no file and printed nothing; the queue goes on with the next job.
    assert not any(name.startswith("big") for name in octoprint_files(octoprint_server))
    after = desk.enqueue(staff, "octo", files.add(dwell(0.5)), "after.gcode")
    wait_until(
        lambda: desk.snapshot()[0].active is None and not desk.snapshot()[0].waiting,
        timeout=60.0,
        what="the next job done",
    )
    assert [j.job_id for j in desk.snapshot()[0].failed] == [job.job_id]
    assert after.job_id != job.job_id


def job_status(desk: PrintDesk, job_id: uuid.UUID) -> JobStatus | None:
    (q,) = desk.snapshot()
    for job in (q.active, *q.waiting, *q.failed):
        if job is not None and job.job_id == job_id:
            return job.status
    return None  # done (done jobs are not listed)


class Restart:
    """One kiosk after another on the same database and the same OctoPrint: each has its own
    queue service, printer backend and desk, as a kiosk process has after a restart."""

    def __init__(self, server: OctoPrintServer, tmp_path: Path) -> None:
        self.server = server
        self.tmp_path = tmp_path
        self.files = StoreFiles(tmp_path / "store")
        self.running: list[tuple[PrintDesk, NetworkPrinter]] = []

    def start(self, db: Database, *, connect_first: bool = True) -> PrintDesk:
        service = make_service(db, FixedClock(START), self.files, printers=("octo",))
        printer = NetworkPrinter(self.server)
        desk = PrintDesk.build(
            lambda: service, ("octo",), (printer,), work_dir=self.tmp_path / "work", power=None
        )
        self.running.append((desk, printer))
        if connect_first:
            printer.backend.connect(timeout=20.0)
            desk.start()
        else:  # the queue starts before the server has answered, as it may in the kiosk
            desk.start()
            printer.backend.connect(timeout=20.0)
        return desk

    def printing(self, db: Database, gcode: str, name: str) -> PrintJobView:
        """A first kiosk, with a job of `gcode` printing on OctoPrint."""
        desk = self.start(db)
        job = desk.enqueue(prepare(db), "octo", self.files.add(gcode), name)
        wait_until(
            lambda: job_status(desk, job.job_id) == JobStatus.PRINTING,
            timeout=30.0,
            what="printing",
        )
        return job

    def stop(self, *, cancel: bool = False) -> NetworkPrinter:
        """The kiosk stops: its desk and its connection, not OctoPrint's print."""
        desk, printer = self.running.pop()
        desk.stop()
        if cancel:
            printer.backend.cancel()
            printer.backend.wait_until(lambda b: b.status.kind == "ready", 30.0)
        printer.backend.close()
        return printer

    def close(self) -> None:
        while self.running:
            desk, printer = self.running.pop()
            desk.stop()
            backend = printer.backend
            if backend.status.kind in ("printing", "paused"):
                backend.cancel()
                backend.wait_until(lambda b: b.status.kind not in ("printing", "paused"), 10.0)
            backend.close()


@pytest.fixture
def restart(octoprint_server: OctoPrintServer, tmp_path: Path) -> Iterator[Restart]:
    made = Restart(octoprint_server, tmp_path)
    try:
        yield made
    finally:
        made.close()


def test_a_restarted_kiosk_takes_up_the_job_octoprint_kept_printing(
    restart: Restart, tmp_path: Path
) -> None:
    with open_database("sqlite", tmp_path) as db:
        job = restart.printing(db, dwell(10.0), "kept going.gcode")
        restart.stop()
        again = restart.start(db, connect_first=False)
        wait_until(
            lambda: "print_job_reattached" in audit_actions(db), timeout=30.0, what="taken up"
        )
        assert job_status(again, job.job_id) == JobStatus.PRINTING
        assert again.runner("octo").job_id == job.job_id
        # Followed to its end, which is recorded as OctoPrint reports it.
        wait_until(lambda: job_status(again, job.job_id) is None, timeout=60.0, what="done")
        assert job_row(db, job.job_id).status == JobStatus.DONE
        assert "print_job_failed" not in audit_actions(db)


def test_a_job_octoprint_no_longer_prints_after_a_restart_is_interrupted(
    restart: Restart, tmp_path: Path
) -> None:
    with open_database("sqlite", tmp_path) as db:
        job = restart.printing(db, dwell(30.0), "stopped.gcode")
        restart.stop(cancel=True)  # stopped at OctoPrint while no kiosk watched
        again = restart.start(db)
        wait_until(
            lambda: job_status(again, job.job_id) == JobStatus.FAILED, timeout=30.0, what="failed"
        )
        (failed,) = again.snapshot()[0].failed
        assert failed.failure_code == FailureCode.INTERRUPTED
        assert "print_job_reattached" not in audit_actions(db)
