"""The Playground: see how similar a model finds sentences, compare two models, search.

Public API (used by the main window and the wizard's result page):

* ``PlaygroundPage.compare_models(base_ref, trained_path)`` opens compare mode with the two
  models (base on the left, fine-tuned on the right, and their difference);
* ``PlaygroundPage.set_search_corpus(texts, name)`` makes the imported data set searchable;
* ``PlaygroundPage.shutdown()`` stops background work (the window calls it on close).

Everything slow (loading a model, encoding) runs off the GUI thread through
:class:`PlaygroundEngine`; edits are debounced (:attr:`PlaygroundPage.DEBOUNCE_MS`) and
only the newest result is shown. The page wires the pickers, the two tabs
(:class:`CompareView`, :class:`SearchPanel`) and the engine together; the rules and texts
live in :mod:`desktop_app.core.playground`.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import playground
from desktop_app.core.errors import UserFacingError
from desktop_app.core.playground import (
    compare_seed,
    coverage_advice,
    download_text,
    export_matrix,
    export_path,
    loading_text,
    matrix_status,
    nothing_to_compare,
    parse_lines,
    request_is_current,
    search_choices,
    search_needs_reading_note,
    search_status,
    short_model_name,
    write_matrix,
)
from desktop_app.gui.i18n import translate
from desktop_app.gui.playground.compare_view import CompareView
from desktop_app.gui.playground.engine import MatrixResult, PlaygroundEngine, SearchResult
from desktop_app.gui.playground.model_picker import ModelPicker
from desktop_app.gui.playground.search_panel import SearchPanel


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
        models.addWidget(QLabel(translate("PlaygroundPage", "Model:")), 0, 0)
        self.picker_a = ModelPicker(accessible_name=translate("PlaygroundPage", "Model"))
        models.addWidget(self.picker_a, 0, 1)
        self.compare_check = QCheckBox(translate("PlaygroundPage", "Compare with a second model:"))
        self.compare_check.setToolTip(
            translate(
                "PlaygroundPage",
                "Show the base model and your fine-tuned model side by side, and what changed.",
            )
        )
        models.addWidget(self.compare_check, 1, 0)
        self.picker_b = ModelPicker(accessible_name=translate("PlaygroundPage", "Second model"))
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
        self.status_label = QLabel(
            translate("PlaygroundPage", "Pick a model and type some sentences.")
        )
        self.status_label.setWordWrap(True)
        status_row.addWidget(self.busy_bar)
        status_row.addWidget(self.status_label, 1)
        outer.addLayout(status_row)

        self.compare = CompareView()
        self.search = SearchPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.compare, translate("PlaygroundPage", "Similarity"))
        self.tabs.addTab(self.search, translate("PlaygroundPage", "Search"))
        outer.addWidget(self.tabs, 1)

        # the tabs' widgets under the names the window, tests and benchmarks use
        view, panel = self.compare, self.search
        self.example_buttons = view.example_buttons
        self.sentences_edit = view.sentences_edit
        self.against_check = view.against_check
        self.against_edit = view.against_edit
        self.heatmap, self.heatmap_b, self.heatmap_diff = (
            view.heatmap,
            view.heatmap_b,
            view.heatmap_diff,
        )
        self.heatmap_titles = view.heatmap_titles
        self.changes_list = view.changes_list
        self.detail_label = view.detail_label
        self.export_target = view.export_target
        self.export_buttons = view.export_buttons
        self.coverage_banner = view.coverage_banner
        self.coverage_label = view.coverage_label
        self.coverage_button = view.coverage_button
        self.query_edit = panel.query_edit
        self.search_model_combo = panel.search_model_combo
        self.corpus_label = panel.corpus_label
        self.use_pasted_check = panel.use_pasted_check
        self.corpus_edit = panel.corpus_edit
        self.results_table = panel.results_table

    def _connect(self) -> None:
        self.picker_a.modelChosen.connect(self._on_model_chosen)
        self.picker_b.modelChosen.connect(self._on_model_chosen)
        self.compare_check.toggled.connect(self._on_compare_toggled)
        self.compare.againstToggled.connect(self._on_against_toggled)
        self.compare.sentencesEdited.connect(self._on_text_changed)
        self.compare.exportRequested.connect(self._on_export_requested)
        self.compare.recommendedChosen.connect(self.picker_a.select)
        self.search.searchEdited.connect(self._search_debounce.start)
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
            self.sentences_edit.setPlainText("\n".join(compare_seed(self.search.corpus)))

    def set_search_corpus(self, texts: list[str], name: str) -> None:
        """Make ``texts`` (e.g. the imported data set's texts) searchable under ``name``."""
        self.search.set_corpus(texts, name)
        if self.search.query():
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
        return self.compare.result

    def current_sentences(self) -> tuple[list[str], list[str] | None]:
        """The rows and (when the second list is on) the columns the matrix is about."""
        return self.compare.current_sentences()

    def coverage_text(self) -> str:
        """What the banner over the heatmap says ("" when hidden)."""
        return self.compare.coverage_text()

    def search_ref(self) -> str:
        """The model a search uses: the one chosen under "Search with"."""
        return str(self.search_model_combo.currentData() or self.picker_a.current_ref() or "")

    def search_corpus(self) -> list[str]:
        """The texts a search looks through now."""
        return self.search.search_corpus()

    def search_results(self) -> list[tuple[int, float, str]]:
        """The listed hits as (corpus index, score, text)."""
        return self.search.search_results()

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
        """Offer the model(s) shown for search (the core picks which one is selected)."""
        ref_a, ref_b = self._active_refs()
        second = (self.picker_b.current_label(), ref_b) if ref_b else None
        choices, wanted = search_choices(
            (self.picker_a.current_label(), ref_a), second, self.search_ref()
        )
        self.search.set_model_choices(choices, wanted)
        if self.search.query():
            self._search_debounce.start()

    @Slot(str)
    def _on_model_loading(self, ref: str) -> None:
        self.status_label.setText(loading_text(ref))

    @Slot(str, object)
    def _on_model_progress(self, ref: str, value: object) -> None:
        done, total = value if isinstance(value, tuple) else (0, 0)
        text = download_text(ref, done, total)
        if text:
            self.status_label.setText(text)

    @Slot(str)
    def _on_model_loaded(self, ref: str) -> None:
        if ref in self._active_refs():
            self.status_label.setText(
                translate("PlaygroundPage", "Model ready. The matrix follows your typing.")
            )
            self._schedule(immediate=True)
            if self.search.query():
                self._search_debounce.start()

    @Slot(str, object)
    def _on_model_failed(self, ref: str, exc: object) -> None:
        self.status_label.setText(
            translate("PlaygroundPage", "Could not load {model}.").format(model=ref)
        )
        self._show_error(exc)

    # ---- similarity -----------------------------------------------------------------------

    @Slot(bool)
    def _on_compare_toggled(self, on: bool) -> None:
        self.picker_b.setEnabled(on)
        self.compare.set_compare_visible(on)
        self._refresh_search_models()
        if on and self.picker_b.current_ref():
            self.engine.load(self.picker_b.current_ref())
        self._schedule(immediate=True)

    @Slot(bool)
    def _on_against_toggled(self, _on: bool) -> None:
        self._schedule(immediate=True)

    @Slot()
    def _on_text_changed(self) -> None:
        self._last_edit = time.perf_counter()
        self._debounce.start()

    def _schedule(self, *, immediate: bool = False) -> None:
        if immediate:
            self._debounce.start(0)
        else:
            self._debounce.start()

    @Slot()
    def _request_matrix(self) -> None:
        self._debounce.setInterval(self.DEBOUNCE_MS)
        rows, columns = self.current_sentences()
        ref_a, ref_b = self._active_refs()
        if nothing_to_compare(rows, columns):
            self.compare.clear()
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
        if not request_is_current(
            request.rows, request.columns, (request.model_a, request.model_b),
            *self.current_sentences(), self._active_refs(),
        ):  # fmt: skip
            return  # the user moved on; a newer request is on its way
        advice = coverage_advice(result.coverage_a, request.model_a)
        self.compare.show_result(
            result, self.picker_a.current_label(), self.picker_b.current_label(), advice
        )
        self.status_label.setText(matrix_status(request.rows, request.columns, result.compute_s))
        self.matrixShown.emit(result)

    # ---- export ---------------------------------------------------------------------------

    def export_to(self, path: str | Path, kind: str | None = None) -> Path:
        """Write the shown matrix to ``path`` as PNG, SVG, CSV or XLSX (from the suffix)."""
        result = self.compare.result
        if result is None:
            raise UserFacingError(
                translate("PlaygroundPage", "There is no matrix to export yet."),
                translate("PlaygroundPage", "Type some sentences first."),
            )
        matrix, title, diverging = export_matrix(
            self.export_target.currentIndex(),
            result.matrix_a,
            result.matrix_b,
            result.difference,
            self.picker_a.current_label(),
            self.picker_b.current_label(),
        )
        request = result.request
        return write_matrix(
            path, matrix, request.rows, request.columns,
            kind=kind, title=title, diverging=diverging,
        )  # fmt: skip

    @Slot(str)
    def _on_export_requested(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("PlaygroundPage", "Export"),
            str(Path.home() / f"similarity.{kind}"),
            playground.export_filter(kind),
        )
        if not path:
            return
        try:
            written = self.export_to(export_path(path, kind), kind)
        except Exception as exc:  # shown to the user, never a crash
            self._show_error(exc)
        else:
            self.status_label.setText(
                translate("PlaygroundPage", "Saved {path}.").format(path=written)
            )

    # ---- search ---------------------------------------------------------------------------

    @Slot()
    def _request_search(self) -> None:
        query = self.search.query()
        corpus = self.search_corpus()
        ref = self.search_ref()
        if not query or not corpus or not ref:
            self.search.clear_hits()
            return
        if not self.engine.is_loaded(ref):
            self.engine.load(ref)
        note = search_needs_reading_note(len(corpus), self.engine.is_busy())
        if note:
            self.status_label.setText(note)
        self.engine.request_search(ref, query, corpus, top_k=10)

    @Slot(object)
    def _on_search_ready(self, result: SearchResult) -> None:
        if result.request.query != self.search.query():
            return
        if result.request.model != self.search_ref():
            return  # the user picked another model to search with; its result follows
        self.search.show_hits(result.hits)
        label = self.search_model_combo.currentText() or short_model_name(result.request.model)
        self.status_label.setText(search_status(label, result.compute_s))
        self.searchShown.emit(result)

    # ---- errors ---------------------------------------------------------------------------

    @Slot(object)
    def _on_compute_failed(self, exc: object) -> None:
        self.status_label.setText(translate("PlaygroundPage", "The matrix could not be computed."))
        self._show_error(exc)

    def _show_error(self, exc: object) -> None:
        from desktop_app.gui.dialogs import show_error

        if not isinstance(exc, BaseException):
            exc = RuntimeError(str(exc))
        self._error_box = show_error(self, exc)
