"""Staff's "Trainings & consent" tool, opened from the staff console: the patron (their card
scanned, or found by name), their trainings, certify or revoke, guardian consent. Every call is
checked and audited by the core, whatever the screen shows."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kiosk.core.permissions import StaffAction
from kiosk.core.results import PatronMatch, StaffSummary
from kiosk.core.training_views import CertificationState, PatronTraining, PatronTrainings
from kiosk.errors import Conflict, DomainError, InvalidInput, NotFound, PermissionDenied
from kiosk.ui.clock_text import display_zone, local_date
from kiosk.ui.flows.staff_console import patron_matches
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.trainings import TrainingRow, TrainingsScreen, TrainingsStep, TrainingsView
from kiosk.ui.staff_tools import StaffTool

logger = logging.getLogger(__name__)

TOOL_IDLE_S = 120
TOOL_COUNTDOWN_S = 15


class TrainingsFlow(Flow):
    name = "trainings"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self._zone = display_zone(context.settings.timezone)
        self.screen = TrainingsScreen()
        self.add_screen(self.screen)
        self.screen.back.connect(self._back)
        self.screen.search.connect(self.search)
        self.screen.patron_chosen.connect(lambda key: self.open_patron(uuid.UUID(key)))
        self.screen.other_patron.connect(self._find_again)
        self.screen.training_chosen.connect(self.choose)
        self.screen.certify.connect(self.certify)
        self.screen.revoke.connect(self.revoke)
        self.screen.cancel.connect(lambda: self._render(step=TrainingsStep.PATRON, chosen=None))
        self.screen.record_consent.connect(self.record_consent)
        self.screen.withdraw_consent.connect(self.withdraw_consent)
        self.staff: StaffSummary | None = None
        self.patron_id: uuid.UUID | None = None
        self.view = TrainingsView(TrainingsStep.FIND)
        context.staff_tools.add(
            StaffTool(
                "trainings",
                label=lambda: self.tr("Trainings & consent"),
                action=StaffAction.CERTIFY_TRAINING,
                start=lambda staff: self.nav.start(self.name, staff=staff),
            )
        )

    def start(self, **arguments: object) -> None:
        staff = arguments.get("staff")
        if not isinstance(staff, StaffSummary):
            logger.error("trainings tool started without a staff member")
            self.nav.home()
            return
        self.staff = staff
        self.patron_id = None
        self.screen.clear()
        self.view = TrainingsView(TrainingsStep.FIND)
        self.show(self.screen, Stay(TOOL_IDLE_S, TOOL_COUNTDOWN_S))
        self._render()

    def _render(self, **changes: Any) -> None:
        """The screen as it was, with `changes`; an error or "working" lasts one step."""
        changes = {"error": "", "working": False, **changes}
        self.view = replace(self.view, **changes)
        self.screen.show_view(self.view)

    def _ask(self, call: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        self._render(working=True, done="")
        self.run(self.context.lanes.database, call, on_result, self._failed)

    # -- finding the patron ------------------------------------------------------------------

    def accepts_scans(self) -> bool:
        return self.staff is not None

    def handle_scan(self, text: str) -> None:
        staff = self.staff
        if staff is None:
            return
        if self.view.working:
            self._render(working=True, error=self.tr("One moment: still busy with the last step."))
            return
        services = self.context.services
        self._ask(
            lambda: services.current().trainings.patron_for_card(staff.staff_id, text),
            lambda patron: self.open_patron(patron.patron_id),
        )

    def search(self, text: str) -> None:
        staff = self.staff
        if staff is None or self.view.working:
            return
        services = self.context.services
        self._ask(
            lambda: services.current().trainings.find_patrons(staff.staff_id, text),
            self._found,
        )

    def _found(self, matches: tuple[PatronMatch, ...]) -> None:
        self._render(matches=patron_matches(matches), searched=True)

    def open_patron(self, patron_id: uuid.UUID) -> None:
        staff = self.staff
        if staff is None:
            return
        services = self.context.services
        self._ask(
            lambda: services.current().trainings.patron_trainings(staff.staff_id, patron_id),
            self._show_patron,
        )

    def _show_patron(self, patron: PatronTrainings, done: str = "") -> None:
        self.patron_id = patron.patron_id
        self._render(
            step=TrainingsStep.PATRON,
            patron_name=patron.display_name,
            is_minor=patron.is_minor,
            consent=patron.guardian_consent,
            consent_since=(
                local_date(patron.consent_recorded_at, self._zone)
                if patron.consent_recorded_at
                else None
            ),
            trainings=tuple(self._row(item) for item in patron.trainings),
            chosen=None,
            done=done,
        )

    def _row(self, item: PatronTraining) -> TrainingRow:
        until = None
        if item.state in (CertificationState.VALID, CertificationState.EXPIRED) and item.expires_at:
            until = local_date(item.expires_at, self._zone)
        return TrainingRow(
            item.training.code,
            item.training.name,
            item.state.value,
            until,
            item.training.validity_months,
        )

    def _find_again(self) -> None:
        self.patron_id = None
        self.screen.search_field.clear()
        self._render(
            step=TrainingsStep.FIND, matches=(), searched=False, trainings=(), chosen=None, done=""
        )

    # -- certifying and consent --------------------------------------------------------------

    def choose(self, code: str) -> None:
        if self.view.working or self.view.row(code) is None:
            return
        self._render(step=TrainingsStep.CONFIRM, chosen=code, done="")

    def certify(self, code: str) -> None:
        staff, patron_id = self.staff, self.patron_id
        row = self.view.row(code)
        if staff is None or patron_id is None or row is None or self.view.working:
            return
        services = self.context.services

        def call() -> tuple[PatronTrainings, PatronTraining]:
            trainings = services.current().trainings
            held = trainings.certify(staff.staff_id, patron_id, code)
            return trainings.patron_trainings(staff.staff_id, patron_id), held

        def done(result: tuple[PatronTrainings, PatronTraining]) -> None:
            patron, held = result
            if held.expires_at is not None:
                line = self.tr("Certified on {training} until {date}.").format(
                    training=row.name, date=local_date(held.expires_at, self._zone)
                )
            else:
                line = self.tr("Certified on {training}.").format(training=row.name)
            self._show_patron(patron, line)

        self._ask(call, done)

    def revoke(self, code: str) -> None:
        staff, patron_id = self.staff, self.patron_id
        row = self.view.row(code)
        if staff is None or patron_id is None or row is None or self.view.working:
            return
        services = self.context.services

        def call() -> PatronTrainings:
            trainings = services.current().trainings
            trainings.revoke(staff.staff_id, patron_id, code)
            return trainings.patron_trainings(staff.staff_id, patron_id)

        self._ask(
            call,
            lambda patron: self._show_patron(
                patron, self.tr("Certification on {training} revoked.").format(training=row.name)
            ),
        )

    def record_consent(self) -> None:
        self._consent(True)

    def withdraw_consent(self) -> None:
        self._consent(False)

    def _consent(self, give: bool) -> None:
        staff, patron_id = self.staff, self.patron_id
        if staff is None or patron_id is None or self.view.working:
            return
        services = self.context.services

        def call() -> PatronTrainings:
            trainings = services.current().trainings
            if give:
                return trainings.record_consent(staff.staff_id, patron_id)
            return trainings.withdraw_consent(staff.staff_id, patron_id)

        line = self.tr("Guardian consent recorded.") if give else self.tr("Consent withdrawn.")
        self._ask(call, lambda patron: self._show_patron(patron, line))

    # -- leaving, errors ---------------------------------------------------------------------

    def _back(self) -> None:
        staff = self.staff
        if staff is None:
            self.nav.home()
            return
        self.nav.start("staff_console", staff=staff)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            logger.warning("trainings tool: refused: %s", error)
        elif not isinstance(error, DomainError):
            logger.error("trainings tool: a call failed: %r", error)
        self._render(error=self.explain(error))

    def explain(self, error: BaseException) -> str:
        if isinstance(error, PermissionDenied):
            return self.tr("Your account may not do this. Please ask an administrator.")
        if isinstance(error, Conflict | InvalidInput | NotFound):
            return self.tr("That did not work: {reason}.").format(reason=str(error))
        return self.tr("The database can't be reached right now. Please try again.")

    def reset(self) -> None:
        super().reset()
        self.staff = None
        self.patron_id = None
        self.view = TrainingsView(TrainingsStep.FIND)
        self.screen.clear()
