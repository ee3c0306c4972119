"""The wizard as a user walks it: two trainings in a row from the Result page, every step
revisited, an earlier result opened again. Real engine, a tiny real model, real KorSTS rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.runs import SUMMARY_FILENAME
from desktop_app.core.verdict import VERDICTS, verdict_words
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.wizard.wizard import STEPS, TrainingWizard
from tests.helpers.tiny_model import build_tiny_model

pytestmark = [pytest.mark.shared_data, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _korsts_rows(shared_data: Path, count: int) -> list[tuple[str, str, str]]:
    lines = (shared_data / "korsts" / "sts-train.tsv").read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    i1, i2, iscore = header.index("sentence1"), header.index("sentence2"), header.index("score")
    rows = []
    for line in lines[1 : count + 1]:
        cells = line.split("\t")
        rows.append((cells[i1], cells[i2], cells[iscore]))
    return rows


@pytest.fixture(scope="module")
def project(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(a 60-row KorSTS CSV, a tiny model whose vocabulary was trained on it)."""
    root = tmp_path_factory.mktemp("wizard-flow")
    rows = _korsts_rows(shared_data, 60)
    data = root / "korsts-60.csv"
    with data.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sentence1", "sentence2", "score"])
        writer.writerows(rows)
    model = build_tiny_model(root / "tiny", [text for row in rows for text in row[:2]])
    return data, model


@pytest.fixture
def wizard(qtbot, app_settings) -> TrainingWizard:
    wizard = TrainingWizard(WizardState(), settings=app_settings)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 800)
    wizard.show()
    yield wizard
    wizard.shutdown()


def _fill_to_settings(qtbot, wizard: TrainingWizard, data: Path, model: Path) -> None:
    data_page = wizard.page("data")
    with qtbot.waitSignal(data_page.table_loaded, timeout=60_000):
        data_page.open_file(data)
    data_page.set_columns(["sentence1", "sentence2"], "score")
    qtbot.waitUntil(lambda: data_page.blocking_reason() is None, timeout=60_000)
    wizard.go_next()
    assert wizard.current_key() == "model"
    assert wizard.page("model").use_folder(model)
    qtbot.waitUntil(lambda: wizard.page("model").blocking_reason() is None, timeout=30_000)
    wizard.go_next()
    assert wizard.current_key() == "loss"
    wizard.go_next()
    assert wizard.current_key() == "settings"


def _short_run(wizard: TrainingWizard) -> None:
    settings = wizard.page("settings")
    settings.max_steps.setValue(2)
    settings.batch_size.setValue(8)
    settings.max_seq_length.setValue(32)


def _train(qtbot, wizard: TrainingWizard) -> Path:
    assert wizard.page("settings").blocking_reason() is None
    wizard.go_next()
    assert wizard.current_key() == "train"
    with qtbot.waitSignal(wizard.state.result_ready, timeout=240_000):
        wizard.page("train").start_button.click()
    qtbot.waitUntil(lambda: not wizard.is_training(), timeout=30_000)
    assert wizard.current_key() == "result"
    return Path(wizard.state.result.output_dir)


def _enabled(wizard: TrainingWizard, key: str) -> bool:
    item = wizard.step_list.item(wizard.keys.index(key))
    return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)


@pytest.mark.slow
def test_train_twice_from_the_result_page_and_reopen_the_first(qtbot, wizard, project):
    data, model = project
    _fill_to_settings(qtbot, wizard, data, model)
    _short_run(wizard)
    first = _train(qtbot, wizard)
    assert (first / SUMMARY_FILENAME).is_file()

    # going back from Result never greys it out, and Next on Train goes to it
    wizard.go_back()
    assert wizard.current_key() == "train"
    assert _enabled(wizard, "result")
    assert wizard.page("train").blocking_reason() is None
    assert wizard.next_button.isEnabled()
    assert wizard.reason_label.text() != "Start training first."
    wizard.go_next()
    assert wizard.current_key() == "result"

    # Train again: Settings, with a fresh folder, nothing blocking
    result_page = wizard.page("result")
    result_page.train_again_button.click()
    assert wizard.current_key() == "settings"
    second_dir = Path(wizard.state.config.output_dir)
    assert second_dir != first
    assert second_dir.name == f"{first.name}-2"
    assert wizard.page("settings").blocking_reason() is None
    assert "--" not in wizard.reason_label.text()
    wizard.page("settings").learning_rate.setCurrentText("5e-5")
    second = _train(qtbot, wizard)
    assert second == second_dir
    assert json.loads((second / SUMMARY_FILENAME).read_text("utf-8"))["config"][
        "learning_rate"
    ] == pytest.approx(5e-5)
    assert (first / SUMMARY_FILENAME).is_file()  # the first model is still there

    # both runs are listed; clicking the first opens it
    runs = result_page.runs_list
    qtbot.waitUntil(lambda: len(runs.records) == 2, timeout=5_000)
    assert {Path(r.output_dir) for r in runs.records} == {first, second}
    assert all(r.sentence for r in runs.records)
    for index, record in enumerate(runs.records):  # each verdict in words, not a bare sign
        assert record.verdict in VERDICTS
        assert f" {verdict_words(record.verdict)}: " in runs.list.item(index).text()
    row = next(i for i, r in enumerate(runs.records) if Path(r.output_dir) == first)
    runs.list.itemClicked.emit(runs.list.item(row))
    assert result_page.output_dir() == str(first)
    assert str(first) in result_page.saved_label.text()
    assert wizard.current_key() == "result"


@pytest.mark.slow
def test_every_step_can_be_revisited_and_result_survives_changes(qtbot, wizard, project):
    data, model = project
    _fill_to_settings(qtbot, wizard, data, model)
    _short_run(wizard)
    first = _train(qtbot, wizard)

    # back through every step, then forward again by the step list
    for key in reversed(wizard.keys[:-1]):
        wizard.go_back()
        assert wizard.current_key() == key
        assert _enabled(wizard, "result")
    for key in wizard.keys:
        assert wizard.go_to(key), key
        assert wizard.current_key() == key
    assert wizard.page("result").output_dir() == str(first)

    # a new base model makes the loss check stale; the result stays reachable
    wizard.go_to("model")
    wizard.state.model_path = str(model) + "-elsewhere"
    wizard.state.model_changed.emit()
    assert "loss-check" in wizard.state.stale
    assert not wizard.is_reachable(wizard.keys.index("train"))
    assert wizard.go_to("result")
    assert wizard.go_to("loss")
    assert "loss-check" not in wizard.state.stale  # seen again


def test_steps_are_declared_with_real_pages_and_headings(qtbot, wizard):
    assert wizard.keys == ["data", "model", "loss", "settings", "train", "result"]
    assert [type(page).__name__ for page in wizard.pages] == [
        "DataPage",
        "ModelPage",
        "LossPage",
        "SettingsPage",
        "TrainPage",
        "ResultPage",
    ]
    for step in STEPS:
        if step.own_heading:
            continue
        wizard._show(wizard.keys.index(step.rule.key))
        assert wizard.heading_label.isVisible()
        assert wizard.heading_label.text() == step.rule.heading
    wizard._show(0)
    assert not wizard.heading_label.isVisible()
    # nothing done yet: only Data can be shown, and the Result is not reachable
    assert not wizard.go_to("result")
    assert wizard.current_key() == "data"
