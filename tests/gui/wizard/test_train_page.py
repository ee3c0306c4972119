"""The Train page with a scripted trainer: progress text, ETA, plot buffering, alerts, cancel,
errors. (The real engine runs in tests/gui/test_training_controller.py and the end-to-end test.)
"""

from __future__ import annotations

import math
import time
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import DataError
from desktop_app.core.training.events import Evaluated, LossLogged, Progress, StageChanged
from desktop_app.core.training.watch import (
    NAN_ALERT,
    PLATEAU_ALERT,
    format_clock,
    loss_stopped_falling,
)
from desktop_app.gui.dialogs import ErrorDetailsDialog
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.wizard.train_page import TrainPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _summary(stopped: bool = False, steps: int = 0) -> SimpleNamespace:
    return SimpleNamespace(stopped_early=stopped, device="cpu", output_dir="/tmp/x", steps=steps)


def _scripted(losses, total=None, evaluate=False):
    """A fake run_training: emits Progress + LossLogged for each loss, in the worker thread."""
    total = total or len(losses)

    def train(config, on_event, cancel):
        on_event(StageChanged("loading-model", "Loading the model…"))
        if evaluate:
            on_event(Evaluated("before", 0, "sts-dev_spearman_cosine", 0.4, {}))
        for step, loss in enumerate(losses, start=1):
            on_event(Progress(step, total, step / total, step * 0.5, (total - step) * 0.5, 32.0))
            on_event(LossLogged(step, step / total, loss, 2e-5))
        if evaluate:
            on_event(Evaluated("after", total, "sts-dev_spearman_cosine", 0.7, {}))
        return _summary(steps=len(losses))

    return train


def _page(qtbot, train) -> TrainPage:
    state = WizardState()
    state.config.data_file = "/data/farm.csv"
    state.config.output_dir = "/tmp/out-model"
    state.config.loss = "CoSENTLoss"
    page = TrainPage(state, train=train)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.on_enter()
    return page


def test_progress_eta_speed_and_plot(qtbot):
    losses = [1.0 - i * 0.004 for i in range(200)]
    page = _page(qtbot, _scripted(losses, total=400, evaluate=True))
    assert "CoSENTLoss" in page.plan_label.text()
    assert page.blocking_reason() == "Start training first."
    with qtbot.waitSignal(page.state.result_ready, timeout=10_000) as blocker:
        page.start()
        assert page.is_training()
        assert page.blocking_reason() == "Training is running."
    assert blocker.args[0].steps == 200
    assert page.state.result is blocker.args[0]
    assert page.stat_labels["step"].text() == "200 / 400"
    assert page.stat_labels["epoch"].text() == "0.50"
    assert page.stat_labels["elapsed"].text() == "1:40"
    assert page.stat_labels["eta"].text() == "about 1:40"
    assert page.stat_labels["speed"].text() == "32.0 examples/s"
    assert page.progress_bar.maximum() == 400
    assert page.progress_bar.value() == 400  # finished: full bar
    # every point reached the plot buffer, but it was not redrawn per step
    assert page.plot.losses == losses
    assert page.plot.eval_values == [0.4, 0.7]
    assert page.plot.eval_label == "Spearman correlation"
    assert page.plot.redraw_count < 20
    assert page.plot.total_steps == 400
    assert page.status_label.text() == "Training finished."
    qtbot.waitUntil(lambda: not page.is_training())
    assert page.blocking_reason() is None
    assert page.start_button.isEnabled()
    assert "step 200: loss" in page.log_view.toPlainText()


def test_log_is_bounded_and_collapsible(qtbot):
    page = _page(qtbot, _scripted([0.5] * 10))
    assert page.log_view.isHidden()
    page.log_toggle.click()
    assert page.log_view.isVisible()
    for i in range(3000):
        page._log(f"line {i}")
    assert page.log_view.blockCount() <= 2000
    assert page.log_view.toPlainText().endswith("line 2999")


