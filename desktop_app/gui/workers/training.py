"""Training off the GUI thread: a worker on a QThread and the controller pages talk to.

:class:`TrainingWorker` lives on its own ``QThread``. Its :meth:`TrainingWorker.run` imports
the training engine (torch and sentence-transformers take seconds to import, so that happens
here, never on the GUI thread), then calls the core's ``run_training`` with an ``on_event``
that emits one Qt signal per core event (the events are small frozen dataclasses, safe to
hand across threads) and a ``threading.Event`` to cancel.

:class:`TrainingController` lives on the GUI thread, owns the thread and the worker, and
re-emits the worker's signals from its own ``@Slot`` methods. In PySide6 a worker signal
connected to a lambda or plain function runs it in the worker thread, so pages connect to
the controller only. Stopping is always cooperative: set the cancel event, ``quit()`` the
thread, then ``wait()`` with a timeout; never ``terminate()``, which could leave a half-written
model and a corrupt process.
"""

from __future__ import annotations

import copy
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop_app.core.errors import UserFacingError
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.events import (
    Evaluated,
    Finished,
    LossLogged,
    Progress,
    StageChanged,
    TrainingWarning,
)
from desktop_app.gui.i18n import translate

#: Stage reported while torch and sentence-transformers are imported in the worker.
LOADING_ENGINE_STAGE = "loading-engine"

#: A function with run_training's signature: (config, on_event, cancel) -> summary.
TrainFunction = Callable[[TrainingConfig, Callable[[Any], None], threading.Event], Any]


def _default_train(
    config: TrainingConfig,
    on_event: Callable[[Any], None],
    cancel: threading.Event,
    threads: int | None = None,
) -> Any:
    # imported here, in the worker thread: torch + sentence-transformers take seconds
    from desktop_app.core.training.runner import run_training

    # cpu_threads None = every core; the GUI stays responsive through the lower priority
    # of this thread (and of torch's compute threads, which it starts), see TrainingWorker.
    return run_training(config, on_event, cancel, cpu_threads=threads)


class TrainingWorker(QObject):
    """Runs one training in the thread it was moved to.

    Signals:
        event(object): A core training event (StageChanged, Progress, LossLogged,
            Evaluated, TrainingWarning, Finished), emitted from the worker thread.
        succeeded(object): run_training's return value (the TrainingSummary).
        failed(object, str): The exception, and a traceback for unexpected ones ("" for a
            UserFacingError, whose message is already plain).
    """

    event = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(
        self,
        config: TrainingConfig,
        cancel: threading.Event,
        train: TrainFunction | None = None,
        threads: int | None = None,
        lower_priority: bool = True,
    ) -> None:
        super().__init__()
        self._config = config
        self._cancel = cancel
        self._train = train
        self._threads = threads
        self._lower_priority = lower_priority

    @Slot()
    def run(self) -> None:
        """Import the engine, train, and report how it ended (never raises)."""
        if self._lower_priority:
            # Training uses every core (leaving one idle costs 40% on a 2-core laptop); at a
            # lower priority the GUI thread still gets the CPU as soon as it needs it.
            from desktop_app.core.training.device import lower_current_thread_priority

            lower_current_thread_priority()
        try:
            self.event.emit(
                StageChanged(
                    LOADING_ENGINE_STAGE,
                    translate("TrainingWorker", "Loading the training engine…"),
                )
            )
            if self._train is None:
                summary = _default_train(self._config, self.event.emit, self._cancel, self._threads)
            else:
                summary = self._train(self._config, self.event.emit, self._cancel)
        except UserFacingError as exc:
            self.failed.emit(exc, "")
        except Exception as exc:  # a bug: the GUI shows details and keeps running
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.succeeded.emit(summary)


