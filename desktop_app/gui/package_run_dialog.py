"""The "Run on another machine" dialog: pack the current training settings into a folder.

One core call (:func:`desktop_app.core.training.package.package_training`) in a
:class:`BackgroundTask`: copying the data and the base model can take a while for big files.
The dialog says what the folder is for and what to do with it, in plain words; the folder's
README has the exact steps for the other machine.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.package import PackageResult
from desktop_app.gui.i18n import translate
from desktop_app.gui.run_dialog import RunDialog

EXPLANATION = QT_TRANSLATE_NOOP(
    "PackageRunDialog",
    "When training is too slow on this computer, run it on a bigger one, for example a rented "
    "server with one or more graphics cards (GPUs). The app writes a folder with your data, "
    "these settings, the base model and its own training program. Copy the folder to the "
    "other computer and start the script in it (its README explains how): it uses every GPU "
    "there. The trained model appears in the folder's “output” folder; copy it back and open "
    "it here like any model.",
)


def default_package_dir(config: TrainingConfig) -> str:
    """Suggest a folder beside the planned model folder: ``<model>-run-elsewhere``."""
    base = Path(config.output_dir) if config.output_dir else Path.home() / "trained-model"
    return str(base.with_name(f"{base.name}-run-elsewhere"))


class PackageRunDialog(RunDialog):
    """Packs a copy of ``config`` into a folder for another machine."""

    def __init__(self, config: TrainingConfig, parent: QWidget | None = None) -> None:
        super().__init__(
            "packageRunDialog", translate("PackageRunDialog", "Run on another machine"), parent
        )
        self.config = replace(config)
        self.result: PackageResult | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        text = QLabel(translate("PackageRunDialog", EXPLANATION))
        text.setWordWrap(True)
        layout.addWidget(text)
        self._add_folder_row(
            layout,
            translate("PackageRunDialog", "Write the folder to:"),
            translate("PackageRunDialog", "Folder for the other machine"),
            translate("PackageRunDialog", "Replace a folder written here earlier by this app"),
        )
        self.folder_edit.setText(default_package_dir(self.config))
        self.write_button = self._add_status_and_buttons(
            layout,
            "packageStatus",
            translate("PackageRunDialog", "&Write folder"),
            "packageWriteButton",
        )
        self.write_button.clicked.connect(self.start_packing)
        if not self.config.data_file:
            self.write_button.setEnabled(False)
            self.status_label.setText(
                translate("PackageRunDialog", "Choose your data first (the Data page).")
            )

    @Slot()
    def _on_browse(self) -> None:
        start = str(Path(self.folder_edit.text() or Path.home()).parent)
        folder = QFileDialog.getExistingDirectory(
            self, translate("PackageRunDialog", "Folder for the other machine"), start
        )
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def start_packing(self) -> None:
        """Write the folder in the background."""
        out_dir = self.folder_edit.text().strip()
        if self.is_running() or not out_dir:
            return
        config, overwrite = self.config, self.replace_check.isChecked()

        def pack(_report, _cancel) -> PackageResult:
            from desktop_app.core.training.package import package_training

            return package_training(config, out_dir, overwrite=overwrite)

        self.result = None
        self.write_button.setEnabled(False)
        self.status_label.setText(
            translate("PackageRunDialog", "Copying your data, the model and the training program…")
        )
        self._run(
            pack,
            on_succeeded=self._on_succeeded,
            on_failed=self._on_failed,
            on_finished=self._on_finished,
        )

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        assert isinstance(result, PackageResult)
        self.result = result
        written = translate("PackageRunDialog", "Written to {folder} ({megabytes:.0f} MB).").format(
            folder=result.out_dir, megabytes=result.size_bytes / 1e6
        )
        model = (
            translate(
                "PackageRunDialog",
                "The base model is included, so the other computer needs no download.",
            )
            if result.model_included
            else translate(
                "PackageRunDialog",
                "The other computer downloads the base model when it starts (it needs "
                "internet access).",
            )
        )
        follow = translate(
            "PackageRunDialog",
            "Copy the folder to the other computer and follow its README; the trained model "
            "appears in its “{output}” folder.",
        ).format(output=result.output_dir)
        self.status_label.setText(f"{written} {model} {follow}")
        self._offer_folder(result.out_dir)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._show_failure(
            exc,
            translate("PackageRunDialog", "Choose another folder, or tick “Replace”."),
            translate("PackageRunDialog", "The folder could not be written."),
        )

    @Slot()
    def _on_finished(self) -> None:
        self.write_button.setEnabled(bool(self.config.data_file))

    def reject(self) -> None:
        """Close, once the folder is written (copying cannot be stopped half-way safely)."""
        if self.is_running():
            return
        super().reject()

    def shutdown(self, timeout_ms: int = 60_000) -> None:
        """Wait for the copying to end (the window is closing)."""
        super().shutdown(timeout_ms)
