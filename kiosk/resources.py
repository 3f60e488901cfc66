"""Where the kiosk's bundled assets (theme, icons, fonts, translations, demo data) live."""

from __future__ import annotations

from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    """Path of a bundled asset, e.g. asset("theme", "kiosk.qss")."""
    return ASSETS_DIR.joinpath(*parts)
