"""Write a trained model folder so that a crash never leaves a half model that looks whole."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.errors import OutputExistsError, TrainingError


def partial_dir(output_dir: Path) -> Path:
    """Return the folder beside ``output_dir`` that holds an unfinished run's checkpoints."""
    return output_dir.with_name(output_dir.name + ".partial")


def checkpoints_dir(output_dir: Path) -> Path:
    """Return where the trainer writes checkpoints for ``output_dir``."""
    return partial_dir(output_dir) / "checkpoints"


def last_checkpoint(output_dir: Path) -> Path | None:
    """Return the newest checkpoint of an interrupted run into ``output_dir``, or None."""
    folder = checkpoints_dir(output_dir)
    if not folder.is_dir():
        return None
    found = [p for p in folder.glob("checkpoint-*") if p.is_dir() and p.name[11:].isdigit()]
    return max(found, key=lambda p: int(p.name[11:]), default=None)


def check_output_dir(output_dir: Path, overwrite: bool) -> None:
    """Refuse an existing, non-empty output folder unless ``overwrite`` (before training).

    Raises:
        OutputExistsError: The folder exists and overwriting was not asked for.
        TrainingError: The path is a file.
    """
    if output_dir.is_file():
        raise TrainingError(
            f"{output_dir} is a file, not a folder.", "Choose a folder name for the trained model."
        )
    if output_dir.is_dir() and any(output_dir.iterdir()) and not overwrite:
        raise OutputExistsError(
            f"The folder {output_dir} already exists.",
            "Choose another name, or allow replacing it.",
            cli_hint="(--overwrite)",
        )


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as readable UTF-8 JSON."""
    from desktop_app.core.training.events import json_safe

    text = json.dumps(json_safe(data), indent=2, ensure_ascii=False, allow_nan=False)
    path.write_text(text + "\n", "utf-8")


def save_atomically(output_dir: Path, write: Callable[[Path], None], *, overwrite: bool) -> None:
    """Let ``write`` fill a temporary sibling folder, then rename it to ``output_dir``.

    The old folder (when overwriting) is moved aside first and deleted only after the new one
    is in place. If ``write`` fails, the temporary folder is removed and ``output_dir`` is
    untouched.

    Raises:
        OutputExistsError: ``output_dir`` appeared meanwhile and ``overwrite`` is off.
        TrainingError: The disk is full or not writable.
    """
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:8]
    staging = output_dir.with_name(f".{output_dir.name}.saving-{token}")
    aside = output_dir.with_name(f".{output_dir.name}.old-{token}")
    try:
        staging.mkdir()
        write(staging)
        if output_dir.exists():
            if not overwrite and any(output_dir.iterdir()):
                raise OutputExistsError(
                    f"The folder {output_dir} already exists.",
                    "Choose another name, or allow replacing it.",
                    cli_hint="(--overwrite)",
                )
            os.replace(output_dir, aside)
        try:
            os.replace(staging, output_dir)
        except OSError:
            if aside.exists() and not output_dir.exists():
                os.replace(aside, output_dir)
            raise
    except OSError as exc:
        raise TrainingError(
            f"The trained model could not be saved to {output_dir} ({exc.strerror or exc}).",
            "Check that the folder is writable and the disk has free space.",
        ) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        if aside.exists():
            shutil.rmtree(aside, ignore_errors=True)
