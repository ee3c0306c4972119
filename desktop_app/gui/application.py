"""Start the desktop app: the QApplication, fonts, icon, error hooks and the main window.

The window shows before torch and sentence-transformers are imported (they take ~9 s here);
those are imported in the background behind a "Loading engine…" status.

``EMBEDTUNE_STARTUP_TRACE=FILE`` writes the start-up timeline (seconds from the process's
start to: the GUI code imported, the QApplication made, the main window built, shown, first
painted) to FILE; benchmarks/bench_startup.py reads it beside what the X server reports.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import APP_NAME, ORGANIZATION, __version__
from desktop_app.core.errors import UserFacingError
from desktop_app.gui.dialogs import ErrorDetailsDialog, format_exception_details, show_user_error


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the GUI's own options; unknown ones are left for Qt and other start-up code.

    Options: an optional project file to open (what a double-click on a project passes).
    """
    parser = argparse.ArgumentParser(prog=APP_NAME, add_help=False)
    parser.add_argument("project", nargs="?", help="a project file to open")
    args, _unknown = parser.parse_known_args(list(argv))
    return args


class ExceptionHandler(QObject):
    """Shows unexpected errors from any thread in a dialog; the app keeps running.

    ``sys.excepthook`` and ``threading.excepthook`` call :meth:`handle`, which emits a
    signal; the slot runs on the GUI thread (this object lives there), so errors raised in
    worker threads are shown safely. A user error gets its plain message and hint; a bug gets
    a dialog with the details to copy. Errors that arrive while a details dialog is open are
    added to it instead of opening a pile of dialogs.

    Signals:
        caught(object, object, object): (type, exception, traceback) to show.
    """

    caught = Signal(object, object, object)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self.dialog: ErrorDetailsDialog | None = None
        self.caught.connect(self._show)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def set_parent_widget(self, widget: QWidget | None) -> None:
        """The window dialogs are shown over."""
        self._parent_widget = widget

    def install(self) -> None:
        """Become the process's exception hook (main thread and other threads)."""
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        """Put the previous hooks back."""
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Report an exception (callable from any thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        sys.__stderr__ and sys.__stderr__.write(format_exception_details(exc_type, exc, tb))
        self.caught.emit(exc_type, exc, tb)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(object, object, object)
    def _show(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if isinstance(exc, UserFacingError):
                show_user_error(self._parent_widget, exc)
                return
            details = format_exception_details(exc_type, exc, tb)  # type: ignore[arg-type]
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.append_details(details)
                return
            self.dialog = ErrorDetailsDialog(
                f"{getattr(exc_type, '__name__', 'Error')}: {exc}", details, self._parent_widget
            )
            self.dialog.destroyed.connect(self._forget_dialog)
            self.dialog.open()
        except Exception:  # never let the error display itself crash the app
            sys.__stderr__ and sys.__stderr__.write("could not show the error dialog\n")

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None


def create_application(argv: Sequence[str]) -> QApplication:
    """Create (or reuse) the QApplication with the app's names, DPI policy, fonts and icon."""
    existing = QApplication.instance()
    if existing is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    else:
        app = existing  # type: ignore[assignment]
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("embedtune")
    # Text follows the system font (and its size), so it scales with the user's settings.
    try:
        from desktop_app.gui.fonts import register_fonts_with_qt
    except ModuleNotFoundError:
        pass
    else:
        register_fonts_with_qt()
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """The app's icon in every size found in resources/icons (null when none is there)."""
    from desktop_app.core.paths import resources_dir

    icon = QIcon()
    folder = resources_dir() / "icons"
    if folder.is_dir():
        for path in sorted(folder.glob("app-*.png")):
            icon.addFile(str(path))
        if icon.isNull() and (folder / "app.png").is_file():
            icon.addFile(str(folder / "app.png"))
    return icon


class FileOpenFilter(QObject):
    """Opens project files that macOS sends as FileOpen events (a double-click in Finder).

    Windows and Linux pass the file on the command line instead (see :func:`parse_gui_args`).
    """

    def __init__(self, open_project: Callable[[str], object], parent: QObject | None = None):
        super().__init__(parent)
        self._open_project = open_project

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self._open_project(path)
                return True
        return super().eventFilter(watched, event)


#: Environment variable naming the file the start-up timeline is written to.
STARTUP_TRACE_ENV = "EMBEDTUNE_STARTUP_TRACE"


class StartupTrace(QObject):
    """Records when each start-up stage ended; writes them at the window's first paint.

    Only made when ``EMBEDTUNE_STARTUP_TRACE`` is set, so a normal start pays nothing.
    Times are seconds since the process was created (as the OS recorded it), so the
    interpreter's or the frozen bootloader's own start-up is included.
    """

    def __init__(self, path: str) -> None:
        super().__init__()
        self._path = path
        from desktop_app.smoke import process_start_time

        self._origin = process_start_time()
        self.marks: list[tuple[str, float]] = []

    def mark(self, stage: str) -> None:
        """Note that ``stage`` has just ended."""
        self.marks.append((stage, time.time() - self._origin))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the main window's first paint: note it, write the file, stop watching."""
        if event.type() == QEvent.Type.Paint:
            self.mark("first paint")
            watched.removeEventFilter(self)
            lines = [f"{stage}\t{seconds:.3f}" for stage, seconds in self.marks]
            with open(self._path, "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines) + "\n")
        return False


def run_gui(argv: Sequence[str]) -> int:
    """Run the desktop app until its window closes; return the exit status.

    Args:
        argv: Command-line arguments without the program name. Options this function does
            not know are ignored (start-up code may add its own, e.g. ``--smoke-test``).
    """
    trace_path = os.environ.get(STARTUP_TRACE_ENV)
    trace = StartupTrace(trace_path) if trace_path else None
    if trace is not None:
        trace.mark("GUI code imported")
    args = parse_gui_args(argv)
    app = create_application(argv)
    if trace is not None:
        trace.mark("QApplication made")
    from desktop_app.gui.i18n import install_language, startup_language
    from desktop_app.gui.settings import AppSettings

    install_language(startup_language(AppSettings().language()))
    handler = ExceptionHandler()
    handler.install()
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow()
    if trace is not None:
        trace.mark("main window built")
        window.installEventFilter(trace)
    handler.set_parent_widget(window)
    file_open_filter = FileOpenFilter(window.open_project, app)
    app.installEventFilter(file_open_filter)
    window.show()
    if trace is not None:
        trace.mark("show() returned")
    # Import the heavy libraries once the window has painted.
    QTimer.singleShot(50, window.start_engine_warmup)
    if args.project:
        QTimer.singleShot(0, lambda: window.open_project(args.project))
    try:
        return app.exec()
    finally:
        handler.uninstall()
