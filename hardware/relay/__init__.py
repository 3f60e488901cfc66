"""Relay/lock controller: frames and the host session (sans-I/O), the threaded client on the
serial link, the CLI subcommand."""

from hardware.relay.client import (
    RelayClient,
    RelayError,
    RelayRefused,
    RelayTimeout,
    probe,
)
from hardware.relay.session import RelaySession

__all__ = ["RelayClient", "RelayError", "RelayRefused", "RelaySession", "RelayTimeout", "probe"]
