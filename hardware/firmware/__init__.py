"""Relay controller firmware: the Arduino sketch, its emulator runner and the build."""
