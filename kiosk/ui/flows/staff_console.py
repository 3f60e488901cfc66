"""The staff console flow: opened by a staff card and PIN; every action is checked (and
audited) by the core before it runs, whatever the screen shows."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QTimer

from kiosk.core.permissions import StaffAction, allowed
from kiosk.core.results import (
    LockoutNotice,
    PatronMatch,
    PatronSummary,
    PresenceCounts,
    StaffSummary,
)
from kiosk.devices.status import DeviceKind, DeviceNotice, DeviceStatus, LinkStatus, LockReport
from kiosk.errors import (
    Conflict,
    DomainError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    Unavailable,
)
from kiosk.sync.status import SyncStatus
from kiosk.ui import sync_text
from kiosk.ui.clock_text import display_zone, local_time
from kiosk.ui.device_text import device_name, lock_detail, notice_line, status_detail
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.card_setup import CardSetupScreen, Match, SetupStep, SetupView
from kiosk.ui.screens.console import ConsoleScreen, ConsoleView, DeviceRow
from kiosk.ui.screens.staff_tools_menu import StaffToolsScreen

logger = logging.getLogger(__name__)

# Staff work in bursts; the console closes itself (and forgets who opened it) when left alone.
CONSOLE_IDLE_S = 120
CONSOLE_COUNTDOWN_S = 15
# How often the console reads the sync worker's snapshot (no I/O) while it is on screen.
SYNC_REFRESH_MS = 2000


class StaffConsoleFlow(Flow):
    name = "staff_console"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self._zone = display_zone(context.settings.timezone)
        self.screen = ConsoleScreen()
        self.add_screen(self.screen)
        self.setup = CardSetupScreen()
        self.add_screen(self.setup)
        self.screen.close_requested.connect(self.nav.home)
        self.screen.lock_all.connect(self.lock_all)
        self.screen.exit_kiosk.connect(self.exit_kiosk)
        self.screen.set_up_card.connect(self.open_setup)
        self.screen.open_tools.connect(self.open_tools)
        self.tools_menu = StaffToolsScreen()
        self.add_screen(self.tools_menu)
        self.tools_menu.tool_chosen.connect(self.open_tool)
        self.tools_menu.back.connect(self._show_console)
        self.setup.back.connect(self._back_to_console)
        self.setup.search.connect(self.search)
        self.setup.patron_chosen.connect(self.link_to)
        self.setup.new_patron.connect(self._new_patron)
        self.setup.register.connect(self.register)
        self.staff: StaffSummary | None = None
        # Which opening of the console this is: an answer meant for an earlier one (a lock-all
        # the controllers confirm late) is audited for whoever asked but not shown to the next.
        self._opening = 0
        self._presence: PresenceCounts | None = None
        self._lockouts: tuple[LockoutNotice, ...] = ()
        self._status_line = ""
        self._working = False
        # The database's own line when a call from this console found it unreachable: the
        # opening may have gone well, but that is not what staff see now.
        self._database_problem = ""
        self._card_text: str | None = None
        self._card_at: datetime | None = None
        self.setup_view = SetupView(SetupStep.CARD)
        self._sync_status: SyncStatus | None = None
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_REFRESH_MS)
        self.sync_timer.timeout.connect(self._sync_tick)
        if context.devices is not None:
            context.devices.changed.connect(self._device_changed)
            context.devices.notice.connect(self._device_changed)

    # -- the console -------------------------------------------------------------------------

    @property
    def view(self) -> ConsoleView | None:
        return self.screen.view

    def start(self, **arguments: object) -> None:
        staff = arguments.get("staff")
        if not isinstance(staff, StaffSummary):
            logger.error("staff console started without a staff member")
            self.nav.home()
            return
        self.staff = staff
        self._opening += 1
        self._presence = None
        self._lockouts = ()
        self._status_line = ""
        self._working = False
        self.sync_timer.start()
        self._show_console()
        self._load_presence()

    def _stay(self) -> Stay:
        return Stay(CONSOLE_IDLE_S, CONSOLE_COUNTDOWN_S)

    def _show_console(self) -> None:
        self.show(self.screen, self._stay())
        self.refresh()

    def refresh(self) -> None:
        staff = self.staff
        if staff is None:
            return
        devices = self.context.devices
        rows = [self._database_row()]
        notices: list[str] = []
        if devices is not None:
            rows += [_row(status) for status in devices.states()]
            notices += [notice_line(n) for n in devices.notices()]
        notices += [self._lockout_line(lockout) for lockout in self._lockouts]
        notices += list(self.context.services.warnings())
        presence = self._presence
        tools = self.context.staff_tools
        sync = self._sync_status = self.context.services.sync_status()
        self.screen.show_view(
            ConsoleView(
                staff_name=staff.display_name.split()[0] if staff.display_name else "",
                role=staff.role,
                checked_in_today=presence.checked_in_today if presence else None,
                in_now=presence.in_now if presence else None,
                window_minutes=presence.window_minutes if presence else 0,
                scans=tuple(
                    (local_time(r.at, self._zone), r.outcome)
                    for r in self.context.scan_log.recent()
                ),
                devices=tuple(rows),
                notices=tuple(notices),
                can_exit=allowed(staff.role, StaffAction.EXIT_KIOSK),
                can_lock=devices is not None and bool(devices.relay_names()),
                status_line=self._status_line,
                working=self._working,
                tools=tuple((t.key, t.label()) for t in tools.for_role(staff.role)),
                sync_line=sync_text.console_line(sync, self._zone),
                sync_role=sync_text.state_role(sync.link),
            )
        )

    def _sync_tick(self) -> None:
        if self.staff is None:
            self.sync_timer.stop()
            return
        on_screen = self.nav.current_flow is self and self.nav.stack.currentWidget() is self.screen
        if on_screen and self.context.services.sync_status() != self._sync_status:
            self.refresh()

    def _database_row(self) -> DeviceRow:
        status = self.context.services.database_status()
        state, detail = status.status, status.detail
        if state is LinkStatus.CONNECTED and self._database_problem:
            state, detail = LinkStatus.RECONNECTING, self._database_problem
        return DeviceRow(self.tr("Database"), DeviceKind.DATABASE, state, detail)

    def _ask(self, call: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        """A call on the database lane; its answer also says the database is reachable."""

        def answered(result: Any) -> None:
            self._database_problem = ""
            on_result(result)

        self.run(self.context.lanes.database, call, answered, self._action_failed)

    def _device_changed(self, _item: DeviceStatus | DeviceNotice) -> None:
        if self.staff is not None and self.nav.current_flow is self:
            self.refresh()

    def _load_presence(self) -> None:
        staff = self.staff
        assert staff is not None
        services = self.context.services
        self._ask(
            lambda: services.current().console.presence(staff.staff_id),
            self._presence_loaded,
        )

    def _presence_loaded(self, presence: PresenceCounts) -> None:
        self._presence = presence
        self.refresh()
        staff = self.staff
        if staff is not None:
            services = self.context.services
            self._ask(
                lambda: services.current().console.recent_lockouts(staff.staff_id),
                self._lockouts_loaded,
            )

    def _lockouts_loaded(self, lockouts: tuple[LockoutNotice, ...]) -> None:
        self._lockouts = lockouts
        self.refresh()

    def _lockout_line(self, lockout: LockoutNotice) -> str:
        name = lockout.display_name or self.tr("a deleted staff account")
        if lockout.locked_until is None:
            text = self.tr("{name}: locked out after wrong PINs at {time}")
        else:
            text = self.tr("{name}: locked out after wrong PINs at {time}, until {until}")
        until = local_time(lockout.locked_until, self._zone) if lockout.locked_until else ""
        return text.format(name=name, time=local_time(lockout.at, self._zone), until=until)

    # -- actions -----------------------------------------------------------------------------

    def lock_all(self) -> None:
        """Checked by the core first, then every controller at once, each on its own lane."""
        staff = self.staff
        devices = self.context.devices
        if staff is None or devices is None or self._working:
            return
        self._set_working(self.tr("Locking every machine…"))
        services = self.context.services
        opening = self._opening
        self._ask(
            lambda: services.current().console.authorize(staff.staff_id, StaffAction.LOCK_ALL),
            lambda _staff: devices.lock_all(lambda reports: self._locked(staff, opening, reports)),
        )

    def _locked(self, staff: StaffSummary, opening: int, reports: tuple[LockReport, ...]) -> None:
        failed = [report for report in reports if not report.confirmed]
        self._audit_lock(staff, len(reports), len(failed))
        if failed:
            logger.warning(
                "lock-all not confirmed by: %s", ", ".join(f"{r.name} ({r.detail})" for r in failed)
            )
        if opening != self._opening or self.staff is None:
            return  # the console that asked has closed since
        if not failed:
            line = self.tr("Every machine is locked: %n controller(s) confirmed.", "", len(reports))
        else:
            names = ", ".join(f"{r.name} ({lock_detail(r)})" for r in failed)
            line = self.tr("Not confirmed by: {names}. Check those machines by hand.").format(
                names=names
            )
        self._working = False
        self._status_line = line
        self.refresh()

    def _audit_lock(self, staff: StaffSummary, total: int, unconfirmed: int) -> None:
        # Not tied to this opening of the console: closing it must not lose the audit entry.
        services = self.context.services
        detail: dict[str, object] = {"confirmed": total - unconfirmed, "unconfirmed": unconfirmed}
        self.context.lanes.database.submit(
            lambda: services.current().console.record_outcome(
                staff.staff_id, StaffAction.LOCK_ALL, detail
            ),
            on_error=lambda error: logger.error("lock-all result not audited: %r", error),
        )

    def open_tools(self) -> None:
        staff = self.staff
        if staff is None:
            return
        tools = self.context.staff_tools.for_role(staff.role)
        self.tools_menu.show_tools(tuple((tool.key, tool.label()) for tool in tools))
        self.show(self.tools_menu, self._stay())

    def open_tool(self, key: str) -> None:
        staff = self.staff
        if staff is None or self._working:
            return
        tool = self.context.staff_tools.get(key)
        if not allowed(staff.role, tool.action):
            return  # the button is not shown to this role; a stale tap does nothing
        tool.start(staff)

    def exit_kiosk(self) -> None:
        staff = self.staff
        if staff is None or self._working:
            return
        self._set_working(self.tr("Checking…"))
        services = self.context.services
        self._ask(
            lambda: services.current().console.authorize(staff.staff_id, StaffAction.EXIT_KIOSK),
            lambda _staff: self.context.quit(),
        )

    def _set_working(self, line: str) -> None:
        self._working = True
        self._status_line = line
        self.refresh()

    def _action_failed(self, error: BaseException) -> None:
        self._working = False
        if isinstance(error, Unavailable):
            self._database_problem = str(error).splitlines()[0] if str(error) else "unavailable"
        elif isinstance(error, DomainError):
            self._database_problem = ""  # the database answered, with a no
        self._status_line = self.explain(error)
        if isinstance(error, PermissionDenied):
            logger.warning("staff action refused: %s", error)
        else:
            logger.error("staff action failed: %r", error)
        if self.nav.current_flow is self and self.nav.stack.currentWidget() is self.setup:
            self._render_setup(error=self._status_line, working=False)
        else:
            self.refresh()

    def explain(self, error: BaseException) -> str:
        if isinstance(error, PermissionDenied):
            return self.tr("Your account may not do this. Please ask an administrator.")
        if isinstance(error, Conflict | InvalidInput | NotFound):
            return self.tr("That did not work: {reason}.").format(reason=str(error))
        return self.tr("The database can't be reached right now. Please try again.")

    # -- setting up a card -------------------------------------------------------------------

    def open_setup(self) -> None:
        if self.staff is None or self._working:
            return
        pending = self.context.scan_log.pending_card(datetime.now(UTC))
        self.setup.clear()
        self._status_line = ""
        if pending is not None:
            self._card_text, self._card_at = pending.text, pending.at
            self.show(self.setup, self._stay())
            self._render_setup(step=SetupStep.WHO)
        else:
            self._card_text = self._card_at = None
            self.show(self.setup, self._stay())
            self._render_setup(step=SetupStep.CARD)

    def _render_setup(self, **changes: Any) -> None:
        """The set-up screen as it was, with `changes`; an error or "working" lasts one step."""
        card_time = local_time(self._card_at, self._zone) if self._card_at else None
        changes = {"card_time": card_time, "error": "", "working": False, **changes}
        self.setup_view = replace(self.setup_view, **changes)
        self.setup.show_view(self.setup_view)

    def accepts_scans(self) -> bool:
        return self.staff is not None

    def handle_scan(self, text: str) -> None:
        on_setup = self.nav.stack.currentWidget() is self.setup
        if on_setup and self.setup_view.working:
            # The answer for the card before would otherwise land on this one's screen.
            self._render_setup(
                working=True,
                error=self.tr("One moment: the card before is still being set up."),
            )
            return
        if on_setup and self.setup_view.step in (SetupStep.CARD, SetupStep.WHO, SetupStep.DONE):
            self._card_text, self._card_at = text, datetime.now(UTC)
            self.setup.clear()
            self._render_setup(step=SetupStep.WHO, matches=(), searched=False)
            return
        self._status_line = self.tr("Close the console before checking anyone in.")
        if on_setup:
            self._render_setup(error=self._status_line)
        else:
            self.refresh()

    def search(self, text: str) -> None:
        staff = self.staff
        if staff is None or self.setup_view.working:
            return
        services = self.context.services
        self._render_setup(working=True)
        self._ask(
            lambda: services.current().console.find_patrons(staff.staff_id, text),
            self._found,
        )

    def _found(self, matches: tuple[PatronMatch, ...]) -> None:
        self._render_setup(matches=patron_matches(matches), searched=True)

    def link_to(self, patron_key: str) -> None:
        staff, card = self.staff, self._card_text
        # One set-up at a time: a second tap while the first runs would set the card up twice.
        if staff is None or card is None or self.setup_view.working:
            return
        services = self.context.services
        patron_id = uuid.UUID(patron_key)
        self._render_setup(working=True)
        self._ask(
            lambda: services.current().console.link_card(staff.staff_id, card, patron_id),
            self._card_done,
        )

    def _new_patron(self) -> None:
        self._render_setup(step=SetupStep.NEW)

    def register(self, name: str, year: str) -> None:
        staff, card = self.staff, self._card_text
        # One set-up at a time: a second tap while the first runs would set the card up twice.
        if staff is None or card is None or self.setup_view.working:
            return
        if not name.strip():
            self._render_setup(error=self.tr("Please type the patron's name first."))
            return
        birth_year = int(year) if year.strip().isdigit() else None
        services = self.context.services
        self._render_setup(working=True)
        self._ask(
            lambda: services.current().console.register_patron(
                staff.staff_id, card, name, birth_year
            ),
            self._card_done,
        )

    def _card_done(self, patron: PatronSummary) -> None:
        self.context.scan_log.card_set_up()
        self._card_text = None
        self._render_setup(step=SetupStep.DONE, done_name=patron.display_name)

    def _back_to_console(self) -> None:
        self._card_text = self._card_at = None
        self.setup.clear()
        self.setup_view = SetupView(SetupStep.CARD)
        self._show_console()
        self._load_presence()

    # -- lifecycle ---------------------------------------------------------------------------

    def reset(self) -> None:
        super().reset()
        self.sync_timer.stop()
        self._sync_status = None
        self.staff = None
        self._opening += 1
        self._presence = None
        self._lockouts = ()
        self._database_problem = ""
        self._status_line = ""
        self._working = False
        self._card_text = self._card_at = None
        self.setup_view = SetupView(SetupStep.CARD)
        self.setup.clear()
        self.screen.clear()


def patron_matches(matches: tuple[PatronMatch, ...]) -> tuple[Match, ...]:
    """Patrons found by name as buttons show them: "Zoë Castellanos (2011)"."""
    return tuple(
        Match(
            str(m.patron_id),
            f"{m.display_name} ({m.birth_year})" if m.birth_year else m.display_name,
        )
        for m in matches
    )


def _row(status: DeviceStatus) -> DeviceRow:
    return DeviceRow(device_name(status), status.kind, status.status, status_detail(status))
