"""Run one training: read the data, load the model, train, measure, save.

:func:`run_training` is what the GUI worker and ``main.py train`` call. Everything a run
does is the library's own: ``SentenceTransformerTrainer`` trains, sentence-transformers
evaluators measure, ``save_pretrained`` writes the model and its card. This module decides
the settings a non-programmer should not have to, reports progress as events, and makes the
result safe on disk (checked before training, written atomically, resumable).
"""

from __future__ import annotations

import gc
import math
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.catalog.losses import LossSpec, find_loss, recommended_loss, wrap_matryoshka
from desktop_app.core.catalog.models import load_model
from desktop_app.core.errors import DataError, TrainingError, UserFacingError
from desktop_app.core.i18n import translate
from desktop_app.core.training import distributed, saving
from desktop_app.core.training.config import TrainingConfig, check_settings
from desktop_app.core.training.events import (
    Evaluated,
    Finished,
    HardNegativesMined,
    MiningProgress,
    StageChanged,
    TrainingEvent,
    TrainingWarning,
)
from desktop_app.core.training.plan import planned_steps

if TYPE_CHECKING:
    import datasets

    from desktop_app.core.data.types import ColumnRoles

#: Aim for about this many loss points in a run (the curve the user watches).
TARGET_LOSS_POINTS = 150

#: Wall-clock seconds of training between checkpoints (none in a shorter run, none at the end).
CHECKPOINT_INTERVAL_S = 600.0

#: Test-only environment variable: seconds between checkpoints instead of
#: :data:`CHECKPOINT_INTERVAL_S` (the fault-injection tests make it tiny). Not a user setting:
#: users set ``save_steps`` in the configuration.
CHECKPOINT_INTERVAL_ENV = "EMBEDTUNE_TEST_CHECKPOINT_INTERVAL_S"

#: On GPUs, log the loss at most this often (each log waits for the GPU's queued work).
GPU_LOSS_LOG_INTERVAL_S = 2.0

#: How many times a run that ran out of memory before its first step is retried with a
#: smaller per-step batch.
MAX_MEMORY_RETRIES = 4


@dataclass
class PreparedData:
    """Training data ready for the trainer.

    Attributes:
        train: Training rows with sentence-transformers column names.
        eval: Evaluation rows (None = no evaluation).
        roles: What the columns are (gives the shape and, for classes, their names).
        warnings: Plain-language notes about the data to show the user.
    """

    train: datasets.Dataset
    eval: datasets.Dataset | None
    roles: ColumnRoles
    warnings: list[TrainingWarning] = field(default_factory=list)


@dataclass
class TrainingSummary:
    """What a run did; written as training_summary.json beside the model."""

    output_dir: str
    stopped_early: bool
    primary_metric: str | None
    metrics_before: dict[str, float]
    metrics_after: dict[str, float]
    loss_history: list[dict[str, Any]]
    train_runtime_s: float
    train_samples_per_s: float
    steps: int
    total_steps: int
    train_rows: int
    eval_rows: int
    loss: str
    shape: str
    device: str
    base_model: str
    config: dict[str, Any]
    precision: str = "fp32"
    cpu_threads: int | None = None
    checkpoint_time_s: float = 0.0
    checkpoints_written: int = 0
    batch_size: int = 0
    per_step_batch_size: int = 0
    gradient_accumulation_steps: int = 1
    memory_adjustments: list[str] = field(default_factory=list)
    #: What hard-negative mining did (``MiningSummary.to_dict()``), None when it was off.
    hard_negatives: dict[str, Any] | None = None
    # -- honest results (issue 9; desktop_app/core/verdict.py) ---------------------------
    verdict: str = "cannot-tell"
    verdict_reason: str = ""
    verdict_advice: str = ""
    headline: str = ""
    examples: list[dict[str, Any]] = field(default_factory=list)
    verdict_details: dict[str, Any] = field(default_factory=dict)
    #: The step whose model was kept (the end unless an earlier moment was clearly better).
    best_step: int | None = None
    #: The step with the highest held-out figure during training.
    highest_step: int | None = None
    #: Which moment was kept and why, in plain words ("" when the end was also the highest).
    kept_note: str = ""
    #: The held-out measurements during training: dicts with step, epoch, value (the saved
    #: loss plot draws them beside the loss).
    eval_history: list[dict[str, Any]] = field(default_factory=list)
    measuring_s: float = 0.0
    search: list[dict[str, Any]] = field(default_factory=list)
    #: What the kept model made of each held-out row (a RowMeasures; not saved): the search
    #: compares recipes row by row with it.
    rows_after: Any = field(default=None, repr=False, compare=False)
    # -- end honest results ---------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "rows_after"}

    @property
    def before(self) -> float | None:
        """The primary metric before training (None when not measured)."""
        return self.metrics_before.get(self.primary_metric or "")

    @property
    def after(self) -> float | None:
        """The primary metric after training (None when not measured)."""
        return self.metrics_after.get(self.primary_metric or "")


