"""The fonts the kiosk draws with, shared by the screens and the printed cards.

Bundled in assets/fonts: DejaVu Sans (Latin, Greek, Cyrillic, Arabic) and a subset of Noto Sans
CJK SC holding every character the Chinese screens use (rebuilt by
`python -m kiosk.ui.translations_build` from the full font; both under their licences beside
them). A full CJK font is not bundled (tens of megabytes): names on cards in scripts the bundled
fonts lack are drawn with a font installed on the terminal (Debian's fonts-noto-cjk,
fonts-noto-core for Indic and other scripts, fonts-symbola for emoji, installed by .ci/run and
the Linux installer; Windows and macOS ship such fonts), found here."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kiosk.resources import asset

REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"
CJK_SUBSET = "NotoSansCJKsc-Kiosk.otf"
CJK_SUBSET_FAMILY = "Noto Sans CJK SC Kiosk"

# Installed fonts that cover what the bundled ones lack (CJK, Indic, ...), best first.
SYSTEM_FALLBACKS: tuple[str, ...] = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    # Emoji and symbols (Debian's fonts-symbola).
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola.ttf",
    "C:/Windows/Fonts/msyhbd.ttc",
    "C:/Windows/Fonts/YuGothB.ttc",
    "C:/Windows/Fonts/malgunbd.ttf",
    "C:/Windows/Fonts/Nirmala.ttf",
    "C:/Windows/Fonts/seguiemj.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)
# The full font the bundled CJK subset is cut from (collection index of Simplified Chinese).
CJK_SOURCE = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)


def bundled(name: str) -> Path:
    return asset("fonts", name)


def bundled_fonts() -> tuple[Path, ...]:
    """Every bundled font file, for the screens to register."""
    return tuple(bundled(name) for name in (REGULAR, BOLD, CJK_SUBSET))


# Folders of one-script fonts (Noto's Devanagari, Tamil, Bengali... from Debian's
# fonts-noto-core), searched after the list above; bold faces first, since names are bold.
SYSTEM_FONT_FOLDERS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/noto",
    "/usr/share/fonts/google-noto",
)


def fallback_fonts() -> tuple[Path, ...]:
    """Fonts to try, in order, for text the preferred font cannot show."""
    return (bundled(CJK_SUBSET), *_installed_fallbacks())


@lru_cache(maxsize=1)
def _installed_fallbacks() -> tuple[Path, ...]:
    listed = [Path(path) for path in SYSTEM_FALLBACKS]
    found: list[Path] = []
    for folder in map(Path, SYSTEM_FONT_FOLDERS):
        if folder.is_dir():
            faces = sorted(folder.glob("*Sans*.tt[fc]"))
            found += [p for p in faces if "Bold" in p.name]
            found += [p for p in faces if "Bold" not in p.name]
    return tuple(path for path in dict.fromkeys([*listed, *found]) if path.is_file())
