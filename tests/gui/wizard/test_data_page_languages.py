"""The Data page says which languages the texts are in and whether the chosen model knows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.gui.wizard.data_page import DataPage

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.shared_data]


@pytest.fixture
def page(qtbot, wizard_state, app_settings):
    widget = DataPage(wizard_state, settings=app_settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.shutdown()


def _open(qtbot, page: DataPage, path: Path) -> None:
    with qtbot.waitSignal(page.table_loaded, timeout=60_000):
        page.open_file(path)
    qtbot.waitUntil(lambda: page.language_label.isVisibleTo(page), timeout=10_000)


def test_sinhala_data_under_the_english_model_is_named_with_a_better_model(
    qtbot, page, shared_data
):
    _open(qtbot, page, shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv")
    text = page.language_label.text()
    assert text.startswith("Your texts are in Sinhala.")
    assert "MiniLM L6 (English, included), was not trained on Sinhala" in text
    assert "recommends Multilingual E5 small" in text
    assert "471 MB download" in text
    assert page.language_label.property("fits") is False

    # Choosing a model that knows Sinhala (on the Base model page) updates the note.
    page.state.config.model = "intfloat/multilingual-e5-small"
    page.state.model_changed.emit()
    assert "Multilingual E5 small, was trained on them" in page.language_label.text()
    assert page.language_label.property("fits") is True


def test_english_data_fits_the_english_model(qtbot, page, shared_data):
    _open(qtbot, page, shared_data / "stsb_multi_mt" / "stsb-en-dev.csv")
    assert page.language_label.text() == (
        "Your texts are in English. The chosen model, MiniLM L6 (English, included), "
        "was trained on them."
    )
    assert page.language_label.property("fits") is True


def test_the_note_adds_the_measured_verdict_of_the_chosen_model(
    qtbot, page, shared_data, offline_model_path
):
    page.state.model_path = str(offline_model_path)  # as the Base model page sets it
    with qtbot.waitSignal(page.language_measured, timeout=60_000):
        page.open_file(shared_data / "stsb_multi_mt" / "stsb-ru-dev.csv")
    text = page.language_label.text()
    assert text.startswith("Your texts are in Russian.")
    assert "Measured with its vocabulary: This model splits Russian into single letters" in text
    assert page.language_label.property("fits") is False
