"""Wizard step 1: the user's spreadsheet, what it holds, and what is wrong with it.

The user drops a file anywhere on the page (or browses for one). Reading, detecting the
columns and validating run off the GUI thread, so a big file never freezes the window. The
page then shows the rows, how the file was read (with controls to change each guess and
re-read), which column plays which role, the data's shape in plain words, the problems with
their rows (click one to see the row) and what to do about data-set warnings.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.data.types import ColumnRoles, Table
from desktop_app.core.errors import DataError, UserFacingError
from desktop_app.gui.settings import AppSettings
from desktop_app.gui.widgets.drop_zone import DropZone, local_files
from desktop_app.gui.widgets.styles import help_label, message_box_style
from desktop_app.gui.widgets.table_model import DataFrameModel
from desktop_app.gui.widgets.warning_strip import WarningStrip, scroll_into_view
from desktop_app.gui.wizard.base import WizardPage
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.workers.background import BackgroundTask, LatestTask, plain_error

#: What the file dialogs offer.
FILE_FILTER = (
    "Spreadsheets and data files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.json *.jsonl"
    " *.parquet);;All files (*)"
)
#: Encodings offered for text files: (codec, what the user sees).
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 with BOM"),
    ("utf-16", "UTF-16 (Excel “Unicode text”)"),
    ("cp1251", "Windows-1251 (Russian)"),
    ("cp949", "CP949 (Korean, Windows)"),
    ("euc-kr", "EUC-KR (Korean)"),
    ("cp1252", "Windows-1252 (Western Europe)"),
    ("latin-1", "Latin-1"),
)
#: Delimiters offered for text files.
DELIMITERS: tuple[tuple[str, str], ...] = (
    (",", "Comma  ,"),
    (";", "Semicolon  ;"),
    ("\t", "Tab"),
    ("|", "Pipe  |"),
)
#: Role slots: (key, label, help) in the order the drop-downs appear.
ROLE_SLOTS: tuple[tuple[str, str, str], ...] = (
    ("text1", "Text 1", "The first text of each row, e.g. a question or a sentence."),
    ("text2", "Text 2", "The text that goes with it, e.g. the answer or a similar sentence."),
    (
        "text3",
        "Text 3 (optional)",
        "A text that does NOT match Text 1 (a “negative”). Leave empty if you have none.",
    ),
    (
        "label",
        "Score or label (optional)",
        "How similar the two texts are (a score), or a 0/1 or class label.",
    ),
)
_NONE = "(none)"
#: Most problems listed (a file with thousands of bad rows would otherwise flood the list).
MAX_PROBLEMS_LISTED = 500
_TEXT_FORMATS = ("csv", "tsv", "txt")
_WORKBOOK_FORMATS = ("xlsx", "xls", "ods")
_FORMAT_NAMES = {
    "csv": "CSV text",
    "tsv": "Tab-separated text",
    "txt": "Delimited text",
    "xlsx": "Excel workbook",
    "xls": "Excel 97–2003 workbook",
    "ods": "OpenDocument spreadsheet",
    "json": "JSON",
    "jsonl": "JSON lines",
    "parquet": "Parquet",
}


@dataclass
class LoadResult:
    """What reading a file off the GUI thread produced."""

    table: Table
    roles: ColumnRoles | None
    roles_error: UserFacingError | None
    report: Any


@dataclass
class ReadRequest:
    """How to read the training file (None = let the app detect it)."""

    path: str
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    has_header: bool | None = None
    texts: tuple[str, ...] = ()
    label: str | None = None
    positive_label: str | None = None


def _measured_verdicts(folder: str, texts: list[str]) -> tuple[str, bool]:
    """The chosen model's per-language verdicts on ``texts`` (runs in a worker thread)."""
    from desktop_app.core.coverage import load_tokenizer_of, measure_coverage

    coverage = measure_coverage(load_tokenizer_of(folder), texts)
    return coverage.summary(), not coverage.poorly_known


def _validate(table: Table, roles: ColumnRoles) -> Any:
    """Validate without a model (the model page adds the tokenizer check)."""
    try:
        from desktop_app.core.data.validation import validate
    except ModuleNotFoundError as exc:  # the validation module has not landed yet
        if exc.name != "desktop_app.core.data.validation":
            raise
        return None
    return validate(table, roles)


def _derive_roles(
    table: Table, texts: tuple[str, ...], label: str | None, positive: str | None
) -> tuple[ColumnRoles | None, UserFacingError | None]:
    """Roles from the user's columns when they all exist, else detected ones."""
    from desktop_app.core.data.detection import detect_columns, roles_from_columns

    if (
        texts
        and all(t in table.columns for t in texts)
        and (label is None or label in table.columns)
    ):
        try:
            return roles_from_columns(table, list(texts), label, positive), None
        except DataError:
            if positive is not None:
                try:
                    return roles_from_columns(table, list(texts), label), None
                except DataError:
                    pass
    try:
        return detect_columns(table), None
    except UserFacingError as exc:
        return None, exc