class TrainingController(QObject):
    """Owns the training thread and worker; the only object pages connect to.

    All signals are emitted on the GUI thread.

    Signals:
        started(): A run was started.
        event_received(object): Every core event, in order.
        stage_changed(str, str): stage id and plain message.
        progress(object): A ``Progress`` event.
        loss_logged(object): A ``LossLogged`` event.
        evaluated(object): An ``Evaluated`` event.
        warning(object): A ``TrainingWarning`` event.
        finished_event(object): The core's ``Finished`` event (model saved).
        succeeded(object): The run returned; carries the TrainingSummary.
        failed(object, str): The run raised; the exception and details ("" for user errors).
        stopped(): The thread has ended, whichever way the run ended.
    """

    started = Signal()
    event_received = Signal(object)
    stage_changed = Signal(str, str)
    progress = Signal(object)
    loss_logged = Signal(object)
    evaluated = Signal(object)
    warning = Signal(object)
    finished_event = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object, str)
    stopped = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        train: TrainFunction | None = None,
        threads: int | None = None,
        lower_priority: bool = True,
    ) -> None:
        """Create an idle controller.

        Args:
            parent: Qt parent.
            train: The training function (default: the core's ``run_training``); page tests
                pass a fake that emits scripted events.
            threads: CPU threads for torch (default: every core, see run_training).
            lower_priority: Run training at a lower CPU priority than the GUI (default; the
                GUI benchmark turns it off to measure the difference). Also an attribute,
                read at each start.
        """
        super().__init__(parent)
        self._train = train
        self._threads = threads
        self.lower_priority = lower_priority
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self._cancel = threading.Event()
        self._running = False

    # -- commands ---------------------------------------------------------------------
    def is_running(self) -> bool:
        """Whether a run has started and its thread has not ended."""
        return self._running

    def is_cancelling(self) -> bool:
        """Whether cancel was asked for the current run."""
        return self._running and self._cancel.is_set()

    def start(self, config: TrainingConfig) -> None:
        """Start training a copy of ``config`` in a new thread.

        Raises:
            RuntimeError: A run is already going (a bug in the caller).
        """
        if self._running:
            raise RuntimeError("a training run is already going")
        self._dispose()
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("TrainingThread")
        self._worker = TrainingWorker(
            copy.deepcopy(config),
            self._cancel,
            train=self._train,
            threads=self._threads,
            lower_priority=self.lower_priority,
        )
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.event.connect(self._on_event)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._running = True
        # Where thread priorities are per thread in Qt's terms (macOS, Windows) this keeps the
        # GUI ahead; on Linux the worker lowers its nice value itself (Qt's levels map to
        # nothing under the default scheduler there).
        priority = (
            QThread.Priority.LowPriority
            if self.lower_priority
            else QThread.Priority.InheritPriority
        )
        self._thread.start(priority)
        self.started.emit()

    def cancel(self) -> None:
        """Ask the run to stop at the end of the current step; the model so far is saved."""
        self._cancel.set()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel, stop the thread and wait for it; return whether it ended in time.

        Order matters: ``quit()`` before ``wait()`` (waiting first would deadlock the GUI
        thread), and never ``terminate()``.
        """
        if self._thread is None:
            return True
        self._cancel.set()
        self._thread.quit()
        done = self._thread.wait(max(0, int(timeout_ms)))
        if done:
            self._running = False
        return bool(done)

    # -- worker signals (delivered on the GUI thread) -----------------------------------
    @Slot(object)
    def _on_event(self, event: object) -> None:
        self.event_received.emit(event)
        if isinstance(event, StageChanged):
            self.stage_changed.emit(event.stage, event.message)
        elif isinstance(event, Progress):
            self.progress.emit(event)
        elif isinstance(event, LossLogged):
            self.loss_logged.emit(event)
        elif isinstance(event, Evaluated):
            self.evaluated.emit(event)
        elif isinstance(event, TrainingWarning):
            self.warning.emit(event)
        elif isinstance(event, Finished):
            self.finished_event.emit(event)

    @Slot(object)
    def _on_succeeded(self, summary: object) -> None:
        self._end_thread()
        self.succeeded.emit(summary)
        self.stopped.emit()

    @Slot(object, str)
    def _on_failed(self, exc: object, details: str) -> None:
        self._end_thread()
        self.failed.emit(exc, details)
        self.stopped.emit()

    def _end_thread(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(10_000)

    def _dispose(self) -> None:
        """Let go of the previous run's thread and worker (both have ended)."""
        if self._worker is not None:
            self._worker.deleteLater()
        if self._thread is not None:
            self._thread.deleteLater()
        self._worker = None
        self._thread = None
