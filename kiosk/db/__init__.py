"""Data layer: typed models, engine and session setup, migrations, unit of work."""

from kiosk.db.errors import DatabaseUnavailable

__all__ = ["DatabaseUnavailable"]