def prepare_data(config: TrainingConfig) -> PreparedData:
    """Read, understand, check and split the spreadsheet(s) named in ``config``.

    Raises:
        DataError: The file cannot be read, the columns do not fit, or no usable rows remain.
    """
    from desktop_app.core.data.dataset import build_dataset, split_dataset
    from desktop_app.core.data.inspection import understand
    from desktop_app.core.data.reading import parse_delimiter, read_table
    from desktop_app.core.data.validation import validate

    if not config.data_file:
        raise DataError(
            translate("runner", "No training file was chosen."),
            translate("runner", "Pick a spreadsheet with your examples."),
        )
    table = read_table(
        config.data_file,
        config.sheet,
        encoding=config.encoding,
        delimiter=parse_delimiter(config.delimiter),
        has_header=config.has_header,
    )
    # The same rules as ``inspect`` and the wizard, so training uses what they showed.
    roles = understand(
        table,
        columns=list(config.text_columns) or None,
        label=config.label_column,
        positive_label=config.positive_label,
    )
    report = validate(table, roles)
    notes = [TrainingWarning(code=w.code, message=w.message, hint=w.hint) for w in report.warnings]
    full = build_dataset(table, roles)
    if len(full) == 0:
        raise DataError(
            translate(
                "runner", "No usable rows are left in the file after removing rows with problems."
            ),
            translate("runner", "Open the file and fix the rows the check lists."),
        )
    if config.eval_file:
        eval_table = read_table(
            config.eval_file,
            encoding=config.encoding,
            delimiter=parse_delimiter(config.delimiter),
            has_header=config.has_header,
        )
        missing = [c for c in [*roles.texts, roles.label] if c and c not in eval_table.columns]
        if missing:
            raise DataError(
                translate("runner", "The evaluation file has no column {columns}.").format(
                    columns=", ".join(missing)
                ),
                translate(
                    "runner", "Use an evaluation file with the same columns as the training file."
                ),
            )
        return PreparedData(full, build_dataset(eval_table, roles), roles, notes)
    # Honest results (issue 9): the held-out rule lives in plan.py, shared with the Data page.
    from desktop_app.core.training.plan import held_out_split

    split = held_out_split(len(full), config.eval_fraction)
    if split.held_out_rows > 0:
        train, held_out = split_dataset(full, split.fraction, config.seed)
        return PreparedData(train, held_out, roles, notes)
    if split.note and config.eval_fraction:
        notes.append(TrainingWarning(code="no-held-out", message=split.note))
    return PreparedData(full, None, roles, notes)


def _choose_loss(config: TrainingConfig, shape: str) -> LossSpec:
    spec = find_loss(config.loss) if config.loss else recommended_loss(shape)
    reason = spec.reason_not_accepted(shape)
    if reason:
        raise TrainingError(
            reason,
            translate("runner", "Pick a loss that fits your data, or leave it on automatic."),
        )
    return spec


