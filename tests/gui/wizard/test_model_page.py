"""The model page with the real offline model: catalogue, tokenizer check, offline download."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.catalog.models import CATALOG
from desktop_app.core.data.detection import detect_columns
from desktop_app.core.data.reading import read_table
from desktop_app.gui.wizard.model_page import ModelPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

OFFLINE_ID = next(spec.hub_id for spec in CATALOG if spec.offline)
NOT_HERE_ID = "intfloat/multilingual-e5-small"


@pytest.fixture
def page(qtbot, wizard_state, app_settings):
    widget = ModelPage(wizard_state, settings=app_settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.shutdown()


def test_lists_the_catalogue_and_marks_the_offline_model(page):
    rows = page.catalog_rows()
    assert [r["hub_id"] for r in rows] == [spec.hub_id for spec in CATALOG]
    by_id = {r["hub_id"]: r for r in rows}
    assert by_id[OFFLINE_ID]["On this computer"] == "Yes"
    assert by_id[NOT_HERE_ID]["On this computer"] == "Download needed"
    assert by_id[OFFLINE_ID]["Vector size"] == "384"
    assert by_id[OFFLINE_ID]["Size"] == "91 MB"
    assert by_id[OFFLINE_ID]["Licence"] == "apache-2.0"

    page.search_edit.setText("e5")
    shown = {r["hub_id"] for r in page.catalog_rows()}
    assert shown == {s.hub_id for s in CATALOG if "e5" in s.hub_id.lower()}
    page.search_edit.setText("")
    assert len(page.catalog_rows()) == len(CATALOG)


@pytest.mark.shared_data
def test_choosing_the_offline_model_checks_sinhala_tokens(
    qtbot, page, shared_data, offline_model_path
):
    table = read_table(shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv")
    page.state.table = table
    page.state.roles = detect_columns(table)
    with qtbot.waitSignal(page.token_check_done, timeout=120_000):
        page.select_model(OFFLINE_ID)
    state = page.state
    assert Path(state.model_path) == offline_model_path
    assert state.config.model == OFFLINE_ID
    assert state.model_dimensions == 384
    assert state.model_max_seq_length == 256
    assert page.blocking_reason() is None
    assert "unknown-tokens" in page.check_warnings.property("codes")
    assert "does not know" in page.check_warnings.text()
    assert "(it reads 256)" in page.check_label.text()


def test_offline_download_gives_a_plain_message_and_page_stays_usable(qtbot, page):
    with qtbot.waitSignal(page.state.model_changed, timeout=5_000):
        page.select_model(NOT_HERE_ID)
    assert page.state.model_path is None
    assert page.download_button.isVisibleTo(page)
    assert "download" in page.blocking_reason()

    with qtbot.waitSignal(page.download_finished, timeout=60_000) as blocker:
        page.download_button.click()
    assert blocker.args == [False]
    text = page.message_label.text()
    assert "Could not download" in text
    assert "model folder on this computer" in text
    assert page.message_label.property("kind") == "error"
    assert page.download_button.isVisibleTo(page)
    assert not page.progress.isVisibleTo(page)

    page.select_model(OFFLINE_ID, check=False)
    assert page.blocking_reason() is None


def test_model_folder_is_validated(page, tmp_path, offline_model_path):
    assert not page.use_folder(tmp_path)
    assert "does not hold a model" in page.message_label.text()
    assert page.use_folder(offline_model_path)
    assert Path(page.state.config.model) == offline_model_path.resolve()
    assert page.state.model_dimensions == 384
    assert page.blocking_reason() is None
