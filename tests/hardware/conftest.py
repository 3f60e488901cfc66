"""Fixtures for hardware tests. Helpers to import live in tests/hardware/support.py; the check
that no test leaves a link, driver, event or simulator thread running is in tests/conftest.py and
applies to every test."""
