"""Figures for a G-code file: print time, filament, layers, bounding box, fit on a printer.

Streaming, in chunks of a quarter megabyte, so memory does not grow with the file. A slicer's
file is nearly all plain moves ("G1 X.. Y.. E.."); those are parsed a chunk at a time with
numpy (line ends, comment cuts and parameter letters found as byte masks, the decimals read
column by column around their points, `_decimals`); every other line (mode changes, G92, arcs,
dwells, lines numbered or in lower case) goes through a plain line parser, in order, between
the runs of moves around it.

The time is distance over feed rate per move (no acceleration model: it runs short on small,
curvy parts), so the slicer's own estimate is preferred where the file carries one
(PrusaSlicer, SuperSlicer, OrcaSlicer, Cura); filament likewise."""

from __future__ import annotations

import ctypes
import functools
import logging
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from kiosk.core.project_files.kinds import BuildVolume, GcodeStats

CHUNK = 256 * 1024
# Freed heap kept for the next chunk's arrays (see `_keep_freed_heap`).
HEAP_TOP_PAD = 16 * 1024 * 1024
# The slicer's summary sits in the first or last few kilobytes.
SUMMARY_BYTES = 64 * 1024
# How far outside the bed an extruding move may go and still "fit": purge lines on many
# printers (Prusa MK3: y = -3) run just off the nominal bed.
FIT_MARGIN_MM = 5.0

Floats = npt.NDArray[np.float64]

log = logging.getLogger(__name__)

_G, _SPACE, _TAB, _CR, _LF, _SEMI = (ord(c) for c in "G \t\r\n;")
_OTHER_ROW = 6
_LETTER_ROWS = np.full(256, _OTHER_ROW, dtype=np.intp)
_LETTER_ROWS[[ord(c) for c in "XYZEF"]] = np.arange(5)
# Digits in one number read by the fast reader: beyond 15 the integer they make is no longer
# exact in a double (a file with such numbers goes through the line parser).
_MAX_DIGITS = 15
_INT_POWERS = 10 ** np.arange(_MAX_DIGITS + 1, dtype=np.int64)
# What each byte is in the numbers' text: a blank, a digit, a point, a sign, anything else.
_BLANK, _DIGIT, _POINT, _SIGN, _OTHER = range(5)
_CHAR_KINDS = np.full(256, _OTHER, dtype=np.uint8)
_CHAR_KINDS[: _SPACE + 1] = _BLANK
_CHAR_KINDS[ord("0") : ord("9") + 1] = _DIGIT
_CHAR_KINDS[ord(".")] = _POINT
_CHAR_KINDS[[ord("-"), ord("+")]] = _SIGN

_TIME_PATTERNS = (
    # PrusaSlicer / SuperSlicer / OrcaSlicer: "; estimated printing time (normal mode) = 1h 2m 3s"
    re.compile(rb"^;\s*estimated printing time(?: \(normal mode\))?\s*=\s*([^\r\n]+)", re.M),
    re.compile(rb"^;\s*total estimated time:\s*([^\r\n;]+)", re.M),  # OrcaSlicer
    re.compile(rb"^;TIME:\s*(\d+)", re.M),  # Cura, seconds
)
_FILAMENT_MM = re.compile(rb"^;\s*filament used \[mm\]\s*=\s*([\d.]+)", re.M)
_FILAMENT_M = re.compile(rb"^;\s*Filament used:\s*([\d.]+)\s*m", re.M)  # Cura
_DURATION = re.compile(rb"(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?")


@dataclass
class _State:
    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    e: float = 0.0
    feed: float = 1500.0  # mm/min until the file sets one
    relative_xyz: bool = False
    relative_e: bool = False
    scale: float = 1.0  # 25.4 after G20 (inches)
    time_s: float = 0.0
    filament_mm: float = 0.0
    moves: int = 0
    layers: int = 0
    top_z: float = -math.inf  # the highest z extruded at so far
    low: tuple[float, float, float] = (math.inf, math.inf, math.inf)
    high: tuple[float, float, float] = (-math.inf, -math.inf, -math.inf)


