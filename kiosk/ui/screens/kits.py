"""The patron's kit screens: "Borrow or return a kit" (scan a kit's label, or return one of the
kits they have out, overdue ones marked) and one kit's step (confirm, done, or why not).

Each screen renders one frozen view (tests assert on it) and words it at display time, so a
language switched mid-session redraws it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from kiosk.core.lending_views import LoanRefusal, LoanView
from kiosk.ui import lending_text
from kiosk.ui.announcer import joined
from kiosk.ui.screens.equipment import ICON_PX, _Screen, equipment_icon
from kiosk.ui.theme import icon_pixmap, set_role
from kiosk.ui.widgets.common import icon_label, text_label, touch_button
from kiosk.ui.widgets.keyed_rows import KeyedRows
from kiosk.ui.widgets.reflow import reflowing

# -- the patron's kits -------------------------------------------------------------------------


@dataclass(frozen=True)
class KitsView:
    loans: tuple[LoanView, ...] = ()
    today: date | None = None
    loading: bool = False
    failed: bool = False
    confirm: uuid.UUID | None = None  # the loan whose return awaits a yes
    checking: bool = False  # a scanned label is being looked up
    busy: bool = False

    @property
    def overdue(self) -> tuple[LoanView, ...]:
        return tuple(loan for loan in self.loans if loan.overdue)


class KitsScreen(_Screen):
    return_requested = Signal(object)  # loan id: asks "are you sure?"
    return_confirmed = Signal(object)
    return_withdrawn = Signal()

    def __init__(self) -> None:
        super().__init__("KitsScreen")
        self.view = KitsView()
        prompt = QFrame()
        prompt.setObjectName("KitScanPrompt")
        set_role(prompt, "panel")
        self._scan_icon = icon_label("scan-card", 64, prompt)
        self.prompt = text_label("body", center=False)
        self.prompt.setObjectName("KitScanHint")
        prompt_row = QHBoxLayout(prompt)
        prompt_row.setContentsMargins(16, 8, 16, 8)
        prompt_row.setSpacing(16)
        prompt_row.addWidget(self._scan_icon)
        prompt_row.addWidget(self.prompt, 1)
        self.content.addWidget(prompt)
        self.status = text_label("body", center=False)
        self.status.setObjectName("KitsStatus")
        self.content.addWidget(self.status)
        self._list: KeyedRows[uuid.UUID, _LoanRow] = KeyedRows("KitList", "KitScroll")
        self.scroll_area = self._list.scroll_area
        self.content.addWidget(self.scroll_area, 1)
        self.retranslate()

    @property
    def rows(self) -> dict[uuid.UUID, _LoanRow]:
        return self._list.rows

    def show_view(self, view: KitsView) -> None:
        self.view = view
        loans = {loan.loan_id: loan for loan in view.loans}
        self._list.show(list(loans), lambda loan_id: self._row(loans[loan_id]))
        self.retranslate()

    def _row(self, loan: LoanView) -> _LoanRow:
        row = _LoanRow(loan)
        row.return_button.clicked.connect(
            lambda _checked=False: self.return_requested.emit(loan.loan_id)
        )
        row.yes_button.clicked.connect(
            lambda _checked=False: self.return_confirmed.emit(loan.loan_id)
        )
        row.no_button.clicked.connect(self.return_withdrawn)
        return row

    def clear(self) -> None:
        self.show_view(KitsView())

    def retranslate(self) -> None:
        view = self.view
        self.title.setText(self.tr("Borrow or return a kit"))
        self.back_button.setText(self.tr("Done"))
        self._scan_icon.setAccessibleName(self.tr("Scan"))
        if view.checking:
            self.prompt.setText(self.tr("Looking up the kit…"))
        else:
            self.prompt.setText(
                self.tr("Scan the QR label on a kit to borrow it, or to return one you have.")
            )
        if view.loading:
            status = self.tr("Looking up your kits…")
        elif view.failed:
            status = self.tr("Your kits can't be shown right now. Please ask a staff member.")
        elif view.today is None:
            status = ""
        elif not view.loans:
            status = self.tr("You have no kits out.")
        else:
            status = self.tr("You have %n kit(s) out.", "", len(view.loans))
            if view.overdue:
                late = self.tr(
                    "%n overdue. Please bring overdue kits back soon.", "", len(view.overdue)
                )
                status = f"{status} {late}"
        self.status.setText(status)
        self.status.setVisible(bool(status))
        for loan in view.loans:
            row = self.rows.get(loan.loan_id)
            if row is None or view.today is None:
                continue
            due = lending_text.due_line(loan.due_on, view.today, overdue=loan.overdue)
            mark = "⚠ " if loan.overdue else ""
            row.label.setText(f"{mark}{loan.item_name}\n{due}")
            row.return_button.setText(self.tr("Return"))
            row.yes_button.setText(self.tr("Yes, return it"))
            row.no_button.setText(self.tr("Keep it"))
            row.question.setText(self.tr("Return it now?"))
            confirming = view.confirm == loan.loan_id
            row.question.setVisible(confirming)
            row.yes_button.setVisible(confirming)
            row.no_button.setVisible(confirming)
            row.return_button.setVisible(not confirming)
            for button in (row.return_button, row.yes_button):
                button.setEnabled(not view.busy)
        self.setAccessibleName(self.title.text())

    def announcement(self) -> str:
        return joined(self.title.text(), self.prompt.text(), self.status.text())


class _LoanRow(QFrame):
    def __init__(self, loan: LoanView) -> None:
        super().__init__()
        set_role(self, "panel")
        self.setObjectName(f"Loan-{loan.loan_id}")
        self.icon = icon_label(equipment_icon(loan.icon), ICON_PX, self)
        self.icon.setAccessibleName(loan.item_name)
        self.label = text_label("body", center=False)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.question = text_label("notice", center=False)
        self.return_button = touch_button()
        self.return_button.setObjectName("LoanReturn")
        self.yes_button = touch_button("primary")
        self.yes_button.setObjectName("LoanReturnYes")
        self.no_button = touch_button()
        self.no_button.setObjectName("LoanReturnNo")
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.icon)
        top.addWidget(self.label, 1)
        top.addWidget(self.return_button)
        confirm = QHBoxLayout()
        confirm.setSpacing(12)
        confirm.addWidget(self.question, 1)
        confirm.addWidget(self.yes_button)
        confirm.addWidget(self.no_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(reflowing(top, self))
        layout.addLayout(reflowing(confirm, self))


# -- one kit -----------------------------------------------------------------------------------


class KitStep(StrEnum):
    CONFIRM_BORROW = "confirm_borrow"
    CONFIRM_RETURN = "confirm_return"
    BORROWED = "borrowed"
    RETURNED = "returned"
    REFUSED = "refused"


@dataclass(frozen=True)
class KitView:
    step: KitStep
    item_name: str = ""
    icon: str = "tool"
    due_on: date | None = None
    today: date | None = None
    overdue: bool = False  # a return: it was overdue
    refusal: LoanRefusal | None = None  # REFUSED: why (None: it could not be saved)
    params: tuple[tuple[str, str | int], ...] = ()
    waiver_flow: bool = False  # this kiosk can show the agreement for acceptance
    busy: bool = False

    @property
    def offers_waiver(self) -> bool:
        return self.waiver_flow and self.refusal is LoanRefusal.NEEDS_WAIVER


class KitScreen(_Screen):
    confirmed = Signal()
    cancelled = Signal()
    done = Signal()
    waiver_requested = Signal()

    def __init__(self) -> None:
        super().__init__("KitScreen")
        self.view: KitView | None = None
        self.content.addStretch(1)
        self._icon = icon_label("equipment-tool", 96, self)
        self.content.addWidget(self._icon)
        self.summary = text_label("body")
        self.summary.setObjectName("KitSummary")
        self.content.addWidget(self.summary)
        self.hint = text_label("hint")
        self.hint.setObjectName("KitHint")
        self.content.addWidget(self.hint)
        self.content.addStretch(1)
        self.confirm_button = touch_button("primary")
        self.confirm_button.setObjectName("KitConfirm")
        self.confirm_button.clicked.connect(self.confirmed)
        self.waiver_button = touch_button("primary")
        self.waiver_button.setObjectName("KitReadWaiver")
        self.waiver_button.clicked.connect(self.waiver_requested)
        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("KitCancel")
        self.cancel_button.clicked.connect(self.cancelled)
        self.done_button = touch_button()
        self.done_button.setObjectName("KitDone")
        self.done_button.clicked.connect(self.done)
        row = reflowing(QHBoxLayout(), self)
        row.setSpacing(16)
        row.addStretch(1)
        for button in (self.confirm_button, self.waiver_button, self.cancel_button):
            row.addWidget(button)
        row.addWidget(self.done_button)
        row.addStretch(1)
        self.content.addLayout(row)
        self.back_button.hide()
        self.retranslate()

    def show_view(self, view: KitView) -> None:
        if self.view is None or self.view.icon != view.icon or self.view.step != view.step:
            name = "warning" if view.step is KitStep.REFUSED else equipment_icon(view.icon)
            self._icon.setPixmap(icon_pixmap(name, 96, self))
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self.retranslate()

    def _due(self, view: KitView) -> str:
        if view.due_on is None or view.today is None:
            return ""
        return lending_text.due_line(view.due_on, view.today, overdue=view.overdue)

    def retranslate(self) -> None:
        view = self.view
        self.waiver_button.setText(self.tr("Read the agreement"))
        self.done_button.setText(self.tr("Done"))
        if view is None:
            for label in (self.title, self.summary, self.hint):
                label.setText("")
            for button in (self.confirm_button, self.waiver_button, self.cancel_button):
                button.hide()
            return
        step = view.step
        name = view.item_name
        confirm = cancel = ""
        if step is KitStep.CONFIRM_BORROW:
            title = self.tr("Borrow {kit}?").format(kit=name)
            summary = self._due(view)
            hint = self.tr("Bring it back to the makerspace by then, with everything in it.")
            confirm, cancel = self.tr("Borrow it"), self.tr("Cancel")
        elif step is KitStep.CONFIRM_RETURN:
            title = self.tr("Return {kit}?").format(kit=name)
            summary = self._due(view)
            hint = self.tr("Leave it on the returns shelf. Staff will check that it is complete.")
            confirm, cancel = self.tr("Return it"), self.tr("Cancel")
        elif step is KitStep.BORROWED:
            title = self.tr("You borrowed {kit}").format(kit=name)
            summary = self._due(view)
            hint = self.tr(
                "To return it, scan your card here, tap “Borrow or return a kit” "
                "and scan the kit's label."
            )
            cancel = self.tr("My kits")
        elif step is KitStep.RETURNED:
            title = self.tr("{kit} is returned. Thank you!").format(kit=name)
            summary = self.tr("Please leave it on the returns shelf.")
            hint = ""
            cancel = self.tr("My kits")
        else:
            title = (
                self.tr("{kit} can't be borrowed").format(kit=name)
                if name
                else self.tr("That did not work")
            )
            what, next_step = lending_text.refusal(
                view.refusal, dict(view.params), waiver_here=view.waiver_flow
            )
            summary, hint = what, next_step
            cancel = self.tr("Back")
        self.title.setText(title)
        self.summary.setText(summary)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.confirm_button.setText(confirm)
        self.confirm_button.setVisible(bool(confirm))
        self.confirm_button.setEnabled(not view.busy)
        self.cancel_button.setText(cancel)
        self.cancel_button.setVisible(bool(cancel))
        self.cancel_button.setEnabled(not view.busy)
        self.waiver_button.setVisible(view.offers_waiver)
        # Beside "Read the agreement", "Back" is enough: three buttons do not fit a small screen.
        self.done_button.setVisible(not confirm and not view.offers_waiver)
        self._icon.setAccessibleName(self.tr("Warning") if step is KitStep.REFUSED else name)
        self.setAccessibleName(self.title.text())

    def announcement(self) -> str:
        return joined(self.title.text(), self.summary.text(), self.hint.text())
