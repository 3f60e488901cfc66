"""Extract and compile the kiosk's translations with Qt's own tools.

    python -m kiosk.ui.translations_build          # update every .ts from the code, compile .qm
    python -m kiosk.ui.translations_build --check  # change nothing; fail on a gap or a stale .qm

`pyside6-lupdate` collects every `self.tr(...)`, `QCoreApplication.translate(...)` and
`QT_TRANSLATE_NOOP(...)` string from the sources below into assets/translations/kiosk_<lang>.ts;
translators fill those in; `pyside6-lrelease` compiles each into the kiosk_<lang>.qm the kiosk
loads. The check mode is what the tests run: a string added in code and left untranslated in
any shipped language fails, and so does a .qm that was not compiled from its .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk import fonts
from kiosk.resources import ASSETS_DIR

ROOT = ASSETS_DIR.parent
TRANSLATIONS_DIR = ASSETS_DIR / "translations"
# Every language shipped besides the source language (English); kept in step with
# kiosk/ui/languages.py by a test.
SHIPPED = ("es", "fr", "zh_CN", "ar")
# Modules with nothing a patron or staff member reads (scan plumbing, the review tool, this).
NOT_SCANNED = ("scan_input.py", "scan_filter.py", "screenshots.py", "translations_build.py")
# Words printed on cards come from the same catalogue (read without Qt there).
EXTRA_SOURCES = ("kiosk/card_printing.py",)
TOOL_TIMEOUT_S = 120


class TranslationError(Exception):
    """A catalogue with a gap, a stale compiled file, or a Qt tool that is missing."""


@dataclass(frozen=True)
class Gap:
    language: str
    context: str
    source: str


def sources(extra: Sequence[Path] = ()) -> list[Path]:
    found = [
        path
        for path in (ROOT / "kiosk" / "ui").rglob("*.py")
        if path.name not in NOT_SCANNED
    ]
    found += [ROOT / name for name in EXTRA_SOURCES if (ROOT / name).is_file()]
    return sorted(found) + list(extra)


def linguist_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the running interpreter's environment."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise TranslationError(f"the {name} command (part of PySide6) was not found")
    return found


def ts_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"kiosk_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"kiosk_{language}.qm"


def extract(ts_files: Sequence[Path], extra_sources: Sequence[Path] = ()) -> None:
    """Merge the strings in the code into each .ts (new ones arrive unfinished). Locations are
    left out, so moving code around changes no catalogue."""
    _run(
        [linguist_tool("pyside6-lupdate"), *map(str, sources(extra_sources)), "-no-obsolete",
         "-locations", "none", "-ts",
         *map(str, ts_files)]
    )


def compile_qm(ts: Path, qm: Path) -> None:
    _run([linguist_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)])


def gaps(ts: Path, language: str) -> list[Gap]:
    """Messages with no translation, or with a plural form left empty."""
    missing: list[Gap] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None or kind == "unfinished":
                missing.append(Gap(language, name, source))
                continue
            forms = translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            if any(not text.strip() for text in texts):
                missing.append(Gap(language, name, source))
    return missing


# Shown on screen besides the catalogue: the language's own name in the picker.
CJK_EXTRA_TEXT = "中文"


def cjk_text(folder: Path = TRANSLATIONS_DIR) -> set[str]:
    """Every character the Chinese screens can show (what the bundled CJK subset must hold)."""
    text = CJK_EXTRA_TEXT
    for translation in ET.parse(ts_path("zh_CN", folder)).getroot().iter("translation"):
        text += "".join(translation.itertext())
    return {char for char in text if not char.isspace()}


def missing_from_cjk_subset(folder: Path = TRANSLATIONS_DIR) -> set[str]:
    from fontTools.ttLib import TTFont

    subset = fonts.bundled(fonts.CJK_SUBSET)
    if not subset.is_file():
        return cjk_text(folder)
    with TTFont(subset) as font:
        covered = set(font.getBestCmap())
    # Latin letters, digits and ASCII punctuation come from DejaVu Sans.
    return {char for char in cjk_text(folder) if ord(char) > 0x7E and ord(char) not in covered}


def build_cjk_subset() -> bool:
    """Cut the bundled CJK font down to the characters the Chinese screens use, from the full
    font; False (the bundled one kept) where the full font is not installed."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    source, index = fonts.CJK_SOURCE
    if not Path(source).is_file():
        return False
    characters = "".join(sorted(c for c in cjk_text() if ord(c) > 0x7E))
    options = subset.Options()
    options.name_IDs = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    font = TTFont(source, fontNumber=index)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    # Its own family name, so it never stands in for the full font a terminal may have.
    names = font["name"]
    for record in names.names:
        if record.nameID in (1, 16):
            record.string = fonts.CJK_SUBSET_FAMILY
        elif record.nameID in (4,):
            record.string = f"{fonts.CJK_SUBSET_FAMILY} Regular"
        elif record.nameID == 6:
            record.string = fonts.CJK_SUBSET_FAMILY.replace(" ", "") + "-Regular"
    font.save(fonts.bundled(fonts.CJK_SUBSET))
    return True


def build(languages: Sequence[str] = SHIPPED) -> None:
    extract([ts_path(language) for language in languages])
    for language in languages:
        compile_qm(ts_path(language), qm_path(language))
    if "zh_CN" in languages and missing_from_cjk_subset() and not build_cjk_subset():
        print(
            "note: the Chinese screens use characters the bundled font lacks; install "
            "fonts-noto-cjk and run this again"
        )


def check(
    languages: Sequence[str] = SHIPPED,
    folder: Path = TRANSLATIONS_DIR,
    extra_sources: Sequence[Path] = (),
) -> list[str]:
    """Problems found, one line each; changes no file in `folder`."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-ts-") as temp:
        work = Path(temp)
        copies = []
        for language in languages:
            if not ts_path(language, folder).is_file():
                problems.append(f"{ts_path(language, folder).name} is missing")
                continue
            copy = ts_path(language, work)
            shutil.copy(ts_path(language, folder), copy)
            copies.append((language, copy))
        if copies:
            extract([copy for _, copy in copies], extra_sources)
        for language, copy in copies:
            for gap in gaps(copy, language):
                problems.append(
                    f"{language}: no translation for {gap.context}: {gap.source!r}"
                )
            fresh = qm_path(language, work)
            compile_qm(ts_path(language, folder), fresh)
            shipped = qm_path(language, folder)
            if not shipped.is_file() or shipped.read_bytes() != fresh.read_bytes():
                problems.append(
                    f"{shipped.name} is not compiled from {ts_path(language).name}: "
                    "run python -m kiosk.ui.translations_build"
                )
        if "zh_CN" in languages and ts_path("zh_CN", folder).is_file():
            lacking = missing_from_cjk_subset(folder)
            if lacking:
                problems.append(
                    f"{fonts.CJK_SUBSET} lacks {''.join(sorted(lacking))}: "
                    "run python -m kiosk.ui.translations_build"
                )
    return problems


def _run(command: list[str]) -> None:
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=TOOL_TIMEOUT_S)
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        raise TranslationError(
            f"{Path(command[0]).name} failed: {detail[-1] if detail else exc}"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.ui.translations_build",
        description="Extract the kiosk's strings into the .ts catalogues and compile them.",
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; report gaps and stale .qm files"
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check()
            for line in problems:
                print(line)
            return 1 if problems else 0
        build()
        for language in SHIPPED:
            for gap in gaps(ts_path(language), language):
                print(f"{language}: to translate: {gap.context}: {gap.source!r}")
    except TranslationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
