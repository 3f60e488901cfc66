"""Staff's "Trainings & consent" tool: find the patron (scan their card, or search by name), see
their trainings and guardian consent, certify them on a training picked from large buttons, and
record or withdraw a guardian's consent."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.announcer import joined
from kiosk.ui.screens.card_setup import Match
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.touch_keyboard import wants_keyboard

COLUMNS = 2
# What a label or field that wraps needs beside a button before the row stacks instead.
WRAPPING_MIN_PX = 240
MARGIN_PX = 32
SCROLLBAR_ALLOWANCE_PX = 24


class TrainingsStep(StrEnum):
    FIND = "find"  # scan the card or search by name
    PATRON = "patron"  # their trainings and consent
    CONFIRM = "confirm"  # certify (or revoke) one training


@dataclass(frozen=True)
class TrainingRow:
    code: str
    name: str
    state: str  # "valid" | "expired" | "revoked" | "none" (CertificationState)
    until: str | None = None  # the expiry as a local date ("31 Jan 2027"), when there is one
    validity_months: int | None = None


@dataclass(frozen=True)
class TrainingsView:
    step: TrainingsStep
    matches: tuple[Match, ...] = ()
    searched: bool = False
    patron_name: str = ""
    is_minor: bool = False
    consent: bool = False
    consent_since: str | None = None  # local date the consent was recorded
    trainings: tuple[TrainingRow, ...] = ()
    chosen: str | None = None  # the training code on the confirm step
    done: str = ""  # one line: what was just saved
    error: str = ""
    working: bool = False

    def row(self, code: str | None) -> TrainingRow | None:
        return next((row for row in self.trainings if row.code == code), None)


class TrainingsScreen(QWidget):
    back = Signal()
    search = Signal(str)
    patron_chosen = Signal(str)
    other_patron = Signal()
    training_chosen = Signal(str)
    certify = Signal(str)
    revoke = Signal(str)
    cancel = Signal()
    record_consent = Signal()
    withdraw_consent = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("TrainingsScreen")
        self.view = TrainingsView(TrainingsStep.FIND)
        self._title = text_label("subtitle", center=False)
        self.back_button = touch_button()
        self.back_button.setObjectName("TrainingsBackButton")
        self.back_button.clicked.connect(self.back)
        self._rows: list[QBoxLayout] = []
        header = self._row()
        header.addWidget(self._title, 1)
        header.addWidget(self.back_button)
        self._done = text_label("body", center=False)
        self._done.setObjectName("TrainingsDone")
        self._error = text_label("notice", center=False)
        self._error.setObjectName("TrainingsError")

        self.pages = QStackedWidget()
        self._find_page = self._build_find_page()
        self._patron_page = self._build_patron_page()
        self._confirm_page = self._build_confirm_page()

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(MARGIN_PX, 16, MARGIN_PX, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self._done)
        layout.addWidget(self._error)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    # -- pages -------------------------------------------------------------------------------

    def _build_find_page(self) -> QWidget:
        page = QWidget()
        self._scan_prompt = text_label("title", center=False)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("TrainingsSearchField")
        set_role(self.search_field, "field")
        wants_keyboard(self.search_field)
        self.search_field.returnPressed.connect(self._search)
        self.search_button = touch_button()
        self.search_button.setObjectName("TrainingsSearchButton")
        self.search_button.clicked.connect(self._search)
        row = self._row()
        row.addWidget(self.search_field, 3)
        row.addWidget(self.search_button, 1)
        self._results = QGridLayout()
        self._results.setSpacing(8)
        self.match_buttons: dict[str, QPushButton] = {}
        self._no_match = text_label("hint", center=False)
        box = QVBoxLayout(page)
        box.addWidget(self._scan_prompt)
        box.addLayout(row)
        box.addLayout(self._results)
        box.addWidget(self._no_match)
        box.addStretch(1)
        self.pages.addWidget(page)
        return page

    def _build_patron_page(self) -> QWidget:
        page = QWidget()
        self._patron = text_label("title", center=False)
        self._patron.setObjectName("TrainingsPatron")
        self.other_button = touch_button()
        self.other_button.setObjectName("TrainingsOtherPatronButton")
        self.other_button.clicked.connect(self.other_patron)
        name_row = self._row()
        name_row.addWidget(self._patron, 1)
        name_row.addWidget(self.other_button)
        self._consent = text_label("body", center=False)
        self._consent.setObjectName("TrainingsConsent")
        self.consent_button = touch_button()
        self.consent_button.setObjectName("TrainingsConsentButton")
        self.consent_button.clicked.connect(self._consent_tapped)
        consent_row = self._row()
        consent_row.addWidget(self._consent, 1)
        consent_row.addWidget(self.consent_button)
        self._pick = text_label("hint", center=False)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(12)
        self.training_buttons: dict[str, QPushButton] = {}
        self._none = text_label("hint", center=False)
        box = QVBoxLayout(page)
        box.addLayout(name_row)
        box.addLayout(consent_row)
        box.addWidget(self._pick)
        box.addLayout(self._grid)
        box.addWidget(self._none)
        box.addStretch(1)
        self.pages.addWidget(page)
        return page

    def _build_confirm_page(self) -> QWidget:
        page = QWidget()
        self._question = text_label("headline")
        self._question.setObjectName("TrainingsQuestion")
        self._detail = text_label("body")
        self.certify_button = touch_button("primary")
        self.certify_button.setObjectName("TrainingsCertifyButton")
        self.certify_button.clicked.connect(self._certify)
        self.revoke_button = touch_button()
        self.revoke_button.setObjectName("TrainingsRevokeButton")
        self.revoke_button.clicked.connect(self._revoke)
        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("TrainingsCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        buttons = self._row()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.certify_button, 1)
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(self._question)
        box.addWidget(self._detail)
        box.addStretch(1)
        box.addLayout(buttons)
        self.pages.addWidget(page)
        return page

    # -- rendering ---------------------------------------------------------------------------

    def show_view(self, view: TrainingsView) -> None:
        entering = view.step is not self.view.step
        self.view = view
        page = {
            TrainingsStep.FIND: self._find_page,
            TrainingsStep.PATRON: self._patron_page,
            TrainingsStep.CONFIRM: self._confirm_page,
        }[view.step]
        self.pages.setCurrentWidget(page)
        self._fill_matches(view.matches)
        self._fill_trainings(view.trainings)
        self._done.setVisible(bool(view.done))
        self._error.setVisible(bool(view.error))
        chosen = view.row(view.chosen)
        self.revoke_button.setVisible(chosen is not None and chosen.state == "valid")
        for button in (
            self.search_button,
            self.consent_button,
            self.certify_button,
            self.revoke_button,
            *self.match_buttons.values(),
            *self.training_buttons.values(),
        ):
            button.setEnabled(not view.working)
        if entering and view.step is TrainingsStep.FIND:
            self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()

    def clear(self) -> None:
        self.search_field.clear()
        self.show_view(TrainingsView(TrainingsStep.FIND))

    def _search(self) -> None:
        self.search.emit(self.search_field.text())

    def _consent_tapped(self) -> None:
        (self.withdraw_consent if self.view.consent else self.record_consent).emit()

    def _certify(self) -> None:
        if self.view.chosen is not None:
            self.certify.emit(self.view.chosen)

    def _revoke(self) -> None:
        if self.view.chosen is not None:
            self.revoke.emit(self.view.chosen)

    def _fill_matches(self, matches: tuple[Match, ...]) -> None:
        if tuple(self.match_buttons) == tuple(m.key for m in matches):
            return
        for button in self.match_buttons.values():
            self._results.removeWidget(button)
            button.deleteLater()
        self.match_buttons = {}
        for index, match in enumerate(matches):
            button = touch_button(parent=self)
            button.setObjectName(f"TrainingsMatch-{index}")
            button.setText(match.label)
            button.clicked.connect(lambda _c=False, key=match.key: self.patron_chosen.emit(key))
            self._results.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.match_buttons[match.key] = button

    def _fill_trainings(self, rows: tuple[TrainingRow, ...]) -> None:
        if tuple(self.training_buttons) != tuple(row.code for row in rows):
            for button in self.training_buttons.values():
                self._grid.removeWidget(button)
                button.deleteLater()
            self.training_buttons = {}
            for row in rows:
                button = touch_button(parent=self)
                button.setObjectName(f"Training-{row.code}")
                button.clicked.connect(
                    lambda _c=False, code=row.code: self.training_chosen.emit(code)
                )
                self.training_buttons[row.code] = button

    def _label_trainings(self) -> None:
        for row in self.view.trainings:
            button = self.training_buttons[row.code]
            _restyle(button, "primary" if row.state != "valid" else "")
            text = f"{row.name}\n{self._state_text(row)}"
            button.setText(text.replace("&", "&&"))
            button.setAccessibleName(text)
        self._place_trainings()

    def _place_trainings(self) -> None:
        """Two buttons to a row where their words fit side by side, else one (a button never
        wraps its text: longer languages and larger text take the whole width)."""
        buttons = list(self.training_buttons.values())
        # The screen's own width: the page's may already be stretched by two wide buttons.
        room = self.width() - 2 * MARGIN_PX - SCROLLBAR_ALLOWANCE_PX
        widest = max((button.sizeHint().width() for button in buttons), default=0)
        columns = COLUMNS if widest * COLUMNS + self._grid.horizontalSpacing() <= room else 1
        for button in buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(buttons):
            self._grid.addWidget(button, index // columns, index % columns)

    def _row(self) -> QBoxLayout:
        row = QHBoxLayout()
        self._rows.append(row)
        return row

    def _fit_rows(self) -> None:
        """Each row side by side where it fits the screen's width, else stacked. Measured
        against the screen, not the row: a row too wide would stretch the content it measures
        (and so always seem to fit)."""
        room = self.width() - 2 * MARGIN_PX - SCROLLBAR_ALLOWANCE_PX
        for row in self._rows:
            widths = []
            for index in range(row.count()):
                item = row.itemAt(index)
                widget = item.widget() if item is not None else None
                if widget is None or widget.isHidden():
                    continue
                wraps = isinstance(widget, QLabel | QLineEdit)
                hint = widget.minimumSizeHint() if wraps else widget.sizeHint()
                widths.append(max(hint.width(), WRAPPING_MIN_PX) if wraps else hint.width())
            needed = sum(widths) + max(row.spacing(), 0) * max(len(widths) - 1, 0)
            direction = (
                QBoxLayout.Direction.LeftToRight
                if needed <= room
                else QBoxLayout.Direction.TopToBottom
            )
            if row.direction() != direction:
                row.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_trainings()
        self._fit_rows()

    def _state_text(self, row: TrainingRow) -> str:
        if row.state == "valid":
            if row.until is None:
                return self.tr("✓ Certified")
            return self.tr("✓ Certified until {date}").format(date=row.until)
        if row.state == "expired":
            return self.tr("Expired on {date}").format(date=row.until or "")
        if row.state == "revoked":
            return self.tr("Revoked")
        return self.tr("Not certified")

    def retranslate(self) -> None:
        view = self.view
        self._title.setText(self.tr("Trainings & consent"))
        self.back_button.setText(self.tr("Back to the console"))
        self._scan_prompt.setText(self.tr("Scan the patron's card, or find them by name."))
        self.search_field.setPlaceholderText(self.tr("The patron's name"))
        self.search_field.setAccessibleName(self.tr("The patron's name"))
        self.search_button.setText(self.tr("Find"))
        self._no_match.setText(
            self.tr("Nobody found with that name.") if view.searched and not view.matches else ""
        )
        if view.is_minor:
            self._patron.setText(self.tr("{name} (under 18)").format(name=view.patron_name))
        else:
            self._patron.setText(view.patron_name)
        if view.consent:
            self._consent.setText(
                self.tr("Guardian consent on file since {date}.").format(
                    date=view.consent_since or ""
                )
            )
            self.consent_button.setText(self.tr("Withdraw consent"))
        else:
            self._consent.setText(
                self.tr("No guardian consent on file: this minor cannot book machines yet.")
                if view.is_minor
                else self.tr("No guardian consent on file (not needed for adults).")
            )
            self.consent_button.setText(self.tr("Record consent"))
        _restyle(self.consent_button, "primary" if view.is_minor and not view.consent else "")
        self._pick.setText(self.tr("Tap a training to certify the patron on it."))
        self._label_trainings()
        self._none.setText(
            self.tr(
                "No trainings yet. An administrator adds them with 'makerspace-kiosk training add'."
            )
            if view.step is TrainingsStep.PATRON and not view.trainings
            else ""
        )
        self.other_button.setText(self.tr("Another patron"))
        chosen = view.row(view.chosen)
        if chosen is not None:
            self._question.setText(
                self.tr("Certify {name} on {training}?").format(
                    name=view.patron_name, training=chosen.name
                )
            )
            if chosen.validity_months is None:
                self._detail.setText(self.tr("The certification does not expire."))
            else:
                self._detail.setText(
                    self.tr(
                        "The certification is valid for %n month(s).", "", chosen.validity_months
                    )
                )
            self.certify_button.setText(
                self.tr("Certify again") if chosen.state == "valid" else self.tr("Certify")
            )
        self.revoke_button.setText(self.tr("Revoke"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._done.setText(view.done)
        self._error.setText(view.error)
        self.setAccessibleName(self._title.text())
        self._fit_rows()

    def announcement(self) -> str:
        page = {
            TrainingsStep.FIND: self._scan_prompt.text(),
            TrainingsStep.PATRON: joined(self._patron.text(), self._consent.text()),
            TrainingsStep.CONFIRM: joined(self._question.text(), self._detail.text()),
        }[self.view.step]
        return joined(self._title.text(), page, self._done.text(), self._error.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _restyle(button: QPushButton, role: str) -> None:
    """A role that changes after the button is shown needs the style applied again."""
    if button.property("role") == role:
        return
    button.setProperty("role", role)
    button.style().unpolish(button)
    button.style().polish(button)
