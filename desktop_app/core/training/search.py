"""Find the best settings for me: try a few recipes and keep the best model.

:func:`run_search` trains the same data several times through :func:`run_training`, each
time with another recipe (learning rate and loss; the number of passes is the plan's, and
each run may put back an earlier moment clearly better than its end), all measured on
the same held-out rows. It stops starting new recipes when the next would not fit in the
time the user gave, keeps the best model, and returns a table of everything it tried. The
first recipe is exactly what a plain run trains, and another one is kept only when it beats
it by more than chance explains on the held-out rows.

The recipes come first-most-likely: the automatic settings, then a faster and a slower
learning rate, then the other losses that fit the data. Choosing among several on the same
held-out rows flatters the winner a little; the verdict says so.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import TrainingError
from desktop_app.core.i18n import translate
from desktop_app.core.training import saving
from desktop_app.core.training.events import Finished, StageChanged, TrainingEvent, TrainingWarning

if TYPE_CHECKING:
    from desktop_app.core.training.config import TrainingConfig
    from desktop_app.core.training.runner import PreparedData, TrainingSummary

#: The time a search may take when the user gives none, in seconds.
DEFAULT_SEARCH_BUDGET_S = 30 * 60
#: Losses never tried by the search (variants of another loss that only save memory).
_SKIPPED_LOSSES = ("CachedMultipleNegativesRankingLoss",)


@dataclass(frozen=True)
class Recipe:
    """One set of settings the search tries.

    Attributes:
        loss: The loss's class name.
        learning_rate: Peak learning rate.
        epochs: Passes over the training rows.
    """

    loss: str
    learning_rate: float
    epochs: float

    def describe(self) -> str:
        """The recipe in a few words."""
        if self.epochs == 1:
            template = translate("search", "{loss}, learning rate {rate:g}, 1 pass")
        else:
            template = translate("search", "{loss}, learning rate {rate:g}, {epochs:g} passes")
        return template.format(loss=self.loss, rate=self.learning_rate, epochs=self.epochs)


@dataclass
class Trial:
    """What one recipe gave.

    Attributes:
        recipe: The settings tried.
        status: "done", "skipped" (no time left), "stopped" (cancelled) or "failed".
        value: The main measure on the held-out rows after training (the kept moment).
        before: The main measure before training.
        seconds: How long the run took.
        best_step: The step whose model was kept.
        note: Why it was skipped or failed.
    """

    recipe: Recipe
    status: str = "skipped"
    value: float | None = None
    before: float | None = None
    seconds: float = 0.0
    best_step: int | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (a row of the table)."""
        return {
            "loss": self.recipe.loss,
            "learning_rate": self.recipe.learning_rate,
            "epochs": self.recipe.epochs,
            "status": self.status,
            "value": self.value,
            "before": self.before,
            "seconds": round(self.seconds, 1),
            "best_step": self.best_step,
            "note": self.note,
        }


@dataclass
class SearchResult:
    """The outcome of a search.

    Attributes:
        summary: The kept model's summary (its output folder is the user's).
        trials: Every recipe, in the order tried, with its result.
        best_index: Index in ``trials`` of the kept one.
    """

    summary: TrainingSummary
    trials: list[Trial] = field(default_factory=list)
    best_index: int = 0

    def table(self) -> list[dict[str, Any]]:
        """The trials as rows, the kept one marked."""
        return [{**t.to_dict(), "kept": i == self.best_index} for i, t in enumerate(self.trials)]


def candidate_recipes(shape: str, loss: str, learning_rate: float, epochs: float) -> list[Recipe]:
    """The recipes to try, most promising first (the automatic one first of all)."""
    from desktop_app.core.catalog.losses import compatible_losses

    others = [
        spec.name
        for spec in compatible_losses(shape)
        if spec.name != loss and spec.name not in _SKIPPED_LOSSES
    ]
    recipes = [
        Recipe(loss, learning_rate, epochs),
        Recipe(loss, learning_rate * 2, epochs),
    ]
    recipes += [Recipe(other, learning_rate, epochs) for other in others[:2]]
    recipes.append(Recipe(loss, learning_rate * 0.4, epochs))
    recipes += [Recipe(other, learning_rate * 2, epochs) for other in others[:1]]
    unique: list[Recipe] = []
    for recipe in recipes:
        if recipe not in unique:
            unique.append(recipe)
    return unique


