"""Thumbnail of a 1,000,000-triangle binary STL: target <= 1.5 s.

A lumpy torus of exactly 1,000,000 triangles is written as a binary STL and stored; the figure
is `thumbnail()` on it from cold (trimesh reads it, numpy shades and rasterises it with a
z-buffer, Pillow writes the PNG), best of three, wall clock and CPU time. The machine is
shared, so CPU time (what the code costs) is the judged figure; the wall clock is printed."""

from __future__ import annotations

import json
import math
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kiosk.core.project_files.kinds import FileKind, StoredFile
from kiosk.core.project_files.previews import thumbnail
from kiosk.core.project_files.store import FileStore

TARGET_S = 1.5
TRIANGLES = 1_000_000
RUNS = 3


def lumpy_torus(triangles: int) -> np.ndarray:
    """A torus with ripples (so the shading varies everywhere): `triangles` triangles."""
    rows = 500
    cols = triangles // (2 * rows)
    u = np.linspace(0, 2 * math.pi, rows + 1, dtype=np.float64)
    v = np.linspace(0, 2 * math.pi, cols + 1, dtype=np.float64)
    uu, vv = np.meshgrid(u, v, indexing="ij")
    tube = 12 + 1.5 * np.sin(6 * uu) * np.cos(5 * vv)
    x = (40 + tube * np.cos(vv)) * np.cos(uu)
    y = (40 + tube * np.cos(vv)) * np.sin(uu)
    z = tube * np.sin(vv) + 20
    grid = np.stack([x, y, z], axis=-1).astype(np.float32)
    a, b = grid[:-1, :-1].reshape(-1, 3), grid[1:, :-1].reshape(-1, 3)
    c, d = grid[1:, 1:].reshape(-1, 3), grid[:-1, 1:].reshape(-1, 3)
    first = np.stack([a, b, c], axis=1)
    second = np.stack([a, c, d], axis=1)
    return np.concatenate([first, second])[:triangles]


def binary_stl(triangles: np.ndarray) -> bytes:
    record = np.zeros(
        len(triangles), dtype=[("n", "<f4", (3,)), ("v", "<f4", (3, 3)), ("a", "<u2")]
    )
    record["v"] = triangles
    return b"bench".ljust(80) + len(triangles).to_bytes(4, "little") + record.tobytes()


def reference_cpu_s() -> float:
    """CPU seconds of a fixed pure-Python loop (about 0.4 s on an idle current core): printed
    so that figures from a shared, busy machine can be read against its speed at the time."""
    started = time.process_time()
    total = 0
    for number in range(10_000_000):
        total += number
    return time.process_time() - started


def main() -> int:
    print(f"machine reference: 10M-step Python loop {reference_cpu_s():.2f} s CPU")
    triangles = lumpy_torus(TRIANGLES)
    assert len(triangles) == TRIANGLES
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "torus.stl"
        source.write_bytes(binary_stl(triangles))
        store = FileStore(Path(folder) / "store")
        stored = store.store(source)
        assert stored.kind is FileKind.STL
        print(f"{TRIANGLES} triangles, {source.stat().st_size / 1e6:.1f} MB binary STL")
        walls, cpus = [], []
        for _ in range(RUNS):
            store.thumbnail_path(stored.sha256).unlink(missing_ok=True)
            wall, cpu = time.perf_counter(), time.process_time()
            made = thumbnail(store, StoredFile(stored.sha256, stored.kind, stored.size, "t"))
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
            assert made is not None and made.is_file()
        if len(sys.argv) > 1:
            Path(sys.argv[1]).write_bytes(made.read_bytes())
    wall, cpu = min(walls), min(cpus)
    print(
        f"thumbnail_1m_triangles_wall_s: {wall:.2f} (runs {', '.join(f'{w:.2f}' for w in walls)})"
    )
    print(f"thumbnail_1m_triangles_cpu_s: {cpu:.2f} (target <= {TARGET_S})")
    print(
        json.dumps(
            {
                "metric": "thumbnail_1m_triangles_cpu_s",
                "value": round(cpu, 3),
                "unit": "s",
                "target": f"<= {TARGET_S}",
                "pass": cpu <= TARGET_S,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
