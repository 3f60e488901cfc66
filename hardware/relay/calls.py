"""One request to the relay controller as the session runs it, and how it ended."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from hardware.relay.protocol import Reply

# How a call ended when it got no reply (an ERR reply is an answer: the controller did nothing):
#   not_sent  nothing was written (not connected, or the line stayed busy past the deadline)
#   busy      as not_sent, while another call held the line
#   timeout   written, never answered: the controller may have acted
#   lost      the link dropped or the controller reset while the call was on the wire
#   failed    the write failed part-way, or the reply made no sense
Failure = Literal["not_sent", "busy", "timeout", "lost", "failed"]
Purpose = Literal["user", "handshake", "ping", "recover"]


@dataclass(eq=False)
class Call:
    """One request and, once `done`, its outcome: `reply` (OK or ERR) or a `failure`."""

    verb: str
    args: tuple[str | int, ...]
    deadline: float
    purpose: Purpose = "user"
    condition: Callable[[], bool] | None = None  # checked when the call gets the line
    seq: int = 0
    frame: bytes = b""
    tries: int = 0
    try_ends: float = 0.0
    resend_now: bool = False
    done: bool = False
    skipped: bool = False
    reply: Reply | None = None
    failure: Failure | None = None
    detail: str = ""
    unlock_turn: int = field(default=0, repr=False)

    @property
    def ok(self) -> bool:
        return self.reply is not None and self.reply.ok
