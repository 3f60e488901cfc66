"""The start screen: who we are, "Scan your card", and room for the project showcase."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.resources import asset
from kiosk.ui.announcer import joined
from kiosk.ui.widgets.common import icon_label, scroll_body, text_label, touch_button


class AttractScreen(QWidget):
    demo_requested = Signal()
    language_requested = Signal()
    accessibility_requested = Signal()

    def __init__(self, library_name: str, branch_name: str, *, demo: bool = False) -> None:
        super().__init__()
        self.setObjectName("AttractScreen")
        self._library_name = library_name
        self._room_for: set[str] = set()
        self._branch_name = branch_name

        self._brand = text_label("brand")
        self._brand.setObjectName("Brand")
        self._headline = text_label("headline")
        self._headline.setObjectName("Headline")
        self._instructions = text_label("body")

        # Left empty on purpose: the project showcase fills it later through `showcase_slot`.
        self.showcase_slot = QFrame()
        self.showcase_slot.setObjectName("ShowcaseSlot")
        showcase_layout = QVBoxLayout(self.showcase_slot)
        showcase_layout.setContentsMargins(0, 0, 0, 0)

        self.demo_button = touch_button("demo")
        self.demo_button.setObjectName("DemoScanButton")
        self.demo_button.clicked.connect(self.demo_requested)
        self.demo_button.setVisible(demo)

        # Session options, before scanning: a row along the bottom of the start screen.
        self.language_button = touch_button()
        self.language_button.setObjectName("LanguageButton")
        # The globe says "language" to a reader of any script; the text is the current
        # language in its own name.
        self.language_button.setIcon(QIcon(str(asset("icons", "language.svg"))))
        self.language_button.setIconSize(QSize(40, 40))
        self.language_button.clicked.connect(self.language_requested)
        self._language_name = "English"
        self.options_row = QHBoxLayout()
        self.options_row.setObjectName("SessionOptions")
        self.options_row.setSpacing(16)
        self.options_row.addStretch(1)
        self.options_row.addWidget(self.language_button)
        self.accessibility_button = touch_button()
        self.accessibility_button.setObjectName("AccessibilityButton")
        self.accessibility_button.setIcon(QIcon(str(asset("icons", "accessibility.svg"))))
        self.accessibility_button.setIconSize(QSize(40, 40))
        self.accessibility_button.clicked.connect(self.accessibility_requested)
        self.options_row.addWidget(self.accessibility_button)
        self.options_row.addStretch(1)

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self._brand)
        layout.addStretch(1)
        self._icon = icon_label("scan-card", 144, self)
        layout.addWidget(self._icon)
        layout.addWidget(self._headline)
        layout.addWidget(self._instructions)
        # The machines' board (kiosk/ui/flows/equipment.py) goes here when the branch has any.
        self.board_slot = QVBoxLayout()
        self.board_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.board_slot)
        layout.addWidget(self.showcase_slot, 2)
        demo_row = QHBoxLayout()
        demo_row.addStretch(1)
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        layout.addLayout(demo_row)
        # Pinned below the scrolling content: a patron who cannot read what is on screen must
        # find the language and accessibility controls without scrolling.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        first = outer.itemAt(0)
        scroll = first.widget() if first is not None else None
        self._scroll = scroll if isinstance(scroll, QScrollArea) else None
        if scroll is not None:
            # The scrolling part gives way, never the pinned row.
            scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.options_row.setContentsMargins(24, 8, 24, 16)
        outer.addLayout(self.options_row)
        self.retranslate()

    def make_room(self, room: bool, reason: str = "board") -> None:
        """Something below the instructions (the machines' board, the showcase) needs the
        height: the picture of the card gives way while any of them does; the headline and
        instructions still say it."""
        if room:
            self._room_for.add(reason)
        else:
            self._room_for.discard(reason)
        self._icon.setVisible(not self._room_for)

    def content_fits(self) -> bool:
        """Whether everything above the pinned row is in view without scrolling: what is only
        nice to have (the showcase) stays off a screen too small for it."""
        scroll = self._scroll
        body = scroll.widget() if scroll is not None else None
        layout = body.layout() if body is not None else None
        if scroll is None or layout is None:
            return True
        viewport = scroll.viewport()
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(viewport.width())
        else:
            needed = layout.totalSizeHint().height()
        return needed <= viewport.height()

    def show_language(self, native_name: str) -> None:
        self._language_name = native_name
        self.language_button.setText(native_name)
        self.language_button.setAccessibleName(self.tr("Language: {name}").format(name=native_name))

    def retranslate(self) -> None:
        if self._branch_name:
            self._brand.setText(
                self.tr("{library} · {branch}").format(
                    library=self._library_name, branch=self._branch_name
                )
            )
        else:
            self._brand.setText(self._library_name)
        self._headline.setText(self.tr("Scan your card"))
        self._instructions.setText(
            self.tr("Hold the QR code on your makerspace card under the scanner.")
        )
        self.demo_button.setText(self.tr("Demo: simulate a scan (F2)"))
        self.accessibility_button.setText(self.tr("Accessibility"))
        self.show_language(self._language_name)
        self._icon.setAccessibleName(self.tr("A card held under the scanner"))
        self.setAccessibleName(self._headline.text())

    def announcement(self) -> str:
        return joined(self._brand.text(), self._headline.text(), self._instructions.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
