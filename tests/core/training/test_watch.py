"""The rules the Train page shows: clock and speed texts, loss alerts, rows, the plan."""

from __future__ import annotations

from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.watch import (
    NAN_ALERT,
    PLATEAU_ALERT,
    LossWatch,
    alert_log_line,
    batch_warning,
    finished_log_line,
    finished_status,
    format_clock,
    loss_log_line,
    loss_stopped_falling,
    plan_text,
    progress_texts,
    start_problem,
    train_rows,
)


def test_clock_and_progress_texts():
    assert format_clock(3725) == "1:02:05"
    assert format_clock(100) == "1:40"
    assert format_clock(None) == "–"
    assert format_clock(float("nan")) == "–"
    assert format_clock(-1) == "–"
    texts = progress_texts(1200, 4000, 0.5, 100.0, 100.0, 32.0)
    assert texts == {
        "step": "1,200 / 4,000",
        "epoch": "0.50",
        "elapsed": "1:40",
        "eta": "about 1:40",
        "speed": "32.0 examples/s",
    }
    assert progress_texts(1, 0, 0.0, 0.5, None, 3.0)["eta"] == "estimating…"
    assert progress_texts(1, 0, 0.0, 0.5, None, 3.0)["step"] == "1 / 1"
    assert loss_log_line(3, 0.123456, 2e-5) == "step 3: loss 0.1235, learning rate 2.00e-05"
    assert loss_log_line(3, 0.5, None) == "step 3: loss 0.5000"


def test_plateau_rule():
    assert not loss_stopped_falling([1.0 - 0.02 * i for i in range(40)])
    assert loss_stopped_falling([1.0] * 6 + [0.5] * 30)
    assert not loss_stopped_falling([0.5] * 5)  # too few points to judge
    assert not loss_stopped_falling([float("nan")] * 30)


def test_loss_watch_alerts_once_each():
    watch = LossWatch()
    falling = [1.0 - 0.05 * i for i in range(12)]
    flat = [0.4 + 0.01 * (i % 2) for i in range(20)]
    alerts = [watch.add_loss(x) for x in falling + flat]
    assert [a for a in alerts if a] == [PLATEAU_ALERT]
    assert watch.add_loss(float("nan")) == NAN_ALERT
    assert watch.add_loss(float("nan")) is None
    assert watch.alerts == [PLATEAU_ALERT, NAN_ALERT]
    assert watch.alert_text() == f"{PLATEAU_ALERT}\n\n{NAN_ALERT}"


def test_nan_stops_the_plateau_alert_and_engine_warnings_read_plainly():
    watch = LossWatch()
    assert watch.add_warning("loss-nan", "loss is nan") == NAN_ALERT
    assert all(watch.add_loss(0.5) is None for _ in range(40))  # no plateau after NaN
    assert watch.add_warning("slow", "It is slow.", "Use a GPU.") == "It is slow. Use a GPU."
    watch.add_alert("It is slow. Use a GPU.")
    assert watch.alerts == [NAN_ALERT, "It is slow. Use a GPU."]


def test_train_rows_and_batch_warning():
    assert train_rows(9, [3, 3, 5], 0.0, False) == 7  # one row counted once per error
    assert train_rows(100, [], 0.1, False) == 90
    assert train_rows(100, [], 0.1, True) == 100  # a separate evaluation file holds none out
    assert train_rows(1, [], 0.5, False) == 1
    assert train_rows(2, [], 0.9, False) == 1  # never all rows
    assert train_rows(0, [], 0.1, False) == 0
    code, message, hint = batch_warning(8, 32)
    assert code == "batch-larger-than-data"
    assert "8 training rows" in message
    assert "Settings" in hint
    assert batch_warning(8, 8) is None
    assert batch_warning(0, 32) is None


def test_plan_start_problem_and_finish():
    config = TrainingConfig(model="sentence-transformers/all-MiniLM-L6-v2")
    assert start_problem(config) == ("Choose your data first.", "Go back to the Data page.")
    config.data_file = "/data/farm.csv"
    assert start_problem(config)[0] == "Choose a folder to save the model in."
    config.output_dir = "/tmp/out-model"
    assert start_problem(config) is None
    config.loss = "CoSENTLoss"
    text = plan_text(config)
    assert "<b>all-MiniLM-L6-v2</b> on <b>farm.csv</b> with CoSENTLoss" in text
    assert "<b>/tmp/out-model</b>" in text
    assert finished_status(True).startswith("Stopped early")
    assert finished_status(False) == "Training finished."
    assert finished_log_line(True, "/tmp/m") == "Finished (stopped early; saved in /tmp/m)."
    assert finished_log_line(False, "/tmp/m") == "Finished (saved in /tmp/m)."
    assert alert_log_line(NAN_ALERT) == "Alert: the loss is not a number."
    assert alert_log_line(PLATEAU_ALERT) == "Alert: the loss stopped falling."
