"""File > Save/Open project through the main window, recent projects, a missing data file.

(Named test_project_menu.py: tests/core/test_project.py has the core's project tests, and
pytest refuses two test modules with the same name in folders without __init__.py.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.project import PROJECT_SUFFIX
from desktop_app.gui.main_window import MainWindow

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _window(qtbot, settings) -> MainWindow:
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _load(qtbot, window, drop_file, path: Path) -> None:
    page = window.wizard.page("data")
    with qtbot.waitSignal(page.table_loaded, timeout=60_000):
        drop_file(page, path)


def test_save_and_open_round_trip(qtbot, app_settings, drop_file, shared_data, tmp_path):
    data = tmp_path / "pairs.txt"
    shutil.copy(shared_data / "korean_question_pair" / "validation.txt", data)
    first = _window(qtbot, app_settings)
    _load(qtbot, first, drop_file, data)
    page = first.wizard.page("data")
    with qtbot.waitSignal(page.validated, timeout=30_000):
        page.choose_positive_label("0")
    page.eval_spin.setValue(20)
    first.state.config.epochs = 3.0
    project_file = tmp_path / "project"
    assert first._save_to(project_file)
    saved = project_file.with_name("project" + PROJECT_SUFFIX)
    assert saved.is_file()
    assert first.state.project_path == str(saved.resolve())
    assert first.windowTitle().startswith("project" + PROJECT_SUFFIX)
    assert app_settings.recent_projects() == [str(saved.resolve())]
    saved_config = first.state.config.to_dict()
    first.shutdown()

    second = _window(qtbot, app_settings)
    second_page = second.wizard.page("data")
    with qtbot.waitSignal(second_page.table_loaded, timeout=60_000):
        assert second.open_project(saved)
    assert second.state.config.to_dict() == saved_config
    assert second_page.table_model.rowCount() == len(second.state.table.frame) > 0
    assert second.state.roles.positive_label == "0"
    assert second_page.eval_spin.value() == 20
    assert second.wizard.next_button.isEnabled()
    # Save on a project that has a file writes to it without asking.
    second.state.config.epochs = 5.0
    assert second.save_project()
    assert '"epochs": 5.0' in saved.read_text("utf-8")
    second.shutdown()


def test_missing_data_file_is_said_plainly_and_the_rest_loads(
    qtbot, app_settings, drop_file, shared_data, tmp_path
):
    data = tmp_path / "pairs.tsv"
    shutil.copy(shared_data / "korsts" / "sts-dev.tsv", data)
    first = _window(qtbot, app_settings)
    _load(qtbot, first, drop_file, data)
    first.state.config.batch_size = 8
    assert first._save_to(tmp_path / f"p{PROJECT_SUFFIX}")
    first.shutdown()
    data.unlink()

    second = _window(qtbot, app_settings)
    assert second.open_project(tmp_path / f"p{PROJECT_SUFFIX}")
    box = second.findChild(QMessageBox, "userErrorBox")
    assert box is not None
    assert "not on this computer" in box.text()
    assert str(data) in box.text()
    box.close()
    assert second.state.config.batch_size == 8
    assert second.state.config.text_columns == ["sentence1", "sentence2"]
    page = second.wizard.page("data")
    assert "not on this computer any more" in page.message_label.text()
    assert page.drop_zone.browse_button.isEnabled()
    second.shutdown()
