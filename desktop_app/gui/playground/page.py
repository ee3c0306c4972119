"""The Playground: see how similar a model finds sentences, compare two models, search.

Public API (used by the main window and the wizard's result page):

* ``PlaygroundPage.compare_models(base_ref, trained_path)`` opens compare mode with the two
  models (base on the left, fine-tuned on the right, and their difference);
* ``PlaygroundPage.set_search_corpus(texts, name)`` makes the imported data set searchable;
* ``PlaygroundPage.shutdown()`` stops background work (the window calls it on close).

Everything slow (loading a model, encoding) runs off the GUI thread through
:class:`PlaygroundEngine`; edits are debounced (:attr:`PlaygroundPage.DEBOUNCE_MS`) and
only the newest result is shown.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserFacingError
from desktop_app.core.paths import resources_dir
from desktop_app.gui.playground.engine import MatrixResult, PlaygroundEngine, SearchResult
from desktop_app.gui.playground.model_picker import ModelPicker
from desktop_app.gui.widgets.heatmap import HeatmapWidget
from desktop_app.gui.widgets.styles import message_box_style

#: Example sets offered as buttons: (button text, file in resources/examples).
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("සිංහල Sinhala", "sinhala.txt"),
    ("Русский Russian", "russian.txt"),
    ("한국어 Korean", "korean.txt"),
    ("English", "english.txt"),
)

#: Most sentences shown in one matrix (a 100x100 matrix is already hard to read).
MAX_SENTENCES = 100
#: Most rows of a data set searched.
MAX_CORPUS = 20_000


def parse_lines(text: str, limit: int = MAX_SENTENCES) -> list[str]:
    """Sentences from a text box: one per line, trimmed, empty lines dropped.

    A line pasted from a spreadsheet cell that was quoted (``"…"``) loses the quotes.
    """
    sentences = []
    for line in text.splitlines():
        line = line.strip()
        if len(line) >= 2 and line[0] == line[-1] == '"':
            line = line[1:-1].replace('""', '"').strip()
        if line:
            sentences.append(line)
    return sentences[:limit]


def example_sentences(file_name: str) -> list[str]:
    """The sentences of one bundled example file."""
    path = resources_dir() / "examples" / file_name
    return parse_lines(path.read_text("utf-8"))


class PlaygroundPage(QWidget):
    """Similarity matrices, model comparison and search over a model the user picks.

    Signals:
        matrixShown(object): The :class:`MatrixResult` just painted.
        searchShown(object): The :class:`SearchResult` just listed.
    """

    matrixShown = Signal(object)
    searchShown = Signal(object)

    #: Quiet time after the last keystroke before the matrix is recomputed. Short enough that
    #: keystroke-to-heatmap stays under 200 ms for 20 sentences; cheap because an edit
    #: re-encodes only the changed line (the embedding cache) and a result overtaken by a
    #: newer edit is dropped, so fast typing never queues work.
    DEBOUNCE_MS = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playgroundPage")
        self.engine = PlaygroundEngine(self)
        self._result: MatrixResult | None = None
        self._corpus: list[str] = []
        self._corpus_name = ""
        self._last_edit = time.perf_counter()
        self._started = False
        self._error_box: QWidget | None = None

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._request_matrix)
        self._search_debounce = QTimer(self)
        self._search_debounce.setSingleShot(True)
        self._search_debounce.setInterval(self.DEBOUNCE_MS)
        self._search_debounce.timeout.connect(self._request_search)

        self._build()
        self._connect()

    # ---- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)

        models = QGridLayout()
        models.addWidget(QLabel("Model:"), 0, 0)
        self.picker_a = ModelPicker(accessible_name="Model")
        models.addWidget(self.picker_a, 0, 1)
        self.compare_check = QCheckBox("Compare with a second model:")
        self.compare_check.setToolTip(
            "Show the base model and your fine-tuned model side by side, and what changed."
        )
        models.addWidget(self.compare_check, 1, 0)
        self.picker_b = ModelPicker(accessible_name="Second model")
        self.picker_b.setEnabled(False)
        models.addWidget(self.picker_b, 1, 1)
        models.setColumnStretch(1, 1)
        outer.addLayout(models)

        status_row = QHBoxLayout()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)
        self.status_label = QLabel("Pick a model and type some sentences.")
        self.status_label.setWordWrap(True)
        status_row.addWidget(self.busy_bar)
        status_row.addWidget(self.status_label, 1)
        outer.addLayout(status_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_similarity_tab(), "Similarity")
        self.tabs.addTab(self._build_search_tab(), "Search")
        outer.addWidget(self.tabs, 1)

    def _build_similarity_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("Sentences, one per line (or paste a spreadsheet column):"))
        examples = QHBoxLayout()
        examples.addWidget(QLabel("Examples:"))
        self.example_buttons: dict[str, QPushButton] = {}
        for text, file_name in EXAMPLES:
            button = QPushButton(text)
            button.setProperty("exampleFile", file_name)
            button.clicked.connect(self._on_example_clicked)
            examples.addWidget(button)
            self.example_buttons[file_name] = button
        examples.addStretch(1)
        left_layout.addLayout(examples)
        self.sentences_edit = QPlainTextEdit()
        self.sentences_edit.setAccessibleName("Sentences")
        self.sentences_edit.setPlaceholderText("Type or paste sentences here, one per line.")
        left_layout.addWidget(self.sentences_edit, 2)
        self.against_check = QCheckBox(
            "Compare against a second list (questions down, answers across)"
        )
        left_layout.addWidget(self.against_check)
        self.against_edit = QPlainTextEdit()
        self.against_edit.setAccessibleName("Compare against")
        self.against_edit.setPlaceholderText("Sentences to compare against, one per line.")
        self.against_edit.setVisible(False)
        left_layout.addWidget(self.against_edit, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_coverage_banner())
        # Compare mode is a 2x2 grid: the two models on top, their difference and the pairs
        # that changed most below, so each heatmap keeps cells big enough to show values.
        maps = QGridLayout()
        self.heatmap = HeatmapWidget()
        self.heatmap_b = HeatmapWidget()
        self.heatmap_diff = HeatmapWidget(diverging=True)
        self.heatmap_titles: list[QLabel] = []
        positions = ((0, 0), (0, 1), (1, 0))
        for (widget, title), (row, col) in zip(
            (
                (self.heatmap, "Model"),
                (self.heatmap_b, "Second model"),
                (self.heatmap_diff, "Difference (second − first)"),
            ),
            positions,
            strict=True,
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            self.heatmap_titles.append(label)
            column.addWidget(label)
            column.addWidget(widget, 1)
            holder = QWidget()
            holder.setLayout(column)
            holder.setObjectName(f"heatmapHolder{len(self.heatmap_titles)}")
            maps.addWidget(holder, row, col)
        self.changes_title = QLabel("Pairs that changed most:")
        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName("Pairs that changed most")
        changes = QWidget()
        changes_layout = QVBoxLayout(changes)
        changes_layout.addWidget(self.changes_title)
        changes_layout.addWidget(self.changes_list, 1)
        maps.addWidget(changes, 1, 1)
        self._changes_holder = changes
        self._holders = [self.heatmap.parentWidget(), self.heatmap_b.parentWidget(),
                         self.heatmap_diff.parentWidget()]  # fmt: skip
        right_layout.addLayout(maps, 1)
        self.detail_label = QLabel("Click a cell to see its two sentences and their score.")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.detail_label)
        exports = QHBoxLayout()
        exports.addWidget(QLabel("Export:"))
        self.export_target = QComboBox()
        self.export_target.addItems(["First model", "Second model", "Difference"])
        self.export_target.setAccessibleName("Matrix to export")
        exports.addWidget(self.export_target)
        self.export_buttons: dict[str, QPushButton] = {}
        for kind in ("png", "svg", "csv", "xlsx"):
            button = QPushButton(kind.upper())
            button.setToolTip(
                "Save the heatmap as a picture"
                if kind in {"png", "svg"}
                else "Save the numbers for a spreadsheet"
            )
            button.setProperty("exportKind", kind)
            button.clicked.connect(self._on_export_clicked)
            button.setEnabled(False)
            exports.addWidget(button)
            self.export_buttons[kind] = button
        exports.addStretch(1)
        right_layout.addLayout(exports)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self._set_compare_visible(False)
        return splitter

    def _build_coverage_banner(self) -> QWidget:
        """The banner over the heatmap when the model does not know the sentences' language."""
        banner = QWidget()
        banner.setObjectName("coverageBanner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(0, 0, 0, 0)
        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("coverageText")
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setStyleSheet(message_box_style("warning"))
        self.coverage_button = QPushButton()
        self.coverage_button.setObjectName("useRecommendedModel")
        self.coverage_button.clicked.connect(self._on_use_recommended)
        row.addWidget(self.coverage_label, 1)
        row.addWidget(self.coverage_button)
        self.coverage_banner = banner
        self._recommended_ref = ""
        banner.hide()
        return banner

    def _show_coverage(self, result: MatrixResult) -> None:
        """Warn over the heatmap when the model does not know the sentences' language."""
        coverage = result.coverage_a
        poor = coverage.poorly_known if coverage is not None else []
        if not poor:
            self.coverage_banner.hide()
            return
        from desktop_app.core.catalog import models

        text = " ".join(lang.verdict for lang in poor)
        text += " Its similarity scores for these sentences mean little."
        current = models.spec_for_ref(result.request.model_a)
        recommendation = models.recommend_model(
            coverage.language_codes(), exclude=[current.hub_id] if current else []
        )
        self._recommended_ref = recommendation.spec.hub_id if recommendation else ""
        if recommendation is not None:
            names = [lang.name for lang in coverage.languages if lang.code]
            text += (
                f" Try {recommendation.spec.name}: it knows {models.join_names(names)} and "
                f"{recommendation.cost_text()}."
            )
            self.coverage_button.setText(f"Use {recommendation.spec.name}")
        self.coverage_button.setVisible(recommendation is not None)
        self.coverage_label.setText(text)
        self.coverage_banner.show()

    def coverage_text(self) -> str:
        """What the banner over the heatmap says ("" when hidden)."""
        return "" if self.coverage_banner.isHidden() else self.coverage_label.text()

    @Slot()
    def _on_use_recommended(self) -> None:
        if self._recommended_ref:
            self.coverage_banner.hide()
            self.picker_a.select(self._recommended_ref)

    def _build_search_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.query_edit = QLineEdit()
        self.query_edit.setAccessibleName("Search query")
        self.query_edit.setPlaceholderText("Type a question or a phrase to find the closest rows…")
        layout.addWidget(self.query_edit)
        which = QHBoxLayout()
        which.addWidget(QLabel("Search with:"))
        self.search_model_combo = QComboBox()
        self.search_model_combo.setObjectName("searchModel")
        self.search_model_combo.setAccessibleName("Model to search with")
        self.search_model_combo.setToolTip(
            "The model that finds the closest rows. In compare mode, pick either model."
        )
        which.addWidget(self.search_model_combo, 1)
        layout.addLayout(which)
        self.corpus_label = QLabel()
        self.corpus_label.setWordWrap(True)
        layout.addWidget(self.corpus_label)
        self.use_pasted_check = QCheckBox("Search a pasted list instead")
        layout.addWidget(self.use_pasted_check)
        self.corpus_edit = QPlainTextEdit()
        self.corpus_edit.setAccessibleName("Texts to search")
        self.corpus_edit.setPlaceholderText("Paste the texts to search, one per line.")
        layout.addWidget(self.corpus_edit, 1)
        self.results_table = QTableWidget(0, 3)
        self.results_table.setHorizontalHeaderLabels(["#", "Score", "Text"])
        self.results_table.verticalHeader().setVisible(False)
        self.results_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.results_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results_table.setWordWrap(True)
        layout.addWidget(self.results_table, 2)
        self._update_corpus_label()
        return tab

    def _connect(self) -> None:
        self.picker_a.modelChosen.connect(self._on_model_chosen)
        self.picker_b.modelChosen.connect(self._on_model_chosen)
        self.compare_check.toggled.connect(self._on_compare_toggled)
        self.against_check.toggled.connect(self._on_against_toggled)
        self.sentences_edit.textChanged.connect(self._on_text_changed)
        self.against_edit.textChanged.connect(self._on_text_changed)
        self.query_edit.textChanged.connect(self._on_query_changed)
        self.corpus_edit.textChanged.connect(self._on_query_changed)
        self.use_pasted_check.toggled.connect(self._on_use_pasted_toggled)
        self.search_model_combo.currentIndexChanged.connect(self._on_query_changed)
        self.heatmap.cellClicked.connect(self._on_cell_clicked)
        self.heatmap_b.cellClicked.connect(self._on_cell_clicked)
        self.heatmap_diff.cellClicked.connect(self._on_cell_clicked)
        self.engine.modelLoading.connect(self._on_model_loading)
        self.engine.modelProgress.connect(self._on_model_progress)
        self.engine.modelLoaded.connect(self._on_model_loaded)
        self.engine.modelFailed.connect(self._on_model_failed)
        self.engine.matrixReady.connect(self._on_matrix_ready)
        self.engine.searchReady.connect(self._on_search_ready)
        self.engine.computeFailed.connect(self._on_compute_failed)
        self.engine.busyChanged.connect(self.busy_bar.setVisible)

    # ---- public API -----------------------------------------------------------------------

    def compare_models(self, base_ref: str, trained_path: str) -> None:
        """Open compare mode: ``base_ref`` on the left, the trained model on the right.

        If the sentence box is empty it is filled from the searchable data set (when one was
        given) or with the English examples, so there is something to compare at once.
        """
        self._started = True
        self.tabs.setCurrentIndex(0)
        self.picker_b.refresh()
        self.compare_check.setChecked(True)
        self.picker_a.select(base_ref)
        self.picker_b.select(str(trained_path))
        if not parse_lines(self.sentences_edit.toPlainText()):
            texts = list(dict.fromkeys(self._corpus))[:8] or example_sentences("english.txt")
            self.sentences_edit.setPlainText("\n".join(texts))

    def set_search_corpus(self, texts: list[str], name: str) -> None:
        """Make ``texts`` (e.g. the imported data set's texts) searchable under ``name``."""
        unique = list(dict.fromkeys(t.strip() for t in texts if t and t.strip()))
        self._corpus = unique[:MAX_CORPUS]
        self._corpus_name = name
        self.use_pasted_check.setChecked(False)
        self._update_corpus_label()
        if self.query_edit.text().strip():
            self._search_debounce.start()

    def shutdown(self) -> None:
        """Stop timers and background work; called when the window closes."""
        self._debounce.stop()
        self._search_debounce.stop()
        self.engine.shutdown()

    def set_sentences(self, rows: list[str], columns: list[str] | None = None) -> None:
        """Fill the sentence boxes (``columns`` turns on the second list)."""
        self.against_check.setChecked(columns is not None)
        if columns is not None:
            self.against_edit.setPlainText("\n".join(columns))
        self.sentences_edit.setPlainText("\n".join(rows))

    def select_model(self, ref: str) -> None:
        """Pick and load the (first) model."""
        self._started = True
        self.picker_a.select(ref)

    def current_result(self) -> MatrixResult | None:
        """The result painted last."""
        return self._result

    # ---- models ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Load the default model the first time the page is shown (not at start-up)."""
        super().showEvent(event)
        if not self._started:
            self._started = True
            ref = self.picker_a.current_ref() or self.picker_a.first_available_ref()
            if ref:
                self.picker_a.select(ref)

    def _active_refs(self) -> tuple[str, str | None]:
        ref_b = self.picker_b.current_ref() if self.compare_check.isChecked() else None
        return self.picker_a.current_ref(), ref_b or None

    @Slot(str)
    def _on_model_chosen(self, ref: str) -> None:
        self.engine.load(ref)
        self._refresh_search_models()
        self._schedule(immediate=True)

    def _refresh_search_models(self) -> None:
        """Offer the model(s) shown for search; in compare mode the second (trained) one
        is preselected unless the user picked the first."""
        ref_a, ref_b = self._active_refs()
        wanted = self.search_ref()
        choices = [(self.picker_a.current_label(), ref_a)] if ref_a else []
        if ref_b:
            choices.append((self.picker_b.current_label(), ref_b))
            if wanted != ref_a:
                wanted = ref_b
        combo = self.search_model_combo
        combo.blockSignals(True)
        combo.clear()
        for label, ref in choices:
            combo.addItem(label or Path(ref).name or ref, ref)
        index = combo.findData(wanted)
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)
        if self.query_edit.text().strip():
            self._search_debounce.start()

    def search_ref(self) -> str:
        """The model a search uses: the one chosen under "Search with"."""
        return str(self.search_model_combo.currentData() or self.picker_a.current_ref() or "")

    @Slot(str)
    def _on_model_loading(self, ref: str) -> None:
        self.status_label.setText(
            f"Loading {Path(ref).name or ref}… (the first model takes a few seconds)"
        )

    @Slot(str, object)
    def _on_model_progress(self, ref: str, value: object) -> None:
        done, total = value if isinstance(value, tuple) else (0, 0)
        if total:
            self.status_label.setText(
                f"Downloading {ref}: {done / 1e6:.0f} of {total / 1e6:.0f} MB…"
            )

    @Slot(str)
    def _on_model_loaded(self, ref: str) -> None:
        if ref in self._active_refs():
            self.status_label.setText("Model ready. The matrix follows your typing.")
            self._schedule(immediate=True)
            if self.query_edit.text().strip():
                self._search_debounce.start()

    @Slot(str, object)
    def _on_model_failed(self, ref: str, exc: object) -> None:
        self.status_label.setText(f"Could not load {ref}.")
        self._show_error(exc)

    # ---- similarity -----------------------------------------------------------------------

    @Slot(bool)
    def _on_compare_toggled(self, on: bool) -> None:
        self.picker_b.setEnabled(on)
        self._set_compare_visible(on)
        self._refresh_search_models()
        if on and self.picker_b.current_ref():
            self.engine.load(self.picker_b.current_ref())
        self._schedule(immediate=True)

    def _set_compare_visible(self, on: bool) -> None:
        self._holders[1].setVisible(on)
        self._holders[2].setVisible(on)
        self._changes_holder.setVisible(on)
        self.export_target.setVisible(on)
        if not on:
            self.export_target.setCurrentIndex(0)

    @Slot(bool)
    def _on_against_toggled(self, on: bool) -> None:
        self.against_edit.setVisible(on)
        self._schedule(immediate=True)

    @Slot()
    def _on_example_clicked(self) -> None:
        file_name = self.sender().property("exampleFile")
        self.sentences_edit.setPlainText("\n".join(example_sentences(str(file_name))))

    @Slot()
    def _on_text_changed(self) -> None:
        self._last_edit = time.perf_counter()
        self._debounce.start()

    def _schedule(self, *, immediate: bool = False) -> None:
        if immediate:
            self._debounce.start(0)
        else:
            self._debounce.start()

    def current_sentences(self) -> tuple[list[str], list[str] | None]:
        """The rows and (when the second list is on) the columns the matrix is about."""
        rows = parse_lines(self.sentences_edit.toPlainText())
        columns = None
        if self.against_check.isChecked():
            columns = parse_lines(self.against_edit.toPlainText())
        return rows, columns

    @Slot()
    def _request_matrix(self) -> None:
        self._debounce.setInterval(self.DEBOUNCE_MS)
        rows, columns = self.current_sentences()
        ref_a, ref_b = self._active_refs()
        if not rows or (columns is not None and not columns):
            self._result = None
            for widget in (self.heatmap, self.heatmap_b, self.heatmap_diff):
                widget.clear()
            self.changes_list.clear()
            self._set_exports_enabled(False)
            self.coverage_banner.hide()
            return
        if not ref_a:
            return
        for ref in (ref_a, ref_b):
            if ref and not self.engine.is_loaded(ref):
                self.engine.load(ref)
        self.engine.request_matrix(rows, columns, ref_a, ref_b, requested_at=self._last_edit)

    @Slot(object)
    def _on_matrix_ready(self, result: MatrixResult) -> None:
        request = result.request
        if (list(request.rows), None if request.columns is None else list(request.columns)) != (
            self.current_sentences()
        ) or (request.model_a, request.model_b) != self._active_refs():
            return  # the user moved on; a newer request is on its way
        self._result = result
        rows = list(request.rows)
        columns = None if request.columns is None else list(request.columns)
        self.heatmap.set_data(result.matrix_a, rows, columns)
        self.heatmap_titles[0].setText(self.picker_a.current_label())
        if result.matrix_b is not None and result.difference is not None:
            self.heatmap_b.set_data(result.matrix_b, rows, columns)
            self.heatmap_diff.set_data(result.difference, rows, columns)
            self.heatmap_titles[1].setText(self.picker_b.current_label())
            self._show_changes(result)
        else:
            self.changes_list.clear()
        self._set_exports_enabled(True)
        self._show_coverage(result)
        self.heatmap.repaint()
        status = f"{len(rows)}×{len(columns or rows)} matrix in {result.compute_s * 1000:.0f} ms."
        if MAX_SENTENCES in (len(rows), len(columns or [])):
            status += f" Only the first {MAX_SENTENCES} lines of a list are shown."
        self.status_label.setText(status)
        self.matrixShown.emit(result)

    def _show_changes(self, result: MatrixResult) -> None:
        self.changes_list.clear()
        for change in result.changes:
            self.changes_list.addItem(
                f"{change.before:.2f} → {change.after:.2f} ({change.change:+.2f}):  "
                f"{change.row_text}  ↔  {change.column_text}"
            )

    @Slot(int, int)
    def _on_cell_clicked(self, row: int, column: int) -> None:
        result = self._result
        if result is None:
            return
        rows = list(result.request.rows)
        columns = list(result.request.columns or result.request.rows)
        parts = [
            f"<b>{_escape(rows[row])}</b><br>↔<br><b>{_escape(columns[column])}</b><br>",
            f"Similarity: {result.matrix_a[row, column]:.3f}",
        ]
        if result.matrix_b is not None:
            parts.append(
                f" → {result.matrix_b[row, column]:.3f} with the second model "
                f"({result.difference[row, column]:+.3f})"
            )
        self.detail_label.setText("".join(parts))

    def _set_exports_enabled(self, on: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(on)

    # ---- export ---------------------------------------------------------------------------

    def _export_matrix(self) -> tuple[np.ndarray, str, bool]:
        result = self._result
        if result is None:
            raise UserFacingError("There is no matrix to export yet.", "Type some sentences first.")
        target = self.export_target.currentIndex() if result.matrix_b is not None else 0
        if target == 1:
            return result.matrix_b, self.picker_b.current_label(), False
        if target == 2:
            return result.difference, "Difference (second − first)", True
        return result.matrix_a, self.picker_a.current_label(), False

    def export_to(self, path: str | Path, kind: str | None = None) -> Path:
        """Write the shown matrix to ``path`` as PNG, SVG, CSV or XLSX (from the suffix)."""
        from desktop_app.core.exporting import matrix_to_csv, matrix_to_xlsx, save_figure

        path = Path(path)
        kind = (kind or path.suffix.lstrip(".")).lower()
        matrix, title, diverging = self._export_matrix()
        request = self._result.request
        rows = list(request.rows)
        columns = None if request.columns is None else list(request.columns)
        if kind == "csv":
            return matrix_to_csv(path, matrix, rows, columns)
        if kind == "xlsx":
            return matrix_to_xlsx(path, matrix, rows, columns)
        from desktop_app.core.plotting.heatmap import heatmap_figure

        figure = heatmap_figure(matrix, rows, columns, title=title, diverging=diverging)
        return save_figure(figure, path)

    @Slot()
    def _on_export_clicked(self) -> None:
        kind = str(self.sender().property("exportKind"))
        filters = {
            "png": "PNG picture (*.png)",
            "svg": "SVG picture (*.svg)",
            "csv": "CSV file (*.csv)",
            "xlsx": "Excel workbook (*.xlsx)",
        }
        path, _ = QFileDialog.getSaveFileName(
            self, "Export", str(Path.home() / f"similarity.{kind}"), filters[kind]
        )
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        try:
            written = self.export_to(path, kind)
        except Exception as exc:  # shown to the user, never a crash
            self._show_error(exc)
        else:
            self.status_label.setText(f"Saved {written}.")

    # ---- search ---------------------------------------------------------------------------

    def _update_corpus_label(self) -> None:
        if self._corpus and not self.use_pasted_check.isChecked():
            self.corpus_label.setText(
                f"Searching {len(self._corpus):,} texts from {self._corpus_name}."
            )
        elif self.use_pasted_check.isChecked() or not self._corpus:
            self.corpus_label.setText(
                "Searching the pasted list below. Import a data set on the Train tab to search it."
            )
        self.corpus_edit.setVisible(self.use_pasted_check.isChecked() or not self._corpus)
        self.use_pasted_check.setVisible(bool(self._corpus))

    @Slot(bool)
    def _on_use_pasted_toggled(self, on: bool) -> None:
        self._update_corpus_label()
        self._search_debounce.start()

    def search_corpus(self) -> list[str]:
        """The texts a search looks through now."""
        if self._corpus and not self.use_pasted_check.isChecked():
            return self._corpus
        return parse_lines(self.corpus_edit.toPlainText(), limit=MAX_CORPUS)

    @Slot()
    def _on_query_changed(self) -> None:
        self._search_debounce.start()

    @Slot()
    def _request_search(self) -> None:
        query = self.query_edit.text().strip()
        corpus = self.search_corpus()
        ref = self.search_ref()
        if not query or not corpus or not ref:
            self.results_table.setRowCount(0)
            return
        if not self.engine.is_loaded(ref):
            self.engine.load(ref)
        if len(corpus) > 500 and not self.engine.is_busy():
            self.status_label.setText(f"Reading {len(corpus):,} texts for search (once)…")
        self.engine.request_search(ref, query, corpus, top_k=10)

    @Slot(object)
    def _on_search_ready(self, result: SearchResult) -> None:
        if result.request.query != self.query_edit.text().strip():
            return
        if result.request.model != self.search_ref():
            return  # the user picked another model to search with; its result follows
        self.results_table.setRowCount(len(result.hits))
        for row, hit in enumerate(result.hits):
            self.results_table.setItem(row, 0, QTableWidgetItem(str(hit.index + 1)))
            self.results_table.setItem(row, 1, QTableWidgetItem(f"{hit.score:.3f}"))
            item = QTableWidgetItem(hit.text)
            item.setToolTip(hit.text)
            self.results_table.setItem(row, 2, item)
        self.results_table.resizeRowsToContents()
        label = self.search_model_combo.currentText() or Path(result.request.model).name
        self.status_label.setText(f"Searched with {label} in {result.compute_s * 1000:.0f} ms.")
        self.searchShown.emit(result)

    def search_results(self) -> list[tuple[int, float, str]]:
        """The listed hits as (corpus index, score, text)."""
        results = []
        for row in range(self.results_table.rowCount()):
            results.append(
                (
                    int(self.results_table.item(row, 0).text()) - 1,
                    float(self.results_table.item(row, 1).text()),
                    self.results_table.item(row, 2).text(),
                )
            )
        return results

    # ---- errors ---------------------------------------------------------------------------

    @Slot(object)
    def _on_compute_failed(self, exc: object) -> None:
        self.status_label.setText("The matrix could not be computed.")
        self._show_error(exc)

    def _show_error(self, exc: object) -> None:
        from desktop_app.gui.dialogs import show_error

        if not isinstance(exc, BaseException):
            exc = RuntimeError(str(exc))
        self._error_box = show_error(self, exc)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
