"""The staff print queue: per printer, the job on it with live progress and temperatures,
pause, resume, cancel, the emergency stop, the jobs waiting (in order) and the jobs that failed,
with why and a way to requeue them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QScroller,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.print_views import (
    FailureCode,
    JobStatus,
    PrinterLive,
    PrinterQueue,
    PrintJobView,
)
from kiosk.ui.announcer import joined
from kiosk.ui.theme import set_role
from kiosk.ui.translation import QT_TRANSLATE_NOOP
from kiosk.ui.widgets.common import text_label, touch_button

_CONTEXT = "PrintQueueScreen"

_FAILURE_TEXT: dict[FailureCode, str] = {
    FailureCode.PRINTER_RESET: QT_TRANSLATE_NOOP(
        "PrintQueueScreen", "The printer restarted during the print"
    ),
    FailureCode.HALTED: QT_TRANSLATE_NOOP("PrintQueueScreen", "The printer halted"),
    FailureCode.EMERGENCY_STOP: QT_TRANSLATE_NOOP("PrintQueueScreen", "Emergency stop"),
    FailureCode.CANCELLED: QT_TRANSLATE_NOOP("PrintQueueScreen", "Cancelled"),
    FailureCode.PRINTER_ERROR: QT_TRANSLATE_NOOP(
        "PrintQueueScreen", "The printer reported a fault"
    ),
    FailureCode.REJECTED: QT_TRANSLATE_NOOP("PrintQueueScreen", "The printer refused the file"),
    FailureCode.UNREACHABLE: QT_TRANSLATE_NOOP(
        "PrintQueueScreen", "The printer could not be reached"
    ),
    FailureCode.FILE_MISSING: QT_TRANSLATE_NOOP("PrintQueueScreen", "The file is missing"),
    FailureCode.PAST_CLOSING: QT_TRANSLATE_NOOP(
        "PrintQueueScreen", "It would have run past closing time"
    ),
    FailureCode.BOOKED: QT_TRANSLATE_NOOP(
        "PrintQueueScreen", "It would have run into a booking of the printer"
    ),
    FailureCode.INTERRUPTED: QT_TRANSLATE_NOOP(
        "PrintQueueScreen", "The kiosk stopped during the print"
    ),
}

_STATE_TEXT: dict[str, str] = {
    "disconnected": QT_TRANSLATE_NOOP("PrintQueueScreen", "not connected"),
    "connecting": QT_TRANSLATE_NOOP("PrintQueueScreen", "connecting"),
    "ready": QT_TRANSLATE_NOOP("PrintQueueScreen", "ready"),
    "printing": QT_TRANSLATE_NOOP("PrintQueueScreen", "printing"),
    "paused": QT_TRANSLATE_NOOP("PrintQueueScreen", "paused"),
    "busy": QT_TRANSLATE_NOOP("PrintQueueScreen", "busy"),
    "error": QT_TRANSLATE_NOOP("PrintQueueScreen", "needs attention"),
    "halted": QT_TRANSLATE_NOOP(
        "PrintQueueScreen", "stopped: reset it on the printer, then reconnect"
    ),
    "power-only": QT_TRANSLATE_NOOP("PrintQueueScreen", "power only"),
}

_HEATER_TEXT: dict[str, str] = {
    "bed": QT_TRANSLATE_NOOP("PrintQueueScreen", "Bed"),
    "chamber": QT_TRANSLATE_NOOP("PrintQueueScreen", "Chamber"),
}


def failure_text(code: FailureCode | None) -> str:
    if code is None:
        return ""
    return QCoreApplication.translate(_CONTEXT, _FAILURE_TEXT[code])


def state_text(state: str) -> str:
    source = _STATE_TEXT.get(state)
    return QCoreApplication.translate(_CONTEXT, source) if source else state


@dataclass(frozen=True)
class PrinterPanel:
    queue: PrinterQueue
    live: PrinterLive | None


@dataclass(frozen=True)
class PrintQueueView:
    printers: tuple[PrinterPanel, ...]
    selected: str  # the printer shown
    status_line: str = ""
    working: bool = False

    def panel(self) -> PrinterPanel | None:
        for panel in self.printers:
            if panel.queue.printer == self.selected:
                return panel
        return self.printers[0] if self.printers else None


def _minutes(seconds: float | None) -> int | None:
    return None if seconds is None else max(1, round(seconds / 60))


class PrintQueueScreen(QWidget):
    back = Signal()
    select = Signal(str)  # printer
    pause = Signal(str)
    resume = Signal(str)
    emergency_stop = Signal(str)
    reset_printer = Signal(str)
    cancel = Signal(object)  # job id
    requeue = Signal(object)
    move_job = Signal(object, int)  # job id, steps

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("PrintQueueScreen")
        self.view: PrintQueueView | None = None

        self._title = text_label("subtitle", center=False)
        self.back_button = touch_button()
        self.back_button.setObjectName("PrintQueueBack")
        self.back_button.clicked.connect(self.back)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self._title, 1)
        header.addWidget(self.back_button)
        # The printers, one shown at a time, in a row of their own under the title: long
        # names and larger text still fit beside each other on a small screen.
        self._printer_row = QHBoxLayout()
        self._printer_row.setSpacing(12)
        printers = QHBoxLayout()
        printers.addLayout(self._printer_row)
        printers.addStretch(1)

        self._printer_buttons: list[QPushButton] = []

        # The printer and its job.
        self._state = text_label("body", center=False)
        self._state.setObjectName("PrintQueueState")
        self._temps = text_label("small", center=False)
        self._temps.setObjectName("PrintQueueTemps")
        self._job = text_label("body", center=False)
        self._job.setObjectName("PrintQueueJob")
        self.progress = QProgressBar()
        self.progress.setObjectName("PrintQueueProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMinimumHeight(24)
        self.pause_button = touch_button()
        self.pause_button.setObjectName("PrintQueuePause")
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("PrintQueueCancel")
        self.cancel_button.clicked.connect(self._cancel_active)
        self.reset_button = touch_button()
        self.reset_button.setObjectName("PrintQueueReset")
        self.reset_button.clicked.connect(lambda: self._printer_signal(self.reset_printer))
        self.stop_button = touch_button("danger")
        self.stop_button.setObjectName("PrintQueueEmergencyStop")
        self.stop_button.clicked.connect(lambda: self._printer_signal(self.emergency_stop))
        # In a row where they fit, else in rows (`_arrange_controls`): four in a row do not fit
        # 800 px with larger text or longer words.
        self._controls = QGridLayout()
        self._controls.setSpacing(12)
        self._control_buttons = (
            self.pause_button,
            self.cancel_button,
            self.reset_button,
            self.stop_button,
        )
        for index, button in enumerate(self._control_buttons):
            button.setProperty("compact", True)
            self._controls.addWidget(button, index // 2, index % 2)
        controls = self._controls
        current = QFrame()
        set_role(current, "panel")
        current_box = QVBoxLayout(current)
        current_box.setContentsMargins(16, 8, 16, 8)
        current_box.setSpacing(6)
        current_box.addWidget(self._state)
        current_box.addWidget(self._temps)
        current_box.addWidget(self._job)
        current_box.addWidget(self.progress)
        current_box.addLayout(controls)

        # Waiting and failed jobs, one list under the other.
        self._waiting_heading = text_label("hint", center=False)
        self._waiting_rows = QVBoxLayout()
        self._failed_heading = text_label("hint", center=False)
        self._failed_rows = QVBoxLayout()

        self._status = text_label("notice", center=False)
        self._status.setObjectName("PrintQueueStatus")

        # Under the header everything scrolls as one, with a finger: what does not fit a small
        # screen (larger text, a long queue) is below, never cut.
        body = QWidget()
        body.setObjectName("PrintQueueBody")
        body_box = QVBoxLayout(body)
        body_box.setContentsMargins(0, 0, 0, 0)
        body_box.setSpacing(8)
        body_box.addLayout(printers)
        body_box.addWidget(self._status)
        body_box.addWidget(current)
        body_box.addWidget(self._list_panel(self._waiting_heading, self._waiting_rows, "Waiting"))
        body_box.addWidget(self._list_panel(self._failed_heading, self._failed_rows, "Failed"))
        body_box.addStretch(1)
        scroll = self._scroll = QScrollArea()
        scroll.setObjectName("PrintQueueScroll")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(
            scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def _list_panel(self, heading: QLabel, rows: QVBoxLayout, name: str) -> QFrame:
        panel = QFrame()
        set_role(panel, "panel")
        box = QVBoxLayout(panel)
        box.setContentsMargins(12, 6, 12, 6)
        box.addWidget(heading)
        holder = QWidget()
        holder.setObjectName(f"PrintQueue{name}List")
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(rows)
        box.addWidget(holder)
        return panel

    # -- view --------------------------------------------------------------------------------

    def show_view(self, view: PrintQueueView) -> None:
        self.view = view
        self.retranslate()

    def clear(self) -> None:
        self.view = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Print queue"))
        self._title.setText(self.tr("Print queue"))
        self.back_button.setText(self.tr("Back to the console"))
        self.cancel_button.setText(self.tr("Cancel print"))
        self.reset_button.setText(self.tr("Reconnect printer"))
        self.stop_button.setText(self.tr("Emergency stop"))
        self._waiting_heading.setText(self.tr("Waiting"))
        self._failed_heading.setText(self.tr("Failed or cancelled"))
        view = self.view
        panel = view.panel() if view is not None else None
        self._fill_printers(view)
        if view is None or panel is None:
            for label in (self._state, self._temps, self._job, self._status):
                label.setText("")
            self.pause_button.setText(self.tr("Pause"))
            self.progress.setValue(0)
            self._fill_rows(self._waiting_rows, ())
            self._fill_rows(self._failed_rows, ())
            for button in (self.pause_button, self.cancel_button, self.reset_button):
                button.setEnabled(False)
            self.stop_button.setEnabled(False)
            if view is not None:
                self._status.setText(view.status_line or self.tr("No printers are configured."))
            return
        self._show_printer(panel, view.working)
        self._status.setText(view.status_line)
        self._status.setVisible(bool(view.status_line))
        self._arrange_controls()

    def _arrange_controls(self) -> None:
        """The shown controls side by side as far as they fit the screen's width, the rest
        on the next rows; no gap where a hidden one would be."""
        shown = [b for b in self._control_buttons if not b.isHidden()]
        widest = max((b.sizeHint().width() for b in shown), default=0)
        # The screen's width less its margins, the scroll bar and the panel's margins: the
        # viewport's own width lags behind a resize.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.width() - 2 * 24 - bar - 2 * 16
        gap = self._controls.spacing()
        columns = next(
            (n for n in range(len(shown), 1, -1) if n * widest + (n - 1) * gap <= room), 1
        )
        for button in self._control_buttons:
            self._controls.removeWidget(button)
        for index, button in enumerate(shown):
            self._controls.addWidget(button, index // columns, index % columns)
        for column in range(len(self._control_buttons)):
            self._controls.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_controls()

    def _fill_printers(self, view: PrintQueueView | None) -> None:
        names = [p.queue.printer for p in view.printers] if view is not None else []
        while len(self._printer_buttons) < len(names):
            button = touch_button()
            button.setCheckable(True)
            button.setProperty("compact", True)
            button.setObjectName(f"PrintQueuePrinter-{len(self._printer_buttons)}")
            button.clicked.connect(
                lambda _=False, b=button: self.select.emit(b.property("printer"))
            )
            self._printer_row.addWidget(button)
            self._printer_buttons.append(button)
        selected = view.panel() if view is not None else None
        for index, button in enumerate(self._printer_buttons):
            if index >= len(names):
                button.hide()
                continue
            button.setProperty("printer", names[index])
            button.setText(names[index])
            button.setChecked(selected is not None and selected.queue.printer == names[index])
            button.setVisible(len(names) > 1)

    def _show_printer(self, panel: PrinterPanel, working: bool) -> None:
        live, queue = panel.live, panel.queue
        state = live.state if live is not None else "disconnected"
        line = self.tr("{printer}: {state}").format(printer=queue.printer, state=state_text(state))
        if live is not None and live.detail and state in ("error", "halted", "disconnected"):
            line += f"\n{live.detail}"
        self._state.setText(line)
        self._temps.setText(self._temperatures(live))
        active = queue.active
        if active is None:
            self._job.setText(self.tr("No print running."))
            self.progress.setValue(0)
            self.progress.hide()
        else:
            fraction = (
                live.fraction
                if live is not None and live.job_id == active.job_id and live.fraction is not None
                else active.progress
            )
            remaining = _minutes(live.remaining_s if live is not None else None)
            text = self.tr("{file} · {percent}%").format(
                file=active.file_name, percent=int(fraction * 100)
            )
            if active.status == JobStatus.SENDING:
                text = self.tr("{file} · sending to the printer").format(file=active.file_name)
            elif remaining is not None:
                text += " · " + self.tr("about {minutes} min left").format(minutes=remaining)
            self._job.setText(text)
            self.progress.setValue(int(fraction * 1000))
            self.progress.show()
        paused = state == "paused"
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        job_control = live is None or live.job_control
        running = active is not None and state in ("printing", "paused")
        self.pause_button.setEnabled(running and job_control and not working)
        self.cancel_button.setEnabled(active is not None and job_control and not working)
        can_reset = live is not None and live.can_reset
        self.reset_button.setVisible(can_reset)
        self.reset_button.setEnabled(can_reset and not working)
        self.stop_button.setEnabled(
            live is not None and live.emergency_stop != "none" and state != "disconnected"
        )
        self._fill_rows(self._waiting_rows, tuple(self._waiting_row(j) for j in queue.waiting))
        self._fill_rows(self._failed_rows, tuple(self._failed_row(j) for j in queue.failed))

    def _temperatures(self, live: PrinterLive | None) -> str:
        if live is None or not live.heaters:
            return ""
        parts = []
        for heater in live.heaters:
            if heater.name.startswith("tool"):
                name = self.tr("Nozzle")
                if heater.name != "tool0":
                    name += f" {int(heater.name[4:]) + 1}"
            else:
                source = _HEATER_TEXT.get(heater.name)
                name = QCoreApplication.translate(_CONTEXT, source) if source else heater.name
            if heater.target:
                parts.append(f"{name} {heater.actual:.0f}/{heater.target:.0f} °C")
            else:
                parts.append(f"{name} {heater.actual:.0f} °C")
        return " · ".join(parts)

    def _waiting_row(self, job: PrintJobView) -> QWidget:
        row = QWidget()
        row.setObjectName(f"Waiting-{job.job_id}")
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 2, 0, 2)
        text = job.file_name
        minutes = _minutes(job.estimated_seconds)
        if minutes is not None:
            text += " · " + self.tr("{minutes} min").format(minutes=minutes)
        label = text_label("small", center=False)
        label.setText(text)
        box.addWidget(label, 1)
        for caption, steps, name in (("▲", -1, "Up"), ("▼", 1, "Down")):
            button = touch_button()
            button.setObjectName(f"Move{name}-{job.job_id}")
            button.setText(caption)
            button.setAccessibleName(self.tr("Earlier") if steps < 0 else self.tr("Later"))
            button.setProperty("compact", True)
            button.clicked.connect(lambda _=False, j=job.job_id, s=steps: self.move_job.emit(j, s))
            box.addWidget(button)
        cancel = touch_button()
        cancel.setObjectName(f"CancelWaiting-{job.job_id}")
        cancel.setText(self.tr("Remove"))
        cancel.setProperty("compact", True)
        cancel.clicked.connect(lambda _=False, j=job.job_id: self.cancel.emit(j))
        box.addWidget(cancel)
        return row

    def _failed_row(self, job: PrintJobView) -> QWidget:
        row = QWidget()
        row.setObjectName(f"Failed-{job.job_id}")
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 2, 0, 2)
        label = text_label("small", center=False)
        label.setObjectName(f"FailedWhy-{job.job_id}")
        label.setText(f"{job.file_name}\n{failure_text(job.failure_code)}")
        label.setToolTip(job.failure_detail)
        box.addWidget(label, 1)
        again = touch_button()
        again.setObjectName(f"Requeue-{job.job_id}")
        again.setText(self.tr("Print again"))
        again.setProperty("compact", True)
        again.clicked.connect(lambda _=False, j=job.job_id: self.requeue.emit(j))
        box.addWidget(again)
        return row

    @staticmethod
    def _fill_rows(rows: QVBoxLayout, widgets: tuple[QWidget, ...]) -> None:
        while rows.count():
            item = rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for widget in widgets:
            rows.addWidget(widget)

    # -- actions -----------------------------------------------------------------------------

    def _selected_printer(self) -> str | None:
        panel = self.view.panel() if self.view is not None else None
        return panel.queue.printer if panel is not None else None

    def _printer_signal(self, signal: object) -> None:
        printer = self._selected_printer()
        if printer is not None:
            signal.emit(printer)  # type: ignore[attr-defined]

    def _pause_or_resume(self) -> None:
        panel = self.view.panel() if self.view is not None else None
        if panel is None:
            return
        paused = panel.live is not None and panel.live.state == "paused"
        (self.resume if paused else self.pause).emit(panel.queue.printer)

    def _cancel_active(self) -> None:
        panel = self.view.panel() if self.view is not None else None
        if panel is not None and panel.queue.active is not None:
            self.cancel.emit(panel.queue.active.job_id)

    def job_ids(self) -> tuple[uuid.UUID, ...]:
        panel = self.view.panel() if self.view is not None else None
        return tuple(j.job_id for j in panel.queue.waiting) if panel is not None else ()

    def announcement(self) -> str:
        return joined(self._title.text(), self._status.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
