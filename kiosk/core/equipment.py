"""Equipment: the machines and kits of each branch, their device bindings and their state.

Relay and printer bindings name devices of the configuration (`[[relays]]`, `[[printers]]`);
a name the configuration does not hold is refused, so a binding cannot point at nothing.
Every change is audited with who made it (a staff account, or the system for the command line)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.core.audit import record_event
from kiosk.core.clock import Clock
from kiosk.core.equipment_import import LineError, read_equipment_file
from kiosk.core.equipment_spec import EquipmentSpec, RelayBinding, clean_device_name, name_key
from kiosk.db.errors import DB_ERRORS, DatabaseUnavailable, describe
from kiosk.db.models import EQUIPMENT_STATES, Branch, EquipmentItem
from kiosk.db.terminals import TerminalRef
from kiosk.db.uow import UnitOfWork
from kiosk.errors import Conflict, InvalidInput, NotFound
from kiosk.ids import branch_uuid

log = logging.getLogger(__name__)

RETIRED = "retired"
# States staff or the kiosk may set directly; retiring has its own use case.
SETTABLE_STATES = tuple(state for state in EQUIPMENT_STATES if state != RETIRED)


@dataclass(frozen=True)
class EquipmentView:
    id: uuid.UUID
    branch_code: str
    name: str
    kind: str
    icon: str
    training: str | None
    reservable: bool
    lendable: bool
    relay: RelayBinding | None
    printer: str | None
    state: str
    state_changed_at: datetime
    state_changed_by: uuid.UUID | None


@dataclass(frozen=True)
class EquipmentImportReport:
    imported: int
    errors: tuple[LineError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


class EquipmentService:
    """Thread-safe; one transaction per call. `branch_code` is this kiosk's branch, used when a
    call names none; `relays` and `printers` are the device names configured on this kiosk."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        *,
        branch_code: str,
        terminal_code: str,
        relays: Collection[str] = (),
        printers: Collection[str] = (),
    ) -> None:
        self._session_factory = session_factory
        self._clock = clock
        self._branch_code = branch_code
        self._terminal = TerminalRef(session_factory, terminal_code)
        self._relays = frozenset(relays)
        self._printers = frozenset(printers)

    @property
    def relay_names(self) -> tuple[str, ...]:
        return tuple(sorted(self._relays))

    @property
    def printer_names(self) -> tuple[str, ...]:
        return tuple(sorted(self._printers))

    # -- reading -----------------------------------------------------------------------------

    def list_items(
        self, *, branch: str | None = None, include_retired: bool = False
    ) -> list[EquipmentView]:
        """The branch's items by kind and name; retired ones only when asked."""
        query = (
            select(EquipmentItem, Branch.code)
            .join(Branch, Branch.id == EquipmentItem.branch_id)
            .where(EquipmentItem.branch_id == branch_uuid(branch or self._branch_code))
            .order_by(EquipmentItem.kind, EquipmentItem.name_key, EquipmentItem.id)
        )
        if not include_retired:
            query = query.where(EquipmentItem.state != RETIRED)
        with self._database(), UnitOfWork(self._session_factory, write=False) as session:
            return [_view(item, code) for item, code in session.execute(query)]

    # -- changing ----------------------------------------------------------------------------

    def add(
        self, spec: EquipmentSpec, *, branch: str | None = None, actor: uuid.UUID | None = None
    ) -> EquipmentView:
        """Add one item. InvalidInput for a bad field or a device the configuration does not
        name; Conflict for a name or a relay channel already in use in the branch."""
        spec = spec.checked()
        self._check_devices(spec.relay, spec.printer)
        with self._write() as (session, terminal_id):
            branch_row = _branch(session, branch or self._branch_code)
            item = self._insert(session, branch_row, spec, actor, terminal_id)
            return _view(item, branch_row.code)

    def import_file(
        self, path: Path, *, branch: str | None = None, actor: uuid.UUID | None = None
    ) -> EquipmentImportReport:
        """Add every item listed in a .toml ([[equipment]] tables) or .csv file, or none: any
        bad row, by its line, and nothing is saved. Never raises for a bad file."""
        parsed = read_equipment_file(path)
        errors = list(parsed.errors)
        seen: dict[str, int] = {}
        for row in parsed.rows:
            problem = self._device_problem(row.spec.relay, row.spec.printer)
            key = name_key(row.spec.name)
            if problem is None and key in seen:
                problem = f"the name repeats the one on line {seen[key]}"
            seen.setdefault(key, row.line)
            if problem is not None:
                errors.append(LineError(row.line, problem))
        if not parsed.rows:
            return EquipmentImportReport(0, tuple(errors))
        try:
            with self._write() as (session, terminal_id):
                branch_row = _branch(session, branch or self._branch_code)
                for row in parsed.rows:
                    clash = _clash(session, branch_row, row.spec, None)
                    if clash is not None:
                        errors.append(LineError(row.line, clash))
                if not errors:
                    for row in parsed.rows:
                        try:
                            self._insert(session, branch_row, row.spec, actor, terminal_id)
                        except Conflict as exc:  # a clash between two rows of the file
                            errors.append(LineError(row.line, str(exc)))
                if errors:
                    raise _Refused
        except _Refused:
            return EquipmentImportReport(0, tuple(sorted(errors, key=lambda e: e.line)))
        except (NotFound, Conflict, DatabaseUnavailable) as exc:
            failure = LineError(0, f"nothing was imported: {exc}")
            return EquipmentImportReport(0, (*sorted(errors, key=lambda e: e.line), failure))
        log.info("imported %d equipment items", len(parsed.rows))
        return EquipmentImportReport(len(parsed.rows))

    def bind(
        self,
        name: str,
        *,
        relay: RelayBinding | None = None,
        printer: str | None = None,
        unbind_relay: bool = False,
        unbind_printer: bool = False,
        branch: str | None = None,
        actor: uuid.UUID | None = None,
    ) -> EquipmentView:
        """Bind an item to a relay channel and/or a printer, or drop a binding."""
        if relay is None and printer is None and not (unbind_relay or unbind_printer):
            raise InvalidInput("name a relay and channel, a printer, or a binding to remove")
        if (relay is not None and unbind_relay) or (printer is not None and unbind_printer):
            raise InvalidInput("a binding cannot be set and removed at once")
        if relay is not None:
            relay = RelayBinding(clean_device_name(relay.relay, "relay"), relay.channel)
        printer = clean_device_name(printer, "printer") if printer is not None else None
        self._check_devices(relay, printer)
        with self._write() as (session, terminal_id):
            branch_row = _branch(session, branch or self._branch_code)
            item = _live_item(session, branch_row, name)
            if relay is not None:
                clash = _channel_holder(session, branch_row, relay, item.id)
                if clash is not None:
                    raise Conflict(clash)
                item.relay_name, item.relay_channel = relay.relay, relay.channel
            elif unbind_relay:
                item.relay_name = item.relay_channel = None
            if printer is not None:
                item.printer_name = printer
            elif unbind_printer:
                item.printer_name = None
            self._audit(
                session,
                "equipment_bound",
                item,
                actor,
                terminal_id,
                {
                    "relay": item.relay_name,
                    "channel": item.relay_channel,
                    "printer": item.printer_name,
                },
            )
            return _view(item, branch_row.code)

    def edit(
        self,
        item_id: uuid.UUID,
        spec: EquipmentSpec,
        *,
        actor: uuid.UUID | None = None,
        set_printer: bool = False,
    ) -> EquipmentView:
        """Change a live item's fields and relay binding to those of `spec`. Its printer binding
        stays as stored unless `set_printer`; then it becomes `spec.printer`, which must be
        configured here unless it is the stored one (bound on a terminal that has it).
        A machine in use keeps its relay channel until its session ends: the session switches
        that channel off at its end."""
        spec = spec.checked()
        self._check_devices(spec.relay, None)
        with self._write() as (session, terminal_id):
            item = session.get(EquipmentItem, item_id, with_for_update=True)
            if item is None:
                raise NotFound("this item no longer exists")
            if item.state == RETIRED:
                raise Conflict(f"{item.name!r} is retired")
            branch_row = _branch_of(session, item)
            same_name = _find(session, branch_row, name_key(spec.name), live_only=True)
            if same_name is not None and same_name.id != item.id:
                raise Conflict(
                    f"branch {branch_row.code} already has an item named {same_name.name!r}"
                )
            relay = (spec.relay.relay, spec.relay.channel) if spec.relay else (None, None)
            if relay != (item.relay_name, item.relay_channel) and item.state == "in_use":
                raise Conflict(f"{item.name!r} is in use; change its relay after the session")
            if spec.relay is not None:
                clash = _channel_holder(session, branch_row, spec.relay, item.id)
                if clash is not None:
                    raise Conflict(clash)
            if set_printer and spec.printer != item.printer_name:
                self._check_devices(None, spec.printer)
            before, before_name = _fields(item), item.name
            item.name, item.name_key, item.kind = spec.name, name_key(spec.name), spec.kind
            assert spec.icon is not None  # set by EquipmentSpec.checked()
            item.icon, item.required_training = spec.icon, spec.training
            item.reservable, item.lendable = spec.reservable, spec.lendable
            item.relay_name, item.relay_channel = relay
            if set_printer:
                item.printer_name = spec.printer
            item.updated_at = self._clock.now()
            after = _fields(item)
            changed: dict[str, Any] = {k: after[k] for k in after if after[k] != before[k]}
            if before_name != item.name:
                changed["renamed"] = True  # the audit keeps no names, the item's id says which
            if changed:
                self._audit(session, "equipment_changed", item, actor, terminal_id, changed)
            return _view(item, branch_row.code)

    def set_state(
        self, name: str, state: str, *, branch: str | None = None, actor: uuid.UUID | None = None
    ) -> EquipmentView:
        """Move a live item to `state` (any state but retired: see `retire`)."""
        wanted = state.strip().lower().replace(" ", "_")
        if wanted not in SETTABLE_STATES:
            raise InvalidInput(
                f"unknown state {state[:40]!r}; the states are {', '.join(SETTABLE_STATES)}"
            )
        with self._write() as (session, terminal_id):
            branch_row = _branch(session, branch or self._branch_code)
            item = _live_item(session, branch_row, name)
            if item.state != wanted:
                before = item.state
                self._change_state(item, wanted, actor)
                self._audit(
                    session,
                    "equipment_state",
                    item,
                    actor,
                    terminal_id,
                    {"from": before, "to": wanted},
                )
            return _view(item, branch_row.code)

    def retire(
        self, name: str, *, branch: str | None = None, actor: uuid.UUID | None = None
    ) -> EquipmentView:
        """Take an item out of service for good. Its device bindings are released (so the
        channel can drive a successor) and recorded in the audit trail; its name becomes free.
        Conflict when it is already retired."""
        with self._write() as (session, terminal_id):
            branch_row = _branch(session, branch or self._branch_code)
            item = _live_item(session, branch_row, name)
            self._retire(session, item, actor, terminal_id)
            return _view(item, branch_row.code)

    def retire_item(self, item_id: uuid.UUID, *, actor: uuid.UUID | None = None) -> EquipmentView:
        """`retire` for an item known by its id (the console's list). A machine in use is
        refused: its session still holds its relay channel."""
        with self._write() as (session, terminal_id):
            item = session.get(EquipmentItem, item_id, with_for_update=True)
            if item is None:
                raise NotFound("this item no longer exists")
            if item.state == RETIRED:
                raise Conflict(f"{item.name!r} is already retired")
            if item.state == "in_use":
                raise Conflict(f"{item.name!r} is in use; retire it after the session")
            self._retire(session, item, actor, terminal_id)
            return _view(item, _branch_of(session, item).code)

    def _retire(
        self,
        session: Session,
        item: EquipmentItem,
        actor: uuid.UUID | None,
        terminal_id: uuid.UUID,
    ) -> None:
        detail: dict[str, Any] = {
            "from": item.state,
            "relay": item.relay_name,
            "channel": item.relay_channel,
            "printer": item.printer_name,
        }
        self._change_state(item, RETIRED, actor)
        item.relay_name = item.relay_channel = item.printer_name = None
        self._audit(session, "equipment_retired", item, actor, terminal_id, detail)

    # -- helpers -----------------------------------------------------------------------------

    def _insert(
        self,
        session: Session,
        branch_row: Branch,
        spec: EquipmentSpec,
        actor: uuid.UUID | None,
        terminal_id: uuid.UUID,
    ) -> EquipmentItem:
        clash = _clash(session, branch_row, spec, None)
        if clash is not None:
            raise Conflict(clash)
        assert spec.icon is not None  # set by EquipmentSpec.checked()
        now = self._clock.now()
        item = EquipmentItem(
            branch_id=branch_row.id,
            kind=spec.kind,
            name=spec.name,
            name_key=name_key(spec.name),
            icon=spec.icon,
            required_training=spec.training,
            reservable=spec.reservable,
            lendable=spec.lendable,
            relay_name=spec.relay.relay if spec.relay else None,
            relay_channel=spec.relay.channel if spec.relay else None,
            printer_name=spec.printer,
            state="free",
            state_changed_at=now,
            state_changed_by=actor,
            created_at=now,
            updated_at=now,
        )
        session.add(item)
        session.flush()
        self._audit(session, "equipment_added", item, actor, terminal_id, {"kind": spec.kind})
        return item

    def _change_state(self, item: EquipmentItem, state: str, actor: uuid.UUID | None) -> None:
        item.state = state
        item.state_changed_at = self._clock.now()
        item.state_changed_by = actor

    def _audit(
        self,
        session: Session,
        action: str,
        item: EquipmentItem,
        actor: uuid.UUID | None,
        terminal_id: uuid.UUID,
        detail: dict[str, Any],
    ) -> None:
        record_event(
            session,
            at=self._clock.now(),
            action=action,
            actor_kind="staff" if actor is not None else "system",
            actor_id=actor,
            subject_kind="equipment",
            subject_id=item.id,
            terminal_id=terminal_id,
            detail=detail,
        )

    def _device_problem(self, relay: RelayBinding | None, printer: str | None) -> str | None:
        if relay is not None and relay.relay not in self._relays:
            configured = _known(self._relays)
            return (
                f"no relay controller named {relay.relay!r} is configured ([[relays]]{configured})"
            )
        if printer is not None and printer not in self._printers:
            return (
                f"no printer named {printer!r} is configured ([[printers]]{_known(self._printers)})"
            )
        return None

    def _check_devices(self, relay: RelayBinding | None, printer: str | None) -> None:
        problem = self._device_problem(relay, printer)
        if problem is not None:
            raise InvalidInput(problem)

    @contextmanager
    def _database(self) -> Iterator[None]:
        try:
            yield
        except IntegrityError as exc:
            # Another terminal took the name or the channel between our check and our write.
            raise Conflict("another change got there first; nothing was saved, try again") from exc
        except DB_ERRORS as exc:
            raise DatabaseUnavailable(describe(exc)) from exc

    @contextmanager
    def _write(self) -> Iterator[tuple[Session, uuid.UUID]]:
        with self._database():
            terminal_id = self._terminal.id()  # before the write lock: it may write itself
            with UnitOfWork(self._session_factory) as session:
                yield session, terminal_id


