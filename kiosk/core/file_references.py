"""Which stored files the database refers to: every project's files and every print job's
G-code, whatever their status (a failed job may be requeued, a printed project reprinted)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.errors import database_errors
from kiosk.db.models_printing import PrintJob
from kiosk.db.models_projects import ProjectFile
from kiosk.db.uow import UnitOfWork


def referenced_files(session_factory: sessionmaker[Session]) -> frozenset[str]:
    with database_errors(), UnitOfWork(session_factory, write=False) as session:
        files = session.scalars(select(ProjectFile.sha256).distinct()).all()
        jobs = session.scalars(select(PrintJob.gcode_sha256).distinct()).all()
    return frozenset(sha.lower() for sha in (*files, *jobs))
