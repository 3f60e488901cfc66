"""The project showcase on the start screen: one shared, approved project at a time (its
picture, title, makers by first name or nickname, tags), turning to the next by itself.
Hidden while there is nothing to show: never an empty panel."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.project_views import ShowcaseEntry
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.common import text_label
from kiosk.ui.widgets.file_picture import file_picture, show_file_picture

PICTURE_PX = 64


@dataclass(frozen=True)
class ShowcaseView:
    entries: tuple[ShowcaseEntry, ...] = ()
    index: int = 0
    # The thumbnail on disk of each entry's picture, by project (None: no picture here).
    pictures: tuple[tuple[str, str | None], ...] = ()

    @property
    def entry(self) -> ShowcaseEntry | None:
        return self.entries[self.index % len(self.entries)] if self.entries else None

    def picture(self, entry: ShowcaseEntry) -> str | None:
        return dict(self.pictures).get(str(entry.project_id))


class ShowcasePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShowcasePanel")
        set_role(self, "panel")
        self.view = ShowcaseView()
        self.picture = file_picture(PICTURE_PX)
        self.picture.setObjectName("ShowcasePicture")
        # Two short lines beside the picture: the machines' board may share the screen.
        self.title = text_label("body", center=False)
        self.title.setObjectName("ShowcaseTitle")
        self.makers = text_label("small", center=False)
        self.makers.setObjectName("ShowcaseMakers")
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addStretch(1)
        words.addWidget(self.title)
        words.addWidget(self.makers)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(12)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(words, 1)
        self.hide()

    def show_view(self, view: ShowcaseView) -> None:
        self.view = view
        entry = view.entry
        path = view.picture(entry) if entry is not None else None
        show_file_picture(self.picture, path)
        self.setVisible(entry is not None)
        self.retranslate()

    def retranslate(self) -> None:
        entry = self.view.entry
        if entry is None:
            self.title.setText("")
            self.makers.setText("")
            return
        self.title.setText(self.tr("Made here: %1").replace("%1", entry.title))
        makers = self.tr("by %1").replace("%1", ", ".join(entry.makers))
        tags = "  ".join(f"#{tag}" for tag in entry.tags)
        self.makers.setText(f"{makers}   {tags}" if tags else makers)
        self.picture.setAccessibleName(self.tr("Picture of %1").replace("%1", entry.title))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
