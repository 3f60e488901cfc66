"""Relay command round trip through RelayClient: to the Python simulator on a pty (the headline,
target p99 <= 20 ms) and, when the AVR toolchain and libsimavr are installed, to the compiled
firmware running under simavr paced to real time.

    python tests/benchmarks/bench_relay_rtt.py [--count 2000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from hardware.relay.client import RelayClient
from hardware.sim.relay import RelaySimulator

TARGET_P99_MS = 20.0


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
    return ordered[index]


def measure(client: RelayClient, count: int) -> list[float]:
    """A realistic mix: mostly heartbeats and status reads, with unlocks and locks."""
    commands: list[Callable[[], object]] = [
        client.ping,
        client.status,
        lambda: client.unlock(1, 600),
        client.ping,
        lambda: client.lock(1),
    ]
    for command in commands:  # warm up
        command()
    samples = []
    for index in range(count):
        command = commands[index % len(commands)]
        start = time.perf_counter()
        command()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(name: str, samples: list[float]) -> dict[str, float]:
    figures = {
        "p50": percentile(samples, 50),
        "p95": percentile(samples, 95),
        "p99": percentile(samples, 99),
        "max": max(samples),
        "mean": statistics.fmean(samples),
    }
    text = ", ".join(f"{key} {value:.2f} ms" for key, value in figures.items())
    print(f"{name}: {len(samples)} commands: {text}")
    return figures


def bench_firmware(count: int) -> None:
    try:
        from hardware.firmware.build import build, missing_packages
        from hardware.firmware.emulator import EmulatedController
    except ImportError as exc:
        print(f"firmware: skipped ({exc})")
        return
    missing = missing_packages()
    if missing:
        print(f"firmware: skipped (missing Debian packages: {', '.join(missing)})")
        return
    firmware = build()
    assert firmware.runner is not None
    with EmulatedController(firmware.runner, firmware.elf, pace=True) as emulator:
        client = RelayClient(emulator.port, wait_banner=False, timeout=0.5)
        client.start(timeout=5.0)
        try:
            report("firmware under simavr (paced, 115200 baud)", measure(client, count))
        finally:
            client.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--firmware-count", type=int, default=500)
    args = parser.parse_args()

    bench_firmware(args.firmware_count)

    with RelaySimulator() as sim:
        client = RelayClient(sim.port, heartbeat=10, timeout=0.5)
        client.start(timeout=5.0)
        try:
            figures = report("python simulator on a pty", measure(client, args.count))
        finally:
            client.stop()
    p99 = figures["p99"]
    print(
        json.dumps(
            {
                "metric": "relay_rtt_p99",
                "value": round(p99, 3),
                "unit": "ms",
                "target": f"<= {TARGET_P99_MS:g}",
                "pass": p99 <= TARGET_P99_MS,
            }
        )
    )


if __name__ == "__main__":
    main()
