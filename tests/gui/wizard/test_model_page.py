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


# Languages: recommendation, preselection, the multilingual model offer -------------------------


def _pairs_file(path: Path, texts: list[str]) -> Path:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["question", "answer"])
        writer.writerows(zip(texts[::2], texts[1::2], strict=True))
    return path


def _korean(shared_data: Path, count: int = 80) -> list[str]:
    lines = (shared_data / "korsts" / "sts-dev.tsv").read_text("utf-8").splitlines()[1:]
    return [line.split("\t")[5] for line in lines[:count]]


def _load(page: ModelPage, path: Path) -> None:
    table = read_table(path)
    page.state.table = table
    page.state.roles = detect_columns(table)


@pytest.mark.shared_data
def test_korean_data_preselects_a_multilingual_model_and_can_be_kept(
    qtbot, page, shared_data, tmp_path
):
    _load(page, _pairs_file(tmp_path / "ko.csv", _korean(shared_data)))
    assert page.state.config.model == OFFLINE_ID
    page.on_enter()
    # MiniLM was not trained on Korean: the app picks the smallest model that was.
    assert page.state.config.model == NOT_HERE_ID
    text = page.recommendation_text()
    assert "Your texts are in Korean" in text
    assert "chose Multilingual E5 small instead" in text
    assert "471 MB download (about 3 minutes" in text
    assert page.recommend_button.text() == "Keep MiniLM L6 (English, included)"
    assert "download" in page.blocking_reason()

    # Keeping MiniLM is honoured, and the tokenizer check then tells the truth about it.
    with qtbot.waitSignal(page.token_check_done, timeout=120_000):
        page.recommend_button.click()
    assert page.state.config.model == OFFLINE_ID
    assert page.blocking_reason() is None
    assert "language-coverage" in page.check_warnings.property("codes")
    assert "splits Korean into single letters" in page.check_warnings.text()
    assert "knows the words of your texts" not in page.check_warnings.text()
    assert page.recommend_button.text() == "Use Multilingual E5 small"
    # The warning says why and what it costs; one button takes the better model.
    assert "Pick a model that knows your language: Multilingual E5 small" in (
        page.check_warnings.text()
    )
    assert page.recommendation_text() == ""
    assert page.recommend_button.isVisibleTo(page)
    # The user's own choice is never switched again.
    page.on_enter()
    assert page.state.config.model == OFFLINE_ID


@pytest.mark.shared_data
def test_english_data_keeps_the_english_model(qtbot, page, shared_data, tmp_path):
    import csv

    with open(shared_data / "stsb_multi_mt" / "stsb-en-dev.csv", encoding="utf-8") as f:
        english = [row[0] for row in list(csv.reader(f))[:80]]
    _load(page, _pairs_file(tmp_path / "en.csv", english))
    with qtbot.waitSignal(page.token_check_done, timeout=120_000):
        page.on_enter()
    assert page.state.config.model == OFFLINE_ID
    assert page.recommendation_text() == ""
    assert page.check_warnings.property("codes") == ""
    assert "This model knows English well." in page.check_warnings.text()


def test_multilingual_offer_is_declined_once_and_remembered(qtbot, page, app_settings):
    assert page.offer_box.isVisibleTo(page)
    assert "Multilingual E5 small" in page.offer_label.text()
    assert "471 MB" in page.offer_label.text()
    page.offer_dismiss_button.click()
    assert not page.offer_box.isVisibleTo(page)
    again = ModelPage(page.state, settings=app_settings)
    qtbot.addWidget(again)
    assert not again.offer_box.isVisibleTo(again)
    again.shutdown()


def test_multilingual_offer_says_plainly_that_there_is_no_network(qtbot, page):
    import time

    started = time.perf_counter()
    with qtbot.waitSignal(page.download_finished, timeout=20_000) as blocker:
        page.offer_download_button.click()
    assert blocker.args == [False]
    assert time.perf_counter() - started < 10
    text = page.message_label.text()
    assert "Could not download intfloat/multilingual-e5-small" in text
    assert "offline" in text
    assert page.offer_download_button.isEnabled()  # can try again later
    assert page.state.config.model == OFFLINE_ID  # the app keeps working with what is here


def test_a_shipped_multilingual_model_needs_no_offer(qtbot, wizard_state, app_settings, tmp_path,
                                                      monkeypatch):  # fmt: skip
    from desktop_app.core.catalog import models

    resources = tmp_path / "resources"
    shipped = resources / "models" / "intfloat--multilingual-e5-small"
    shipped.mkdir(parents=True)
    (shipped / "modules.json").write_text("[]")
    monkeypatch.setattr(models.paths, "resources_dir", lambda: resources)
    widget = ModelPage(wizard_state, settings=app_settings)
    qtbot.addWidget(widget)
    rows = {r["hub_id"]: r for r in widget.catalog_rows()}
    assert rows[NOT_HERE_ID]["On this computer"] == "Yes"
    assert not widget.offer_box.isVisibleTo(widget)
    widget.shutdown()


@pytest.mark.shared_data
def test_choosing_another_model_after_the_preselection_drops_its_note(
    qtbot, page, shared_data, tmp_path
):
    _load(page, _pairs_file(tmp_path / "ko.csv", _korean(shared_data)))
    page.on_enter()
    assert page.state.config.model == NOT_HERE_ID
    with qtbot.waitSignal(page.token_check_done, timeout=120_000):
        page.select_model(OFFLINE_ID)  # e.g. the wizard's own code, or a test
    assert "chose Multilingual E5 small instead" not in page.recommendation_text()


@pytest.mark.shared_data
def test_a_projects_model_is_never_switched(qtbot, page, shared_data, tmp_path):
    from desktop_app.core.training.config import TrainingConfig

    page.state.load_config(TrainingConfig(model=OFFLINE_ID), str(tmp_path / "p.embedtune"))
    _load(page, _pairs_file(tmp_path / "ko.csv", _korean(shared_data)))
    with qtbot.waitSignal(page.token_check_done, timeout=120_000):
        page.on_enter()
    assert page.state.config.model == OFFLINE_ID
    assert page.recommend_button.text() == "Use Multilingual E5 small"
