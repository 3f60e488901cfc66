"""Relay/lock controller: protocol (sans-I/O), client on the serial link, CLI subcommand."""

from hardware.relay.client import (
    RelayClient,
    RelayError,
    RelayRefused,
    RelayTimeout,
    probe,
)

__all__ = ["RelayClient", "RelayError", "RelayRefused", "RelayTimeout", "probe"]
