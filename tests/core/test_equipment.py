"""EquipmentService on a real SQLite file and a real PostgreSQL schema."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.audit import AuditTrail
from kiosk.core.clock import FixedClock
from kiosk.core.equipment import EquipmentService
from kiosk.core.equipment_spec import EquipmentSpec, RelayBinding
from kiosk.db.models import EquipmentItem
from kiosk.db.terminals import TerminalIdentity, register_terminal
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound
from tests.db.backends import BACKENDS, Database, open_database

START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
STAFF = uuid.UUID("0190f000-0000-7000-8000-000000000001")


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with open_database(request.param, tmp_path) as database:
        with UnitOfWork(database.session_factory) as session:
            for branch in ("main", "east"):
                register_terminal(
                    session, TerminalIdentity(f"kiosk-{branch}", "", branch, branch.title())
                )
        yield database


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def service(db: Database, clock: FixedClock) -> EquipmentService:
    return EquipmentService(
        db.session_factory,
        clock,
        branch_code="main",
        terminal_code="kiosk-main",
        relays=["bench"],
        printers=["mk4"],
    )


def stored(db: Database) -> list[EquipmentItem]:
    with UnitOfWork(db.session_factory, write=False) as session:
        return list(session.scalars(select(EquipmentItem).order_by(EquipmentItem.id)))


def test_add_then_list_with_defaults_and_bindings(service: EquipmentService) -> None:
    service.add(
        EquipmentSpec(
            "  Prusa   MK4 ",
            "3D Printer",
            training="fdm-basics",
            relay=RelayBinding("bench", 3),
            printer="mk4",
        ),
        actor=STAFF,
    )
    service.add(EquipmentSpec("Arduino kit 1", "arduino-kit", reservable=False, lendable=True))
    items = service.list_items()
    assert [(item.name, item.kind, item.icon) for item in items] == [
        ("Prusa MK4", "3d_printer", "printer"),
        ("Arduino kit 1", "arduino_kit", "circuit"),
    ]
    printer = items[0]
    assert printer.relay == RelayBinding("bench", 3)
    assert printer.printer == "mk4"
    assert printer.training == "fdm-basics"
    assert (printer.state, printer.state_changed_at, printer.state_changed_by) == (
        "free",
        START,
        STAFF,
    )
    assert (items[1].reservable, items[1].lendable) == (False, True)
    assert service.list_items(branch="east") == []


def test_duplicate_name_in_a_branch_is_a_conflict_but_another_branch_may_use_it(
    db: Database, service: EquipmentService
) -> None:
    service.add(EquipmentSpec("Laser", "laser_cutter"))
    with pytest.raises(Conflict, match="already has an item named"):
        service.add(EquipmentSpec("LASER ", "laser_cutter"))
    service.add(EquipmentSpec("Laser", "laser_cutter"), branch="east")
    assert len(stored(db)) == 2


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (EquipmentSpec("Thing", "cnc router"), "unknown kind 'cnc router'"),
        (EquipmentSpec("Thing", "other", icon="rocket"), "unknown icon"),
        (EquipmentSpec("   ", "other"), "the name is empty"),
        (EquipmentSpec("Thing", "other", reservable=False), "reservable, lendable or both"),
        (EquipmentSpec("Thing", "other", training="needs space"), "training code"),
        (EquipmentSpec("Thing", "other", relay=RelayBinding("door", 1)), "no relay .*'door'"),
        (EquipmentSpec("Thing", "other", relay=RelayBinding("bench", 17)), "from 1 to 16"),
        (EquipmentSpec("Thing", "other", printer="ender"), "no printer .*'ender'"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(
    db: Database, service: EquipmentService, spec: EquipmentSpec, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        service.add(spec)
    assert stored(db) == []


def test_unknown_branch_is_not_found(service: EquipmentService) -> None:
    with pytest.raises(NotFound, match="no branch"):
        service.add(EquipmentSpec("Laser", "laser_cutter"), branch="west")


def test_bind_checks_the_configuration_and_the_channel(service: EquipmentService) -> None:
    service.add(EquipmentSpec("Laser", "laser_cutter", relay=RelayBinding("bench", 1)))
    service.add(EquipmentSpec("Cricut", "vinyl_cutter"))
    with pytest.raises(InvalidInput, match="no relay controller named 'lobby'"):
        service.bind("Cricut", relay=RelayBinding("lobby", 2))
    with pytest.raises(Conflict, match="already drives 'Laser'"):
        service.bind("cricut", relay=RelayBinding("bench", 1))
    with pytest.raises(NotFound, match="no item named"):
        service.bind("Embroidery", printer="mk4")
    bound = service.bind("cricut", relay=RelayBinding("bench", 2), printer="mk4")
    assert (bound.relay, bound.printer) == (RelayBinding("bench", 2), "mk4")
    # Binding the item again to its own channel is no clash.
    service.bind("Cricut", relay=RelayBinding("bench", 2))
    unbound = service.bind("Cricut", unbind_relay=True)
    assert (unbound.relay, unbound.printer) == (None, "mk4")
    with pytest.raises(InvalidInput, match="set and removed"):
        service.bind("Cricut", printer="mk4", unbind_printer=True)


def test_set_state_records_who_and_when_and_audits(
    service: EquipmentService, clock: FixedClock, db: Database
) -> None:
    service.add(EquipmentSpec("Laser", "laser_cutter"))
    clock.advance(timedelta(minutes=5))
    item = service.set_state("laser", "needs check", actor=STAFF)
    assert (item.state, item.state_changed_at, item.state_changed_by) == (
        "needs_check",
        START + timedelta(minutes=5),
        STAFF,
    )
    with pytest.raises(InvalidInput, match="unknown state"):
        service.set_state("Laser", "broken")
    with pytest.raises(InvalidInput, match="unknown state 'retired'"):
        service.set_state("Laser", "retired")
    events = AuditTrail(db.session_factory).recent(action="equipment_state")
    assert [(e.actor_kind, e.actor_id, e.subject_id, e.detail) for e in events] == [
        ("staff", STAFF, item.id, {"from": "free", "to": "needs_check"})
    ]


def test_retire_twice_is_a_conflict_and_frees_the_name_and_channel(
    service: EquipmentService, db: Database
) -> None:
    service.add(EquipmentSpec("Laser", "laser_cutter", relay=RelayBinding("bench", 1)))
    retired = service.retire("Laser", actor=STAFF)
    assert (retired.state, retired.relay, retired.state_changed_by) == ("retired", None, STAFF)
    with pytest.raises(Conflict, match="already retired"):
        service.retire("laser")
    with pytest.raises(Conflict, match="already retired"):
        service.set_state("Laser", "free")
    assert service.list_items() == []
    assert [item.state for item in service.list_items(include_retired=True)] == ["retired"]
    successor = service.add(EquipmentSpec("Laser", "laser_cutter", relay=RelayBinding("bench", 1)))
    assert successor.state == "free"
    assert service.retire("Laser").id == successor.id
    events = AuditTrail(db.session_factory).recent(action="equipment_retired")
    assert events[-1].detail == {"from": "free", "relay": "bench", "channel": 1, "printer": None}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_toml_and_csv(service: EquipmentService, tmp_path: Path) -> None:
    toml = write(
        tmp_path,
        "items.toml",
        """