class _Refused(Exception):
    """Rolls an import back after its rows were checked against the stored items."""


def _known(names: frozenset[str]) -> str:
    return f" has {', '.join(sorted(names))}" if names else " has none"


def _branch(session: Session, code: str) -> Branch:
    row = session.get(Branch, branch_uuid(code))
    if row is None:
        raise NotFound(f"no branch with the code {code.strip()[:64]!r} is known to this database")
    return row


def _branch_of(session: Session, item: EquipmentItem) -> Branch:
    row = session.get(Branch, item.branch_id)
    assert row is not None  # a foreign key
    return row


def _fields(item: EquipmentItem) -> dict[str, Any]:
    """What an edit may change, as the audit records it."""
    return {
        "kind": item.kind,
        "icon": item.icon,
        "training": item.required_training,
        "reservable": item.reservable,
        "lendable": item.lendable,
        "relay": item.relay_name,
        "channel": item.relay_channel,
        "printer": item.printer_name,
    }


def _find(
    session: Session, branch_row: Branch, key: str, *, live_only: bool
) -> EquipmentItem | None:
    query = (
        select(EquipmentItem)
        .where(EquipmentItem.branch_id == branch_row.id, EquipmentItem.name_key == key)
        # A live item first, then the most recently retired one.
        .order_by(case((EquipmentItem.state == RETIRED, 1), else_=0), EquipmentItem.id.desc())
        .limit(1)
        .with_for_update()
    )
    if live_only:
        query = query.where(EquipmentItem.state != RETIRED)
    return session.scalars(query).first()