def test_nan_loss_shows_plain_alert(qtbot):
    page = _page(qtbot, _scripted([0.9, 0.8, float("nan"), float("nan")]))
    with qtbot.waitSignal(page.state.result_ready, timeout=10_000):
        page.start()
    assert page.alert_label.isVisible()
    assert page.alert_label.text() == NAN_ALERT
    assert "smaller learning rate" in NAN_ALERT


def test_flat_loss_shows_plateau_alert_once(qtbot):
    falling = [1.0 - 0.05 * i for i in range(12)]
    flat = [0.4 + 0.01 * (i % 2) for i in range(20)]
    page = _page(qtbot, _scripted(falling + flat))
    with qtbot.waitSignal(page.state.result_ready, timeout=10_000):
        page.start()
    assert page.alert_label.text() == PLATEAU_ALERT
    assert page.log_view.toPlainText().count("stopped falling") == 1


def test_plateau_rule():
    assert not loss_stopped_falling([1.0 - 0.02 * i for i in range(40)])
    assert loss_stopped_falling([1.0] * 6 + [0.5] * 30)
    assert not loss_stopped_falling([0.5] * 5)  # too few points to judge
    assert format_clock(3725) == "1:02:05"
    assert format_clock(None) == "–"


def _until_cancelled(config, on_event, cancel):
    step = 0
    while not cancel.is_set() and step < 10_000:
        step += 1
        on_event(Progress(step, 300, step / 300, step * 0.01, None, 10.0))
        on_event(LossLogged(step, step / 300, 1.0 / step, 2e-5))
        time.sleep(0.005)
    return _summary(stopped=cancel.is_set(), steps=step)


def test_cancel_asks_first_and_keeps_model(qtbot, monkeypatch):
    page = _page(qtbot, _until_cancelled)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    page.start()
    qtbot.waitUntil(lambda: bool(page.plot.losses), timeout=10_000)
    assert page.stat_labels["eta"].text() == "estimating…"
    assert not page.request_cancel()  # "No": keeps training
    assert page.is_training()
    with qtbot.waitSignal(page.state.result_ready, timeout=10_000) as blocker:
        assert page.request_cancel()
    assert len(asked) == 2
    assert "keeps what it learned" in asked[0]
    assert blocker.args[0].stopped_early
    assert "Stopped early" in page.status_label.text()


def test_cancel_and_wait_for_window_close(qtbot):
    page = _page(qtbot, _until_cancelled)
    page.start()
    qtbot.waitUntil(lambda: bool(page.plot.losses), timeout=10_000)
    assert page.cancel_and_wait(10)
    assert not page.is_training()


def test_user_error_shows_message_and_hint(qtbot):
    def train(config, on_event, cancel):
        raise DataError("The column 'score' has text in row 12.", "Fix row 12 and start again.")

    page = _page(qtbot, train)
    with qtbot.waitSignal(page.controller.stopped, timeout=10_000):
        page.start()
    assert page.error_label.isVisible()
    assert "row 12" in page.error_label.text()
    assert "Fix row 12" in page.error_label.text()
    box = page.findChild(QMessageBox, "userErrorBox")
    assert box is not None
    assert box.text() == "The column 'score' has text in row 12."
    box.close()
    assert page.state.result is None
    assert page.start_button.isEnabled()


def test_unexpected_error_shows_details_and_app_goes_on(qtbot):
    def train(config, on_event, cancel):
        raise ZeroDivisionError("division by zero in step 3")

    page = _page(qtbot, train)
    with qtbot.waitSignal(page.controller.stopped, timeout=10_000):
        page.start()
    dialog = page.findChild(ErrorDetailsDialog)
    assert dialog is not None
    assert "ZeroDivisionError" in dialog.details_edit.toPlainText()
    dialog.close()
    assert "unexpected" in page.error_label.text()
    # and a new run can start
    page.controller._train = _scripted([0.3, 0.2])
    with qtbot.waitSignal(page.state.result_ready, timeout=10_000):
        page.start()
    assert not math.isnan(page.plot.losses[-1])
