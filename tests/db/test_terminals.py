"""Branch and terminal ids come from the configured codes: the same in every database and after
a reinstall, never minted per database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kiosk.config import CardsSection, Config, DatabaseSection, LibrarySection, TerminalSection
from kiosk.db.models import Branch, Terminal
from kiosk.db.terminals import TerminalIdentity, TerminalRef, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.ids import branch_uuid, terminal_uuid
from kiosk.services import open_services
from tests.db.backends import Database, open_database

EAST = TerminalIdentity(
    code="kiosk-1", name="Front desk", branch_code="east", branch_name="Eastgate"
)


def test_the_same_code_gives_the_same_id_in_every_database(db: Database, tmp_path: Path) -> None:
    other_folder = tmp_path / "reinstalled"
    other_folder.mkdir()
    with open_database("sqlite", other_folder) as reinstalled:
        ids = {TerminalRef(d.session_factory, "kiosk-1").id() for d in (db, reinstalled)}
    assert ids == {terminal_uuid("kiosk-1")}
    assert terminal_uuid("KIOSK-1") == terminal_uuid("kiosk-1")
    assert terminal_uuid("kiosk-2") != terminal_uuid("kiosk-1")
    assert branch_uuid("kiosk-1") != terminal_uuid("kiosk-1")


def test_registering_makes_the_branch_and_links_the_terminal(db: Database) -> None:
    with UnitOfWork(db.session_factory) as session:
        assert register_terminal(session, EAST) == terminal_uuid("kiosk-1")
    with UnitOfWork(db.session_factory, write=False) as session:
        terminal = session.get(Terminal, terminal_uuid("kiosk-1"))
        branch = session.get(Branch, branch_uuid("east"))
    assert terminal is not None and branch is not None
    assert (terminal.name, terminal.branch_id) == ("Front desk", branch.id)
    assert (branch.code, branch.name) == ("east", "Eastgate")


def test_registering_again_follows_renames_and_keeps_ids(db: Database) -> None:
    with UnitOfWork(db.session_factory) as session:
        register_terminal(session, EAST)
    with UnitOfWork(db.session_factory) as session:
        register_terminal(session, EAST)  # unchanged: no new version
    renamed = TerminalIdentity(
        code="kiosk-1", name="Front desk", branch_code="east", branch_name="Eastgate Library"
    )
    with UnitOfWork(db.session_factory) as session:
        register_terminal(session, renamed)
    with UnitOfWork(db.session_factory, write=False) as session:
        branches = session.scalars(select(Branch)).all()
        terminal = session.get(Terminal, terminal_uuid("kiosk-1"))
    assert [(b.id, b.name, b.row_version) for b in branches] == [
        (branch_uuid("east"), "Eastgate Library", 2)
    ]
    assert terminal is not None and terminal.row_version == 1


def test_opening_the_services_records_the_configured_terminal(tmp_path: Path) -> None:
    config = Config(
        library=LibrarySection(branch="Eastgate", branch_code="east"),
        terminal=TerminalSection(id="kiosk-7", name="Lab kiosk"),
        database=DatabaseSection(url=f"sqlite:///{tmp_path / 'kiosk.db'}"),
        cards=CardsSection(keys={"K1": bytes(range(32))}, signing_key_id="K1"),
    )
    services = open_services(config)
    try:
        with UnitOfWork(services.sessions, write=False) as session:
            terminal = session.get(Terminal, terminal_uuid("kiosk-7"))
        assert terminal is not None
        assert (terminal.code, terminal.name) == ("kiosk-7", "Lab kiosk")
        assert terminal.branch_id == branch_uuid("east")
    finally:
        services.close()
