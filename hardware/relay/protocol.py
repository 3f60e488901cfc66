"""Sans-I/O frames of the relay/lock controller protocol (see hardware/firmware/PROTOCOL.md).

Pure functions and small value objects: encode a request, parse a received line, split a byte
stream into lines. No threads, no ports; tested from transcripts in milliseconds."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_REQUEST_LINE = 80
MAX_DEVICE_LINE = 128
MAX_SEQ = 65535
FRAME_ERRORS = frozenset({"CRC", "SYNTAX", "LONG"})


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), the same loop the firmware runs."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def seal(body: bytes) -> bytes:
    """Append `*CRC` and the line end to a frame body."""
    return b"%s*%04X\n" % (body, crc16(body))


def next_seq(seq: int) -> int:
    return 1 if seq >= MAX_SEQ else seq + 1


def encode_request(seq: int, verb: str, *args: str | int) -> bytes:
    if not 1 <= seq <= MAX_SEQ:
        raise ValueError(f"sequence number out of range: {seq}")
    words = [str(seq), verb, *(str(a) for a in args)]
    if any(not w or " " in w or "*" in w or not w.isascii() for w in words):
        raise ValueError(f"bad request words: {words!r}")
    body = " ".join(words).encode("ascii")
    frame = seal(body)
    if len(frame) - 1 > MAX_REQUEST_LINE:
        raise ValueError("request longer than the controller accepts")
    return frame


@dataclass(frozen=True)
class Request:
    seq: int
    verb: str
    args: tuple[str, ...]
    crc: int


@dataclass(frozen=True)
class Reply:
    seq: int
    ok: bool
    code: str  # "" when ok
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    eseq: int
    name: str
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Malformed:
    """A line that is not a valid frame; `reason` is one of the frame-level error codes."""

    reason: str
    line: bytes


def _unseal(line: bytes) -> tuple[str, int] | Malformed:
    line = line.rstrip(b"\r\n")
    star = line.rfind(b"*")
    if star < 0 or len(line) - star != 5:
        return Malformed("SYNTAX", line)
    body, crc_text = line[:star], line[star + 1 :]
    try:
        crc = int(crc_text.decode("ascii"), 16)
        text = body.decode("ascii")
    except (UnicodeDecodeError, ValueError):
        return Malformed("SYNTAX", line)
    if not all(c in b"0123456789ABCDEF" for c in crc_text):
        return Malformed("SYNTAX", line)
    if crc16(body) != crc:
        return Malformed("CRC", line)
    if not text.isprintable():
        return Malformed("SYNTAX", line)
    return text, crc


def _number(word: str, low: int, high: int) -> int | None:
    if not word.isdigit() or not word.isascii() or len(word) > 5:
        return None
    value = int(word)
    return value if low <= value <= high else None


def _fields(words: list[str]) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for word in words:
        key, eq, value = word.partition("=")
        if not eq or not key:
            return None
        out[key] = value
    return out


def parse_device_line(line: bytes) -> Reply | Event | Malformed:
    """Parse one line sent by the controller. Never raises."""
    if len(line) > MAX_DEVICE_LINE + 2:
        return Malformed("LONG", line[:MAX_DEVICE_LINE])
    unsealed = _unseal(line)
    if isinstance(unsealed, Malformed):
        return unsealed
    words = unsealed[0].split(" ")
    if len(words) < 2:
        return Malformed("SYNTAX", line)
    if words[0].startswith("!"):
        eseq = _number(words[0][1:], 0, MAX_SEQ)
        fields = _fields(words[2:])
        if eseq is None or fields is None or not words[1].isalpha():
            return Malformed("SYNTAX", line)
        return Event(eseq, words[1], fields)
    seq = _number(words[0], 0, MAX_SEQ)
    if seq is None:
        return Malformed("SYNTAX", line)
    if words[1] == "OK":
        fields = _fields(words[2:])
        return Malformed("SYNTAX", line) if fields is None else Reply(seq, True, "", fields)
    if words[1] == "ERR" and len(words) >= 3 and words[2].isalpha():
        fields = _fields(words[3:])
        return Malformed("SYNTAX", line) if fields is None else Reply(seq, False, words[2], fields)
    return Malformed("SYNTAX", line)


BANNER_START = b"!0 BOOT"


def banner_in(line: bytes) -> Event | None:
    """The boot banner, if `line` is one or ends with one: a controller that resets while it
    sends a line (watchdog, brown-out) leaves that line unfinished, and firmware 1.0.0 sent its
    banner straight after it, on the same line. Never raises."""
    start = line.rfind(BANNER_START)
    if start < 0:
        return None
    parsed = parse_device_line(line[start:])
    if isinstance(parsed, Event) and parsed.name == "BOOT" and parsed.eseq == 0:
        return parsed
    return None


def parse_request_line(line: bytes) -> Request | Malformed:
    """Parse one line sent by the host, as the controller does. Never raises."""
    if len(line.rstrip(b"\r\n")) > MAX_REQUEST_LINE:
        return Malformed("LONG", line[:MAX_REQUEST_LINE])
    unsealed = _unseal(line)
    if isinstance(unsealed, Malformed):
        return unsealed
    text, crc = unsealed
    words = text.split(" ")
    seq = _number(words[0], 1, MAX_SEQ)
    if seq is None or len(words) < 2 or not words[1]:
        return Malformed("SYNTAX", line)
    return Request(seq, words[1], tuple(words[2:]), crc)


def int_list(value: str) -> tuple[int, ...]:
    """`1,0,3` -> (1, 0, 3); `-` or `` -> (); raises ValueError on anything else."""
    if value in ("", "-"):
        return ()
    return tuple(int(v) for v in value.split(","))
