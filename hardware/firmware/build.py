"""Build the relay controller firmware (Arduino core + sketch -> ELF and HEX) and the simavr runner.

Plain avr-gcc, no Arduino IDE. Results go to a cache directory keyed by a hash of every input
(sources, flags, compiler versions), so a second build with nothing changed costs one hash.

    python -m hardware.firmware.build [--cache DIR] [--force]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKETCH_DIR = HERE / "relay_controller"
SKETCH = SKETCH_DIR / "relay_controller.ino"
RUNNER_SOURCE = HERE / "emulator" / "relay_runner.c"

ARDUINO_ROOT = Path("/usr/share/arduino/hardware/arduino/avr")
CORE_DIR = ARDUINO_ROOT / "cores" / "arduino"
VARIANT_DIR = ARDUINO_ROOT / "variants" / "standard"
AVR_LIBC_HEADER = Path("/usr/lib/avr/include/avr/io.h")
SIMAVR_HEADER = Path("/usr/include/simavr/sim_avr.h")
SIMAVR_PARTS_HEADER = Path("/usr/include/simavr/parts/uart_pty.h")

MCU_FLAGS = ["-mmcu=atmega328p", "-DF_CPU=16000000L", "-DARDUINO=10807"]
DEFINES = ["-DARDUINO_AVR_UNO", "-DARDUINO_ARCH_AVR"]
COMMON_FLAGS = [
    *MCU_FLAGS,
    *DEFINES,
    "-Os",
    "-Wall",
    "-ffunction-sections",
    "-fdata-sections",
    f"-I{CORE_DIR}",
    f"-I{VARIANT_DIR}",
]
C_FLAGS = ["-std=gnu11"]
# Debian's arduino-core-avr 1.8.7 with gcc-avr 5.4 needs DECIMAL_DIG spelled out for WString.cpp.
CXX_FLAGS = [
    "-std=gnu++11",
    "-fno-exceptions",
    "-fno-threadsafe-statics",
    "-DDECIMAL_DIG=__DECIMAL_DIG__",
]
LINK_FLAGS = ["-mmcu=atmega328p", "-Os", "-Wl,--gc-sections"]
RUNNER_FLAGS = [
    "-O2",
    "-Wall",
    "-I/usr/include/simavr",
    "-I/usr/include/simavr/parts",
]
RUNNER_LIBS = ["-lsimavrparts", "-lsimavr", "-lutil", "-lpthread"]

FLASH_BYTES = 32256  # ATmega328P flash minus the Optiboot bootloader
RAM_BYTES = 2048


class ToolchainMissing(RuntimeError):
    """A compiler, library or header is not installed; the message names the Debian package."""


class BuildFailed(RuntimeError):
    """A compiler ran and failed; the message carries its output."""


@dataclass(frozen=True)
class Firmware:
    elf: Path
    hex: Path
    runner: Path | None
    flash_bytes: int
    ram_bytes: int


def _missing_firmware_tools() -> list[str]:
    missing = []
    if not shutil.which("avr-gcc") or not shutil.which("avr-g++"):
        missing.append("gcc-avr")
    if not all(shutil.which(t) for t in ("avr-ar", "avr-objcopy", "avr-size")):
        missing.append("binutils-avr")
    if not AVR_LIBC_HEADER.exists():
        missing.append("avr-libc")
    if not (CORE_DIR / "Arduino.h").exists() or not (VARIANT_DIR / "pins_arduino.h").exists():
        missing.append("arduino-core-avr")
    return missing


def _missing_runner_tools() -> list[str]:
    missing = []
    if not shutil.which("gcc"):
        missing.append("gcc")
    if not SIMAVR_HEADER.exists():
        missing.append("libsimavr-dev")
    if not SIMAVR_PARTS_HEADER.exists() or not _has_library("libsimavrparts.so"):
        missing.append("libsimavrparts1 (and libsimavr-dev)")
    return missing


def _has_library(name: str) -> bool:
    dirs = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib", "/usr/local/lib"]
    return any(Path(d, name).exists() for d in dirs)


def missing_packages(*, runner: bool = True) -> list[str]:
    """Debian packages that a build needs and that are not installed (empty: all present)."""
    return _missing_firmware_tools() + (_missing_runner_tools() if runner else [])


def _core_sources() -> list[Path]:
    return sorted(p for p in CORE_DIR.iterdir() if p.suffix in (".c", ".cpp", ".S"))


def _tool_version(tool: str) -> str:
    try:
        done = subprocess.run([tool, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return done.stdout.splitlines()[0] if done.stdout else "?"


def _source_key(with_runner: bool) -> str:
    digest = hashlib.sha256()
    files = [*_core_sources(), *sorted(SKETCH_DIR.iterdir())]
    if with_runner:
        files.append(RUNNER_SOURCE)
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    flags = [COMMON_FLAGS, C_FLAGS, CXX_FLAGS, LINK_FLAGS, RUNNER_FLAGS, RUNNER_LIBS]
    digest.update(repr(flags).encode())
    digest.update(_tool_version("avr-gcc").encode())
    if with_runner:
        digest.update(_tool_version("gcc").encode())
    return digest.hexdigest()[:20]


def default_cache_dir() -> Path:
    env = os.environ.get("RELAY_FIRMWARE_CACHE")
    if env:
        return Path(env)
    try:
        import platformdirs
    except ImportError:
        return Path(tempfile.gettempdir()) / f"relay-firmware-{os.getuid()}"
    return Path(platformdirs.user_cache_dir("makerspace-kiosk")) / "firmware"


def _run(cmd: list[str], cwd: Path) -> None:
    try:
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired as exc:
        raise BuildFailed(f"timed out: {' '.join(cmd)}") from exc
    except OSError as exc:
        raise ToolchainMissing(f"cannot run {cmd[0]}: {exc}") from exc
    if done.returncode != 0:
        raise BuildFailed(f"{' '.join(cmd)}\n{done.stdout}{done.stderr}")


def _compile_core_file(src: Path, out_dir: Path) -> Path:
    obj = out_dir / (src.name + ".o")
    if src.suffix == ".c":
        cmd = ["avr-gcc", *COMMON_FLAGS, *C_FLAGS, "-c", str(src), "-o", str(obj)]
    elif src.suffix == ".S":
        cmd = ["avr-gcc", *COMMON_FLAGS, "-x", "assembler-with-cpp", "-c", str(src), "-o", str(obj)]
    else:
        cmd = ["avr-g++", *COMMON_FLAGS, *CXX_FLAGS, "-c", str(src), "-o", str(obj)]
    _run(cmd, out_dir)
    return obj


def _sizes(elf: Path, work: Path) -> tuple[int, int]:
    done = subprocess.run(
        ["avr-size", "-A", str(elf)], cwd=work, capture_output=True, text=True, timeout=30
    )
    sections = {}
    for row in done.stdout.splitlines():
        parts = row.split()
        if len(parts) >= 2 and parts[0].startswith(".") and parts[1].isdigit():
            sections[parts[0]] = int(parts[1])
    flash = sections.get(".text", 0) + sections.get(".data", 0)
    ram = sections.get(".data", 0) + sections.get(".bss", 0)
    return flash, ram


def _build_into(work: Path, with_runner: bool) -> None:
    objs_dir = work / "core"
    objs_dir.mkdir()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="firmware-build") as pool:
        objects = list(pool.map(lambda s: _compile_core_file(s, objs_dir), _core_sources()))
    archive = work / "core.a"
    _run(["avr-ar", "rcs", str(archive), *map(str, objects)], work)
    sketch_obj = work / "relay_controller.o"
    _run(
        [
            "avr-g++",
            *COMMON_FLAGS,
            *CXX_FLAGS,
            f"-I{SKETCH_DIR}",
            "-x",
            "c++",
            "-include",
            "Arduino.h",
            "-c",
            str(SKETCH),
            "-o",
            str(sketch_obj),
        ],
        work,
    )
    elf = work / "relay_controller.elf"
    _run(["avr-gcc", *LINK_FLAGS, "-o", str(elf), str(sketch_obj), str(archive), "-lm"], work)
    _run(
        [
            "avr-objcopy",
            "-O",
            "ihex",
            "-R",
            ".eeprom",
            str(elf),
            str(work / "relay_controller.hex"),
        ],
        work,
    )
    flash, ram = _sizes(elf, work)
    if flash > FLASH_BYTES or ram > RAM_BYTES * 3 // 4:
        raise BuildFailed(f"firmware too large: flash {flash} B, static RAM {ram} B")
    (work / "sizes").write_text(f"{flash} {ram}\n")
    if with_runner:
        _run(
            [
                "gcc",
                *RUNNER_FLAGS,
                str(RUNNER_SOURCE),
                "-o",
                str(work / "relay_runner"),
                *RUNNER_LIBS,
            ],
            work,
        )


def build(cache_dir: Path | None = None, *, runner: bool = True, force: bool = False) -> Firmware:
    """Compile what is missing from the cache and return the paths.

    Raises ToolchainMissing naming the Debian packages to install, or BuildFailed."""
    missing = missing_packages(runner=runner)
    if missing:
        raise ToolchainMissing(
            "cannot build the relay firmware: install the Debian package(s) " + ", ".join(missing)
        )
    cache = cache_dir or default_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / _source_key(runner)
    if force and target.exists():
        shutil.rmtree(target, ignore_errors=True)
    expected = ["sizes", "relay_controller.elf", "relay_controller.hex"]
    if runner:
        expected.append("relay_runner")
    if not all((target / name).exists() for name in expected):
        shutil.rmtree(target, ignore_errors=True)  # half a cache entry is no entry
        work = Path(tempfile.mkdtemp(prefix="build-", dir=cache))
        try:
            _build_into(work, runner)
            # A parallel build may have finished first; either result is the same bytes.
            with contextlib.suppress(OSError):
                os.rename(work, target)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    flash, ram = (int(v) for v in (target / "sizes").read_text().split())
    return Firmware(
        elf=target / "relay_controller.elf",
        hex=target / "relay_controller.hex",
        runner=(target / "relay_runner") if runner else None,
        flash_bytes=flash,
        ram_bytes=ram,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m hardware.firmware.build",
        description="Compile the relay controller firmware and its simavr runner.",
    )
    parser.add_argument("--cache", type=Path, help="cache directory (default: user cache dir)")
    parser.add_argument("--no-runner", action="store_true", help="firmware only, no emulator")
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args(argv)
    try:
        fw = build(args.cache, runner=not args.no_runner, force=args.force)
    except (ToolchainMissing, BuildFailed) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"elf    {fw.elf}")
    print(f"hex    {fw.hex}   (flash it with: avrdude -p m328p -c arduino -P PORT -U flash:w:FILE)")
    if fw.runner:
        print(f"runner {fw.runner}")
    print(f"size   flash {fw.flash_bytes} B of {FLASH_BYTES}, ", end="")
    print(f"static RAM {fw.ram_bytes} B of {RAM_BYTES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