def gcode_stats(path: Path, volume: BuildVolume | None = None) -> GcodeStats:
    """The figures for the G-code file at `path`; `volume` judges the fit (None: not judged)."""
    _keep_freed_heap()
    state = _State()
    with open(path, "rb") as handle:
        for chunk in _chunks(handle):
            _chunk(chunk, state)
        head, tail = _summary_text(handle)
    volume = volume or BuildVolume()
    slicer_time = _slicer_time(head, tail)
    slicer_filament = _slicer_filament(head, tail)
    filament = slicer_filament if slicer_filament is not None else state.filament_mm
    area_mm2 = math.pi * (volume.filament_diameter_mm / 2) ** 2
    grams = filament * area_mm2 / 1000 * volume.filament_density
    bbox = None
    if state.low[0] <= state.high[0]:
        bbox = (*state.low, *state.high)
    return GcodeStats(
        print_time_s=slicer_time if slicer_time is not None else state.time_s,
        filament_mm=filament,
        filament_g=grams,
        layers=state.layers,
        bbox=bbox,
        fits=_fits(bbox, volume),
        moves=state.moves,
        computed_time_s=state.time_s,
        computed_filament_mm=state.filament_mm,
    )


@functools.cache
def _keep_freed_heap() -> None:
    """Each chunk makes and drops a few megabytes of numpy arrays. glibc returns freed memory
    at the top of its heap to the system at once (128 KB of slack by default), so every chunk
    faulted the same pages in again: measured, that cost as much CPU as the parsing. Keeping
    HEAP_TOP_PAD of slack (M_TOP_PAD) lets the next chunk reuse them; the process keeps at
    most that much freed memory. Elsewhere than glibc there is nothing to set."""
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError, TypeError):
        return
    m_top_pad = -2  # glibc's malloc.h
    if not mallopt(m_top_pad, HEAP_TOP_PAD):
        log.info("the heap's slack could not be set; G-code figures take longer")


def _fits(bbox: tuple[float, ...] | None, volume: BuildVolume) -> bool | None:
    if not volume.known:
        return None
    if bbox is None:
        return True
    x0, y0, _z0, x1, y1, z1 = bbox
    margin = FIT_MARGIN_MM
    return (
        x0 >= -margin
        and y0 >= -margin
        and x1 <= volume.x_mm + margin
        and y1 <= volume.y_mm + margin
        and z1 <= volume.z_mm
    )


def _chunks(handle: object) -> Iterator[bytes]:
    """Whole lines, about CHUNK bytes at a time; the last line gets a line end if it lacks one."""
    read = handle.read  # type: ignore[attr-defined]
    rest = b""
    while True:
        block: bytes = read(CHUNK)
        if not block:
            break
        block = rest + block
        cut = block.rfind(b"\n")
        if cut < 0:
            rest = block
            continue
        rest = block[cut + 1 :]
        yield block[: cut + 1]
    if rest:
        yield rest + b"\n"


def _summary_text(handle: object) -> tuple[bytes, bytes]:
    seek, read = handle.seek, handle.read  # type: ignore[attr-defined]
    seek(0)
    head: bytes = read(SUMMARY_BYTES)
    seek(0, 2)
    size = handle.tell()  # type: ignore[attr-defined]
    seek(max(0, size - SUMMARY_BYTES))
    tail: bytes = read()
    return head, tail


def _slicer_time(head: bytes, tail: bytes) -> float | None:
    for pattern in _TIME_PATTERNS:
        for text in (tail, head):
            found = pattern.search(text)
            if found is None:
                continue
            value = found.group(1).strip()
            if value.isdigit():
                return float(value)
            parts = _DURATION.match(value)
            if parts and any(parts.groups()):
                d, h, m, s = (int(g) if g else 0 for g in parts.groups())
                return float(((d * 24 + h) * 60 + m) * 60 + s)
    return None


def _slicer_filament(head: bytes, tail: bytes) -> float | None:
    for text in (tail, head):
        found = _FILAMENT_MM.search(text)
        if found:
            return _number(found.group(1))
        found = _FILAMENT_M.search(text)
        if found:
            metres = _number(found.group(1))
            return metres * 1000 if metres is not None else None
    return None


