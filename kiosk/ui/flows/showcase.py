"""The showcase on the start screen: shared, approved projects that staff have not hidden,
one at a time, turning to the next every few seconds while the start screen is on.

Read on the database lane when the kiosk starts, whenever a session ends and every few
minutes; the pictures' thumbnails are made on the file lane from the kiosk's file store."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

from kiosk.core.project_views import ShowcaseEntry
from kiosk.ui.navigator import Flow, FlowContext, Navigator
from kiosk.ui.ports import projects_of
from kiosk.ui.project_refs import stored_of
from kiosk.ui.screens.showcase import ShowcasePanel, ShowcaseView

logger = logging.getLogger(__name__)

REFRESH_MS = 5 * 60_000
TURN_MS = 8_000
MOST = 12  # the newest; an attract loop longer than this is never watched to the end


class ShowcaseFlow(Flow):
    name = "showcase"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.panel = ShowcasePanel()
        self._files: Any = None
        home = navigator.flow("checkin")
        self._attract = getattr(home, "attract", None)
        slot = getattr(self._attract, "showcase_slot", None)
        layout = slot.layout() if slot is not None else None
        if layout is not None:
            layout.addWidget(self.panel)
        if isinstance(self._attract, QObject):
            self._attract.installEventFilter(self)  # a new size may give or take the room
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self.turn_timer = QTimer(self)
        self.turn_timer.setInterval(TURN_MS)
        self.turn_timer.timeout.connect(self.turn)
        self.turn_timer.start()
        navigator.session_ended.connect(self.refresh)
        QTimer.singleShot(0, self, self.refresh)

    def start(self, **arguments: Any) -> None:
        self.nav.home()  # the showcase lives on the start screen

    @property
    def view(self) -> ShowcaseView:
        return self.panel.view

    @property
    def files(self) -> Any:
        """The project file store (kiosk.core.project_files.ProjectFiles), for thumbnails."""
        if self._files is None:
            from kiosk.core.project_files.service import ProjectFiles

            self._files = ProjectFiles(self.context.settings.project_files)
        return self._files

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self.context.services
        try:
            # Not through `run`: the showcase outlives every patron's session.
            self.context.lanes.database.submit(
                lambda: projects_of(services.current()).showcase(MOST),
                on_result=self._loaded,
                on_error=self._failed,
            )
        except RuntimeError:  # the kiosk is shutting down: its lanes take no more work
            self.refresh_timer.stop()
            self.turn_timer.stop()

    def _failed(self, error: BaseException) -> None:
        # What was shown stays (a database that is down for a moment empties no screen).
        logger.info("the showcase could not be read: %r", error)

    def _loaded(self, entries: tuple[ShowcaseEntry, ...]) -> None:
        known = dict(self.view.pictures)
        index = self.view.index if self.view.entries == entries else 0
        self._show(ShowcaseView(entries, index, tuple(known.items())))
        missing = [e for e in entries if str(e.project_id) not in known and e.picture]
        if not missing:
            return
        files = self.files

        def thumbnails() -> tuple[tuple[str, str | None], ...]:
            from kiosk.core.project_files.previews import thumbnail

            made: list[tuple[str, str | None]] = []
            for entry in missing:
                stored = stored_of(entry.picture) if entry.picture is not None else None
                try:
                    path = thumbnail(files.store, stored) if stored is not None else None
                except Exception as error:  # a file this kiosk does not hold
                    logger.info("no showcase picture: %r", error)
                    path = None
                made.append((str(entry.project_id), str(path) if path else None))
            return tuple(made)

        self.context.lanes.files.submit(
            thumbnails,
            on_result=self._pictures,
            on_error=lambda error: logger.info("no showcase pictures: %r", error),
        )

    def _pictures(self, made: tuple[tuple[str, str | None], ...]) -> None:
        pictures = dict(self.view.pictures)
        pictures.update(made)
        self._show(ShowcaseView(self.view.entries, self.view.index, tuple(pictures.items())))

    # -- turning -----------------------------------------------------------------------------

    def turn(self) -> None:
        """The next project, while the start screen is on and there is more than one."""
        view = self.view
        if not self.nav.at_home():
            return
        if len(view.entries) < 2:
            self._fit()  # the machines' board may have come or gone meanwhile
            return
        self._show(ShowcaseView(view.entries, (view.index + 1) % len(view.entries), view.pictures))

    def _show(self, view: ShowcaseView) -> None:
        self.panel.show_view(view)
        self._fit()

    def _fit(self) -> None:
        """Shown only where the start screen has the room: it never pushes the scan
        instructions or the language and accessibility controls out of view."""
        attract = self._attract
        make_room = getattr(attract, "make_room", None)
        fits = getattr(attract, "content_fits", None)
        wanted = self.view.entry is not None
        if make_room is not None:
            make_room(wanted, "showcase")
        self.panel.setVisible(wanted)
        if wanted and fits is not None and not fits():
            self.panel.hide()
            if make_room is not None:
                make_room(False, "showcase")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.view.entry is not None:
            QTimer.singleShot(0, self, self._fit)
        return False
