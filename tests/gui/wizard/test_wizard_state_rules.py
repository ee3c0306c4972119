"""The state applies the declared invalidation rules; Settings offers the next free folder."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from desktop_app.gui.wizard.settings_page import SettingsPage
from desktop_app.gui.wizard.state import WizardState

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _roles(shape: str) -> SimpleNamespace:
    return SimpleNamespace(shape=shape, texts=["a", "b"], label=None, positive_label=None)


def test_new_data_of_another_shape_makes_the_loss_stale_but_never_the_result(qtbot):
    state = WizardState()
    seen: list[object] = []
    state.invalidated.connect(seen.append)
    state.roles = _roles("scored-pairs")
    state.data_changed.emit()
    assert state.stale == set()  # the first data invalidate nothing
    state.add_finished_run(SimpleNamespace(output_dir="/tmp/run-1"))
    state.roles = _roles("pairs")
    state.data_changed.emit()
    assert state.stale == {"roles", "loss"}
    assert seen == [("roles", "loss")]
    assert state.result is not None  # a finished run is never invalidated
    assert state.runs == ["/tmp/run-1"]
    state.model_path = "/models/a"
    state.model_changed.emit()
    state.model_path = "/models/b"
    state.model_changed.emit()
    assert "loss-check" in state.stale
    state.clear_stale("loss", "loss-check")
    assert state.stale == {"roles"}


def test_a_typed_folder_with_files_gets_a_one_click_free_name(qtbot, tmp_path):
    state = WizardState()
    page = SettingsPage(state, device="cpu")
    qtbot.addWidget(page)
    page.show()
    taken = tmp_path / "my-model"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine", "utf-8")
    page.output_edit.setText(str(taken))
    page._sync_free_name_button()
    assert page.free_name_button.isVisible()
    assert "my-model-2" in page.free_name_button.text()
    page.free_name_button.click()
    assert state.config.output_dir == str(tmp_path / "my-model-2")
    assert not state.config.overwrite
    assert not page.free_name_button.isVisible()
    assert (taken / "notes.txt").read_text("utf-8") == "mine"


def test_start_again_on_the_train_page_never_reuses_a_finished_runs_folder(qtbot, tmp_path):
    from desktop_app.gui.wizard.train_page import TrainPage

    finished = tmp_path / "faq-minilm"
    finished.mkdir()
    (finished / "training_summary.json").write_text("{}", "utf-8")
    used: list[str] = []

    def train(config, on_event, cancel):
        used.append(config.output_dir)
        return SimpleNamespace(stopped_early=False, device="cpu", output_dir=config.output_dir)

    state = WizardState()
    state.config.data_file = str(tmp_path / "faq.csv")
    state.config.output_dir = str(finished)
    state.add_finished_run(SimpleNamespace(output_dir=str(finished)))
    page = TrainPage(state, train=train)
    qtbot.addWidget(page)
    with qtbot.waitSignal(state.result_ready, timeout=10_000):
        page.start()
    assert used == [str(tmp_path / "faq-minilm-2")]
    assert state.runs == [str(finished), str(tmp_path / "faq-minilm-2")]
    assert "already holds a model" in page.log_view.toPlainText()
    qtbot.waitUntil(lambda: not page.is_training(), timeout=10_000)
