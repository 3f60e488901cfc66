"""The relay protocol without any port: frame codec, parser robustness, and the controller's
logic (RelayModel, the firmware's rules in Python) driven by a millisecond clock."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.framing import LineFramer
from hardware.relay.client import RelayClient
from hardware.relay.protocol import (
    Event,
    Malformed,
    Reply,
    Request,
    banner_in,
    crc16,
    encode_request,
    int_list,
    next_seq,
    parse_device_line,
    parse_request_line,
    seal,
)
from hardware.sim.relay import RelayModel


def test_crc_is_ccitt_false_check_value() -> None:
    assert crc16(b"123456789") == 0x29B1
    assert crc16(b"") == 0xFFFF


def test_request_encoding_matches_the_protocol_document_example() -> None:
    assert encode_request(17, "UNLOCK", 2, 1800) == b"17 UNLOCK 2 1800*56CE\n"
    assert seal(b"17 OK ch=2 t=1800") == b"17 OK ch=2 t=1800*D447\n"


@pytest.mark.parametrize(
    ("seq", "words"),
    [(0, ("PING",)), (65536, ("PING",)), (1, ("UN LOCK",)), (1, ("A*B",)), (1, ("X" * 90,))],
)
def test_request_encoding_refuses_what_the_controller_could_not_read(
    seq: int, words: tuple[str, ...]
) -> None:
    with pytest.raises(ValueError):
        encode_request(seq, *words)


def test_sequence_numbers_wrap_to_one_never_zero() -> None:
    assert next_seq(65535) == 1
    assert next_seq(1) == 2


def test_reply_event_and_request_parse() -> None:
    assert parse_device_line(seal(b"5 OK ch=2 t=60")) == Reply(5, True, "", {"ch": "2", "t": "60"})
    assert parse_device_line(seal(b"6 ERR CHANNEL").rstrip()) == Reply(6, False, "CHANNEL", {})
    assert parse_device_line(seal(b"!3 EXPIRED ch=2")) == Event(3, "EXPIRED", {"ch": "2"})
    request = parse_request_line(b"17 UNLOCK 2 1800*56CE\r\n")
    assert request == Request(17, "UNLOCK", ("2", "1800"), 0x56CE)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"5 OK ch=2*0000", "CRC"),
        (b"5 OK ch=2", "SYNTAX"),
        (b"5 OK ch=2*12G4", "SYNTAX"),
        (seal(b"5 MAYBE").rstrip(), "SYNTAX"),
        (seal(b"x OK").rstrip(), "SYNTAX"),
        (seal(b"5 OK novalue").rstrip(), "SYNTAX"),
        (seal(b"!x BOOT").rstrip(), "SYNTAX"),
        (b"\xff\xfe*ABCD", "SYNTAX"),
    ],
)
def test_bad_device_lines_are_reported_not_raised(line: bytes, reason: str) -> None:
    parsed = parse_device_line(line)
    assert isinstance(parsed, Malformed)
    assert parsed.reason == reason


def test_a_single_flipped_bit_is_always_caught() -> None:
    frame = encode_request(42, "UNLOCK", 3, 60).rstrip(b"\n")
    for index in range(len(frame)):
        for bit in range(7):  # ASCII stays ASCII; the eighth bit is covered by the fuzz test
            damaged = bytearray(frame)
            damaged[index] ^= 1 << bit
            assert not isinstance(parse_request_line(bytes(damaged)), Request), (index, bit)


def test_int_list() -> None:
    assert int_list("1,0,3") == (1, 0, 3)
    assert int_list("-") == ()
    with pytest.raises(ValueError):
        int_list("1,x")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_parsers_never_raise(data: bytes) -> None:
    for line in data.split(b"\n"):
        assert parse_device_line(line) is not None
        assert parse_request_line(line) is not None


BANNER_BODY = b"!0 BOOT id=RC-1 fw=1.0.0 ch=4 in=2 proto=1"


def test_banner_is_found_at_the_end_of_a_line_a_reset_cut_short() -> None:
    glued = b"17 OK ch=2 t=18" + seal(BANNER_BODY).rstrip(b"\n")
    assert isinstance(parse_device_line(glued), Malformed)
    found = banner_in(glued)
    assert found is not None and found.fields["id"] == "RC-1"
    assert banner_in(seal(BANNER_BODY)) == found
    assert banner_in(b"\x00\xff!7 EXPIR" + seal(BANNER_BODY)) == found


def test_a_damaged_or_later_event_is_no_banner() -> None:
    damaged = seal(BANNER_BODY)[:-6] + b"*0000"
    assert banner_in(b"17 OK" + damaged) is None
    assert banner_in(b"17 OK" + seal(b"!3 BOOT id=RC-1 fw=1.0.0 ch=4 in=2 proto=1")) is None
    assert banner_in(seal(b"!0 BOOT")) is not None  # fields are the handshake's business
    assert banner_in(b"") is None


@settings(max_examples=300, deadline=None)
@given(head=st.binary(max_size=120))
def test_banner_search_never_raises_and_finds_a_whole_banner_after_any_bytes(head: bytes) -> None:
    assert banner_in(head) is None or b"!0 BOOT" in head
    found = banner_in(head.replace(b"\n", b"") + seal(BANNER_BODY))
    assert found is not None and found.eseq == 0


@settings(max_examples=200, deadline=None)
@given(noise=st.binary(max_size=200), split=st.integers(min_value=0, max_value=400))
def test_host_side_resynchronises_at_the_next_newline(noise: bytes, split: int) -> None:
    """The transport's framer feeds this parser: whatever came before, the first good frame
    after a line end comes through intact, in whatever chunks the port delivers it."""
    good = seal(b"!7 INPUT in=1 v=1")
    stream = noise + b"\n" + good
    framer = LineFramer(max_line=128)
    cut = min(split, len(stream))
    lines = [
        e for e in framer.feed(stream[:cut]) + framer.feed(stream[cut:]) if isinstance(e, bytes)
    ]
    assert parse_device_line(lines[-1]) == Event(7, "INPUT", {"in": "1", "v": "1"})
    for line in lines[:-1]:
        assert parse_device_line(line) is not None


words = st.sampled_from(
    [
        "!0",
        "!3",
        "0",
        "7",
        "OK",
        "ERR",
        "BOOT",
        "EXPIRED",
        "HBLOST",
        "ESTOP",
        "INPUT",
        "CRC",
        "ch=",
        "ch=1,2",
        "ch=-",
        "in=x",
        "v=1",
        "t=1,2",
        "x=y",
        "=",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(words, min_size=1, max_size=6))
def test_client_line_handler_survives_any_well_sealed_frame(parts: list[str]) -> None:
    """Frames that pass the CRC but carry nonsense (a buggy or foreign firmware) are ignored."""
    client = RelayClient("/dev/null-relay", reconnect=False)
    client._on_line(seal(" ".join(parts).encode()).rstrip(b"\n"))


@settings(max_examples=200, deadline=None)
@given(noise=st.binary(max_size=200))
def test_controller_never_acts_on_noise_and_recovers_after_it(noise: bytes) -> None:
    model = RelayModel()
    replies = model.feed(noise + b"\n", 0)
    assert model.unlocked == [False] * 4
    assert all(isinstance(parse_device_line(r), Reply) for r in replies)
    assert model.feed(encode_request(9, "UNLOCK", 1, 5), 0) == [seal(b"9 OK ch=1 t=5")]
    assert model.unlocked[0]


# -- the controller's rules, in milliseconds -----------------------------------------------------


def req(model: RelayModel, seq: int, *words: str | int, now: int = 0) -> bytes:
    (reply,) = model.feed(encode_request(seq, *(str(w) for w in words)), now)
    return reply.rstrip(b"\n").rsplit(b"*", 1)[0]


def test_boot_banner_and_hello() -> None:
    model = RelayModel()
    # The line end first: it closes any line the reset cut off, so the banner stands alone.
    assert model.reset(0) == [
        b"\n" + seal(b"!0 BOOT id=RC-1 fw=1.1.0 ch=4 in=2 proto=1 pol=low nc=- fb=- kamax=28800")
    ]
    assert req(model, 1, "HELLO") == (
        b"1 OK id=RC-1 fw=1.1.0 ch=4 in=2 proto=1 pol=low nc=- fb=- kamax=28800"
    )


def test_unlock_counts_down_and_expires_with_an_event() -> None:
    model = RelayModel()
    model.reset(0)
    assert req(model, 1, "UNLOCK", 2, 3) == b"1 OK ch=2 t=3"
    assert req(model, 2, "STATUS", now=1500) == (
        b"2 OK t=0,2,0,0 ka=0,0,0,0 in=0,0 hb=0 up=1 fb=0,0,0,0"
    )
    assert model.tick(2999) == []
    assert model.tick(3000) == [seal(b"!1 EXPIRED ch=2")]
    assert model.unlocked == [False] * 4


def test_duplicate_sequence_is_answered_again_without_acting_twice() -> None:
    model = RelayModel()
    first = req(model, 7, "UNLOCK", 1, 10)
    again = req(model, 7, "UNLOCK", 1, 10, now=4000)
    assert first == again == b"7 OK ch=1 t=10"
    assert len(model.actions) == 1
    assert model.seconds_left(0, 4000) == 6  # not extended by the resend
    assert req(model, 8, "UNLOCK", 1, 10, now=4000) == b"8 OK ch=1 t=10"
    assert len(model.actions) == 2


def test_bad_crc_is_refused_with_sequence_zero_and_nothing_switches() -> None:
    model = RelayModel()
    frame = bytearray(encode_request(3, "UNLOCK", 1, 60))
    frame[2] = ord("X")
    assert model.feed(bytes(frame), 0) == [seal(b"0 ERR CRC")]
    assert model.unlocked == [False] * 4
    assert model.feed(b"3 UNLOCK 1 60\n", 0) == [seal(b"0 ERR SYNTAX")]
    assert model.feed(b"9" * 100 + b"\n", 0) == [seal(b"0 ERR LONG")]
    assert model.unlocked == [False] * 4


@pytest.mark.parametrize(
    ("words", "answer"),
    [
        (("UNLOCK", 5, 10), b"ERR CHANNEL"),
        (("UNLOCK", 0, 10), b"ERR CHANNEL"),
        (("UNLOCK", 1, 0), b"ERR ARG"),
        (("UNLOCK", 1, 86401), b"ERR ARG"),
        (("UNLOCK", 1), b"ERR ARG"),
        (("LOCK", "x"), b"ERR ARG"),
        (("HB", 3601), b"ERR ARG"),
        (("KEEP", 1, 2), b"ERR ARG"),
        (("PING", 1), b"ERR ARG"),
        (("OPEN", 1), b"ERR VERB"),
    ],
)
def test_argument_errors_echo_the_sequence(words: tuple[str | int, ...], answer: bytes) -> None:
    model = RelayModel()
    assert req(model, 11, *words) == b"11 " + answer
    assert model.unlocked == [False] * 4


def test_heartbeat_loss_locks_all_but_keep_alive_channels_once() -> None:
    model = RelayModel()
    req(model, 1, "HB", 2)
    req(model, 2, "KEEP", 3, 1)
    req(model, 3, "UNLOCK", 1, 60)
    req(model, 4, "UNLOCK", 3, 60)
    assert model.tick(1999) == []
    assert model.tick(2000) == [seal(b"!1 HBLOST ch=1")]
    assert model.unlocked == [False, False, True, False]
    assert model.tick(5000) == []  # once per silence
    req(model, 5, "PING", now=5000)
    assert model.tick(7000) == [seal(b"!2 HBLOST ch=-")]


def test_estop_locks_everything_and_refuses_unlock() -> None:
    model = RelayModel()
    req(model, 1, "KEEP", 2, 1)
    req(model, 2, "UNLOCK", 2, 60)
    model.raw_inputs[1] = True
    assert model.tick(100) == []
    assert model.tick(119) == []  # still debouncing
    assert model.tick(120) == [seal(b"!1 INPUT in=2 v=1"), seal(b"!2 ESTOP ch=2")]
    assert req(model, 3, "UNLOCK", 1, 5, now=130) == b"3 ERR ESTOP"
    assert model.unlocked == [False] * 4


def test_reset_forgets_everything() -> None:
    model = RelayModel()
    req(model, 1, "HB", 5)
    req(model, 2, "UNLOCK", 1, 60)
    model.reset(1000)
    assert model.unlocked == [False] * 4
    assert model.hb_ms == 0
    assert req(model, 2, "UNLOCK", 1, 60, now=1000) == b"2 OK ch=1 t=60"  # memory cleared too
