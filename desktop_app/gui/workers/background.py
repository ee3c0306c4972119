"""Run one function off the GUI thread and hear about it on the GUI thread.

This is the one-liner for long operations (Anki's ``QueryOp`` idea)::

    task = BackgroundTask(lambda report, cancel: load_model(ref), parent=self)
    task.succeeded.connect(self._on_model_loaded)   # a @Slot of a GUI-thread QObject
    task.failed.connect(self._on_error)
    task.start()

The function receives ``report(value)`` to send progress and ``cancel`` (a
``threading.Event``) to poll. The worker lives on its own QThread; the task object lives
on the GUI thread and re-emits the worker's signals from its own slots, so whatever is
connected to the task runs on the GUI thread (in PySide6 a worker signal connected to a
plain function would run it in the worker thread).

:class:`LatestTask` builds on it for requests where only the newest counts (re-reading a file
the user just changed, checking the model just picked): the one place that rule lives.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_app.core.errors import UserFacingError
from desktop_app.gui.i18n import translate

log = logging.getLogger(__name__)

Operation = Callable[[Callable[[Any], None], threading.Event], Any]


class _Worker(QObject):
    """Runs the operation in the worker thread.

    Signals:
        progress(object): A value the operation reported.
        succeeded(object): The operation's return value.
        failed(object): The exception the operation raised.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, operation: Operation, cancel: threading.Event) -> None:
        super().__init__()
        self._operation = operation
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        """Run the operation and emit how it ended."""
        try:
            result = self._operation(self.progress.emit, self._cancel)
        except BaseException as exc:  # reported to the GUI, which decides how to show it
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundTask(QObject):
    """Owns a worker thread for one operation; lives on the GUI thread.

    Signals:
        progress(object): Progress reported by the operation.
        succeeded(object): The result, when the operation returned.
        failed(object): The exception, when it raised.
        finished(): After succeeded or failed, once the thread has stopped.
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, operation: Operation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("BackgroundTask")
        self._worker = _Worker(operation, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._running = False

    @property
    def cancel_event(self) -> threading.Event:
        """The event the operation polls to know it should stop."""
        return self._cancel

    def is_running(self) -> bool:
        """Whether the operation has started and not yet ended."""
        return self._running

    def start(self) -> None:
        """Start the operation in its thread."""
        self._running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the operation to stop; it ends at its next check of the cancel event."""
        self._cancel.set()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel, stop the thread and wait for it; return whether it stopped in time.

        Never ``terminate()``: the operation stops at its next cancel check.
        """
        self._cancel.set()
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    @Slot(object)
    def _on_progress(self, value: object) -> None:
        self.progress.emit(value)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._finish()
        self.failed.emit(exc)
        self.finished.emit()

    def _finish(self) -> None:
        self._running = False
        self._thread.quit()
        self._thread.wait()


class UnexpectedError(UserFacingError):
    """A fault the core did not foresee, in plain words (the original is logged)."""


def plain_error(exc: object) -> UserFacingError:
    """Return what a user may read about ``exc``: never a raw exception name.

    A :class:`UserFacingError` is passed on as it is; anything else is a bug or a fault the
    core did not foresee, said in plain words (the original is logged for a report).
    """
    if isinstance(exc, UserFacingError):
        return exc
    if isinstance(exc, MemoryError):
        return UserFacingError(
            translate("BackgroundTask", "The computer ran out of memory."),
            translate("BackgroundTask", "Close other programs, or try fewer or shorter texts."),
        )
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror.lower()
        message = (
            translate(
                "BackgroundTask", "A file could not be read or written ({path}): {reason}."
            ).format(path=exc.filename, reason=reason)
            if exc.filename
            else translate(
                "BackgroundTask", "A file could not be read or written: {reason}."
            ).format(reason=reason)
        )
        return UserFacingError(
            message,
            translate(
                "BackgroundTask", "Check that the file or folder exists and that you may use it."
            ),
        )
    log.error("unexpected error in background work", exc_info=exc)  # type: ignore[arg-type]
    return UnexpectedError(
        translate("BackgroundTask", "Something unexpected went wrong."),
        translate("BackgroundTask", "Your work is kept; you can try again."),
    )


class LatestTask(QObject):
    """Run background work where a newer request replaces the older one.

    Like Orange's ``ConcurrentWidgetMixin.start()``: :meth:`start` cancels the task still
    running (it stops at its next check of ``cancel``) and forgets it; only the newest task's
    progress and result are delivered, on the GUI thread. A page keeps one ``LatestTask`` per
    kind of request (reading a file, checking a model) and needs no serial counters::

        self._check = LatestTask(self)
        self._check.succeeded.connect(self._on_check_done)   # a @Slot on the page
        self._check.failed.connect(self._on_check_failed)    # gets a UserFacingError
        self._check.start(lambda report, cancel: check(table, model))

    Signals:
        progress(object): Progress of the newest task.
        succeeded(object): The newest task's result.
        failed(object): The newest task's error as a :class:`UserFacingError` (plain words).
        running_changed(bool): Whether a task is running (for busy indicators).
    """

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: BackgroundTask | None = None
        self._stale: set[BackgroundTask] = set()
        self._closing = False

    def start(self, operation: Operation) -> None:
        """Run ``operation``; a task still running is cancelled and its result dropped."""
        if self._closing:
            return
        was_running = self.is_running()
        self._drop_current()
        task = BackgroundTask(operation, self)
        task.progress.connect(self._on_progress)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self._current = task
        task.start()
        if not was_running:
            self.running_changed.emit(True)

    def cancel(self) -> None:
        """Cancel the running task; nothing of it is delivered any more."""
        was_running = self.is_running()
        self._drop_current()
        if was_running:
            self.running_changed.emit(False)

    def is_running(self) -> bool:
        """Whether the newest task is still running."""
        return self._current is not None

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel everything and wait for the threads; return whether all stopped in time."""
        self._closing = True
        tasks = [*self._stale, *([self._current] if self._current else [])]
        self._current = None
        self._stale.clear()
        return all([task.shutdown(timeout_ms) for task in tasks])

    def _drop_current(self) -> None:
        task, self._current = self._current, None
        if task is not None:
            task.cancel()
            self._stale.add(task)

    @Slot(object)
    def _on_progress(self, value: object) -> None:
        if self.sender() is self._current:
            self.progress.emit(value)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if self.sender() is self._current:
            self._current = None
            self.running_changed.emit(False)
            self.succeeded.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        if self.sender() is self._current:
            self._current = None
            self.running_changed.emit(False)
            self.failed.emit(plain_error(exc))

    @Slot()
    def _on_finished(self) -> None:
        task = self.sender()
        if isinstance(task, BackgroundTask):
            self._stale.discard(task)
            task.deleteLater()
