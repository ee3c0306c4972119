"""Project files: everything the wizard holds, saved as a small JSON file.

A project is a :class:`~desktop_app.core.training.config.TrainingConfig` plus a little
metadata (format version, app version, when it was saved). Files end in
:data:`PROJECT_SUFFIX` (``.etproj``): a single suffix, because Windows and macOS associate
documents with an app by their last suffix only, and installers register exactly this one.

Paths (the data file, the evaluation file, the output folder and a model given as a folder)
are stored twice: relative to the project file, so a folder moved or shared as a whole keeps
working, and absolute, for a project saved away from its data. Opening a project whose data
file is gone still loads everything else and names the missing files, so the GUI can say so
in plain words.

Pure Python: no Qt here, so the CLI and tests can read projects too.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.core.errors import DataError
from desktop_app.core.training.config import TrainingConfig

#: The suffix of project files (registered by the installers as the app's document type).
PROJECT_SUFFIX = ".etproj"
#: What the ``format`` key of every project file says.
PROJECT_FORMAT = "embedtune-project"
#: Bumped when the file layout changes incompatibly.
PROJECT_FORMAT_VERSION = 1

#: Config fields that always hold file or folder paths.
_PATH_FIELDS = ("data_file", "eval_file", "output_dir")


@dataclass
class Project:
    """A project as read from disk.

    Attributes:
        config: The training configuration, paths resolved to absolute ones where possible.
        path: The project file.
        saved_at: When it was saved (ISO 8601, UTC), or "" when unknown.
        app_version: The app version that wrote it.
        missing_files: Paths the project names that do not exist on this computer
            (the data file, the evaluation file, a model folder), in config order.
        metadata: Extra app metadata saved with the project (e.g. the page last shown).
    """

    config: TrainingConfig
    path: Path
    saved_at: str = ""
    app_version: str = ""
    missing_files: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


def with_project_suffix(path: str | Path) -> Path:
    """Return ``path`` with :data:`PROJECT_SUFFIX` appended when it has another suffix."""
    path = Path(path)
    if path.suffix.lower() == PROJECT_SUFFIX:
        return path
    return path.with_name(path.name + PROJECT_SUFFIX)


def _relative_to(path: str, base: Path) -> str | None:
    try:
        return os.path.relpath(Path(path).expanduser().resolve(), base.resolve())
    except ValueError:  # another drive on Windows
        return None


def _model_is_folder(model: str) -> bool:
    return bool(model) and os.path.isabs(os.path.expanduser(model))


def save_project(
    config: TrainingConfig,
    path: str | Path,
    *,
    metadata: dict[str, Any] | None = None,
) -> Path:
    """Write ``config`` as a project file, atomically.

    The file is written to a temporary file beside it and then renamed, so a crash never
    leaves a half-written project. Saving over an existing file is the caller's decision
    (the GUI's Save As dialog asks the user itself).

    Args:
        config: What the wizard holds.
        path: The project file; :data:`PROJECT_SUFFIX` is added when missing.
        metadata: Extra JSON-ready values to keep with the project.

    Returns:
        The path written.

    Raises:
        DataError: The file cannot be written (no permission, disk full, no such folder).
    """
    path = with_project_suffix(path).expanduser()
    base = path.resolve().parent
    data = config.to_dict()
    relative: dict[str, str] = {}
    for name in _PATH_FIELDS:
        value = data.get(name)
        if value:
            rel = _relative_to(str(value), base)
            if rel is not None:
                relative[name] = Path(rel).as_posix()
            data[name] = str(Path(str(value)).expanduser().resolve())
    if _model_is_folder(config.model):
        rel = _relative_to(config.model, base)
        if rel is not None:
            relative["model"] = Path(rel).as_posix()
    payload = {
        "format": PROJECT_FORMAT,
        "format_version": PROJECT_FORMAT_VERSION,
        "app_version": __version__,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": data,
        "relative_paths": relative,
        "metadata": dict(metadata or {}),
    }
    text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    try:
        base.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".saving-", suffix=PROJECT_SUFFIX, dir=base)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DataError(
            f"Could not save the project to {path} ({exc.strerror or exc}).",
            "Pick another folder, or check that the disk is not full.",
        ) from None
    return path


def _resolve(stored: str, relative: str | None, base: Path) -> tuple[str, bool]:
    """Return the best path for a stored one and whether it exists."""
    if relative:
        candidate = (base / relative).resolve()
        if candidate.exists():
            return str(candidate), True
    candidate = Path(stored).expanduser()
    if candidate.exists():
        return str(candidate), True
    return stored, False


def load_project(path: str | Path) -> Project:
    """Read a project file written by :func:`save_project`.

    Paths are resolved against the project file first (a moved project folder keeps
    working), then taken as stored. Files that exist nowhere are listed in
    :attr:`Project.missing_files`; everything else loads anyway.

    Raises:
        DataError: The file does not exist, is not JSON, or is not a project file.
    """
    path = Path(path).expanduser()
    try:
        payload = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise DataError(
            f"The project file {path} does not exist.", "It may have been moved or deleted."
        ) from None
    except IsADirectoryError:
        raise DataError(
            f"{path} is a folder, not a project file.", "Pick a project file."
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DataError(
            f"{path.name} is not a project file of this app.",
            f"Pick a file ending in {PROJECT_SUFFIX} saved by this app.",
        ) from None
    except OSError as exc:
        raise DataError(
            f"Could not open {path.name} ({exc.strerror or exc}).",
            "Check that you may read the file.",
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != PROJECT_FORMAT:
        raise DataError(
            f"{path.name} is not a project file of this app.",
            f"Pick a file ending in {PROJECT_SUFFIX} saved by this app.",
        )
    version = payload.get("format_version", 1)
    if not isinstance(version, int) or version > PROJECT_FORMAT_VERSION:
        raise DataError(
            f"{path.name} was saved by a newer version of the app.",
            "Update the app to open it.",
        )
    data = payload.get("config")
    if not isinstance(data, dict):
        raise DataError(
            f"{path.name} does not hold any settings.", "Pick a project saved by this app."
        )
    relative = payload.get("relative_paths") or {}
    base = path.resolve().parent
    missing: list[str] = []
    for name in (*_PATH_FIELDS, "model"):
        stored = data.get(name)
        if not stored:
            continue
        if name == "model" and not _model_is_folder(str(stored)) and name not in relative:
            continue  # a Hub id, not a path
        resolved, exists = _resolve(str(stored), relative.get(name), base)
        data[name] = resolved
        if not exists and name != "output_dir":  # the output folder is created by training
            missing.append(resolved)
    config = TrainingConfig.from_dict(data)
    metadata = payload.get("metadata")
    return Project(
        config=config,
        path=path,
        saved_at=str(payload.get("saved_at", "")),
        app_version=str(payload.get("app_version", "")),
        missing_files=missing,
        metadata=metadata if isinstance(metadata, dict) else {},
    )
