"""Writes the kiosk's two scan sounds. They are synthesised here, not recorded, so they carry
the project's own licence (see LICENSE.txt in this folder).

    python assets/sounds/generate.py

- checkin-ok.wav: a rising two-note chime (E6 then A6), 0.25 s.
- scan-refused.wav: a lower falling two-note tone (A4 then E4), 0.35 s, clearly unlike the
  chime, never harsh.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
HERE = Path(__file__).resolve().parent


def tone(notes: tuple[tuple[float, float], ...], level: float) -> bytes:
    frames = bytearray()
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        for i in range(count):
            envelope = min(1.0, i / 200) * (1 - i / count) ** 1.5
            sample = level * envelope * math.sin(2 * math.pi * frequency * i / RATE)
            frames += struct.pack("<h", int(32767 * sample))
    return bytes(frames)


def write(name: str, frames: bytes) -> None:
    with wave.open(str(HERE / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


if __name__ == "__main__":
    write("checkin-ok.wav", tone(((1318.5, 0.09), (1760.0, 0.16)), 0.37))
    write("scan-refused.wav", tone(((440.0, 0.15), (329.6, 0.2)), 0.37))
