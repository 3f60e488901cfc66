"""The staff Machines tool, opened from the staff console: every machine with its live state,
unlock for N minutes, lock now, mark out of order or checked, and the problems reported.

Every action is checked (and audited) by the core with the staff member's role first; an unlock
or a lock is recorded only once the controller confirmed it, and one it did not confirm is said
as such here and kept among the notices."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.core.machine_views import MachineRefused, MachineRow, SessionPlan
from kiosk.core.permissions import StaffAction
from kiosk.core.results import StaffSummary
from kiosk.devices.machine_events import ChannelFailed, UnlockProblem
from kiosk.errors import PermissionDenied, Unavailable
from kiosk.ui.clock_text import display_zone, local_time
from kiosk.ui.machine_bridge import MachineNotice
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.machine_session import REASON_TEXT
from kiosk.ui.screens.machines import MachineLine, MachinesScreen, MachinesView
from kiosk.ui.staff_tools import StaffTool
from kiosk.ui.translation import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

TOOL_IDLE_S = 120
TOOL_COUNTDOWN_S = 15
MINUTES_STEP = 15
MINUTES_MIN = 15
MINUTES_MAX = 12 * 60
_CONTEXT = "MachinesFlow"

STATE_TEXT: dict[str, str] = {
    "free": QT_TRANSLATE_NOOP("MachinesFlow", "Free"),
    "reserved": QT_TRANSLATE_NOOP("MachinesFlow", "Reserved"),
    "in_use": QT_TRANSLATE_NOOP("MachinesFlow", "In use"),
    "needs_check": QT_TRANSLATE_NOOP("MachinesFlow", "Needs a check"),
    "out_of_order": QT_TRANSLATE_NOOP("MachinesFlow", "Out of order"),
}
PROBLEM_TEXT: dict[str, str] = {
    UnlockProblem.NO_RELAY: QT_TRANSLATE_NOOP("MachinesFlow", "no such relay controller"),
    UnlockProblem.NOT_CONNECTED: QT_TRANSLATE_NOOP("MachinesFlow", "controller not connected"),
    UnlockProblem.NO_ANSWER: QT_TRANSLATE_NOOP("MachinesFlow", "no answer from the controller"),
    UnlockProblem.REFUSED: QT_TRANSLATE_NOOP("MachinesFlow", "refused by the controller"),
    UnlockProblem.ESTOP: QT_TRANSLATE_NOOP("MachinesFlow", "the emergency stop is pressed"),
    UnlockProblem.NOT_CONFIRMED: QT_TRANSLATE_NOOP("MachinesFlow", "the controller shows it off"),
    UnlockProblem.TOO_LATE: QT_TRANSLATE_NOOP("MachinesFlow", "the time had run out"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class MachinesFlow(Flow):
    name = "machines"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self._zone = display_zone(context.settings.timezone)
        self.screen = MachinesScreen()
        self.add_screen(self.screen)
        self.screen.back.connect(self._back)
        self.screen.chosen.connect(self.choose)
        self.screen.less.connect(lambda: self._step(-MINUTES_STEP))
        self.screen.more.connect(lambda: self._step(MINUTES_STEP))
        self.screen.unlock.connect(self.unlock)
        self.screen.lock.connect(self.lock)
        self.screen.out_of_order.connect(lambda: self.mark("out_of_order"))
        self.screen.checked.connect(lambda: self.mark("free"))
        self.staff: StaffSummary | None = None
        self.rows: tuple[MachineRow, ...] = ()
        self.selected: uuid.UUID | None = None
        self.minutes = 30
        self._status = ""
        self._working = False
        self._loading = False
        if context.machines is not None:
            context.machines.changed.connect(self._machines_changed)
        context.staff_tools.add(
            StaffTool(
                "machines",
                label=lambda: self.tr("Machines"),
                action=StaffAction.LOCK_MACHINE,
                start=lambda staff: self.nav.start(self.name, staff=staff),
            )
        )

    @property
    def view(self) -> MachinesView | None:
        return self.screen.view

    def start(self, **arguments: Any) -> None:
        staff = arguments.get("staff")
        if not isinstance(staff, StaffSummary):
            logger.error("machines tool started without a staff member")
            self.nav.home()
            return
        self.staff = staff
        self.rows = ()
        self.selected = None
        self.minutes = 30
        self._status = ""
        self._working = False
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
        self._loading = not self.rows
        self.render()
        services = self.context.services
        self.run(
            self.context.lanes.database,
            lambda: services.current().machines.machines(staff.staff_id),
            self._loaded,
            self._failed,
        )
        if self.context.machines is not None:
            self.context.machines.refresh_live()

    def _loaded(self, rows: tuple[MachineRow, ...]) -> None:
        self.rows = rows
        self._loading = False
        if self.selected not in {row.item_id for row in rows}:
            self.selected = rows[0].item_id if rows else None
        self.render()

    def _machines_changed(self) -> None:
        if self.staff is not None and self.nav.current_flow is self:
            self.render()

    def render(self) -> None:
        live = {e.channel: e for e in self.context.machines.live()} if self.context.machines else {}
        lines = []
        for row in self.rows:
            expected = live.get(row.channel) if row.channel is not None else None
            lines.append(
                MachineLine(
                    key=str(row.item_id),
                    name=row.name,
                    state=_t(STATE_TEXT.get(row.state, row.state)),
                    live=self._live_text(row, expected),
                    where=self._where(row),
                    problems=tuple(
                        self.tr("{time}: {what}").format(
                            time=local_time(p.reported_at, self._zone),
                            what=QCoreApplication.translate(
                                "MachineSessionScreen", REASON_TEXT.get(p.reason, p.reason)
                            ),
                        )
                        for p in row.problems
                    ),
                    attention=row.state in ("needs_check", "out_of_order") or bool(row.problems),
                    unlockable=row.channel is not None,
                )
            )
        notices: tuple[str, ...] = ()
        if self.context.machines is not None:
            notices = tuple(self._notice_text(n) for n in self.context.machines.notices())
        self.screen.show_view(
            MachinesView(
                lines=tuple(lines),
                selected=str(self.selected) if self.selected else None,
                minutes=self.minutes,
                notices=notices,
                status_line=self._status,
                working=self._working,
                loading=self._loading,
            )
        )

    def _where(self, row: MachineRow) -> str:
        if row.channel is None:
            return ""
        return self.tr("{relay} channel {channel}").format(
            relay=row.channel.relay, channel=row.channel.channel
        )

    def _live_text(self, row: MachineRow, expected: Any) -> str:
        if row.channel is None:
            return self.tr("No relay")
        if expected is not None and expected.kept_on:
            return self.tr("On while the print runs")
        if expected is not None:
            return self.tr("On until {time}").format(time=local_time(expected.until, self._zone))
        if row.session is not None:
            # The database has a session the control does not hold on: staff should look.
            return self.tr("Off, session until {time}").format(
                time=local_time(row.session.planned_end, self._zone)
            )
        return self.tr("Off")

    def _notice_text(self, notice: MachineNotice) -> str:
        time = local_time(notice.at, self._zone)
        where = self.tr("{relay} channel {channel}").format(
            relay=notice.channel.relay, channel=notice.channel.channel
        )
        problem = _t(PROBLEM_TEXT.get(notice.problem, notice.problem))
        if notice.what == "unlock_failed":
            text = self.tr("{time} {where}: the unlock was not confirmed ({problem}).")
        elif notice.what == "lock_failed":
            text = self.tr("{time} {where}: the lock was not confirmed ({problem}); retrying.")
        elif notice.what == "end_unrecorded":
            text = self.tr(
                "{time} {where}: locked; the end of its session is not saved yet (the database "
                "can't be reached). Trying again."
            )
        elif notice.expected_on and notice.reapplied:
            text = self.tr(
                "{time} {where}: found off after a controller restart; switched on again."
            )
        elif notice.expected_on:
            text = self.tr(
                "{time} {where}: found off after a controller restart; could not switch it on."
            )
        else:
            text = self.tr("{time} {where}: found on though nothing should be; locked.")
        return text.format(time=time, where=where, problem=problem)

    # -- choosing ----------------------------------------------------------------------------

    def choose(self, key: str) -> None:
        self.selected = uuid.UUID(key)
        self._status = ""
        self.render()

    def _step(self, delta: int) -> None:
        self.minutes = max(MINUTES_MIN, min(MINUTES_MAX, self.minutes + delta))
        self.render()

    def _row(self) -> MachineRow | None:
        return next((row for row in self.rows if row.item_id == self.selected), None)

    # -- actions -----------------------------------------------------------------------------

    def unlock(self) -> None:
        staff, row, machines = self.staff, self._row(), self.context.machines
        if staff is None or row is None or self._working:
            return
        if machines is None:
            self._say(self.tr("No relay controller is configured on this kiosk."))
            return
        minutes, item_id = self.minutes, row.item_id
        self._begin(self.tr("Unlocking {name}…").format(name=row.name))
        services = self.context.services

        def planned(plan: SessionPlan) -> None:
            assert plan.channel is not None
            channel = plan.channel
            machines.lane.submit(
                lambda: machines.control.unlock(
                    channel, plan.ends_at, session_id=plan.session_id, printer=plan.printer
                ),
                on_result=lambda at: self._record_unlock(staff, plan, minutes, at),
                on_error=lambda error: self._unlock_failed(staff, plan, error),
            )

        self._ask(
            lambda: services.current().machines.plan_unlock(staff.staff_id, item_id, minutes),
            planned,
        )

    def _record_unlock(
        self, staff: StaffSummary, plan: SessionPlan, minutes: int, confirmed_at: datetime
    ) -> None:
        services, machines = self.context.services, self.context.machines

        def recorded(session: Any) -> None:
            if machines is not None and plan.channel is not None:
                channel = plan.channel
                machines.lane.submit(lambda: machines.control.attach(channel, session.session_id))
            self._done(
                self.tr("{name} is unlocked until {time}.").format(
                    name=plan.item_name, time=local_time(session.planned_end, self._zone)
                )
            )

        def not_recorded(error: BaseException) -> None:
            # A new session that cannot be recorded is switched off again (nothing half-saved);
            # an extension of a running one keeps the time it had on the controller.
            if machines is not None and plan.channel is not None and plan.session_id is None:
                channel = plan.channel
                machines.lane.submit(
                    lambda: machines.control.lock(channel),
                    on_error=lambda e: logger.error("lock after a failed unlock failed: %r", e),
                )
            self._failed(error)

        # Not tied to this screen: a confirmed unlock is recorded even if the console closes.
        self.context.lanes.database.submit(
            lambda: services.current().machines.record_unlock(
                staff.staff_id, plan.item_id, minutes, confirmed_at
            ),
            on_result=recorded,
            on_error=not_recorded,
        )

    def _unlock_failed(self, staff: StaffSummary, plan: SessionPlan, error: BaseException) -> None:
        problem = error.problem if isinstance(error, ChannelFailed) else UnlockProblem.NO_ANSWER
        machines = self.context.machines
        if machines is not None:
            machines.unlock_failed(
                plan.channel, plan.item_id, plan.item_name, problem.value, staff_id=staff.staff_id
            )
        self._done(
            self.tr("{name} did not unlock: {problem}.").format(
                name=plan.item_name, problem=_t(PROBLEM_TEXT.get(problem, problem))
            )
        )

    def lock(self) -> None:
        staff, row, machines = self.staff, self._row(), self.context.machines
        if staff is None or row is None or self._working or machines is None:
            return
        item_id = row.item_id
        self._begin(self.tr("Locking {name}…").format(name=row.name))
        services = self.context.services

        def planned(plan: SessionPlan) -> None:
            assert plan.channel is not None
            channel = plan.channel
            machines.lane.submit(
                lambda: machines.control.lock(channel),
                on_result=lambda at: self._record_lock(staff, plan, at),
                on_error=lambda error: self._lock_failed(plan, error),
            )

        self._ask(lambda: services.current().machines.plan_lock(staff.staff_id, item_id), planned)

    def _record_lock(self, staff: StaffSummary, plan: SessionPlan, at: datetime) -> None:
        services = self.context.services
        self.context.lanes.database.submit(
            lambda: services.current().machines.record_lock(staff.staff_id, plan.item_id, at),
            on_result=lambda _none: self._done(
                self.tr("{name} is locked.").format(name=plan.item_name)
            ),
            on_error=self._failed,
        )

    def _lock_failed(self, plan: SessionPlan, error: BaseException) -> None:
        problem = error.problem if isinstance(error, ChannelFailed) else UnlockProblem.NO_ANSWER
        self._done(
            self.tr("{name}: the lock was not confirmed ({problem}). Check it by hand.").format(
                name=plan.item_name, problem=_t(PROBLEM_TEXT.get(problem, problem))
            )
        )

    def mark(self, state: str) -> None:
        staff, row = self.staff, self._row()
        if staff is None or row is None or self._working:
            return
        item_id = row.item_id
        self._begin(self.tr("Saving…"))
        services = self.context.services
        self._ask(
            lambda: services.current().machines.mark(staff.staff_id, item_id, state),
            lambda marked: self._done(
                self.tr("{name}: {state}.").format(
                    name=marked.name, state=_t(STATE_TEXT.get(marked.state, marked.state))
                )
            ),
        )

    # -- helpers -----------------------------------------------------------------------------

    def _ask(self, call: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        self.run(self.context.lanes.database, call, on_result, self._failed)

    def _begin(self, line: str) -> None:
        self._working = True
        self._status = line
        self.render()

    def _done(self, line: str) -> None:
        self._working = False
        self._status = line
        if self.staff is not None:
            self.load()

    def _say(self, line: str) -> None:
        self._status = line
        self.render()

    def _failed(self, error: BaseException) -> None:
        self._working = False
        self._loading = False
        if isinstance(error, PermissionDenied):
            line = self.tr("Your account may not do this. Please ask an administrator.")
        elif isinstance(error, MachineRefused):
            line = self.tr("That can't be done for this machine ({code}).").format(
                code=error.code.value
            )
        elif isinstance(error, Unavailable):
            line = self.tr("The database can't be reached right now. Please try again.")
        else:
            line = self.tr("That did not work. Please try again.")
        logger.warning("machines tool: %r", error)
        self._say(line)

    def reset(self) -> None:
        super().reset()
        self.staff = None
        self.rows = ()
        self.selected = None
        self._status = ""
        self._working = False
        self._loading = False
        self.screen.clear()
