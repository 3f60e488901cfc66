"""Terminals that worked offline meet at the central store: nothing lost, nothing twice, each
branch's rows at that branch's terminals, library rows everywhere (real PostgreSQL and SQLite)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.checkin import ScanOutcome
from kiosk.db.models import Visit
from kiosk.db.uow import UnitOfWork
from tests.sync.library import central_services, count_rows, library

pytestmark = pytest.mark.postgres


def _visit_ids(engine_owner: object) -> list[str]:
    from kiosk.services import Services

    assert isinstance(engine_owner, Services)
    with UnitOfWork(engine_owner.sessions, write=False) as session:
        return sorted(str(v) for v in session.scalars(select(Visit.id)))


def test_offline_check_ins_arrive_once_everywhere_in_their_branch(tmp_path: Path) -> None:
    with library(tmp_path, ("main", "east")) as lib:
        with central_services(lib) as admin:
            for n in range(6):
                admin.patrons.create(f"Patron {n}", card_number=f"P-{n}")
        north = lib.terminal("north")
        south = lib.terminal("south")
        east = lib.terminal("east-1", branch="east")
        lib.sync_all(1)  # every terminal has the patrons
        assert {k.count("patrons") for k in (north, south, east)} == {6}
        # Central is out of reach: each terminal checks patrons in on its own.
        for n, kiosk in enumerate((north, south, east)):
            for patron in (2 * n, 2 * n + 1):
                card = kiosk.services.codec.encode(f"P-{patron}")
                assert kiosk.services.checkin.handle_scan(card).outcome is ScanOutcome.WELCOME
        lib.advance(timedelta(minutes=5))
        lib.sync_all(2)
        assert lib.central_count("visits") == 6
        assert count_rows(lib.central, "sync_changes", table_name="visits") == 6
        main_visits = _visit_ids(north.services)
        assert len(main_visits) == 4 and main_visits == _visit_ids(south.services)
        assert len(_visit_ids(east.services)) == 2
        assert set(_visit_ids(east.services)).isdisjoint(main_visits)
        # Syncing again changes nothing anywhere.
        report = lib.sync(north)
        assert (report.pushed, report.pulled, report.pending) == (0, 0, 0)
        assert lib.central_count("visits") == 6


def test_a_card_revoked_at_central_is_refused_at_the_terminal_after_its_next_pull(
    tmp_path: Path,
) -> None:
    with library(tmp_path) as lib:
        with central_services(lib) as admin:
            admin.patrons.create("Ada Lovelace", card_number="A-1")
        kiosk = lib.terminal("north")
        card = kiosk.services.codec.encode("A-1")
        assert kiosk.services.checkin.handle_scan(card).outcome is ScanOutcome.WELCOME
        with central_services(lib) as admin:
            assert admin.cards.revoke("A-1")
        lib.sync(kiosk)
        kiosk.clock.advance(timedelta(hours=6))
        assert kiosk.services.checkin.handle_scan(card).outcome is ScanOutcome.REVOKED_CARD


def test_pulled_rows_read_back_as_central_holds_them(tmp_path: Path) -> None:
    from kiosk.core.clock import FixedClock
    from kiosk.sync.tables import LOCAL_COLUMNS, SYNCED, table
    from tests.core.booking_fixtures import set_up_branch
    from tests.sync.terminals import START, as_database

    with library(tmp_path) as lib:
        with central_services(lib, FixedClock(START)) as admin:
            branch = set_up_branch(as_database(admin, "postgresql"), items=2, patrons=3)
            admin.projects.add_tag("Robots")
            admin.booking.book(branch.patrons[0], branch.items[0], START + timedelta(hours=2), 60)
        kiosk = lib.terminal("north")
        compared = 0
        for name in sorted(SYNCED):
            target = table(name)
            columns = [c for c in target.c if c.name not in LOCAL_COLUMNS]
            query = select(*columns).order_by(target.c.id)
            with lib.central.connect() as conn:
                at_central = [tuple(row) for row in conn.execute(query)]
            with kiosk.services.engine.connect() as conn:
                here = [tuple(row) for row in conn.execute(query)]
            if name in ("terminals", "audit_events", "sync_conflicts"):
                here = [row for row in here if row in at_central]  # the terminal's own rows
            assert here == at_central, name
            compared += len(here)
        assert compared >= 30
