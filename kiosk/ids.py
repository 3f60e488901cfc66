"""Time-ordered UUIDs (version 7), so rows made offline on different terminals never collide
and still sort by creation time in indexes."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_seq = 0


def uuid7() -> uuid.UUID:
    """RFC 9562 UUIDv7: 48-bit Unix ms timestamp, then a 12-bit counter, then random bits.

    The counter keeps ids made within one millisecond in creation order."""
    global _last_ms, _seq
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _seq = (_seq + 1) & 0xFFF
            if _seq == 0:
                ms += 1
        else:
            _seq = int.from_bytes(os.urandom(2), "big") & 0x7FF
        _last_ms = ms
        seq = _seq
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= seq << 64
    value |= 0b10 << 62
    value |= rand
    return uuid.UUID(int=value)


# Fixed for ever: a branch's or terminal's id is derived from this and its configured code, so
# it is the same in every database and after every reinstall. Changing it would give every
# branch and terminal a new identity.
ID_NAMESPACE = uuid.UUID("ac16938a-b60f-4373-a2c6-2abfa3394ca9")


def branch_uuid(code: str) -> uuid.UUID:
    """The id of the branch configured as `[library] branch_code` (case does not matter)."""
    return uuid.uuid5(ID_NAMESPACE, f"branch:{code.strip().casefold()}")


def terminal_uuid(code: str) -> uuid.UUID:
    """The id of the terminal configured as `[terminal] id` (case does not matter)."""
    return uuid.uuid5(ID_NAMESPACE, f"terminal:{code.strip().casefold()}")
