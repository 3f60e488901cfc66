"""Loads the kiosk translation for the configured locale (assets/translations/kiosk_xx.qm)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from kiosk.catalogue import locale_candidates
from kiosk.resources import asset

logger = logging.getLogger(__name__)

SOURCE_LOCALE = "en"
_KIOSK = "kiosk-translator"
_QT = "qt-translator"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for lupdate under `context` and returns it unchanged, typed as text (Qt's
    own marker is typed as returning `object`); translate it where it is shown."""
    return source


def translation_file(locale: str) -> Path | None:
    """The best kiosk translation for `locale` ("es_MX" falls back to "es"), if one is bundled."""
    for name in locale_candidates(locale):
        path = asset("translations", f"kiosk_{name}.qm")
        if path.is_file():
            return path
    return None


def install_translator(app: QCoreApplication, locale: str) -> None:
    """Switch the application's language; widgets retranslate on the LanguageChange event.

    An unknown locale leaves the source (English) texts in place and logs why.
    """
    _remove_installed(app)
    candidates = locale_candidates(locale)
    if candidates and candidates[-1] != SOURCE_LOCALE:
        path = translation_file(locale)
        if path is None:
            logger.warning("no kiosk translation for locale %r; showing English", locale)
        else:
            _load(app, _KIOSK, str(path))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own strings (standard dialogs, context menus) in the same language.
            _load(app, _QT, QLocale(locale), "qtbase", "_", qt_dir, quiet=True)
    # Deliver the LanguageChange events now, so the switch is done when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


# The translators this module installed, per application. Kept here rather than found again
# with findChildren(), which costs tens of milliseconds of kiosk start-up on its first call.
_installed: dict[int, list[QTranslator]] = {}


def _remove_installed(app: QCoreApplication) -> None:
    for translator in _installed.pop(id(app), []):
        try:
            app.removeTranslator(translator)
            translator.deleteLater()
        except RuntimeError:
            pass  # deleted with an earlier application object of the same id


def _load(app: QCoreApplication, name: str, *args: object, quiet: bool = False) -> None:
    translator = QTranslator(app)  # parented, so it lives as long as the application
    translator.setObjectName(name)
    if translator.load(*args):  # type: ignore[call-overload]
        app.installTranslator(translator)
        _installed.setdefault(id(app), []).append(translator)
    else:
        if not quiet:
            logger.warning("translation %s could not be loaded", args[0])
        translator.deleteLater()
