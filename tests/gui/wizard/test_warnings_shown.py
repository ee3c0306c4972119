"""Every warning is seen: at the top of the Data page (all visible at 1280x800, counts that
jump to the rows) and again, all together, on the Train page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from desktop_app.core.data.detection import detect_columns
from desktop_app.core.data.reading import read_table
from desktop_app.core.data.validation import validate
from desktop_app.gui.wizard.data_page import DataPage
from desktop_app.gui.wizard.state import WizardState
from desktop_app.gui.wizard.train_page import TrainPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _faq(path: Path) -> Path:
    """Nine rows: identical question/answer pairs, a repeated row and an empty answer."""
    rows = [
        ("Как сменить пароль?", "Как сменить пароль?"),
        ("Как отменить подписку?", "Как отменить подписку?"),
        ("Где история заказов?", "Где история заказов?"),
        ("Как связаться с нами?", "Напишите в чат поддержки."),
        ("Как связаться с нами?", "Напишите в чат поддержки."),
        ("Можно ли вернуть товар?", "Да, в течение 14 дней."),
        ("Есть ли доставка?", ""),
        ("Сколько стоит доставка?", "Доставка бесплатна от 3000 рублей."),
        ("Как оплатить?", "Картой или наличными."),
    ]
    path.write_text(
        "question,answer\n" + "\n".join(f'"{q}","{a}"' for q, a in rows) + "\n", "utf-8"
    )
    return path


def test_data_page_shows_every_warning_at_the_top(qtbot, wizard_state, app_settings, tmp_path):
    page = DataPage(wizard_state, settings=app_settings)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    with qtbot.waitSignal(page.table_loaded, timeout=60_000):
        page.open_file(_faq(tmp_path / "faq.csv"))
    qtbot.waitUntil(lambda: page.blocking_reason() is None, timeout=30_000)
    report = wizard_state.report
    expected = report.warning_codes()
    assert len(expected) >= 2, expected  # few rows, identical pairs, repeats...
    strip = page.warning_strip
    assert strip.isVisible()
    assert strip.codes() == expected
    assert strip.counts()["warning"] == len(expected)
    # every warning is on screen: inside the page, none below its bottom edge
    for label in strip.labels:
        assert label.isVisible()
        bottom = label.mapTo(page, QPoint(0, label.height())).y()
        assert bottom <= page.height(), label.text()
    # a click on the rows count shows the first row with a problem
    if strip.note_button.isVisible() or strip.error_button.isVisible():
        button = strip.error_button if strip.error_button.isVisible() else strip.note_button
        button.click()
        assert page.problems_list.currentRow() == 0
        assert page.table_view.selectionModel().hasSelection()
    page.shutdown()


def test_train_page_lists_every_warning_and_repeats_unknown_words(
    qtbot, tmp_path, offline_model_path, shared_data
):
    from transformers import AutoTokenizer

    state = WizardState()
    table = read_table(_faq(tmp_path / "faq.csv"))
    state.table, state.roles = table, detect_columns(table)
    state.report = validate(table, state.roles)
    sinhala = read_table(shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv")
    tokenizer = AutoTokenizer.from_pretrained(str(offline_model_path), local_files_only=True)
    token_report = validate(sinhala, detect_columns(sinhala), tokenizer=tokenizer)
    assert "unknown-tokens" in token_report.warning_codes()
    state.token_report = token_report
    state.model_path = str(offline_model_path)
    state.token_report_key = (state.model_path, id(state.table))
    state.config.data_file = str(table.path)
    state.config.output_dir = str(tmp_path / "out")
    state.config.batch_size = 64
    state.config.eval_fraction = 0.0
    page = TrainPage(state)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.on_enter()
    codes = page.warning_strip.codes()
    assert codes[: len(state.report.warning_codes())] == state.report.warning_codes()
    assert "unknown-tokens" in codes  # the Base model page's warning, repeated
    assert "batch-larger-than-data" in codes  # said, not silently made smaller
    assert all(label.isVisible() for label in page.warning_strip.labels)
    batch = next(i for i in page.warning_strip.items if i.code == "batch-larger-than-data")
    assert "8 training rows" in batch.message  # nine rows, one without an answer

    # a warning the engine sends again during the run is not shown a second time;
    # one that is not listed yet is
    from desktop_app.core.training.events import TrainingWarning

    page._on_warning(TrainingWarning("batch-larger-than-data", batch.message, batch.hint))
    assert batch.message not in page.alert_label.text()
    assert batch.message in page.log_view.toPlainText()  # still in the log
    page._on_warning(TrainingWarning("disk-full-checkpoint", "A checkpoint was not saved."))
    assert "A checkpoint was not saved." in page.alert_label.text()

    # a check made with another model is not repeated
    state.model_path = str(tmp_path / "another-model")
    page.on_enter()
    assert "unknown-tokens" not in page.warning_strip.codes()


def test_training_alerts_stay_listed(qtbot):
    from desktop_app.core.training.watch import NAN_ALERT, PLATEAU_ALERT

    page = TrainPage(WizardState())
    qtbot.addWidget(page)
    page._show_alert(PLATEAU_ALERT)
    page._show_alert(NAN_ALERT)
    assert PLATEAU_ALERT in page.alert_label.text()
    assert NAN_ALERT in page.alert_label.text()
