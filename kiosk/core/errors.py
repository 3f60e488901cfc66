"""Domain errors with names, raised by the core services and understood by every caller."""

from __future__ import annotations


class DomainError(Exception):
    """A failure the person at the kiosk or the command line can act on; str() is one line."""


class NotFound(DomainError):
    """The thing asked for does not exist (any more)."""


class Conflict(DomainError):
    """The change clashes with what is already stored (a card set up twice, a slot taken)."""


class PermissionDenied(DomainError):
    """The staff member's role does not allow this action."""


class Unavailable(DomainError):
    """The database or a device cannot be reached right now; trying again later may work."""


class InvalidInput(DomainError, ValueError):
    """Input that can never work as given (a name too long, a year out of range)."""
