"""The kit screens posed from sample loans, without a service: for the screenshots
(kiosk.ui.screenshots) and the tests that check every screen at every size."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from kiosk.core.lending_views import (
    KitAction,
    KitOutcome,
    KitPreview,
    KitStatus,
    LoanRefusal,
    LoanRefused,
    LoanView,
)
from kiosk.core.results import PatronSummary, StaffSummary

if TYPE_CHECKING:
    from kiosk.ui.flows.lending import LendingFlow
    from kiosk.ui.main_window import KioskWindow


def sample_loans(now: datetime) -> tuple[LoanView, ...]:
    """An overdue kit, one due in a few days, one lent today; overdue first, as the core
    orders them."""

    def loan(n: int, name: str, icon: str, patron: str, lent_days_ago: int, days: int) -> LoanView:
        lent = now - timedelta(days=lent_days_ago)
        due = lent + timedelta(days=days)
        return LoanView(
            UUID(int=0x700 + n),
            UUID(int=0x600 + n),
            name,
            "arduino_kit",
            icon,
            UUID(int=0x500 + n),
            patron,
            lent,
            due,
            due.date(),
            None,
            overdue=due <= now,
        )

    return (
        loan(1, "Arduino starter kit 2", "circuit", "Amara Okafor", 20, 14),
        loan(2, "Laptop 3", "laptop", "Nguyễn Văn An", 5, 7),
        loan(3, "Soldering kit", "tool", "Zoë Müller", 0, 14),
    )


def _lending(window: KioskWindow, patron: PatronSummary, now: datetime) -> LendingFlow:
    from kiosk.ui.flows.lending import LendingFlow

    flow = window.navigator.flow("lending")
    assert isinstance(flow, LendingFlow)
    flow.now = lambda: now
    flow.patron = patron
    return flow


def _preview(now: datetime, action: KitAction) -> KitPreview:
    loans = sample_loans(now)
    if action is KitAction.RETURNED:
        loan = loans[0]
        return KitPreview(action, loan.item_id, loan.item_name, loan.icon, loan.due_on, loan)
    return KitPreview(
        action, UUID(int=0x611), "Arduino starter kit 1", "circuit", (now + timedelta(14)).date()
    )


def kit_poses(
    patron: PatronSummary, staff: StaffSummary, now: datetime
) -> list[tuple[str, Callable[[KioskWindow], None]]]:
    """(name, pose) for each state of the patron's kit screens and the staff tool."""
    loans = sample_loans(now)

    def kits(window: KioskWindow, confirm: bool = False) -> None:
        flow = _lending(window, patron, now)
        flow.show(flow.kits_screen, None)
        flow._kits_loaded(loans[:2])
        if confirm:
            flow._ask_return(loans[1].loan_id)

    def no_kits(window: KioskWindow) -> None:
        flow = _lending(window, patron, now)
        flow.show(flow.kits_screen, None)
        flow._kits_loaded(())

    def preview(window: KioskWindow, action: KitAction) -> None:
        flow = _lending(window, patron, now)
        flow.label = "MKL1-sample"
        flow._previewed(_preview(now, action))

    def done(window: KioskWindow, action: KitAction) -> None:
        flow = _lending(window, patron, now)
        flow._done(KitOutcome(action, loans[2] if action is KitAction.LENT else loans[0]))

    def refused(window: KioskWindow, code: LoanRefusal, params: dict[str, str | int]) -> None:
        flow = _lending(window, patron, now)
        flow.preview = _preview(now, KitAction.LENT)
        flow._refused(LoanRefused(code, params), "")

    def tool(window: KioskWindow, scanned: bool = False) -> None:
        from kiosk.ui.flows.kits_on_loan import KitsOnLoanFlow

        flow = window.navigator.flow("kits_on_loan")
        assert isinstance(flow, KitsOnLoanFlow)
        flow.now = lambda: now
        flow.staff = staff
        flow.show(flow.screen, None)
        flow._loaded(loans)
        if scanned:
            loan = loans[0]
            status = KitStatus(
                loan.item_id, loan.item_name, loan.kind, loan.icon, "in_use", True, loan
            )
            flow._show_kit("MKL1-sample", status)

    return [
        ("kits", kits),
        ("kits-none", no_kits),
        ("kits-return-confirm", lambda w: kits(w, confirm=True)),
        ("kit-borrow-confirm", lambda w: preview(w, KitAction.LENT)),
        ("kit-return-confirm", lambda w: preview(w, KitAction.RETURNED)),
        ("kit-borrowed", lambda w: done(w, KitAction.LENT)),
        ("kit-returned", lambda w: done(w, KitAction.RETURNED)),
        ("kit-refused", lambda w: refused(w, LoanRefusal.NEEDS_TRAINING, {"training": "solder"})),
        ("kit-refused-card", lambda w: refused(w, LoanRefusal.PATRON_CARD, {})),
        ("kit-refused-waiver", lambda w: refused(w, LoanRefusal.NEEDS_WAIVER, {})),
        ("kits-on-loan", tool),
        ("kits-on-loan-scanned", lambda w: tool(w, scanned=True)),
    ]