def searched_config(
    config: TrainingConfig,
    loss: str,
    train_rows: int,
    held_out_rows: int,
    shape: str,
    budget_s: float,
) -> TrainingConfig:
    """The settings every recipe starts from: exactly a plain run's automatic plan.

    The plan is the one a run with this time budget gets (at most the default budget, which a
    plain run uses), so the first recipe is what pressing Train would train, and the search
    never keeps a model worse on the held-out rows than that. The other recipes train as
    many passes (a shorter recipe would lose to the plain run it should beat); they are tried
    while they fit in the time given.
    """
    from desktop_app.core.training.plan import DEFAULT_TIME_BUDGET_S, plan_for_config

    planned, _plan = plan_for_config(
        replace(config, loss=loss),
        train_rows,
        held_out_rows,
        shape,
        time_budget_s=min(budget_s, DEFAULT_TIME_BUDGET_S),
    )
    return planned


def run_search(
    config: TrainingConfig,
    on_event: Callable[[TrainingEvent], None] | None = None,
    cancel: threading.Event | None = None,
    *,
    time_budget_s: float | None = None,
    data: PreparedData | None = None,
    cpu_threads: int | None = None,
    recipes: list[Recipe] | None = None,
    min_trials: int = 1,
    on_trial: Callable[[int, Trial, Path], None] | None = None,
) -> SearchResult:
    """Try several recipes on the same held-out rows and save the best model to the output.

    Args:
        config: The run's settings (the output folder gets the best model).
        on_event: Receives each run's events, and a ``StageChanged("search", …)`` per recipe.
        cancel: Set it to stop: the running recipe stops after its current step, no new one
            starts, and the best so far is kept.
        time_budget_s: The whole search should take about this long (default 30 minutes).
        data: Already prepared data (skips reading the file).
        cpu_threads: CPU threads for torch.
        recipes: The recipes to try (default :func:`candidate_recipes`).
        min_trials: Try at least this many recipes, even past the time budget (benchmarks
            use it so that what is tried does not depend on how busy the computer is).
        on_trial: Called after each recipe that trained, with its index, its row and the
            folder of its model (deleted after the search; benchmarks score it there).

    Raises:
        TrainingError: There are no held-out rows to compare recipes on, or every recipe
            failed.
    """
    from desktop_app.core.catalog.losses import find_loss, recommended_loss
    from desktop_app.core.training.plan import held_out_split
    from desktop_app.core.training.runner import prepare_data, run_training

    emit = on_event or (lambda _event: None)
    cancel = cancel or threading.Event()
    budget = DEFAULT_SEARCH_BUDGET_S if time_budget_s is None else float(time_budget_s)
    if not config.output_dir:
        raise TrainingError(
            translate("search", "No output folder was chosen."),
            translate("search", "Choose where to save the model."),
        )
    output_dir = Path(config.output_dir).expanduser().resolve()
    saving.check_output_dir(output_dir, config.overwrite)
    started = time.perf_counter()
    emit(StageChanged("loading-data", translate("search", "Reading your examples…")))
    if data is None:
        data = prepare_data(config)
    for note in data.warnings:
        emit(note)
    if data.eval is None or len(data.eval) == 0:
        split = held_out_split(len(data.train), config.eval_fraction)
        raise TrainingError(
            translate(
                "search",
                "Finding the best settings needs rows kept apart to compare the settings on. "
                "{note}",
            ).format(note=split.note),
            translate(
                "search",
                "Keep a share of the rows apart (at least 30 rows in all), or train with the "
                "automatic settings.",
            ),
        )
    shape = data.roles.shape
    loss = config.loss or recommended_loss(shape).name
    planned = searched_config(config, loss, len(data.train), len(data.eval), shape, budget)
    todo = recipes or candidate_recipes(shape, loss, planned.learning_rate, planned.epochs)
    for recipe in todo:
        find_loss(recipe.loss)  # refuse an unknown loss before any training
    trials = [Trial(recipe) for recipe in todo]
    scratch = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.search-", dir=output_dir.parent))
    summaries: dict[int, TrainingSummary] = {}

    def quiet(event: TrainingEvent) -> None:
        # One Finished for the whole search; the data notes were said once already.
        if not isinstance(event, Finished | TrainingWarning):
            emit(event)

    try:
        slowest = 0.0
        for index, trial in enumerate(trials):
            elapsed = time.perf_counter() - started
            if cancel.is_set():
                trial.note = translate("search", "Stopped before it started.")
                continue
            if index >= max(1, min_trials) and elapsed + slowest > budget:
                trial.note = translate("search", "Not tried: it would not fit in the time given.")
                continue
            emit(
                StageChanged(
                    "search",
                    translate("search", "Trying settings {number} of {count}: {recipe}…").format(
                        number=index + 1, count=len(trials), recipe=trial.recipe.describe()
                    ),
                )
            )
            trial_config = replace(
                planned,
                loss=trial.recipe.loss,
                learning_rate=trial.recipe.learning_rate,
                epochs=trial.recipe.epochs,
                output_dir=str(scratch / f"trial-{index + 1}"),
                overwrite=False,
                resume=False,
                search_minutes=None,
            )
            began = time.perf_counter()
            try:
                summary = run_training(
                    trial_config, quiet, cancel, data=data, cpu_threads=cpu_threads
                )
            except TrainingError as exc:
                trial.status, trial.note = "failed", str(exc)
                continue
            trial.seconds = time.perf_counter() - began
            slowest = max(slowest, trial.seconds)
            trial.status = "stopped" if summary.stopped_early else "done"
            trial.value, trial.before = summary.after, summary.before
            trial.best_step = summary.best_step
            summaries[index] = summary
            if on_trial is not None:
                on_trial(index, trial, Path(trial_config.output_dir))
        measured = [i for i in summaries if trials[i].value is not None]
        if not summaries:
            raise TrainingError(
                translate("search", "None of the settings tried could train a model."),
                translate("search", "Train with the automatic settings to see what goes wrong."),
            )
        best = _choose(trials, summaries, measured) if measured else min(summaries)
        result = _keep(summaries[best], scratch / f"trial-{best + 1}", output_dir, config, trials)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    search = SearchResult(result, trials, best)
    result.search = search.table()
    saving.write_json(output_dir / "training_summary.json", result.to_dict())
    emit(Finished(result.output_dir, result.stopped_early, result.to_dict()))
    return search


