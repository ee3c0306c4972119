"""Finished training runs on disk: fresh folder names and the list of earlier results.

Training again must never end at "the folder already exists": each new run gets the next free
name beside the last one (``name``, ``name-2``, ``name-3``, ...). Earlier results stay
reachable because each run's folder holds its ``training_summary.json``; this module reads
those back into small :class:`RunRecord` rows a results list can show. Replacing a folder is
a different rule, owned by ``core.training.saving``: nothing here ever deletes anything.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.core import paths
from desktop_app.core.i18n import translate

#: The file every finished run writes beside its model.
SUMMARY_FILENAME = "training_summary.json"

_NUMBERED = re.compile(r"^(?P<stem>.*?)-(?P<n>\d+)$")


def folder_is_free(path: Path) -> bool:
    """Whether ``path`` can take a new model: missing, or an empty folder."""
    if not path.exists():
        return True
    return path.is_dir() and not any(path.iterdir())


def next_free_output_dir(path: str | Path) -> Path:
    """Return the next free name after ``path``: ``name-2``, ``name-3``, ...

    A name that is itself a numbered sibling (``korsts-minilm-2`` beside ``korsts-minilm``)
    counts on from its number, so training again gives ``korsts-minilm-3`` rather than
    ``korsts-minilm-2-2``; a name that merely ends in digits (a date) is not a counter. Names
    whose staging folder (``.partial``) is there are skipped as well.
    """
    path = Path(path)
    stem, n = path.name, 2
    match = _NUMBERED.match(path.name)
    if match and match["stem"] and path.with_name(match["stem"]).exists():
        stem, n = match["stem"], int(match["n"]) + 1
    while True:
        candidate = path.with_name(f"{stem}-{n}")
        partial = candidate.with_name(candidate.name + ".partial")
        if folder_is_free(candidate) and not partial.exists():
            return candidate
        n += 1


def fresh_output_dir(path: str | Path) -> Path:
    """Return ``path`` when it is free, else :func:`next_free_output_dir` of it."""
    path = Path(path)
    return path if folder_is_free(path) else next_free_output_dir(path)


@dataclass(frozen=True)
class RunRecord:
    """One finished run, as a results list shows it.

    Attributes:
        output_dir: The folder the model was saved in.
        verdict: ``better``/``worse``/``unchanged``/``cannot-tell`` from the core's verdict,
            or "" for a run saved before verdicts existed.
        sentence: One plain sentence saying what the run achieved.
        modified: When the summary was written (seconds since the epoch), for ordering.
        summary: The whole ``training_summary.json`` (the Result page shows it).
    """

    output_dir: str
    verdict: str
    sentence: str
    modified: float
    summary: Mapping[str, Any]


def _finite(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def describe_run(summary: Mapping[str, Any]) -> tuple[str, str]:
    """Return (verdict, sentence) for a saved summary.

    The verdict and its reason come from ``verdict``/``verdict_reason`` when the run recorded
    them; older summaries fall back to the main measure before and after.
    """
    verdict = str(summary.get("verdict") or "")
    reason = str(summary.get("verdict_reason") or "")
    stopped = bool(summary.get("stopped_early"))
    if reason:
        if stopped:
            return verdict, translate("runs", "{reason} (stopped early)").format(reason=reason)
        return verdict, reason
    primary = summary.get("primary_metric") or ""
    before = _finite((summary.get("metrics_before") or {}).get(primary)) if primary else None
    after = _finite((summary.get("metrics_after") or {}).get(primary)) if primary else None
    if after is None:
        if stopped:
            return verdict, translate(
                "runs", "Finished; there were no held-out rows to measure it on (stopped early)."
            )
        return verdict, translate("runs", "Finished; there were no held-out rows to measure it on.")
    from desktop_app.core.plotting.loss import metric_label

    label = metric_label(primary)
    if before is None:
        template = (
            translate("runs", "{metric}: {after:.2f} (stopped early).")
            if stopped
            else translate("runs", "{metric}: {after:.2f}.")
        )
        return verdict, template.format(metric=label, after=after)
    template = (
        translate("runs", "{metric}: {before:.2f} → {after:.2f} (stopped early).")
        if stopped
        else translate("runs", "{metric}: {before:.2f} → {after:.2f}.")
    )
    return verdict, template.format(metric=label, before=before, after=after)


def read_run(folder: str | Path) -> RunRecord | None:
    """Read one run's folder; None when it holds no readable summary."""
    summary_path = Path(folder) / SUMMARY_FILENAME
    try:
        summary = json.loads(summary_path.read_text("utf-8"))
        modified = summary_path.stat().st_mtime
    except (OSError, ValueError):
        return None
    if not isinstance(summary, dict):
        return None
    verdict, sentence = describe_run(summary)
    return RunRecord(str(Path(folder)), verdict, sentence, modified, summary)


