"""Larger text and high contrast: every screen at 1024x600 and 800x480, in every shipped
language, with text 1.5 times larger, shows all its text uncut and no control over another;
high contrast meets WCAG AAA for text and 3:1 for control edges and the focus ring."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.resources import asset
from kiosk.ui.look import LARGE_TEXT_CAP_PT, Look, scaled_size, sheet_for
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screenshots import render_all
from kiosk.ui.translation import install_translator
from tests.ui.conftest import WindowFactory
from tests.ui.poses import POSES

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

SIZES = [(1024, 600), (800, 480)]
LANGUAGES = sorted(
    {"en"} | {path.stem.removeprefix("kiosk_") for path in asset("translations").glob("*.qm")}
)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    # The library's default language, so that it holds across the session ends between poses
    # (and Arabic lays the screens out right to left).
    yield str(request.param)
    install_translator(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def shown(root: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in root.findChildren(kind) if w.isVisible()]


def area_of(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def scroll_body_of(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent.widget()
        parent = parent.parentWidget()
    return None


def cut_text(window: KioskWindow) -> list[str]:
    """Labels, buttons and fields whose text does not fit, or that lie outside what can be
    seen or scrolled to."""
    problems: list[str] = []
    window_rect = window.rect()
    for label in shown(window, QLabel):
        assert isinstance(label, QLabel)
        if not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()) - 2:
                problems.append(f"label cut off: {label.text()!r}")
        elif label.width() < label.sizeHint().width() - 2:
            problems.append(f"label elided: {label.text()!r}")
        problems += _outside(label, window_rect)
    for control in shown(window, QAbstractButton) + shown(window, QLineEdit):
        hint = control.sizeHint()
        # A field's width hint is a guess at a typical entry, not its text: height only.
        narrow = isinstance(control, QAbstractButton) and control.width() < hint.width() - 2
        if narrow or control.height() < hint.height() - 2:
            name = control.text() if isinstance(control, QAbstractButton) else control.objectName()
            problems.append(f"control too small for its text: {name!r}")
        problems += _outside(control, window_rect)
    return problems


def _outside(widget: QWidget, window_rect: QRect) -> list[str]:
    body = scroll_body_of(widget)
    if body is not None:
        # On a scrolling screen: within the scrolled content, and not wider than the screen.
        inside = body.rect().contains(area_of(widget, body))
        wide = area_of(widget, body).right() <= body.parentWidget().width()  # viewport
        return [] if inside and wide else [f"{widget.objectName() or widget} outside its screen"]
    window = widget.window()
    return [] if window_rect.contains(area_of(widget, window)) else [f"{widget} off screen"]


def visible_area(widget: QWidget, window: QWidget) -> QRect:
    """Where the widget is drawn: inside a scrolling screen, only what its viewport shows (a
    row scrolled below the viewport is not under the buttons that follow the scroll area)."""
    area = area_of(widget, window)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            area = area.intersected(area_of(parent.viewport(), window))
        parent = parent.parentWidget()
    return area


def _has_picture(label: QLabel) -> bool:
    pixmap = label.pixmap()
    return pixmap is not None and not pixmap.isNull()


def _overlay(window: KioskWindow, widget: QWidget) -> QWidget | None:
    # The countdown banner, and the on-screen keyboard where the window has one.
    for overlay in (window.banner, getattr(window, "keyboard", None)):
        if isinstance(overlay, QWidget) and overlay.isAncestorOf(widget):
            return overlay
    return None


def overlaps(window: KioskWindow) -> list[str]:
    """Pairs of controls or texts drawn over one another (neither holding the other)."""
    candidates = [
        *shown(window, QAbstractButton),
        *shown(window, QLineEdit),
        *shown(window, QLabel),
        *shown(window, QListWidget),
    ]
    items = [w for w in candidates if not isinstance(w, QLabel) or w.text() or _has_picture(w)]
    found: list[str] = []
    for first, second in itertools.combinations(items, 2):
        if first.isAncestorOf(second) or second.isAncestorOf(first):
            continue
        if _overlay(window, first) != _overlay(window, second):
            continue  # the banner and the keyboard lie over the screen on purpose
        if visible_area(first, window).intersects(visible_area(second, window)):
            found.append(f"{first.objectName() or first!r} over {second.objectName() or second!r}")
    return found


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("large_text", [False, True], ids=["text-1x", "text-1.5x"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_fits_its_text_without_cuts_or_overlaps(
    qtbot: QtBot,
    make_window: WindowFactory,
    language: str,
    large_text: bool,
    size: tuple[int, int],
) -> None:
    window = make_window(
        demo_cards=(("Demo patron", "payload"),), large_text=large_text, locale=language
    )
    window.resize(*size)
    assert window.language.current.code == language
    problems: list[str] = []
    for pose, show in POSES.items():
        window.reset_to_attract()
        show(window)
        for _ in range(3):
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        problems += [f"{pose}: {p}" for p in cut_text(window) + overlaps(window)]
        if window.banner.isVisible():
            banner = window.banner.geometry()
            for control in shown(window.stack, QAbstractButton):
                if banner.intersects(area_of(control, window)) and scroll_body_of(control) is None:
                    problems.append(f"{pose}: the banner covers {control.objectName()}")
    assert not problems, "\n".join(problems)


def test_large_text_is_one_and_a_half_times_larger_below_the_heading_cap(
    window: KioskWindow,
) -> None:
    body = window.attract._instructions
    normal = body.font().pointSizeF()
    window.look.set_large_text(True)
    assert body.font().pointSizeF() == pytest.approx(normal * 1.5, abs=0.5)
    assert scaled_size(48, 1.5) == LARGE_TEXT_CAP_PT and scaled_size(20, 1.5) == 30
    window.navigator.home()  # the session ends: back to the library's default
    assert body.font().pointSizeF() == normal


# -- contrast, computed from the theme's own colours ------------------------------------------

_RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\b")


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """Selector -> declarations, later rules overriding earlier ones (as Qt applies them)."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    found: dict[str, dict[str, str]] = {}
    for selectors, body in _RULE.findall(sheet):
        declarations = {}
        for line in body.split(";"):
            name, _, value = line.partition(":")
            if value.strip():
                declarations[name.strip()] = value.strip()
        for selector in selectors.split(","):
            found.setdefault(" ".join(selector.split()), {}).update(declarations)
    return found


