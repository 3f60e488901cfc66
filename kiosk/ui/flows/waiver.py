"""The patron reads and accepts the current waiver, then goes on to what they were doing.

Other flows start it before anything that needs the waiver:
`nav.start("waiver", patron=PatronSummary, then="<flow>", then_args={...})`; optionally
`back="<flow>", back_args={...}` for "Not now" (else the kiosk goes home, ending the session).
With no waiver published, or this version already accepted, it goes straight on to `then`."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from kiosk.core.results import PatronSummary
from kiosk.core.training_views import PatronStanding, WaiverText
from kiosk.errors import Conflict, NotFound
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.waiver import WaiverScreen, WaiverView

logger = logging.getLogger(__name__)

# Reading takes longer than tapping: at least this long before the kiosk asks "still there?".
READING_IDLE_S = 180


class WaiverFlow(Flow):
    name = "waiver"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.screen = WaiverScreen()
        self.add_screen(self.screen)
        self.screen.accept.connect(self.accept)
        self.screen.decline.connect(self.decline)
        self.patron: PatronSummary | None = None
        self._then: tuple[str | None, dict[str, Any]] = (None, {})
        self._back: tuple[str | None, dict[str, Any]] = (None, {})
        self.view = WaiverView()

    def start(self, **arguments: object) -> None:
        patron = arguments.get("patron")
        if not isinstance(patron, PatronSummary):
            logger.error("waiver flow started without a patron")
            self.nav.home()
            return
        self.patron = patron
        self._then = _target(arguments.get("then"), arguments.get("then_args"))
        self._back = _target(arguments.get("back"), arguments.get("back_args"))
        self.screen.clear()
        self.view = WaiverView(is_minor=patron.is_minor)
        settings = self.context.settings
        self.show(
            self.screen,
            Stay(max(settings.idle_timeout_s, READING_IDLE_S), settings.countdown_s),
        )
        self._load()

    def _render(self, **changes: Any) -> None:
        self.view = replace(self.view, **changes)
        self.screen.show_view(self.view)

    def _load(self, notice: str = "") -> None:
        patron = self.patron
        if patron is None:
            return
        services = self.context.services
        language = self.context.language.current.code
        self._render(loading=True, error="", notice=notice)
        self.run(
            self.context.lanes.database,
            lambda: services.current().waivers.current(patron.patron_id, language),
            lambda text: self._loaded(text, notice),
            self._failed,
        )

    def _loaded(self, waiver: WaiverText | None, notice: str) -> None:
        if waiver is None or waiver.accepted:
            self._go_on()
            return
        self._render(
            version=waiver.version,
            text=waiver.text,
            language=waiver.language,
            loading=False,
            working=False,
            notice=notice,
        )

    def accept(self) -> None:
        patron = self.patron
        if patron is None or self.view.loading or self.view.working or not self.view.text:
            return
        services = self.context.services
        version = self.view.version
        self._render(working=True, error="")
        self.run(
            self.context.lanes.database,
            lambda: services.current().waivers.accept(patron.patron_id, version),
            self._accepted,
            self._failed,
        )

    def _accepted(self, standing: PatronStanding) -> None:
        logger.info("waiver accepted by patron %s", standing.patron_id)
        self._go_on()

    def decline(self) -> None:
        flow, arguments = self._back
        self._leave()
        if flow is None:
            self.nav.home()
        else:
            self.nav.start(flow, **arguments)

    def _go_on(self) -> None:
        flow, arguments = self._then
        self._leave()
        if flow is None:
            self.nav.home()
        else:
            self.nav.start(flow, **arguments)

    def _leave(self) -> None:
        self.patron = None
        self._then = self._back = (None, {})

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Conflict):
            # A newer version was published while they read: they must read that one.
            self._load(self.tr("The agreement was just updated. Please read the new version."))
            return
        if isinstance(error, NotFound):
            logger.warning("waiver: %s", error)
        else:
            logger.error("waiver: a call failed: %r", error)
        self._render(
            loading=False,
            working=False,
            error=self.tr("That did not work. Please try again, or ask a staff member."),
        )

    def reset(self) -> None:
        super().reset()
        self._leave()
        self.view = WaiverView()
        self.screen.clear()


def _target(flow: object, arguments: object) -> tuple[str | None, dict[str, Any]]:
    name = flow if isinstance(flow, str) and flow else None
    return name, dict(arguments) if isinstance(arguments, Mapping) else {}
