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
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

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