def _number(text: bytes) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


# -- one chunk --------------------------------------------------------------------------------


def _chunk(chunk: bytes, state: _State) -> None:
    data = np.frombuffer(chunk + b"\n\n\n\n", dtype=np.uint8)
    size = len(chunk)
    ends = np.flatnonzero(data[:size] == _LF)
    starts = np.empty_like(ends)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    # Where each line's command ends: at its first ';' or its end.
    semis = np.flatnonzero(data[:size] == _SEMI)
    cuts = ends.copy()
    if len(semis):
        line_of = np.searchsorted(ends, semis)
        first = np.ones(len(semis), dtype=bool)
        first[1:] = line_of[1:] != line_of[:-1]
        cuts[line_of[first]] = semis[first]
    c0, c1, c2 = data[starts], data[starts + 1], data[starts + 2]
    after = (c2 == _SPACE) | (c2 == _TAB) | (c2 == _CR) | (c2 == _LF) | (c2 == _SEMI)
    is_move = (c0 == _G) & ((c1 == ord("0")) | (c1 == ord("1"))) & after & (cuts > starts + 2)
    blank = (cuts == starts) | ((cuts == starts + 1) & (c0 == _CR))
    other = ~is_move & ~blank
    moves = np.flatnonzero(is_move)
    found = _move_columns(data, starts[moves], cuts[moves])
    if found is None:  # numbers the fast reader cannot line up: this chunk by the slow one
        other = ~blank
        moves = moves[:0]
        found = np.full((6, 0), 1.0)
    columns = found
    # A move line the fast reader cannot take apart keeps its place but goes to the slow one.
    odd = np.isnan(columns[5])
    if odd.any():
        other[moves[odd]] = True
        moves, columns = moves[~odd], columns[:, ~odd]
    others = np.flatnonzero(other)
    # Runs of moves between the other lines, in file order.
    split = np.searchsorted(moves, others)
    begin = 0
    for index, line in zip(split.tolist(), others.tolist(), strict=True):
        if index > begin:
            _moves(columns[:, begin:index], state)
            begin = index
        _line(chunk[starts[line] : cuts[line]].decode("latin-1"), state)
    if begin < len(moves):
        _moves(columns[:, begin:], state)


def _move_columns(
    data: npt.NDArray[np.uint8], starts: npt.NDArray[np.intp], cuts: npt.NDArray[np.intp]
) -> Floats | None:
    """X, Y, Z, E, F of each move line (NaN where absent), and a sixth row that is NaN for a
    line holding another word; None when the numbers cannot be read side by side."""
    count = len(starts)
    columns = np.full((_OTHER_ROW + 1, count), np.nan)
    if count == 0:
        return columns[:6]
    columns[5] = 1.0
    # The moves' parameter text: from after "G1" to the comment or the line end.
    # Laid out as alternating runs (outside, inside, outside...) between those bounds.
    bounds = np.empty(2 * count + 2, dtype=np.intp)
    bounds[0] = 0
    bounds[1:-1:2] = starts + 2
    bounds[2:-1:2] = cuts
    bounds[-1] = len(data)
    runs = np.zeros(2 * count + 1, dtype=np.bool_)
    runs[1::2] = True
    inside = np.repeat(runs, np.diff(bounds))
    # Parameter letters: capitals after a blank. Blanked out, and everything outside the
    # parameters too, what is left is one number per letter, in order.
    text = np.where(inside, data, np.uint8(_SPACE))
    capital = (text >= ord("A")) & (text <= ord("Z"))
    capital[1:] &= (text[:-1] == _SPACE) | (text[:-1] == _TAB)
    capital[0] = False
    positions = np.flatnonzero(capital)
    letters = text[positions]
    text[positions] = _SPACE
    values = _decimals(text[inside].tobytes())
    if values is None or len(values) != len(positions):
        return None
    owner = np.searchsorted(starts, positions, side="right") - 1
    # Rows 0-4 take X Y Z E F; any other letter lands in a scratch row and marks its line.
    rows = _LETTER_ROWS[letters]
    columns[rows, owner] = values
    columns[5, owner[rows == _OTHER_ROW]] = np.nan
    return columns[:6]


