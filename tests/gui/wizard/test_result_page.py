"""The Result page: the core's verdict and one sentence first, examples, numbers in words behind
Details, the settings a search tried, stopped-early note, saved plot, Open folder, Playground."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from desktop_app.core.plotting.loss import LOSS_PLOT_FILENAME
from desktop_app.gui.wizard.result_page import ResultPage
from desktop_app.gui.wizard.state import WizardState

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PRIMARY = "qa_cosine_accuracy@1"
GREEN = "#2e7d32"
HEADLINE = (
    "On 40 questions the model had not seen, it now puts the right answer first for 78% of "
    "them (it was 41%; guessing would get 2%)."
)


def _summary(
    tmp_path, before=0.41, after=0.78, stopped=False, steps=300, total=300, **verdict
) -> dict:
    out = tmp_path / "model"
    out.mkdir(exist_ok=True)
    summary = {
        "verdict": "better",
        "verdict_reason": "The gain of +0.37 is larger than chance explains.",
        "verdict_advice": "Try it in the Playground with your own sentences.",
        "headline": HEADLINE,
        "examples": [
            {
                "first": "가격이 얼마예요?",
                "second": "만 원입니다.",
                "before": 0.21,
                "after": 0.74,
                "target": None,
            },
        ],
        "verdict_details": {"still_poor": False},
        "output_dir": str(out),
        "stopped_early": stopped,
        "primary_metric": PRIMARY,
        "metrics_before": {PRIMARY: before, "qa_cosine_mrr@10": 0.5, "qa_cosine_map@10": 0.4},
        "metrics_after": {PRIMARY: after, "qa_cosine_mrr@10": 0.85, "qa_cosine_map@10": 0.8},
        "loss_history": [{"step": s, "epoch": s / total, "loss": 2.0 / s} for s in range(1, steps)],
        "steps": steps,
        "total_steps": total,
        "base_model": "sentence-transformers/all-MiniLM-L6-v2",
        "config": {"model": "sentence-transformers/all-MiniLM-L6-v2"},
    }
    summary.update(verdict)
    return summary


@pytest.fixture
def new_page(qtbot):
    """Make Result pages; each is shut down after the test, as the main window does when it
    closes (a plot still being drawn finishes first). The list keeps them alive until then:
    qtbot holds widgets only weakly, and a page collected with its drawing still running
    would take the thread with it."""
    pages: list[ResultPage] = []

    def make() -> ResultPage:
        page = ResultPage(WizardState())
        qtbot.addWidget(page)
        page.resize(900, 900)
        page.show()
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.shutdown()


def test_better_model_leads_with_one_sentence_and_examples(qtbot, new_page, tmp_path):
    page = new_page()
    summary = _summary(tmp_path)
    page.state.result = summary
    page.state.result_ready.emit(summary)
    assert page.verdict_label.text() == "Your model got better."
    assert GREEN in page.verdict_label.styleSheet()
    assert page.sentence_label.text() == HEADLINE
    assert "larger than chance" in page.reason_label.text()
    assert page.examples_table.rowCount() == 1
    assert page.examples_table.item(0, 0).text() == "가격이 얼마예요?"
    assert page.examples_table.item(0, 3).text() == "0.21"
    assert page.examples_table.item(0, 4).text() == "0.74"
    assert page.examples_table.isColumnHidden(2)  # pairs carry no score of the user's
    # the numbers sit behind Details, every row named in words
    assert page.details.isHidden()
    page.details_button.click()
    assert page.details.isVisible()
    rows = page.table_rows()
    assert rows[0][0] == "Share of questions whose right answer comes first: the main measure"
    assert rows[0][1:] == pytest.approx((0.41, 0.78, 0.37))
    names = " ".join(row[0] for row in rows).lower()
    for jargon in ("qa", "cosine", "map@", "mrr", "@10", "_"):
        assert jargon not in names
    assert page.table.item(0, 3).text() == "+0.3700"
    assert summary["output_dir"] in page.saved_label.text()
    assert page.stopped_label.isHidden()
    # the loss plot is written beside the model and shown
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)
    assert page.plot_path == tmp_path / "model" / LOSS_PLOT_FILENAME
    assert page.plot_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not page.plot_label.pixmap().isNull()


@pytest.mark.parametrize(
    ("verdict", "still_poor", "headline"),
    [
        ("unchanged", False, "No real change."),
        ("unchanged", True, "Your model is still poor."),
        ("worse", False, "Your model got worse on the rows it had not seen."),
        ("cannot-tell", False, "The result cannot be measured."),
    ],
)
def test_only_better_is_green(qtbot, new_page, tmp_path, verdict, still_poor, headline):
    page = new_page()
    summary = _summary(
        tmp_path,
        verdict=verdict,
        verdict_reason="Because.",
        verdict_advice="Add the real answers.",
        verdict_details={"still_poor": still_poor},
    )
    page.show_result(summary)
    assert page.verdict_label.text() == headline
    assert GREEN not in page.verdict_label.styleSheet()
    assert page.advice_label.text() == "Add the real answers."
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)


def test_search_table_and_an_old_summary(qtbot, new_page, tmp_path):
    page = new_page()
    summary = _summary(tmp_path)
    summary["search"] = [
        {
            "loss": "CoSENTLoss",
            "learning_rate": 5e-5,
            "epochs": 6,
            "status": "done",
            "value": 0.61,
            "seconds": 120,
            "kept": True,
            "note": "",
        },
        {
            "loss": "AnglELoss",
            "learning_rate": 5e-5,
            "epochs": 6,
            "status": "skipped",
            "value": None,
            "seconds": 0,
            "kept": False,
            "note": "Not tried: it would not fit in the time given.",
        },
        {
            "loss": "CoSENTLoss",
            "learning_rate": 1e-4,
            "epochs": 6,
            "status": "done",
            "value": 0.60,
            "seconds": 110,
            "kept": False,
            "note": "",
        },
    ]
    page.show_result(summary)
    assert page.search_table.rowCount() == 3
    assert page.search_table.item(0, 3).text() == "kept"
    assert page.search_table.item(1, 1).text() == "–"
    assert page.search_table.item(1, 3).text().startswith("Not tried")
    assert page.search_table.item(2, 3).text() == "tried"  # words, not the status key
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)
    # a training_summary.json written before verdicts existed: no claim, just the numbers
    old = {k: v for k, v in _summary(tmp_path).items() if k not in ("verdict", "headline")}
    page.plot_path = None
    page.show_result(old)
    assert page.verdict_label.text() == "Training finished."
    assert "41% → 78%" in page.sentence_label.text()
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)


def test_stopped_early_is_said_plainly(qtbot, new_page, tmp_path):
    page = new_page()
    page.show_result(_summary(tmp_path, stopped=True, steps=120, total=300))
    assert page.stopped_label.isVisible()
    assert page.stopped_label.text() == (
        "Training was stopped early after 120 of 300 steps; the model keeps what it learned so far."
    )
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)


def test_which_moment_was_kept_is_said_only_when_there_is_something_to_say(
    qtbot, new_page, tmp_path
):
    """The run's note on the kept moment (core/training/best.py) sits under the advice; a run
    whose end was also its highest moment says nothing about it."""
    page = new_page()
    note = (
        "The model from the end of training was kept. Step 51 measured a little higher on the "
        "held-out rows (0.48 against 0.42), but by less than chance explains."
    )
    page.show_result(_summary(tmp_path, kept_note=note))
    assert page.moment_label.isVisible()
    assert page.moment_label.text() == note
    page.show_result(_summary(tmp_path))
    assert not page.moment_label.isVisible()
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)


def test_a_newer_result_replaces_the_plot_still_being_drawn(qtbot, new_page, tmp_path):
    """Two results shown one right after the other: only the newer one's plot is shown, and
    the older drawing neither arrives late nor outlives the page."""
    page = new_page()
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    page.show_result(_summary(tmp_path / "first"))
    page.show_result(_summary(tmp_path / "second", steps=120))
    qtbot.waitUntil(lambda: page.plot_path is not None, timeout=20_000)
    assert page.plot_path == tmp_path / "second" / "model" / LOSS_PLOT_FILENAME


def test_open_folder_and_playground(qtbot, new_page, tmp_path, monkeypatch):
    page = new_page()
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
