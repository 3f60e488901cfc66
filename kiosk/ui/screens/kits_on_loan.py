"""The staff "Kits on loan" tool: the kit whose label was just scanned with what can be done
with it (take it back, complete or needing a check; lend it once the patron's card is scanned;
mark it checked), and below it the overdue kits first, then every other kit out."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.announcer import joined
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.reflow import reflowing


@dataclass(frozen=True)
class LoanLine:
    key: str  # the loan's id
    kit: str
    patron: str  # who has it, in words ("Zoë Castellanos", or "a deleted patron")
    due: str  # in words: "Due back by 19 January 2026", "Overdue: ..."
    overdue: bool = False


class KitMode(StrEnum):
    ON_LOAN = "on_loan"  # take back, complete or needing a check
    AWAITING_CARD = "awaiting_card"  # free: scan the patron's card to lend it
    NEEDS_CHECK = "needs_check"  # returned at the kiosk: mark it checked
    UNAVAILABLE = "unavailable"  # out of order, retired, not lendable: nothing to do here


@dataclass(frozen=True)
class ScannedKit:
    name: str
    mode: KitMode
    detail: str  # in words: who has it and until when, or its state


@dataclass(frozen=True)
class KitsOnLoanView:
    lines: tuple[LoanLine, ...] = ()
    kit: ScannedKit | None = None
    status_line: str = ""
    working: bool = False
    loading: bool = False
    failed: bool = False

    @property
    def overdue(self) -> tuple[LoanLine, ...]:
        return tuple(line for line in self.lines if line.overdue)

    @property
    def current(self) -> tuple[LoanLine, ...]:
        return tuple(line for line in self.lines if not line.overdue)


class KitsOnLoanScreen(QWidget):
    back = Signal()
    take_back = Signal(bool)  # needs a check
    mark_checked = Signal()
    forget_kit = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("KitsOnLoanScreen")
        self.view = KitsOnLoanView()
        self.line_labels: dict[str, QLabel] = {}

        self._title = text_label("subtitle", center=False)
        self.back_button = touch_button()
        self.back_button.setObjectName("KitsOnLoanBack")
        self.back_button.clicked.connect(self.back)
        header = reflowing(QHBoxLayout(), self)
        header.addWidget(self._title, 1)
        header.addWidget(self.back_button)

        listing = QWidget()
        listing.setObjectName("LoanList")
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.setSpacing(8)
        self._empty = text_label("hint", center=False)
        self._empty.setObjectName("LoansEmpty")
        listing_layout.addWidget(self._empty)
        self._overdue_heading = text_label("notice", center=False)
        self._overdue_heading.setObjectName("OverdueHeading")
        listing_layout.addWidget(self._overdue_heading)
        self._overdue = QVBoxLayout()
        self._overdue.setSpacing(8)
        listing_layout.addLayout(self._overdue)
        self._current_heading = text_label("hint", center=False)
        self._current_heading.setObjectName("OnLoanHeading")
        listing_layout.addWidget(self._current_heading)
        self._current = QVBoxLayout()
        self._current.setSpacing(8)
        listing_layout.addLayout(self._current)
        listing_layout.addStretch(1)

        self._hint = text_label("body", center=False)
        self._hint.setObjectName("KitScanHint")
        self._kit_name = text_label("subtitle", center=False)
        self._kit_name.setObjectName("ScannedKitName")
        self._kit_detail = text_label("body", center=False)
        self._kit_detail.setObjectName("ScannedKitDetail")
        self.complete_button = touch_button("primary")
        self.complete_button.setObjectName("TakeBackComplete")
        self.complete_button.clicked.connect(lambda: self.take_back.emit(False))
        self.check_button = touch_button()
        self.check_button.setObjectName("TakeBackNeedsCheck")
        self.check_button.clicked.connect(lambda: self.take_back.emit(True))
        self.checked_button = touch_button("primary")
        self.checked_button.setObjectName("KitChecked")
        self.checked_button.clicked.connect(self.mark_checked)
        self.forget_button = touch_button()
        self.forget_button.setObjectName("ForgetKit")
        self.forget_button.clicked.connect(self.forget_kit)

        detail = QFrame()
        detail.setObjectName("ScannedKit")
        set_role(detail, "panel")
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(16, 8, 16, 8)
        detail_layout.setSpacing(8)
        detail_layout.addWidget(self._hint)
        detail_layout.addWidget(self._kit_name)
        detail_layout.addWidget(self._kit_detail)
        # One under another, as in the Machines tool: a row of them would not fit a small
        # screen at larger text.
        for button in (
            self.complete_button,
            self.check_button,
            self.checked_button,
            self.forget_button,
        ):
            detail_layout.addWidget(button)

        self._status = text_label("notice", center=False)
        self._status.setObjectName("KitsOnLoanStatus")

        # One column: the kit just scanned (what staff act on) above the list, so nothing is
        # squeezed at larger text; the whole screen scrolls when it needs more room.
        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(detail)
        layout.addWidget(self._status)
        layout.addWidget(listing)
        layout.addStretch(1)
        self.retranslate()

    def show_view(self, view: KitsOnLoanView) -> None:
        if tuple(line.key for line in view.lines) != tuple(self.line_labels):
            self._rebuild(view)
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self.show_view(KitsOnLoanView())

    def _rebuild(self, view: KitsOnLoanView) -> None:
        for label in self.line_labels.values():
            label.hide()
            label.deleteLater()
        self.line_labels = {}
        for rows, lines in ((self._overdue, view.overdue), (self._current, view.current)):
            for line in lines:
                label = text_label("body", center=False)
                label.setObjectName(f"Loan-{line.key}")
                set_role(label, "body")
                rows.addWidget(label)
                self.line_labels[line.key] = label

    def retranslate(self) -> None:
        view = self.view
        self._title.setText(self.tr("Kits on loan"))
        self.back_button.setText(self.tr("Back to the console"))
        for line in view.lines:
            label = self.line_labels.get(line.key)
            if label is not None:
                mark = "⚠ " if line.overdue else ""
                label.setText(f"{mark}{line.kit} · {line.patron}\n{line.due}")
        if view.loading:
            empty = self.tr("Loading…")
        elif view.failed:
            empty = self.tr("The loans can't be read right now.")
        elif not view.lines:
            empty = self.tr("No kit is out on loan.")
        else:
            empty = ""
        self._empty.setText(empty)
        self._empty.setVisible(bool(empty))
        overdue, current = len(view.overdue), len(view.current)
        self._overdue_heading.setText(self.tr("Overdue (%n)", "", overdue) if overdue else "")
        self._overdue_heading.setVisible(bool(overdue))
        self._current_heading.setText(self.tr("On loan (%n)", "", current) if current else "")
        self._current_heading.setVisible(bool(current))

        kit = view.kit
        if kit is None:
            self._hint.setText(
                self.tr(
                    "Scan a kit's label to take it back. To lend a kit, scan its label, "
                    "then the patron's card."
                )
            )
        elif kit.mode is KitMode.AWAITING_CARD:
            self._hint.setText(self.tr("Now scan the card of the patron who takes it."))
        else:
            self._hint.setText("")
        self._hint.setVisible(bool(self._hint.text()))
        self._kit_name.setText(kit.name if kit is not None else "")
        self._kit_name.setVisible(kit is not None)
        self._kit_detail.setText(kit.detail if kit is not None else "")
        self._kit_detail.setVisible(kit is not None and bool(kit.detail))
        mode = kit.mode if kit is not None else None
        self.complete_button.setText(self.tr("Take back: complete"))
        self.check_button.setText(self.tr("Take back: needs a check"))
        self.checked_button.setText(self.tr("Checked: ready to lend"))
        self.forget_button.setText(self.tr("Scan another kit"))
        self.complete_button.setVisible(mode is KitMode.ON_LOAN)
        self.check_button.setVisible(mode is KitMode.ON_LOAN)
        self.checked_button.setVisible(mode is KitMode.NEEDS_CHECK)
        self.forget_button.setVisible(kit is not None)
        for button in (
            self.complete_button,
            self.check_button,
            self.checked_button,
            self.forget_button,
        ):
            button.setEnabled(not view.working)
        self._status.setText(view.status_line)
        self._status.setVisible(bool(view.status_line))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        return joined(self._title.text(), self._status.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
