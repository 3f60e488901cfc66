"""The staff "Kits on loan" tool, opened from the staff console: the overdue kits first, then
every kit out; scan a kit's label to take it back (complete, or needing a check) or, for a free
kit, scan the patron's card next to lend it; a kit returned at the kiosk is marked checked here.

Every call is checked (role LEND_KITS) and audited by the core, whatever the screen shows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.core.card_codec import is_kit_label
from kiosk.core.lending_views import KitStatus, LoanRefusal, LoanRefused, LoanView
from kiosk.core.permissions import StaffAction
from kiosk.core.results import StaffSummary
from kiosk.errors import PermissionDenied
from kiosk.ui import lending_text
from kiosk.ui.clock_text import display_zone
from kiosk.ui.flows.machines import STATE_TEXT
from kiosk.ui.lanes import Request
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.ports import LendingLike, lending_of
from kiosk.ui.screens.kits_on_loan import (
    KitMode,
    KitsOnLoanScreen,
    KitsOnLoanView,
    LoanLine,
    ScannedKit,
)
from kiosk.ui.staff_tools import StaffTool

logger = logging.getLogger(__name__)

TOOL_IDLE_S = 120
TOOL_COUNTDOWN_S = 15


class KitsOnLoanFlow(Flow):
    name = "kits_on_loan"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self._zone = display_zone(context.settings.timezone)
        # Injectable for tests: which day is "today" for the due dates.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.screen = KitsOnLoanScreen()
        self.add_screen(self.screen)
        self.screen.back.connect(self._back)
        self.screen.take_back.connect(self.take_back)
        self.screen.mark_checked.connect(self.mark_checked)
        self.screen.forget_kit.connect(self.forget_kit)
        self.staff: StaffSummary | None = None
        # The label of the kit on the right, while it is shown.
        self.label: str | None = None
        self.kit: KitStatus | None = None
        self._working: Request | None = None
        context.staff_tools.add(
            StaffTool(
                "kits_on_loan",
                label=lambda: self.tr("Kits on loan"),
                action=StaffAction.LEND_KITS,
                start=lambda staff: self.nav.start(self.name, staff=staff),
            )
        )

    @property
    def view(self) -> KitsOnLoanView:
        return self.screen.view

    def start(self, **arguments: Any) -> None:
        staff = arguments.get("staff")
        if not isinstance(staff, StaffSummary):
            logger.error("kits on loan started without a staff member")
            self.nav.home()
            return
        self.staff = staff
        self.label = self.kit = None
        self.screen.clear()
        self.show(self.screen, Stay(TOOL_IDLE_S, TOOL_COUNTDOWN_S))
        self.load()

    def _render(self, **changes: Any) -> None:
        self.screen.show_view(replace(self.view, **changes))

    def _call(
        self,
        work: Callable[[LendingLike, StaffSummary], Any],
        on_result: Callable[[Any], None],
    ) -> None:
        staff = self.staff
        if staff is None:
            return
        services = self.context.services
        self._render(working=True)
        self._working = self.run(
            self.context.lanes.database,
            lambda: work(lending_of(services.current()), staff),
            on_result,
            self._failed,
        )

    def _busy(self) -> bool:
        return self._working is not None and self._working.live

    # -- the loans ---------------------------------------------------------------------------

    def load(self, status: str = "") -> None:
        staff = self.staff
        if staff is None:
            return
        services = self.context.services
        self._render(loading=not self.view.lines, failed=False, status_line=status)
        self.run(
            self.context.lanes.database,
            lambda: lending_of(services.current()).open_loans(staff.staff_id),
            self._loaded,
            self._load_failed,
        )

    def _loaded(self, loans: tuple[LoanView, ...]) -> None:
        today = self.now().astimezone(self._zone).date()
        lines = tuple(
            LoanLine(
                str(loan.loan_id),
                loan.item_name,
                loan.patron_name or self.tr("a patron whose data was deleted"),
                lending_text.due_line(loan.due_on, today, overdue=loan.overdue),
                loan.overdue,
            )
            for loan in loans
        )
        self._render(lines=lines, loading=False, failed=False)

    def _load_failed(self, error: BaseException) -> None:
        logger.error("kits on loan: the loans could not be read: %r", error)
        self._render(loading=False, failed=True, status_line=self.explain(error))

    # -- scans ---------------------------------------------------------------------------------

    def accepts_scans(self) -> bool:
        return self.staff is not None

    def handle_scan(self, text: str) -> None:
        if self.staff is None:
            return
        if self._busy():
            self._render(status_line=self.tr("One moment: still busy with the last step."))
            return
        label, kit = self.label, self.kit
        awaiting_card = (
            label is not None and kit is not None and _mode(kit) is KitMode.AWAITING_CARD
        )
        if awaiting_card and not is_kit_label(text):
            assert label is not None and kit is not None
            name = kit.name
            self._call(
                lambda lending, staff: lending.lend(staff.staff_id, label, text),
                lambda loan: self._lent(loan, name),
            )
            return
        self._call(
            lambda lending, staff: lending.kit_status(staff.staff_id, text),
            lambda status: self._show_kit(text, status),
        )

    def _show_kit(self, label: str, kit: KitStatus, status: str = "") -> None:
        self.label, self.kit = label, kit
        self._render(kit=self._scanned(kit), working=False, status_line=status)

    def _scanned(self, kit: KitStatus) -> ScannedKit:
        mode = _mode(kit)
        loan = kit.loan
        if loan is not None:
            today = self.now().astimezone(self._zone).date()
            who = loan.patron_name or self.tr("a patron whose data was deleted")
            detail = self.tr("Lent to {patron}.").format(patron=who)
            detail += "\n" + lending_text.due_line(loan.due_on, today, overdue=loan.overdue)
        elif mode is KitMode.AWAITING_CARD:
            detail = self.tr("Free to lend.")
        elif not kit.lendable:
            detail = self.tr("This item is not lent out (it is not marked lendable).")
        elif kit.state == "retired":
            detail = self.tr("This kit is retired.")
        else:
            detail = self.tr("State: {state}.").format(state=_state(kit.state))
        return ScannedKit(kit.name, mode, detail)

    # -- actions -------------------------------------------------------------------------------

    def take_back(self, needs_check: bool) -> None:
        label, kit = self.label, self.kit
        if label is None or kit is None or kit.loan is None or self._busy():
            return
        name = kit.name
        self._call(
            lambda lending, staff: lending.take_back(
                staff.staff_id, label, needs_check=needs_check
            ),
            lambda loan: self._taken_back(loan, name, needs_check),
        )

    def _taken_back(self, loan: LoanView, name: str, needs_check: bool) -> None:
        who = loan.patron_name or self.tr("a patron whose data was deleted")
        if needs_check:
            line = self.tr("{kit} is back from {patron}; it waits for a check.")
        else:
            line = self.tr("{kit} is back from {patron} and ready to lend.")
        self._forget(line.format(kit=name, patron=who))

    def _lent(self, loan: LoanView, name: str) -> None:
        today = self.now().astimezone(self._zone).date()
        due = lending_text.due_line(loan.due_on, today, overdue=loan.overdue)
        who = loan.patron_name or ""
        self._forget(
            self.tr("{kit} is lent to {patron}. {due}.").format(kit=name, patron=who, due=due)
        )

    def mark_checked(self) -> None:
        label, kit = self.label, self.kit
        if label is None or kit is None or self._busy():
            return
        self._call(
            lambda lending, staff: lending.mark_checked(staff.staff_id, label),
            lambda status: self._show_kit(
                label,
                status,
                self.tr("{kit} is checked and ready to lend.").format(kit=status.name),
            ),
        )

    def forget_kit(self) -> None:
        self._forget("")

    def _forget(self, status: str) -> None:
        self.label = self.kit = None
        self._render(kit=None, working=False)
        self.load(status)

    # -- leaving, errors ---------------------------------------------------------------------

    def _back(self) -> None:
        staff = self.staff
        if staff is None:
            self.nav.home()
            return
        self.nav.start("staff_console", staff=staff)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            logger.warning("kits on loan: refused: %s", error)
        elif not isinstance(error, LoanRefused):
            logger.error("kits on loan: a call failed: %r", error)
        self._render(working=False, status_line=self.explain(error))

    def explain(self, error: BaseException) -> str:
        if isinstance(error, PermissionDenied):
            return self.tr("Your account may not lend kits. Please ask an administrator.")
        if isinstance(error, LoanRefused):
            if error.code is LoanRefusal.PATRON_CARD:
                return self.tr("That is a card. Scan the kit's label first, then the card.")
            what, step = lending_text.refusal(error.code, error.params, waiver_here=False)
            return f"{what} {step}"
        return self.tr("The database can't be reached right now. Please try again.")

    def reset(self) -> None:
        super().reset()
        self.staff = None
        self.label = self.kit = None
        self._working = None
        self.screen.clear()


def _mode(kit: KitStatus) -> KitMode:
    if kit.loan is not None:
        return KitMode.ON_LOAN
    if kit.lendable and kit.state == "free":
        return KitMode.AWAITING_CARD
    if kit.lendable and kit.state == "needs_check":
        return KitMode.NEEDS_CHECK
    return KitMode.UNAVAILABLE


def _state(state: str) -> str:
    # The machines tool's words for the same states.
    return QCoreApplication.translate("MachinesFlow", STATE_TEXT.get(state, state))
