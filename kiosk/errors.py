"""The errors a use case can end in, by what the caller should do about them.

Shared by the core services, the data layer and both front ends (screens and the command line),
so this module imports nothing. Each error's str() is one line a person can act on; it never
holds a card number, a name or SQL."""

from __future__ import annotations


class DomainError(Exception):
    """A use case could not be done; str() says why in one line."""


class InvalidInput(DomainError, ValueError):
    """The request itself is wrong (a blank name, a PIN too short); asking again the same way
    will fail again."""


class NotFound(DomainError, LookupError):
    """The thing asked for does not exist (no such patron, no card with that number)."""


class Conflict(DomainError):
    """The request clashes with what is already stored (a card number in use, a row changed by
    someone else since it was read)."""


class PermissionDenied(DomainError):
    """The person asking may not do this (a plain staff member trying an admin action)."""


class Unavailable(DomainError):
    """Something the use case needs cannot be used right now (the database, a device); trying
    again later may work."""
