"""Makerspace Kiosk: the touchscreen app for a public library's makerspace."""

__version__ = "0.1.0"
