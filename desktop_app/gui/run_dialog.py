"""The shape the "write a folder" dialogs share (Export, Run on another machine).

A folder row with Choose… and a Replace box, a status line, Start / Open folder / Close
buttons, and one core call run in a :class:`BackgroundTask`. Subclasses add their own
choices and say what the call is and what its result means.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserFacingError
from desktop_app.gui.i18n import translate


class RunDialog(QDialog):
    """A dialog that writes one folder in the background and then offers to open it."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._task = None
        self._done_dir = ""

    # ---- layout pieces --------------------------------------------------------------------

    def _add_folder_row(
        self, layout: QVBoxLayout, caption: str, accessible_name: str, replace_text: str
    ) -> None:
        """``folder_edit``, ``browse_button`` (calls ``_on_browse``) and ``replace_check``."""
        row = QHBoxLayout()
        row.addWidget(QLabel(caption))
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(accessible_name)
        row.addWidget(self.folder_edit, 1)
        self.browse_button = QPushButton(translate("RunDialog", "C&hoose…"))
        self.browse_button.clicked.connect(self._on_browse)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.replace_check = QCheckBox(replace_text)
        layout.addWidget(self.replace_check)

    def _add_status_and_buttons(
        self, layout: QVBoxLayout, status_name: str, start_text: str, start_name: str
    ) -> QPushButton:
        """``status_label``, ``buttons``, ``open_button``, ``close_button``; the start button."""
        self.status_label = QLabel()
        self.status_label.setObjectName(status_name)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox()
        start = self.buttons.addButton(start_text, QDialogButtonBox.ButtonRole.AcceptRole)
        start.setObjectName(start_name)
        self.open_button = self.buttons.addButton(
            translate("RunDialog", "&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.clicked.connect(self._on_open_folder)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        return start

    @Slot()
    def _on_browse(self) -> None:  # pragma: no cover - each dialog has its own start folder
        raise NotImplementedError

    # ---- running --------------------------------------------------------------------------

    def is_running(self) -> bool:
        """Whether the folder is being written."""
        return self._task is not None and self._task.is_running()

    def _run(
        self,
        operation: Callable[[Any, Any], object],
        *,
        on_succeeded: Callable[[object], None],
        on_failed: Callable[[object], None],
        on_finished: Callable[[], None],
        on_progress: Callable[[object], None] | None = None,
    ) -> None:
        """Start ``operation(report, cancel)`` (one core call) in a :class:`BackgroundTask`."""
        from desktop_app.gui.workers.background import BackgroundTask

        self._done_dir = ""
        self.open_button.hide()
        self._task = BackgroundTask(operation, parent=self)
        if on_progress is not None:
            self._task.progress.connect(on_progress)
        self._task.succeeded.connect(on_succeeded)
        self._task.failed.connect(on_failed)
        self._task.finished.connect(on_finished)
        self._task.start()

    def _offer_folder(self, out_dir: str) -> None:
        """The folder is written: show Open folder for it."""
        self._done_dir = str(out_dir)
        self.open_button.show()

    def _show_failure(self, exc: object, replace_hint: str, unexpected: str) -> None:
        """Say why the folder was not written: a user error in its words (a hint naming
        command-line flags becomes ``replace_hint``), a bug as ``unexpected`` and a dialog."""
        if isinstance(exc, UserFacingError):
            text = exc.message
            if exc.hint:
                text += " " + (exc.hint if "--" not in exc.hint else replace_hint)
            self.status_label.setText(text.strip())
            return
        from desktop_app.gui.dialogs import show_error

        self.status_label.setText(unexpected)
        show_error(self, exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

    @Slot()
    def _on_open_folder(self) -> None:
        if self._done_dir:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._done_dir))

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Wait for the running task (the window is closing)."""
        if self._task is not None and self._task.is_running():
            self._task.shutdown(timeout_ms)
