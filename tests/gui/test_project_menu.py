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


def test_a_project_asking_for_permissions_gets_none_and_the_user_is_told(
    qtbot, app_settings, tmp_path
):
    import json

    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "thesis.docx").write_text("years of work", "utf-8")
    data = tmp_path / "pairs.csv"
    data.write_text("question,answer\nhow?,like this\n", "utf-8")
    project = tmp_path / f"shared{PROJECT_SUFFIX}"
    project.write_text(
        json.dumps(
            {
                "format": "embedtune-project",
                "format_version": 1,
                "config": {
                    "data_file": str(data),
                    "output_dir": str(documents),
                    "overwrite": True,
                    "resume": True,
                    "trust_remote_code": True,
                },
            }
        ),
        "utf-8",
    )
    window = _window(qtbot, app_settings)
    assert window.open_project(project)
    config = window.state.config
    assert (config.overwrite, config.resume, config.trust_remote_code) == (False, False, False)
    box = window.findChild(QMessageBox, "userErrorBox")
    assert box is not None
    assert "run the model's own program code" in box.text()
    assert "replace the output folder" in box.text()
    box.close()
    settings_page = window.wizard.page("settings")
    assert "already holds files" in (settings_page.blocking_reason() or "")
    assert (documents / "thesis.docx").read_text("utf-8") == "years of work"
    window.shutdown()


def test_a_project_with_a_wrong_type_is_refused_on_open(qtbot, app_settings, tmp_path):
    import json

    project = tmp_path / f"bad{PROJECT_SUFFIX}"
    project.write_text(
        json.dumps(
            {
                "format": "embedtune-project",
                "config": {"data_file": "x.csv"},
                "relative_paths": ["x.csv"],
            }
        ),
        "utf-8",
    )
    window = _window(qtbot, app_settings)
    before = window.state.config
    assert not window.open_project(project)
    box = window.findChild(QMessageBox, "userErrorBox")
    assert "relative_paths" in box.text()
    assert window.state.config is before
    box.close()
    window.shutdown()
