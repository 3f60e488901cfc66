"""Staff's "Equipment & rules" tool, opened from the staff console: add, change and retire
items (kind, icon, training, reservable or lendable, relay channel, printer), and set the
booking rule of each kind, the weekly opening hours and the closures, as `makerspace-kiosk
equipment`, `rules`, `hours` and `closures` do. Every call is checked (and audited) by the
core first."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from kiosk.core.booking_rules import RULE_FIELDS, Rule
from kiosk.core.equipment_admin_views import EquipmentSetup, ItemDraft, ItemRow
from kiosk.core.permissions import StaffAction
from kiosk.core.results import StaffSummary
from kiosk.errors import Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from kiosk.ui import booking_text
from kiosk.ui.clock_text import display_zone, local_time
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.equipment_admin import (
    EquipmentAdminScreen,
    EquipmentAdminView,
    Line,
    Section,
    Toggle,
)
from kiosk.ui.staff_tools import StaffTool
from kiosk.ui.translation import QT_TRANSLATE_NOOP
from kiosk.ui.widgets.stepper import Step

logger = logging.getLogger(__name__)

TOOL_IDLE_S = 180
TOOL_COUNTDOWN_S = 15
_CONTEXT = "EquipmentAdminFlow"
HOURS_STEP_MIN = 30
LAST_TIME_MIN = 23 * 60 + 30
CLOSURE_DAYS_AHEAD = 366
# The printer list's keys: "no printer", and a printer by its configured name.
NO_PRINTER_KEY = "none"
PRINTER_KEY = "printer:"

KIND_TEXT: dict[str, str] = {
    "3d_printer": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "3D printer"),
    "laser_cutter": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Laser cutter"),
    "vinyl_cutter": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Vinyl cutter"),
    "sewing_machine": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Sewing machine"),
    "arduino_kit": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Arduino kit"),
    "laptop": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Laptop"),
    "other": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Other"),
}
ICON_TEXT: dict[str, str] = {
    "printer": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Printer"),
    "laser": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Laser"),
    "vinyl": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Vinyl"),
    "sewing": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Sewing"),
    "circuit": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Circuit"),
    "laptop": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Laptop"),
    "tool": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Tool"),
}
STATE_TEXT: dict[str, str] = {
    "reserved": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "reserved"),
    "in_use": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "in use"),
    "needs_check": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "needs a check"),
    "out_of_order": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "out of order"),
}
RULE_TEXT: dict[str, str] = {
    "slot_minutes": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Slot length"),
    "min_minutes": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Shortest booking"),
    "max_minutes": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Longest booking"),
    "day_max_minutes": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Most a day per patron"),
    "week_max_minutes": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Most a week per patron"),
    "advance_days": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Bookable days ahead"),
    "buffer_minutes": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Free time between bookings"),
    "no_show_release_minutes": QT_TRANSLATE_NOOP(
        "EquipmentAdminFlow", "Slot freed after a no-show of"
    ),
    "no_show_limit": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "No-shows before a pause"),
    "suspension_days": QT_TRANSLATE_NOOP("EquipmentAdminFlow", "Booking pause"),
}
# How far one tap moves each rule field.
RULE_STEP = {
    "slot_minutes": 5,
    "min_minutes": 15,
    "max_minutes": 15,
    "day_max_minutes": 30,
    "week_max_minutes": 60,
    "advance_days": 1,
    "buffer_minutes": 5,
    "no_show_release_minutes": 5,
    "no_show_limit": 1,
    "suspension_days": 1,
}
DAY_FIELDS = ("advance_days", "suspension_days")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _weekday(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def _date(day: date) -> str:
    # Short enough to sit between − and + on a small screen.
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def _clock(minutes: int) -> str:
    return QLocale().toString(QTime(minutes // 60, minutes % 60), QLocale.FormatType.ShortFormat)


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _cycle(options: tuple[Any, ...], current: Any, delta: int) -> Any:
    index = options.index(current) if current in options else 0
    return options[(index + delta) % len(options)]


@dataclass
class _Hours:
    """The day being edited: up to two spans, as minutes after midnight."""

    weekday: int = 0
    first: tuple[int, int] | None = (9 * 60, 17 * 60)
    second: tuple[int, int] | None = None


class EquipmentAdminFlow(Flow):
    name = "equipment_admin"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self._zone = display_zone(context.settings.timezone)
        # Injectable for tests: the first day a closure can be added.
        self.today: Callable[[], date] = lambda: datetime.now(UTC).astimezone(self._zone).date()
        self.screen = EquipmentAdminScreen()
        self.add_screen(self.screen)
        self.screen.back.connect(self._back)
        self.screen.section_chosen.connect(lambda key: self.open_section(Section(key)))
        self.screen.line_chosen.connect(self.choose_line)
        self.screen.add_item.connect(self.new_item)
        self.screen.stepped.connect(self.step)
        self.screen.toggled.connect(self.toggle)
        self.screen.save.connect(self.save)
        self.screen.retire.connect(self.retire)
        self.screen.choose_printer.connect(self.open_printers)
        self.screen.cancel.connect(self.cancel)
        self.screen.remove.connect(self.remove_closure)
        self.staff: StaffSummary | None = None
        self.setup: EquipmentSetup | None = None
        self.section = Section.ITEMS
        self._reset_state()
        context.staff_tools.add(
            StaffTool(
                "equipment_admin",
                label=lambda: self.tr("Equipment & rules"),
                action=StaffAction.MANAGE_EQUIPMENT,
                start=lambda staff: self.nav.start(self.name, staff=staff),
            )
        )

    def _reset_state(self) -> None:
        self.draft: ItemDraft | None = None
        self.confirm_retire = False
        self.rule_kind: str | None = None
        self.rule: Rule | None = None
        self.hours = _Hours()
        self.closure_day: date | None = None
        self.selected_closure: date | None = None
        self.status = ""
        self.error = ""
        self.working = False

    @property
    def view(self) -> EquipmentAdminView | None:
        return self.screen.view

    def start(self, **arguments: Any) -> None:
        staff = arguments.get("staff")
        if not isinstance(staff, StaffSummary):
            logger.error("equipment tool started without a staff member")
            self.nav.home()
            return
        self.staff = staff
        self.setup = None
        self.section = Section.ITEMS
        self._reset_state()
        self.screen.clear()
        self.show(self.screen, Stay(TOOL_IDLE_S, TOOL_COUNTDOWN_S))
        self.load()

    def _back(self) -> None:
        staff = self.staff
        if staff is None:
            self.nav.home()
            return
        self.nav.start("staff_console", staff=staff)

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> None:
        staff = self.staff
        if staff is None:
            return
        self.render()
        services = self.context.services
        self.run(
            self.context.lanes.database,
            lambda: services.current().equipment_admin.setup(staff.staff_id),
            self._loaded,
            self._failed,
        )

    def _loaded(self, setup: EquipmentSetup) -> None:
        self.setup = setup
        self.working = False
        if self.rule_kind not in setup.kinds:
            self.rule_kind = setup.kinds[0] if setup.kinds else None
        self.rule = None  # the stored rule again, after a save or another terminal's
        self._load_hours(self.hours.weekday)
        self.render()

    # -- choosing ----------------------------------------------------------------------------

    def open_section(self, section: Section) -> None:
        if self.working:
            return
        self.section = section
        self.draft = None
        self.confirm_retire = False
        self.selected_closure = None
        self.status = self.error = ""
        if section is Section.HOURS:
            self._load_hours(self.hours.weekday)
        self.render()

    def new_item(self) -> None:
        setup = self.setup
        if setup is None or self.working:
            return
        kind = setup.kinds[0] if setup.kinds else "other"
        self.draft = ItemDraft("", kind, _default_icon(kind, setup))
        self._open_item()

    def choose_line(self, key: str) -> None:
        setup = self.setup
        if setup is None or self.working:
            return
        if self.section is Section.ITEMS:
            row = next((r for r in setup.items if str(r.item_id) == key), None)
            if row is not None:
                self.draft = row.draft()
                self._open_item()
        elif self.section is Section.PRINTER:
            self._choose_printer(key)
        elif self.section is Section.CLOSURES:
            day = date.fromisoformat(key)
            self.selected_closure = None if self.selected_closure == day else day
            self.render()

    def open_printers(self, typed_name: str) -> None:
        """The list of printers for the item being edited; the name typed so far comes back
        with the item."""
        if self.draft is None or self.working:
            return
        self.draft = replace(self.draft, name=typed_name)
        self.section = Section.PRINTER
        self.status = self.error = ""
        self.render()

    def _choose_printer(self, key: str) -> None:
        draft = self.draft
        if draft is None:
            return
        printer = key.removeprefix(PRINTER_KEY) if key.startswith(PRINTER_KEY) else None
        # Tapping the printer it already has changes nothing: the save keeps what is stored.
        changed = draft.printer_changed or printer != draft.printer
        self.draft = replace(draft, printer=printer, printer_changed=changed)
        self._open_item()

    def cancel(self) -> None:
        if self.working:
            return
        if self.section is Section.PRINTER:
            self._open_item()  # back to the item, its printer as it was
        else:
            self.open_section(Section.ITEMS)

    def _open_item(self) -> None:
        self.section = Section.ITEM
        self.confirm_retire = False
        self.status = self.error = ""
        self.render()

    def step(self, key: str, delta: int) -> None:
        if self.working or self.setup is None:
            return
        if self.section is Section.ITEM:
            self._step_item(key, delta)
        elif self.section is Section.RULES:
            self._step_rule(key, delta)
        elif self.section is Section.HOURS:
            self._step_hours(key, delta)
        elif self.section is Section.CLOSURES and key == "day":
            today = self.today()
            day = (self.closure_day or today) + timedelta(days=delta)
            last = today + timedelta(days=CLOSURE_DAYS_AHEAD)
            self.closure_day = min(max(day, today), last)
        self.error = ""
        self.render()

    def _step_item(self, key: str, delta: int) -> None:
        setup, draft = self.setup, self.draft
        if setup is None or draft is None:
            return
        if key == "kind":
            kind = _cycle(setup.kinds, draft.kind, delta)
            icon = draft.icon
            if icon is None or icon == _default_icon(draft.kind, setup):
                icon = _default_icon(kind, setup)  # the icon follows the kind until chosen
            self.draft = replace(draft, kind=kind, icon=icon)
        elif key == "icon":
            self.draft = replace(draft, icon=_cycle(setup.icons, draft.icon, delta))
        elif key == "training":
            codes = (None, *(code for code, _name in setup.trainings))
            self.draft = replace(draft, training=_cycle(codes, draft.training, delta))
        elif key == "relay":
            relay = _cycle((None, *setup.relays), draft.relay, delta)
            channel = (draft.channel or 1) if relay is not None else None
            self.draft = replace(draft, relay=relay, channel=channel)
        elif key == "channel" and draft.relay is not None:
            channel = min(max((draft.channel or 1) + delta, 1), setup.channel_max)
            self.draft = replace(draft, channel=channel)

    def _current_rule(self) -> Rule:
        if self.rule is not None:
            return self.rule
        setup = self.setup
        stored = (
            next((r.rule for r in setup.rules if r.kind == self.rule_kind), None) if setup else None
        )
        return stored or Rule()

    def _step_rule(self, key: str, delta: int) -> None:
        setup = self.setup
        if setup is None:
            return
        if key == "kind":
            self.rule_kind = _cycle(setup.kinds, self.rule_kind, delta)
            self.rule = None
            self.status = ""
            return
        if key not in RULE_FIELDS:
            return
        rule = self._current_rule()
        value = max(0, getattr(rule, key) + delta * RULE_STEP[key])
        self.rule = replace(rule, **{key: value})

    def _load_hours(self, weekday: int) -> None:
        setup = self.setup
        spans: tuple[tuple[time, time], ...] = ()
        if setup is not None:
            spans = next((h.spans for h in setup.hours if h.weekday == weekday), ())
        minutes = [(_minutes(o), _minutes(c)) for o, c in spans]
        self.hours = _Hours(
            weekday,
            minutes[0] if minutes else None,
            minutes[1] if len(minutes) > 1 else None,
        )

    def _step_hours(self, key: str, delta: int) -> None:
        hours = self.hours
        if key == "weekday":
            self._load_hours((hours.weekday + delta) % 7)
            self.status = ""
            return
        which, _, end = key.partition("-")
        span = hours.first if which == "first" else hours.second
        if span is None:
            return
        opens, closes = span
        move = delta * HOURS_STEP_MIN
        if end == "opens":
            opens = min(max(opens + move, 0), LAST_TIME_MIN)
        else:
            closes = min(max(closes + move, 0), LAST_TIME_MIN)
        if which == "first":
            hours.first = (opens, closes)
        else:
            hours.second = (opens, closes)

    def toggle(self, key: str) -> None:
        if self.working:
            return
        draft = self.draft
        if self.section is Section.ITEM and draft is not None:
            if key == "reservable":
                self.draft = replace(draft, reservable=not draft.reservable)
            elif key == "lendable":
                self.draft = replace(draft, lendable=not draft.lendable)
        elif self.section is Section.HOURS:
            hours = self.hours
            if key == "first":
                hours.first = None if hours.first else (9 * 60, 17 * 60)
                if hours.first is None:
                    hours.second = None
            elif key == "second" and hours.first is not None:
                hours.second = None if hours.second else (18 * 60, 20 * 60)
        self.error = ""
        self.render()

    # -- saving ------------------------------------------------------------------------------

    def save(self, text: str) -> None:
        staff = self.staff
        if staff is None or self.working or self.setup is None:
            return
        admin = self.context.services
        staff_id = staff.staff_id
        if self.section is Section.ITEM and self.draft is not None:
            draft = replace(self.draft, name=" ".join(text.split()))
            self.draft = draft
            if not draft.name:
                self._refuse(self.tr("Please type the item's name."))
                return
            if not (draft.reservable or draft.lendable):
                self._refuse(self.tr("An item must be reservable, lendable or both."))
                return
            self._ask(
                lambda: admin.current().equipment_admin.save_item(staff_id, draft),
                lambda row: self._saved(self.tr("{name} is saved.").format(name=row.name)),
            )
        elif self.section is Section.RULES and self.rule_kind is not None:
            kind, rule = self.rule_kind, self._current_rule()
            changes = {name: getattr(rule, name) for name in RULE_FIELDS}
            self._ask(
                lambda: admin.current().equipment_admin.set_rule(staff_id, kind, changes),
                lambda view: self._saved(
                    self.tr("The rule for {kind} is saved.").format(kind=_t(KIND_TEXT[view.kind]))
                ),
            )
        elif self.section is Section.HOURS:
            self._save_hours(staff_id)
        elif self.section is Section.CLOSURES:
            reason = " ".join(text.split())
            day = self.closure_day or self.today()
            if not reason:
                self._refuse(self.tr("Please type the reason patrons will see."))
                return
            self._ask(
                lambda: admin.current().equipment_admin.add_closure(staff_id, day, reason),
                self._closure_added,
            )

    def _save_hours(self, staff_id: uuid.UUID) -> None:
        hours = self.hours
        spans = [s for s in (hours.first, hours.second) if s is not None]
        if any(closes <= opens for opens, closes in spans):
            self._refuse(self.tr("Closing must come after opening."))
            return
        if len(spans) == 2 and spans[1][0] < spans[0][1]:
            self._refuse(self.tr("The second opening must start after the first one closes."))
            return
        times = [(_time(o), _time(c)) for o, c in spans]
        weekday = hours.weekday
        admin = self.context.services
        self._ask(
            lambda: admin.current().equipment_admin.set_hours(staff_id, weekday, times),
            lambda _view: self._saved(
                self.tr("The hours for {day} are saved.").format(day=_weekday(weekday))
            ),
        )

    def _closure_added(self, view: Any) -> None:
        line = self.tr("Closed on {day}.").format(day=_date(view.day))
        if view.booked:
            line += " " + self.tr(
                "%n booking(s) were already made for that day: those patrons are told when "
                "they next check in, and are listed below.",
                "",
                view.booked,
            )
        self.screen.field.clear()
        self._saved(line)

    def retire(self) -> None:
        staff, draft = self.staff, self.draft
        if staff is None or draft is None or draft.item_id is None or self.working:
            return
        if not self.confirm_retire:
            self.confirm_retire = True
            self.render()
            return
        item_id, staff_id, name = draft.item_id, staff.staff_id, draft.name
        admin = self.context.services
        self._ask(
            lambda: admin.current().equipment_admin.retire_item(staff_id, item_id),
            lambda _row: self._saved(self.tr("{name} is retired.").format(name=name)),
        )

    def remove_closure(self) -> None:
        staff, day = self.staff, self.selected_closure
        if staff is None or day is None or self.working:
            return
        staff_id = staff.staff_id
        admin = self.context.services
        self._ask(
            lambda: admin.current().equipment_admin.remove_closure(staff_id, day),
            lambda _none: self._saved(self.tr("Open again on {day}.").format(day=_date(day))),
        )

    def _ask(self, call: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        self.working = True
        self.status = self.error = ""
        self.render()
        self.run(self.context.lanes.database, call, on_result, self._failed)

    def _saved(self, line: str) -> None:
        self.working = False
        self.status = line
        self.confirm_retire = False
        self.selected_closure = None
        if self.section is Section.ITEM:
            self.section = Section.ITEMS
            self.draft = None
        self.load()

    def _refuse(self, line: str) -> None:
        self.error = line
        self.render()

    def _failed(self, error: BaseException) -> None:
        self.working = False
        self.confirm_retire = False
        if isinstance(error, PermissionDenied):
            line = self.tr("Your account may not do this. Please ask an administrator.")
        elif isinstance(error, (InvalidInput, Conflict, NotFound)):
            # The core's own words name the field or the item that stands in the way.
            line = self.tr("Not saved: {reason}").format(reason=str(error))
        elif isinstance(error, DomainError):
            line = self.tr("The database can't be reached right now. Please try again.")
        else:
            line = self.tr("That did not work. Please try again.")
        logger.warning("equipment tool: %r", error)
        self.error = line
        self.render()

    # -- rendering ---------------------------------------------------------------------------

    def render(self) -> None:
        setup = self.setup
        base = EquipmentAdminView(
            self.section,
            status=self.status,
            error=self.error,
            working=self.working,
            loading=setup is None,
        )
        if setup is None:
            self.screen.show_view(base)
            return
        if self.section is Section.ITEMS:
            view = replace(base, lines=tuple(self._item_line(row) for row in setup.items))
        elif self.section is Section.ITEM:
            view = self._item_view(base, setup)
        elif self.section is Section.PRINTER:
            view = self._printer_view(base, setup)
        elif self.section is Section.RULES:
            view = self._rules_view(base, setup)
        elif self.section is Section.HOURS:
            view = self._hours_view(base, setup)
        else:
            view = self._closures_view(base, setup)
        self.screen.show_view(view)

    def _item_line(self, row: ItemRow) -> Line:
        parts = []
        if row.relay is not None:
            parts.append(
                self.tr("{relay} channel {channel}").format(relay=row.relay, channel=row.channel)
            )
        if row.state in STATE_TEXT:
            parts.append(_t(STATE_TEXT[row.state]))
        lines = [row.name, _t(KIND_TEXT.get(row.kind, row.kind))]
        if parts:
            lines.append(" · ".join(parts))
        if row.printer is not None:
            # A line of its own: beside the relay it would break mid-name on a small screen.
            printer = self._printer_text(row.printer, self.setup)
            lines.append(self.tr("Prints on: {printer}").format(printer=printer))
        return Line(
            str(row.item_id),
            "\n".join(lines),
            attention=row.state in ("needs_check", "out_of_order"),
        )

    def _item_view(self, base: EquipmentAdminView, setup: EquipmentSetup) -> EquipmentAdminView:
        draft = self.draft
        if draft is None:
            return base
        trainings = dict(setup.trainings)
        training = (
            trainings.get(draft.training, draft.training)
            if draft.training
            else self.tr("None needed")
        )
        icon = draft.icon or _default_icon(draft.kind, setup)
        steps = (
            Step("kind", self.tr("Kind"), _t(KIND_TEXT.get(draft.kind, draft.kind)), choice=True),
            Step("icon", self.tr("Icon"), _t(ICON_TEXT.get(icon, icon)), choice=True),
            Step("training", self.tr("Training needed"), training, choice=True),
            Step(
                "relay",
                self.tr("Relay controller"),
                draft.relay or self.tr("Not switched by a relay"),
                enabled=bool(setup.relays),
                choice=True,
            ),
            Step(
                "channel",
                self.tr("Relay channel"),
                str(draft.channel) if draft.channel is not None else "–",
                enabled=draft.relay is not None,
            ),
        )
        return replace(
            base,
            steps=steps,
            printer=self._printer_text(draft.printer, setup),
            printer_enabled=bool(setup.printers) or draft.printer is not None,
            toggles=(
                Toggle("reservable", self.tr("Booked by time"), draft.reservable),
                Toggle("lendable", self.tr("Lent out"), draft.lendable),
            ),
            field_text=draft.name,
            heading=self.tr("New item") if draft.item_id is None else draft.name,
            is_new=draft.item_id is None,
            confirm_retire=self.confirm_retire,
        )

    def _printer_text(self, printer: str | None, setup: EquipmentSetup | None) -> str:
        if printer is None:
            return self.tr("No printer")
        if setup is not None and printer not in setup.printers:
            # Bound on another terminal or from the command line: kept, and said to be.
            # Its own line: with the name in front it is too wide for a small screen's button.
            return printer + "\n" + self.tr("(not on this kiosk)")
        return printer

    def _printer_view(self, base: EquipmentAdminView, setup: EquipmentSetup) -> EquipmentAdminView:
        draft = self.draft
        if draft is None:
            return base
        chosen = NO_PRINTER_KEY if draft.printer is None else PRINTER_KEY + draft.printer
        options = [(NO_PRINTER_KEY, self.tr("No printer"))]
        options += [(PRINTER_KEY + name, name) for name in setup.printers]
        if draft.printer is not None and draft.printer not in setup.printers:
            options.append((chosen, draft.printer + "\n" + self.tr("Not on this kiosk: kept")))
        # A tick as well as the colour, as the tool's toggles have: colour alone is not enough.
        lines = tuple(Line(key, f"✓ {text}" if key == chosen else text) for key, text in options)
        name = " ".join(draft.name.split())
        return replace(
            base,
            lines=lines,
            selected=chosen,
            heading=self.tr("Printer for {name}").format(name=name) if name else "",
        )

    def _rules_view(self, base: EquipmentAdminView, setup: EquipmentSetup) -> EquipmentAdminView:
        kind = self.rule_kind or "other"
        rule = self._current_rule()
        stored = next((r for r in setup.rules if r.kind == kind), None)
        steps = [Step("kind", self.tr("Kind"), _t(KIND_TEXT.get(kind, kind)), choice=True)]
        for name in RULE_FIELDS:
            value: int = getattr(rule, name)
            if name in DAY_FIELDS:
                shown = self.tr("%n day(s)", "", value)
            elif name == "no_show_limit":
                shown = str(value) if value else self.tr("Never")
            else:
                shown = booking_text.duration(value)
            steps.append(Step(name, _t(RULE_TEXT[name]), shown))
        summary = ""
        if stored is not None and stored.is_default and self.rule is None:
            summary = self.tr("This kind uses the default rule until you save one.")
        elif self.rule is not None:
            summary = self.tr("Changed, not saved yet.")
        return replace(base, steps=tuple(steps), summary=summary)

    def _hours_view(self, base: EquipmentAdminView, setup: EquipmentSetup) -> EquipmentAdminView:
        hours = self.hours
        steps = [Step("weekday", self.tr("Day"), _weekday(hours.weekday), choice=True)]
        for which, span, opens_label, closes_label in (
            ("first", hours.first, self.tr("Opens"), self.tr("Closes")),
            ("second", hours.second, self.tr("Opens again"), self.tr("Closes again")),
        ):
            if span is not None:
                steps.append(Step(f"{which}-opens", opens_label, _clock(span[0])))
                steps.append(Step(f"{which}-closes", closes_label, _clock(span[1])))
        week = []
        for day in setup.hours:
            spans = ", ".join(
                f"{_clock(_minutes(o))}–{_clock(_minutes(c))}" for o, c in day.spans
            ) or self.tr("closed")
            week.append(f"{_weekday(day.weekday)}: {spans}")
        return replace(
            base,
            steps=tuple(steps),
            toggles=(
                Toggle("first", self.tr("Open this day"), hours.first is not None),
                Toggle("second", self.tr("Second opening"), hours.second is not None),
            ),
            summary=self.tr("The week as saved:") + "\n" + "\n".join(week),
        )

    def _closures_view(self, base: EquipmentAdminView, setup: EquipmentSetup) -> EquipmentAdminView:
        day = self.closure_day or self.today()
        lines = tuple(
            Line(closure.day.isoformat(), f"{_date(closure.day)}\n{closure.reason}")
            for closure in setup.closures
        )
        summary = ""
        if setup.closed_day_bookings:
            summary = (
                self.tr("Bookings on days now closed (tell these patrons):")
                + "\n"
                + "\n".join(
                    f"{_date(b.starts_at.astimezone(self._zone).date())} "
                    f"{local_time(b.starts_at, self._zone)}–{local_time(b.ends_at, self._zone)}"
                    f" · {b.item_name} · {b.patron_name}"
                    for b in setup.closed_day_bookings
                )
            )
        return replace(
            base,
            lines=lines,
            selected=self.selected_closure.isoformat() if self.selected_closure else None,
            steps=(Step("day", self.tr("Closed on"), _date(day)),),
            summary=summary,
        )

    def reset(self) -> None:
        super().reset()
        self.staff = None
        self.setup = None
        self.section = Section.ITEMS
        self._reset_state()
        self.screen.clear()


def _time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _default_icon(kind: str, setup: EquipmentSetup) -> str:
    return dict(setup.default_icons).get(kind, setup.icons[0] if setup.icons else "tool")
