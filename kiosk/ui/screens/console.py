"""The staff console: today at a glance, recent scans, every device's live state, and the
actions a staff member's role allows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.results import ScanOutcome
from kiosk.devices.status import DeviceKind, LinkStatus
from kiosk.ui.announcer import joined
from kiosk.ui.theme import set_role
from kiosk.ui.translation import QT_TRANSLATE_NOOP
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.reflow import reflowing

MAX_SCAN_ROWS = 6
MAX_DEVICE_ROWS = 8


@dataclass(frozen=True)
class DeviceRow:
    name: str
    kind: DeviceKind
    status: LinkStatus
    detail: str


@dataclass(frozen=True)
class ConsoleView:
    staff_name: str
    role: str
    checked_in_today: int | None  # None until counted
    in_now: int | None
    window_minutes: int
    scans: tuple[tuple[str, ScanOutcome], ...]  # (local time, outcome), newest first
    devices: tuple[DeviceRow, ...]
    notices: tuple[str, ...]  # device notices and start-up warnings, newest first
    can_exit: bool
    can_lock: bool
    status_line: str = ""  # the result of the last action, in plain words
    working: bool = False  # an action is running: its buttons are off until it ends
    tools: tuple[tuple[str, str], ...] = ()  # (key, translated label) the role may open
    # The link to the central store in one line ("" when none is configured), and its colour
    # (ok, pending, bad).
    sync_line: str = ""
    sync_role: str = "ok"


_CONTEXT = "ConsoleScreen"

# Untranslated source texts; lupdate reads the literal context in each QT_TRANSLATE_NOOP.
_OUTCOME_TEXT: dict[ScanOutcome, str] = {
    ScanOutcome.WELCOME: QT_TRANSLATE_NOOP("ConsoleScreen", "Patron checked in"),
    ScanOutcome.STAFF: QT_TRANSLATE_NOOP("ConsoleScreen", "Staff card"),
    ScanOutcome.UNKNOWN_CARD: QT_TRANSLATE_NOOP("ConsoleScreen", "Unknown card"),
    ScanOutcome.REVOKED_CARD: QT_TRANSLATE_NOOP("ConsoleScreen", "Revoked card"),
    ScanOutcome.FORGED_CARD: QT_TRANSLATE_NOOP("ConsoleScreen", "Card not from this library"),
    ScanOutcome.MALFORMED: QT_TRANSLATE_NOOP("ConsoleScreen", "Unreadable scan"),
    ScanOutcome.LIBRARY_BARCODE: QT_TRANSLATE_NOOP("ConsoleScreen", "Library barcode"),
    ScanOutcome.UNAVAILABLE: QT_TRANSLATE_NOOP("ConsoleScreen", "Could not check in (database)"),
}


def outcome_text(outcome: ScanOutcome) -> str:
    return QCoreApplication.translate(_CONTEXT, _OUTCOME_TEXT[outcome])


class ConsoleScreen(QWidget):
    close_requested = Signal()
    set_up_card = Signal()
    lock_all = Signal()
    exit_kiosk = Signal()
    open_tools = Signal()

    STATUS_ROLES: ClassVar[dict[LinkStatus, str]] = {
        LinkStatus.CONNECTED: "ok",
        LinkStatus.STARTING: "pending",
        LinkStatus.RECONNECTING: "pending",
        LinkStatus.MISSING: "bad",
        LinkStatus.FAULT: "bad",
        LinkStatus.STOPPED: "pending",
    }

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ConsoleScreen")
        self.view: ConsoleView | None = None

        self._title = text_label("subtitle", center=False)
        self._title.setObjectName("ConsoleTitle")
        self.close_button = touch_button()
        self.close_button.setObjectName("ConsoleCloseButton")
        self.close_button.clicked.connect(self.close_requested)
        header = reflowing(QHBoxLayout(), self)
        header.addWidget(self._title, 1)
        header.addWidget(self.close_button)

        self._today_heading = text_label("hint", center=False)
        self._today = text_label("body", center=False)
        self._today.setObjectName("ConsoleToday")
        self._scans_heading = text_label("hint", center=False)
        self._scans = text_label("small", center=False)
        self._scans.setObjectName("ConsoleScans")
        left = self._panel(self._today_heading, self._today, self._scans_heading, self._scans)

        self._devices_heading = text_label("hint", center=False)
        self._devices = QVBoxLayout()
        self._devices.setSpacing(2)
        self._device_labels: list[tuple[QLabel, QLabel]] = []
        for index in range(MAX_DEVICE_ROWS):
            state = text_label("small", center=False)
            state.setObjectName(f"DeviceState-{index}")
            detail = text_label("hint", center=False)
            detail.setObjectName(f"DeviceDetail-{index}")
            self._devices.addWidget(state)
            self._devices.addWidget(detail)
            state.hide()
            detail.hide()
            self._device_labels.append((state, detail))
        self._notices = text_label("small", center=False)
        self._notices.setObjectName("ConsoleNotices")
        self._sync = text_label("state-ok", center=False)
        self._sync.setObjectName("ConsoleSync")
        self._sync.hide()
        right = QFrame()
        set_role(right, "panel")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 8, 16, 8)
        right_layout.addWidget(self._sync)
        right_layout.addWidget(self._devices_heading)
        # A makerspace may have more devices than fit: the list scrolls with a finger.
        listing = QWidget()
        listing.setObjectName("ConsoleDeviceList")
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(self._devices)
        listing_layout.addWidget(self._notices)
        listing_layout.addStretch(1)
        self.device_scroll = QScrollArea()
        self.device_scroll.setObjectName("ConsoleDeviceScroll")
        self.device_scroll.setWidget(listing)
        self.device_scroll.setWidgetResizable(True)
        self.device_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.device_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Information, not a control: Tab goes from one action to the next.
        self.device_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(
            self.device_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        right_layout.addWidget(self.device_scroll, 1)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(left, 2)
        columns.addWidget(right, 3)

        self.setup_button = touch_button()
        self.setup_button.setObjectName("ConsoleSetupCardButton")
        self.setup_button.clicked.connect(self.set_up_card)
        self.lock_button = touch_button("danger")
        self.lock_button.setObjectName("ConsoleLockAllButton")
        self.lock_button.clicked.connect(self.lock_all)
        self.exit_button = touch_button()
        self.exit_button.setObjectName("ConsoleExitButton")
        self.exit_button.clicked.connect(self.exit_kiosk)
        # Machines, trainings, loans, reviews, the print queue: one tap away, on their own
        # screen, so the console stays readable at a glance.
        self.tools_button = touch_button("primary")
        self.tools_button.setObjectName("ConsoleToolsButton")
        self.tools_button.clicked.connect(self.open_tools)
        actions = reflowing(QHBoxLayout(), self)
        actions.setSpacing(16)
        for button in self._action_buttons():
            button.setProperty("compact", True)  # the actions side by side at 1024 px
            actions.addWidget(button, 1)

        self._status = text_label("notice", center=False)
        self._status.setObjectName("ConsoleStatus")

        layout = QVBoxLayout(scroll_body(self))
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(columns, 1)
        layout.addWidget(self._status)
        layout.addLayout(actions)
        self.retranslate()

    def _action_buttons(self) -> tuple[QPushButton, ...]:
        return (self.tools_button, self.setup_button, self.lock_button, self.exit_button)

    @staticmethod
    def _panel(*labels: QLabel) -> QFrame:
        panel = QFrame()
        set_role(panel, "panel")
        box = QVBoxLayout(panel)
        box.setContentsMargins(16, 8, 16, 8)
        for label in labels:
            box.addWidget(label)
        box.addStretch(1)
        return panel

    def show_view(self, view: ConsoleView) -> None:
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self.retranslate()

    def retranslate(self) -> None:
        view = self.view
        self.close_button.setText(self.tr("Close console"))
        self.setup_button.setText(self.tr("Set up a card"))
        self.lock_button.setText(self.tr("Lock all machines"))
        self.exit_button.setText(self.tr("Exit the kiosk"))
        self.tools_button.setText(self.tr("Staff tools"))
        self._today_heading.setText(self.tr("Today"))
        self._scans_heading.setText(self.tr("Recent scans at this kiosk"))
        self._devices_heading.setText(self.tr("Devices"))
        self.setAccessibleName(self.tr("Staff console"))
        if view is None:
            for label in (self._title, self._today, self._scans, self._notices, self._status):
                label.setText("")
            self._sync.setText("")
            self._sync.hide()
            self._fill_devices(())
            return
        self._title.setText(self.tr("Staff console · {name}").format(name=view.staff_name))
        if view.checked_in_today is None or view.in_now is None:
            self._today.setText(self.tr("Counting…"))
        else:
            self._today.setText(
                self.tr(
                    "Checked in today: {today}\nIn now: {now} (checked in within {hours} h)"
                ).format(
                    today=view.checked_in_today,
                    now=view.in_now,
                    hours=round(view.window_minutes / 60, 1),
                )
            )
        if view.scans:
            rows = view.scans[:MAX_SCAN_ROWS]
            self._scans.setText("\n".join(f"{at}  {outcome_text(kind)}" for at, kind in rows))
        else:
            self._scans.setText(self.tr("No scans since the kiosk started."))
        self._fill_devices(view.devices)
        set_role(self._sync, f"state-{view.sync_role}")
        self._sync.style().unpolish(self._sync)
        self._sync.style().polish(self._sync)
        self._sync.setText(view.sync_line)
        self._sync.setVisible(bool(view.sync_line))
        self._notices.setText("\n".join(view.notices[:4]))
        self._notices.setVisible(bool(view.notices))
        self._status.setText(view.status_line)
        self.lock_button.setVisible(view.can_lock)
        self.exit_button.setVisible(view.can_exit)
        self.tools_button.setVisible(bool(view.tools))
        for button in self._action_buttons():
            button.setEnabled(not view.working)

    def announcement(self) -> str:
        return joined(self._title.text() or self.accessibleName(), self._status.text())

    def _fill_devices(self, rows: tuple[DeviceRow, ...]) -> None:
        # A fixed set of labels, shown or hidden: device states change often, and new
        # widgets would have to be laid out anew each time.
        for index, (state, detail) in enumerate(self._device_labels):
            if index >= len(rows):
                state.hide()
                detail.hide()
                continue
            row = rows[index]
            set_role(state, f"state-{self.STATUS_ROLES[row.status]}")
            state.style().unpolish(state)
            state.style().polish(state)
            if row.kind in (DeviceKind.DATABASE, DeviceKind.SCANNER):  # named by its kind
                text = self.tr("{name}: {status}")
            else:
                text = self.tr("{name} ({kind}): {status}")
            state.setText(
                text.format(
                    name=row.name,
                    kind=self._kind_text(row.kind),
                    status=self._status_text(row.status),
                )
            )
            state.show()
            detail.setText(row.detail)
            detail.setVisible(bool(row.detail))

    def _kind_text(self, kind: DeviceKind) -> str:
        return {
            DeviceKind.DATABASE: self.tr("database"),
            DeviceKind.RELAY: self.tr("relay controller"),
            DeviceKind.PRINTER: self.tr("printer"),
            DeviceKind.SCANNER: self.tr("card scanner"),
        }[kind]

    def _status_text(self, status: LinkStatus) -> str:
        return {
            LinkStatus.STARTING: self.tr("starting"),
            LinkStatus.CONNECTED: self.tr("connected"),
            LinkStatus.RECONNECTING: self.tr("reconnecting"),
            LinkStatus.MISSING: self.tr("missing"),
            LinkStatus.FAULT: self.tr("fault"),
            LinkStatus.STOPPED: self.tr("stopped"),
        }[status]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