[[equipment]]
name = "Prusa 1"
kind = "3d_printer"
training = "fdm"
relay = "bench"
channel = 2
printer = "mk4"

[[equipment]]
name = "Laptop 7"
kind = "laptop"
reservable = false
lendable = true
""",
    )
    report = service.import_file(toml)
    assert (report.imported, report.errors) == (2, ())
    csv = write(
        tmp_path,
        "items.csv",
        "name,kind,icon,lendable,relay,channel\nSinger,sewing machine,,no,bench,4\n"
        "Kit A,arduino_kit,,yes,,\n",
    )
    assert service.import_file(csv).imported == 2
    by_name = {item.name: item for item in service.list_items()}
    assert by_name["Prusa 1"].relay == RelayBinding("bench", 2)
    assert by_name["Laptop 7"].lendable and not by_name["Laptop 7"].reservable
    assert by_name["Singer"].relay == RelayBinding("bench", 4)
    assert by_name["Kit A"].lendable and by_name["Kit A"].reservable


def test_import_reports_every_bad_row_by_line_and_saves_nothing(
    service: EquipmentService, db: Database, tmp_path: Path
) -> None:
    service.add(EquipmentSpec("Laser", "laser_cutter"))
    path = write(
        tmp_path,
        "items.csv",
        "name,kind,relay,channel,reservable\n"
        "Good one,other,,,\n"  # line 2
        "Laser,laser_cutter,,,\n"  # 3: already stored
        "Bot,robot,,,\n"  # 4: unknown kind
        "Good one,other,,,\n"  # 5: repeats line 2
        "Cutter,vinyl_cutter,lobby,1,\n"  # 6: relay not configured
        "Press,other,bench,x,\n"  # 7: channel not a number
        "Drill,other,,,maybe\n",  # 8: not a flag
    )
    report = service.import_file(path)
    assert report.imported == 0
    assert [error.line for error in report.errors] == [3, 4, 5, 6, 7, 8]
    messages = dict((error.line, error.message) for error in report.errors)
    assert "already has an item named 'Laser'" in messages[3]
    assert "unknown kind 'robot'" in messages[4]
    assert "repeats the one on line 2" in messages[5]
    assert "no relay controller named 'lobby'" in messages[6]
    assert "whole number" in messages[7]
    assert "yes or no" in messages[8]
    assert [item.name for item in stored(db)] == ["Laser"]


def test_two_rows_on_one_relay_channel_import_nothing(
    service: EquipmentService, db: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "items.csv",
        "name,kind,relay,channel\nLaser,laser_cutter,bench,1\nCricut,vinyl_cutter,bench,1\n",
    )
    report = service.import_file(path)
    assert report.imported == 0
    assert [(error.line, error.message) for error in report.errors] == [
        (3, "channel 1 of relay 'bench' already drives 'Laser'")
    ]
    assert stored(db) == []


@pytest.mark.parametrize(
    ("name", "data", "line", "message"),
    [
        ("bad.csv", b'name,kind\n"Laser,laser_cutter\n', 2, "not valid CSV"),
        ("bad.csv", b"name,kind\nLaser,\xff\xfe\n", 2, "not UTF-8"),
        ("bad.csv", b"\x89PNG\r\n\x1a\n\0\0", 0, "binary data"),
        ("bad.csv", b"title,kind\nLaser,other\n", 1, "missing: name"),
        ("bad.csv", b"name,kind\n", 0, "lists no equipment"),
        ("bad.toml", b'[[equipment]]\nname = "Laser\n', 2, "not TOML"),
        ("bad.toml", b'[[equipment]]\nname = "L"\nkind = "other"\ncolour = 1\n', 1, "colour"),
        ("bad.xlsx", b"PK", 0, ".toml or a .csv"),
    ],
)
def test_a_corrupt_file_is_one_line_per_problem_and_saves_nothing(
    service: EquipmentService,
    db: Database,
    tmp_path: Path,
    name: str,
    data: bytes,
    line: int,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    report = service.import_file(path)
    assert report.imported == 0
    assert [error.line for error in report.errors] == [line]
    assert message in report.errors[0].message
    assert "\n" not in report.errors[0].message
    assert stored(db) == []


def test_import_into_an_unknown_branch_saves_nothing(
    service: EquipmentService, db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "items.csv", "name,kind\nLaser,laser_cutter\n")
    report = service.import_file(path, branch="west")
    assert report.imported == 0
    assert "no branch" in report.errors[0].message
    assert stored(db) == []


def test_the_database_refuses_two_live_items_of_one_name(db: Database) -> None:
    """The unique index holds even for a writer that skips the service's check."""
    from sqlalchemy.exc import IntegrityError

    from kiosk.ids import branch_uuid

    def item(state: str) -> EquipmentItem:
        return EquipmentItem(
            branch_id=branch_uuid("main"),
            kind="other",
            name="Laser",
            name_key="laser",
            icon="tool",
            state=state,
            state_changed_at=START,
        )

    with UnitOfWork(db.session_factory) as session:
        session.add_all([item("retired"), item("free")])
    with pytest.raises(IntegrityError), UnitOfWork(db.session_factory) as session:
        session.add(item("out_of_order"))
    assert sorted(row.state for row in stored(db)) == ["free", "retired"]


