"""SerialLink's own cost on a pty: line round trip to an echoing device, and lines/s received.

Run: python tests/benchmarks/bench_serial_link.py
The relay round-trip (p99 <= 20 ms) and G-code streaming benchmarks sit on top of this link, so
its share should be small: target p99 round trip <= 5 ms."""

from __future__ import annotations

import json
import statistics
import threading
import time

from hardware.sim.pty_device import PtyDevice
from hardware.transport import SerialLink

ROUND_TRIPS = 2000
BURST_LINES = 50_000
RTT_TARGET_MS = 5.0


class Echo(PtyDevice):
    """Answers each line with the same line, as soon as it is complete."""

    def __init__(self) -> None:
        super().__init__()
        self._partial = b""

    def on_bytes(self, data: bytes) -> None:
        self._partial += data
        *lines, self._partial = self._partial.split(b"\n")
        if lines:
            self.send(b"".join(line + b"\n" for line in lines))


def measure_round_trips() -> list[float]:
    answered = threading.Event()
    samples: list[float] = []
    with Echo() as device:
        link = SerialLink(device.port, on_line=lambda line: answered.set())
        link.start(timeout=5.0)
        try:
            for number in range(ROUND_TRIPS):
                answered.clear()
                started = time.perf_counter()
                link.write(b"N%d PING*42\n" % number)
                if not answered.wait(2.0):
                    raise SystemExit(f"no echo for round trip {number}")
                samples.append((time.perf_counter() - started) * 1000)
        finally:
            link.stop()
    return samples


def measure_line_rate() -> float:
    done = threading.Event()
    count = 0

    def on_line(line: bytes) -> None:
        nonlocal count
        count += 1
        if count == BURST_LINES:
            done.set()

    payload = b"".join(b"ok T:%d.0 /210.0 B:60.0 /60.0\n" % (n % 300) for n in range(BURST_LINES))
    with Echo() as device:
        link = SerialLink(device.port, on_line=on_line)
        link.start(timeout=5.0)
        try:
            started = time.perf_counter()
            sender = threading.Thread(target=device.send, args=(payload,))
            sender.start()
            if not done.wait(60.0):
                raise SystemExit(f"only {count} of {BURST_LINES} lines arrived")
            elapsed = time.perf_counter() - started
            sender.join(5.0)
        finally:
            link.stop()
    return BURST_LINES / elapsed


def main() -> None:
    samples = measure_round_trips()
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    rate = measure_line_rate()
    print(
        f"round trips: {ROUND_TRIPS}, p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {ordered[-1]:.3f} ms"
    )
    print(f"received lines: {BURST_LINES} at {rate:,.0f} lines/s")
    print(
        json.dumps(
            {
                "metric": "serial_link_rtt_p99",
                "value": round(p99, 3),
                "unit": "ms",
                "target": f"<= {RTT_TARGET_MS}",
                "pass": p99 <= RTT_TARGET_MS,
            }
        )
    )


if __name__ == "__main__":
    main()
