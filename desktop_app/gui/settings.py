"""What the app remembers between sessions: window geometry, last folders, recent projects.

A thin wrapper over :class:`QSettings`, so that every key lives in one place and tests can
hand in a settings object backed by a temporary INI file (they never touch the user's own).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

#: How many recent projects File > Open recent lists.
MAX_RECENT_PROJECTS = 8


class AppSettings:
    """Typed access to the app's QSettings.

    Args:
        settings: The QSettings to use; the app's per-user settings when None (the
            organisation and application names set on the QApplication decide where).
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @classmethod
    def at_path(cls, path: str | Path) -> AppSettings:
        """Settings kept in an INI file at ``path`` (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def qsettings(self) -> QSettings:
        """The underlying QSettings (for code that needs its own keys)."""
        return self._settings

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()

    # Window ---------------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        """The main window's saved geometry, or None on first start."""
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        """Remember the main window's geometry."""
        self._settings.setValue("window/geometry", geometry)

    def window_state(self) -> QByteArray | None:
        """The main window's saved toolbar/dock state, or None."""
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, state: QByteArray) -> None:
        """Remember the main window's toolbar/dock state."""
        self._settings.setValue("window/state", state)

    # Language -------------------------------------------------------------------------------

    def language(self) -> str | None:
        """The language the user chose in the Language menu ("ru", …), or None (never chose)."""
        value = self._settings.value("ui/language", "")
        return str(value) if value else None

    def set_language(self, code: str) -> None:
        """Remember the language the user chose."""
        self._settings.setValue("ui/language", code)

    # Folders --------------------------------------------------------------------------------

    def last_folder(self, purpose: str) -> str:
        """The folder last used for ``purpose`` ("data", "project", "model", "output").

        Falls back to the folder used for anything, then the home folder, so that every
        file dialog opens somewhere sensible.
        """
        for key in (f"folders/{purpose}", "folders/any"):
            value = self._settings.value(key, "")
            if value and Path(str(value)).is_dir():
                return str(value)
        return str(Path.home())

    def set_last_folder(self, purpose: str, path: str | Path) -> None:
        """Remember the folder of ``path`` (a file or a folder) for ``purpose``."""
        path = Path(path)
        folder = path if path.is_dir() else path.parent
        self._settings.setValue(f"folders/{purpose}", str(folder))
        self._settings.setValue("folders/any", str(folder))

    # Recent projects ------------------------------------------------------------------------

    def recent_projects(self) -> list[str]:
        """Recently opened or saved project files, newest first (missing files left out)."""
        value = self._settings.value("projects/recent", [])
        if isinstance(value, str):  # QSettings returns a single-item list as a string
            value = [value]
        return [str(p) for p in (value or []) if p and Path(str(p)).is_file()]

    def add_recent_project(self, path: str | Path) -> None:
        """Put ``path`` first in the recent projects."""
        path = str(Path(path).resolve())
        items = [p for p in self.recent_projects() if p != path]
        self._settings.setValue("projects/recent", [path, *items][:MAX_RECENT_PROJECTS])

    def clear_recent_projects(self) -> None:
        """Forget the recent projects."""
        self._settings.setValue("projects/recent", [])
