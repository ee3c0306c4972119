"""The "Run on another machine" dialog: pack the current training settings into a folder.

One core call (:func:`desktop_app.core.training.package.package_training`) in a
:class:`BackgroundTask`: copying the data and the base model can take a while for big files.
The dialog says what the folder is for and what to do with it, in plain words; the folder's
README has the exact steps for the other machine.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserFacingError
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.package import PackageResult

EXPLANATION = (
    "When training is too slow on this computer, run it on a bigger one, for example a rented "
    "server with one or more graphics cards (GPUs). The app writes a folder with your data, "
    "these settings, the base model and its own training program. Copy the folder to the "
    "other computer and start the script in it (its README explains how): it uses every GPU "
    "there. The trained model appears in the folder's “output” folder; copy it back and open "
    "it here like any model."
)


def default_package_dir(config: TrainingConfig) -> str:
    """Suggest a folder beside the planned model folder: ``<model>-run-elsewhere``."""
    base = Path(config.output_dir) if config.output_dir else Path.home() / "trained-model"
    return str(base.with_name(f"{base.name}-run-elsewhere"))


class PackageRunDialog(QDialog):
    """Packs a copy of ``config`` into a folder for another machine."""

    def __init__(self, config: TrainingConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageRunDialog")
        self.setWindowTitle("Run on another machine")
        self.config = replace(config)
        self.result: PackageResult | None = None
        self._task = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        text = QLabel(EXPLANATION)
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(QLabel("Write the folder to:"))
        self.folder_edit = QLineEdit(default_package_dir(self.config))
        self.folder_edit.setAccessibleName("Folder for the other machine")
        row.addWidget(self.folder_edit, 1)
        self.browse_button = QPushButton("C&hoose…")
        self.browse_button.clicked.connect(self._on_browse)
        row.addWidget(self.browse_button)
        layout.addLayout(row)
        self.replace_check = QCheckBox("Replace a folder written here earlier by this app")
        layout.addWidget(self.replace_check)
        self.status_label = QLabel()
        self.status_label.setObjectName("packageStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(
            "&Write folder", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setObjectName("packageWriteButton")
        self.open_button = self.buttons.addButton(
            "&Open folder", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.write_button.clicked.connect(self.start_packing)
        self.open_button.clicked.connect(self._on_open_folder)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        if not self.config.data_file:
            self.write_button.setEnabled(False)
            self.status_label.setText("Choose your data first (the Data page).")

    @Slot()
    def _on_browse(self) -> None:
        start = str(Path(self.folder_edit.text() or Path.home()).parent)
        folder = QFileDialog.getExistingDirectory(self, "Folder for the other machine", start)
        if folder:
            self.folder_edit.setText(folder)

    def is_running(self) -> bool:
        """Whether the folder is being written."""
        return self._task is not None and self._task.is_running()

    @Slot()
    def start_packing(self) -> None:
        """Write the folder in the background."""
        from desktop_app.gui.workers.background import BackgroundTask

        out_dir = self.folder_edit.text().strip()
        if self.is_running() or not out_dir:
            return
        config, overwrite = self.config, self.replace_check.isChecked()

        def pack(_report, _cancel) -> PackageResult:
            from desktop_app.core.training.package import package_training

            return package_training(config, out_dir, overwrite=overwrite)

        self.result = None
        self.open_button.hide()
        self.write_button.setEnabled(False)
        self.status_label.setText("Copying your data, the model and the training program…")
        self._task = BackgroundTask(pack, parent=self)
        self._task.succeeded.connect(self._on_succeeded)
        self._task.failed.connect(self._on_failed)
        self._task.finished.connect(self._on_finished)
        self._task.start()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        assert isinstance(result, PackageResult)
        self.result = result
        model = (
            "The base model is included, so the other computer needs no download."
            if result.model_included
            else "The other computer downloads the base model when it starts (it needs "
            "internet access)."
        )
        self.status_label.setText(
            f"Written to {result.out_dir} ({result.size_bytes / 1e6:.0f} MB). {model} Copy "
            "the folder to the other computer and follow its README; the trained model "
            f"appears in its “{result.output_dir}” folder."
        )
        self.open_button.show()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        if isinstance(exc, UserFacingError):
            hint = exc.hint if "--" not in exc.hint else "Choose another folder, or tick “Replace”."
            self.status_label.setText(f"{exc.message} {hint}".strip())
        else:
            from desktop_app.gui.dialogs import show_error

            self.status_label.setText("The folder could not be written.")
            show_error(self, exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

    @Slot()
    def _on_finished(self) -> None:
        self.write_button.setEnabled(bool(self.config.data_file))

    @Slot()
    def _on_open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result.out_dir))

    def reject(self) -> None:
        """Close, once the folder is written (copying cannot be stopped half-way safely)."""
        if self.is_running():
            return
        super().reject()

    def shutdown(self) -> None:
        """Wait for the copying to end (the window is closing)."""
        if self._task is not None and self._task.is_running():
            self._task.shutdown(60_000)