def _choose(trials: list[Trial], summaries: dict[int, TrainingSummary], measured: list[int]) -> int:
    """The index of the recipe to keep.

    The first recipe is what a plain run trains; another replaces it only when it is better on
    the held-out rows by more than chance explains (:func:`clearly_better`, the verdict's own
    test). On a few held-out rows recipes often differ by a hair, and the hair decides nothing
    about new texts: keeping the plain run's settings then is the better bet.
    """
    from desktop_app.core.verdict import clearly_better

    top = max(measured, key=lambda i: (trials[i].value, -i))
    first = summaries.get(0)
    if top == 0 or 0 not in measured or first is None or first.rows_after is None:
        return top
    winners = []
    for index in measured:
        rows = summaries[index].rows_after
        if index == 0 or trials[index].value <= trials[0].value:
            continue
        if rows is not None and clearly_better(rows, first.rows_after):
            winners.append(index)
        else:
            trials[index].note = translate(
                "search",
                "Higher on the held-out rows by {delta:.3f}, within what chance explains, so "
                "the first settings (what a plain run trains) were kept.",
            ).format(delta=trials[index].value - trials[0].value)
    return max(winners, key=lambda i: (trials[i].value, -i)) if winners else 0


def _keep(
    summary: TrainingSummary,
    folder: Path,
    output_dir: Path,
    config: TrainingConfig,
    trials: list[Trial],
) -> TrainingSummary:
    """Copy the best trial's model to the user's output folder and fix its summary."""
    from desktop_app.core.training.config import TrainingConfig

    tried = sum(t.status in ("done", "stopped") for t in trials)
    kept = replace(summary, output_dir=str(output_dir))
    kept.config = {**summary.config, "output_dir": str(output_dir)}
    if tried > 1 and kept.verdict != "cannot-tell":
        kept.verdict_reason = translate(
            "search",
            "{reason} The settings were chosen among {tried} tried on these same rows, so the "
            "result may be slightly flattering.",
        ).format(reason=kept.verdict_reason, tried=tried)

    def write(target: Path) -> None:
        from desktop_app.core.verdict import Verdict, add_to_model_card

        shutil.copytree(folder, target, dirs_exist_ok=True)
        TrainingConfig.from_dict(kept.config).save(target / "training_config.json")
        said = Verdict(kept.verdict, kept.verdict_reason, kept.verdict_advice, kept.headline)
        add_to_model_card(target / "README.md", said)

    saving.save_atomically(output_dir, write, overwrite=config.overwrite)
    return kept
