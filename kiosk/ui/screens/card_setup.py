"""Staff set up a card: the card (the unknown one just scanned, or one scanned now), then the
patron it belongs to (found by name) or a new patron with the few fields the library needs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.announcer import joined
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.reflow import reflowing
from kiosk.ui.widgets.touch_keyboard import wants_keyboard

MATCH_COLUMNS = 2


class SetupStep(StrEnum):
    CARD = "card"  # waiting for a card
    WHO = "who"  # whose card: search, or a new patron
    NEW = "new"  # a new patron's details
    DONE = "done"


@dataclass(frozen=True)
class Match:
    key: str  # the patron id as text
    label: str  # "Zoë Castellanos (2011)"


@dataclass(frozen=True)
class SetupView:
    step: SetupStep
    card_time: str | None = None  # when the card was scanned ("15:04"), once there is one
    matches: tuple[Match, ...] = ()
    searched: bool = False  # a search ran: an empty `matches` means nobody was found
    error: str = ""  # one plain line: what went wrong and what to do
    done_name: str = ""
    working: bool = False


class CardSetupScreen(QWidget):
    back = Signal()
    search = Signal(str)
    patron_chosen = Signal(str)
    new_patron = Signal()
    register = Signal(str, str)  # name, birth year ("" when not given)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("CardSetupScreen")
        self.view = SetupView(SetupStep.CARD)
        self._title = text_label("subtitle", center=False)
        self._card = text_label("body", center=False)
        self._card.setObjectName("SetupCardLine")
        self._error = text_label("notice", center=False)
        self._error.setObjectName("SetupError")
        self.back_button = touch_button()
        self.back_button.setObjectName("SetupBackButton")
        self.back_button.clicked.connect(self.back)
        header = reflowing(QHBoxLayout(), self)
        header.addWidget(self._title, 1)
        header.addWidget(self.back_button)

        self.pages = QStackedWidget()
        self._card_page = self._build_card_page()
        self._who_page = self._build_who_page()
        self._new_page = self._build_new_page()
        self._done_page = self._build_done_page()

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self._card)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self._error)
        self.retranslate()

    # -- pages -------------------------------------------------------------------------------

    def _build_card_page(self) -> QWidget:
        page = QWidget()
        self._scan_prompt = text_label("headline")
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(self._scan_prompt)
        box.addStretch(1)
        self.pages.addWidget(page)
        return page

    def _build_who_page(self) -> QWidget:
        page = QWidget()
        self.search_field = QLineEdit()
        self.search_field.setObjectName("SetupSearchField")
        set_role(self.search_field, "field")
        wants_keyboard(self.search_field)
        self.search_field.returnPressed.connect(self._search)
        self.search_button = touch_button()
        self.search_button.setObjectName("SetupSearchButton")
        self.search_button.clicked.connect(self._search)
        row = reflowing(QHBoxLayout(), page)
        row.addWidget(self.search_field, 3)
        row.addWidget(self.search_button, 1)
        self._results = QGridLayout()
        self._results.setSpacing(8)
        self.match_buttons: dict[str, QPushButton] = {}
        self._no_match = text_label("hint", center=False)
        self.new_button = touch_button("primary")
        self.new_button.setObjectName("SetupNewPatronButton")
        self.new_button.clicked.connect(self.new_patron)
        box = QVBoxLayout(page)
        box.addLayout(row)
        box.addLayout(self._results)
        box.addWidget(self._no_match)
        box.addStretch(1)
        box.addWidget(self.new_button)
        self.pages.addWidget(page)
        return page

    def _build_new_page(self) -> QWidget:
        page = QWidget()
        self._name_label = text_label("hint", center=False)
        self.name_field = QLineEdit()
        self.name_field.setObjectName("SetupNameField")
        self.name_field.setMaxLength(80)
        set_role(self.name_field, "field")
        wants_keyboard(self.name_field)
        self._year_label = text_label("hint", center=False)
        self.year_field = QLineEdit()
        self.year_field.setObjectName("SetupYearField")
        self.year_field.setValidator(QIntValidator(1900, 2200, self.year_field))
        self.year_field.setMaxLength(4)
        set_role(self.year_field, "field")
        wants_keyboard(self.year_field)
        self.register_button = touch_button("primary")
        self.register_button.setObjectName("SetupRegisterButton")
        self.register_button.clicked.connect(
            lambda: self.register.emit(self.name_field.text(), self.year_field.text())
        )
        box = QVBoxLayout(page)
        box.addWidget(self._name_label)
        box.addWidget(self.name_field)
        box.addWidget(self._year_label)
        box.addWidget(self.year_field)
        box.addStretch(1)
        box.addWidget(self.register_button)
        self.pages.addWidget(page)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        self._done_text = text_label("headline")
        self._done_text.setObjectName("SetupDoneText")
        self.done_button = touch_button("primary")
        self.done_button.setObjectName("SetupDoneButton")
        self.done_button.clicked.connect(self.back)
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(self._done_text)
        box.addStretch(1)
        box.addWidget(self.done_button)
        self.pages.addWidget(page)
        return page

    # -- rendering ---------------------------------------------------------------------------

    def show_view(self, view: SetupView) -> None:
        entering = view.step is not self.view.step
        self.view = view
        page = {
            SetupStep.CARD: self._card_page,
            SetupStep.WHO: self._who_page,
            SetupStep.NEW: self._new_page,
            SetupStep.DONE: self._done_page,
        }[view.step]
        self.pages.setCurrentWidget(page)
        self._fill_matches(view.matches)
        buttons = (self.search_button, self.register_button, self.new_button)
        for widget in (*buttons, *self.match_buttons.values()):
            widget.setEnabled(not view.working)
        if entering and view.step is SetupStep.WHO:
            self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
        elif entering and view.step is SetupStep.NEW:
            self.name_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()

    def clear(self) -> None:
        for field in (self.search_field, self.name_field, self.year_field):
            field.clear()
        self.show_view(SetupView(SetupStep.CARD))

    def _search(self) -> None:
        self.search.emit(self.search_field.text())

    def _fill_matches(self, matches: tuple[Match, ...]) -> None:
        for button in self.match_buttons.values():
            self._results.removeWidget(button)
            button.deleteLater()
        self.match_buttons = {}
        for index, match in enumerate(matches):
            button = touch_button(parent=self)
            button.setObjectName(f"Match-{index}")
            button.setText(match.label)
            button.clicked.connect(lambda _c=False, key=match.key: self.patron_chosen.emit(key))
            self._results.addWidget(button, index // MATCH_COLUMNS, index % MATCH_COLUMNS)
            self.match_buttons[match.key] = button
        # Tab in reading order: the search, the people found, then "new patron".
        chain = [self.search_field, self.search_button, *self.match_buttons.values()]
        for before, after in zip(chain, [*chain[1:], self.new_button], strict=True):
            QWidget.setTabOrder(before, after)

    def retranslate(self) -> None:
        view = self.view
        self._title.setText(self.tr("Set up a card"))
        self.back_button.setText(self.tr("Back to the console"))
        self._scan_prompt.setText(self.tr("Scan the card to set up now."))
        if view.card_time is not None:
            self._card.setText(self.tr("Card scanned at {time}.").format(time=view.card_time))
        else:
            self._card.setText("")
        self.search_field.setPlaceholderText(self.tr("The patron's name"))
        self.search_button.setText(self.tr("Find"))
        self.new_button.setText(self.tr("New patron with this card"))
        self._no_match.setText(
            self.tr("Nobody found with that name.") if view.searched and not view.matches else ""
        )
        self._name_label.setText(self.tr("Name (as the patron wants it shown)"))
        self._year_label.setText(self.tr("Year of birth (optional; tells us about minors)"))
        self.register_button.setText(self.tr("Register and set up the card"))
        self._done_text.setText(
            self.tr("The card now belongs to {name}. Their next scan checks them in.").format(
                name=view.done_name
            )
        )
        self.done_button.setText(self.tr("Back to the console"))
        self._error.setText(view.error)
        self.search_field.setAccessibleName(self.tr("The patron's name"))
        self.name_field.setAccessibleName(self._name_label.text())
        self.year_field.setAccessibleName(self.tr("Year of birth"))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        page = {
            SetupStep.CARD: self._scan_prompt.text(),
            SetupStep.WHO: self._card.text(),
            SetupStep.NEW: self._name_label.text(),
            SetupStep.DONE: self._done_text.text(),
        }[self.view.step]
        return joined(self._title.text(), page, self._error.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