def _auto_interval(total: int, points: int) -> int:
    return max(1, total // points)


def _trainer_prompts(model: Any, shape: str, columns: list[str]) -> dict[str, str] | None:
    """Map dataset columns to the model's prompts (e5: "query: " / "passage: ")."""
    prompts = getattr(model, "prompts", None) or {}
    query, passage = prompts.get("query"), prompts.get("passage")
    if not query:
        return None
    text_columns = [c for c in columns if c not in ("score", "label")]
    if shape in ("pairs", "triplets") and passage:
        return {c: (query if i == 0 else passage) for i, c in enumerate(text_columns)}
    return {c: query for c in text_columns}


def _mine_hard_negatives(
    config: TrainingConfig,
    data: PreparedData,
    model: Any,
    loss_name: str,
    emit: Callable[[TrainingEvent], None],
    cancel: threading.Event,
) -> Any:
    """Mine ``config.hard_negatives`` wrong answers per training pair, when they apply.

    Only for question/answer pairs trained with an in-batch-negative loss; otherwise a note
    says why nothing was mined. Uses the base model, on ``data.train`` only (never the
    held-out rows). Returns a ``MiningResult`` or None; records the mining in the model card.
    """
    if not config.hard_negatives:
        return None
    from desktop_app.core.training import hard_negatives as mining

    if data.roles.shape != "pairs" or not mining.loss_takes_hard_negatives(loss_name):
        emit(
            TrainingWarning(
                code="hard-negatives-not-used",
                message=translate(
                    "runner",
                    "Wrong answers that look right are only found for question/answer "
                    "pairs trained with Multiple Negatives Ranking; this run trains without them.",
                ),
            )
        )
        return None
    emit(
        StageChanged(
            "mining",
            translate("runner", "Finding wrong answers that look right in your examples…"),
        )
    )
    try:
        result = mining.mine_hard_negatives(
            data.train,
            model,
            int(config.hard_negatives),
            on_progress=lambda done, total: emit(MiningProgress(done, total)),
            cancel=cancel,
        )
    except mining.MiningCancelled:
        raise TrainingError(
            translate(
                "runner",
                "Training was stopped while wrong answers were being found; nothing was trained.",
            ),
            translate("runner", "Start it again when you are ready."),
        ) from None
    if result.summary.pairs_with_negatives == 0:
        raise TrainingError(
            translate("runner", "No safe wrong answers were found for any question."),
            translate("runner", "Train without 'answers that look right but are wrong'."),
        )
    summary = result.summary
    emit(HardNegativesMined(summary.describe(), summary.to_dict()))
    if summary.pairs_skipped:
        emit(TrainingWarning(code="hard-negatives-skipped", message=summary.describe()))
    card = model.model_card_data
    card.train_datasets = [
        {
            "name": "user's question/answer pairs "
            f"({config.hard_negatives} mined hard negatives per pair)"
        }
    ]
    card.add_tags("hard-negatives")
    return result


def _is_out_of_memory(exc: BaseException) -> bool:
    if isinstance(exc, MemoryError):
        return True
    text = str(exc).lower()
    return (
        "out of memory" in text
        or "can't allocate memory" in text
        or type(exc).__name__ == "OutOfMemoryError"
    )


def _checkpoint_interval_s() -> float:
    """Seconds between checkpoints: :data:`CHECKPOINT_INTERVAL_S`, or the test-only override."""
    import os

    value = os.environ.get(CHECKPOINT_INTERVAL_ENV, "")
    try:
        seconds = float(value)
    except ValueError:
        return CHECKPOINT_INTERVAL_S
    return seconds if math.isfinite(seconds) and seconds >= 0 else CHECKPOINT_INTERVAL_S


@dataclass
class _BatchPlan:
    """How each optimizer step gets its ``batch_size`` examples (changed to fit in memory).

    Attributes:
        batch_size: Examples each update learns from (what the user chose).
        per_step: Examples in one forward/backward pass.
        accumulation: Passes added up before each update (``per_step * accumulation``
            equals ``batch_size``).
        loss: The loss object.
        loss_name: Its class name (the cached variant once switched).
    """

    batch_size: int
    per_step: int
    accumulation: int
    loss: Any
    loss_name: str


def _switch_to_cached(plan: _BatchPlan, model: Any, mini_batch: int) -> _BatchPlan:
    """Replace MultipleNegativesRankingLoss by its cached variant (same results, less memory)."""
    from sentence_transformers.sentence_transformer.losses import (
        CachedMultipleNegativesRankingLoss,
    )

    old = plan.loss
    options = {
        name: getattr(old, name)
        for name in ("scale", "similarity_fct", "directions", "partition_mode")
        if hasattr(old, name)
    }
    cached = CachedMultipleNegativesRankingLoss(model, mini_batch_size=mini_batch, **options)
    return replace(plan, loss=cached, loss_name=type(cached).__name__)


def _smaller_plan(plan: _BatchPlan, model: Any, in_batch: bool) -> tuple[_BatchPlan, str] | None:
    """Return a plan using about half the memory, and what changed in plain words (or None)."""
    kind = type(plan.loss).__name__
    if kind == "MultipleNegativesRankingLoss" and plan.per_step > 1:
        mini = max(1, plan.per_step // 2)
        whole = replace(plan, per_step=plan.batch_size, accumulation=1)
        smaller = _switch_to_cached(whole, model, mini)
        return smaller, translate(
            "runner",
            "Training now uses CachedMultipleNegativesRankingLoss: the same results with the "
            "same {batch} examples per step, computed {mini} at a time (slower, "
            "much less memory).",
        ).format(batch=plan.batch_size, mini=mini)
    if kind == "CachedMultipleNegativesRankingLoss" and plan.loss.mini_batch_size > 1:
        mini = max(1, int(plan.loss.mini_batch_size) // 2)
        plan.loss.mini_batch_size = mini
        return plan, translate(
            "runner",
            "Training now computes its {batch} examples per step {mini} at a time "
            "(the same results, slower, less memory).",
        ).format(batch=plan.batch_size, mini=mini)
    if plan.per_step <= 1:
        return None
    per_step = max(1, plan.per_step // 2)
    accumulation = max(1, math.ceil(plan.batch_size / per_step))
    smaller = replace(plan, per_step=per_step, accumulation=accumulation)
    if in_batch:
        template = translate(
            "runner",
            "Training now processes {per_step} examples at a time and adds up {accumulation} of "
            "them before each update, so each update still learns from about "
            "{total} examples. With this loss fewer examples are compared with each other at "
            "once.",
        )
    else:
        template = translate(
            "runner",
            "Training now processes {per_step} examples at a time and adds up {accumulation} of "
            "them before each update, so each update still learns from about "
            "{total} examples.",
        )
    return smaller, template.format(
        per_step=per_step, accumulation=accumulation, total=per_step * accumulation
    )


def _model_shape(model: Any) -> tuple[int, int, int]:
    """Return (parameters, layers, hidden size) of a transformer-based model (rough)."""
    parameters = sum(p.numel() for p in model.parameters())
    config = None
    try:
        config = model[0].auto_model.config
    except (AttributeError, IndexError, TypeError, KeyError):
        config = None
    layers = int(getattr(config, "num_hidden_layers", 12) or 12)
    hidden = int(getattr(config, "hidden_size", 768) or 768)
    return parameters, layers, hidden


def _longest_tokens(model: Any, train: Any, columns: list[str]) -> int:
    """Return the token count of the longest texts (by characters), capped at the model's max.

    Batches are padded to their longest text, so the longest ones set the memory a step
    needs; tokenizing only the 16 longest per column keeps this cheap.
    """
    limit = int(getattr(model, "max_seq_length", 512) or 512)
    longest: list[str] = []
    for column in columns:
        texts = [str(t) for t in train[column]]
        longest += sorted(texts, key=len, reverse=True)[:16]
    if not longest:
        return limit
    try:
        tokens = model.tokenize(longest)["input_ids"]
    except (AttributeError, KeyError, TypeError, ValueError):
        return limit
    return max(1, min(limit, int(tokens.shape[1])))


def _fit_plan_to_device(
    plan: _BatchPlan,
    *,
    model: Any,
    train: Any,
    text_columns: list[str],
    device: str,
    precision: str,
    in_batch: bool,
    emit: Callable[[TrainingEvent], None],
) -> _BatchPlan:
    """Shrink the per-step batch before training where the device says it would not fit.

    Only devices that report free memory (CUDA) are checked; the estimate is rough (see
    :func:`device.estimate_fitting_batch`), and out-of-memory recovery covers the rest.
    """
    from desktop_app.core.training import device as device_mod

    free = device_mod.free_device_memory(device)
    if free is None:
        return plan
    parameters, layers, hidden = _model_shape(model)
    fits = device_mod.estimate_fitting_batch(
        parameters=parameters,
        layers=layers,
        hidden=hidden,
        seq_len=_longest_tokens(model, train, text_columns),
        texts_per_example=len(text_columns),
        free_bytes=free,
        half_precision=precision in ("bf16", "fp16"),
    )
    if fits >= plan.per_step:
        return plan
    notes = []
    while plan.per_step > fits or (
        type(plan.loss).__name__ == "CachedMultipleNegativesRankingLoss"
        and plan.loss.mini_batch_size > fits
    ):
        smaller = _smaller_plan(plan, model, in_batch)
        if smaller is None:
            break
        plan, note = smaller
        notes.append(note)
        if type(plan.loss).__name__ == "CachedMultipleNegativesRankingLoss":
            plan.loss.mini_batch_size = max(1, min(plan.loss.mini_batch_size, fits))
            notes[-1] = translate(
                "runner",
                "Training uses CachedMultipleNegativesRankingLoss: the same results with the "
                "same {batch} examples per step, computed {mini} at a time.",
            ).format(batch=plan.batch_size, mini=plan.loss.mini_batch_size)
            break
    if notes:
        emit(
            TrainingWarning(
                code="batch-fitted-to-memory",
                message=translate(
                    "runner",
                    "The GPU has {free_gb:.1f} GB free, likely too little for "
                    "{batch} examples at once. {note}",
                ).format(free_gb=free / 1e9, batch=plan.batch_size, note=notes[-1]),
                hint=translate(
                    "runner", "Nothing to do; a smaller maximum text length would make it faster."
                ),
            )
        )
    return plan


def _pick_checkpoint(output_dir: Path, emit: Callable[[TrainingEvent], None]) -> Path:
    """Return the newest complete, readable checkpoint to resume from.

    Raises:
        TrainingError: There is none, or every one is damaged.
    """
    candidates = saving.resumable_checkpoints(output_dir)
    legacy = output_dir.with_name(output_dir.name + ".partial") / "checkpoints"
    if not candidates and legacy.is_dir() and any(legacy.glob("checkpoint-*")):
        raise TrainingError(
            translate(
                "runner",
                "The interrupted run in {folder} was made by an earlier version of the "
                "app, which this version cannot continue.",
            ).format(folder=legacy.parent),
            translate(
                "runner",
                "Start the training again without 'resume'; that folder is left as it is (delete "
                "it yourself once you no longer need it).",
            ),
        )
    if not candidates:
        raise TrainingError(
            translate("runner", "There is no interrupted run to continue for {folder}.").format(
                folder=output_dir
            ),
            translate("runner", "Start the training again without 'resume'."),
        )
    problems: list[str] = []
    for checkpoint in candidates:
        problem = saving.checkpoint_problem(checkpoint)
        if problem is None:
            if problems:
                emit(
                    TrainingWarning(
                        code="damaged-checkpoint-skipped",
                        message=translate(
                            "runner",
                            "The newest saved progress cannot be used ({problem}); "
                            "continuing from the older one at step {step}.",
                        ).format(problem=problems[0], step=saving.checkpoint_step(checkpoint)),
                        hint="",
                    )
                )
            return checkpoint
        problems.append(problem)
    raise TrainingError(
        translate(
            "runner",
            "The saved progress of the interrupted run into {folder} cannot be used: {problem}.",
        ).format(folder=output_dir, problem=problems[0]),
        translate("runner", "Start the training again without 'resume'."),
    )


def run_training(
    config: TrainingConfig,
    on_event: Callable[[TrainingEvent], None] | None = None,
    cancel: threading.Event | None = None,
    *,
    data: PreparedData | None = None,
    cpu_threads: int | None = None,
) -> TrainingSummary:
    """Train ``config.model`` on ``config.data_file`` and save it to ``config.output_dir``.

    Before anything is read or loaded, the output folder is checked (a folder is replaced
    only with ``overwrite`` and only if this app wrote it), its parent must be writable, and
    a lock beside it is taken for the whole run, so a second run into it is refused at once.

    Args:
        config: The run's settings.
        on_event: Receives events from this thread (progress, loss, evaluation, finished).
        cancel: Set it to stop after the current step; what was learned is saved and the
            summary says ``stopped_early``.
        data: Already prepared data (skips reading ``config.data_file``).
        cpu_threads: CPU threads for torch (None = every core).

    Returns:
        The run's summary (also written as training_summary.json).

    Raises:
        OutputExistsError: The output folder exists and ``config.overwrite`` is off, or it
            holds files this app did not write.
        DataError, ModelError, TrainingError: Something the user can fix, in plain words.
    """
    check_settings(config, cpu_threads=cpu_threads)  # every number, before anything loads
    emit = on_event or (lambda _event: None)
    cancel = cancel or threading.Event()
    # Honest results (issue 9): "find the best settings for me" runs several trainings.
    if config.search_minutes and not config.resume:
        from desktop_app.core.training.search import run_search

        found = run_search(
            config,
            emit,
            cancel,
            time_budget_s=float(config.search_minutes) * 60,
            data=data,
            cpu_threads=cpu_threads,
        )
        return found.summary
    if not config.output_dir:
        raise TrainingError(
            translate("runner", "No output folder was chosen."),
            translate("runner", "Choose where to save the model."),
        )
    output_dir = Path(config.output_dir).expanduser().resolve()
    if not distributed.is_main_process():
        # Launched as several processes (package-run): the first one alone checks, locks
        # and saves the output folder; the others only train.
        return _run_locked(config, emit, cancel, output_dir, data, cpu_threads)
    saving.check_output_dir(output_dir, config.overwrite)
    with saving.OutputLock(output_dir):
        return _run_locked(config, emit, cancel, output_dir, data, cpu_threads)


def _run_locked(
    config: TrainingConfig,
    emit: Callable[[TrainingEvent], None],
    cancel: threading.Event,
    output_dir: Path,
    data: PreparedData | None,
    cpu_threads: int | None,
) -> TrainingSummary:
    """The body of :func:`run_training`, run while the output lock is held."""
    resume_from = _pick_checkpoint(output_dir, emit) if config.resume else None

    emit(StageChanged("loading-data", translate("runner", "Reading your examples…")))
    if data is None:
        data = prepare_data(config)
    for note in data.warnings:
        emit(note)
    shape = data.roles.shape
    loss_spec = _choose_loss(config, shape)

    emit(StageChanged("loading-model", translate("runner", "Loading the model…")))
    from desktop_app.core.training import device as device_mod

    device = device_mod.pick_device()
    precision = device_mod.pick_precision(device, config.precision)
    threads = device_mod.set_cpu_threads(cpu_threads)
    # the length is checked against the model's own limit inside load_model, before the
    # weights load: also for a Hub model downloaded just now, whose limit was not known
    model = load_model(
        config.model,
        device=device,
        trust_remote_code=config.trust_remote_code,
        max_seq_length=int(config.max_seq_length) if config.max_seq_length else None,
    )
    # --- hard negatives (issue 13): mine on the training rows, before the loss is built ---
    hard_negatives = _mine_hard_negatives(config, data, model, loss_spec.name, emit, cancel)
    if hard_negatives is not None:
        data = replace(data, train=hard_negatives.dataset)
    # --- end hard negatives ---
    loss = loss_spec.build(model, data.roles)
    if config.matryoshka_dims:
        loss = wrap_matryoshka(model, loss, list(config.matryoshka_dims))
    distributed.share_in_batch_negatives(loss)  # only when launched as several processes

    from desktop_app.core.evaluation import build_evaluator, primary_metric_of, run_evaluator

    evaluator = build_evaluator(data.eval, shape, data.roles) if data.eval is not None else None
    primary = primary_metric_of(evaluator) if evaluator is not None else None
    metrics_before: dict[str, float] = {}
    rows_before = None
    if evaluator is not None and resume_from is None:
        emit(
            StageChanged(
                "evaluating-before", translate("runner", "Measuring the model before training…")
            )
        )
        result = run_evaluator(evaluator, model, step=0)
        metrics_before = result.metrics
        emit(Evaluated("before", 0, result.primary_metric, result.value, result.metrics))
        # Honest results (issue 9): what the model makes of each held-out row, for the verdict.
        from desktop_app.core.evaluation import measure_rows

        rows_before = measure_rows(model, data.eval, shape, data.roles)

    main = distributed.is_main_process()
    if not main:  # never written: only the main process saves checkpoints and the model
        run_dir = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.worker-"))
    elif resume_from is not None:
        run_dir = resume_from.parent
    else:
        run_dir = saving.new_run_dir(output_dir)
    try:
        summary = _train_and_save(
            config=config,
            data=data,
            model=model,
            loss=loss,
            loss_name=loss_spec.name,
            evaluator=evaluator,
            primary=primary,
            metrics_before=metrics_before,
            device=device,
            precision=precision,
            threads=threads,
            output_dir=output_dir,
            run_dir=run_dir,
            resume_from=resume_from,
            emit=emit,
            cancel=cancel,
            rows_before=rows_before,
            hard_negatives=hard_negatives.summary.to_dict() if hard_negatives else None,
        )
    except BaseException:
        # Keep what --resume needs; anything else this run created goes.
        if not main:
            shutil.rmtree(run_dir, ignore_errors=True)
        elif not saving.complete_checkpoints(run_dir):
            saving.remove_run_dir(run_dir)
        raise
    if not main:
        shutil.rmtree(run_dir, ignore_errors=True)
    else:
        for folder in saving.run_dirs(output_dir):
            saving.remove_run_dir(folder)  # this run's, and older interrupted runs' into it
    emit(StageChanged("done", "Done."))
    emit(Finished(summary.output_dir, summary.stopped_early, summary.to_dict()))
    return summary


def _release_memory(model: Any) -> None:
    """Drop what a failed attempt left on the device (gradients, cached blocks)."""
    model.zero_grad(set_to_none=True)
    gc.collect()
    try:
        import torch

        if torch.cuda.is_available():
            torch.cuda.empty_cache()
    except (ImportError, RuntimeError):
        pass


def _train_and_save(
    *,
    config: TrainingConfig,
    data: PreparedData,
    model: Any,
    loss: Any,
    loss_name: str,
    evaluator: Any,
    primary: str | None,
    metrics_before: dict[str, float],
    device: str,
    precision: str,
    threads: int,
    output_dir: Path,
    run_dir: Path,
    resume_from: Path | None,
    emit: Callable[[TrainingEvent], None],
    cancel: threading.Event,
    hard_negatives: dict[str, Any] | None = None,
    rows_before: Any = None,
) -> TrainingSummary:
    from sentence_transformers import SentenceTransformerTrainingArguments
    from transformers.trainer_callback import PrinterCallback, ProgressCallback

    from desktop_app.core.catalog.models import base_model_id
    from desktop_app.core.evaluation import run_evaluator
    from desktop_app.core.training.callbacks import (
        CheckpointSchedule,
        EventCallback,
        LossLogThrottle,
    )
    from desktop_app.core.training.trainer import AppTrainer

    shape = data.roles.shape
    batch_size = max(1, min(int(config.batch_size), len(data.train)))
    total = planned_steps(len(data.train), batch_size, config.epochs, config.max_steps)
    logging_steps = config.logging_steps or _auto_interval(total, TARGET_LOSS_POINTS)
    # Honest results (issue 9): measure during training and keep the best (best.py); the
    # trainer itself never evaluates, so no checkpoint per evaluation and no eval loss.
    from desktop_app.core.training.plan import eval_interval

    keep_best = None
    if evaluator is not None and config.keep_best:
        from desktop_app.core.evaluation import measure_rows
        from desktop_app.core.training.best import KeepBestCallback
        from desktop_app.core.verdict import main_measure

        def measure(model_: Any, epoch: float, step: int) -> tuple[float | None, dict, Any]:
            # What the model makes of each held-out row: the verdict's own measure (the same
            # figure as the evaluator's main metric), and what the end-of-run test compares.
            rows = measure_rows(model_, data.eval, shape, data.roles)
            value = float(main_measure(shape, rows.outcome, rows.targets))
            finite = math.isfinite(value)
            return (value if finite else None), ({primary: value} if finite else {}), rows

        per_epoch = max(1, math.ceil(len(data.train) / batch_size))
        keep_best = KeepBestCallback(
            model,
            measure,
            eval_steps=config.eval_steps or eval_interval(total, per_epoch),
            primary_metric=primary or "",
            on_event=emit,
        )
    eval_steps = config.eval_steps if evaluator is not None and keep_best is None else None
    in_batch = getattr(loss, "loss", loss).__class__.__name__ in (
        "MultipleNegativesRankingLoss",
        "CachedMultipleNegativesRankingLoss",
    )
    parameters = sum(p.numel() for p in model.parameters())
    weight_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
    model_bytes = int(weight_bytes * 1.05) + 20_000_000  # weights + tokenizer and card
    checkpoint_bytes = model_bytes + parameters * 8  # + AdamW's two fp32 moments
    text_columns = [c for c in data.train.column_names if c not in ("score", "label")]

    plan = _BatchPlan(batch_size, batch_size, 1, loss, loss_name)
    plan = _fit_plan_to_device(
        plan,
        model=model,
        train=data.train,
        text_columns=text_columns,
        device=device,
        precision=precision,
        in_batch=in_batch,
        emit=emit,
    )
    adjustments: list[str] = []

    def build(plan: _BatchPlan) -> tuple[AppTrainer, EventCallback]:
        args = SentenceTransformerTrainingArguments(
            output_dir=str(run_dir),
            num_train_epochs=float(config.epochs),
            max_steps=int(config.max_steps) if config.max_steps else -1,
            per_device_train_batch_size=plan.per_step,
            gradient_accumulation_steps=plan.accumulation,
            per_device_eval_batch_size=batch_size,
            learning_rate=float(config.learning_rate),
            warmup_steps=float(config.warmup_ratio),
            weight_decay=float(config.weight_decay),
            seed=int(config.seed),
            data_seed=int(config.seed),
            bf16=precision == "bf16",
            fp16=precision == "fp16",
            use_cpu=device == "cpu",
            batch_sampler="no_duplicates" if in_batch else "batch_sampler",
            prompts=_trainer_prompts(model, shape, list(data.train.column_names)),
            logging_steps=logging_steps,
            logging_first_step=True,
            logging_nan_inf_filter=False,
            # The library's saving is off: it would also write a full checkpoint at the end.
            # CheckpointSchedule asks for checkpoints by time instead.
            save_strategy="no",
            eval_strategy="steps" if eval_steps else "no",
            eval_steps=eval_steps,
            report_to="none",
            disable_tqdm=True,
        )
        callback = EventCallback(
            emit, cancel, batch_size=plan.per_step * plan.accumulation, primary_metric=primary
        )
        schedule = CheckpointSchedule(
            every_s=_checkpoint_interval_s(), every_steps=config.save_steps or None
        )
        callbacks = [callback, schedule]
        if keep_best is not None:  # honest results (issue 9): keep the best weights seen
            callbacks.append(keep_best)
        if device != "cpu":
            callbacks.append(LossLogThrottle(GPU_LOSS_LOG_INTERVAL_S))
        trainer = AppTrainer(
            model=model,
            args=args,
            train_dataset=data.train,
            eval_dataset=data.eval if eval_steps else None,
            loss=plan.loss,
            evaluator=evaluator,
            callbacks=callbacks,
            run_dir=run_dir,
            emit=emit,
            checkpoint_bytes=checkpoint_bytes,
        )
        trainer.remove_callback(PrinterCallback)
        trainer.remove_callback(ProgressCallback)
        return trainer, callback

    emit(
        StageChanged(
            "training",
            translate("runner", "Training with {loss} on {rows} rows…").format(
                loss=plan.loss_name, rows=len(data.train)
            ),
        )
    )
    started = time.perf_counter()
    trainer: AppTrainer | None = None
    for attempt in range(MAX_MEMORY_RETRIES + 1):
        trainer, callback = build(plan)
        out_of_memory = False
        # The trainer runs a full garbage collection when it starts (accelerate's
        # free_memory). With torch, transformers and Qt loaded that takes ~300 ms, all of it
        # holding the GIL, which froze the GUI thread. Objects alive now (libraries, model,
        # data) are moved out of the collector's reach for the run and given back afterwards.
        gc.freeze()
        try:
            output = trainer.train(resume_from_checkpoint=str(resume_from) if resume_from else None)
        except UserFacingError:
            raise
        except Exception as exc:
            if not _is_out_of_memory(exc):
                if (
                    resume_from is not None
                    and callback.steps_done == 0
                    and _raised_loading_checkpoint(exc)
                ):
                    raise TrainingError(
                        translate(
                            "runner",
                            "The saved progress in {folder} cannot be read "
                            "({error}): it is damaged or was changed.",
                        ).format(folder=resume_from.parent, error=type(exc).__name__),
                        translate("runner", "Start the training again without 'resume'."),
                    ) from None
                raise
            out_of_memory = True  # handled below, once the traceback (and its tensors) is gone
        finally:
            gc.unfreeze()
        if not out_of_memory:
            break
        steps_done = callback.steps_done
        trainer = None  # let go of the failed attempt's optimizer state before retrying
        _release_memory(model)
        smaller = (
            _smaller_plan(plan, model, in_batch)
            if steps_done == 0 and attempt < MAX_MEMORY_RETRIES
            else None
        )
        if smaller is None:
            raise _out_of_memory_error(plan, device)
        plan, note = smaller
        adjustments.append(note)
        emit(
            TrainingWarning(
                code="out-of-memory-recovered",
                message=(
                    translate("runner", "The GPU ran out of memory. {note}")
                    if _on_gpu(device)
                    else translate("runner", "The computer ran out of memory. {note}")
                ).format(note=note),
                hint=translate(
                    "runner",
                    "Nothing to do. A smaller maximum text length would use less memory and "
                    "be faster.",
                ),
            )
        )
    assert trainer is not None  # the loop ends by training or by raising
    runtime = float(output.metrics.get("train_runtime", time.perf_counter() - started))
    samples_per_s = float(output.metrics.get("train_samples_per_second", 0.0))

    if keep_best is not None:  # the end, or an earlier moment clearly better than it
        keep_best.restore_best()
        keep_best.release()
    metrics_after: dict[str, float] = {}
    if evaluator is not None:
        emit(
            StageChanged(
                "evaluating-after", translate("runner", "Measuring the model after training…")
            )
        )
        result = run_evaluator(
            evaluator, model, epoch=float(trainer.state.epoch or 0), step=trainer.state.global_step
        )
        metrics_after = result.metrics
        step = int(trainer.state.global_step)
        emit(Evaluated("after", step, result.primary_metric, result.value, result.metrics))

    saved_config = replace(config, resume=False, overwrite=False, output_dir=str(output_dir))
    summary = TrainingSummary(
        output_dir=str(output_dir),
        stopped_early=callback.stopped_early,
        primary_metric=primary,
        metrics_before=metrics_before,
        metrics_after=metrics_after,
        loss_history=callback.loss_history,
        train_runtime_s=runtime,
        train_samples_per_s=samples_per_s,
        steps=int(trainer.state.global_step),
        total_steps=int(trainer.state.max_steps),
        train_rows=len(data.train),
        eval_rows=len(data.eval) if data.eval is not None else 0,
        loss=plan.loss_name if not config.matryoshka_dims else f"MatryoshkaLoss({plan.loss_name})",
        shape=shape,
        device=device,
        base_model=base_model_id(config.model),
        config=saved_config.to_dict(),
        precision=precision,
        cpu_threads=threads,
        checkpoint_time_s=round(trainer.checkpoint_time_s, 3),
        checkpoints_written=trainer.checkpoints_written,
        batch_size=plan.batch_size,
        per_step_batch_size=plan.per_step,
        gradient_accumulation_steps=plan.accumulation,
        memory_adjustments=adjustments,
        hard_negatives=hard_negatives,
        best_step=keep_best.kept_step if keep_best is not None else None,
        highest_step=keep_best.best_step if keep_best is not None else None,
        kept_note=(keep_best.note(int(trainer.state.global_step)) if keep_best is not None else ""),
        measuring_s=keep_best.eval_seconds if keep_best is not None else 0.0,
        eval_history=list(keep_best.history) if keep_best is not None else [],
    )
    # The kept moment's rows were measured during training on these very weights.
    kept_rows = keep_best.kept_rows if keep_best is not None else None
    _add_verdict(summary, model, data, rows_before, config, kept_rows)

    emit(
        StageChanged(
            "saving", translate("runner", "Saving the model to {folder}…").format(folder=output_dir)
        )
    )

    def write(folder: Path) -> None:
        model.save_pretrained(str(folder))
        _verdict_into_card(folder / "README.md", summary)
        saving.write_json(folder / "training_summary.json", summary.to_dict())
        saved_config.save(folder / "training_config.json")

    if not distributed.is_main_process():  # with several processes, the first one alone saves
        return summary
    try:
        saving.save_atomically(
            output_dir,
            write,
            overwrite=config.overwrite or config.resume,
            needed_bytes=model_bytes,
        )
    except TrainingError as exc:
        kept = saving.complete_checkpoints(run_dir)
        if kept:
            step = saving.checkpoint_step(kept[0])
            raise TrainingError(
                exc.message,
                translate(
                    "runner",
                    "{hint} The progress up to step {step} is kept: once there is room, "
                    "train again with 'resume' to continue from there.",
                ).format(hint=exc.hint, step=step),
            ) from None
        raise
    return summary


#: The trainer's functions that read a checkpoint when a run resumes.
_CHECKPOINT_LOADERS = frozenset(
    {
        "_load_from_checkpoint",
        "_load_optimizer_and_scheduler",
        "_load_rng_state",
        "_load_scaler",
        "_load_callback_state",
        "load_from_json",
    }
)


def _raised_loading_checkpoint(exc: BaseException) -> bool:
    """Whether ``exc`` came from reading a checkpoint (a damaged file, not a bug elsewhere)."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    return any(frame.name in _CHECKPOINT_LOADERS for frame in frames)


def _on_gpu(device: str) -> bool:
    return device in ("cuda", "mps")


def _out_of_memory_error(plan: _BatchPlan, device: str) -> TrainingError:
    suggestion = max(1, plan.per_step // 2)
    message = (
        translate(
            "runner",
            "The GPU ran out of memory while training, even with {per_step} examples at a time.",
        )
        if _on_gpu(device)
        else translate(
            "runner",
            "The computer ran out of memory while training, even with "
            "{per_step} examples at a time.",
        )
    )
    return TrainingError(
        message.format(per_step=plan.per_step),
        translate(
            "runner",
            "Use a smaller batch size (for example {suggestion}), a shorter maximum text "
            "length, or a smaller model.",
        ).format(suggestion=suggestion),
    )


# -- honest results (issue 9): the verdict, from desktop_app/core/verdict.py -----------------
def _add_verdict(
    summary: TrainingSummary,
    model: Any,
    data: PreparedData,
    rows_before: Any,
    config: TrainingConfig,
    rows_after: Any = None,
) -> None:
    """Measure the held-out rows after training and put the verdict into ``summary``.

    ``rows_after``: the kept model's per-row measures when they are already known.
    """
    from desktop_app.core.evaluation import measure_rows
    from desktop_app.core.verdict import check_measurable, decide_verdict, likely_causes

    if data.eval is None or len(data.eval) == 0:
        from desktop_app.core.training.plan import held_out_split

        split = held_out_split(len(data.train), config.eval_fraction)
        outcome = check_measurable(data.roles.shape, [], [], None, held_out_rows=0)
        assert outcome is not None
        summary.verdict, summary.verdict_reason = outcome.verdict, outcome.reason
        summary.verdict_advice = split.note or outcome.advice
        summary.verdict_details = outcome.to_dict()
        return
    if rows_after is None:
        rows_after = measure_rows(model, data.eval, data.roles.shape, data.roles)
    summary.rows_after = rows_after
    columns = list(data.train.column_names)
    texts = list(data.train[columns[0]][:200]) + list(data.train[columns[1]][:200])
    outcome = decide_verdict(
        rows_before,
        rows_after,
        train_rows=len(data.train),
        from_eval_file=bool(config.eval_file),
        causes=likely_causes(texts, summary.base_model, len(data.train)),
    )
    if summary.stopped_early and outcome.verdict != "cannot-tell":
        outcome = replace(
            outcome,
            advice=translate("runner", "{advice} (Training was stopped early.)").format(
                advice=outcome.advice
            ),
        )
    summary.verdict, summary.verdict_reason = outcome.verdict, outcome.reason
    summary.verdict_advice, summary.headline = outcome.advice, outcome.headline
    summary.examples = [e.to_dict() for e in outcome.examples]
    summary.verdict_details = outcome.to_dict()


def _verdict_into_card(readme: Path, summary: TrainingSummary) -> None:
    """Add the verdict to the library's model card."""
    from desktop_app.core.verdict import Verdict, add_to_model_card

    add_to_model_card(
        readme,
        Verdict(summary.verdict, summary.verdict_reason, summary.verdict_advice, summary.headline),
    )


# -- end honest results -------------------------------------------------------------------------


def warm_up_engine() -> str:
    """Import everything a run needs, and say where training will run ("CPU", "GPU"…).

    Called in a background thread right after the window shows. Importing torch,
    sentence-transformers and the trainer stack takes seconds and holds the interpreter in
    long stretches; done here, ahead of time, the first training starts without the GUI
    thread stalling on those imports.
    """
    from desktop_app.core.imports import ENGINE_IMPORT_LOCK

    with ENGINE_IMPORT_LOCK:  # other threads' lazy imports from transformers wait for it
        import torch
        from sentence_transformers import (  # noqa: F401
            SentenceTransformerTrainer,
            SentenceTransformerTrainingArguments,
        )
        from sentence_transformers.sentence_transformer import evaluation, losses  # noqa: F401
        from torch.optim import AdamW  # noqa: F401

    from desktop_app.core.training.device import pick_device

    device = pick_device()
    names = {
        "cuda": translate("runner", "GPU"),
        "mps": translate("runner", "Apple GPU"),
        "cpu": translate("runner", "CPU"),
    }
    _ = torch.zeros(1, device=device)  # initialise the device's runtime
    return names.get(device, device)
