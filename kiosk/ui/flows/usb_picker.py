"""The USB file picker as a flow other flows start:

    nav.start("usb_picker", patron=PatronSummary, printer="MK3S", then="submit_project",
              then_args={...})

When the patron takes a file, `then` is started with `**then_args, stored_file=StoredFile,
preview=FilePreview`; on Back, with `stored_file=None, preview=None`. Without `then`, the
picker goes home. Every look at a stick, the copy (progress and Cancel) and the preview run on
the file lane; the patron's screen only ever shows what the core answered."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from kiosk.core.project_files.kinds import (
    CopyCancelled,
    FilePreview,
    FileRefused,
    RefusalCode,
    StoredFile,
)
from kiosk.ui.lanes import Request, TaskContext
from kiosk.ui.navigator import Flow, FlowContext, Navigator, Stay
from kiosk.ui.screens.usb_picker import PickerRow, PickerView, UsbPickerScreen

if TYPE_CHECKING:
    from kiosk.core.project_files.service import ProjectFiles
    from kiosk.core.project_files.usb import Entry, Stick

logger = logging.getLogger(__name__)

# While no stick is plugged in, look again this often (a stick appears by itself).
POLL_MS = 1500


class UsbPickerFlow(Flow):
    name = "usb_picker"

    def __init__(self, navigator: Navigator, context: FlowContext) -> None:
        super().__init__(navigator, context)
        self.screen = UsbPickerScreen()
        self.add_screen(self.screen)
        self._files: ProjectFiles | None = None
        self._then = ""
        self._then_args: dict[str, Any] = {}
        self._printer = ""
        self._sticks: tuple[Stick, ...] = ()
        self._stick: Stick | None = None
        self._folder: tuple[str, ...] = ()
        self._entries: tuple[Entry, ...] = ()
        self._copy: Request | None = None
        self._stored: StoredFile | None = None
        self._preview: FilePreview | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)
        s = self.screen
        s.row_chosen.connect(self._row_chosen)
        s.up.connect(self._up)
        s.back.connect(self._back)
        s.look_again.connect(self._look)
        s.cancel_copy.connect(self._cancel_copy)
        s.pick_another.connect(self._pick_another)
        s.use_file.connect(self._use_file)

    @property
    def files(self) -> ProjectFiles:
        if self._files is None:
            from kiosk.core.project_files.service import ProjectFiles

            self._files = ProjectFiles(self.context.settings.project_files)
        return self._files

    @property
    def view(self) -> PickerView:
        return self.screen.view

    def _stay(self) -> Stay:
        settings = self.context.settings
        return Stay(settings.idle_timeout_s, settings.countdown_s)

    # -- entry ------------------------------------------------------------------------------

    def start(
        self,
        patron: object = None,
        printer: str = "",
        then: str = "",
        then_args: dict[str, Any] | None = None,
        **_others: Any,
    ) -> None:
        self.reset()
        self._then, self._then_args, self._printer = then, dict(then_args or {}), printer
        self.render(PickerView("looking"))
        self.show(self.screen, self._stay())
        self._look()

    def render(self, view: PickerView) -> None:
        self.screen.show_view(view)

    def reset(self) -> None:
        self._poll.stop()
        if self._copy is not None:
            self._copy.cancel()
            self._copy = None
        super().reset()
        self._sticks, self._stick, self._folder, self._entries = (), None, (), ()
        self._stored = self._preview = None
        self.screen.show_view(PickerView("looking"))

    # -- sticks and folders -----------------------------------------------------------------

    def _look(self) -> None:
        self.run(self.context.lanes.files, self.files.sticks, self._sticks_found, self._failed)

    def _sticks_found(self, sticks: tuple[Stick, ...]) -> None:
        self._sticks = sticks
        if not sticks:
            self.render(PickerView("no_stick"))
            self._poll.start()
            return
        self._poll.stop()
        if len(sticks) == 1:
            self._open(sticks[0], ())
            return
        rows = tuple(PickerRow(stick.label, is_stick=True) for stick in sticks)
        self.render(PickerView("sticks", rows=rows))

    def _open(self, stick: Stick, folder: tuple[str, ...]) -> None:
        files = self.files

        def done(entries: tuple[Entry, ...]) -> None:
            self._stick, self._folder, self._entries = stick, folder, entries
            rows = tuple(PickerRow(e.name, e.is_folder, e.kind, e.size, e.refusal) for e in entries)
            self.render(PickerView("folder", where=(stick.label, *folder), rows=rows))
            self.run(
                self.context.lanes.files,
                lambda: files.row_pictures(stick, entries),
                lambda pictures: self._pictures(entries, pictures),
                lambda _error: None,  # rows without pictures are still rows
            )

        self.run(self.context.lanes.files, lambda: files.listing(stick, folder), done, self._failed)

    def _pictures(self, entries: tuple[Entry, ...], pictures: dict[int, bytes]) -> None:
        if entries is self._entries and self.view.mode == "folder":
            self.screen.show_pictures(pictures)

    def _row_chosen(self, index: int) -> None:
        mode = self.view.mode
        if mode == "sticks" and 0 <= index < len(self._sticks):
            self._open(self._sticks[index], ())
        elif mode == "folder" and 0 <= index < len(self._entries) and self._stick is not None:
            entry = self._entries[index]
            if entry.refusal is not None:
                return
            if entry.is_folder:
                self._open(self._stick, entry.parts)
            else:
                self._start_copy(self._stick, entry)

    def _up(self) -> None:
        if self._stick is not None and self._folder:
            self._open(self._stick, self._folder[:-1])

    # -- copy and preview -------------------------------------------------------------------

    def _start_copy(self, stick: Stick, entry: Entry) -> None:
        files = self.files
        where = (stick.label, *self._folder)

        def copy(task: TaskContext) -> FilePreview:
            stored = files.copy(
                stick, entry.parts, progress=task.progress, cancelled=lambda: task.cancelled
            )
            task.check()
            return files.preview(stored, self._printer)

        def progress(done: int, total: int) -> None:
            if self.view.mode == "copying":
                self.render(
                    PickerView("copying", where, file_name=entry.name, done=done, total=total)
                )

        self.render(PickerView("copying", where, file_name=entry.name, total=entry.size))
        # No idle timeout while the copy runs; the preview's screen has one again.
        self.show(self.screen, None)
        self._copy = self.context.lanes.files.submit(
            copy,
            on_result=self._copied,
            on_error=lambda error: self._copy_failed(entry.name, error),
            on_progress=progress,
            context=True,
        )

    def _copied(self, preview: FilePreview) -> None:
        self._copy = None
        self._stored, self._preview = preview.stored, preview
        self.render(PickerView("preview", preview=preview, printer=self._printer))
        self.show(self.screen, self._stay())

    def _copy_failed(self, name: str, error: BaseException) -> None:
        self._copy = None
        self.show(self.screen, self._stay())
        if isinstance(error, CopyCancelled):
            self._reopen()
            return
        code = error.code if isinstance(error, FileRefused) else RefusalCode.STORE_FAILED
        if not isinstance(error, FileRefused):
            logger.error("a file copy failed: %r", error, exc_info=error)
        self.render(PickerView("refused", file_name=name, refusal=code))

    def _cancel_copy(self) -> None:
        if self._copy is not None:
            self._copy.cancel()  # the copy stops at its next chunk and removes what it wrote
            self._copy = None
        self.show(self.screen, self._stay())
        self._reopen()

    def _reopen(self) -> None:
        if self._stick is not None:
            self._open(self._stick, self._folder)
        else:
            self._look()

    def _pick_another(self) -> None:
        self._stored = self._preview = None
        if self._stick is not None and self._stick in self._sticks:
            self._open(self._stick, self._folder)
        else:
            self._look()

    # -- leaving ----------------------------------------------------------------------------

    def _use_file(self) -> None:
        stored, preview = self._stored, self._preview
        if stored is None:
            return
        self._leave(stored, preview)

    def _back(self) -> None:
        if self.view.mode == "folder" and self._folder:
            self._up()
            return
        self._leave(None, None)

    def _leave(self, stored: StoredFile | None, preview: FilePreview | None) -> None:
        then, args = self._then, self._then_args
        self.reset()
        if then:
            self.nav.start(then, **args, stored_file=stored, preview=preview)
        else:
            self.nav.home()

    def _failed(self, error: BaseException) -> None:
        code = error.code if isinstance(error, FileRefused) else RefusalCode.READ_FAILED
        if not isinstance(error, FileRefused):
            logger.error("looking at a USB stick failed: %r", error, exc_info=error)
        self._stick = None
        self.render(PickerView("refused", refusal=code))
