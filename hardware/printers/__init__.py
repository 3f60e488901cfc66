"""Printers behind one interface: serial Marlin, OctoPrint, Moonraker (Klipper), PrusaLink and
power-only machines. See README.md in this folder."""
