"""The USB file picker: sticks, folders and files as large touch rows, the copy's progress
with Cancel, then the file's preview (thumbnail, model size, G-code figures). No typing.

The screen renders one frozen `PickerView`; the flow decides which."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.project_files.kinds import FileKind, FilePreview, GcodeStats, RefusalCode
from kiosk.ui.widgets.common import scroll_body, text_label, touch_button
from kiosk.ui.widgets.reflow import FlowRows

ROW_HEIGHT_PX = 72
BADGE_PX = 110
_ROW_PADDING = 4
_MARGIN = 32  # Back and Pick another file side by side, fr with larger text
THUMB_PX = 220


@dataclass(frozen=True)
class PickerRow:
    name: str
    is_folder: bool = False
    kind: FileKind | None = None
    size: int = 0
    refusal: RefusalCode | None = None
    is_stick: bool = False


@dataclass(frozen=True)
class PickerView:
    # looking | no_stick | sticks | folder | copying | preview | refused
    mode: str = "looking"
    where: tuple[str, ...] = ()  # the stick's label, then the folders opened
    rows: tuple[PickerRow, ...] = ()
    file_name: str = ""
    done: int = 0
    total: int = 0
    refusal: RefusalCode | None = None
    preview: FilePreview | None = None
    printer: str = ""


def refusal_text(code: RefusalCode | None) -> str:
    texts = {
        RefusalCode.TOO_LARGE: QCoreApplication.translate(
            "UsbPickerScreen", "This file is too large for the kiosk."
        ),
        RefusalCode.EMPTY: QCoreApplication.translate("UsbPickerScreen", "This file is empty."),
        RefusalCode.UNKNOWN_KIND: QCoreApplication.translate(
            "UsbPickerScreen",
            "The kiosk does not take this kind of file. It takes 3D models (STL, 3MF, OBJ), G-code, Arduino sketches, photos (PNG, JPEG), PDF and SVG.",  # noqa: E501
        ),
        RefusalCode.CORRUPT: QCoreApplication.translate(
            "UsbPickerScreen", "This file is damaged and cannot be read."
        ),
        RefusalCode.TRUNCATED: QCoreApplication.translate(
            "UsbPickerScreen", "This file is incomplete: it was cut short when it was saved."
        ),
        RefusalCode.ZIP_BOMB: QCoreApplication.translate(
            "UsbPickerScreen", "This file unpacks to far more than it holds; it is refused."
        ),
        RefusalCode.UNSAFE_NAME: QCoreApplication.translate(
            "UsbPickerScreen", "This file's name is not allowed."
        ),
        RefusalCode.OUTSIDE_STICK: QCoreApplication.translate(
            "UsbPickerScreen", "This is a link to something outside the USB stick."
        ),
        RefusalCode.NOT_A_FILE: QCoreApplication.translate(
            "UsbPickerScreen", "This is not a file the kiosk can copy."
        ),
        RefusalCode.READ_FAILED: QCoreApplication.translate(
            "UsbPickerScreen",
            "The USB stick could not be read. Was it pulled out? Plug it in and try again.",
        ),
        RefusalCode.DISK_FULL: QCoreApplication.translate(
            "UsbPickerScreen", "The kiosk's disk is full. Please see a staff member."
        ),
        RefusalCode.STORE_FAILED: QCoreApplication.translate(
            "UsbPickerScreen", "The kiosk could not save the file. Please see a staff member."
        ),
    }
    return (
        texts.get(code, QCoreApplication.translate("UsbPickerScreen", "This file cannot be used."))
        if code
        else ""
    )


def kind_badge(row: PickerRow) -> str:
    if row.is_stick:
        return QCoreApplication.translate("UsbPickerScreen", "USB")
    if row.is_folder:
        return QCoreApplication.translate("UsbPickerScreen", "Folder")
    names = {
        FileKind.STL: "STL",
        FileKind.THREE_MF: "3MF",
        FileKind.OBJ: "OBJ",
        FileKind.GCODE: "G-code",
        FileKind.INO: QCoreApplication.translate("UsbPickerScreen", "Sketch"),
        FileKind.PNG: "PNG",
        FileKind.JPEG: "JPEG",
        FileKind.PDF: "PDF",
        FileKind.SVG: "SVG",
    }
    return names.get(row.kind, "—") if row.kind else "—"


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("UsbPickerScreen", "%1 MB").replace(
            "%1", f"{size / (1024 * 1024):.1f}"
        )
    return QCoreApplication.translate("UsbPickerScreen", "%1 kB").replace(
        "%1", str(max(1, round(size / 1024)))
    )


def duration_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return (
            QCoreApplication.translate("UsbPickerScreen", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
    return QCoreApplication.translate("UsbPickerScreen", "%1 min").replace("%1", str(minutes))


def gcode_lines(stats: GcodeStats, printer: str) -> list[str]:
    lines = [
        QCoreApplication.translate("UsbPickerScreen", "Print time: about %1").replace(
            "%1", duration_text(stats.print_time_s)
        ),
        QCoreApplication.translate("UsbPickerScreen", "Filament: %1 m, %2 g")
        .replace("%1", f"{stats.filament_mm / 1000:.2f}")
        .replace("%2", f"{stats.filament_g:.0f}"),
        QCoreApplication.translate("UsbPickerScreen", "Layers: %1").replace(
            "%1", str(stats.layers)
        ),
    ]
    if stats.bbox is not None:
        x0, y0, _z0, x1, y1, z1 = stats.bbox
        lines.append(
            QCoreApplication.translate("UsbPickerScreen", "Size: %1 × %2 × %3 mm")
            .replace("%1", f"{x1 - x0:.0f}")
            .replace("%2", f"{y1 - y0:.0f}")
            .replace("%3", f"{z1:.0f}")
        )
    if stats.fits is True:
        lines.append(
            QCoreApplication.translate("UsbPickerScreen", "Fits the printer %1.").replace(
                "%1", printer
            )
        )
    elif stats.fits is False:
        lines.append(
            QCoreApplication.translate("UsbPickerScreen", "Does NOT fit the printer %1.").replace(
                "%1", printer
            )
        )
    return lines


def breakable(name: str) -> str:
    """A file name that may wrap after its separators ("rocket_0.2mm_PLA_MK3S_1h12m.gcode"
    has no spaces, and would run past a small screen on one line)."""
    return re.sub(r"([_\-.])", "\\1\u200b", name)


class _Row(QPushButton):
    """One large row: a badge saying what it is, the name, and its size or why not. As tall
    as its text needs (a long name wraps), at least a comfortable target."""

    def __init__(self, row: PickerRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setObjectName("PickerRow")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, _ROW_PADDING, 16, _ROW_PADDING)
        layout.setSpacing(16)
        badge = text_label("small")
        badge.setObjectName("PickerBadge")
        badge.setMinimumWidth(BADGE_PX)
        # The row's least height, held by what is in it: layouts ask a widget with a layout
        # for its layout's height (the theme's min-height would win over the row's own).
        badge.setMinimumHeight(ROW_HEIGHT_PX - 2 * _ROW_PADDING)
        badge.setText(kind_badge(row))
        self.badge = badge
        name = text_label("body", center=False)
        name.setText(breakable(row.name))
        name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        detail = text_label("small", center=False)
        detail.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.refusal is not None:
            detail.setText(_short_refusal(row.refusal))
        elif not row.is_folder and not row.is_stick:
            detail.setText(size_text(row.size))
        for label in (badge, name, detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout.addWidget(badge)
        layout.addWidget(name, 1)
        layout.addWidget(detail)
        self.setEnabled(row.refusal is None)
        self.setAccessibleName(f"{kind_badge(row)} {row.name} {detail.text()}".strip())

    def _content(self) -> QHBoxLayout:
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        return layout

    def sizeHint(self) -> QSize:
        # What its labels need at the width it has, not a push button's own text (it has
        # none), nor a wrapping label's guess at a narrow width.
        least = self._content().totalMinimumSize()
        height = self._content().totalHeightForWidth(max(self.width(), least.width()))
        return QSize(least.width(), max(ROW_HEIGHT_PX, height, least.height()))

    def minimumSizeHint(self) -> QSize:
        least = self._content().totalMinimumSize()
        return QSize(least.width(), max(ROW_HEIGHT_PX, least.height()))


def _short_refusal(code: RefusalCode) -> str:
    texts = {
        RefusalCode.TOO_LARGE: QCoreApplication.translate("UsbPickerScreen", "too large"),
        RefusalCode.EMPTY: QCoreApplication.translate("UsbPickerScreen", "empty"),
        RefusalCode.UNKNOWN_KIND: QCoreApplication.translate("UsbPickerScreen", "not taken"),
        RefusalCode.OUTSIDE_STICK: QCoreApplication.translate(
            "UsbPickerScreen", "outside the stick"
        ),
        RefusalCode.UNSAFE_NAME: QCoreApplication.translate("UsbPickerScreen", "name not allowed"),
    }
    return texts.get(code, QCoreApplication.translate("UsbPickerScreen", "cannot be read"))


class UsbPickerScreen(QWidget):
    row_chosen = Signal(int)
    up = Signal()
    back = Signal()
    look_again = Signal()
    cancel_copy = Signal()
    use_file = Signal()
    pick_another = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("UsbPickerScreen")
        self.view = PickerView()
        self.row_buttons: list[_Row] = []
        self._title = text_label("subtitle", center=False)
        self._where = text_label("hint", center=False)
        self._message = text_label("body")
        self._rows_box = QWidget()
        self._rows = QVBoxLayout(self._rows_box)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(8)
        self.progress = QProgressBar()
        self.progress.setObjectName("CopyProgress")
        self.progress.setMinimumHeight(48)
        self.progress.setTextVisible(True)
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("PreviewThumbnail")
        self.thumbnail.setFixedSize(THUMB_PX, THUMB_PX)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._details = text_label("body", center=False)
        preview_row = QHBoxLayout()
        preview_row.setSpacing(24)
        preview_row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        preview_row.addWidget(self._details, 1)
        self._preview_box = QWidget()
        self._preview_box.setLayout(preview_row)

        self.back_button = touch_button()
        self.back_button.setObjectName("PickerBackButton")
        self.back_button.clicked.connect(self.back)
        self.up_button = touch_button()
        self.up_button.setObjectName("PickerUpButton")
        self.up_button.clicked.connect(self.up)
        self.again_button = touch_button("primary")
        self.again_button.setObjectName("PickerLookAgainButton")
        self.again_button.clicked.connect(self.look_again)
        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("CopyCancelButton")
        self.cancel_button.clicked.connect(self.cancel_copy)
        self.another_button = touch_button()
        self.another_button.setObjectName("PickAnotherButton")
        self.another_button.clicked.connect(self.pick_another)
        self.use_button = touch_button("primary")
        self.use_button.setObjectName("UseFileButton")
        self.use_button.clicked.connect(self.use_file)
        # Side by side as far as they fit, the rest on the next row (larger text, 800 px).
        buttons = QVBoxLayout()
        buttons.setSpacing(12)
        FlowRows(buttons, self, lambda: self.width() - 2 * _MARGIN).set_widgets(
            (
                self.back_button,
                self.up_button,
                self.cancel_button,
                self.another_button,
                self.again_button,
                self.use_button,
            )
        )

        # The title and the buttons stay put; what is between them scrolls (a long folder).
        middle = QWidget()
        body = QVBoxLayout(scroll_body(middle))
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(12)
        body.addWidget(self._message)
        body.addWidget(self.progress)
        body.addWidget(self._preview_box)
        body.addWidget(self._rows_box)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(_MARGIN, 16, _MARGIN, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._where)
        layout.addWidget(middle, 1)
        layout.addLayout(buttons)
        self.show_view(self.view)

    # -- rendering -------------------------------------------------------------------------

    def show_view(self, view: PickerView) -> None:
        rows_changed = view.rows != self.view.rows or (not self.row_buttons and view.rows)
        self.view = view
        mode = view.mode
        if rows_changed:
            self._fill_rows(view.rows)
        self._rows_box.setVisible(mode in ("sticks", "folder"))
        self.progress.setVisible(mode == "copying")
        self._preview_box.setVisible(mode == "preview")
        self._message.setVisible(mode in ("looking", "no_stick", "copying", "refused"))
        self._where.setVisible(bool(view.where) and mode in ("folder", "copying"))
        self.up_button.setVisible(mode == "folder" and len(view.where) > 1)
        self.back_button.setVisible(mode != "copying")
        self.again_button.setVisible(mode == "no_stick")
        self.cancel_button.setVisible(mode == "copying")
        self.another_button.setVisible(mode in ("preview", "refused"))
        self.use_button.setVisible(mode == "preview")
        if mode == "copying":
            total = max(view.total, 1)
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(view.done, total) / total))
        if mode == "preview" and view.preview is not None:
            self._show_preview(view.preview)
        self.retranslate()

    def _fill_rows(self, rows: tuple[PickerRow, ...]) -> None:
        for button in self.row_buttons:
            self._rows.removeWidget(button)
            button.deleteLater()
        self.row_buttons = []
        for index, row in enumerate(rows):
            button = _Row(row, self._rows_box)
            button.clicked.connect(lambda _checked=False, index=index: self.row_chosen.emit(index))
            self._rows.addWidget(button)
            self.row_buttons.append(button)
        # One width for every badge, the widest one's ("Dossier" with larger text), so the
        # names line up.
        widest = max((b.badge.sizeHint().width() for b in self.row_buttons), default=0)
        for button in self.row_buttons:
            button.badge.setFixedWidth(max(BADGE_PX, widest))

    def show_pictures(self, pictures: dict[int, bytes]) -> None:
        """Small pictures of the files, in place of their kind's name, where there is one."""
        for index, data in pictures.items():
            if not 0 <= index < len(self.row_buttons):
                continue
            pixmap = QPixmap()
            if pixmap.loadFromData(data, "PNG"):
                badge = self.row_buttons[index].badge
                badge.setPixmap(pixmap)
                badge.setAccessibleName(kind_badge(self.row_buttons[index].row))

    def _show_preview(self, preview: FilePreview) -> None:
        pixmap = QPixmap(preview.thumbnail) if preview.thumbnail else QPixmap()
        if pixmap.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(kind_badge(PickerRow("", kind=preview.stored.kind)))
        else:
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    THUMB_PX,
                    THUMB_PX,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def retranslate(self) -> None:
        view = self.view
        titles = {
            "looking": self.tr("Looking for a USB stick…"),
            "no_stick": self.tr("No USB stick found"),
            "sticks": self.tr("Choose your USB stick"),
            "folder": self.tr("Pick a file from your USB stick"),
            "copying": self.tr("Copying your file…"),
            "preview": self.tr("Is this the right file?"),
            "refused": self.tr("This file cannot be used"),
        }
        self._title.setText(titles.get(view.mode, ""))
        self._where.setText(" › ".join(view.where))
        if view.mode == "no_stick":
            self._message.setText(
                self.tr("Plug a USB stick into the kiosk: it will show here by itself.")
            )
        elif view.mode == "looking":
            self._message.setText(self.tr("One moment…"))
        elif view.mode == "copying":
            self._message.setText(view.file_name)
        elif view.mode == "refused":
            self._message.setText(f"{view.file_name}\n\n{refusal_text(view.refusal)}")
        if view.mode == "preview" and view.preview is not None:
            self._details.setText(self._preview_text(view.preview, view.printer))
        self.back_button.setText(self.tr("Back"))
        self.up_button.setText(self.tr("Up one folder"))
        self.again_button.setText(self.tr("Look again"))
        self.cancel_button.setText(self.tr("Cancel copy"))
        self.another_button.setText(self.tr("Pick another file"))
        self.use_button.setText(self.tr("Use this file"))
        self.setAccessibleName(self._title.text())

    def _preview_text(self, preview: FilePreview, printer: str) -> str:
        stored = preview.stored
        lines = [breakable(stored.clean_name), size_text(stored.size)]
        if preview.model_size_mm is not None:
            x, y, z = preview.model_size_mm
            lines.append(
                self.tr("Model: %1 × %2 × %3 mm")
                .replace("%1", f"{x:.0f}")
                .replace("%2", f"{y:.0f}")
                .replace("%3", f"{z:.0f}")
            )
        if preview.gcode is not None:
            lines.extend(gcode_lines(preview.gcode, printer))
        return "\n".join(lines)

    def announcement(self) -> str:
        return self._title.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.row_buttons:
                self._fill_rows(self.view.rows)
        super().changeEvent(event)