def _run_data_file(summary: Mapping[str, Any]) -> str:
    config = summary.get("config")
    return str(config.get("data_file") or "") if isinstance(config, Mapping) else ""


def find_runs(
    folders: Iterable[str | Path] = (),
    *,
    search_in: str | Path | None = None,
    data_file: str = "",
) -> list[RunRecord]:
    """Return the finished runs of one project, newest first.

    Args:
        folders: Run folders known already (this session's runs); each is read.
        search_in: A parent folder whose sub-folders are looked at too (the default folder
            for trained models); only runs trained on ``data_file`` are taken from it.
        data_file: The project's data file; runs on other data belong to other projects.
    """
    records: dict[str, RunRecord] = {}
    for folder in folders:
        record = read_run(folder)
        if record is not None:
            records[str(Path(record.output_dir).resolve())] = record
    if search_in is not None and data_file:
        wanted = str(Path(data_file).expanduser().resolve())
        try:
            children = [p for p in Path(search_in).iterdir() if p.is_dir()]
        except OSError:
            children = []
        for child in children:
            record = read_run(child)
            if record is None:
                continue
            run_data = _run_data_file(record.summary)
            if run_data and str(Path(run_data).expanduser().resolve()) == wanted:
                records.setdefault(str(child.resolve()), record)
    return sorted(records.values(), key=lambda r: r.modified, reverse=True)


def folder_has_files(path: Path) -> bool:
    """Whether ``path`` is a folder with something in it (replacing it needs the user's yes)."""
    return path.is_dir() and any(path.iterdir())


def slug(text: str) -> str:
    """``text`` as a short, safe piece of a folder name (letters of any script kept)."""
    text = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-._")
    return text[:40] or "model"


def default_output_dir(data_file: str, model: str, today: date | None = None) -> Path:
    """Return a new, readable folder name: ``<data name>-<model short>-<date>`` (made unique)."""
    data_name = slug(Path(data_file).stem) if data_file else "data"
    model_short = slug(model.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1])
    stamp = (today or date.today()).isoformat()
    base = paths.trained_models_dir() / f"{data_name}-{model_short}-{stamp}"
    candidate, n = base, 2
    while candidate.exists():
        candidate = base.with_name(f"{base.name}-{n}")
        n += 1
    return candidate


def output_dir_problem(folder: str, overwrite: bool) -> str | None:
    """Why a run cannot save into ``folder`` (None when it can): none chosen, or one that
    holds files the user has not allowed to replace."""
    folder = folder.strip()
    if not folder:
        return translate("runs", "Choose a folder to save the model in.")
    if folder_has_files(Path(folder)) and not overwrite:
        return translate(
            "runs",
            "The folder {folder} already holds files: use the new folder name offered "
            "beside it, or choose another folder.",
        ).format(folder=folder)
    return None


def offered_free_dir(typed: str, chosen: str, overwrite: bool) -> Path | None:
    """The next free folder to offer when ``typed`` holds files and may not be replaced
    (``overwrite`` is the user's yes for the ``chosen`` folder); None when none is needed."""
    typed = typed.strip()
    if not typed or folder_is_free(Path(typed)):
        return None
    if typed == chosen and overwrite:
        return None
    return next_free_output_dir(typed)


@dataclass
class OutputDirNamer:
    """Gives a form's run a readable default output folder, and keeps it usable (issue 11).

    The folder the user (or a project) chose stays theirs; a default follows the data file and
    the model; and a folder that a finished run of this session has filled is replaced by the
    next free name (``name-2``, ...) instead of ending in "the folder already exists".

    Attributes:
        auto_output: The folder this namer gave last (None = none, or forgotten).
        auto_key: The (data file, model) that folder was named for.
    """

    auto_output: str | None = None
    auto_key: tuple[str, str] | None = None

    def settle(self, config: Any, runs: Iterable[str] = ()) -> str | None:
        """Set ``config.output_dir`` when it needs a (new) default name.

        Args:
            config: The run's TrainingConfig (``output_dir``, ``overwrite``, ``data_file``,
                ``model`` are read; ``output_dir`` and ``overwrite`` may be set).
            runs: Output folders of the runs finished in this session.

        Returns:
            "next-free" when a filled folder of ours moved on to the next free name,
            "default" when a default name was given, None when nothing changed.
        """
        key = (config.data_file, config.model)
        folder = config.output_dir
        ours = folder and folder in (self.auto_output, *runs)
        if ours and not config.overwrite and not folder_is_free(Path(folder)):
            self.auto_output, self.auto_key = str(fresh_output_dir(folder)), key
            config.output_dir = self.auto_output
            return "next-free"
        if folder and (folder != self.auto_output or key == self.auto_key):
            return None  # the user's (or a project's) choice, or ours and still right
        self.auto_key = key
        self.auto_output = str(default_output_dir(config.data_file, config.model))
        config.overwrite = False
        config.output_dir = self.auto_output
        return "default"
