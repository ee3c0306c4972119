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
