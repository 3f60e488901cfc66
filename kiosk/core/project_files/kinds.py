"""What a project file is, what it may be, and why one is refused: plain data, no I/O.

The UI words a refusal from its code (and params); str() of the error is one English line for
logs and the command line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.errors import InvalidInput

MB = 1024 * 1024


class FileKind(StrEnum):
    STL = "stl"
    THREE_MF = "3mf"
    OBJ = "obj"
    GCODE = "gcode"
    INO = "ino"
    PNG = "png"
    JPEG = "jpeg"
    PDF = "pdf"
    SVG = "svg"

    @property
    def extensions(self) -> tuple[str, ...]:
        """The name endings this kind goes by; the first is the one a cleaned name gets."""
        return _EXTENSIONS[self]

    @property
    def is_mesh(self) -> bool:
        return self in (FileKind.STL, FileKind.THREE_MF, FileKind.OBJ)

    @property
    def is_image(self) -> bool:
        return self in (FileKind.PNG, FileKind.JPEG)


_EXTENSIONS: dict[FileKind, tuple[str, ...]] = {
    FileKind.STL: (".stl",),
    FileKind.THREE_MF: (".3mf",),
    FileKind.OBJ: (".obj",),
    FileKind.GCODE: (".gcode", ".gco", ".g"),
    FileKind.INO: (".ino",),
    FileKind.PNG: (".png",),
    FileKind.JPEG: (".jpg", ".jpeg"),
    FileKind.PDF: (".pdf",),
    FileKind.SVG: (".svg",),
}


class NotTheFile(Exception):
    """Bytes received for a SHA-256 that are not that file (a damaged or short copy)."""


class RefusalCode(StrEnum):
    TOO_LARGE = "too_large"  # params: limit_mb
    EMPTY = "empty"
    UNKNOWN_KIND = "unknown_kind"  # not one of the kinds taken (an executable, a Word file)
    CORRUPT = "corrupt"  # params: kind
    TRUNCATED = "truncated"  # params: kind
    ZIP_BOMB = "zip_bomb"
    UNSAFE_NAME = "unsafe_name"  # '..', a separator, a control character
    OUTSIDE_STICK = "outside_stick"  # a link, or a path that leads out of the stick
    NOT_A_FILE = "not_a_file"  # a folder, a device, a pipe
    READ_FAILED = "read_failed"  # the stick was pulled out or cannot be read
    DISK_FULL = "disk_full"
    STORE_FAILED = "store_failed"  # the kiosk's own disk failed otherwise


_MESSAGES: dict[RefusalCode, str] = {
    RefusalCode.TOO_LARGE: "the file is larger than the {limit_mb} MB allowed",
    RefusalCode.EMPTY: "the file is empty",
    RefusalCode.UNKNOWN_KIND: "the file is not a kind the kiosk takes",
    RefusalCode.CORRUPT: "the {kind} file is damaged and cannot be read",
    RefusalCode.TRUNCATED: "the {kind} file is cut short (incomplete copy?)",
    RefusalCode.ZIP_BOMB: "the 3MF file unpacks to far more than it holds (a zip bomb)",
    RefusalCode.UNSAFE_NAME: "the file's name is not allowed",
    RefusalCode.OUTSIDE_STICK: "the file lies outside the USB stick (a link)",
    RefusalCode.NOT_A_FILE: "that is not a plain file",
    RefusalCode.READ_FAILED: "the USB stick could not be read (was it pulled out?)",
    RefusalCode.DISK_FULL: "the kiosk's disk is full",
    RefusalCode.STORE_FAILED: "the kiosk could not store the file",
}


class FileRefused(InvalidInput):
    """A file that is not taken, with nothing of it stored."""

    def __init__(self, code: RefusalCode, **params: str | int) -> None:
        self.code = code
        self.params: Mapping[str, str | int] = params
        try:
            text = _MESSAGES[code].format(**params)
        except KeyError:
            text = _MESSAGES[code]
        super().__init__(text)


class CopyCancelled(Exception):
    """The patron cancelled a copy; nothing of it was stored."""


@dataclass(frozen=True)
class FileLimits:
    max_file_bytes: int = 200 * MB
    max_image_bytes: int = 30 * MB
    max_text_bytes: int = 5 * MB
    max_unpacked_bytes: int = 1000 * MB
    max_zip_ratio: int = 100
    max_triangles: int = 5_000_000
    # Decoded image size: a small PNG can claim a huge canvas (a decompression bomb).
    max_image_pixels: int = 64_000_000

    def limit_for(self, kind: FileKind | None) -> int:
        if kind is None:
            return self.max_file_bytes
        if kind.is_image or kind is FileKind.PDF:
            return min(self.max_image_bytes, self.max_file_bytes)
        if kind in (FileKind.INO, FileKind.SVG):
            return min(self.max_text_bytes, self.max_file_bytes)
        return self.max_file_bytes


@dataclass(frozen=True)
class StoredFile:
    """A file in the store: its content's SHA-256 (hex) names it."""

    sha256: str
    kind: FileKind
    size: int
    clean_name: str


@dataclass(frozen=True)
class BuildVolume:
    """A printer's build volume (mm) and filament, for a G-code file's estimates."""

    x_mm: float = 0.0
    y_mm: float = 0.0
    z_mm: float = 0.0
    filament_diameter_mm: float = 1.75
    filament_density: float = 1.24  # g/cm³

    @property
    def known(self) -> bool:
        return self.x_mm > 0 and self.y_mm > 0 and self.z_mm > 0


@dataclass(frozen=True)
class GcodeStats:
    """Figures for one G-code file. The time and filament come from the slicer's own comments
    where it wrote them (it knows the machine's acceleration), else from the moves."""

    print_time_s: float
    filament_mm: float
    filament_g: float
    layers: int
    # Of the extruding moves: (min x, min y, min z, max x, max y, max z); None: no extrusion.
    bbox: tuple[float, float, float, float, float, float] | None
    fits: bool | None  # None: the printer's build volume is not known
    moves: int = 0
    computed_time_s: float = 0.0
    computed_filament_mm: float = 0.0
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class FilePreview:
    """What the picker shows of a stored file: a thumbnail and, for G-code, its figures."""

    stored: StoredFile
    thumbnail: str | None  # path of a PNG
    gcode: GcodeStats | None = None
    # For models: the size of the model in mm (x, y, z) and triangles.
    model_size_mm: tuple[float, float, float] | None = None
    triangles: int = 0
