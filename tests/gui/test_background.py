"""BackgroundTask runs work off the GUI thread and reports on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Slot

from desktop_app.gui.workers.background import BackgroundTask


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.threads: list[QThread] = []
        self.progress: list[object] = []

    @Slot(object)
    def on_progress(self, value: object) -> None:
        self.threads.append(QThread.currentThread())
        self.progress.append(value)


def test_result_and_progress_arrive_on_gui_thread(qtbot):
    seen: dict[str, object] = {}

    def operation(report, cancel):
        seen["thread"] = threading.current_thread()
        for i in range(3):
            report(i)
        return "done"

    receiver = _Receiver()
    task = BackgroundTask(operation)
    task.progress.connect(receiver.on_progress)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
    assert blocker.args == ["done"]
    assert seen["thread"] is not threading.main_thread()
    qtbot.waitUntil(lambda: len(receiver.progress) == 3)
    assert receiver.progress == [0, 1, 2]
    assert all(t is QThread.currentThread() for t in receiver.threads)
    assert not task.is_running()


def test_failure_is_reported_not_raised(qtbot):
    def operation(report, cancel):
        raise ValueError("bad input")

    task = BackgroundTask(operation)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_stops_a_waiting_operation(qtbot):
    def operation(report, cancel):
        stopped = cancel.wait(10)
        return "cancelled" if stopped else "timed out"

    task = BackgroundTask(operation)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        task.start()
        task.cancel()
    assert blocker.args == ["cancelled"]


# LatestTask: the newest request replaces the older one ------------------------------------


class _LatestReceiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.errors: list[object] = []
        self.progress: list[object] = []
        self.threads: list[QThread] = []

    @Slot(object)
    def on_result(self, value: object) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(value)

    @Slot(object)
    def on_error(self, exc: object) -> None:
        self.errors.append(exc)

    @Slot(object)
    def on_progress(self, value: object) -> None:
        self.progress.append(value)


def _latest(qtbot):
    from desktop_app.gui.workers.background import LatestTask

    runner = LatestTask()
    receiver = _LatestReceiver()
    runner.succeeded.connect(receiver.on_result)
    runner.failed.connect(receiver.on_error)
    runner.progress.connect(receiver.on_progress)
    return runner, receiver


def test_newer_request_replaces_older_and_stale_results_never_arrive(qtbot):
    runner, receiver = _latest(qtbot)
    release = threading.Event()
    seen_cancel: list[bool] = []

    def slow(report, cancel):
        report("slow started")
        release.wait(5)
        seen_cancel.append(cancel.is_set())
        return "old"  # finishes after the newer one: must be dropped

    def fast(report, cancel):
        report("fast started")
        return "new"

    runner.start(slow)
    runner.start(fast)
    qtbot.waitUntil(lambda: receiver.results == ["new"], timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: seen_cancel == [True], timeout=5_000)  # the old one was cancelled
    qtbot.wait(100)
    assert receiver.results == ["new"]
    assert "slow started" not in receiver.progress
    assert all(t is QThread.currentThread() for t in receiver.threads)
    assert not runner.is_running()
    assert runner.shutdown(5_000)


def test_errors_arrive_as_plain_messages(qtbot):
    from desktop_app.core.errors import DataError, UserFacingError

    runner, receiver = _latest(qtbot)

    def bug(report, cancel):
        raise KeyError("LocalEntryNotFoundError")

    with qtbot.waitSignal(runner.failed, timeout=5_000):
        runner.start(bug)
    error = receiver.errors[-1]
    assert isinstance(error, UserFacingError)
    assert "KeyError" not in str(error)
    assert "LocalEntryNotFoundError" not in str(error)
    assert error.message == "Something unexpected went wrong."

    def user_error(report, cancel):
        raise DataError("The file is empty.", "Pick another file.")

    with qtbot.waitSignal(runner.failed, timeout=5_000):
        runner.start(user_error)
    assert str(receiver.errors[-1]) == "The file is empty. Pick another file."


def test_cancel_drops_the_running_task(qtbot):
    runner, receiver = _latest(qtbot)
    runner.running_changed.connect(receiver.on_progress)

    def waits(report, cancel):
        cancel.wait(5)
        return "too late"

    runner.start(waits)
    assert runner.is_running()
    runner.cancel()
    assert not runner.is_running()
    qtbot.wait(200)
    assert receiver.results == []
    assert receiver.progress == [True, False]
    assert runner.shutdown(5_000)
