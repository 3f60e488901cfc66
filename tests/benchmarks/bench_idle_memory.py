"""Memory over 1,000 scan → welcome → idle timeout cycles: RSS growth must stay under 5 MB.

    python tests/benchmarks/bench_idle_memory.py [--cycles N]

Each cycle types a demo patron's card as a keyboard-wedge burst, waits for the welcome screen,
then lets the idle timer (ticking every millisecond here instead of every second) run out and
waits for the attract screen; the real services and SQLite file are used throughout."""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kiosk_harness as h

from kiosk.core.clock import SystemClock
from kiosk.core.demo import seed_demo

TARGET_MB = 5.0
WARMUP = 50


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        resident_pages = int(statm.read().split()[1])
    import resource

    return resident_pages * resource.getpagesize() / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cycles", type=int, default=1000)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    h.app()
    config = h.bench_config(
        f"sqlite:///{folder / 'kiosk.db'}", folder / "logs", idle_timeout_s=3, countdown_s=2
    )
    gui, services = h.compose(config, tick_ms=1)
    data = seed_demo(services.sessions, services.codec, SystemClock(), config.terminal.id)
    payloads = [payload for _, _, payload in data.patrons[:-1]]  # the last card is revoked
    welcome = h.PaintWatch(gui, gui.window.welcome)
    attract = h.PaintWatch(gui, gui.window.attract)
    attract.wait()

    baseline = 0.0
    for cycle in range(args.cycles + WARMUP):
        if cycle == WARMUP:
            gc.collect()
            baseline = rss_mb()
        welcome.arm()
        attract.arm()
        h.type_scan(gui, payloads[cycle % len(payloads)])
        welcome.wait()
        attract.wait()  # the idle timeout brings the attract screen back by itself
    gc.collect()
    final = rss_mb()
    growth = final - baseline
    welcome.detach()
    attract.detach()
    gui.close()
    services.close()
    print(
        f"RSS after {WARMUP} warm-up cycles: {baseline:.1f} MB; after {args.cycles} more: "
        f"{final:.1f} MB; growth {growth:.2f} MB"
    )
    print(
        json.dumps(
            {
                "metric": "idle_cycle_rss_growth",
                "value": round(growth, 2),
                "unit": "MB",
                "target": f"< {TARGET_MB}",
                "pass": growth < TARGET_MB,
            }
        )
    )


if __name__ == "__main__":
    main()