def test_edit_changes_fields_keeps_the_printer_and_guards_a_machine_in_use(
    db: Database, service: EquipmentService
) -> None:
    laser = service.add(EquipmentSpec("Laser", "laser_cutter", relay=RelayBinding("bench", 1)))
    printer = service.add(
        EquipmentSpec("MK4", "3d_printer", relay=RelayBinding("bench", 2), printer="mk4")
    )
    edited = service.edit(
        printer.id,
        EquipmentSpec("Prusa MK4", "3d_printer", training="fdm", relay=RelayBinding("bench", 3)),
        actor=STAFF,
    )
    assert (edited.name, edited.training, edited.relay, edited.printer) == (
        "Prusa MK4",
        "fdm",
        RelayBinding("bench", 3),
        "mk4",  # bind sets printers; an edit keeps it
    )
    with pytest.raises(Conflict, match="already has an item named 'Laser'"):
        service.edit(printer.id, EquipmentSpec("laser", "3d_printer"))
    with pytest.raises(Conflict, match="already drives 'Laser'"):
        service.edit(
            printer.id, EquipmentSpec("Prusa MK4", "3d_printer", relay=RelayBinding("bench", 1))
        )
    # A machine in use keeps its channel, and is not retired, until its session ends.
    service.set_state("Laser", "in_use")
    with pytest.raises(Conflict, match="in use"):
        service.edit(laser.id, EquipmentSpec("Laser", "laser_cutter"))
    with pytest.raises(Conflict, match="in use"):
        service.retire_item(laser.id)
    renamed = service.edit(
        laser.id, EquipmentSpec("Glowforge", "laser_cutter", relay=RelayBinding("bench", 1))
    )
    assert renamed.name == "Glowforge"
    service.set_state("Glowforge", "free")
    assert service.retire_item(laser.id, actor=STAFF).state == "retired"
    with pytest.raises(Conflict, match="retired"):
        service.edit(laser.id, EquipmentSpec("Glowforge", "laser_cutter"))
    with pytest.raises(NotFound):
        service.retire_item(uuid.uuid4())
    trail = AuditTrail(db.session_factory)
    changed = [e for e in trail.recent(50) if e.action == "equipment_changed"]
    assert changed and all("name" not in e.detail for e in changed)
