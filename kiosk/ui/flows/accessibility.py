"""Reading comfort for the session: the start screen's Accessibility control opens larger text
and high contrast; both hold until the session ends (Navigator.home), when the library's
defaults return."""

from __future__ import annotations

from kiosk.ui.look import Look, SessionLook
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.accessibility_options import AccessibilityScreen, AccessibilityView


class AccessibilityFlow(Flow):
    name = "accessibility"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.look: SessionLook = context.look
        self.screen = AccessibilityScreen()
        self.add_screen(self.screen)
        self.screen.large_text_toggled.connect(self.look.set_large_text)
        self.screen.high_contrast_toggled.connect(self.look.set_high_contrast)
        self.screen.done.connect(self._back)
        self.look.changed.connect(self._show_current)
        attract = getattr(navigator.flow("checkin"), "attract", None)
        if attract is not None:
            attract.accessibility_requested.connect(lambda: self.nav.start(self.name))

    def _stay(self) -> Stay:
        settings = self.context.settings
        return Stay(settings.idle_timeout_s, settings.countdown_s)

    def start(self, **arguments: object) -> None:
        if self.nav.current_flow is not None and self.nav.current_flow.busy():
            return  # a scan is being answered; its screen comes first
        self._show_current(self.look.current)
        self.show(self.screen, self._stay())

    def _show_current(self, look: Look) -> None:
        self.screen.show_view(AccessibilityView(look.large_text, look.high_contrast))

    def _back(self) -> None:
        # Back at the start screen with the chosen look; left alone, the session ends.
        if self.look.current == self.look.default:
            self.nav.home()
        else:
            self.nav.back_to_start(self._stay())
