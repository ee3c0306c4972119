"""The "Export for other programs" and "Run on another machine" dialogs, with real work."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import pytest

from desktop_app.core.model_export import is_app_export
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.package import PACKAGE_MARKER
from desktop_app.gui import export_dialog
from desktop_app.gui.export_dialog import ADD_ON_MISSING, ExportDialog
from desktop_app.gui.package_run_dialog import PackageRunDialog
from desktop_app.gui.wizard.result_page import ResultPage
from desktop_app.gui.wizard.settings_page import SettingsPage
from desktop_app.gui.wizard.state import WizardState
from tests.helpers.tiny_model import build_tiny_model

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TEXTS = ["the printer does not print", "restart the printer", "the router is slow", "reset it"]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny"), TEXTS * 3)


def _dialog(qtbot, model: Path) -> ExportDialog:
    dialog = ExportDialog(str(model))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_runs_in_the_background_and_shows_the_check(qtbot, tiny_model, tmp_path):
    dialog = _dialog(qtbot, tiny_model)
    assert dialog.folder_edit.text().endswith("-onnx")
    dialog.set_format("onnx-int8")
    assert dialog.folder_edit.text().endswith("-onnx-int8")  # follows the format until edited
    out = tmp_path / "for-my-server"
    dialog.folder_edit.setText(str(out))
    dialog.start_export()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=120_000)

    assert dialog.report is not None
    assert is_app_export(out)
    status = dialog.status_label.text()
    assert "match the original" in status
    assert "as fast" in status or "not faster" in status
    assert "--" not in status
    assert dialog.open_button.isVisible()

    dialog.start_export()  # the same folder again, without "Replace": refused in plain words
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert "already holds an export" in dialog.status_label.text()
    assert "--overwrite" not in dialog.status_label.text()


def test_a_missing_add_on_is_said_without_commands(qtbot, tiny_model, monkeypatch):
    monkeypatch.setattr(
        export_dialog, "missing_add_ons", lambda name: ["openvino"] if name == "openvino" else []
    )
    dialog = _dialog(qtbot, tiny_model)
    assert not dialog.add_on_label.isVisible()
    dialog.set_format("openvino")
    assert dialog.add_on_label.isVisible()
    assert dialog.add_on_label.text() == ADD_ON_MISSING
    assert "pip" not in ADD_ON_MISSING
    assert not dialog.export_button.isEnabled()
    dialog.set_format("onnx")
    assert dialog.export_button.isEnabled()


def test_the_result_page_opens_the_export_dialog_for_the_trained_model(qtbot, tiny_model):
    page = ResultPage(WizardState())
    qtbot.addWidget(page)
    assert page.open_export_dialog() is None  # no result yet
    page._shown_summary = {"output_dir": str(tiny_model)}
    dialog = page.open_export_dialog()
    assert isinstance(dialog, ExportDialog)
    assert dialog.model_dir == str(tiny_model)
    dialog.close()


def test_run_on_another_machine_writes_the_folder(qtbot, tiny_model, tmp_path):
    data = tmp_path / "pairs.csv"
    with data.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([("question", "answer"), *itertools.pairwise(TEXTS)])
    config = TrainingConfig(
        data_file=str(data), model=str(tiny_model), output_dir=str(tmp_path / "m")
    )
    dialog = PackageRunDialog(config)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.folder_edit.text() == str(tmp_path / "m-run-elsewhere")
    dialog.start_packing()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert dialog.result is not None
    assert (tmp_path / "m-run-elsewhere" / PACKAGE_MARKER).is_file()
    assert "README" in dialog.status_label.text()


def test_the_settings_page_has_the_button(qtbot):
    state = WizardState()
    page = SettingsPage(state)
    qtbot.addWidget(page)
    dialog = page.open_package_run_dialog()
    assert isinstance(dialog, PackageRunDialog)
    assert not dialog.write_button.isEnabled()  # no data chosen yet
    assert "Data page" in dialog.status_label.text()
    dialog.close()
    page.shutdown()
