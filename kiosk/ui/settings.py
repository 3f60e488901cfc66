"""What the check-in screens need to know from the configuration, and nothing more."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.core.project_files.settings import ProjectFilesSettings


@dataclass(frozen=True)
class UiSettings:
    library_name: str
    branch_name: str
    idle_timeout_s: int = 60
    countdown_s: int = 10
    locale: str = "en"
    fullscreen: bool = True
    # (label, payload) pairs; only demo mode has them, for the simulate-scan control.
    demo_cards: tuple[tuple[str, str], ...] = ()
    # How long an error screen stays before the kiosk returns to the start screen by itself.
    message_timeout_s: int = 15
    # A scan still unanswered after this long is treated as database trouble.
    checking_timeout_s: int = 10
    # IANA zone for times shown on screen (e.g. "locked until"); None means the terminal's zone.
    timezone: str | None = None
    # Greet patrons by their full name instead of the first word of it.
    show_full_name: bool = False
    # A chime on a good scan and a tone on a refused one, where the terminal has audio.
    sound: bool = True
    sound_volume: int = 60  # 0-100
    # The look every session starts with; a patron may change it for their session.
    large_text: bool = False
    high_contrast: bool = False
    # USB sticks, the file store and the printers' build volumes, for the file picker.
    project_files: ProjectFilesSettings = field(default_factory=ProjectFilesSettings)

    def __post_init__(self) -> None:
        if self.idle_timeout_s < 1:
            raise ValueError("ui idle_timeout_s must be at least 1 second")
        if not 0 <= self.countdown_s <= self.idle_timeout_s:
            raise ValueError("ui countdown_s must be between 0 and idle_timeout_s")
        if self.message_timeout_s < 1 or self.checking_timeout_s < 1:
            raise ValueError("ui message and checking timeouts must be at least 1 second")
