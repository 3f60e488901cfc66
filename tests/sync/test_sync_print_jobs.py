"""Print jobs are a branch's: two branches that both call their printer "prusa" each print on it,
and central holds both active jobs without a conflict (real PostgreSQL central, SQLite
terminals)."""

from __future__ import annotations

import uuid
from datetime import UTC
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.print_queue import PrintQueueService
from kiosk.core.print_views import JobStatus
from kiosk.db.models_printing import PrintJob
from kiosk.ids import branch_uuid
from tests.db.backends import cheap_hasher
from tests.devices.print_support import StoreFiles, moves
from tests.sync.library import Kiosk, central_services, count_rows, library

pytestmark = pytest.mark.postgres


def _queue(kiosk: Kiosk, files: StoreFiles) -> PrintQueueService:
    return PrintQueueService(
        kiosk.services.sessions,
        kiosk.clock,
        kiosk.code,
        branch_code=kiosk.branch,
        printers=("prusa",),
        zone=UTC,
        files=files,
    )


def _print_on_prusa(kiosk: Kiosk, files: StoreFiles, staff: uuid.UUID) -> uuid.UUID:
    queue = _queue(kiosk, files)
    job = queue.enqueue(staff, "prusa", files.add(moves(5, kiosk.code)), f"{kiosk.code}.gcode")
    claim = queue.claim_next("prusa")
    assert claim is not None and claim.job.job_id == job.job_id
    queue.mark(job.job_id, JobStatus.PRINTING, progress=0.1)
    return job.job_id


def test_two_branches_print_on_their_own_prusa_at_once(tmp_path: Path) -> None:
    files = StoreFiles(tmp_path / "store")
    with library(tmp_path, ("main", "east")) as lib:
        with central_services(lib) as admin:
            admin.staff_auth._hasher = cheap_hasher()
            staff = admin.staff_auth.add_staff("Sam", "S-1", "428913", role="admin").staff_id
        north = lib.terminal("north")
        south = lib.terminal("south")
        east = lib.terminal("east-1", branch="east")
        lib.sync_all(1)  # the staff account reaches every terminal
        main_job = _print_on_prusa(north, files, staff)
        east_job = _print_on_prusa(east, files, staff)
        lib.sync_all(2)
        with lib.central.connect() as conn:
            rows = conn.execute(select(PrintJob.id, PrintJob.branch_id, PrintJob.status)).all()
        assert {(r.id, r.branch_id, r.status) for r in rows} == {
            (main_job, branch_uuid("main"), "printing"),
            (east_job, branch_uuid("east"), "printing"),
        }
        assert count_rows(lib.central, "sync_conflicts") == 0
        # The other terminal of the branch has its branch's job, and its queue shows it.
        assert south.count("print_jobs") == 1
        (south_prusa,) = _queue(south, files).snapshot()
        assert south_prusa.active is not None and south_prusa.active.job_id == main_job
        assert east.count("print_jobs") == 1 and north.count("print_jobs") == 1
