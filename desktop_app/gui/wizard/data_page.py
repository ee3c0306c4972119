"""Wizard step 1: the user's spreadsheet, what it holds, and what is wrong with it.

The user drops a file anywhere on the page (or browses for one). Reading, detecting the
columns and validating run off the GUI thread, so a big file never freezes the window. The
page then shows the rows, how the file was read (with controls to change each guess and
re-read), which column plays which role, the data's shape in plain words, the problems with
their rows (click one to see the row) and what to do about data-set warnings.

Thin (issue 11): the rules and sentences come from :mod:`desktop_app.core.data.presentation`,
the boxes from ``data_table``, ``data_reading``, ``data_columns``, ``data_checks`` and
``data_eval``; this module composes them and turns each user action into one core call.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.data import presentation as facts
from desktop_app.core.data.presentation import LoadResult, ReadRequest
from desktop_app.core.data.types import ColumnRoles
from desktop_app.core.errors import UserFacingError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.gui.i18n import translate
from desktop_app.gui.settings import AppSettings
from desktop_app.gui.widgets.drop_zone import DropZone
from desktop_app.gui.widgets.styles import help_label, message_box_style
from desktop_app.gui.widgets.warning_strip import WarningStrip, scroll_into_view
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.data_drop import PageDropMixin
from desktop_app.gui.wizard.data_side import DataSidePanel
from desktop_app.gui.wizard.data_table import DataTable
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.workers.background import LatestTask, plain_error

#: The data files the file dialogs offer (the patterns are not translated).
DATA_PATTERNS = "*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.json *.jsonl *.parquet"
#: What the file dialogs offer, in English (see :func:`file_filter` for the shown one).
FILE_FILTER = f"Spreadsheets and data files ({DATA_PATTERNS});;All files (*)"


def file_filter() -> str:
    """What the file dialogs offer, the descriptions in the user's language."""
    return "{data} ({patterns});;{all} (*)".format(
        data=translate("DataPage", "Spreadsheets and data files"),
        patterns=DATA_PATTERNS,
        all=translate("DataPage", "All files"),
    )


def _heading(text: str, scale: float = 1.15) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _message(error: UserFacingError) -> str:
    return f"{error.message} {error.hint}".strip()


