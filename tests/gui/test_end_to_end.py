"""The whole wizard, for real: drop a real KorSTS file, map columns, pick the offline model and
a loss, train a few steps with the real engine, read the result, open the Playground.

No fake trainer here: this is what a user does, on a real file and a real model.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop_app.gui.main_window import PLAYGROUND_TAB, MainWindow

pytestmark = [
    pytest.mark.slow,
    pytest.mark.shared_data,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def _korsts_sample(shared_data: Path, target: Path, rows: int = 200) -> Path:
    """The first ``rows`` rows of KorSTS train as a plain CSV (what a user would export)."""
    source = shared_data / "korsts" / "sts-train.tsv"
    lines = source.read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    i1, i2, iscore = header.index("sentence1"), header.index("sentence2"), header.index("score")
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sentence1", "sentence2", "score"])
        for line in lines[1 : rows + 1]:
            cells = line.split("\t")
            writer.writerow([cells[i1], cells[i2], cells[iscore]])
    return target


@pytest.fixture
def window(qtbot, app_settings):
    win = MainWindow(settings=app_settings)
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    yield win
    win.shutdown()


def test_whole_wizard_trains_for_real_and_opens_playground(
    qtbot, window, shared_data, tmp_path, drop_file
):
    wizard = window.wizard
    state = window.state
    data_file = _korsts_sample(shared_data, tmp_path / "korsts-200.csv")

    # 1. Data: drop the file with a real QDropEvent carrying its URL, then map the columns
    data_page = wizard.page("data")
    assert wizard.current_key() == "data"
    with qtbot.waitSignal(data_page.table_loaded, timeout=60_000):
        assert drop_file(data_page, data_file) == (True, True)
    data_page.set_columns(["sentence1", "sentence2"], "score")
    qtbot.waitUntil(lambda: data_page.blocking_reason() is None, timeout=60_000)
    assert state.shape == "scored-pairs"
    assert len(state.table.frame) == 200
    wizard.go_next()

    # 2. Model: the offline MiniLM from the catalogue
    assert wizard.current_key() == "model"
    model_page = wizard.page("model")
    model_page.select_model(BASE_MODEL)
    qtbot.waitUntil(lambda: model_page.blocking_reason() is None, timeout=30_000)
    assert state.model_dimensions == 384
    wizard.go_next()

    # 3. Loss: the recommended one is pre-selected; pick it explicitly as a user would
    assert wizard.current_key() == "loss"
    loss_page = wizard.page("loss")
    assert loss_page.selected_loss() == "CoSENTLoss"
    loss_page.cards["CoSENTLoss"].radio.click()
    assert not loss_page.cards["MultipleNegativesRankingLoss"].radio.isEnabled()
    wizard.go_next()

    # 4. Settings: a few steps, short texts
    assert wizard.current_key() == "settings"
    settings_page = wizard.page("settings")
    settings_page.advanced_toggle.click()
    settings_page.max_steps.setValue(4)
    settings_page.max_seq_length.setValue(32)
    settings_page.batch_size.setValue(8)
    assert "Estimated training time" in settings_page.estimate_label.text()
    output_dir = Path(state.config.output_dir)
    assert output_dir.name.startswith("korsts-200-all-MiniLM-L6-v2-")
    assert settings_page.blocking_reason() is None
    wizard.go_next()

    # 5. Train, for real
    assert wizard.current_key() == "train"
    train_page = wizard.page("train")
    assert train_page.blocking_reason() == "Start training first."
    with qtbot.waitSignal(state.result_ready, timeout=600_000):
        train_page.start_button.click()
        assert train_page.is_training()
        assert wizard.is_training()
    qtbot.waitUntil(lambda: not train_page.is_training(), timeout=30_000)
    assert train_page.stat_labels["step"].text() == "4 / 4"
    assert train_page.plot.losses  # the live plot got the real loss

    # 6. Result: the wizard moved on; the numbers shown are those saved with the model
    assert wizard.current_key() == "result"
    result_page = wizard.page("result")
    saved = json.loads((output_dir / "training_summary.json").read_text("utf-8"))
    primary = saved["primary_metric"]
    assert primary
    shown = {row[0]: row[1:] for row in result_page.table_rows()}
    main_row = next(name for name in shown if name.endswith("the main measure"))
    before, after, change = shown[main_row]
    assert before == pytest.approx(saved["metrics_before"][primary])
    assert after == pytest.approx(saved["metrics_after"][primary])
    assert change == pytest.approx(after - before)
    assert f"{saved['metrics_after'][primary]:.2f}" in result_page.sentence_label.text()
    assert str(output_dir) in result_page.saved_label.text()
    assert result_page.verdict_label.text()
    qtbot.waitUntil(lambda: (output_dir / "loss_plot.png").is_file(), timeout=30_000)

    # 7. Open in Playground: both models side by side
    result_page.playground_button.click()
    assert window.tabs.currentIndex() == PLAYGROUND_TAB
    playground = window.playground()
    assert playground.compare_check.isChecked()
    assert playground.picker_a.current_ref() == BASE_MODEL
    assert playground.picker_b.current_ref() == str(output_dir)
    qtbot.waitUntil(
        lambda: (r := playground.current_result()) is not None and r.matrix_b is not None,
        timeout=120_000,
    )
    result = playground.current_result()
    assert (result.request.model_a, result.request.model_b) == (BASE_MODEL, str(output_dir))