def _decimals(text: bytes) -> Floats | None:
    """The numbers of blank-separated words like "-12.5", ".8", "7" (a sign, at most 15
    digits, at most one point), exactly as a C parser reads them; None if a word is anything
    else. Vectorised: the words' digits are taken column by column on each side of the point
    (a dozen columns at most), not byte by byte, so this is several times faster than
    numpy's text reader. The digits make an integer below 2**53 and the point a power of ten
    up to 1e15, both exact in a double, so their one division is rounded once: exact."""
    size = len(text)
    data = np.frombuffer(text + b" " * (_MAX_DIGITS + 1), dtype=np.uint8)
    word = data > _SPACE
    word[size:] = False
    edge = np.diff(word.view(np.int8), prepend=np.int8(0))
    starts = np.flatnonzero(edge == 1)
    ends = np.flatnonzero(edge == -1)
    count = len(starts)
    if count == 0:
        return np.empty(0)
    kinds = _CHAR_KINDS[data]
    if (kinds == _OTHER).any():
        return None
    # A sign only as a word's first character, at most one point in a word.
    signs = np.flatnonzero(kinds == _SIGN)
    first = starts.copy()
    if len(signs):
        signed = np.flatnonzero(kinds[starts] == _SIGN)
        if len(signed) != len(signs):
            return None
        first[signed] += 1
    marks = np.flatnonzero(kinds == _POINT)
    point_owner = np.searchsorted(starts, marks, side="right") - 1
    if len(point_owner) > 1 and not np.diff(point_owner).all():
        return None
    points = ends.copy()  # a word without a point has it after its last digit
    points[point_owner] = marks
    digits = data - np.uint8(ord("0"))
    whole = points - first
    fraction = ends - points
    fraction[point_owner] -= 1
    total = whole + fraction
    if total.min() < 1 or total.max() > _MAX_DIGITS:
        return None
    # The digits before the point, from the point leftwards; then those after it, as an
    # integer read left to right (Horner); together one integer over 10**fraction.
    before = np.zeros(count, dtype=np.int64)
    for k in range(1, int(whole.max()) + 1):
        before += np.where(k <= whole, digits[points - k], 0) * _INT_POWERS[k - 1]
    after = np.zeros(count, dtype=np.int64)
    for k in range(1, int(fraction.max()) + 1):
        after = np.where(k <= fraction, after * 10 + digits[points + k], after)
    scale = _INT_POWERS[fraction]
    values: Floats = (before * scale + after).astype(np.float64) / scale.astype(np.float64)
    if len(signs):
        negative = signed[data[starts[signed]] == ord("-")]
        values[negative] = -values[negative]
    return values


def _fill(values: Floats, start: float) -> Floats:
    """Each NaN replaced by the last number before it (`start` before the first)."""
    present = ~np.isnan(values)
    index = np.where(present, np.arange(len(values)), -1)
    np.maximum.accumulate(index, out=index)
    return np.where(index >= 0, values[np.maximum(index, 0)], start)