class DataPage(PageDropMixin, WizardPage):
    """Step 1: pick the spreadsheet and say what its columns are.

    Signals:
        table_loaded(): A file was read and the page shows it (also after a failed read
            of a replacement file, when the old table stays).
        load_failed(str): A file could not be read; carries the plain message shown.
        validated(): Validation of the current roles finished and is shown.
        language_measured(): The chosen model's verdict on the texts' languages is shown.
        eval_loaded(): The separate evaluation file was read (or failed; see the page).
    """

    table_loaded = Signal()
    load_failed = Signal(str)
    validated = Signal()
    language_measured = Signal()
    eval_loaded = Signal()
    title = QT_TRANSLATE_NOOP("WizardPage", "Your data")
    subtitle = QT_TRANSLATE_NOOP("WizardPage", "The spreadsheet the model learns from.")

    def __init__(
        self,
        state: WizardState,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(state, parent)
        self.settings = settings if settings is not None else AppSettings()
        # issue 11: reading and checking the file: a newer request replaces the older one
        self._reader = LatestTask(self)
        self._reader.succeeded.connect(self._on_loaded)
        self._reader.failed.connect(self._on_load_failed)
        self._validator = LatestTask(self)
        self._validator.succeeded.connect(self._on_validated)
        self._validator.failed.connect(self._on_validation_failed)
        self._loading = False
        self._validating = False
        self._roles_error: str | None = None
        self.setAcceptDrops(True)
        self._build()
        self.state.project_loaded.connect(self._on_project_loaded)
        self.state.model_changed.connect(self.show_language_note)

    # Building the page ----------------------------------------------------------------------

    def _build(self) -> None:
        self.drop_zone = DropZone(
            translate("DataPage", "Drop your spreadsheet here"),
            translate(
                "DataPage",
                "CSV, TSV, Excel (.xlsx), OpenDocument (.ods) or JSON. Each row should hold texts "
                "that belong together, such as a question and its answer.",
            ),
        )
        self.drop_zone.browse_requested.connect(self.browse)
        self.message_label = QLabel()
        self.message_label.setObjectName("dataMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        table_box = self._build_table()
        scroll = self._build_side()

        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(table_box)
        self.content.addWidget(scroll)
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 2)
        self.content.setSizes([640, 400])
        self.content.hide()

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(10)
        layout.addWidget(_heading(translate("DataPage", "Your data"), 1.5))
        layout.addWidget(
            help_label(
                translate(
                    "DataPage",
                    "Give the app the spreadsheet it should learn from. It reads the file, guesses "
                    "what each column holds and checks every row; change any guess on the right.",
                )
            )
        )
        layout.addWidget(self.drop_zone, 1)
        layout.addWidget(self.message_label)
        # -- issue 11 hook (wizard helper): every warning at the top, never below the fold --
        self.warning_strip = WarningStrip()
        self.warning_strip.jump_requested.connect(self._on_warning_jump)
        layout.addWidget(self.warning_strip)
        # -- end of issue 11 hook --
        layout.addWidget(self.content, 4)
        self.setTabOrder(self.drop_zone.browse_button, self.table_view)

    def _build_table(self) -> QWidget:
        self.data_table = DataTable()
        self.table_model = self.data_table.table_model
        self.table_view = self.data_table.table_view
        self.rows_label = self.data_table.rows_label
        return self.data_table

    def _build_side(self) -> QWidget:
        """The boxes on the right; their controls keep the names callers and tests use."""
        side = self.side_panel = DataSidePanel(self.state, self.settings, file_filter())
        self.shape_box, self.roles_box = side.shape_box, side.roles_box
        self.label_question, self.reading_box = side.label_question, side.reading_box
        self.eval_box, self.warnings_box = side.eval_box, side.warnings_box
        self.problems_box = side.problems_box
        self.shape_label, self.shape_help = self.shape_box.shape_label, self.shape_box.shape_help
        self.roles_box.edited.connect(self._on_roles_edited)
        self.role_combos = self.roles_box.role_combos
        self.roles_error_label = self.roles_box.roles_error_label
        self.label_question.chosen.connect(self._on_positive_chosen)
        self.label_buttons = self.label_question.label_buttons
        self.reading_box.edited.connect(self._on_reading_edited)
        self.format_label = self.reading_box.format_label
        self.encoding_combo = self.reading_box.encoding_combo
        self.delimiter_combo = self.reading_box.delimiter_combo
        self.sheet_combo = self.reading_box.sheet_combo
        self.header_check = self.reading_box.header_check
        self.eval_box.loaded.connect(self.eval_loaded)
        self.eval_spin = self.eval_box.eval_spin
        self.eval_counts_label = self.eval_box.eval_counts_label
        self.eval_file_button = self.eval_box.eval_file_button
        self.eval_clear_button = self.eval_box.eval_clear_button
        self.eval_file_label = self.eval_box.eval_file_label
        self.warnings_box.language_measured.connect(self.language_measured)
        self.language_label = self.warnings_box.language_label
        self.problems_box.row_chosen.connect(self.select_data_row)
        self.problems_list = self.problems_box.problems_list
        self.problems_summary = self.problems_box.problems_summary
        return side

    @property
    def _label_values(self) -> list[str]:
        """The label values the "which means similar" question offers."""
        return self.label_question.values

    @property
    def _label_widgets(self) -> list[QWidget]:
        return self.label_question.widgets

    # Opening files ----------------------------------------------------------------------------

    @Slot()
    def browse(self) -> None:
        """Ask for the training file with the system's file dialog."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("DataPage", "Open your data"),
            self.settings.last_folder("data"),
            file_filter(),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Read a new training file (everything is detected afresh)."""
        self.settings.set_last_folder("data", path)
        self._start_read(ReadRequest(path=str(path)))

    def reread(self) -> None:
        """Read the current file again with the choices in ``state.config``."""
        request = facts.request_from_config(self.state.config)
        if request is not None:
            self._start_read(request)

    def _start_read(self, request: ReadRequest) -> None:
        self._loading = True
        self._show_message(
            translate("DataPage", "Reading {name}…").format(name=Path(request.path).name), "info"
        )
        self.completeness_changed.emit()
        self._reader.start(lambda report, cancel: facts.load(request))

    @Slot(object)
    def _on_load_failed(self, exc: object) -> None:
        self._loading = False  # a replacement file failed: the old table (if any) stays
        text = _message(plain_error(exc))
        self._show_message(text, "error")
        self.completeness_changed.emit()
        self.load_failed.emit(text)

    @Slot(object)
    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, LoadResult)
        self._loading = False
        table = result.table
        new_file = facts.remember_reading(self.state.config, table)
        self.state.table = table
        self.table_model.set_frame(table.frame)
        self._show_message(None)
        self.reading_box.show_table(table)
        self.rows_label.setText(facts.rows_summary(table))
        self.roles_box.set_column_names(table.columns)
        if new_file and not self.state.config.eval_file:
            self.state.eval_table = None
        self._apply_roles(result.roles, result.roles_error, result.report)
        self.drop_zone.set_compact(
            translate("DataPage", "{name}  ·  {rows:,} rows").format(
                name=table.path.name, rows=len(table.frame)
            ),
            translate("DataPage", "Drop another file here to replace it, or browse for one."),
        )
        self._layout.setStretchFactor(self.drop_zone, 0)
        self.data_table.fit_columns()
        self.content.show()
        self.table_loaded.emit()

    # Showing what was read ----------------------------------------------------------------------

    def _show_message(self, text: str | None, kind: str = "info") -> None:
        if not text:
            self.message_label.hide()
            return
        self.message_label.setText(text)
        self.message_label.setProperty("kind", kind)
        self.message_label.setStyleSheet(message_box_style(kind))
        self.message_label.show()

    def _show_roles(self, roles: ColumnRoles | None) -> None:
        self.roles_box.show_roles(roles)
        self.roles_box.show_error(self._roles_error)
        self.shape_box.show_roles(roles)
        self.label_question.show_choices(
            facts.label_choices(self.state.table, roles),
            roles.positive_label if roles is not None else None,
        )

    def _apply_roles(
        self, roles: ColumnRoles | None, error: UserFacingError | None, report: Any
    ) -> None:
        """Show the roles, write them to the state, and show the validation report."""
        self.state.roles = roles
        self.state.report = report
        self._roles_error = None if error is None else _message(error)
        facts.remember_roles(self.state.config, roles)
        self._show_roles(roles)
        self._show_report(report)
        self.eval_box.update_counts()
        self.completeness_changed.emit()
        self.state.data_changed.emit()

    def _show_report(self, report: Any) -> None:
        self.warning_strip.set_report(report)  # issue 11: the warnings show at the top
        self.warnings_box.setVisible(False)  # (the language note below shows it again)
        self.show_language_note()
        self.table_model.set_row_marks(facts.row_marks(self.state.table, report))
        self.problems_box.show_report(report)

    @Slot()
    def show_language_note(self) -> None:
        """Say which languages the texts are in and whether the chosen model knows them."""
        self.warnings_box.show_language_note()

    # The user's changes ---------------------------------------------------------------------

    @Slot()
    def _on_reading_edited(self) -> None:
        request = facts.apply_reading_choices(self.state.config, self.reading_box.choices())
        if request is not None:
            self._start_read(request)

    def selected_columns(self) -> tuple[list[str], str | None]:
        """The text columns and the label column chosen in the drop-downs."""
        return self.roles_box.selected_columns()

    def set_columns(self, texts: list[str], label: str | None) -> None:
        """Choose the columns' roles (as the drop-downs do) and re-validate."""
        self.roles_box.select_columns(texts, label)
        self._on_roles_edited()

    @Slot()
    def _on_roles_edited(self) -> None:
        table = self.state.table
        if table is None:
            return
        texts, label = self.selected_columns()
        roles, error = facts.choose_roles(table, texts, label)
        if roles is None:
            self._apply_roles(None, error, None)
            return
        self._revalidate(roles)

    @Slot(str)
    def _on_positive_chosen(self, value: str) -> None:
        table, roles = self.state.table, self.state.roles
        if table is None or roles is None:
            return
        chosen, error = facts.choose_roles(table, roles.texts, roles.label, value)
        if chosen is None:
            self._apply_roles(None, error, None)
            return
        self._revalidate(chosen)

    def choose_positive_label(self, value: str) -> None:
        """Say which label value means "similar" (as the radio buttons do)."""
        self.label_question.choose(value)

    def _revalidate(self, roles: ColumnRoles) -> None:
        """Show the new roles at once; validate off the GUI thread."""
        table = self.state.table
        if table is None:
            return
        facts.remember_roles(self.state.config, roles)
        self.state.roles = roles
        self._roles_error = None
        self._show_roles(roles)
        self._validating = True
        self.completeness_changed.emit()
        self._validator.start(
            lambda report, cancel: (roles, facts.validate_without_model(table, roles))
        )

    @Slot(object)
    def _on_validated(self, result: object) -> None:
        roles, report = result  # type: ignore[misc]
        self._validating = False
        self._apply_roles(roles, None, report)
        self.validated.emit()

    @Slot(object)
    def _on_validation_failed(self, exc: object) -> None:
        self._validating = False
        self._apply_roles(None, plain_error(exc), None)
        self.validated.emit()

    @Slot(str)
    def _on_warning_jump(self, target: str) -> None:
        """issue 11 hook: a count in the warning strip was clicked; show what it counts."""
        if target == "problems" and self.problems_list.count():
            scroll_into_view(self.problems_box)
            self.problems_box.choose_first()

    @Slot(int)
    def select_data_row(self, data_row: int) -> None:
        """Select and show the row that problems call ``data_row`` (1-based)."""
        self.select_row(facts.table_positions(self.state.table, [data_row])[0])

    def select_row(self, row: int) -> None:
        """Select and show a 0-based row of the table."""
        self.data_table.select_row(row)

    # Evaluation -------------------------------------------------------------------------------

    def usable_rows(self) -> int:
        """Rows training can use: rows read minus rows with errors."""
        return facts.usable_rows(self.state.table, self.state.report)

    @staticmethod
    def split_counts(rows: int, fraction: float) -> tuple[int, int]:
        """(rows to train, rows to check) for a held-out share, as the run makes them."""
        from desktop_app.core.training.plan import held_out_split  # the runner's own rule

        split = held_out_split(rows, fraction)
        return split.train_rows, split.held_out_rows

    @Slot()
    def browse_eval_file(self) -> None:
        """Ask for a separate evaluation file."""
        self.eval_box.browse()

    def open_eval_file(self, path: str | Path) -> None:
        """Read a separate evaluation file off the GUI thread."""
        self.eval_box.open_file(path)

    @Slot()
    def clear_eval_file(self) -> None:
        """Go back to keeping aside a share of the training rows."""
        self.eval_box.clear()

    def file_dropped(self, path: Path, at: QPoint) -> None:
        """Read a file dropped on the page (the evaluation file when on its box)."""
        # -- issue 11 hook: a file dropped on "Checking the result" is the evaluation file --
        box = self.eval_box
        inside = box.rect().contains(box.mapFrom(self, at))
        if self.state.table is not None and box.isVisible() and inside:
            self.open_eval_file(path)
            return
        # -- end of issue 11 hook --
        self.open_file(path)

    # Wizard hooks -----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Whether a read or a validation is running."""
        return self._loading or self._validating

    def blocking_reason(self) -> str | None:
        """Why the user cannot go on yet."""
        state = self.state
        return facts.blocking_reason(
            state.table, state.roles, state.report,
            loading=self._loading, validating=self._validating,
        )  # fmt: skip

    def _show_no_table(self, message: str | None) -> None:
        self.table_model.set_frame(None)
        self.content.hide()
        self.drop_zone.set_compact(None)
        self._layout.setStretchFactor(self.drop_zone, 1)
        self._show_message(message, "error")
        self.completeness_changed.emit()

    @Slot()
    def _on_project_loaded(self) -> None:
        config = self.state.config
        self.eval_box.reset()
        if not config.data_file:
            self._show_no_table(None)
            return
        if not Path(config.data_file).is_file():
            self._show_no_table(facts.missing_file_message(config.data_file))
            return
        self.reread()
        if config.eval_file and Path(config.eval_file).is_file():
            self.open_eval_file(config.eval_file)

    def shutdown(self) -> None:
        """Stop reads and validations still running."""
        self.warnings_box.shutdown()
        self._reader.shutdown(10_000)
        self._validator.shutdown(10_000)
        self.eval_box.shutdown()
