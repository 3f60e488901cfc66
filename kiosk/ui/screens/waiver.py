"""The library's waiver for a patron to read and accept: its text in the session's language
(scrolling by finger), and two large buttons, "I accept" and "Not now"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScroller, QTextBrowser, QVBoxLayout, QWidget

from kiosk.ui.announcer import joined
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.reflow import reflowing

TEXT_MIN_HEIGHT_PX = 160


@dataclass(frozen=True)
class WaiverView:
    version: str = ""
    text: str = ""
    language: str = ""  # the text's language, which may be the library's rather than the session's
    is_minor: bool = False
    loading: bool = True
    working: bool = False
    notice: str = ""  # e.g. the waiver changed while the patron read it
    error: str = ""


class WaiverScreen(QWidget):
    accept = Signal()
    decline = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("WaiverScreen")
        self.view = WaiverView()
        self._title = text_label("subtitle", center=False)
        self._intro = text_label("body", center=False)
        self._intro.setObjectName("WaiverIntro")
        self.text = QTextBrowser()
        self.text.setObjectName("WaiverText")
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.StyledPanel)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_role(self.text, "field")
        self.text.setMinimumHeight(TEXT_MIN_HEIGHT_PX)
        QScroller.grabGesture(self.text.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self._notice = text_label("notice", center=False)
        self._notice.setObjectName("WaiverNotice")
        self.decline_button = touch_button()
        self.decline_button.setObjectName("WaiverDeclineButton")
        self.decline_button.clicked.connect(self.decline)
        self.accept_button = touch_button("primary")
        self.accept_button.setObjectName("WaiverAcceptButton")
        self.accept_button.clicked.connect(self._accept)
        buttons = reflowing(QHBoxLayout(), self)
        buttons.addWidget(self.decline_button, 1)
        buttons.addWidget(self.accept_button, 2)

        # On a small display with large text the screen scrolls as a whole, keeping the text
        # box tall enough to read in.
        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(10)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self._notice)
        layout.addLayout(buttons)
        self.retranslate()

    def show_view(self, view: WaiverView) -> None:
        if view.text != self.view.text or self.text.toPlainText() != view.text:
            self.text.setPlainText(view.text)
            self.text.verticalScrollBar().setValue(0)
        self.view = view
        self.accept_button.setEnabled(not view.loading and not view.working and bool(view.text))
        self.decline_button.setEnabled(not view.working)
        self.retranslate()

    def clear(self) -> None:
        self.text.clear()
        self.show_view(WaiverView())

    def _accept(self) -> None:
        if self.view.text and not self.view.working:
            self.accept.emit()

    def retranslate(self) -> None:
        view = self.view
        self._title.setText(self.tr("Before you use the machines"))
        if view.loading:
            intro = self.tr("One moment…")
        elif view.is_minor:
            intro = self.tr(
                "Please read the makerspace agreement (version {version}). A parent or guardian "
                "reads and accepts it with you."
            ).format(version=view.version)
        else:
            intro = self.tr(
                "Please read the makerspace agreement (version {version}). Scroll to read it all."
            ).format(version=view.version)
        self._intro.setText(intro)
        self._notice.setText(view.error or view.notice)
        self._notice.setVisible(bool(view.error or view.notice))
        self.decline_button.setText(self.tr("Not now"))
        self.accept_button.setText(self.tr("I accept"))
        self.text.setAccessibleName(self.tr("The agreement's text"))
        self.setAccessibleName(self._title.text())

    def announcement(self) -> str:
        return joined(self._title.text(), self._intro.text(), self._notice.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
