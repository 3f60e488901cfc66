"""Process start → attract screen painted, against a bare PySide6 window in the same run.

    python tests/benchmarks/bench_startup.py [--runs N]

Both are measured from just before the process is spawned to the moment it reports its first
paint, alternating runs so machine noise hits both alike; the kiosk opens an existing SQLite
database (migrations checked, as at every start). Target: kiosk / bare ≤ 2.0 (medians)."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = Path(__file__).resolve().with_name("startup_child.py")
ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 2.0


def time_to_paint(args: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "PAINTED":
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{args[0]} exited without painting (code {process.wait()})")
    if process.wait(timeout=30) != 0:
        raise RuntimeError(f"{args[0]} exited with code {process.returncode}")
    return elapsed


def write_config(folder: Path) -> Path:
    config = folder / "kiosk.toml"
    config.write_text(
        f'[database]\nurl = "sqlite:///{folder / "kiosk.db"}"\n'
        f'[logging]\ndir = "{folder / "logs"}"\n'
        f'[cards.keys]\nB1 = "hex:{secrets.token_hex(32)}"\n',
        encoding="utf-8",
    )
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    config = write_config(folder)
    subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(config), "db", "upgrade"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    # One unmeasured start of each warms the OS file cache for both alike.
    time_to_paint(["bare"])
    time_to_paint(["kiosk", str(config)])
    bare: list[float] = []
    kiosk: list[float] = []
    for _ in range(args.runs):
        bare.append(time_to_paint(["bare"]))
        kiosk.append(time_to_paint(["kiosk", str(config)]))
    bare_ms = statistics.median(bare) * 1000
    kiosk_ms = statistics.median(kiosk) * 1000
    ratio = kiosk_ms / bare_ms
    print(
        f"bare PySide6 window: median {bare_ms:.0f} ms over {args.runs} runs "
        f"({', '.join(f'{v * 1000:.0f}' for v in bare)})"
    )
    print(
        f"kiosk attract screen: median {kiosk_ms:.0f} ms over {args.runs} runs "
        f"({', '.join(f'{v * 1000:.0f}' for v in kiosk)})"
    )
    print(
        json.dumps(
            {
                "metric": "startup_ratio_kiosk_to_bare",
                "value": round(ratio, 2),
                "unit": "ratio",
                "target": f"<= {TARGET_RATIO}",
                "pass": ratio <= TARGET_RATIO,
            }
        )
    )


if __name__ == "__main__":
    main()