def _live_item(session: Session, branch_row: Branch, name: str) -> EquipmentItem:
    item = _find(session, branch_row, name_key(name), live_only=False)
    if item is None:
        raise NotFound(f"branch {branch_row.code} has no item named {name.strip()[:80]!r}")
    if item.state == RETIRED:
        raise Conflict(f"{item.name!r} is already retired")
    return item


def _clash(
    session: Session, branch_row: Branch, spec: EquipmentSpec, item_id: uuid.UUID | None
) -> str | None:
    """Why `spec` cannot be stored beside the branch's live items, or None."""
    if _find(session, branch_row, name_key(spec.name), live_only=True) is not None:
        return f"branch {branch_row.code} already has an item named {spec.name!r}"
    if spec.relay is not None:
        return _channel_holder(session, branch_row, spec.relay, item_id)
    return None


def _channel_holder(
    session: Session, branch_row: Branch, relay: RelayBinding, item_id: uuid.UUID | None
) -> str | None:
    holder = session.scalars(
        select(EquipmentItem).where(
            EquipmentItem.branch_id == branch_row.id,
            EquipmentItem.relay_name == relay.relay,
            EquipmentItem.relay_channel == relay.channel,
        )
    ).first()
    if holder is not None and holder.id != item_id:
        return f"channel {relay.channel} of relay {relay.relay!r} already drives {holder.name!r}"
    return None


def _view(item: EquipmentItem, branch_code: str) -> EquipmentView:
    relay = (
        RelayBinding(item.relay_name, item.relay_channel)
        if item.relay_name is not None and item.relay_channel is not None
        else None
    )
    return EquipmentView(
        id=item.id,
        branch_code=branch_code,
        name=item.name,
        kind=item.kind,
        icon=item.icon,
        training=item.required_training,
        reservable=item.reservable,
        lendable=item.lendable,
        relay=relay,
        printer=item.printer_name,
        state=item.state,
        state_changed_at=item.state_changed_at,
        state_changed_by=item.state_changed_by,
    )
