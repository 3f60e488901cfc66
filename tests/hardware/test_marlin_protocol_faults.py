"""The protocol against a model of Marlin's line handling on a noisy cable, many times over:
whatever the noise, every job line runs exactly once, in order, and the job gets done.

The model is synchronous and uses a fake clock, so hundreds of noisy jobs run in a second. It
follows Marlin's rules: a line is accepted only with the expected number and a good checksum; a
refused line empties the receive buffer and draws `Error:`, `Resend:` and `ok`; each accepted
command gets one `ok` when it has run."""

from __future__ import annotations

import random
from collections import deque

from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.marlin.events import Halted, ResendImpossible
from hardware.marlin.protocol import MarlinProtocol

JOB = [f"G1 X{i % 190}.{i % 10} Y{(i * 7) % 190}.5 E{i * 0.02:.2f}" for i in range(120)]
BUFSIZE = 4


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def xor(data: bytes) -> int:
    value = 0
    for byte in data:
        value ^= byte
    return value


class NoisyMarlin:
    def __init__(self, rng: random.Random, advanced: bool, noise: float, lost_oks: float) -> None:
        self.rng = rng
        self.advanced = advanced
        self.noise = noise
        self.lost_oks = lost_oks
        self.rx: deque[bytes] = deque()  # lines received, not yet read by the firmware
        self.queue: deque[tuple[int | None, str]] = deque()
        self.last_n = 0
        self.executed: list[str] = []
        self.out: list[bytes] = []

    def receive(self, wire: bytes) -> None:
        if self.rng.random() < self.noise:
            # A flipped bit somewhere before the line end (never creating a '*' or line end).
            at = self.rng.randrange(len(wire) - 1)
            flipped = wire[at] ^ (1 << self.rng.randrange(7))
            if flipped not in b"*\n\r;":
                wire = wire[:at] + bytes([flipped]) + wire[at + 1 :]
        self.rx.append(wire)

    def step(self) -> None:
        for _ in range(self.rng.randint(0, 3)):
            if not self.rx or len(self.queue) >= BUFSIZE:
                break
            self.read_line(self.rx.popleft().rstrip(b"\n").decode("latin-1"))
        for _ in range(self.rng.randint(0, 2)):
            if not self.queue:
                break
            number, command = self.queue.popleft()
            self.executed.append(command)
            if self.rng.random() < self.lost_oks:
                continue
            if self.advanced:
                free = BUFSIZE - len(self.queue) - 1
                self.out.append(f"ok N{number} P15 B{free}".encode())
            else:
                self.out.append(b"ok")

    def read_line(self, text: str) -> None:
        if not text.startswith("N"):
            self.refuse("No Line Number")
            return
        m110 = "M110" in text
        head = text[1:].split(" ", 1)[0]
        number = int(head) if head.isdigit() else -1
        if m110:
            number = 0
        star = text.rfind("*")
        if number != self.last_n + 1 and not m110:
            self.refuse("Line Number is not Last Line Number+1")
        elif star < 0 or text[star + 1 :] != str(xor(text[:star].encode("latin-1"))):
            self.refuse("checksum mismatch")
        else:
            self.last_n = number
            self.queue.append((number, text[:star].split(" ", 1)[1]))

    def refuse(self, why: str) -> None:
        self.out.append(f"Error:{why}, Last Line: {self.last_n}".encode())
        self.rx.clear()
        resend = str(self.last_n + 1)
        if self.rng.random() < self.noise:
            resend += "#"  # the reply is noisy too
        self.out += [f"Resend: {resend}".encode(), b"ok"]


@settings(max_examples=150, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    advanced=st.booleans(),
    noise=st.sampled_from([0.0, 0.05, 0.2, 0.4]),
    lost_oks=st.sampled_from([0.0, 0.02, 0.1]),
    window=st.sampled_from([None, 1]),
)
def test_every_line_runs_exactly_once_in_order_whatever_the_noise(
    seed: int, advanced: bool, noise: float, lost_oks: float, window: int | None
) -> None:
    rng = random.Random(seed)
    clock = FakeClock()
    protocol = MarlinProtocol(
        clock=clock, reply_timeout=2.0, max_silent_retries=50, max_inflight_lines=window
    )
    marlin = NoisyMarlin(rng, advanced, noise, lost_oks)
    protocol.reset_line_numbers()
    protocol.queue_job(JOB)
    events = []
    for _ in range(40_000):
        for wire in protocol.next_writes():
            marlin.receive(wire)
        marlin.step()
        replies, marlin.out = marlin.out, []
        for reply in replies:
            events += protocol.receive(reply)
        clock.now += 0.05
        events += protocol.poll()
        if protocol.idle:
            break
    assert not [e for e in events if isinstance(e, Halted | ResendImpossible)]
    # (A damaged M110 may never run: the model already expects line 1, the same outcome.)
    ran = [command for command in marlin.executed if not command.startswith("M110")]
    assert ran == JOB, "a line ran twice, was skipped or ran out of order"
    assert protocol.idle, "the job never finished"
