"""GUI test fixtures: settings in a temp file, a wizard state, real drag-and-drop events."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.settings import AppSettings
from desktop_app.gui.wizard.state import WizardState


@pytest.fixture(autouse=True)
def _temp_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Send every QSettings() a GUI test makes to a temp folder, never the user's settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    old_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(old_format)


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    """App settings kept in an INI file of the test's own."""
    return AppSettings.at_path(tmp_path / "settings.ini")


@pytest.fixture
def wizard_state(qtbot) -> WizardState:
    """A fresh wizard state."""
    return WizardState()


def _send_drop(widget: QWidget, path: Path) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = QPoint(max(1, widget.width() // 2), max(1, widget.height() // 2))
    enter = QDragEnterEvent(  # takes a QPoint (PySide6 6.12 refuses a QPointF here)
        centre,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


@pytest.fixture
def drop_file() -> Callable[[QWidget, Path], tuple[bool, bool]]:
    """Drop a file on a widget with real QDragEnterEvent/QDropEvent carrying its URL.

    Returns (drag enter accepted, drop accepted).
    """
    return _send_drop
