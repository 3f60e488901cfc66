"""A patron's machine session, opened by the Start button of a reservation:
`nav.start("machine_session", patron=PatronSummary, reservation_id=UUID)`; or straight to
"report a problem" for a machine: `nav.start("machine_session", patron=PatronSummary | None,
item_id=UUID, machine=name, report=True)`.

The core checks the reservation (the patron's, booked, now inside it), the machine lane unlocks
the channel until the slot's end, and only once the controller confirmed is the session
recorded and "Unlocked until 15:30" shown. A failure says "The machine did not unlock. Please
see a staff member." and leaves nothing but its audit entry and a notice on the staff Machines
tool. The session goes on when the patron leaves the screen; while they stay they see the
five-minute warning, "kept on until the print finishes" and "Locked"."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from kiosk.core.machine_views import (
    MachineRefusal,
    MachineRefused,
    ProblemView,
    SessionPlan,
    SessionView,
)
from kiosk.core.results import PatronSummary
from kiosk.devices.machine_events import (
    ChannelFailed,
    EndingSoon,
    KeptOn,
    MachineEvent,
    MachineLocked,
    StateReapplied,
    UnlockProblem,
)
from kiosk.ui.clock_text import display_zone, local_time
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.machine_session import MachineSessionScreen, MachineSessionView, SessionStep
from kiosk.ui.sound import Cue, ScanSounds

logger = logging.getLogger(__name__)

# Waiting for the controller: a few seconds at most (each relay call has its own timeout).
UNLOCKING_STAY = Stay(60, activity_extends=False)


class MachineSessionFlow(Flow):
    name = "machine_session"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        settings = context.settings
        self._zone = display_zone(settings.timezone)
        self.sounds = ScanSounds(enabled=settings.sound, volume=settings.sound_volume)
        self.screen = MachineSessionScreen()
        self.add_screen(self.screen)
        self.screen.done.connect(self.nav.home)
        self.screen.report.connect(self.choose_problem)
        self.screen.back.connect(self._back_from_report)
        self.screen.reason_chosen.connect(self.report_problem)
        # Injectable for tests, as the equipment flow's: the time a session is "ending soon" from.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.patron: PatronSummary | None = None
        self.plan: SessionPlan | None = None
        self.session_id: uuid.UUID | None = None
        self._item_id: uuid.UUID | None = None
        self._before_report: MachineSessionView | None = None
        # Which start this is: answers for an earlier one are recorded but not shown.
        self._opening = 0
        if context.machines is not None:
            context.machines.machine_event.connect(self._machine_event)

    @property
    def view(self) -> MachineSessionView | None:
        return self.screen.view

    # -- starting ----------------------------------------------------------------------------

    def start(self, **arguments: Any) -> None:
        patron = arguments.get("patron")
        self.patron = patron if isinstance(patron, PatronSummary) else None
        self.plan = None
        self.session_id = None
        self._before_report = None
        self._opening += 1
        if arguments.get("report"):
            item_id = arguments.get("item_id")
            if not isinstance(item_id, uuid.UUID):
                logger.error("problem report started without an item")
                self.nav.home()
                return
            self._item_id = item_id
            machine = str(arguments.get("machine", ""))
            self._show(MachineSessionView(SessionStep.REPORT, machine=machine))
            return
        reservation_id = arguments.get("reservation_id")
        if self.patron is None or not isinstance(reservation_id, uuid.UUID):
            logger.error("machine session started without a patron or a reservation")
            self.nav.home()
            return
        patron_id = self.patron.patron_id
        self._item_id = None
        self._show(MachineSessionView(SessionStep.UNLOCKING), UNLOCKING_STAY)
        services = self.context.services
        self.run(
            self.context.lanes.database,
            lambda: services.current().machines.plan_start(patron_id, reservation_id),
            lambda plan: self._planned(plan, reservation_id),
            self._failed,
        )

    def _planned(self, plan: SessionPlan, reservation_id: uuid.UUID) -> None:
        self.plan = plan
        self._item_id = plan.item_id
        if plan.session_id is not None:
            # Started already (a second Start): nothing is unlocked twice.
            self.session_id = plan.session_id
            self._show_unlocked(plan.ends_at)
            return
        if plan.channel is None:
            self._record(reservation_id, self.now())
            return
        machines = self.context.machines
        if machines is None:
            patron = self.patron
            self._unlock_failed(
                ChannelFailed(UnlockProblem.NOT_CONNECTED),
                self._opening,
                plan,
                patron.patron_id if patron is not None else None,
            )
            return
        channel, until, printer = plan.channel, plan.ends_at, plan.printer
        opening = self._opening
        patron_id = self.patron.patron_id if self.patron is not None else None
        # Submitted on the lanes directly, not through `run`: once the unlock is under way it
        # is recorded (or undone) even if the patron leaves the screen meanwhile.
        machines.lane.submit(
            lambda: machines.control.unlock(channel, until, printer=printer),
            on_result=lambda confirmed_at: self._record(
                reservation_id, confirmed_at, opening, patron_id, plan
            ),
            on_error=lambda error: self._unlock_failed(error, opening, plan, patron_id),
        )

    def _record(
        self,
        reservation_id: uuid.UUID,
        confirmed_at: datetime,
        opening: int | None = None,
        patron_id: uuid.UUID | None = None,
        plan: SessionPlan | None = None,
    ) -> None:
        if patron_id is None and self.patron is not None:
            patron_id = self.patron.patron_id
        plan = plan or self.plan
        if patron_id is None or plan is None:
            return
        opening = self._opening if opening is None else opening
        services = self.context.services
        recorded_plan = plan
        self.context.lanes.database.submit(
            lambda: services.current().machines.record_start(
                patron_id, reservation_id, confirmed_at
            ),
            on_result=lambda session: self._recorded(session, opening),
            on_error=lambda error: self._record_failed(error, recorded_plan, opening),
        )

    def _recorded(self, session: SessionView, opening: int) -> None:
        machines = self.context.machines
        if machines is not None and session.channel is not None:
            channel, session_id = session.channel, session.session_id
            machines.lane.submit(lambda: machines.control.attach(channel, session_id))
            machines.refresh_live()
        if opening != self._opening:
            return  # the patron has left; the session runs on
        self.session_id = session.session_id
        self._show_unlocked(session.planned_end)

    def _record_failed(self, error: BaseException, plan: SessionPlan, opening: int) -> None:
        # Unlocked but not recorded (the slot was taken from another terminal a moment ago,
        # the database went away): switch it off again, and say it did not work.
        logger.error("machine session not recorded, locking again: %r", error)
        machines = self.context.machines
        if plan.channel is not None and machines is not None:
            channel = plan.channel
            machines.lane.submit(
                lambda: machines.control.lock(channel),
                on_error=lambda e: logger.error("lock after a failed start failed: %r", e),
            )
        if opening == self._opening:
            self._failed(error)

    def _unlock_failed(
        self,
        error: BaseException,
        opening: int,
        plan: SessionPlan | None = None,
        patron_id: uuid.UUID | None = None,
    ) -> None:
        """Staff see it on the Machines tool and in the audit trail; the patron, if still
        there, is told in plain words. Never "unlocked"."""
        problem = error.problem if isinstance(error, ChannelFailed) else UnlockProblem.NO_ANSWER
        logger.warning("unlock not confirmed: %r", error)
        plan = plan or self.plan
        machines = self.context.machines
        if plan is not None and machines is not None:
            machines.unlock_failed(
                plan.channel, plan.item_id, plan.item_name, problem.value, patron_id=patron_id
            )
        elif plan is not None:
            services, item_id = self.context.services, plan.item_id
            self.context.lanes.database.submit(
                lambda: services.current().machines.record_unlock_failed(
                    item_id, problem.value, patron_id=patron_id
                ),
                on_error=lambda e: logger.error("unlock failure not audited: %r", e),
            )
        if opening != self._opening:
            return
        self.sounds.play(Cue.REFUSED)
        self._show(MachineSessionView(SessionStep.FAILED, machine=self._machine()))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, MachineRefused):
            self._show(
                MachineSessionView(
                    SessionStep.REFUSED,
                    machine=self._machine(),
                    message=self.explain(error),
                    can_report=False,
                )
            )
            return
        logger.error("machine session failed: %r", error)
        self.sounds.play(Cue.REFUSED)
        self._show(MachineSessionView(SessionStep.FAILED, machine=self._machine()))

    def explain(self, refused: MachineRefused) -> str:
        params = refused.params
        code = refused.code
        if code is MachineRefusal.NOT_YET:
            return self.tr("Your time starts at {time}. Please come back then.").format(
                time=self._time(params.get("starts_at"))
            )
        if code is MachineRefusal.OVER:
            return self.tr("Your time ended at {time}. You can book a new time.").format(
                time=self._time(params.get("ends_at"))
            )
        if code is MachineRefusal.IN_USE:
            return self.tr(
                "The machine is still in use until {time}. Please see a staff member."
            ).format(time=self._time(params.get("until")))
        if code in (MachineRefusal.OUT_OF_ORDER, MachineRefusal.NEEDS_CHECK):
            return self.tr(
                "The machine is waiting for a check by staff. Please see a staff member."
            )
        return self.tr("This booking can't be started now. Please see a staff member.")

    def _time(self, value: object) -> str:
        try:
            return local_time(datetime.fromisoformat(str(value)), self._zone)
        except ValueError:
            return ""

    # -- while the session runs --------------------------------------------------------------

    def _show_unlocked(self, until: datetime) -> None:
        plan = self.plan
        machine = plan.item_name if plan is not None else ""
        ending_soon = (until - self.now()).total_seconds() <= 300
        self._show(
            MachineSessionView(
                SessionStep.UNLOCKED,
                machine=machine,
                until=local_time(until, self._zone),
                ending_soon=ending_soon,
            )
        )

    def _machine_event(self, event: MachineEvent) -> None:
        view, plan = self.view, self.plan
        if view is None or plan is None or self.nav.current_flow is not self:
            return
        if isinstance(event, StateReapplied):
            return
        if plan.channel is None or event.channel != plan.channel:
            return
        if self.session_id is not None and event.session_id not in (None, self.session_id):
            return
        if isinstance(event, EndingSoon) and view.step is SessionStep.UNLOCKED:
            self.sounds.play(Cue.CHECKED_IN)
            self._show_view_as(view, ending_soon=True)
        elif isinstance(event, KeptOn):
            self._show_view_as(view, step=SessionStep.KEPT_ON)
        elif isinstance(event, MachineLocked):
            self._show_view_as(view, step=SessionStep.LOCKED, ending_soon=False)

    def _show_view_as(self, view: MachineSessionView, **changes: Any) -> None:
        new = replace(view, **changes)
        if view.step is SessionStep.REPORT and self._before_report is not None:
            # Choosing a problem: the news shows when the patron goes back.
            self._before_report = replace(self._before_report, **changes)
            return
        self._show(new)

    # -- reporting a problem -----------------------------------------------------------------

    def choose_problem(self) -> None:
        view = self.view
        if view is None or self._item_id is None:
            return
        self._before_report = view
        self._show(MachineSessionView(SessionStep.REPORT, machine=view.machine))

    def _back_from_report(self) -> None:
        before = self._before_report
        if before is None:
            self.nav.home()
            return
        self._before_report = None
        self._show(before)

    def report_problem(self, reason: str) -> None:
        view, item_id = self.view, self._item_id
        if view is None or item_id is None or view.working:
            return
        patron_id = self.patron.patron_id if self.patron is not None else None
        self._show(MachineSessionView(SessionStep.REPORT, machine=view.machine, working=True))
        services = self.context.services
        self.run(
            self.context.lanes.database,
            lambda: services.current().machines.report_problem(patron_id, item_id, reason),
            self._reported,
            self._report_failed,
        )

    def _reported(self, _report: ProblemView) -> None:
        self._before_report = None
        self._show(MachineSessionView(SessionStep.REPORTED, machine=self._machine()))

    def _report_failed(self, error: BaseException) -> None:
        logger.error("problem report failed: %r", error)
        self.sounds.play(Cue.REFUSED)
        self._show(
            MachineSessionView(SessionStep.FAILED, machine=self._machine(), can_report=False)
        )

    # -- helpers -----------------------------------------------------------------------------

    def _machine(self) -> str:
        if self.plan is not None:
            return self.plan.item_name
        view = self.view
        return view.machine if view is not None else ""

    def _show(self, view: MachineSessionView, stay: Stay | None = None) -> None:
        settings = self.context.settings
        self.screen.show_view(view)
        self.show(self.screen, stay or Stay(settings.idle_timeout_s, settings.countdown_s))

    def reset(self) -> None:
        super().reset()
        self._opening += 1
        self.patron = None
        self.plan = None
        self.session_id = None
        self._item_id = None
        self._before_report = None
        self.screen.clear()
