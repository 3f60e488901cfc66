"""LineFramer: terminators, chunking, over-long lines and resynchronisation."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hardware.framing import FramerEvent, LineFramer, LineTooLong


def feed_all(framer: LineFramer, chunks: list[bytes]) -> list[FramerEvent]:
    events: list[FramerEvent] = []
    for chunk in chunks:
        events.extend(framer.feed(chunk))
    return events


def test_lines_end_at_lf_cr_or_crlf() -> None:
    framer = LineFramer()
    assert framer.feed(b"a\nb\rc\r\nd\n\ne") == [b"a", b"b", b"c", b"d", b""]
    assert framer.buffered == 1
    assert framer.feed(b"\r") == [b"e"]


def test_crlf_split_across_chunks_ends_one_line() -> None:
    framer = LineFramer()
    assert feed_all(framer, [b"ok\r", b"", b"\nnext\r", b"\r\n"]) == [b"ok", b"next", b""]


def test_partial_line_waits_for_its_terminator() -> None:
    framer = LineFramer()
    assert feed_all(framer, [b"T:21", b".3 /0", b".0"]) == []
    assert framer.feed(b" B:20.1\n") == [b"T:21.3 /0.0 B:20.1"]


def test_line_of_exactly_max_length_passes_one_more_is_dropped() -> None:
    framer = LineFramer(max_line=4)
    assert framer.feed(b"abcd\nabcde\nok\n") == [b"abcd", LineTooLong(4), b"ok"]


def test_over_long_line_is_reported_once_and_skipped_to_the_next_terminator() -> None:
    framer = LineFramer(max_line=8)
    events = feed_all(framer, [b"0123456", b"789", b"x" * 100, b"y" * 100, b"\rafter\n"])
    assert events == [LineTooLong(8), b"after"]
    assert str(events[0]) == "line longer than 8 bytes dropped"


def test_reset_forgets_a_partial_line() -> None:
    framer = LineFramer()
    framer.feed(b"half a li")
    framer.reset()
    assert framer.feed(b"ne\n") == [b"ne"]


def test_max_line_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        LineFramer(max_line=0)


@settings(max_examples=300, deadline=None)
@given(
    chunks=st.lists(st.binary(max_size=80), max_size=30),
    max_line=st.integers(min_value=1, max_value=64),
)
def test_any_bytes_frame_without_error_and_resync_after_a_newline(
    chunks: list[bytes], max_line: int
) -> None:
    framer = LineFramer(max_line=max_line)
    events = feed_all(framer, chunks)
    for event in events:
        assert isinstance(event, bytes | LineTooLong)
        if isinstance(event, bytes):
            assert len(event) <= max_line
            assert b"\r" not in event and b"\n" not in event
    assert framer.buffered <= max_line
    # Whatever came before, one LF puts the framer back at the start of a line.
    line = b"k" * max_line
    assert framer.feed(b"\n" + line + b"\n")[-1] == line


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.binary(max_size=40).map(lambda b: b.translate(None, b"\r\n")), max_size=20),
    terminator=st.sampled_from([b"\n", b"\r", b"\r\n"]),
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=12),
)
def test_chunking_never_changes_the_lines(
    lines: list[bytes], terminator: bytes, cuts: list[int]
) -> None:
    stream = b"".join(line + terminator for line in lines)
    points = sorted({0, len(stream), *(cut % (len(stream) + 1) for cut in cuts)})
    chunks = [stream[start:end] for start, end in itertools.pairwise(points)]
    assert feed_all(LineFramer(max_line=40), chunks) == lines
