"""The model page never shows a check, or an error, that belongs to another model."""

from __future__ import annotations

import pytest

from desktop_app.core.catalog.models import CATALOG
from desktop_app.core.data.detection import detect_columns
from desktop_app.core.data.reading import read_table
from desktop_app.gui.wizard.model_page import ModelPage

pytestmark = [pytest.mark.shared_data, pytest.mark.qt_log_ignore("propagateSizeHints")]

OFFLINE_ID = next(spec.hub_id for spec in CATALOG if spec.offline)
NOT_HERE_ID = "intfloat/multilingual-e5-large"


@pytest.fixture
def page(qtbot, wizard_state, app_settings, shared_data):
    widget = ModelPage(wizard_state, settings=app_settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    table = read_table(shared_data / "korsts" / "sts-dev.tsv")
    widget.state.table = table
    widget.state.roles = detect_columns(table)
    yield widget
    widget.shutdown()


def test_another_model_drops_the_last_models_check(qtbot, page, shared_data):
    with qtbot.waitSignal(page.token_check_done, timeout=120_000):
        page.select_model(OFFLINE_ID)  # the first check also imports the tokenizer code
    done: list[bool] = []
    page.token_check_done.connect(lambda: done.append(True))
    table = read_table(shared_data / "korsts" / "sts-test.tsv")
    page.state.table, page.state.roles = table, detect_columns(table)
    assert page.check_tokens()  # new data: MiniLM's check starts in the background ...
    page.select_model(NOT_HERE_ID)  # ... and the user picks a model not downloaded yet
    assert not page.check_warnings.isVisible()
    qtbot.wait(4_000)  # the cancelled check of MiniLM must not come back
    assert done == []
    assert not page.check_warnings.isVisible()
    assert "✔" not in page.chosen_label.text()
    # going back to MiniLM checks it afresh
    with qtbot.waitSignal(page.token_check_done, timeout=120_000):
        page.select_model(OFFLINE_ID)
    assert page.check_warnings.isVisible()


def test_failed_download_names_no_exception(qtbot, page):
    with qtbot.waitSignal(page.download_finished, timeout=60_000):
        page.select_model(NOT_HERE_ID)
        page.start_download()
    text = page.message_label.text()
    assert "Could not download" in text
    assert "Error" not in text  # no LocalEntryNotFoundError, OfflineModeIsEnabled...
