"""Borrow or return a kit: after check-in, the patron sees the kits they have out (overdue ones
marked) and scans a kit's QR label. The screen shows the kit and its due date (or that it is
theirs to return) and lends or takes it back once they confirm; a kit can also be returned
from their list. Every refusal is said in plain words with what to do next."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from kiosk.core.lending_views import (
    KitAction,
    KitOutcome,
    KitPreview,
    LoanRefused,
    LoanView,
)
from kiosk.core.results import PatronSummary
from kiosk.ui.clock_text import display_zone
from kiosk.ui.lanes import Request
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.patron_actions import PatronAction
from kiosk.ui.ports import LendingLike, lending_of
from kiosk.ui.screens.kits import KitScreen, KitsScreen, KitStep, KitsView, KitView

logger = logging.getLogger(__name__)

WAIVER_FLOW = "waiver"


class LendingFlow(Flow):
    name = "lending"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.zone = display_zone(context.settings.timezone)
        # Injectable for tests: which day is "today" for the due dates.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._kits: KitsScreen | None = None
        self._kit: KitScreen | None = None
        self.patron: PatronSummary | None = None
        # The label scanned and what it would do, until the patron confirms or cancels.
        self.label: str | None = None
        self.preview: KitPreview | None = None
        self._working: Request | None = None  # a check, lend or return in flight
        context.patron_actions.add(
            PatronAction(
                "kits",
                label=lambda: self.tr("Borrow or return a kit"),
                start=lambda patron: self.nav.start(self.name, patron=patron),
            )
        )

    # -- screens, built on first use ----------------------------------------------------------

    @property
    def kits_screen(self) -> KitsScreen:
        if self._kits is None:
            self._kits = KitsScreen()
            self.add_screen(self._kits)
            self._kits.back.connect(self.nav.home)
            self._kits.return_requested.connect(self._ask_return)
            self._kits.return_withdrawn.connect(lambda: self._kits_changed(confirm=None))
            self._kits.return_confirmed.connect(self.return_loan)
        return self._kits

    @property
    def kit_screen(self) -> KitScreen:
        if self._kit is None:
            self._kit = KitScreen()
            self.add_screen(self._kit)
            self._kit.confirmed.connect(self.confirm)
            self._kit.cancelled.connect(self.open_kits)
            self._kit.done.connect(self.nav.home)
            self._kit.waiver_requested.connect(self._open_waiver)
        return self._kit

    def _stay(self) -> Stay:
        settings = self.context.settings
        return Stay(settings.idle_timeout_s, settings.countdown_s)

    def _today(self) -> date:
        return self.now().astimezone(self.zone).date()

    def _call(
        self,
        work: Callable[[LendingLike], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Request:
        services = self.context.services
        return self.run(
            self.context.lanes.database,
            lambda: work(lending_of(services.current())),
            on_result,
            on_error,
        )

    # -- the patron's kits ---------------------------------------------------------------------

    def start(self, **arguments: Any) -> None:
        patron = arguments.get("patron")
        if not isinstance(patron, PatronSummary):
            logger.error("the lending flow needs a patron")
            self.nav.home()
            return
        self.patron = patron
        self.open_kits()
        label = arguments.get("label")
        if isinstance(label, str):
            self.handle_scan(label)  # scanned at the welcome, straight after the card

    def open_kits(self) -> None:
        patron = self.patron
        if patron is None:
            return
        self.label = self.preview = None
        self.show(self.kits_screen, self._stay())
        self.kits_screen.show_view(KitsView(loading=True))
        self._call(
            lambda lending: lending.patron_loans(patron.patron_id),
            self._kits_loaded,
            self._kits_failed,
        )

    def _kits_loaded(self, loans: tuple[LoanView, ...]) -> None:
        self.kits_screen.show_view(KitsView(loans, today=self._today()))

    def _kits_failed(self, error: BaseException) -> None:
        logger.error("lending: the patron's loans could not be read: %r", error)
        self.kits_screen.show_view(KitsView(today=self._today(), failed=True))

    def _kits_changed(self, **changes: Any) -> None:
        self.kits_screen.show_view(replace(self.kits_screen.view, **changes))

    def _ask_return(self, loan_id: object) -> None:
        if isinstance(loan_id, uuid.UUID) and not self.kits_screen.view.busy:
            self._kits_changed(confirm=loan_id)

    def return_loan(self, loan_id: object) -> None:
        patron = self.patron
        view = self.kits_screen.view
        if patron is None or not isinstance(loan_id, uuid.UUID) or view.busy:
            return
        name = next((loan.item_name for loan in view.loans if loan.loan_id == loan_id), "")
        self._kits_changed(busy=True)
        self._working = self._call(
            lambda lending: lending.return_loan(patron.patron_id, loan_id),
            self._done,
            lambda error: self._refused(error, name),
        )

    # -- a kit's label scanned ----------------------------------------------------------------

    def accepts_scans(self) -> bool:
        return self.patron is not None

    def handle_scan(self, text: str) -> None:
        patron = self.patron
        if patron is None:
            return
        if self._working is not None and self._working.live:
            logger.info("lending: a scan while the last one is still being handled")
            return
        self.label = text
        self.preview = None
        self.show(self.kits_screen, self._stay())
        self._kits_changed(checking=True, confirm=None)
        self._working = self._call(
            lambda lending: lending.check_kit(patron.patron_id, text),
            self._previewed,
            lambda error: self._refused(error, ""),
        )

    def _previewed(self, preview: KitPreview) -> None:
        self.preview = preview
        self._kits_changed(checking=False)
        lent = preview.action is KitAction.LENT
        overdue = preview.loan.overdue if preview.loan is not None else False
        self._show_kit(
            KitView(
                KitStep.CONFIRM_BORROW if lent else KitStep.CONFIRM_RETURN,
                item_name=preview.item_name,
                icon=preview.icon,
                due_on=preview.due_on,
                today=self._today(),
                overdue=overdue,
            )
        )

    def confirm(self) -> None:
        patron, label, view = self.patron, self.label, self.kit_screen.view
        if patron is None or label is None or view is None or view.busy:
            return
        if view.step not in (KitStep.CONFIRM_BORROW, KitStep.CONFIRM_RETURN):
            return
        self._show_kit(replace(view, busy=True))
        self._working = self._call(
            lambda lending: lending.borrow_or_return(patron.patron_id, label),
            self._done,
            lambda error: self._refused(error, view.item_name),
        )

    def _done(self, outcome: KitOutcome) -> None:
        self.label = self.preview = None
        loan = outcome.loan
        lent = outcome.action is KitAction.LENT
        self._show_kit(
            KitView(
                KitStep.BORROWED if lent else KitStep.RETURNED,
                item_name=loan.item_name,
                icon=loan.icon,
                due_on=loan.due_on,
                today=self._today(),
            )
        )

    def _refused(self, error: BaseException, item_name: str) -> None:
        self.label = None
        if self._kits is not None:
            self._kits_changed(checking=False, busy=False)
        if isinstance(error, LoanRefused):
            code, params = error.code, tuple(error.params.items())
            logger.info("lending: refused (%s)", code.value)
        else:
            code, params = None, ()
            logger.error("lending: a call failed: %r", error, exc_info=error)
        name = item_name or (self.preview.item_name if self.preview is not None else "")
        self._show_kit(
            KitView(
                KitStep.REFUSED,
                item_name=name,
                refusal=code,
                params=params,
                waiver_flow=self.nav.has_flow(WAIVER_FLOW),
            )
        )

    def _show_kit(self, view: KitView) -> None:
        self.show(self.kit_screen, self._stay())
        self.kit_screen.show_view(view)

    def _open_waiver(self) -> None:
        patron = self.patron
        if patron is None or not self.nav.has_flow(WAIVER_FLOW):
            return
        self.nav.start(WAIVER_FLOW, patron=patron, then=self.name, then_args={"patron": patron})

    # -- lifecycle -----------------------------------------------------------------------------

    def reset(self) -> None:
        super().reset()
        self.patron = None
        self._working = None
        self.label = self.preview = None
        if self._kits is not None:
            self._kits.clear()
        if self._kit is not None:
            self._kit.clear()
