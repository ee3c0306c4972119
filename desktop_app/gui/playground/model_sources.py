"""What the Playground's model picker lists: catalogue models and models trained in the app.

No Qt here, so the listing is easy to test. A trained model is any folder holding a
``training_summary.json`` (written by the training runner); it is shown with the date it was
trained, the data file it was trained on and its base model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.core.i18n import translate

SUMMARY_FILE = "training_summary.json"


@dataclass(frozen=True)
class ModelChoice:
    """One entry of the model picker.

    Attributes:
        ref: What ``load_model`` is given: a Hub id or a folder path.
        label: What the user reads.
        kind: ``catalog``, ``trained`` or ``folder``.
        available: Whether it is on this computer (loads without the internet).
        tooltip: Longer description.
    """

    ref: str
    label: str
    kind: str
    available: bool = True
    tooltip: str = ""


def catalog_choices() -> list[ModelChoice]:
    """The base models of the catalogue, marked when they are on this computer."""
    from desktop_app.core.catalog.models import CATALOG, is_on_this_computer

    choices = []
    for spec in CATALOG:
        here = is_on_this_computer(spec.hub_id)
        mark = (
            translate("ModelSources", "✓ on this computer")
            if here
            else translate("ModelSources", "download needed")
        )
        choices.append(
            ModelChoice(
                ref=spec.hub_id,
                label=f"{spec.name} — {mark}",
                kind="catalog",
                available=here,
                tooltip=translate(
                    "ModelSources",
                    "{hub_id}\n{description}\nLanguages: {languages}\n"
                    "{size_mb} MB, {dimensions} dimensions, licence {licence}",
                ).format(
                    hub_id=spec.hub_id,
                    description=spec.description,
                    languages=spec.languages,
                    size_mb=spec.size_mb,
                    dimensions=spec.dimensions,
                    licence=spec.licence,
                ),
            )
        )
    return choices


def is_trained_model_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a model trained in the app."""
    return (folder / SUMMARY_FILE).is_file()


def describe_trained_model(folder: Path) -> ModelChoice:
    """A picker entry for a trained model: name, date, data file and base model."""
    summary_path = folder / SUMMARY_FILE
    try:
        summary = json.loads(summary_path.read_text("utf-8"))
    except (OSError, ValueError):
        summary = {}
    config = summary.get("config") if isinstance(summary, dict) else None
    config = config if isinstance(config, dict) else {}
    data_file = config.get("data_file") or ""
    base = config.get("model") or ""
    try:
        when = datetime.fromtimestamp(summary_path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        when = ""
    data_name = (
        Path(str(data_file)).name if data_file else translate("ModelSources", "unknown data")
    )
    trained = translate("ModelSources", "trained {when} on {data}").format(
        when=when, data=data_name
    )
    label = f"{folder.name} — {trained}".replace("  ", " ")
    unknown = translate("ModelSources", "unknown")
    tooltip = translate("ModelSources", "{folder}\nBase model: {base}\nData: {data}").format(
        folder=folder, base=base or unknown, data=data_file or unknown
    )
    return ModelChoice(ref=str(folder), label=label, kind="trained", tooltip=tooltip)


def trained_model_choices(extra_folders: list[Path] | None = None) -> list[ModelChoice]:
    """Models trained in the app (newest first), from the app's folder and ``extra_folders``.

    ``extra_folders`` may hold trained models themselves or parents of them.
    """
    from desktop_app.core.paths import trained_models_dir

    seen: set[Path] = set()
    found: list[Path] = []
    for parent in [trained_models_dir(), *(extra_folders or [])]:
        parent = Path(parent)
        candidates = [parent] if is_trained_model_folder(parent) else []
        if parent.is_dir():
            candidates += [child for child in parent.iterdir() if child.is_dir()]
        for folder in candidates:
            resolved = folder.resolve()
            if resolved not in seen and is_trained_model_folder(folder):
                seen.add(resolved)
                found.append(folder)
    found.sort(key=lambda f: (f / SUMMARY_FILE).stat().st_mtime, reverse=True)
    return [describe_trained_model(folder) for folder in found]


def folder_choice(folder: str | Path) -> ModelChoice:
    """A picker entry for a model folder the user chose."""
    folder = Path(folder)
    if is_trained_model_folder(folder):
        return describe_trained_model(folder)
    return ModelChoice(
        ref=str(folder),
        label=f"{folder.name} — " + translate("ModelSources", "folder"),
        kind="folder",
        tooltip=str(folder),
    )
