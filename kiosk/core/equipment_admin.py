"""The staff console's "Equipment & rules": the same equipment and booking services the command
line uses (`equipment`, `rules`, `hours`, `closures`), behind the staff member's role.

Every call checks the role in the database first (granted or refused, it is audited), then makes
the change as that staff member, so the audit trail names who changed a rule or a binding."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, time

from kiosk.core.booking import BookingService
from kiosk.core.console import StaffConsoleService
from kiosk.core.equipment import EquipmentService, EquipmentView
from kiosk.core.equipment_admin_views import (
    ClosureView,
    EquipmentSetup,
    HoursView,
    ItemDraft,
    ItemRow,
    RuleView,
)
from kiosk.core.equipment_spec import DEFAULT_ICONS, EquipmentSpec, RelayBinding
from kiosk.core.permissions import StaffAction
from kiosk.core.trainings import TrainingService
from kiosk.db.models import EQUIPMENT_ICONS, EQUIPMENT_KINDS, RELAY_CHANNEL_MAX
from kiosk.errors import InvalidInput

ACTION = StaffAction.MANAGE_EQUIPMENT


class EquipmentAdminService:
    """Thread-safe, as the services it holds; each call is one or two transactions."""

    def __init__(
        self,
        console: StaffConsoleService,
        equipment: EquipmentService,
        booking: BookingService,
        trainings: TrainingService,
    ) -> None:
        self._console = console
        self._equipment = equipment
        self._booking = booking
        self._trainings = trainings

    def setup(self, staff_id: uuid.UUID) -> EquipmentSetup:
        self._console.authorize(staff_id, ACTION)
        # The role was checked just above; the training list is read as the system would.
        trainings = self._trainings.trainings(None)
        return EquipmentSetup(
            items=tuple(_row(view) for view in self._equipment.list_items()),
            rules=self._booking.rules(),
            hours=self._booking.hours(),
            closures=self._booking.closures(),
            kinds=EQUIPMENT_KINDS,
            icons=EQUIPMENT_ICONS,
            default_icons=tuple(DEFAULT_ICONS.items()),
            trainings=tuple((t.code, t.name) for t in trainings),
            relays=self._equipment.relay_names,
            channel_max=RELAY_CHANNEL_MAX,
            closed_day_bookings=self._booking.closed_day_bookings(),
            printers=self._equipment.printer_names,
        )

    def save_item(self, staff_id: uuid.UUID, draft: ItemDraft) -> ItemRow:
        """Add the item (`draft.item_id` None) or change it. InvalidInput for a bad field,
        Conflict for a name or channel another item has. A printer staff did not choose stays
        as stored; one they chose must be configured on this kiosk, as on the command line."""
        self._console.authorize(staff_id, ACTION)
        if draft.item_id is None:
            return _row(self._equipment.add(_spec(draft), actor=staff_id))
        return _row(
            self._equipment.edit(
                draft.item_id, _spec(draft), actor=staff_id, set_printer=draft.printer_changed
            )
        )

    def retire_item(self, staff_id: uuid.UUID, item_id: uuid.UUID) -> ItemRow:
        self._console.authorize(staff_id, ACTION)
        return _row(self._equipment.retire_item(item_id, actor=staff_id))

    def set_rule(self, staff_id: uuid.UUID, kind: str, changes: Mapping[str, int]) -> RuleView:
        self._console.authorize(staff_id, ACTION)
        return self._booking.set_rule(kind, changes, actor=staff_id)

    def set_hours(
        self, staff_id: uuid.UUID, weekday: int, spans: Sequence[tuple[time, time]]
    ) -> HoursView:
        self._console.authorize(staff_id, ACTION)
        return self._booking.set_hours(weekday, spans, actor=staff_id)

    def add_closure(self, staff_id: uuid.UUID, day: date, reason: str) -> ClosureView:
        self._console.authorize(staff_id, ACTION)
        return self._booking.add_closure(day, reason, actor=staff_id)

    def remove_closure(self, staff_id: uuid.UUID, day: date) -> None:
        self._console.authorize(staff_id, ACTION)
        self._booking.remove_closure(day, actor=staff_id)


def _spec(draft: ItemDraft) -> EquipmentSpec:
    if (draft.relay is None) != (draft.channel is None):
        raise InvalidInput("a relay binding needs both the controller and the channel")
    relay = (
        RelayBinding(draft.relay, draft.channel)
        if draft.relay is not None and draft.channel is not None
        else None
    )
    return EquipmentSpec(
        name=draft.name,
        kind=draft.kind,
        icon=draft.icon,
        training=draft.training,
        reservable=draft.reservable,
        lendable=draft.lendable,
        relay=relay,
        printer=draft.printer,
    )


def _row(view: EquipmentView) -> ItemRow:
    return ItemRow(
        item_id=view.id,
        name=view.name,
        kind=view.kind,
        icon=view.icon,
        training=view.training,
        reservable=view.reservable,
        lendable=view.lendable,
        relay=view.relay.relay if view.relay else None,
        channel=view.relay.channel if view.relay else None,
        printer=view.printer,
        state=view.state,
    )
