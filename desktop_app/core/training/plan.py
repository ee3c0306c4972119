"""The one place where the app's automatic training settings are decided.

The wizard's Settings page, ``main.py train`` and "Find the best settings for me" all start
from :func:`plan_training`, and the Data page, the runner and the Result page all use
:func:`held_out_split`, so that what the app promises is what a run does.

Why these numbers (measured with all-MiniLM-L6-v2 on KorSTS, STS-B ru and Sinhala STS, see
docs/benchmarks/recipes.md): CoSENT with batch 16 and learning rate 5e-5 over several epochs
beat one epoch at 2e-5 everywhere, and a hand recipe of batch 4. More passes help small sets
most; they are safe because the run measures the held-out rows as it goes and puts an earlier
moment back when it was clearly better than the end (:mod:`desktop_app.core.training.best`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desktop_app.core.training.config import TrainingConfig

#: Below this many rows, every row trains and nothing is held out (a handful of held-out rows
#: measures nothing reliable, and each row matters for learning).
MIN_ROWS_FOR_HELD_OUT = 30
#: A held-out share never keeps fewer rows than this apart.
MIN_HELD_OUT_ROWS = 10
#: Held-out rows used at most (measuring stays quick during training).
MAX_HELD_OUT_ROWS = 1_000
#: The time a run may take by default, in seconds, when sizing the number of passes.
DEFAULT_TIME_BUDGET_S = 30 * 60
#: Rough training speed (examples a second) of a small model (~22M weights) per device; used
#: only to keep the automatic number of passes inside the time budget.
ROUGH_SAMPLES_PER_S = {"cpu": 10.0, "mps": 40.0, "cuda": 200.0}
#: Weights of the model the rough speeds above were taken with.
REFERENCE_MODEL_PARAMS = 22_700_000
#: Evaluations during a run at most (each one embeds the held-out rows).
MAX_EVALUATIONS = 12

#: What ``automatic`` means, in words (``train --help`` and the Settings page show it).
AUTOMATIC_DESCRIPTION = QT_TRANSLATE_NOOP(
    "plan",
    "Automatic settings: batch 16 (32 for question/answer pairs on a GPU), learning rate 5e-5 "
    "(2e-5 for models over 150M weights), warm-up over the first 10% of steps, and more passes "
    "for smaller files (10 under 100 rows, 6 under 1,000, 4 under 5,000, 2 under 20,000, then "
    "1), fewer if the passes would not fit the time budget (30 minutes unless you set one). "
    "10% of the rows (at least 10) are kept apart to measure the model, except below 30 rows "
    "where every row trains. The model is measured on those rows during training; the end of "
    "training is kept unless an earlier moment was clearly better there.",
)


def automatic_description() -> str:
    """:data:`AUTOMATIC_DESCRIPTION` in the current language."""
    return translate("plan", AUTOMATIC_DESCRIPTION)


@dataclass(frozen=True)
class HeldOutSplit:
    """How many rows train and how many are kept apart to measure the model.

    Attributes:
        total_rows: Usable rows in the training file.
        train_rows: Rows the model learns from.
        held_out_rows: Rows kept apart to measure it (0 = no independent measure).
        from_eval_file: The measure uses a separate evaluation file instead.
        note: Plain words for the user ("" when nothing needs saying).
    """

    total_rows: int
    train_rows: int
    held_out_rows: int
    from_eval_file: bool = False
    note: str = ""

    @property
    def fraction(self) -> float:
        """The share of rows held out, as the dataset split needs it (0 = none)."""
        if self.from_eval_file or self.held_out_rows <= 0 or self.total_rows <= 0:
            return 0.0
        return self.held_out_rows / self.total_rows

    def describe(self) -> str:
        """Say in one sentence what trains and what measures."""
        if self.from_eval_file:
            return translate(
                "plan", "All {rows:,} rows train; the separate file measures the result."
            ).format(rows=self.total_rows)
        if self.held_out_rows == 0:
            if not self.note:
                return translate("plan", "All {rows:,} rows train.").format(rows=self.total_rows)
            return (
                translate("plan", "All {rows:,} rows train. {note}")
                .format(rows=self.total_rows, note=self.note)
                .strip()
            )
        return translate(
            "plan", "{train:,} rows train, {held:,} are kept apart to measure the result."
        ).format(train=self.train_rows, held=self.held_out_rows)


def held_out_split(
    total_rows: int, eval_fraction: float, *, has_eval_file: bool = False
) -> HeldOutSplit:
    """Decide how many rows are held out for measuring, given the share the user asked for.

    Args:
        total_rows: Usable rows in the training file.
        eval_fraction: The share to hold out (0 = measure nothing).
        has_eval_file: A separate evaluation file is used (all rows train).
    """
    total_rows = max(0, int(total_rows))
    if has_eval_file:
        return HeldOutSplit(total_rows, total_rows, 0, from_eval_file=True)
    if not eval_fraction or eval_fraction <= 0:
        return HeldOutSplit(
            total_rows,
            total_rows,
            0,
            note=translate("plan", "Nothing is kept apart, so the result is not measured."),
        )
    if total_rows < MIN_ROWS_FOR_HELD_OUT:
        return HeldOutSplit(
            total_rows,
            total_rows,
            0,
            note=translate(
                "plan",
                "With under {min_rows} rows every row is needed to learn, so "
                "there is no independent measure of the result: try the trained model on a few "
                "sentences of your own in the Playground.",
            ).format(min_rows=MIN_ROWS_FOR_HELD_OUT),
        )
    held = max(MIN_HELD_OUT_ROWS, round(total_rows * float(eval_fraction)))
    held = min(held, MAX_HELD_OUT_ROWS, total_rows - MIN_HELD_OUT_ROWS)
    return HeldOutSplit(total_rows, total_rows - held, held)


@dataclass(frozen=True)
class TrainingPlan:
    """The automatic settings for one run, and why.

    Attributes:
        epochs: Passes over the training rows.
        batch_size: Examples per step.
        learning_rate: Peak learning rate.
        warmup_ratio: Share of the steps spent warming up.
        steps: Optimizer steps the run will take.
        eval_steps: Measure the held-out rows every this many steps (None = no measuring).
        estimated_s: Rough duration in seconds.
        reasons: Plain sentences saying why each number was chosen.
    """

    epochs: float
    batch_size: int
    learning_rate: float
    warmup_ratio: float
    steps: int
    eval_steps: int | None
    estimated_s: float
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "epochs": self.epochs,
            "batch_size": self.batch_size,
            "learning_rate": self.learning_rate,
            "warmup_ratio": self.warmup_ratio,
            "steps": self.steps,
            "eval_steps": self.eval_steps,
            "estimated_s": self.estimated_s,
            "reasons": list(self.reasons),
        }


def epochs_for_rows(train_rows: int) -> int:
    """Passes over the data by its size: small sets need more passes to learn anything."""
    if train_rows < 100:
        return 10
    if train_rows < 1_000:
        return 6
    if train_rows < 5_000:
        return 4
    if train_rows < 20_000:
        return 2
    return 1


def rough_samples_per_s(device: str, model_params: int | None = None) -> float:
    """A rough training speed for ``device``, scaled by the model's size when known."""
    speed = ROUGH_SAMPLES_PER_S.get(device, ROUGH_SAMPLES_PER_S["cpu"])
    if model_params and model_params > 0:
        speed *= REFERENCE_MODEL_PARAMS / model_params
    return max(0.05, speed)


