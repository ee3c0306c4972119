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
from desktop_app.core.i18n import translate
from desktop_app.core.training.config import (
    TrainingConfig,
    read_settings_text,
    setting_problems,
)

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
        notes: Plain sentences for the user about what the file asked for and did not get
            (overwriting, resuming, running a model's own code: only the user's act in
            this session switches those on).
    """

    config: TrainingConfig
    path: Path
    saved_at: str = ""
    app_version: str = ""
    missing_files: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


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
    data = config.to_file_dict()  # permissions of this session are never saved
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
            translate("project", "Could not save the project to {path} ({error}).").format(
                path=path, error=exc.strerror or exc
            ),
            translate("project", "Pick another folder, or check that the disk is not full."),
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


def _not_a_project(path: Path) -> DataError:
    return DataError(
        translate("project", "{name} is not a project file of this app.").format(name=path.name),
        translate("project", "Pick a file ending in {suffix} saved by this app.").format(
            suffix=PROJECT_SUFFIX
        ),
    )


def _damaged(path: Path, what: str) -> DataError:
    return DataError(
        translate("project", "{name} cannot be opened: {problem}.").format(
            name=path.name, problem=what
        ),
        translate(
            "project", "Fix or remove that part of the file, or pick a project saved by this app."
        ),
    )


def _checked_relative_paths(path: Path, value: Any) -> dict[str, str]:
    """Return ``relative_paths`` if it maps setting names to clean relative paths."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _damaged(
            path,
            translate("project", "the setting 'relative_paths' should be a list of named paths"),
        )
    allowed = {*_PATH_FIELDS, "model"}
    for name, rel in value.items():
        if name not in allowed:
            raise _damaged(
                path,
                translate("project", "'relative_paths' names an unknown setting '{name}'").format(
                    name=name
                ),
            )
        if not isinstance(rel, str) or "\x00" in rel:
            raise _damaged(
                path,
                translate(
                    "project", "the relative path of '{name}' is not a clean piece of text"
                ).format(name=name),
            )
    return dict(value)


def load_project(path: str | Path) -> Project:
    """Read a project file written by :func:`save_project`.

    Paths are resolved against the project file first (a moved project folder keeps
    working), then taken as stored. Files that exist nowhere are listed in
    :attr:`Project.missing_files`; everything else loads anyway. Every value's type is
    checked on open (one plain message naming the setting), numbers are checked against the
    same bounds as a run's, and permissions (overwrite, resume, the model's own code) are
    never taken from the file: :attr:`Project.notes` says when it asked for them.

    Raises:
        DataError: The file does not exist, is too large, is not JSON or not a project
            file, or holds a setting of the wrong type or out of range.
    """
    path = Path(path).expanduser()
    try:
        text = read_settings_text(path)  # never a FIFO or a device, never a huge file
        if text is None:
            raise DataError(
                translate(
                    "project",
                    "{name} is not a project file of this app (too large, or not an "
                    "ordinary file).",
                ).format(name=path.name),
                translate("project", "Pick a file ending in {suffix} saved by this app.").format(
                    suffix=PROJECT_SUFFIX
                ),
            )
        payload = json.loads(text)
    except FileNotFoundError:
        raise DataError(
            translate("project", "The project file {path} does not exist.").format(path=path),
            translate("project", "It may have been moved or deleted."),
        ) from None
    except IsADirectoryError:
        raise DataError(
            translate("project", "{path} is a folder, not a project file.").format(path=path),
            translate("project", "Pick a project file."),
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _not_a_project(path) from None
    except OSError as exc:
        raise DataError(
            translate("project", "Could not open {name} ({error}).").format(
                name=path.name, error=exc.strerror or exc
            ),
            translate("project", "Check that you may read the file."),
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != PROJECT_FORMAT:
        raise _not_a_project(path)
    version = payload.get("format_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged(path, translate("project", "its format version is not a whole number"))
    if version > PROJECT_FORMAT_VERSION:
        raise DataError(
            translate("project", "{name} was saved by a newer version of the app.").format(
                name=path.name
            ),
            translate("project", "Update the app to open it."),
        )
    data = payload.get("config")
    if not isinstance(data, dict):
        raise DataError(
            translate("project", "{name} does not hold any settings.").format(name=path.name),
            translate("project", "Pick a project saved by this app."),
        )
    data = dict(data)
    relative = _checked_relative_paths(path, payload.get("relative_paths"))
    metadata = payload.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise _damaged(
            path, translate("project", "the setting 'metadata' should be a list of named values")
        )
    for key in ("saved_at", "app_version"):
        if payload.get(key) is not None and not isinstance(payload.get(key), str):
            raise _damaged(
                path,
                translate("project", "the setting '{key}' should be a piece of text").format(
                    key=key
                ),
            )
    # Check every type before paths are resolved, so a bad value is named as stored.
    try:
        TrainingConfig.from_file_dict(data)
    except DataError as exc:
        raise DataError(
            translate("project", "{name} cannot be opened. {problem}").format(
                name=path.name, problem=exc.message
            ),
            exc.hint,
        ) from None
    base = path.resolve().parent
    missing: list[str] = []
    for name in (*_PATH_FIELDS, "model"):
        stored = data.get(name)
        if not stored:
            continue
        if name == "model" and not _model_is_folder(str(stored)) and name not in relative:
            continue  # a Hub id, not a path
        try:
            resolved, exists = _resolve(str(stored), relative.get(name), base)
        except (OSError, ValueError):
            resolved, exists = str(stored), False
        data[name] = resolved
        if not exists and name != "output_dir":  # the output folder is created by training
            missing.append(resolved)
    config, notes = TrainingConfig.from_file_dict(data)
    problems = setting_problems(config, check_model=False)
    if problems:
        raise DataError(
            translate("project", "{name} cannot be opened. {problem}").format(
                name=path.name, problem=problems[0].message
            ),
            problems[0].hint,
        )
    return Project(
        config=config,
        path=path,
        saved_at=str(payload.get("saved_at") or ""),
        app_version=str(payload.get("app_version") or ""),
        missing_files=missing,
        metadata=dict(metadata or {}),
        notes=notes,
    )
