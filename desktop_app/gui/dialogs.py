"""Error dialogs: plain words for errors a user can cause, copyable details for bugs.

Both kinds are shown window-modal and non-blocking (``open()``), so that they never nest
event loops inside a slot and tests can inspect and close them.
"""

from __future__ import annotations

import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.core.errors import UserFacingError


def show_user_error(
    parent: QWidget | None, error: UserFacingError, title: str = "Something needs your attention"
) -> QMessageBox:
    """Show a user error's plain message and its hint; return the (open) message box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(error.message)
    if error.hint:
        box.setInformativeText(error.hint)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("userErrorBox")
    box.open()
    return box


def format_exception_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """Return the text a user can copy into a bug report."""
    lines = traceback.format_exception(exc_type, exc, tb)
    return f"{APP_NAME} {__version__}\n\n" + "".join(lines)


class ErrorDetailsDialog(QDialog):
    """Says that something unexpected went wrong, with details to copy for a bug report.

    The app keeps running; the user's work in the wizard is untouched.
    """

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDetailsDialog")
        self.setWindowTitle(f"{APP_NAME}: unexpected error")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        heading = QLabel("<b>Something went wrong inside the app.</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        explanation = QLabel(
            "Your work is still here and you can go on. If it happens again, please copy "
            "the details below into a bug report."
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.summary_label = QLabel(summary)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.details_edit = QPlainTextEdit(details)
        self.details_edit.setReadOnly(True)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_edit.setAccessibleName("Error details")
        self.details_edit.setMinimumSize(560, 220)
        layout.addWidget(self.details_edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy details")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details_edit.toPlainText())

    def append_details(self, details: str) -> None:
        """Add the details of a further error that happened while this dialog was open."""
        self.details_edit.appendPlainText("\n" + "-" * 60 + "\n" + details)


def show_error(parent: QWidget | None, exc: BaseException) -> QDialog:
    """Show any exception the right way: plain words for a user error, details otherwise."""
    if isinstance(exc, UserFacingError):
        return show_user_error(parent, exc)
    dialog = ErrorDetailsDialog(
        f"{type(exc).__name__}: {exc}",
        format_exception_details(type(exc), exc, exc.__traceback__),
        parent,
    )
    dialog.open()
    return dialog
