"""Marlin 3D printer support: a sans-I/O host protocol, a G-code reader and a serial driver."""
