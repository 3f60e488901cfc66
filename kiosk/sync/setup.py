"""Setting up: the central store (`central init`) and a terminal joining it (`terminal join`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from kiosk.db.engine import make_engine, make_session_factory
from kiosk.db.errors import DB_ERRORS
from kiosk.db.migrate import head_revision, upgrade
from kiosk.db.models import Branch
from kiosk.db.terminals import TerminalIdentity
from kiosk.db.uow import UnitOfWork, use_clock
from kiosk.errors import InvalidInput, NotFound
from kiosk.ids import branch_uuid, terminal_uuid
from kiosk.sync import central, outbox, state
from kiosk.sync.connect import CENTRAL_TIMEOUT_S, central_url, open_central, unavailable
from kiosk.sync.failures import TerminalRevoked
from kiosk.sync.local import write_unit
from kiosk.sync.pull import Progress
from kiosk.sync.round import RoundReport, run_round, utc_now
from kiosk.sync.tables import table


@dataclass(frozen=True)
class BranchSpec:
    code: str
    name: str
    timezone: str = "UTC"


@dataclass(frozen=True)
class CentralReport:
    revision: str
    branches: tuple[str, ...]
    published: int


def init_central(
    url: str, branches: Sequence[BranchSpec] = (), *, now: Callable[[], datetime] = utc_now
) -> CentralReport:
    """Create or migrate the central schema, mark it central, register `branches`, and put in
    the change log every row that is not there yet (rows that were there before, or imported
    around the services). Running it again is safe."""
    engine = make_engine(central_url(url), busy_timeout_s=CENTRAL_TIMEOUT_S)
    try:
        upgrade(engine)
        try:
            with write_unit(engine) as conn:
                central.lock_log(conn)
                known = state.ensure(conn, state.CENTRAL_NODE, lock=True)
                if known.role == "terminal":
                    raise InvalidInput("that database is a terminal's, not a central store")
                state.set_values(conn, role="central", node_id=state.CENTRAL_NODE)
            sessions = make_session_factory(engine)
            use_clock(sessions, now)
            outbox.install(sessions, state.CENTRAL_NODE)
            with UnitOfWork(sessions) as session:
                for spec in branches:
                    _put_branch(session, spec)
            with write_unit(engine) as conn:
                central.lock_log(conn)
                at = now()
                outbox.record_untracked(conn, at, state.CENTRAL_NODE)
                published = central.publish_outbox(conn, at)
        except DB_ERRORS as exc:
            raise unavailable(url, exc) from None
    finally:
        engine.dispose()
    return CentralReport(str(head_revision()), tuple(s.code for s in branches), published)


def _put_branch(session: object, spec: BranchSpec) -> None:

    assert isinstance(session, Session)
    row = session.get(Branch, branch_uuid(spec.code))
    if row is None:
        session.add(
            Branch(
                id=branch_uuid(spec.code), code=spec.code, name=spec.name, timezone=spec.timezone
            )
        )
        return
    if (row.name, row.timezone) != (spec.name, spec.timezone):
        row.name, row.timezone = spec.name, spec.timezone


def join(
    local: Engine,
    identity: TerminalIdentity,
    url: str,
    branch_code: str,
    *,
    now: Callable[[], datetime] = utc_now,
    progress: Progress | None = None,
    files: Path | None = None,
) -> RoundReport:
    """Register this terminal at central for `branch_code`, then push what it holds and pull
    what it needs (a first pull brings every library row and the branch's own)."""
    if branch_code.strip().casefold() != identity.branch_code.strip().casefold():
        raise InvalidInput(
            f"this terminal's configuration says branch {identity.branch_code!r} "
            f"([library] branch_code); set it to {branch_code.strip()!r} first"
        )
    branch_id = branch_uuid(branch_code)
    terminal_id = terminal_uuid(identity.code)
    node = terminal_id.hex
    engine = open_central(url)
    try:
        try:
            with engine.begin() as conn:
                _check_branch(conn, branch_id, branch_code)
                found = central.terminal_entry(conn, terminal_id)
                if found is not None and found[1] is not None:
                    raise TerminalRevoked(
                        "the central store has shut this terminal out; ask library IT"
                    )
                central.register(
                    conn,
                    terminal_id=terminal_id,
                    code=identity.code,
                    node_id=node,
                    branch_id=branch_id,
                    now=now(),
                )
        except DB_ERRORS as exc:
            raise unavailable(url, exc) from None
        with write_unit(local) as conn:
            known = state.ensure(conn, node)
            if known.role == "central":
                raise InvalidInput("this terminal's database is the central store itself")
            values: dict[str, object] = {
                "role": "terminal",
                "node_id": node,
                "terminal_id": terminal_id,
                "branch_id": branch_id,
                "joined_at": now(),
            }
            if (known.terminal_id, known.branch_id) != (terminal_id, branch_id):
                values.update(pull_cursor=0, own_max_seq=0)
            state.set_values(conn, **values)
            outbox.record_untracked(conn, now(), node)
        return run_round(local, engine, url, now=now, pull_progress=progress, files=files)
    finally:
        engine.dispose()


def _check_branch(conn: Connection, branch_id: uuid.UUID, code: str) -> None:
    branches = table("branches")
    if conn.execute(select(branches.c.id).where(branches.c.id == branch_id)).first():
        return
    codes = sorted(str(c) for c in conn.scalars(select(branches.c.code)))
    raise NotFound(
        f"the central store has no branch {code.strip()!r} (it has: {', '.join(codes) or 'none'}); "
        f"add it with 'makerspace-kiosk central init --url URL --branch {code.strip()}=NAME'"
    )
