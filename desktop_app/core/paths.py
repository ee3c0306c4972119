"""Where the app keeps its data: the platform's standard per-user folders.

The locations match what Qt's ``QStandardPaths.AppDataLocation`` gives on each platform, so
the GUI and the CLI agree without the core importing Qt. ``EMBEDTUNE_HOME`` overrides the
base folder (tests use it; so can a portable install). Nothing is ever written inside the
installation folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app import APP_NAME, ORGANIZATION


def app_data_dir() -> Path:
    """Return the per-user folder for the app's data, created if missing."""
    override = os.environ.get("EMBEDTUNE_HOME")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        base = base / ORGANIZATION / APP_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / ORGANIZATION / APP_NAME
    base.mkdir(parents=True, exist_ok=True)
    return base


def models_dir() -> Path:
    """Return the folder where downloaded base models are kept."""
    path = app_data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def trained_models_dir() -> Path:
    """Return the default parent folder for models the user trains."""
    path = app_data_dir() / "trained"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    """Return the folder for log files."""
    path = app_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """Return the bundled ``resources/`` folder (works in a checkout and a frozen app)."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
