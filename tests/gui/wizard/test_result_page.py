"""The Result page: verdict and numbers, stopped-early note, saved plot, Open folder, Playground."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from desktop_app.core.plotting.loss import LOSS_PLOT_FILENAME
from desktop_app.gui.wizard.result_page import ResultPage, verdict
from desktop_app.gui.wizard.state import WizardState

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PRIMARY = "eval_cosine_accuracy@1"


def _summary(tmp_path, before=0.41, after=0.78, stopped=False, steps=300, total=300) -> dict:
    out = tmp_path / "model"
    out.mkdir(exist_ok=True)
    return {
        "output_dir": str(out),
        "stopped_early": stopped,
        "primary_metric": PRIMARY,
        "metrics_before": {PRIMARY: before, "eval_cosine_mrr@10": 0.5},
        "metrics_after": {PRIMARY: after, "eval_cosine_mrr@10": 0.85},
        "loss_history": [{"step": s, "epoch": s / total, "loss": 2.0 / s} for s in range(1, steps)],
        "steps": steps,
        "total_steps": total,
        "base_model": "sentence-transformers/all-MiniLM-L6-v2",
        "config": {"model": "sentence-transformers/all-MiniLM-L6-v2"},
    }


def _page(qtbot) -> ResultPage:
    page = ResultPage(WizardState())
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    return page


def test_better_model_in_words_and_numbers(qtbot, tmp_path):
    page = _page(qtbot)
    summary = _summary(tmp_path)
    page.state.result = summary
    page.state.result_ready.emit(summary)
    assert page.verdict_label.text() == "Your model got better."
    assert "the right answer comes first for 41% → 78% of questions" in (
        page.sentence_label.text().lower()
    )
    rows = page.table_rows()
    assert rows[0][0].endswith("the main measure")
    assert rows[0][1:] == pytest.approx((0.41, 0.78, 0.37))
    assert rows[1][1:] == pytest.approx((0.5, 0.85, 0.35))
    assert page.table.item(0, 3).text() == "+0.3700"
    assert summary["output_dir"] in page.saved_label.text()
    assert page.stopped_label.isHidden()
    # the loss plot is written beside the model and shown
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)
    assert page.plot_path == tmp_path / "model" / LOSS_PLOT_FILENAME
    assert page.plot_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not page.plot_label.pixmap().isNull()


def test_no_improvement_gives_advice(qtbot, tmp_path):
    page = _page(qtbot)
    page.show_result(_summary(tmp_path, before=0.6, after=0.6))
    assert page.verdict_label.text() == "Your model did not improve."
    assert "try" in page.advice_label.text()
    assert verdict(0.6, 0.4, False)[0].startswith("Your model got worse")
    assert "no evaluation rows" in verdict(None, None, False)[0]
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)


def test_stopped_early_is_said_plainly(qtbot, tmp_path):
    page = _page(qtbot)
    page.show_result(_summary(tmp_path, stopped=True, steps=120, total=300))
    assert page.stopped_label.isVisible()
    assert page.stopped_label.text() == (
        "Training was stopped early after 120 of 300 steps; the model keeps what it learned so far."
    )
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)


def test_open_folder_and_playground(qtbot, tmp_path, monkeypatch):
    page = _page(qtbot)
    assert not page.playground_button.isEnabled()
    summary = _summary(tmp_path)
    page.show_result(summary)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert page.open_folder()
    assert opened[0].toLocalFile() == summary["output_dir"]
    with qtbot.waitSignal(page.open_playground_requested, timeout=1000) as blocker:
        page.playground_button.click()
    assert blocker.args == ["sentence-transformers/all-MiniLM-L6-v2", summary["output_dir"]]
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)
