"""The languages the kiosk speaks, and the session's language: a patron picks theirs at the
start screen, every screen follows (right to left for Arabic, times in that locale), and the
kiosk goes back to the library's default language when the session ends."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from kiosk.ui.fonts import can_show
from kiosk.ui.translation import SOURCE_LOCALE, install_translator, translation_file

logger = logging.getLogger(__name__)
# Each problem with the configured language is logged once per process, not per window.
_reported: set[str] = set()


def _report_once(message: str, *args: object) -> None:
    line = message % args
    if line not in _reported:
        _reported.add(line)
        logger.warning(line)


@dataclass(frozen=True)
class Language:
    code: str  # as the catalogue file is named: kiosk_<code>.qm
    native_name: str  # what a reader of the language recognises as theirs
    right_to_left: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("es", "Español"),
    Language("fr", "Français"),
    Language("zh_CN", "中文"),
    Language("ar", "العربية", right_to_left=True),
)


def language_for(locale: str) -> Language | None:
    """The shipped language a locale name means ("es_MX" is Spanish, "zh" Chinese)."""
    name = locale.strip().replace("-", "_").split(".")[0]
    for language in LANGUAGES:
        if name.lower() == language.code.lower():
            return language
    base = name.split("_")[0].lower()
    for language in LANGUAGES:
        if language.code.split("_")[0] == base:
            return language
    return None


def available_languages() -> tuple[Language, ...]:
    """The languages a patron may pick: English and each one whose catalogue is installed and
    whose script some font can draw."""
    return tuple(
        language
        for language in LANGUAGES
        if language.code == SOURCE_LOCALE
        or (translation_file(language.code) is not None and can_show(language.code))
    )


class SessionLanguage(QObject):
    """Which language the kiosk speaks now. `switch` retranslates every widget before it
    returns; `end_session` goes back to the default."""

    changed = Signal(str)

    def __init__(self, default_locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        default = language_for(default_locale)
        # The configured locale itself formats times for the default language ("en_GB" keeps
        # a 24-hour clock); a patron's pick uses the language's own locale.
        self._default_locale = default_locale
        if default is None:
            _report_once(
                "no kiosk translation for locale %r; the default language is English",
                default_locale,
            )
            default, self._default_locale = LANGUAGES[0], SOURCE_LOCALE
        elif default not in available_languages():
            _report_once(
                "the %s translation file is missing; the default language is English",
                default.code,
            )
            default, self._default_locale = LANGUAGES[0], SOURCE_LOCALE
        self.default = default
        self.current = default

    def switch(self, code: str) -> bool:
        """Speak `code` from now on; False (and nothing changes) if it is not available."""
        language = next((lang for lang in available_languages() if lang.code == code), None)
        if language is None:
            _report_once("language %r is not available; staying in %s", code, self.current.code)
            return False
        if language == self.current:
            return True
        self._apply(language)
        return True

    def end_session(self) -> None:
        if self.current != self.default:
            self._apply(self.default)

    def apply_default(self) -> None:
        """Install the default language (at start, before the first screen is built)."""
        self._apply(self.default)

    def _apply(self, language: Language) -> None:
        self.current = language
        app = QCoreApplication.instance()
        locale = self._default_locale if language == self.default else language.code
        QLocale.setDefault(QLocale(locale))
        if isinstance(app, QApplication):
            # Before the translator: its LanguageChange events then lay out mirrored at once.
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if language.right_to_left
                else Qt.LayoutDirection.LeftToRight
            )
        if app is not None:
            install_translator(app, language.code)
        self.changed.emit(language.code)
