"""The Playground's engine: loads models and computes matrices and searches off the GUI thread.

Lives on the GUI thread; every long operation runs in a :class:`BackgroundTask`. Models are
loaded once and kept (keyed by what the user picked); embeddings are cached per model, prompt
and sentence in one :class:`EmbeddingCache`. Computations go through one lane, so a model is
never used by two threads at once: while one runs, only the newest request of each kind
waits, and a result whose request was overtaken by a newer one is dropped (stale), so the
user always ends up seeing the matrix of what the text box holds now.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.coverage import CoverageReport, measure_coverage
from desktop_app.core.similarity import (
    EmbeddingCache,
    PairChange,
    SearchHit,
    most_changed_pairs,
    search,
    similarity_matrix,
)
from desktop_app.gui.workers.background import BackgroundTask, LatestTask, plain_error


@dataclass(frozen=True)
class MatrixRequest:
    """What to compute: sentences (and optional columns) under one or two models."""

    rows: tuple[str, ...]
    columns: tuple[str, ...] | None
    model_a: str
    model_b: str | None = None
    requested_at: float = field(default_factory=time.perf_counter)


@dataclass(frozen=True)
class MatrixResult:
    """A computed matrix (and, in compare mode, the second model's and the difference)."""

    request: MatrixRequest
    matrix_a: np.ndarray
    matrix_b: np.ndarray | None
    difference: np.ndarray | None
    changes: list[PairChange]
    compute_s: float
    coverage_a: CoverageReport | None = None


@dataclass(frozen=True)
class SearchRequest:
    """A query against a corpus under one model."""

    model: str
    query: str
    corpus: tuple[str, ...]
    top_k: int = 10


@dataclass(frozen=True)
class SearchResult:
    """Ranked hits for a search request."""

    request: SearchRequest
    hits: list[SearchHit]
    compute_s: float


def _leave_a_core_to_the_gui() -> None:
    """Use one CPU core fewer than torch would, unless someone already chose a number.

    Encoding with every core makes the window stutter, and when other programs keep the CPU
    busy torch's worker threads wait for each other: on a busy 2-core machine one thread
    encoded a sentence in 38 ms where two took 240 ms.
    """
    import os

    import torch

    cores = os.cpu_count() or 1
    if cores > 1 and torch.get_num_threads() >= cores:
        torch.set_num_threads(cores - 1)


def _coverage_of(model: Any, texts: list[str]) -> CoverageReport | None:
    """How well ``model``'s tokenizer knows the languages of ``texts`` (None without one).

    A few milliseconds for a screenful of sentences; it runs in the worker with the matrix.
    """
    tokenizer = getattr(model, "tokenizer", None)
    if tokenizer is None:
        return None
    try:
        return measure_coverage(tokenizer, texts)
    except (TypeError, ValueError, KeyError, AttributeError):  # an unusual tokenizer
        return None


def load_playground_model(ref: str, report: Callable[[Any], None], cancel) -> Any:
    """Load a model for the Playground, downloading a catalogue model first if needed.

    Runs in a worker thread. ``report`` receives ``(done_bytes, total_bytes)`` while a
    download runs.
    """
    from desktop_app.core.catalog import models

    _leave_a_core_to_the_gui()
    if not models.is_on_this_computer(ref) and models.find_model(ref) is not None:
        models.download_model(
            models.find_model(ref).hub_id,
            on_progress=lambda done, total: report((done, total)),
            cancel=cancel,
        )
    return models.load_model(ref)


class PlaygroundEngine(QObject):
    """Loads models and runs similarity work in the background for the Playground.

    Signals:
        modelLoading(str): A model started loading.
        modelProgress(str, object): Download progress ``(done_bytes, total_bytes)``.
        modelLoaded(str): A model is ready (also emitted at once for a cached model).
        modelFailed(str, object): A model could not be loaded; the exception.
        matrixReady(object): A :class:`MatrixResult` for the newest matrix request.
        searchReady(object): A :class:`SearchResult` for the newest search request.
        computeFailed(object): A computation raised; the exception.
        busyChanged(bool): Whether anything runs in the background.
    """

    modelLoading = Signal(str)
    modelProgress = Signal(str, object)
    modelLoaded = Signal(str)
    modelFailed = Signal(str, object)
    matrixReady = Signal(object)
    searchReady = Signal(object)
    computeFailed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, loader=load_playground_model) -> None:
        super().__init__(parent)
        self._loader = loader
        self._models: dict[str, Any] = {}
        self._loading: dict[BackgroundTask, str] = {}
        self._pending: dict[str, MatrixRequest | SearchRequest] = {}
        # one computation at a time; only the newest one's result is delivered
        self._lane = LatestTask(self)
        self._lane.succeeded.connect(self._on_computed)
        self._lane.failed.connect(self._on_compute_failed)
        self._lane_request: MatrixRequest | SearchRequest | None = None
        self._busy = False
        self._closing = False
        self.cache = EmbeddingCache()

    # ---- models ---------------------------------------------------------------------------

    def model(self, ref: str) -> Any | None:
        """The loaded model for ``ref``, or None."""
        return self._models.get(ref)

    def is_loaded(self, ref: str) -> bool:
        """Whether ``ref`` is loaded and ready."""
        return ref in self._models

    def is_loading(self, ref: str) -> bool:
        """Whether ``ref`` is being loaded."""
        return ref in self._loading.values()

    def add_model(self, ref: str, model: Any) -> None:
        """Register an already loaded model under ``ref`` (e.g. one the wizard just trained)."""
        self._models[ref] = model
        self.modelLoaded.emit(ref)

    def load(self, ref: str) -> None:
        """Load ``ref`` in the background unless it is loaded or loading already."""
        if not ref or self._closing:
            return
        if ref in self._models:
            self.modelLoaded.emit(ref)
            return
        if self.is_loading(ref):
            return
        loader = self._loader
        task = BackgroundTask(lambda report, cancel: loader(ref, report, cancel), self)
        self._loading[task] = ref
        task.progress.connect(self._on_load_progress)
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_load_failed)
        task.finished.connect(self._on_task_finished)
        self.modelLoading.emit(ref)
        task.start()
        self._update_busy()

    @Slot(object)
    def _on_load_progress(self, value: object) -> None:
        ref = self._loading.get(self.sender())
        if ref is not None:
            self.modelProgress.emit(ref, value)

    @Slot(object)
    def _on_loaded(self, model: object) -> None:
        ref = self._loading.pop(self.sender(), None)
        if ref is None:
            return
        self._models[ref] = model
        self._update_busy()
        self.modelLoaded.emit(ref)
        self._pump()

    @Slot(object)
    def _on_load_failed(self, exc: object) -> None:
        ref = self._loading.pop(self.sender(), None)
        self._update_busy()
        if ref is not None:
            self.modelFailed.emit(ref, plain_error(exc))

    # ---- computations ---------------------------------------------------------------------

    def request_matrix(
        self,
        rows: list[str],
        columns: list[str] | None,
        model_a: str,
        model_b: str | None = None,
        *,
        requested_at: float | None = None,
    ) -> MatrixRequest:
        """Ask for a matrix; it replaces any older matrix request still waiting."""
        request = MatrixRequest(
            rows=tuple(rows),
            columns=None if columns is None else tuple(columns),
            model_a=model_a,
            model_b=model_b,
            requested_at=time.perf_counter() if requested_at is None else requested_at,
        )
        self._pending["matrix"] = request
        self._pump()
        return request

    def request_search(
        self, model: str, query: str, corpus: list[str], top_k: int = 10
    ) -> SearchRequest:
        """Ask for a search; it replaces any older search request still waiting."""
        request = SearchRequest(model, query, tuple(corpus), top_k)
        self._pending["search"] = request
        self._pump()
        return request

    def _runnable(self, request: MatrixRequest | SearchRequest) -> bool:
        refs = (
            [request.model_a, request.model_b]
            if isinstance(request, MatrixRequest)
            else [request.model]
        )
        return all(ref is None or ref in self._models for ref in refs)

    def _pump(self) -> None:
        """Start the next waiting request whose models are loaded, if the lane is free."""
        if self._lane.is_running() or self._closing:
            return
        for kind in ("matrix", "search"):
            request = self._pending.get(kind)
            if request is not None and self._runnable(request):
                del self._pending[kind]
                self._start(request)
                return

    def _start(self, request: MatrixRequest | SearchRequest) -> None:
        cache = self.cache
        if isinstance(request, MatrixRequest):
            model_a = self._models[request.model_a]
            model_b = self._models.get(request.model_b) if request.model_b else None

            def operation(report, cancel) -> MatrixResult:
                started = time.perf_counter()
                rows = list(request.rows)
                columns = None if request.columns is None else list(request.columns)
                matrix_a = similarity_matrix(model_a, rows, columns, cache=cache)
                matrix_b = difference = None
                changes: list[PairChange] = []
                if model_b is not None:
                    matrix_b = similarity_matrix(model_b, rows, columns, cache=cache)
                    difference = matrix_b - matrix_a
                    changes = most_changed_pairs(matrix_a, matrix_b, rows, columns, top=10)
                compute_s = time.perf_counter() - started
                coverage = _coverage_of(model_a, rows + (columns or []))
                return MatrixResult(
                    request, matrix_a, matrix_b, difference, changes, compute_s, coverage
                )

        else:
            model = self._models[request.model]

            def operation(report, cancel) -> SearchResult:
                started = time.perf_counter()
                hits = search(model, request.query, list(request.corpus), request.top_k, cache)
                return SearchResult(request, hits, time.perf_counter() - started)

        self._lane_request = request
        self._lane.start(operation)
        self._update_busy()

    @Slot(object)
    def _on_computed(self, result: object) -> None:
        self._lane_request = None
        if isinstance(result, MatrixResult):
            if "matrix" not in self._pending:  # not overtaken by a newer edit
                self.matrixReady.emit(result)
        elif isinstance(result, SearchResult) and "search" not in self._pending:
            self.searchReady.emit(result)
        self._pump()
        self._update_busy()

    @Slot(object)
    def _on_compute_failed(self, exc: object) -> None:
        self._lane_request = None
        self.computeFailed.emit(exc)  # already plain words (LatestTask)
        self._pump()
        self._update_busy()

    @Slot()
    def _on_task_finished(self) -> None:
        task = self.sender()
        if isinstance(task, BackgroundTask):
            task.deleteLater()

    def _update_busy(self) -> None:
        busy = self._lane.is_running() or bool(self._loading)
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def is_busy(self) -> bool:
        """Whether a model loads or a computation runs."""
        return self._busy

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Stop accepting work and wait for running tasks (never terminates a thread)."""
        self._closing = True
        self._pending.clear()
        for task in list(self._loading):
            task.shutdown(timeout_ms)
        self._lane.shutdown(timeout_ms)
