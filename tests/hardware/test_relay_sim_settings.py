"""The relay simulator's model of firmware 1.1's stored settings, driven by a millisecond clock:
polarity, normally-closed inputs, the keep-alive cap and feedback faults. The same behaviour is
checked on the emulated firmware in tests/firmware/test_relay_fail_safe.py."""

from __future__ import annotations

from hardware.relay.protocol import encode_request, seal
from hardware.sim.relay import FEEDBACK_SETTLE_MS, RelayModel


def ask(model: RelayModel, seq: int, *words: str | int, now: int = 0) -> bytes:
    (reply,) = model.feed(encode_request(seq, str(words[0]), *words[1:]), now)
    return reply.rstrip(b"\n").rsplit(b"*", 1)[0]


def run(model: RelayModel, start: int, end: int, step: int = 5) -> list[bytes]:
    events: list[bytes] = []
    for now in range(start, end + 1, step):
        events.extend(line.rstrip(b"\n").rsplit(b"*", 1)[0] for line in model.tick(now))
    return events


def test_polarity_decides_the_off_level_and_survives_a_reset() -> None:
    model = RelayModel()
    assert model.pin_levels() == (1, 1, 1, 1)  # active-low: off = HIGH
    assert ask(model, 1, "UNLOCK", 2, 60) == b"1 OK ch=2 t=60"
    assert model.pin_levels() == (1, 0, 1, 1)
    assert ask(model, 2, "SET", "pol", "high") == b"2 OK pol=high"
    assert model.pin_levels() == (0, 0, 0, 0) and not any(model.unlocked)
    assert model.reset(10) == [
        b"\n" + seal(b"!0 BOOT id=RC-1 fw=1.1.0 ch=4 in=2 proto=1 pol=high nc=- fb=- kamax=28800")
    ]


def test_a_normally_closed_estop_with_a_broken_wire_is_pressed() -> None:
    model = RelayModel()
    model.raw_inputs[1] = True  # the NC contact is closed: pin at GND
    assert run(model, 0, 30) == [b"!1 INPUT in=2 v=1", b"!2 ESTOP ch=-"]  # read as NO: pressed
    assert ask(model, 1, "SET", "nc", "2", now=30) == b"1 OK nc=2"
    assert run(model, 35, 70) == [b"!3 INPUT in=2 v=0"]
    assert ask(model, 2, "UNLOCK", 1, 60, now=70) == b"2 OK ch=1 t=60"
    model.raw_inputs[1] = False  # the wire breaks
    assert run(model, 75, 110) == [b"!4 INPUT in=2 v=1", b"!5 ESTOP ch=1"]
    assert ask(model, 3, "UNLOCK", 1, 60, now=110) == b"3 ERR ESTOP"


def test_the_keep_alive_cap_locks_only_keep_alive_channels_once_per_silence() -> None:
    model = RelayModel()
    assert ask(model, 1, "SET", "kamax", 2) == b"1 OK kamax=2"
    ask(model, 2, "KEEP", 1, 1)
    ask(model, 3, "UNLOCK", 1, 600)
    ask(model, 4, "UNLOCK", 2, 600)
    assert run(model, 0, 1995) == []
    assert run(model, 2000, 4000) == [b"!1 KACAP ch=1"]
    assert model.unlocked == [False, True, False, False]
    assert ask(model, 5, "UNLOCK", 1, 600, now=4000) == b"5 OK ch=1 t=600"
    assert run(model, 4005, 5995) == []
    assert run(model, 6000, 6000) == [b"!2 KACAP ch=1"]
    assert ask(model, 6, "SET", "kamax", 0, now=6000) == b"6 OK kamax=0"  # no cap
    ask(model, 7, "UNLOCK", 1, 600, now=6000)
    assert run(model, 6005, 20000, step=100) == []


def test_feedback_on_while_off_is_a_fault_after_the_settling_time() -> None:
    model = RelayModel()
    assert ask(model, 1, "SET", "fb", "1,3") == b"1 OK fb=1,3"
    ask(model, 2, "UNLOCK", 1, 600)
    model.raw_feedback[0] = True  # the load is powered, as it should be
    model.raw_feedback[1] = True  # channel 2 has no feedback input: ignored
    assert run(model, 0, 500) == []
    assert ask(model, 3, "STATUS", now=500).endswith(b" fb=1,0,0,0")
    ask(model, 4, "LOCK", 1, now=500)  # ...and the contact stays welded
    assert run(model, 505, 500 + FEEDBACK_SETTLE_MS - 5) == []
    assert run(model, 500 + FEEDBACK_SETTLE_MS, 1000) == [b"!1 FAULT ch=1 v=1"]
    model.raw_feedback[0] = False
    assert run(model, 1005, 1100) == [b"!2 FAULT ch=1 v=0"]


def test_bad_settings_are_refused_and_change_nothing() -> None:
    model = RelayModel()
    for seq, (key, value) in enumerate(
        [("pol", "LOW"), ("nc", "3"), ("nc", "1,1"), ("fb", "1,"), ("kamax", "86401"), ("x", "1")],
        start=1,
    ):
        assert ask(model, seq, "SET", key, value) == b"%d ERR ARG" % seq
    assert ask(model, 9, "HELLO").endswith(b" pol=low nc=- fb=- kamax=28800")
