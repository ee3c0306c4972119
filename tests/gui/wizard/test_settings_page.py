"""The Settings page: defaults from data size and device, output folder, the time estimate."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core import paths
from desktop_app.core.data.types import ColumnRoles, Table
from desktop_app.core.training.plan import (
    plan_training,
    record_speed,
)
from desktop_app.gui.wizard.settings_page import SettingsPage
from desktop_app.gui.wizard.state import WizardState

# the offscreen platform says this whenever a top-level widget is shown
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _state(rows: int, tmp_path: Path) -> WizardState:
    state = WizardState()
    frame = pd.DataFrame({"q": [f"question {i}" for i in range(rows)], "a": ["x"] * rows})
    data_file = tmp_path / "farm questions.csv"
    state.table = Table(frame=frame, path=data_file, format="csv")
    state.roles = ColumnRoles(texts=["q", "a"], label=None, shape="pairs")
    state.config.data_file = str(data_file)
    state.config.model = "sentence-transformers/all-MiniLM-L6-v2"
    state.config.eval_fraction = 0.1
    state.model_max_seq_length = 256
    return state


def _page(qtbot, state: WizardState, device: str = "cpu") -> SettingsPage:
    page = SettingsPage(state, device=device)
    qtbot.addWidget(page)
    page.show()
    page.on_enter()
    return page


def test_defaults_follow_data_size_and_device(qtbot, tmp_path):
    small = _page(qtbot, _state(150, tmp_path))
    # the same plan as ``main.py train`` (core/training/plan.py)
    expected = plan_training(135, shape="pairs", device="cpu", held_out_rows=15)
    assert small.train_rows() == 135  # 10 % held out for evaluation
    assert small.state.config.epochs == expected.epochs == 6.0
    assert small.epochs.value() == 6.0
    assert small.batch_size.value() == expected.batch_size
    assert small.state.config.learning_rate == expected.learning_rate
    assert small.max_seq_length.value() <= 256

    big = _page(qtbot, _state(5000, tmp_path), device="cuda")
    assert big.state.config.epochs == 4.0
    assert (
        big.state.config.batch_size == plan_training(4500, shape="pairs", device="cuda").batch_size
    )
    assert big.state.config.batch_size == 32
    assert "graphics card" in big.defaults_label.text()


def test_find_the_best_settings_reaches_config(qtbot, tmp_path):
    page = _page(qtbot, _state(300, tmp_path))
    assert page.state.config.search_minutes is None
    assert not page.search_minutes.isEnabled()
    page.search_box.setChecked(True)
    page.search_minutes.setValue(12)
    assert page.state.config.search_minutes == 12.0
    page.search_box.setChecked(False)
    assert page.state.config.search_minutes is None


def test_user_edits_survive_and_reach_config(qtbot, tmp_path):
    page = _page(qtbot, _state(300, tmp_path))
    with qtbot.waitSignal(page.state.settings_changed, timeout=1000):
        page.batch_size.setValue(8)
    page.learning_rate.setCurrentText("5e-5")
    page.max_steps.setValue(4)
    page.on_leave()
    page.on_enter()  # Back / Next
    config = page.state.config
    assert (config.batch_size, config.learning_rate, config.max_steps) == (8, 5e-5, 4)
    assert page.batch_size.value() == 8
    page.learning_rate.setCurrentText("fast please")
    assert "learning rate" in page.blocking_reason()


def test_advanced_section_is_collapsible(qtbot, tmp_path):
    page = _page(qtbot, _state(300, tmp_path))
    assert not page.advanced.isVisible()
    page.advanced_toggle.click()
    assert page.advanced.isVisible()
    page.precision.setCurrentIndex(page.precision.findData("fp32"))
    page.eval_steps.setValue(50)
    assert page.state.config.precision == "fp32"
    assert page.state.config.eval_steps == 50
    page.eval_steps.setValue(0)
    assert page.state.config.eval_steps is None  # automatic


def test_default_output_folder_is_readable_and_new(qtbot, tmp_path):
    page = _page(qtbot, _state(300, tmp_path))
    out = Path(page.state.config.output_dir)
    assert out.parent == paths.trained_models_dir()
    assert out.name.startswith("farm-questions-all-MiniLM-L6-v2-")
    assert not out.exists()
    assert page.blocking_reason() is None


def test_existing_folder_is_never_replaced_silently(qtbot, tmp_path, monkeypatch):
    page = _page(qtbot, _state(300, tmp_path))
    before = page.state.config.output_dir
    full = tmp_path / "full"
    full.mkdir()
    (full / "model.safetensors").write_text("x")
    asked: list[str] = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not page.set_output_dir(str(full))
    assert page.state.config.output_dir == before
    assert str(full) in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert page.set_output_dir(str(full))
    assert page.state.config.output_dir == str(full)
    assert page.state.config.overwrite is True
    assert page.blocking_reason() is None
    # an empty existing folder needs no question
    empty = tmp_path / "empty"
    empty.mkdir()
    asked.clear()
    assert page.set_output_dir(str(empty))
    assert asked == []
    assert page.state.config.overwrite is False


def test_estimate_is_shown_and_uses_measured_speed(qtbot, tmp_path):
    page = _page(qtbot, _state(1600, tmp_path))
    text = page.estimate_label.text()
    assert "Estimated training time" in text
    assert "estimate" in text
    assert "assumed" in text
    steps, seconds, measured = page.estimate()
    config = page.state.config
    assert steps == -(-page.train_rows() // config.batch_size) * int(config.epochs)
    assert seconds > 0
    assert not measured
    record_speed(config.model, "cpu", 2.0, config.batch_size, config.max_seq_length)
    steps2, seconds2, measured2 = page.estimate()
    assert measured2
    assert abs(seconds2 - steps2 * 2.0) < 1e-6
    page.max_steps.setValue(10)
    assert "based on the speed measured" in page.estimate_label.text()
    assert page.estimate()[0] == 10


# -- the core's validation, shown next to each input ----------------------------------------


@pytest.mark.parametrize("typed", ["nan", "inf", "-1e-5", "0", "5", "fast please"])
def test_bad_learning_rates_show_the_core_message_and_block(qtbot, tmp_path, typed):
    page = _page(qtbot, _state(300, tmp_path))
    assert page.blocking_reason() is None
    page.learning_rate.setCurrentText(typed)
    label = page._error_labels["learning_rate"]
    assert label.isVisibleTo(page)
    assert "learning rate" in label.text()
    assert "learning rate" in page.blocking_reason()
    page.learning_rate.setCurrentText("3e-5")
    assert not label.isVisibleTo(page)
    assert page.blocking_reason() is None
    assert page.state.config.learning_rate == 3e-5


def test_problems_from_other_pages_are_shown_and_block(qtbot, tmp_path):
    state = _state(300, tmp_path)
    state.config.matryoshka_dims = [64, 0]
    page = _page(qtbot, state)
    assert page.problems_label.isVisibleTo(page)
    assert "vector size" in page.problems_label.text()
    assert "vector size" in page.blocking_reason()
    state.config.matryoshka_dims = [64, 32]
    page.on_enter()
    assert not page.problems_label.isVisibleTo(page)
    assert page.blocking_reason() is None


def test_gui_and_core_agree_on_the_bounds(qtbot, tmp_path):
    from desktop_app.core.training.config import TrainingConfig, setting_problems

    page = _page(qtbot, _state(300, tmp_path))
    for name, editor in page._editors().items():
        if hasattr(editor, "minimum"):
            for value in (editor.minimum(), editor.maximum()):
                if name in ("eval_steps", "save_steps", "max_steps") and value == 0:
                    continue  # 0 means "automatic"/"no limit" and becomes None
                config = TrainingConfig(**{name: type(getattr(TrainingConfig(), name) or 1)(value)})
                assert setting_problems(config, check_model=False) == [], (name, value)


# -- a model's own code runs only after the user allows it, in this session ---------------------


def _model_with_code(offline_model_path: Path, where: Path) -> Path:
    import json
    import shutil

    folder = where / "model-with-code"
    shutil.copytree(offline_model_path, folder)
    config = json.loads((folder / "config.json").read_text("utf-8"))
    config["auto_map"] = {"AutoModel": "modeling_custom.CustomModel"}
    (folder / "config.json").write_text(json.dumps(config), "utf-8")
    return folder


def test_remote_code_needs_the_users_confirmation(qtbot, tmp_path, offline_model_path, monkeypatch):
    folder = _model_with_code(offline_model_path, tmp_path)
    state = _state(300, tmp_path)
    state.config.model = str(folder)
    state.model_path = str(folder)
    state.config.trust_remote_code = True  # as if something had set it: the page decides
    page = _page(qtbot, state)
    page._on_inputs_changed()
    assert state.config.trust_remote_code is False
    assert page.remote_code_box.isVisibleTo(page)
    assert "program code" in page.blocking_reason()

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(page, "confirm_remote_code", lambda n, s: asked.append((n, s)) or False)
    assert page.allow_remote_code() is False
    assert asked == [("model-with-code", f"the folder {folder.resolve()}")]
    assert state.config.trust_remote_code is False

    monkeypatch.setattr(page, "confirm_remote_code", lambda n, s: True)
    assert page.allow_remote_code() is True
    assert state.config.trust_remote_code is True
    assert page.blocking_reason() is None
    assert not page.remote_code_button.isVisibleTo(page)

    # another model (even another copy of the same code) needs its own confirmation
    other = tmp_path / "other"
    other.mkdir()
    import shutil

    shutil.copytree(folder, other / "model-with-code")
    state.model_path = str(other / "model-with-code")
    state.config.model = state.model_path
    state.model_changed.emit()
    assert state.config.trust_remote_code is False
    # a project opened afterwards starts with nothing allowed
    state.model_path = str(folder)
    state.config.model = str(folder)
    state.load_config(state.config)
    state.model_path = str(folder)
    page._on_inputs_changed()
    assert state.config.trust_remote_code is False


def test_a_model_without_code_shows_no_question(qtbot, tmp_path, offline_model_path):
    state = _state(300, tmp_path)
    state.model_path = str(offline_model_path)
    page = _page(qtbot, state)
    assert not page.remote_code_box.isVisibleTo(page)
    assert page.allow_remote_code() is False
    assert state.config.trust_remote_code is False


def test_the_dialog_names_the_model_and_its_source_and_defaults_to_cancel(qtbot):
    from desktop_app.gui.dialogs import RemoteCodeDialog

    dialog = RemoteCodeDialog("evil<model>", "the folder /home/me/Downloads/evil")
    qtbot.addWidget(dialog)
    text = dialog.message_label.text()
    assert "evil&lt;model&gt;" in text
    assert "/home/me/Downloads/evil" in text
    assert "never saved in a project" in text
    assert dialog.cancel_button.isDefault()
    assert not dialog.allow_button.isDefault()
    dialog.open()
    dialog.allow_button.click()
    assert dialog.result() == RemoteCodeDialog.DialogCode.Accepted
    second = RemoteCodeDialog("m", "s")
    qtbot.addWidget(second)
    second.open()
    second.cancel_button.click()
    assert second.result() == RemoteCodeDialog.DialogCode.Rejected
