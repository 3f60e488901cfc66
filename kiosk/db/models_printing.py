"""Print jobs on the library's printers.

A job belongs to the branch it was queued at and names its printer as that branch's kiosks'
configuration names it (`[[printers]] name`): two branches may each have a "prusa". Its G-code
is named by SHA-256 in the kiosk's content store. Jobs of one printer wait in `position` order;
at most one job per printer of a branch is active (sending, printing or paused), which a
partial unique index keeps true whatever the screens do. A failed or cancelled job stays as it
ended, with why; requeueing makes a new job that points back at it (`requeued_from`)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.db.models import DEVICE_NAME_MAX, Base, Tracked, _in, _uuid_pk
from kiosk.db.types import UTCDateTime

PRINT_JOB_STATUSES = ("queued", "sending", "printing", "paused", "done", "failed", "cancelled")
PRINT_JOB_ACTIVE = ("sending", "printing", "paused")
# Why a job did not print: the screens word each one.
PRINT_FAILURE_CODES = (
    "printer_reset",  # the printer restarted mid-job (power blip, reset button)
    "halted",  # the firmware halted (a thermal fault, a kill)
    "emergency_stop",  # staff pressed the emergency stop
    "cancelled",  # cancelled by staff or from the printer
    "printer_error",  # the printer or its server reported a fault
    "rejected",  # the printer refused the file (wrong model, not G-code)
    "unreachable",  # the printer could not be reached to start the job
    "file_missing",  # the G-code is no longer in the store
    "past_closing",  # by the time it could start, it would run past closing time
    "booked",  # by the time it could start, it would run into a reservation of the printer
    "interrupted",  # the kiosk stopped while the job ran; its end is not known
)
SHA256_HEX = 64
FILE_NAME_MAX = 120
FAILURE_DETAIL_MAX = 240
ACTIVE_WHERE = text(f"status IN ({_in(PRINT_JOB_ACTIVE)})")


class PrintJob(Tracked, Base):
    __tablename__ = "print_jobs"
    __table_args__ = (
        CheckConstraint(f"status IN ({_in(PRINT_JOB_STATUSES)})", name="status"),
        CheckConstraint(
            f"failure_code IS NULL OR failure_code IN ({_in(PRINT_FAILURE_CODES)})",
            name="failure_code",
        ),
        CheckConstraint("progress >= 0 AND progress <= 1", name="progress"),
        CheckConstraint(
            "estimated_seconds IS NULL OR estimated_seconds >= 0", name="estimated_seconds"
        ),
        CheckConstraint(f"length(gcode_sha256) = {SHA256_HEX}", name="gcode_sha256"),
        Index(
            "ix_print_jobs_branch_printer_status_position",
            "branch_id",
            "printer_name",
            "status",
            "position",
        ),
        # One job at a time per printer of a branch, kept by the database itself.
        Index(
            "uq_print_jobs_one_active_per_branch_printer",
            "branch_id",
            "printer_name",
            unique=True,
            sqlite_where=ACTIVE_WHERE,
            postgresql_where=ACTIVE_WHERE,
        ),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branches.id", ondelete="RESTRICT"))
    printer_name: Mapped[str] = mapped_column(String(DEVICE_NAME_MAX))
    gcode_sha256: Mapped[str] = mapped_column(String(SHA256_HEX))
    # The cleaned file name, shown to staff and sent to the printer.
    file_name: Mapped[str] = mapped_column(String(FILE_NAME_MAX))
    project_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("projects.id", ondelete="SET NULL"), index=True
    )
    queued_by: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_accounts.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16), default="queued")
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failure_code: Mapped[str | None] = mapped_column(String(24))
    failure_detail: Mapped[str | None] = mapped_column(String(FAILURE_DETAIL_MAX))
    estimated_seconds: Mapped[int | None] = mapped_column(Integer)
    requeued_from: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("print_jobs.id", ondelete="SET NULL"), index=True
    )