def colour(value: str | None) -> str | None:
    match = _COLOUR.search(value or "")
    return match.group(0).upper() if match else None


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_arithmetic_matches_wcag() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def colour_pairs(sheet: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(selector, foreground, background) for text, and (selector, edge, background) for
    control edges, the focus ring and the countdown banner, as the theme draws them."""
    found = rules(sheet)
    screen = colour(found["QStackedWidget > QWidget"].get("background"))
    assert screen is not None
    text: list[tuple[str, str, str]] = []
    edges: list[tuple[str, str, str]] = []
    for selector, declarations in found.items():
        base = found.get(selector.split(":")[0], {})
        fore = colour(declarations.get("color")) or colour(base.get("color"))
        back = colour(declarations.get("background")) or colour(base.get("background"))
        inside = screen
        if selector.startswith("#CountdownBanner "):
            inside = colour(found["#CountdownBanner"]["background"]) or screen
        if fore is not None and selector != "#FocusRing":
            text.append((selector, fore, back or inside))
        edge = next(
            (
                colour(declarations[name])
                for name in ("border", "border-color", "border-bottom")
                if name in declarations
            ),
            None,
        )
        kind = selector.split("[")[0].split(":")[0]
        generic = found.get(kind, {}) if kind in ("QPushButton", "QLineEdit") else {}
        edge = edge or colour(base.get("border")) or colour(generic.get("border"))
        back = back or colour(generic.get("background"))
        control = selector.startswith(("QPushButton", "QLineEdit", "#CountdownBanner"))
        if control and ":" not in selector and (edge or back):
            # A control's outline is its border, or its own fill where that stands out more.
            shapes = [c for c in (edge, back) if c is not None]
            best = max(shapes, key=lambda c: contrast(c, inside))
            edges.append((selector, best, inside))
    ring = colour(found["#FocusRing"]["color"])
    assert ring is not None
    for selector, declarations in found.items():
        if selector in ("QStackedWidget > QWidget", 'QFrame[role="panel"]', "#CountdownBanner"):
            back = colour(declarations.get("background"))
            if back is not None:
                edges.append((f"focus ring on {selector}", ring, back))
    return text, edges


@pytest.mark.parametrize("large_text", [False, True])
def test_high_contrast_meets_wcag_aaa_for_text_and_3_to_1_for_edges(large_text: bool) -> None:
    text, edges = colour_pairs(sheet_for(Look(large_text=large_text, high_contrast=True)))
    assert len(text) > 20 and len(edges) > 10
    low = [f"{s}: {f} on {b} = {contrast(f, b):.1f}" for s, f, b in text if contrast(f, b) < 7]
    assert not low, "\n".join(low)
    weak = [f"{s}: {e} on {b} = {contrast(e, b):.1f}" for s, e, b in edges if contrast(e, b) < 3]
    assert not weak, "\n".join(weak)


def test_the_usual_theme_keeps_text_readable_and_the_focus_ring_visible() -> None:
    text, edges = colour_pairs(sheet_for(Look()))
    low = [f"{s}: {f} on {b} = {contrast(f, b):.1f}" for s, f, b in text if contrast(f, b) < 4.5]
    assert not low, "\n".join(low)
    ring = [(s, e, b) for s, e, b in edges if s.startswith("focus ring")]
    assert ring and all(contrast(e, b) >= 3 for _, e, b in ring)


def test_high_contrast_switches_the_window_and_ends_with_the_session(window: KioskWindow) -> None:
    window.look.set_high_contrast(True)
    QApplication.processEvents()
    image = window.grab().toImage()
    assert image.pixelColor(5, window.height() // 2).name() == "#000000"
    assert window.focus_ring.colour == "#00ffff"
    window.navigator.home()
    QApplication.processEvents()
    assert window.grab().toImage().pixelColor(5, window.height() // 2).name() == "#f4f6fa"


def test_a_patron_turns_on_larger_text_and_high_contrast_for_their_session_only(
    qtbot: QtBot, window: KioskWindow
) -> None:
    attract = window.attract
    body = attract._instructions
    normal = body.font().pointSizeF()
    qtbot.mouseClick(attract.accessibility_button, Qt.MouseButton.LeftButton)
    flow = window.navigator.flow("accessibility")
    screen = flow.screen  # type: ignore[attr-defined]
    assert window.current_screen() is screen
    assert screen.large_text_button.text() == "Larger text: off"
    qtbot.mouseClick(screen.large_text_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.high_contrast_button, Qt.MouseButton.LeftButton)
    assert window.look.current == Look(large_text=True, high_contrast=True)
    assert screen.large_text_button.isChecked()
    assert screen.large_text_button.text() == "Larger text: on"
    qtbot.mouseClick(screen.done_button, Qt.MouseButton.LeftButton)
    # Back at the start, still in the session: the scan that follows is read in large text.
    assert window.current_screen() is attract
    assert body.font().pointSizeF() == pytest.approx(normal * 1.5, abs=0.5)
    assert window.idle.running, "a session left alone at the start screen must end"
    while window.idle.running:
        window.idle.tick()
    assert window.look.current == Look()
    assert body.font().pointSizeF() == normal


def test_the_library_default_look_comes_from_the_configuration(
    make_window: WindowFactory,
) -> None:
    window = make_window(large_text=True, high_contrast=True)
    assert window.look.current == window.look.default == Look(True, True)
    window.look.set_high_contrast(False)
    window.navigator.home()
    assert window.look.current == Look(True, True)


# The screenshot poses cover every screen of every flow, with sample data (the print queue,
# the machines, the USB picker, ...): the smallest screen with larger text, in a language
# with long words and in a right-to-left one.
@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_every_screenshot_pose_fits_the_smallest_screen_with_larger_text(
    qapp: QApplication, tmp_path: Path, language: str
) -> None:
    problems: list[str] = []

    def check(name: str, window: KioskWindow) -> None:
        problems.extend(f"{name}: {p}" for p in cut_text(window) + overlaps(window))

    written = render_all(tmp_path, [(800, 480)], language, large_text=True, check=check)
    assert len(written) >= 60  # every pose was shown and checked
    assert not problems, "\n".join(problems)
