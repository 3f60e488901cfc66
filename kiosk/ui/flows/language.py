"""The session's language: the start screen's Language control opens the picker; the choice
holds until the session ends (Navigator.home), when the library's default language returns."""

from __future__ import annotations

from kiosk.ui.languages import SessionLanguage, available_languages
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.language_picker import LanguagePickerScreen


class LanguageFlow(Flow):
    name = "language"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.language: SessionLanguage = context.language
        self.picker = LanguagePickerScreen(available_languages())
        self.add_screen(self.picker)
        self.picker.chosen.connect(self.choose)
        self.picker.cancelled.connect(self._back)
        self.language.changed.connect(self._show_current)
        self._attract = getattr(navigator.flow("checkin"), "attract", None)
        if self._attract is not None:
            self._attract.language_requested.connect(lambda: self.nav.start(self.name))
        self._show_current()

    def _stay(self) -> Stay:
        settings = self.context.settings
        return Stay(settings.idle_timeout_s, settings.countdown_s)

    def start(self, **arguments: object) -> None:
        if self.nav.current_flow is not None and self.nav.current_flow.busy():
            return  # a scan is being answered; its screen comes first
        self.picker.mark_current(self.language.current.code)
        self.show(self.picker, self._stay())

    def choose(self, code: str) -> None:
        self.language.switch(code)
        self._back()

    def _back(self) -> None:
        # Back at the start screen in the chosen language; left alone, the session ends.
        if self.language.current == self.language.default:
            self.nav.home()
        else:
            self.nav.back_to_start(self._stay())

    def _show_current(self, _code: str = "") -> None:
        if self._attract is not None:
            self._attract.show_language(self.language.current.native_name)
