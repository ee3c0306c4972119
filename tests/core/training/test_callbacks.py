"""The app's trainer callbacks decide when to checkpoint and when to log, on real trainer state."""

from __future__ import annotations

from transformers import TrainerControl, TrainerState

from desktop_app.core.training.callbacks import CheckpointSchedule, LossLogThrottle


def _step(callback, state: TrainerState, step: int, **control_flags) -> TrainerControl:
    state.global_step = step
    control = TrainerControl(**control_flags)
    callback.on_step_end(None, state, control)
    return control


def test_checkpoints_by_time_never_at_the_end_nor_when_stopping(monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr("desktop_app.core.training.callbacks.time.monotonic", lambda: clock[0])
    schedule = CheckpointSchedule(every_s=600)
    state = TrainerState(max_steps=100)
    schedule.on_train_begin(None, state, TrainerControl())
    clock[0] += 599
    assert not _step(schedule, state, 10).should_save
    clock[0] += 2
    assert _step(schedule, state, 11).should_save
    schedule.on_save(None, state, TrainerControl())
    clock[0] += 300
    assert not _step(schedule, state, 12).should_save  # the clock restarted at the save
    clock[0] += 10_000
    assert not _step(schedule, state, 100).should_save  # the last step: the model is saved
    assert not _step(schedule, state, 50, should_training_stop=True).should_save  # cancelled


def test_checkpoints_every_n_steps_when_the_user_set_it():
    schedule = CheckpointSchedule(every_s=None, every_steps=5)
    state = TrainerState(max_steps=10)
    schedule.on_train_begin(None, state, TrainerControl())
    assert [s for s in range(1, 11) if _step(schedule, state, s).should_save] == [5]


def test_loss_logging_is_throttled_but_keeps_first_and_last(monkeypatch):
    clock = [0.0]
    monkeypatch.setattr("desktop_app.core.training.callbacks.time.monotonic", lambda: clock[0])
    throttle = LossLogThrottle(2.0)
    state = TrainerState(max_steps=10)
    logged = []
    for step in range(1, 11):
        clock[0] += 0.5
        if _step(throttle, state, step, should_log=True).should_log:
            logged.append(step)
    assert logged == [1, 5, 9, 10]
    assert not _step(throttle, state, 3, should_log=False).should_log
