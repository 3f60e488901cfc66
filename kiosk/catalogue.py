"""The kiosk's translations read without Qt, for what is made outside the screens (printed
cards): the same catalogues (assets/translations/kiosk_<lang>.ts) the screens use."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import cache

from kiosk.resources import asset

logger = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for pyside6-lupdate under `context`; translate it with `translate`."""
    return source


def translate(context: str, source: str, locale: str) -> str:
    """`source` in `locale` ("fr", "es_MX", "zh_CN", ...), or `source` itself when the language
    has no catalogue or the catalogue lacks it."""
    for name in locale_candidates(locale):
        messages = _catalogue(name)
        if messages is not None:
            return messages.get((context, source)) or source
    return source


@cache
def _catalogue(name: str) -> dict[tuple[str, str], str] | None:
    path = asset("translations", f"kiosk_{name}.ts")
    if not path.is_file():
        return None
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        logger.warning("translation %s unreadable (%s); printing in English", path, exc)
        return None
    messages: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        context_name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            messages[(context_name, message.findtext("source", ""))] = translation.text or ""
    return messages


def locale_candidates(locale: str) -> list[str]:
    """Catalogue names to try for a locale, most specific first: "es_MX.UTF-8" gives es_MX
    then es; plain "zh" means the Simplified Chinese catalogue."""
    name = locale.strip().replace("-", "_").split(".")[0]
    if not name:
        return []
    parts = name.split("_")
    language = parts[0].lower()
    full = "_".join([language, *(part.upper() for part in parts[1:])])
    names = [full, language] if full != language else [language]
    return [*names, "zh_CN"] if language == "zh" and "zh_CN" not in names else names
