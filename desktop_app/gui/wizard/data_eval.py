"""The Data page's "Checking the result" box: the share of rows kept aside, what that
promises (the core's wording, :func:`held_out_promise`), or a separate evaluation file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.data import presentation as facts
from desktop_app.core.data.types import Table
from desktop_app.core.errors import UserFacingError
from desktop_app.gui.i18n import translate
from desktop_app.gui.settings import AppSettings
from desktop_app.gui.widgets.styles import help_label, message_box_style
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.workers.background import LatestTask


class EvalBox(QGroupBox):
    """Kept-aside share or separate file; also a drop target for that file (see the page).

    The box writes the share and the file to ``state.config`` and reads the file off the
    GUI thread (a newer file replaces the older one).

    Signals:
        loaded(): The separate file was read, failed or was dropped; the box shows it.
    """

    loaded = Signal()

    def __init__(
        self,
        state: WizardState,
        settings: AppSettings,
        file_filter: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("DataPage", "Checking the result"), parent)
        self.state, self.settings, self._filter = state, settings, file_filter
        self._reader = LatestTask(self)
        self._reader.succeeded.connect(self._on_read)
        self._reader.failed.connect(self._on_failed)
        percent = round(state.config.eval_fraction * 100)
        layout = QVBoxLayout(self)
        layout.addWidget(
            help_label(
                translate(
                    "DataPage",
                    "Some rows are kept aside and not learned from; after training the app "
                    "measures on them how much the model improved.",
                )
            )
        )
        row = QHBoxLayout()
        share_label = QLabel(translate("DataPage", "&Keep aside:"))
        self.eval_spin = QSpinBox()
        self.eval_spin.setObjectName("evalShare")
        self.eval_spin.setAccessibleName(
            translate("DataPage", "Share of rows kept aside for checking, in percent")
        )
        self.eval_spin.setRange(0, 50)
        self.eval_spin.setSuffix(translate("DataPage", " %"))
        self.eval_spin.setValue(percent)
        self.eval_spin.valueChanged.connect(self._on_share_changed)
        share_label.setBuddy(self.eval_spin)
        row.addWidget(share_label)
        row.addWidget(self.eval_spin)
        row.addStretch(1)
        layout.addLayout(row)
        self.eval_counts_label = QLabel()
        self.eval_counts_label.setObjectName("evalCounts")
        self.eval_counts_label.setWordWrap(True)
        layout.addWidget(self.eval_counts_label)
        file_row = QHBoxLayout()
        self.eval_file_button = QPushButton(translate("DataPage", "Use a &separate file…"))
        self.eval_file_button.setToolTip(
            translate(
                "DataPage",
                "Check the result on another file with the same columns instead of kept-aside rows"
                " (or drop that file on this box).",
            )
        )
        self.eval_file_button.clicked.connect(self.browse)
        self.eval_clear_button = QPushButton(translate("DataPage", "Don't use it"))
        self.eval_clear_button.clicked.connect(self.clear)
        self.eval_clear_button.hide()
        file_row.addWidget(self.eval_file_button)
        file_row.addWidget(self.eval_clear_button)
        file_row.addStretch(1)
        layout.addLayout(file_row)
        self.eval_file_label = QLabel()
        self.eval_file_label.setObjectName("evalFileLabel")
        self.eval_file_label.setWordWrap(True)
        self.eval_file_label.hide()
        layout.addWidget(self.eval_file_label)

    def update_counts(self) -> None:
        """Say what training and checking will use (the core's wording)."""
        config, state = self.state.config, self.state
        eval_rows = len(state.eval_table.frame) if state.eval_table is not None else None
        text = facts.held_out_promise(
            facts.usable_rows(state.table, state.report),
            config.eval_fraction,
            state.table,
            state.roles,
            eval_file=config.eval_file,
            eval_rows=eval_rows,
        )
        self.eval_spin.setEnabled(not config.eval_file)
        self.eval_counts_label.setText(text)

    @Slot(int)
    def _on_share_changed(self, percent: int) -> None:
        self.state.config.eval_fraction = percent / 100
        self.update_counts()
        self.state.data_changed.emit()

    @Slot()
    def browse(self) -> None:
        """Ask for a separate evaluation file."""
        path, _ = QFileDialog.getOpenFileName(
            self, translate("DataPage", "Open a file to check the result on"),
            self.settings.last_folder("data"),
            self._filter,
        )  # fmt: skip
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Read a separate evaluation file off the GUI thread."""
        self.settings.set_last_folder("data", path)
        self.state.config.eval_file = str(path)
        self._show_file(translate("DataPage", "Reading {name}…").format(name=Path(path).name))
        self.update_counts()
        texts, label = list(self.state.config.text_columns), self.state.config.label_column
        self._reader.start(lambda report, cancel: facts.read_eval_file(path, texts, label))

    @Slot()
    def clear(self) -> None:
        """Go back to keeping aside a share of the training rows."""
        self.state.config.eval_file = None
        self.state.eval_table = None
        self._show_file(None)
        self._done()

    def reset(self) -> None:
        """Show the share of a newly loaded project, without a separate file yet."""
        self.eval_spin.blockSignals(True)
        self.eval_spin.setValue(round(self.state.config.eval_fraction * 100))
        self.eval_spin.blockSignals(False)
        self._show_file(None)

    def shutdown(self) -> None:
        """Stop a read still running."""
        self._reader.shutdown(10_000)

    def _done(self) -> None:
        self.update_counts()
        self.state.data_changed.emit()
        self.loaded.emit()

    @Slot(object)
    def _on_read(self, table: object) -> None:
        assert isinstance(table, Table)
        if str(table.path) != self.state.config.eval_file:
            return
        self.state.eval_table = table
        self._show_file(
            translate("DataPage", "{name}: {rows:,} rows.").format(
                name=table.path.name, rows=len(table.frame)
            ),
            "ok",
        )
        self._done()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        text = (
            f"{exc.message} {exc.hint}".strip()
            if isinstance(exc, UserFacingError)
            else translate("DataPage", "The file could not be read.")
        )
        self.state.config.eval_file = None
        self.state.eval_table = None
        self._show_file(text, "error")
        self._done()

    def _show_file(self, text: str | None, kind: str | None = None) -> None:
        """Show the separate file's state (``None``: no file, hide it)."""
        if text is None:
            self.eval_file_label.hide()
            self.eval_clear_button.hide()
            return
        self.eval_file_label.setText(text)
        if kind:
            self.eval_file_label.setStyleSheet(message_box_style(kind))
        self.eval_file_label.show()
        self.eval_clear_button.show()