def steps_for(train_rows: int, batch_size: int, epochs: float) -> int:
    """Optimizer steps for ``epochs`` passes over ``train_rows`` rows."""
    per_epoch = max(1, math.ceil(max(1, train_rows) / max(1, batch_size)))
    return max(1, math.ceil(per_epoch * epochs))


def eval_interval(steps: int, steps_per_epoch: int) -> int:
    """Measure about twice per pass (once for short passes), at most MAX_EVALUATIONS times."""
    per_epoch = 2 if steps_per_epoch >= 20 else 1
    interval = max(1, steps_per_epoch // per_epoch)
    return max(interval, math.ceil(steps / MAX_EVALUATIONS))


def plan_training(
    train_rows: int,
    *,
    shape: str = "scored-pairs",
    device: str = "cpu",
    held_out_rows: int = 0,
    model_params: int | None = None,
    samples_per_s: float | None = None,
    time_budget_s: float | None = None,
) -> TrainingPlan:
    """Choose epochs, batch size, learning rate, warm-up and measuring cadence.

    Args:
        train_rows: Rows the model learns from.
        shape: The data's shape (in-batch-negative losses for pairs like bigger batches).
        device: "cpu", "cuda" or "mps".
        held_out_rows: Rows kept apart to measure the model (0 = no measuring during training).
        model_params: The model's number of weights, when known (big models learn with a
            smaller rate and train slower).
        samples_per_s: Measured training speed, when known (else a rough one for the device).
        time_budget_s: Longest the run should take (None = DEFAULT_TIME_BUDGET_S). Never
            fewer than one pass.
    """
    rows = max(1, int(train_rows))
    reasons: list[str] = []
    batch = 32 if device != "cpu" and shape in ("pairs", "triplets") else 16
    batch = max(1, min(batch, rows))
    large = bool(model_params and model_params > 150_000_000)
    rate = 2e-5 if large else 5e-5
    reasons.append(
        translate(
            "plan", "Batch {batch} and learning rate {rate:g} (a smaller rate for a large model)."
        ).format(batch=batch, rate=rate)
        if large
        else translate("plan", "Batch {batch} and learning rate {rate:g}.").format(
            batch=batch, rate=rate
        )
    )
    epochs = epochs_for_rows(rows)
    speed = samples_per_s if samples_per_s and samples_per_s > 0 else None
    speed = speed or rough_samples_per_s(device, model_params)
    budget = DEFAULT_TIME_BUDGET_S if time_budget_s is None else max(1.0, float(time_budget_s))
    epoch_s = rows / speed
    fitting = max(1, math.floor(budget / epoch_s)) if epoch_s > 0 else epochs
    if fitting < epochs:
        reasons.append(
            (
                translate(
                    "plan",
                    "1 pass over the {rows:,} rows (more would not fit in {minutes:.0f} minutes).",
                )
                if fitting == 1
                else translate(
                    "plan",
                    "{passes} passes over the {rows:,} rows (more would not fit in "
                    "{minutes:.0f} minutes).",
                )
            ).format(passes=fitting, rows=rows, minutes=budget / 60)
        )
        epochs = fitting
    else:
        reasons.append(
            translate(
                "plan", "{passes} passes over the {rows:,} rows (smaller files need more)."
            ).format(passes=epochs, rows=rows)
        )
    steps = steps_for(rows, batch, epochs)
    per_epoch = max(1, math.ceil(rows / batch))
    eval_steps = eval_interval(steps, per_epoch) if held_out_rows > 0 else None
    if eval_steps:
        reasons.append(
            translate(
                "plan",
                "The model is measured on the {held:,} held-out rows every {every} "
                "steps; an earlier moment replaces the end only if it was clearly better.",
            ).format(held=held_out_rows, every=eval_steps)
        )
    return TrainingPlan(
        epochs=float(epochs),
        batch_size=batch,
        learning_rate=rate,
        warmup_ratio=0.1,
        steps=steps,
        eval_steps=eval_steps,
        estimated_s=steps * batch / speed,
        reasons=reasons,
    )


#: The config fields :func:`apply_plan` fills.
PLANNED_FIELDS = ("epochs", "batch_size", "learning_rate", "warmup_ratio", "eval_steps")


def apply_plan(
    config: TrainingConfig, plan: TrainingPlan, keep: set[str] | frozenset[str] = frozenset()
) -> TrainingConfig:
    """Return ``config`` with the plan's settings, except the fields named in ``keep``."""
    values = {name: getattr(plan, name) for name in PLANNED_FIELDS if name not in keep}
    return replace(config, **values)


def suggest_defaults(n_rows: int, device: str = "cpu") -> dict[str, Any]:
    """The plan as a dict (what the Settings page used before plans existed)."""
    plan = plan_training(n_rows, device=device)
    return {
        "epochs": plan.epochs,
        "batch_size": plan.batch_size,
        "learning_rate": plan.learning_rate,
        "warmup_ratio": plan.warmup_ratio,
        "estimated_steps": plan.steps,
    }


def model_params_of(model_ref: str) -> int | None:
    """Roughly how many weights a model has (from the catalogue or its files), or None."""
    from desktop_app.core.catalog.models import find_model, local_model_path

    spec = find_model(model_ref)
    if spec is not None and spec.size_mb:
        return int(spec.size_mb * 262_144)  # 4 bytes a weight
    folder = local_model_path(model_ref)
    if folder is None:
        return None
    files = [*Path(folder).rglob("*.safetensors")] or [*Path(folder).rglob("*.bin")]
    size = sum(f.stat().st_size for f in files)
    return size // 4 if size else None


def plan_for_config(
    config: TrainingConfig,
    train_rows: int,
    held_out_rows: int,
    shape: str,
    *,
    device: str | None = None,
    keep: set[str] | frozenset[str] = frozenset(),
    time_budget_s: float | None = None,
    samples_per_s: float | None = None,
) -> tuple[TrainingConfig, TrainingPlan]:
    """Plan a run for ``config`` and return (config with the plan applied, the plan).

    The fields in ``keep`` are the ones the user chose; they stay as they are.
    """
    if device is None:
        from desktop_app.core.training.device import pick_device

        device = pick_device()
    plan = plan_training(
        train_rows,
        shape=shape,
        device=device,
        held_out_rows=held_out_rows,
        model_params=model_params_of(config.model),
        samples_per_s=samples_per_s,
        time_budget_s=time_budget_s,
    )
    return apply_plan(config, plan, keep), plan


# -- steps and the time estimate (the Settings page shows it) ---------------------------------

#: Seconds of one CPU training step of 16 examples of 64 tokens with a ~90 MB model
#: (all-MiniLM-L6-v2 on this project's two shared cores); other sizes scale from it.
ASSUMED_CPU_STEP_S = 1.1
#: A GPU is assumed this many times faster than the CPU.
GPU_SPEEDUP = 15.0
#: The model size (MB) the assumed step time was measured with.
REFERENCE_MB = 90.0
#: The file in the app's data folder that remembers measured training speeds.
SPEED_FILE = "training_speed.json"


def planned_steps(rows: int, batch_size: int, epochs: float, max_steps: int | None) -> int:
    """Return the optimizer steps a run will take (``max_steps`` wins, as in the trainer)."""
    if max_steps and max_steps > 0:
        return int(max_steps)
    return steps_for(rows, batch_size, epochs)


def speed_path() -> Path:
    """The file holding measured training speeds (in the app's data folder)."""
    from desktop_app.core import paths

    return paths.app_data_dir() / SPEED_FILE


def record_speed(
    model: str, device: str, seconds_per_step: float, batch_size: int, max_seq_length: int
) -> None:
    """Remember how fast training ran with ``model`` on ``device``, for later estimates."""
    if seconds_per_step <= 0 or batch_size <= 0 or max_seq_length <= 0:
        return
    path = speed_path()
    try:
        data = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    data[f"{device}|{model}"] = seconds_per_step / (batch_size * max_seq_length)
    path.write_text(json.dumps(data, indent=1), "utf-8")


def measured_unit(model: str, device: str) -> float | None:
    """Return the measured seconds per (example × token) for ``model``, if a run measured it."""
    try:
        data = json.loads(speed_path().read_text("utf-8"))
        value = float(data[f"{device}|{model}"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return value if value > 0 else None


def model_size_mb(ref: str, local_path: str | None) -> float:
    """Return the model's size in MB: the catalogue's figure or the weights on disk."""
    from desktop_app.core.catalog.models import find_model

    spec = find_model(ref)
    if spec is not None and spec.size_mb:
        return float(spec.size_mb)
    folder = Path(local_path or ref)
    if folder.is_dir():
        weights = [*folder.glob("*.safetensors"), *folder.glob("*.bin")]
        total = sum(p.stat().st_size for p in weights)
        if total:
            return total / 1e6
    return REFERENCE_MB


def estimate_training(
    *,
    train_rows: int,
    epochs: float,
    batch_size: int,
    max_steps: int | None,
    max_seq_length: int,
    device: str,
    size_mb: float,
    measured: float | None = None,
) -> tuple[int, float, bool]:
    """Return (steps, seconds, measured?) for a run.

    The steps are the run's own (:func:`planned_steps`). Seconds per step scale with batch
    size × max length and the model's size; a speed measured on an earlier run with the same
    model replaces the assumption.
    """
    steps = planned_steps(train_rows, batch_size, epochs, max_steps)
    if measured is not None:
        unit = measured
    else:
        unit = ASSUMED_CPU_STEP_S / (16 * 64) * (size_mb / REFERENCE_MB)
        if device != "cpu":
            unit /= GPU_SPEEDUP
    seconds = steps * unit * batch_size * max_seq_length
    return int(steps), seconds, measured is not None


def estimate_text(steps: int, seconds: float, measured: bool) -> str:
    """The Settings page's sentence about the estimate (rich text)."""
    if measured:
        template = translate(
            "plan",
            "<b>Estimated training time: {duration}</b> for {steps:,} steps "
            "(an estimate, based on the speed measured on your last run with this model). "
            "Loading the model and checking quality before and after add a little.",
        )
    else:
        template = translate(
            "plan",
            "<b>Estimated training time: {duration}</b> for {steps:,} steps "
            "(an estimate, assumed for a model of this size on this device; your first run "
            "measures it). Loading the model and checking quality before and after add a little.",
        )
    return template.format(duration=format_duration(seconds), steps=steps)


def format_duration(seconds: float) -> str:
    """Return a rounded, readable duration ("about 40 seconds", "about 2 hours 10 minutes")."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return translate("plan", "about {seconds} seconds").format(
            seconds=max(5, round(seconds / 5) * 5)
        )
    minutes = seconds / 60
    if minutes < 90:
        m = round(minutes)
        if m == 1:
            return translate("plan", "about 1 minute")
        return translate("plan", "about {minutes} minutes").format(minutes=m)
    hours, rest = divmod(round(minutes), 60)
    if hours == 1:
        return translate("plan", "about 1 hour {minutes} minutes").format(minutes=rest)
    return translate("plan", "about {hours} hours {minutes} minutes").format(
        hours=hours, minutes=rest
    )


def format_rate(value: float) -> str:
    """Return a learning rate the way people write it ("2e-5", "0.001" stays readable)."""
    text = f"{value:g}"
    if "e-0" in text:
        text = text.replace("e-0", "e-")
    return text


def parse_rate(text: str) -> float | None:
    """The number typed as a learning rate ("2e-5", "0,001"), or None when it is no number."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def usable_rate(text: str) -> float | None:
    """The learning rate typed, or None when it is not a number between 0 and 1."""
    value = parse_rate(text)
    return value if value is not None and 0 < value < 1 else None


def suggested_max_length(model_max_length: int, token_stats: dict[str, Any] | None) -> int:
    """The model's max length, shortened to what the data need (rounded up to 32)."""
    stats = token_stats or {}
    longest = None
    for key in ("p99", "p95", "max"):
        if isinstance(stats.get(key), int | float):
            longest = float(stats[key])
            break
    if longest is None:
        return min(model_max_length, 256)
    return int(min(model_max_length, max(32, math.ceil((longest + 2) / 32) * 32)))


def device_words(device: str) -> str:
    """The training device in plain words."""
    if device == "cuda":
        return translate("plan", "a graphics card (GPU)")
    if device == "mps":
        return translate("plan", "Apple's GPU")
    return translate("plan", "this computer's processor (CPU)")


def suggested_settings(
    train_rows: int, *, data_rows: int, shape: str | None, device: str, max_seq_length: int
) -> dict[str, Any]:
    """The settings a form suggests for these data on ``device`` (None = nothing to say yet).

    The same :func:`plan_training` as ``main.py train``; the max length comes from
    :func:`suggested_max_length`.
    """
    plan = (
        plan_training(
            train_rows,
            shape=shape or "scored-pairs",
            device=device,
            held_out_rows=max(0, data_rows - train_rows),
        )
        if train_rows
        else None
    )
    return {
        "epochs": plan.epochs if plan else None,
        "batch_size": plan.batch_size if plan else None,
        "learning_rate": plan.learning_rate if plan else None,
        "warmup_ratio": plan.warmup_ratio if plan else None,
        "max_seq_length": max_seq_length,
    }


def suggestion_text(train_rows: int, device: str, device_known: bool) -> str:
    """What the suggestions were made for, in words (rich text)."""
    if not train_rows:
        return translate(
            "plan", "Choose your data first; the suggestions depend on how many rows it has."
        )
    if device_known:
        template = translate("plan", "Suggested for <b>{rows:,}</b> training rows on {device}.")
    else:
        template = translate(
            "plan",
            "Suggested for <b>{rows:,}</b> training rows on {device} "
            "(checking for a graphics card…).",
        )
    return template.format(rows=train_rows, device=device_words(device))
