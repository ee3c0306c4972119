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
from desktop_app.gui.i18n import translate


def show_user_error(
    parent: QWidget | None, error: UserFacingError, title: str | None = None
) -> QMessageBox:
    """Show a user error's plain message and its hint; return the (open) message box.

    ``title`` defaults to "Something needs your attention" (translated).
    """
    if title is None:
        title = translate("Dialogs", "Something needs your attention")
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
        self.setWindowTitle(translate("Dialogs", "{app}: unexpected error").format(app=APP_NAME))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        heading = QLabel(translate("Dialogs", "<b>Something went wrong inside the app.</b>"))
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        explanation = QLabel(
            translate(
                "Dialogs",
                "Your work is still here and you can go on. If it happens again, please copy "
                "the details below into a bug report.",
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        # the exception's own name and text are for the bug report: in the details only
        self.summary = summary
        self.details_edit = QPlainTextEdit(f"{summary}\n\n{details}" if summary else details)
        self.details_edit.setReadOnly(True)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_edit.setAccessibleName(translate("Dialogs", "Error details"))
        self.details_edit.setMinimumSize(560, 220)
        layout.addWidget(self.details_edit, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("Dialogs", "&Copy details"))
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RemoteCodeDialog(QDialog):
    """Asks whether a model's own program code may run, naming the model and its source.

    Accepting is the only way the app lets a model's code run, and it holds for this session
    only: the choice is never saved in a project or settings file. Cancel is the default
    button, so pressing Enter refuses.
    """

    def __init__(self, model_name: str, source: str, parent: QWidget | None = None) -> None:
        """Build the dialog.

        Args:
            model_name: The model's name as the user knows it.
            source: Where it comes from, in words ("the folder /x/y", "the Hugging Face Hub
                (org/name)").
            parent: The window it is shown over.
        """
        super().__init__(parent)
        self.setObjectName("remoteCodeDialog")
        self.setWindowTitle(translate("Dialogs", "Allow this model's own code?"))
        layout = QVBoxLayout(self)
        self.message_label = QLabel(
            translate(
                "Dialogs",
                "<b>The model “{model}” comes with its own program code.</b>"
                "<br><br>It comes from {source}.<br><br>"
                "To use it, the app would run that code on this computer, with your rights: it "
                "could read, change or delete your files, or send them elsewhere. Allow it only "
                "if you trust whoever made this model.<br><br>"
                "Your choice holds until you close the app or pick another model; it is never "
                "saved in a project.",
            ).format(model=_escape(model_name), source=_escape(source))
        )
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumWidth(460)
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox()
        self.allow_button = buttons.addButton(
            translate("Dialogs", "&Allow its code"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.allow_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
