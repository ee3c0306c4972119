"""The "Export for other programs" dialog: pick a format and a folder, export, see the check.

One user action is one core call (:func:`desktop_app.core.model_export.export_model`), run
in a :class:`BackgroundTask` with progress and Cancel. The dialog explains each format in
plain words, says when a format needs the export add-on (without naming a command), and
afterwards shows how closely the export matches the original and how much faster it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.model_export import (
    EXPORT_FORMATS,
    ExportCancelled,
    ExportProgress,
    ExportReport,
    MissingAddOnError,
    missing_add_ons,
)
from desktop_app.gui.i18n import translate
from desktop_app.gui.run_dialog import RunDialog

#: What the dialog says when a format's add-on is missing (no commands in the GUI);
#: show it with ``translate("ExportDialog", ADD_ON_MISSING)``.
ADD_ON_MISSING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "This format needs the export add-on, which this installation of the app does not "
    "include. Ask whoever installed the app to add it.",
)


def default_export_dir(model_dir: str, format_name: str) -> str:
    """Suggest a folder beside the model: ``<model>-onnx``, ``<model>-openvino``…"""
    model = Path(model_dir)
    return str(model.with_name(f"{model.name}-{format_name}"))


def describe_report(report: ExportReport) -> str:
    """Say in plain words how the export matches the original and how fast it is."""
    match = translate(
        "ExportDialog",
        "Checked on {checked} texts ({source}): the vectors match "
        "the original model's at {mean:.1%} on average "
        "(lowest {lowest:.1%}; 100% = identical).",
    ).format(
        checked=report.texts_checked,
        source=report.shown_source(),
        mean=report.agreement_mean,
        lowest=report.agreement_min,
    )
    speed = (
        translate(
            "ExportDialog",
            "On this computer's processor it encoded {timed} texts "
            "{speedup:.1f} times as fast as the original "
            "({exported:.2f} s instead of {original:.2f} s).",
        ).format(
            timed=report.texts_timed,
            speedup=report.speedup,
            exported=report.exported_seconds,
            original=report.original_seconds,
        )
        if report.speedup >= 1
        else translate(
            "ExportDialog",
            "On this computer's processor it was not faster than the original "
            "({exported:.2f} s instead of {original:.2f} s).",
        ).format(exported=report.exported_seconds, original=report.original_seconds)
    )
    size = translate("ExportDialog", "Size: {megabytes:.0f} MB.").format(
        megabytes=report.size_bytes / 1e6
    )
    warning = " ".join(report.shown_notes())
    return " ".join(part for part in (match, speed, size, warning) if part)


class ExportDialog(RunDialog):
    """Exports one model folder; lives until closed (Cancel stops a running export)."""

    def __init__(self, model_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "exportDialog", translate("ExportDialog", "Export for other programs"), parent
        )
        self.model_dir = model_dir
        self.report: ExportReport | None = None
        self._folder_edited = False
        self._build()
        self._on_format_changed()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ExportDialog",
                "Save a copy of the model that other programs can run quickly, without this app "
                "and without PyTorch. The original model stays as it is.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for fmt in EXPORT_FORMATS:
            button = QRadioButton(fmt.shown_title())
            button.setObjectName(f"exportFormat_{fmt.name}")
            self.format_group.addButton(button)
            self.format_buttons[fmt.name] = button
            explanation = QLabel(fmt.shown_explanation())
            explanation.setWordWrap(True)
            explanation.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(button)
            layout.addWidget(explanation)
        self.format_buttons[EXPORT_FORMATS[0].name].setChecked(True)

        self.add_on_label = QLabel(translate("ExportDialog", ADD_ON_MISSING))
        self.add_on_label.setObjectName("exportAddOnMissing")
        self.add_on_label.setWordWrap(True)
        self.add_on_label.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4a3b00; border-radius: 4px; padding: 6px; }"
        )
        layout.addWidget(self.add_on_label)

        self._add_folder_row(
            layout,
            translate("ExportDialog", "Save in:"),
            translate("ExportDialog", "Export folder"),
            translate("ExportDialog", "Replace an earlier export in this folder"),
        )
        self.folder_edit.textEdited.connect(self._on_folder_edited)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.export_button = self._add_status_and_buttons(
            layout, "exportStatus", translate("ExportDialog", "&Export"), "exportStartButton"
        )
        self.export_button.clicked.connect(self.start_export)
        for button in self.format_buttons.values():
            button.toggled.connect(self._on_format_toggled)

    # -- choices ------------------------------------------------------------------------
    def selected_format(self) -> str:
        """The name of the chosen format."""
        for name, button in self.format_buttons.items():
            if button.isChecked():
                return name
        return EXPORT_FORMATS[0].name

    def set_format(self, name: str) -> None:
        """Choose a format (as a click would)."""
        self.format_buttons[name].setChecked(True)

    @Slot(bool)
    def _on_format_toggled(self, checked: bool) -> None:
        if checked:
            self._on_format_changed()

    def _on_format_changed(self) -> None:
        missing = bool(missing_add_ons(self.selected_format()))
        self.add_on_label.setVisible(missing)
        self.export_button.setEnabled(not missing and not self.is_running())
        if not self._folder_edited:
            self.folder_edit.setText(default_export_dir(self.model_dir, self.selected_format()))

    @Slot(str)
    def _on_folder_edited(self, _text: str) -> None:
        self._folder_edited = True

    @Slot()
    def _on_browse(self) -> None:
        start = str(Path(self.folder_edit.text() or self.model_dir).parent)
        folder = QFileDialog.getExistingDirectory(
            self, translate("ExportDialog", "Folder for the export"), start
        )
        if folder:
            self.folder_edit.setText(folder)
            self._folder_edited = True

    # -- running ------------------------------------------------------------------------
    @Slot()
    def start_export(self) -> None:
        """Export with the chosen format and folder in the background."""
        if self.is_running() or not self.folder_edit.text().strip():
            return
        model_dir, fmt = self.model_dir, self.selected_format()
        out_dir, overwrite = self.folder_edit.text().strip(), self.replace_check.isChecked()

        def export(report, cancel) -> ExportReport:
            from desktop_app.core.model_export import export_model

            return export_model(
                model_dir, fmt, out_dir, overwrite=overwrite, on_progress=report, cancel=cancel
            )

        self.report = None
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(translate("ExportDialog", "Starting…"))
        self._set_inputs_enabled(False)
        self.close_button.setText(translate("ExportDialog", "&Cancel"))
        self._run(
            export,
            on_progress=self._on_progress,
            on_succeeded=self._on_succeeded,
            on_failed=self._on_failed,
            on_finished=self._on_finished,
        )

    def _set_inputs_enabled(self, on: bool) -> None:
        for widget in (*self.format_buttons.values(), self.folder_edit, self.browse_button):
            widget.setEnabled(on)
        self.replace_check.setEnabled(on)
        self.export_button.setEnabled(on and not missing_add_ons(self.selected_format()))

    @Slot(object)
    def _on_progress(self, progress: object) -> None:
        if isinstance(progress, ExportProgress):
            self.progress.setValue(round(progress.fraction * 100))
            self.status_label.setText(progress.message)

    @Slot(object)
    def _on_succeeded(self, report: object) -> None:
        assert isinstance(report, ExportReport)
        self.report = report
        self.progress.setValue(100)
        self.status_label.setText(
            translate("ExportDialog", "Exported to {folder}.").format(folder=report.out_dir)
            + " "
            + describe_report(report)
        )
        self._offer_folder(report.out_dir)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.progress.hide()
        if isinstance(exc, ExportCancelled):
            self.status_label.setText(translate("ExportDialog", "Cancelled; nothing was written."))
        elif isinstance(exc, MissingAddOnError):
            self.status_label.setText(translate("ExportDialog", ADD_ON_MISSING))
        else:
            self._show_failure(
                exc,
                translate(
                    "ExportDialog", "Choose another folder, or tick “Replace an earlier export”."
                ),
                translate("ExportDialog", "The export failed."),
            )

    @Slot()
    def _on_finished(self) -> None:
        self._set_inputs_enabled(True)
        self.close_button.setText(translate("ExportDialog", "&Close"))

    def reject(self) -> None:
        """Cancel a running export (nothing is written), or close the dialog."""
        if self.is_running():
            self._task.cancel()
            self.status_label.setText(translate("ExportDialog", "Stopping…"))
            return
        super().reject()
