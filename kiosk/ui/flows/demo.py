"""Demo mode only: pick a demo card and send its code down the real scan path."""

from __future__ import annotations

from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.demo_picker import DemoPickerScreen


class DemoFlow(Flow):
    name = "demo"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.picker: DemoPickerScreen | None = None
        cards = context.settings.demo_cards
        if not cards:
            return  # not a demo: no screen, no button, nothing to start
        self.picker = DemoPickerScreen(cards)
        self.add_screen(self.picker)
        self.picker.card_chosen.connect(self._chosen)
        self.picker.cancelled.connect(self.nav.home)
        home = navigator.flow("checkin")
        attract = getattr(home, "attract", None)
        if attract is not None:
            attract.demo_requested.connect(lambda: self.nav.start(self.name))

    def start(self, **arguments: object) -> None:
        if self.picker is None:
            return
        if self.nav.current_flow is not None and self.nav.current_flow.busy():
            return  # a scan is being answered; its screen comes first
        # The flow on screen is reset by the navigator; the session (its language) goes on.
        settings = self.context.settings
        self.show(self.picker, Stay(settings.idle_timeout_s, settings.countdown_s))

    def _chosen(self, payload: str) -> None:
        # The real scan path, exactly as a scanner would deliver it. Not by way of the start
        # screen: going home ends the session, and with it the language the patron chose.
        self.context.feed_scan(payload)

    def reset(self) -> None:
        super().reset()
        if self.picker is not None:
            self.picker.reset()
