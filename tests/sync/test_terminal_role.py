"""A terminal that reaches central through a PostgreSQL role of its own, with only the rights
docs/sync.md lists (data rights on the kiosk's tables, use of the sequences): it joins, pushes
and pulls, and cannot change the schema."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from kiosk.core.clock import FixedClock
from kiosk.core.results import ScanOutcome
from kiosk.sync.connect import open_central
from kiosk.sync.round import run_round
from kiosk.sync.setup import join
from tests.sync.library import Kiosk, central_services, library
from tests.sync.terminals import START, kiosk_services

pytestmark = pytest.mark.postgres

DSN = "host=127.0.0.1 port=5432 user=postgres dbname=test"


def test_a_terminal_with_only_data_rights_joins_and_syncs(tmp_path: Path) -> None:
    role = f"kiosk_terminal_{uuid.uuid4().hex[:12]}"
    with library(tmp_path) as lib:
        schema = lib.url.split("search_path%3D", 1)[1]
        with psycopg.connect(DSN, autocommit=True) as conn:
            conn.execute(f'CREATE ROLE "{role}" LOGIN')
            conn.execute(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"')
            conn.execute(
                f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{schema}" '
                f'TO "{role}"'
            )
            conn.execute(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{role}"')
        role_url = lib.url.replace("postgres@", f"{role}@", 1)
        central = open_central(role_url)
        try:
            with central_services(lib) as admin:
                admin.patrons.create("Ada Lovelace", card_number="A-1")
            clock = FixedClock(START)
            services = lib.stack.enter_context(
                kiosk_services(f"sqlite:///{tmp_path / 'north.sqlite3'}", "north", clock=clock)
            )
            kiosk = Kiosk("north", "main", services, clock)
            join(services.engine, kiosk.identity, role_url, "main", now=clock.now)
            assert kiosk.count("patrons") == 1
            card = services.codec.encode("A-1")
            assert services.checkin.handle_scan(card).outcome is ScanOutcome.WELCOME
            clock.advance(timedelta(minutes=5))
            report = run_round(services.engine, central, role_url, now=clock.now)
            assert report.pushed >= 1 and report.pending == 0
            assert lib.central_count("visits") == 1
            # The role holds data, not the schema.
            with pytest.raises(ProgrammingError), central.begin() as conn:
                conn.execute(text("CREATE TABLE intruder (id int)"))
            with pytest.raises(ProgrammingError), central.begin() as conn:
                conn.execute(text("DROP TABLE visits"))
        finally:
            central.dispose()
            with psycopg.connect(DSN, autocommit=True) as conn:
                conn.execute(f'DROP OWNED BY "{role}"')
                conn.execute(f'DROP ROLE "{role}"')