def _moves(columns: Floats, state: _State) -> None:
    x, y, z, e, f = (columns[row] * state.scale for row in range(5))
    f = columns[4]
    if state.relative_xyz:
        xs = state.x + np.cumsum(np.nan_to_num(x))
        ys = state.y + np.cumsum(np.nan_to_num(y))
        zs = state.z + np.cumsum(np.nan_to_num(z))
    else:
        xs, ys, zs = _fill(x, state.x), _fill(y, state.y), _fill(z, state.z)
    if state.relative_e:
        de = np.nan_to_num(e)
        es_last = state.e + float(de.sum())
    else:
        es = _fill(e, state.e)
        de = np.diff(es, prepend=state.e)
        es_last = float(es[-1])
    feeds = _fill(f, state.feed)
    dx = np.diff(xs, prepend=state.x)
    dy = np.diff(ys, prepend=state.y)
    dz = np.diff(zs, prepend=state.z)
    planar = np.hypot(dx, dy)
    length = np.sqrt(planar * planar + dz * dz)
    travel = np.where(length > 0, length, np.abs(de))
    speed = np.maximum(feeds, 1e-3) / 60.0
    state.time_s += float((travel / speed).sum())
    state.filament_mm += float(de.sum())
    state.moves += len(xs)
    printing = (de > 0) & (planar > 0)
    if printing.any():
        px, py, pz = xs[printing], ys[printing], zs[printing]
        state.low = (
            min(state.low[0], float(px.min())),
            min(state.low[1], float(py.min())),
            min(state.low[2], float(pz.min())),
        )
        state.high = (
            max(state.high[0], float(px.max())),
            max(state.high[1], float(py.max())),
            max(state.high[2], float(pz.max())),
        )
        # A new layer each time extrusion happens higher than ever before.
        tops = np.maximum.accumulate(np.concatenate(([state.top_z], pz)))
        state.layers += int((pz > tops[:-1] + 1e-6).sum())
        state.top_z = float(tops[-1])
    state.x, state.y, state.z = float(xs[-1]), float(ys[-1]), float(zs[-1])
    state.e = es_last
    state.feed = float(feeds[-1])


# -- any other line ---------------------------------------------------------------------------

_WORD = re.compile(r"([A-Z])\s*([-+]?(?:\d+\.?\d*|\.\d+))")
_NUMBERED = re.compile(r"^N\d+\s*")


def _line(text: str, state: _State) -> None:
    command = _NUMBERED.sub("", text.split("*", 1)[0].strip().upper())
    if not command:
        return
    head, _, rest = command.partition(" ")
    words = {letter: float(value) for letter, value in _WORD.findall(rest)}
    if head in ("G0", "G1", "G00", "G01"):
        row = np.array([[words.get(k, math.nan)] for k in "XYZEF"], dtype=np.float64)
        _moves(row, state)
    elif head in ("G2", "G3", "G02", "G03"):
        _arc(words, head.endswith("2"), state)
    elif head in ("G90", "G91"):
        state.relative_xyz = state.relative_e = head == "G91"
    elif head == "M82":
        state.relative_e = False
    elif head == "M83":
        state.relative_e = True
    elif head == "G92":
        for letter in "XYZE":
            if letter in words:
                setattr(state, letter.lower(), words[letter] * state.scale)
    elif head == "G28":
        axes = [letter for letter in "XYZ" if letter in rest] or ["X", "Y", "Z"]
        for letter in axes:
            setattr(state, letter.lower(), 0.0)
    elif head == "G20":
        state.scale = 25.4
    elif head == "G21":
        state.scale = 1.0
    elif head in ("G4", "G04"):
        state.time_s += words.get("S", 0.0) + words.get("P", 0.0) / 1000.0


def _arc(words: dict[str, float], clockwise: bool, state: _State) -> None:
    """G2/G3 with I/J centre offsets: its length along the arc, then as one move to its end."""
    scale = state.scale
    x0, y0 = state.x, state.y
    x1 = words.get("X", math.nan) * scale
    y1 = words.get("Y", math.nan) * scale
    if state.relative_xyz:
        x1 = x0 + (0.0 if math.isnan(x1) else x1)
        y1 = y0 + (0.0 if math.isnan(y1) else y1)
    x1 = x0 if math.isnan(x1) else x1
    y1 = y0 if math.isnan(y1) else y1
    cx, cy = x0 + words.get("I", 0.0) * scale, y0 + words.get("J", 0.0) * scale
    radius = math.hypot(x0 - cx, y0 - cy)
    start = math.atan2(y0 - cy, x0 - cx)
    end = math.atan2(y1 - cy, x1 - cx)
    sweep = (start - end) if clockwise else (end - start)
    sweep %= 2 * math.pi
    if sweep == 0:
        sweep = 2 * math.pi
    arc_length = radius * sweep
    chord = math.hypot(x1 - x0, y1 - y0)
    before = state.time_s
    row = np.array([[words.get(k, math.nan)] for k in "XYZEF"], dtype=np.float64)
    _moves(row, state)
    if chord > 0 and arc_length > chord:
        state.time_s = before + (state.time_s - before) * arc_length / chord
