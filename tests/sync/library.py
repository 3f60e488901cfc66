"""A library for sync tests: a central store in a throwaway PostgreSQL schema, and terminals
as the kiosk's own services over SQLite files, each with a clock the test moves."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select, text

from kiosk.core.clock import FixedClock
from kiosk.db.terminals import TerminalIdentity
from kiosk.services import Services
from kiosk.sync.connect import open_central
from kiosk.sync.round import RoundReport, run_round
from kiosk.sync.setup import BranchSpec, init_central, join
from kiosk.sync.tables import table
from tests.db.backends import postgres_schema
from tests.sync.terminals import START, kiosk_services


@dataclass
class Kiosk:
    code: str
    branch: str
    services: Services
    clock: FixedClock

    @property
    def identity(self) -> TerminalIdentity:
        return TerminalIdentity(self.code, self.code, self.branch, self.branch.title())

    def count(self, name: str) -> int:
        return count_rows(self.services.engine, name)


@dataclass
class Library:
    url: str
    folder: Path
    central: Engine
    stack: ExitStack
    kiosks: dict[str, Kiosk] = field(default_factory=dict)

    def terminal(self, code: str, branch: str = "main", skew: timedelta = timedelta()) -> Kiosk:
        clock = FixedClock(START + skew)
        services = self.stack.enter_context(
            kiosk_services(
                f"sqlite:///{self.folder / f'{code}.sqlite3'}",
                code,
                branch,
                clock,
                self.folder / f"{code}-files",
            )
        )
        kiosk = Kiosk(code, branch, services, clock)
        join(services.engine, kiosk.identity, self.url, branch, now=clock.now)
        self.kiosks[code] = kiosk
        return kiosk

    def backup(self, kiosk: Kiosk, name: str) -> Path:
        """A copy of the terminal's database as it is now (SQLite's online backup)."""
        target = self.folder / name
        source = sqlite3.connect(self.folder / f"{kiosk.code}.sqlite3")
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        return target

    def restore(self, kiosk: Kiosk, backup: Path) -> Kiosk:
        """The terminal after IT put `backup` back in place of its database, and restarted it."""
        kiosk.services.close()
        path = self.folder / f"{kiosk.code}.sqlite3"
        for extra in ("-wal", "-shm"):
            path.with_name(path.name + extra).unlink(missing_ok=True)
        shutil.copyfile(backup, path)
        services = self.stack.enter_context(
            kiosk_services(
                f"sqlite:///{path}",
                kiosk.code,
                kiosk.branch,
                kiosk.clock,
                self.folder / f"{kiosk.code}-files",
            )
        )
        restored = Kiosk(kiosk.code, kiosk.branch, services, kiosk.clock)
        self.kiosks[kiosk.code] = restored
        return restored

    def via(self, port: int) -> str:
        """The central URL through another port (a proxy in front of the server)."""
        return self.url.replace(":5432/", f":{port}/")

    def sync(self, kiosk: Kiosk, url: str | None = None) -> RoundReport:
        return run_round(
            kiosk.services.engine,
            self.central,
            url or self.url,
            now=kiosk.clock.now,
            files=kiosk.services.file_store,
        )

    def sync_all(self, rounds: int = 2) -> None:
        for _ in range(rounds):
            for kiosk in self.kiosks.values():
                self.sync(kiosk)

    def advance(self, delta: timedelta) -> None:
        for kiosk in self.kiosks.values():
            kiosk.clock.advance(delta)

    def central_count(self, name: str) -> int:
        return count_rows(self.central, name)


def count_rows(engine: Engine, name: str, **where: object) -> int:
    target = table(name)
    query = select(func.count()).select_from(target)
    for column, value in where.items():
        query = query.where(target.c[column] == value)
    with engine.connect() as conn:
        return int(conn.execute(query).scalar() or 0)


@contextmanager
def library(folder: Path, branches: tuple[str, ...] = ("main",)) -> Iterator[Library]:
    with postgres_schema() as url, ExitStack() as stack:
        specs = [BranchSpec(code, code.title()) for code in branches]
        init_central(url, specs, now=lambda: START)
        central = open_central(url)
        stack.callback(central.dispose)
        yield Library(url, folder, central, stack)


@contextmanager
def central_services(lib: Library, clock: FixedClock | None = None) -> Iterator[Services]:
    """The kiosk's services run against the central store, as the command line is by IT."""
    with kiosk_services(lib.url, "central-admin", "main", clock) as services:
        yield services


def set_central_revision(lib: Library, revision: str) -> None:
    with lib.central.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