def _load(request: ReadRequest) -> LoadResult:
    """Read, detect and validate (runs in a worker thread)."""
    from desktop_app.core.data.reading import read_table

    table = read_table(
        request.path,
        request.sheet,
        encoding=request.encoding,
        delimiter=request.delimiter,
        has_header=request.has_header,
    )
    roles, error = _derive_roles(table, request.texts, request.label, request.positive_label)
    report = _validate(table, roles) if roles is not None else None
    return LoadResult(table, roles, error, report)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _heading(text: str, scale: float = 1.15) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class DataPage(WizardPage):
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
    title = "Your data"
    subtitle = "The spreadsheet the model learns from."

    def __init__(
        self,
        state: WizardState,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(state, parent)
        self.settings = settings if settings is not None else AppSettings()
        self._tasks: set[BackgroundTask] = set()
        # issue 11: reading and checking the file: a newer request replaces the older one
        self._reader = LatestTask(self)
        self._reader.succeeded.connect(self._on_loaded)
        self._reader.failed.connect(self._on_load_failed)
        self._validator = LatestTask(self)
        self._validator.succeeded.connect(self._on_validated)
        self._validator.failed.connect(self._on_validation_failed)
        self._eval_reader = LatestTask(self)
        self._eval_reader.succeeded.connect(self._on_eval_loaded)
        self._eval_reader.failed.connect(self._on_eval_failed)
        self._loading = False
        self._validating = False
        self._read_error: str | None = None
        self._roles_error: str | None = None
        self.setAcceptDrops(True)
        self._build()
        self.state.project_loaded.connect(self._on_project_loaded)
        self.state.model_changed.connect(self.show_language_note)

    # Building the page ----------------------------------------------------------------------

    def _build(self) -> None:
        self.drop_zone = DropZone(
            "Drop your spreadsheet here",
            "CSV, TSV, Excel (.xlsx), OpenDocument (.ods) or JSON. Each row should hold texts "
            "that belong together, such as a question and its answer.",
        )
        self.drop_zone.browse_requested.connect(self.browse)
        self.message_label = QLabel()
        self.message_label.setObjectName("dataMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        # The rows.
        self.table_model = DataFrameModel(parent=self)
        self.table_view = QTableView()
        self.table_view.setObjectName("dataTable")
        self.table_view.setAccessibleName("Rows of the data file")
        self.table_view.setModel(self.table_model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table_view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        horizontal = self.table_view.horizontalHeader()
        horizontal.setDefaultSectionSize(220)
        horizontal.setMinimumSectionSize(60)
        horizontal.setStretchLastSection(True)
        self.rows_label = QLabel()
        self.rows_label.setObjectName("rowsLabel")

        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.rows_label)
        table_layout.addWidget(self.table_view, 1)

        # The side panel.
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 0, 12, 0)
        side_layout.setSpacing(14)
        side_layout.addWidget(self._build_shape_box())
        side_layout.addWidget(self._build_roles_box())
        side_layout.addWidget(self._build_label_question())
        side_layout.addWidget(self._build_reading_box())
        side_layout.addWidget(self._build_eval_box())
        side_layout.addWidget(self._build_warnings_box())
        side_layout.addWidget(self._build_problems_box())
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(360)

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
        layout.addWidget(_heading("Your data", 1.5))
        layout.addWidget(
            help_label(
                "Give the app the spreadsheet it should learn from. It reads the file, guesses "
                "what each column holds and checks every row; change any guess on the right."
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

    def _build_shape_box(self) -> QWidget:
        box = QGroupBox("What the data are")
        layout = QVBoxLayout(box)
        self.shape_label = QLabel()
        self.shape_label.setObjectName("shapeLabel")
        self.shape_label.setWordWrap(True)
        font = self.shape_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.shape_label.setFont(font)
        self.shape_help = help_label("")
        layout.addWidget(self.shape_label)
        layout.addWidget(self.shape_help)
        return box

    def _build_roles_box(self) -> QWidget:
        box = QGroupBox("Which column is which")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role_combos: dict[str, QComboBox] = {}
        for key, label, help_text in ROLE_SLOTS:
            combo = QComboBox()
            combo.setObjectName(f"role_{key}")
            combo.setAccessibleName(label)
            combo.setToolTip(help_text)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.activated.connect(self._on_roles_edited)
            self.role_combos[key] = combo
            form.addRow(label + ":", combo)
        self.roles_error_label = QLabel()
        self.roles_error_label.setWordWrap(True)
        self.roles_error_label.setStyleSheet(message_box_style("error"))
        self.roles_error_label.hide()
        form.addRow(self.roles_error_label)
        return box

    def _build_label_question(self) -> QWidget:
        self.label_question = QGroupBox("Which value means “similar”?")
        self.label_question.setObjectName("labelQuestion")
        layout = QVBoxLayout(self.label_question)
        layout.addWidget(
            help_label(
                "Your label column holds two values. Some data sets use 1 for “similar”, "
                "others use 0 (“no difference”). Look at the examples and pick the value "
                "whose rows mean the same thing."
            )
        )
        self.label_buttons = QButtonGroup(self)
        self.label_buttons.setExclusive(True)
        self.label_buttons.idClicked.connect(self._on_positive_chosen)
        self._label_options_layout = QVBoxLayout()
        layout.addLayout(self._label_options_layout)
        self._label_values: list[str] = []
        self._label_widgets: list[QWidget] = []
        self.label_question.hide()
        return self.label_question

    def _build_reading_box(self) -> QWidget:
        box = QGroupBox("How the file was read")
        form = self._reading_form = QFormLayout(box)
        self.format_label = QLabel()
        self.format_label.setObjectName("formatLabel")
        form.addRow("Kind of file:", self.format_label)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_combo.setAccessibleName("Text encoding")
        self.encoding_combo.setToolTip(
            "How letters are stored in the file. Change it if the text looks garbled."
        )
        for codec, name in ENCODINGS:
            self.encoding_combo.addItem(name, codec)
        self.encoding_combo.activated.connect(self._on_reading_edited)
        form.addRow("Text encoding:", self.encoding_combo)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setObjectName("delimiterCombo")
        self.delimiter_combo.setAccessibleName("Delimiter between columns")
        self.delimiter_combo.setToolTip("The character between the columns of a row.")
        for char, name in DELIMITERS:
            self.delimiter_combo.addItem(name, char)
        self.delimiter_combo.activated.connect(self._on_reading_edited)
        form.addRow("Columns separated by:", self.delimiter_combo)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setAccessibleName("Sheet of the workbook")
        self.sheet_combo.activated.connect(self._on_reading_edited)
        form.addRow("Sheet:", self.sheet_combo)
        self.header_check = QCheckBox("The first row holds column names")
        self.header_check.setObjectName("headerCheck")
        self.header_check.clicked.connect(self._on_reading_edited)
        form.addRow(self.header_check)
        return box

    def _build_eval_box(self) -> QWidget:
        box = self.eval_box = QGroupBox("Checking the result")  # issue 11: a drop target
        layout = QVBoxLayout(box)
        layout.addWidget(
            help_label(
                "Some rows are kept aside and not learned from; after training the app "
                "measures on them how much the model improved."
            )
        )
        row = QHBoxLayout()
        share_label = QLabel("&Keep aside:")
        self.eval_spin = QSpinBox()
        self.eval_spin.setObjectName("evalShare")
        self.eval_spin.setAccessibleName("Share of rows kept aside for checking, in percent")
        self.eval_spin.setRange(0, 50)
        self.eval_spin.setSuffix(" %")
        self.eval_spin.setValue(round(self.state.config.eval_fraction * 100))
        self.eval_spin.valueChanged.connect(self._on_eval_share_changed)
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
        self.eval_file_button = QPushButton("Use a &separate file…")
        self.eval_file_button.setToolTip(
            "Check the result on another file with the same columns instead of kept-aside rows"
            " (or drop that file on this box)."
        )
        self.eval_file_button.clicked.connect(self.browse_eval_file)
        self.eval_clear_button = QPushButton("Don't use it")
        self.eval_clear_button.clicked.connect(self.clear_eval_file)
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
        return box

    def _build_warnings_box(self) -> QWidget:
        self.warnings_box = QGroupBox("Worth knowing")
        self.warnings_layout = QVBoxLayout(self.warnings_box)
        self.language_label = QLabel()  # the languages of the texts and the chosen model
        self.language_label.setObjectName("languageNote")
        self.language_label.setWordWrap(True)
        self.language_label.hide()
        self.warnings_layout.addWidget(self.language_label)
        self.warnings_box.hide()
        self._warning_labels: list[QLabel] = []
        return self.warnings_box

    def _build_problems_box(self) -> QWidget:
        self.problems_box = QGroupBox("Rows with problems")
        layout = QVBoxLayout(self.problems_box)
        self.problems_summary = help_label("")
        layout.addWidget(self.problems_summary)
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("problemsList")
        self.problems_list.setAccessibleName("Rows with problems; choose one to see the row")
        self.problems_list.setMinimumHeight(140)
        self.problems_list.setWordWrap(True)
        self.problems_list.itemClicked.connect(self._on_problem_clicked)
        self.problems_list.itemActivated.connect(self._on_problem_clicked)
        layout.addWidget(self.problems_list)
        self.problems_box.hide()
        return self.problems_box

    # Opening files ----------------------------------------------------------------------------

    @Slot()
    def browse(self) -> None:
        """Ask for the training file with the system's file dialog."""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open your data", self.settings.last_folder("data"), FILE_FILTER
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Read a new training file (everything is detected afresh)."""
        self.settings.set_last_folder("data", path)
        self._start_read(ReadRequest(path=str(path)))

    def reread(self) -> None:
        """Read the current file again with the choices in ``state.config``."""
        config = self.state.config
        if not config.data_file:
            return
        self._start_read(
            ReadRequest(
                path=config.data_file,
                sheet=config.sheet,
                encoding=config.encoding,
                delimiter=config.delimiter,
                has_header=config.has_header,
                texts=tuple(config.text_columns),
                label=config.label_column,
                positive_label=config.positive_label,
            )
        )

    def _start_read(self, request: ReadRequest) -> None:
        self._loading = True
        self._show_message(f"Reading {Path(request.path).name}…", "info")
        self.completeness_changed.emit()
        self._reader.start(lambda report, cancel: _load(request))

    def _run(self, operation: Any, on_success: Any, on_failure: Any) -> None:
        task = BackgroundTask(operation, self)
        self._tasks.add(task)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        task.finished.connect(lambda: self._forget(task))
        task.start()

    def _forget(self, task: BackgroundTask) -> None:
        self._tasks.discard(task)
        task.deleteLater()

    @Slot(object)
    def _on_load_failed(self, exc: object) -> None:
        self._loading = False  # a replacement file failed: the old table (if any) stays
        text = f"{plain_error(exc).message} {plain_error(exc).hint}".strip()
        self._read_error = text
        self._show_message(text, "error")
        self.completeness_changed.emit()
        self.load_failed.emit(text)

    @Slot(object)
    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, LoadResult)
        self._loading = False
        self._read_error = None
        table = result.table
        config = self.state.config
        new_file = str(table.path) != config.data_file
        config.data_file = str(table.path)
        config.sheet = table.sheet
        config.encoding = table.encoding
        config.delimiter = table.delimiter
        config.has_header = table.has_header
        self.state.table = table
        self.table_model.set_frame(table.frame)
        self._show_message(None)
        self._show_reading(table)
        if new_file and not config.eval_file:
            self.state.eval_table = None
        self._apply_roles(result.roles, result.roles_error, result.report)
        self.drop_zone.set_compact(
            f"{table.path.name}  ·  {len(table.frame):,} rows",
            "Drop another file here to replace it, or browse for one.",
        )
        self._layout.setStretchFactor(self.drop_zone, 0)
        self._fit_columns()
        self.content.show()
        self.table_loaded.emit()

    def _fit_columns(self) -> None:
        """Size columns to their first rows' text (short columns narrow, texts wide)."""
        metrics = self.table_view.fontMetrics()
        model = self.table_model
        for column in range(model.columnCount()):
            texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
            texts += [
                str(model.data(model.index(row, column)) or "")
                for row in range(min(50, model.rowCount()))
            ]
            width = max(metrics.horizontalAdvance(t.split("\n")[0]) for t in texts) + 24
            self.table_view.setColumnWidth(column, max(60, min(width, 360)))

    # Showing what was read ----------------------------------------------------------------------

    def _show_message(self, text: str | None, kind: str = "info") -> None:
        if not text:
            self.message_label.hide()
            return
        self.message_label.setText(text)
        self.message_label.setProperty("kind", kind)
        self.message_label.setStyleSheet(message_box_style(kind))
        self.message_label.show()

    def _show_reading(self, table: Table) -> None:
        self.format_label.setText(_FORMAT_NAMES.get(table.format, table.format))
        text_file = table.format in _TEXT_FORMATS
        self.encoding_combo.setEnabled(text_file and table.encoding is not None)
        if table.encoding:
            codec = _codec(table.encoding)
            index = next(
                (i for i in range(self.encoding_combo.count())
                 if _codec(self.encoding_combo.itemData(i)) == codec),
                -1,
            )  # fmt: skip
            if index < 0:
                self.encoding_combo.addItem(table.encoding, table.encoding)
                index = self.encoding_combo.count() - 1
            self.encoding_combo.setCurrentIndex(index)
        self.delimiter_combo.setEnabled(text_file and table.delimiter is not None)
        if table.delimiter:
            index = self.delimiter_combo.findData(table.delimiter)
            if index < 0:
                self.delimiter_combo.addItem(repr(table.delimiter), table.delimiter)
                index = self.delimiter_combo.count() - 1
            self.delimiter_combo.setCurrentIndex(index)
        self.sheet_combo.clear()
        for name in table.sheets:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.setEnabled(len(table.sheets) > 1)
        if table.sheet:
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(table.sheet)))
        workbook = table.format in _WORKBOOK_FORMATS
        self._reading_form.setRowVisible(self.encoding_combo, text_file)
        self._reading_form.setRowVisible(self.delimiter_combo, text_file)
        self._reading_form.setRowVisible(self.sheet_combo, workbook)
        self.header_check.setEnabled(text_file or workbook)
        self.header_check.setChecked(table.has_header)
        bad = f", {len(table.bad_lines):,} lines could not be read" if table.bad_lines else ""
        self.rows_label.setText(
            f"{len(table.frame):,} rows, {len(table.columns)} columns{bad}. "
            "Rows with problems are tinted."
        )
        columns = table.columns
        for key, combo in self.role_combos.items():
            combo.clear()
            if key in ("text3", "label"):
                combo.addItem(_NONE, None)
            for name in columns:
                combo.addItem(name, name)

    def _apply_roles(
        self, roles: ColumnRoles | None, error: UserFacingError | None, report: Any
    ) -> None:
        """Show the roles, write them to the state, and show the validation report."""
        config = self.state.config
        self.state.roles = roles
        self.state.report = report
        self._roles_error = None if error is None else f"{error.message} {error.hint}".strip()
        if roles is not None:
            config.text_columns = list(roles.texts)
            config.label_column = roles.label
            config.positive_label = roles.positive_label
        self._sync_role_combos(roles)
        if self._roles_error:
            self.roles_error_label.setText(self._roles_error)
            self.roles_error_label.show()
        else:
            self.roles_error_label.hide()
        self._show_shape(roles)
        self._show_label_question(roles)
        self._show_report(report)
        self._update_eval_counts()
        self.completeness_changed.emit()
        self.state.data_changed.emit()

    def _sync_role_combos(self, roles: ColumnRoles | None) -> None:
        if roles is None:
            return
        texts = list(roles.texts) + [None] * (3 - len(roles.texts))
        values = {"text1": texts[0], "text2": texts[1], "text3": texts[2], "label": roles.label}
        for key, combo in self.role_combos.items():
            index = combo.findData(values[key])
            if index >= 0:
                combo.setCurrentIndex(index)

    def _show_shape(self, roles: ColumnRoles | None) -> None:
        if roles is None:
            self.shape_label.setText("Not known yet")
            self.shape_help.setText("Pick the text columns below.")
            return
        from desktop_app.core.data.detection import describe_shape

        self.shape_label.setText(describe_shape(roles))
        helps = {
            "pairs": "The model learns to put each text close to its partner and away from "
            "the other rows' partners.",
            "triplets": "The model learns to put the first text closer to the second than to "
            "the third.",
            "scored-pairs": "The model learns to give each pair the similarity its score says.",
            "labelled-pairs": "The model learns to tell similar pairs from different ones.",
            "classified-pairs": "The model learns from how each pair is related (for example "
            "“same meaning”, “unrelated”, “contradicts”).",
        }
        self.shape_help.setText(helps.get(roles.shape, ""))

    def _show_label_question(self, roles: ColumnRoles | None) -> None:
        for widget in self._label_widgets:
            self._label_options_layout.removeWidget(widget)
            widget.deleteLater()
        for button in self.label_buttons.buttons():
            self.label_buttons.removeButton(button)
        self._label_widgets = []
        self._label_values = []
        table = self.state.table
        if roles is None or roles.shape != "labelled-pairs" or roles.label is None or not table:
            self.label_question.hide()
            return
        frame = table.frame
        column = frame[roles.label]
        values = [v for v in dict.fromkeys(column.tolist()) if v != ""]
        values.sort()
        for i, value in enumerate(values):
            button = QRadioButton(f"“{value}” means similar")
            button.setObjectName(f"positive_{value}")
            self.label_buttons.addButton(button, i)
            button.setChecked(value == roles.positive_label)
            examples = frame[column == value].head(2)
            lines = []
            for _, row in examples.iterrows():
                first = _shorten(row[roles.texts[0]])
                second = _shorten(row[roles.texts[1]])
                lines.append(f"• {first}  ↔  {second}")
            example_label = help_label("Rows with this value:\n" + "\n".join(lines))
            example_label.setIndent(22)
            self._label_options_layout.addWidget(button)
            self._label_options_layout.addWidget(example_label)
            self._label_widgets.extend([button, example_label])
            self._label_values.append(value)
        self.label_question.show()

    def _show_report(self, report: Any) -> None:
        for label in self._warning_labels:
            self.warnings_layout.removeWidget(label)
            label.deleteLater()
        self._warning_labels = []
        self.warning_strip.set_report(report)  # issue 11: the warnings show at the top
        self.warnings_box.setVisible(False)  # (the language note below shows it again)
        self.show_language_note()

        self.problems_list.clear()
        problems = list(getattr(report, "problems", []) or [])
        marks: dict[int, str] = {}
        positions = self._positions([p.row for p in problems])
        for problem, row in zip(problems, positions, strict=True):
            if row < 0:
                continue
            if problem.severity == "error" or row not in marks:
                marks[row] = "error" if problem.severity == "error" else "warning"
        self.table_model.set_row_marks(marks)
        for problem in problems[:MAX_PROBLEMS_LISTED]:
            where = f"Row {problem.row:,}"
            if problem.column:
                where += f", {problem.column}"
            item = QListWidgetItem(f"{where}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.row)
            item.setToolTip("Click to show this row in the table")
            self.problems_list.addItem(item)
        errors = sum(1 for p in problems if p.severity == "error")
        rows_with_errors = len({p.row for p in problems if p.severity == "error"})
        summary = f"{len(problems):,} problems"
        if errors:
            summary += f"; {rows_with_errors:,} rows will be left out of training because of them"
        if len(problems) > MAX_PROBLEMS_LISTED:
            summary += f". The first {MAX_PROBLEMS_LISTED} are listed"
        self.problems_summary.setText(summary + ". Click one to see its row.")
        self.problems_box.setVisible(bool(problems))

    @Slot()
    def show_language_note(self) -> None:
        """Say which languages the texts are in and whether the chosen model knows them."""
        from desktop_app.core.catalog.models import language_note

        state = self.state
        note, fits = "", True
        if state.table is not None and state.roles is not None:
            frame = state.table.frame.head(1000)
            texts = [text for column in state.roles.texts for text in frame[column] if text]
            note, fits = language_note(texts, state.config.model)
        self._set_language_note(note, fits)
        self._language_key = (id(state.table), state.model_path, note)
        if note and state.model_path:
            key, folder = self._language_key, state.model_path
            self._run(
                lambda report, cancel: (key, note, fits, _measured_verdicts(folder, texts)),
                self._on_language_measured,
                self._on_language_measure_failed,
            )

    def _set_language_note(self, note: str, fits: bool) -> None:
        self.language_label.setText(note)
        self.language_label.setProperty("fits", fits)
        self.language_label.setStyleSheet(message_box_style("info" if fits else "warning"))
        self.language_label.setVisible(bool(note))
        if note:
            self.warnings_box.show()

    @Slot(object)
    def _on_language_measured(self, result: object) -> None:
        key, note, fits, (verdicts, knows_all) = result  # type: ignore[misc]
        if key != getattr(self, "_language_key", None) or not verdicts:
            return  # the data or the model changed meanwhile
        self._set_language_note(
            f"{note} Measured with its vocabulary: {verdicts}", fits and knows_all
        )
        self.language_measured.emit()

    @Slot(object)
    def _on_language_measure_failed(self, _exc: object) -> None:
        """Keep the catalogue note: the Base model page reports an unreadable vocabulary."""
        self.language_measured.emit()

    # The user's changes ---------------------------------------------------------------------

    @Slot()
    def _on_reading_edited(self) -> None:
        config = self.state.config
        if self.encoding_combo.isEnabled():
            config.encoding = self.encoding_combo.currentData()
        if self.delimiter_combo.isEnabled():
            config.delimiter = self.delimiter_combo.currentData()
        if self.sheet_combo.isEnabled() and self.sheet_combo.currentData():
            if self.sheet_combo.currentData() != config.sheet:
                config.text_columns, config.label_column = [], None  # another table
            config.sheet = self.sheet_combo.currentData()
        if self.header_check.isEnabled():
            if self.header_check.isChecked() != config.has_header:
                config.text_columns, config.label_column = [], None  # names change
            config.has_header = self.header_check.isChecked()
        self.reread()

    def selected_columns(self) -> tuple[list[str], str | None]:
        """The text columns and the label column chosen in the drop-downs."""
        texts = [
            self.role_combos[key].currentData()
            for key in ("text1", "text2", "text3")
            if self.role_combos[key].currentData()
        ]
        return texts, self.role_combos["label"].currentData()

    def set_columns(self, texts: list[str], label: str | None) -> None:
        """Choose the columns' roles (as the drop-downs do) and re-validate."""
        values = [*texts, None, None, None][:3]
        for key, value in zip(("text1", "text2", "text3"), values, strict=True):
            combo = self.role_combos[key]
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.role_combos["label"].setCurrentIndex(max(0, self.role_combos["label"].findData(label)))
        self._on_roles_edited()

    @Slot()
    def _on_roles_edited(self) -> None:
        table = self.state.table
        if table is None:
            return
        from desktop_app.core.data.detection import roles_from_columns

        texts, label = self.selected_columns()
        try:
            roles = roles_from_columns(table, texts, label)
        except UserFacingError as exc:
            self.state.roles = None
            self.state.report = None
            self._apply_roles(None, exc, None)
            return
        self._revalidate(roles)

    @Slot(int)
    def _on_positive_chosen(self, button_id: int) -> None:
        table, roles = self.state.table, self.state.roles
        if table is None or roles is None or not 0 <= button_id < len(self._label_values):
            return
        from desktop_app.core.data.detection import roles_from_columns

        value = self._label_values[button_id]
        try:
            roles = roles_from_columns(table, list(roles.texts), roles.label, value)
        except UserFacingError as exc:
            self._apply_roles(None, exc, None)
            return
        self._revalidate(roles)

    def choose_positive_label(self, value: str) -> None:
        """Say which label value means "similar" (as the radio buttons do)."""
        if value in self._label_values:
            index = self._label_values.index(value)
            self.label_buttons.button(index).setChecked(True)
            self._on_positive_chosen(index)

    def _revalidate(self, roles: ColumnRoles) -> None:
        """Show the new roles at once; validate off the GUI thread."""
        table = self.state.table
        if table is None:
            return
        config = self.state.config
        config.text_columns = list(roles.texts)
        config.label_column = roles.label
        config.positive_label = roles.positive_label
        self.state.roles = roles
        self._roles_error = None
        self.roles_error_label.hide()
        self._sync_role_combos(roles)
        self._show_shape(roles)
        self._show_label_question(roles)
        self._validating = True
        self.completeness_changed.emit()
        self._validator.start(lambda report, cancel: (roles, _validate(table, roles)))

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
            self.problems_list.setCurrentRow(0)
            self._on_problem_clicked(self.problems_list.item(0))

    @Slot(QListWidgetItem)
    def _on_problem_clicked(self, item: QListWidgetItem) -> None:
        self.select_data_row(int(item.data(Qt.ItemDataRole.UserRole)))

    def _positions(self, data_rows: list[int]) -> list[int]:
        """Table positions of 1-based data row numbers (-1 for rows not in the table)."""
        table = self.state.table
        if table is None or not data_rows:
            return [-1] * len(data_rows)
        return [int(i) for i in table.frame.index.get_indexer(data_rows)]

    def select_data_row(self, data_row: int) -> None:
        """Select and show the row that problems call ``data_row`` (1-based)."""
        self.select_row(self._positions([data_row])[0])

    def select_row(self, row: int) -> None:
        """Select and show a 0-based row of the table."""
        if not 0 <= row < self.table_model.rowCount():
            return
        index = self.table_model.index(row, 0)
        selection = self.table_view.selectionModel()
        selection.select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # Evaluation -------------------------------------------------------------------------------

    def usable_rows(self) -> int:
        """Rows training can use: rows read minus rows with errors."""
        table = self.state.table
        if table is None:
            return 0
        problems = getattr(self.state.report, "problems", []) or []
        bad = {p.row for p in problems if p.severity == "error"}
        in_table = sum(1 for i in self._positions(sorted(bad)) if i >= 0)
        return max(0, len(table.frame) - in_table)

    @staticmethod
    def split_counts(rows: int, fraction: float) -> tuple[int, int]:
        """(rows to train, rows to check) for a held-out share, as the run makes them."""
        from desktop_app.core.training.plan import held_out_split  # the runner's own rule

        split = held_out_split(rows, fraction)
        return split.train_rows, split.held_out_rows

    @Slot(int)
    def _on_eval_share_changed(self, percent: int) -> None:
        self.state.config.eval_fraction = percent / 100
        self._update_eval_counts()
        self.state.data_changed.emit()

    def _update_eval_counts(self) -> None:
        config = self.state.config
        rows = self.usable_rows()
        if config.eval_file:
            self.eval_spin.setEnabled(False)
            eval_rows = len(self.state.eval_table.frame) if self.state.eval_table else None
            counts = f"{eval_rows:,} rows" if eval_rows is not None else "its rows"
            self.eval_counts_label.setText(
                f"All {rows:,} rows are used to train; {counts} of "
                f"{Path(config.eval_file).name} check the result."
            )
            return
        self.eval_spin.setEnabled(True)
        from desktop_app.core.training.plan import held_out_split
        from desktop_app.core.verdict import check_table

        split = held_out_split(rows, config.eval_fraction)
        if split.held_out_rows == 0:
            text = f"{split.train_rows:,} rows to train. {split.note}".strip()
        else:
            text = (
                f"{split.train_rows:,} rows to train, {split.held_out_rows:,} to check the result."
            )
        # Honest results (issue 9): say before training when the result cannot be measured.
        blocked = None
        if self.state.table is not None and self.state.roles is not None and split.held_out_rows:
            blocked = check_table(self.state.table.frame, self.state.roles, config.eval_fraction)
        if blocked is not None:
            text += f"<br><b>The result cannot be measured:</b> {blocked.reason} {blocked.advice}"
        self.eval_counts_label.setText(text)

    @Slot()
    def browse_eval_file(self) -> None:
        """Ask for a separate evaluation file."""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a file to check the result on", self.settings.last_folder("data"),
            FILE_FILTER,
        )  # fmt: skip
        if path:
            self.open_eval_file(path)

    def open_eval_file(self, path: str | Path) -> None:
        """Read a separate evaluation file off the GUI thread."""
        self.settings.set_last_folder("data", path)
        self.state.config.eval_file = str(path)
        self.eval_file_label.setText(f"Reading {Path(path).name}…")
        self.eval_file_label.show()
        self.eval_clear_button.show()
        self._update_eval_counts()
        texts, label = list(self.state.config.text_columns), self.state.config.label_column
        self._eval_reader.start(lambda report, cancel: _read_eval(str(path), texts, label))

    @Slot()
    def clear_eval_file(self) -> None:
        """Go back to keeping aside a share of the training rows."""
        self.state.config.eval_file = None
        self.state.eval_table = None
        self.eval_file_label.hide()
        self.eval_clear_button.hide()
        self._update_eval_counts()
        self.state.data_changed.emit()
        self.eval_loaded.emit()

    @Slot(object)
    def _on_eval_loaded(self, table: object) -> None:
        assert isinstance(table, Table)
        if str(table.path) != self.state.config.eval_file:
            return
        self.state.eval_table = table
        self.eval_file_label.setText(f"{table.path.name}: {len(table.frame):,} rows.")
        self.eval_file_label.setStyleSheet(message_box_style("ok"))
        self._update_eval_counts()
        self.state.data_changed.emit()
        self.eval_loaded.emit()

    @Slot(object)
    def _on_eval_failed(self, exc: object) -> None:
        text = (
            f"{exc.message} {exc.hint}".strip()
            if isinstance(exc, UserFacingError)
            else "The file could not be read."
        )
        self.state.config.eval_file = None
        self.state.eval_table = None
        self.eval_file_label.setText(text)
        self.eval_file_label.setStyleSheet(message_box_style("error"))
        self._update_eval_counts()
        self.state.data_changed.emit()
        self.eval_loaded.emit()

    # Drag and drop anywhere on the page -------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files dragged from the file manager."""
        if local_files(event.mimeData()):
            event.acceptProposedAction()
            self.drop_zone.set_hovering(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the file moves over the page."""
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """Stop highlighting the drop zone."""
        self.drop_zone.set_hovering(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        """Read the dropped file."""
        self.drop_zone.set_hovering(False)
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        # -- issue 11 hook: a file dropped on "Checking the result" is the evaluation file --
        box = self.eval_box
        at = box.mapFrom(self, event.position().toPoint())
        if self.state.table is not None and box.isVisible() and box.rect().contains(at):
            self.open_eval_file(files[0])
            return
        # -- end of issue 11 hook --
        self.open_file(files[0])

    # Wizard hooks -----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Whether a read or a validation is running."""
        return self._loading or self._validating

    def blocking_reason(self) -> str | None:
        """Why the user cannot go on yet."""
        if self._loading:
            return "Reading the file…"
        if self.state.table is None:
            return "Drop a spreadsheet on this page, or click Browse to pick one."
        if self.state.roles is None:
            return "Pick which columns hold the texts."
        if self._validating:
            return "Checking the rows…"
        if self.usable_rows() < 2:
            return "No rows can be used for training: see the problems on the right."
        return None

    @Slot()
    def _on_project_loaded(self) -> None:
        config = self.state.config
        self.eval_spin.blockSignals(True)
        self.eval_spin.setValue(round(config.eval_fraction * 100))
        self.eval_spin.blockSignals(False)
        self.eval_file_label.hide()
        self.eval_clear_button.hide()
        if not config.data_file:
            self.table_model.set_frame(None)
            self.content.hide()
            self.drop_zone.set_compact(None)
            self._layout.setStretchFactor(self.drop_zone, 1)
            self._show_message(None)
            self.completeness_changed.emit()
            return
        if not Path(config.data_file).is_file():
            self.table_model.set_frame(None)
            self.content.hide()
            self.drop_zone.set_compact(None)
            self._layout.setStretchFactor(self.drop_zone, 1)
            self._show_message(
                f"The data file {config.data_file} is not on this computer any more. "
                "Drop it here again, or browse for it; the other settings are kept.",
                "error",
            )
            self.completeness_changed.emit()
            return
        self.reread()
        if config.eval_file and Path(config.eval_file).is_file():
            self.open_eval_file(config.eval_file)

    def shutdown(self) -> None:
        """Stop reads and validations still running."""
        for task in list(self._tasks):
            task.shutdown(10_000)
        self._reader.shutdown(10_000)
        self._validator.shutdown(10_000)
        self._eval_reader.shutdown(10_000)


def _read_eval(path: str, texts: list[str], label: str | None) -> Table:
    """Read an evaluation file and check it has the training file's columns."""
    from desktop_app.core.data.reading import read_table

    table = read_table(path)
    missing = [c for c in [*texts, *([label] if label else [])] if c not in table.columns]
    if missing:
        raise DataError(
            f"{Path(path).name} has no column called {', '.join(repr(m) for m in missing)}.",
            "The file to check the result on needs the same columns as the training file.",
        )
    return table


def _shorten(text: object, limit: int = 60) -> str:
    value = str(text)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
