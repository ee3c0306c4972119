"""The main window: both areas, Back/Next keep values, geometry, closing, errors, warm-up."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import DataError
from desktop_app.gui.application import ExceptionHandler, parse_gui_args
from desktop_app.gui.dialogs import ErrorDetailsDialog
from desktop_app.gui.main_window import PLAYGROUND_TAB, TRAIN_TAB, MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot, app_settings):
    win = MainWindow(settings=app_settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


def test_window_shows_train_and_playground(window):
    assert window.isVisible()
    assert window.tabs.count() == 2
    assert window.tabs.tabText(TRAIN_TAB).replace("&", "") == "Train"
    assert window.tabs.tabText(PLAYGROUND_TAB).replace("&", "") == "Playground"
    assert window.wizard.keys[:2] == ["data", "model"]
    assert window.wizard.current_key() == "data"
    assert not window.wizard.next_button.isEnabled()
    assert "Drop a spreadsheet" in window.wizard.reason_label.text()
    assert window.wizard.back_button.text() == "&Back"
    assert window.wizard.next_button.text() == "&Next"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Language", "&Help"]
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.save_action.shortcut().toString() == "Ctrl+S"
    window.tabs.setCurrentIndex(PLAYGROUND_TAB)
    assert window.tabs.currentIndex() == PLAYGROUND_TAB


@pytest.mark.shared_data
def test_back_and_next_keep_what_was_entered(qtbot, window, drop_file, shared_data):
    data_page = window.wizard.page("data")
    with qtbot.waitSignal(data_page.table_loaded, timeout=60_000):
        drop_file(data_page, shared_data / "korean_question_pair" / "train.txt")
    data_page.eval_spin.setValue(15)
    with qtbot.waitSignal(data_page.validated, timeout=30_000):
        data_page.choose_positive_label("0")
    assert window.wizard.next_button.isEnabled()
    rows = data_page.table_model.rowCount()

    window.wizard.next_button.click()
    assert window.wizard.current_key() == "model"
    window.wizard.back_button.click()
    assert window.wizard.current_key() == "data"
    assert data_page.table_model.rowCount() == rows
    assert data_page.eval_spin.value() == 15
    assert window.state.config.positive_label == "0"
    assert window.state.config.eval_fraction == pytest.approx(0.15)
    assert data_page.label_buttons.checkedButton().objectName() == "positive_0"


def test_geometry_is_remembered(qtbot, app_settings):
    first = MainWindow(settings=app_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 540)
    qtbot.waitUntil(lambda: first.width() == 760)
    first.close()
    assert app_settings.window_geometry() is not None

    second = MainWindow(settings=app_settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 540)
    second.shutdown()


def test_closing_while_training_asks_first(window, monkeypatch):
    class FakeTrainPage:
        def __init__(self) -> None:
            self.cancelled = False

        def is_training(self) -> bool:
            return not self.cancelled

        def request_cancel_and_wait(self) -> None:
            self.cancelled = True

    fake = FakeTrainPage()
    monkeypatch.setattr(window.wizard, "_training_page", lambda: fake)
    answers = iter([False, True])
    monkeypatch.setattr(window.wizard, "ask_stop_training", lambda: next(answers))

    assert not window.close()
    assert window.isVisible()
    assert not fake.cancelled
    assert window.close()
    assert fake.cancelled


def test_unexpected_errors_show_details_and_user_errors_plain_words(qtbot, window):
    handler = ExceptionHandler(window)
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    assert isinstance(dialog, ErrorDetailsDialog)
    assert "ValueError: boom in a slot" in dialog.details_edit.toPlainText()
    assert "Traceback" in dialog.details_edit.toPlainText()
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert "boom in a slot" in QGuiApplication.clipboard().text()

    # An error in another thread is added to the open dialog, on the GUI thread.
    handler.install()
    try:
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
    finally:
        handler.uninstall()
    qtbot.waitUntil(lambda: "ZeroDivisionError" in dialog.details_edit.toPlainText())
    dialog.close()

    error = DataError("The file is empty.", "Pick another file.")
    handler.handle(DataError, error, None)
    box = None

    def user_box_open() -> bool:
        nonlocal box
        box = window.findChild(QMessageBox, "userErrorBox")
        return box is not None and box.isVisible()

    qtbot.waitUntil(user_box_open)
    assert box.text() == "The file is empty."
    assert box.informativeText() == "Pick another file."
    box.close()
    assert window.isVisible()


def test_engine_warms_up_after_the_window_shows(qtbot, window):
    window.start_engine_warmup()
    assert window.engine_label.text() == "Loading engine…"
    assert window.engine_is_loading()
    with qtbot.waitSignal(window.engine_ready, timeout=120_000):
        pass
    assert window.engine_label.text().startswith("Engine ready")


def test_gui_args_leave_unknown_options_alone():
    args = parse_gui_args(["--smoke-test", "project.etproj", "-platform", "offscreen"])
    assert args.project == "project.etproj"


@pytest.mark.shared_data
def test_playground_gets_the_data_and_the_trained_model(qtbot, window, drop_file, shared_data):
    data_page = window.wizard.page("data")
    with qtbot.waitSignal(data_page.table_loaded, timeout=60_000):
        drop_file(data_page, shared_data / "korsts" / "sts-dev.tsv")
    window.tabs.setCurrentIndex(PLAYGROUND_TAB)
    playground = window.playground()
    if playground is None:
        pytest.skip("the playground page is not part of this checkout")
    assert playground.search.corpus_name == "sts-dev.tsv"
    assert window.state.table.frame["sentence1"].iloc[0] in playground.search.corpus

    calls = []
    playground.compare_models = lambda base, trained: calls.append((base, trained))
    window.tabs.setCurrentIndex(TRAIN_TAB)
    window.wizard.open_playground_requested.emit("base/model", "/tmp/trained")
    assert window.tabs.currentIndex() == PLAYGROUND_TAB
    assert calls == [("base/model", "/tmp/trained")]


def test_macos_file_open_event_opens_the_project(qtbot, app_settings, tmp_path):
    """Finder sends a double-clicked project as a FileOpen event, not an argument."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.application import FileOpenFilter

    opened: list[str] = []
    event_filter = FileOpenFilter(opened.append)
    project = tmp_path / "demo.etproj"
    event = QFileOpenEvent(str(project))
    assert event_filter.eventFilter(QApplication.instance(), event) is True
    assert opened == [str(project)]


def test_building_the_window_shows_no_other_window(qtbot, app_settings):
    """No widget is shown while it still has no parent: such a widget is a top-level window
    for a moment, a stray window flashing on screen at start-up."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    shown: list[str] = []

    class ShowWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
            ):
                shown.append(type(watched).__name__)
            return False

    watcher = ShowWatcher()
    QApplication.instance().installEventFilter(watcher)
    try:
        window = MainWindow(settings=app_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert shown == ["MainWindow"]
