"""The patron's project news on their welcome screen: a project reviewed (with the staff's
feedback) and "your print is ready", for every member of the project at their next check-in.

Not a screen of its own: it fills the check-in flow's welcome, as the equipment flow adds the
day's reservations. Notices are marked seen once they are on screen."""

from __future__ import annotations

import logging
from typing import Any

from kiosk.core.project_views import Notice
from kiosk.core.results import PatronSummary
from kiosk.ui.clock_text import display_zone
from kiosk.ui.navigator import Flow, FlowContext, Navigator
from kiosk.ui.ports import projects_of
from kiosk.ui.project_text import notice_text
from kiosk.ui.screens.welcome import WelcomeScreen

logger = logging.getLogger(__name__)


class ProjectNoticesFlow(Flow):
    name = "project_notices"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self._home = navigator.flow("checkin")
        self._zone = display_zone(context.settings.timezone)
        welcomed = getattr(self._home, "patron_welcomed", None)
        if welcomed is not None:
            welcomed.connect(self._patron_welcomed)

    def start(self, **arguments: Any) -> None:
        self.nav.home()  # nothing of its own to show

    def _patron_welcomed(self, patron: object) -> None:
        if not isinstance(patron, PatronSummary):
            return
        services = self.context.services
        # Not through `run`: this flow is never on screen; a late answer is dropped by hand
        # when the welcome no longer shows this patron.
        self.context.lanes.database.submit(
            lambda: projects_of(services.current()).pending_notices(patron.patron_id),
            on_result=lambda found: self._loaded(patron, found),
            on_error=lambda error: logger.info("no project notices shown: %r", error),
        )

    def _loaded(self, patron: PatronSummary, notices: tuple[Notice, ...]) -> None:
        welcome_for = getattr(self._home, "welcome_for", None)
        welcome = welcome_for(patron) if welcome_for is not None else None
        if not isinstance(welcome, WelcomeScreen):
            return  # the patron has gone, or another one scanned in meanwhile
        shown = [(notice, notice_text(notice, self._zone)) for notice in notices]
        words = tuple(text for _notice, text in shown if text)
        if not words:
            return
        welcome.show_notices(words)
        seen = [notice.notice_id for notice, text in shown if text]
        services = self.context.services
        self.context.lanes.database.submit(
            lambda: projects_of(services.current()).mark_seen(patron.patron_id, seen),
            on_result=lambda _count: None,
            on_error=lambda error: logger.warning("notices not marked seen: %r", error),
        )
