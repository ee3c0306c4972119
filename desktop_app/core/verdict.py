"""The one verdict on a training run: better, worse, unchanged or cannot-tell, and why.

The Result page, the CLI's last line, the model card and ``training_summary.json`` all show
what :func:`decide_verdict` returns, so the app says one thing everywhere.

How it decides, from what the model made of each held-out row before and after training
(:class:`desktop_app.core.evaluation.RowMeasures`):

- **cannot-tell** when the rows cannot measure anything: too few of them, the two texts of
  every pair identical, all scores or labels the same, or the model giving every pair the
  same similarity. :func:`check_measurable` finds most of these from the data alone, before
  training, so the Data page and ``inspect`` can say it first.
- The change of the main measure is judged against the noise of a held-out set of this size:
  a paired bootstrap resamples the held-out rows (the same rows before and after) 1,000
  times. Only a change whose 95% interval lies wholly above zero is **better**, wholly below
  zero **worse**; anything else is **unchanged**.
- A model whose main measure is still poor after training (a correlation of 0.1 or less, the
  right answer first barely more often than guessing, …) is never a success, whatever the
  change: it is **unchanged** (or **worse**), and the reason says it is still poor and the
  likely cause.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop_app.core.evaluation import RowMeasures

BETTER, WORSE, UNCHANGED, CANNOT_TELL = "better", "worse", "unchanged", "cannot-tell"
VERDICTS = (BETTER, WORSE, UNCHANGED, CANNOT_TELL)

#: Each verdict in two or three plain words, for lists of runs (the headline says more).
VERDICT_WORDS = {
    BETTER: QT_TRANSLATE_NOOP("verdict", "Better"),
    WORSE: QT_TRANSLATE_NOOP("verdict", "Worse"),
    UNCHANGED: QT_TRANSLATE_NOOP("verdict", "No real change"),
    CANNOT_TELL: QT_TRANSLATE_NOOP("verdict", "Cannot tell"),
}


def verdict_words(verdict: str | None) -> str:
    """Return the verdict in plain words ("No real change"), or "" for a run without one."""
    words = VERDICT_WORDS.get(str(verdict or ""), "")
    return translate("verdict", words) if words else ""


#: Fewer held-out rows than this measure nothing reliable.
MIN_MEASURE_ROWS = 10
#: A correlation with the user's scores at or below this is not a usable model.
POOR_CORRELATION = 0.1
#: Resamples of the paired bootstrap.
BOOTSTRAP_RESAMPLES = 1_000
#: Share of rows whose two texts are identical above which the measure cannot tell.
IDENTICAL_SHARE = 0.5


@dataclass(frozen=True)
class Example:
    """A held-out row whose similarity changed much, to show next to the verdict.

    Attributes:
        first: The first text (sentence, question, anchor).
        second: The second text (sentence, answer, matching text).
        before: The model's similarity before training.
        after: The similarity after training.
        target: The user's own score or label (None for pairs and triplets).
    """

    first: str
    second: str
    before: float
    after: float
    target: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "first": self.first,
            "second": self.second,
            "before": self.before,
            "after": self.after,
            "target": self.target,
        }


@dataclass(frozen=True)
class Verdict:
    """The verdict on a run, in words.

    Attributes:
        verdict: "better", "worse", "unchanged" or "cannot-tell".
        reason: Why, in plain words (one or two sentences).
        advice: What to do next, in plain words ("" when nothing).
        headline: The one sentence with the one number ("" when nothing was measured).
        rows: Held-out rows the verdict rests on.
        before: The main measure before training (None when not measured).
        after: The main measure after training.
        change_low: Lower end of the 95% interval of the change.
        change_high: Upper end of the 95% interval of the change.
        still_poor: The model is still poor after training, whatever the change.
        examples: Held-out rows whose similarity changed most.
    """

    verdict: str
    reason: str
    advice: str = ""
    headline: str = ""
    rows: int = 0
    before: float | None = None
    after: float | None = None
    change_low: float | None = None
    change_high: float | None = None
    still_poor: bool = False
    examples: list[Example] = field(default_factory=list)

    @property
    def is_success(self) -> bool:
        """Whether the app may show this run as a success (green)."""
        return self.verdict == BETTER

    def sentence(self) -> str:
        """The verdict as the CLI's last line and the model card say it."""
        parts = [self.headline, self.reason, self.advice]
        return " ".join(p for p in parts if p)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (``training_summary.json``)."""
        return {
            "verdict": self.verdict,
            "reason": self.reason,
            "advice": self.advice,
            "headline": self.headline,
            "rows": self.rows,
            "before": self.before,
            "after": self.after,
            "change_low": self.change_low,
            "change_high": self.change_high,
            "still_poor": self.still_poor,
            "examples": [e.to_dict() for e in self.examples],
        }


# -- before training: can these rows measure anything? ---------------------------------------
def _same_text(a: str, b: str) -> bool:
    return " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


def check_measurable(
    shape: str,
    first: Sequence[str],
    second: Sequence[str],
    targets: Sequence[float] | None = None,
    *,
    held_out_rows: int | None = None,
    from_eval_file: bool = False,
) -> Verdict | None:
    """Say from the data alone whether the result can be measured; None when it can.

    Args:
        shape: The data shape.
        first: First texts (the whole file, or the held-out rows).
        second: Second texts.
        targets: Scores or labels (scored, labelled and classified pairs).
        held_out_rows: Rows that will be kept apart to measure (None = all rows given).
        from_eval_file: The rows come from a separate evaluation file.

    Returns:
        A ``cannot-tell`` verdict with the reason and what to do, or None.
    """
    rows = len(first) if held_out_rows is None else int(held_out_rows)
    if rows == 0:
        return Verdict(
            CANNOT_TELL,
            translate(
                "verdict",
                "No rows are kept apart to measure the model, so there is no independent measure "
                "of what training changed.",
            ),
            translate(
                "verdict",
                "With under 30 rows every row is needed to learn: try the trained model on a few "
                "sentences of your own in the Playground. With more rows, keep a share apart.",
            ),
        )
    if rows < MIN_MEASURE_ROWS:
        return Verdict(
            CANNOT_TELL,
            translate(
                "verdict",
                "Only 1 row would measure the model: too few to tell a real change from chance.",
            )
            if rows == 1
            else translate(
                "verdict",
                "Only {rows} rows would measure the model: too few to "
                "tell a real change from chance.",
            ).format(rows=rows),
            translate(
                "verdict",
                "Keep at least 10 rows apart (a bigger share, or a separate file to check on), or "
                "try the trained model on sentences of your own in the Playground.",
            ),
            rows=rows,
        )
    if first:
        identical = sum(_same_text(a, b) for a, b in zip(first, second, strict=False))
        if identical / len(first) >= IDENTICAL_SHARE:
            if shape in ("pairs", "triplets"):
                reason = translate(
                    "verdict",
                    "In {identical:,} of {rows:,} rows your questions and answers are the same "
                    "text: any model finds identical texts identical, so the measure cannot tell "
                    "anything.",
                )
                advice = translate(
                    "verdict",
                    "To train and measure a model, add the real answers in the second column.",
                )
            else:
                reason = translate(
                    "verdict",
                    "In {identical:,} of {rows:,} rows the two texts of each pair are the same: "
                    "any model finds identical texts identical, so the measure cannot tell "
                    "anything.",
                )
                advice = translate(
                    "verdict", "To train and measure a model, put two different texts in each row."
                )
            return Verdict(
                CANNOT_TELL,
                reason.format(identical=identical, rows=len(first)),
                advice,
                rows=rows,
            )
    if targets is not None and shape != "pairs" and len(set(targets)) < 2 and len(targets) > 0:
        if shape == "scored-pairs":
            reason = translate(
                "verdict",
                "Every row has the same score, so there is nothing to compare the model against.",
            )
            advice = translate(
                "verdict", "Include rows with different scores (similar and not-similar pairs)."
            )
        else:
            reason = translate(
                "verdict",
                "Every row has the same label, so there is nothing to compare the model against.",
            )
            advice = translate(
                "verdict", "Include rows with different labels (similar and not-similar pairs)."
            )
        return Verdict(CANNOT_TELL, reason, advice, rows=rows)
    return None


# -- after training: the main measure, its noise, and the verdict ----------------------------
def _spearman_rows(values, targets):  # type: ignore[no-untyped-def]
    """Spearman correlation of each row of ``values`` with the same row of ``targets``."""
    import numpy as np
    from scipy.stats import rankdata

    rv = rankdata(values, axis=-1)
    rt = rankdata(targets, axis=-1)
    rv = rv - rv.mean(axis=-1, keepdims=True)
    rt = rt - rt.mean(axis=-1, keepdims=True)
    denominator = np.sqrt((rv * rv).sum(axis=-1) * (rt * rt).sum(axis=-1))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(denominator > 0, (rv * rt).sum(axis=-1) / denominator, np.nan)


def _average_precision_rows(values, labels):  # type: ignore[no-untyped-def]
    """Average precision of ranking by ``values`` for the 0/1 ``labels``, per row."""
    import numpy as np

    order = np.argsort(-values, axis=-1, kind="stable")
    ranked = np.take_along_axis(labels, order, axis=-1)
    hits = np.cumsum(ranked, axis=-1)
    positions = np.arange(1, ranked.shape[-1] + 1)
    total = ranked.sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, (ranked * hits / positions).sum(axis=-1) / total, np.nan)


def main_measure(shape: str, outcome, targets=None):  # type: ignore[no-untyped-def]
    """The main measure from per-row outcomes; works on one row set or a stack of resamples."""
    import numpy as np

    outcome = np.asarray(outcome, dtype=float)
    if shape == "scored-pairs":
        return _spearman_rows(outcome, np.asarray(targets, dtype=float))
    if shape in ("labelled-pairs", "classified-pairs"):
        return _average_precision_rows(outcome, np.asarray(targets, dtype=float))
    if shape == "triplets":
        return (outcome > 0).mean(axis=-1)
    return outcome.mean(axis=-1)


def _is_poor(shape: str, value: float, chance: float) -> bool:
    if shape == "scored-pairs":
        return value <= POOR_CORRELATION
    if shape == "pairs":
        return value <= max(2 * chance, 0.05)
    if shape == "triplets":
        return value <= 0.55
    return value <= chance + 0.05


def _poor_reason(shape: str, value: float, likely_causes: Sequence[str]) -> str:
    if shape == "scored-pairs" and value < 0:
        state = translate(
            "verdict",
            "The model still ranks pairs against your scores (a negative agreement), so it is "
            "not usable yet.",
        )
    elif shape == "scored-pairs":
        state = translate(
            "verdict",
            "Its agreement with your scores is still close to none, so it is not usable yet.",
        )
    else:
        state = translate(
            "verdict", "It still does barely better than guessing, so it is not usable yet."
        )
    if likely_causes:
        state += " " + translate("verdict", "Likely cause: {causes}.").format(
            causes="; ".join(likely_causes)
        )
    return state


def _examples(before: RowMeasures, after: RowMeasures, count: int) -> list[Example]:
    changes = [
        (abs(a - b), i)
        for i, (b, a) in enumerate(zip(before.similarity, after.similarity, strict=True))
    ]
    changes.sort(reverse=True)
    chosen = []
    for _change, i in changes[:count]:
        target = after.targets[i] if after.targets is not None else None
        chosen.append(
            Example(
                after.first[i],
                after.second[i],
                round(before.similarity[i], 4),
                round(after.similarity[i], 4),
                target,
            )
        )
    return chosen


def likely_causes(texts: Sequence[str], base_model: str, train_rows: int) -> list[str]:
    """Plain guesses at why a model stays poor: the language, and how few rows there were."""
    causes = []
    sample = "".join(str(t) for t in list(texts)[:200])
    letters = [c for c in sample if c.isalpha()]
    non_latin = sum(1 for c in letters if ord(c) > 0x24F)
    english_only = "multilingual" not in base_model.lower() and any(
        name in base_model.lower() for name in ("all-minilm", "all-mpnet", "bge-small-en")
    )
    if letters and non_latin / len(letters) > 0.5 and english_only:
        causes.append(
            translate(
                "verdict",
                "the model was trained on English text and does not know your language: pick a "
                "multilingual model",
            )
        )
    if train_rows < 500:
        causes.append(
            translate("verdict", "{rows:,} training rows are few; more rows usually help").format(
                rows=train_rows
            )
        )
    return causes


def change_interval(
    after: RowMeasures, before: RowMeasures, *, seed: int = 0
) -> tuple[float, float]:
    """The 95% interval of the change in the main measure from ``before`` to ``after``.

    A paired bootstrap: :data:`BOOTSTRAP_RESAMPLES` resamples of the rows, the same rows for
    both (they were measured on the same held-out rows), the main measure of each, and the
    2.5th and 97.5th percentiles of the difference. ``(-inf, inf)`` when no resample gives a
    finite measure.
    """
    import numpy as np

    rows = len(after)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, rows, size=(BOOTSTRAP_RESAMPLES, rows))
    targets = np.asarray(after.targets, dtype=float)[picks] if after.targets is not None else None
    change = main_measure(after.shape, np.asarray(after.outcome)[picks], targets) - main_measure(
        after.shape, np.asarray(before.outcome)[picks], targets
    )
    change = change[np.isfinite(change)]
    if not len(change):
        return -math.inf, math.inf
    return float(np.percentile(change, 2.5)), float(np.percentile(change, 97.5))


def decide_verdict(
    before: RowMeasures | None,
    after: RowMeasures,
    *,
    train_rows: int = 0,
    from_eval_file: bool = False,
    causes: Sequence[str] = (),
    examples: int = 5,
    seed: int = 0,
) -> Verdict:
    """Decide the verdict from what the model made of each held-out row before and after.

    Args:
        before: Per-row measures of the starting model (None when not measured).
        after: Per-row measures of the trained model, on the same rows.
        train_rows: Rows the model learned from (for the reason).
        from_eval_file: The rows come from a separate evaluation file.
        causes: Likely causes to name if the model is still poor (see :func:`likely_causes`).
        examples: How many of the most-changed rows to attach.
        seed: Seed of the bootstrap, so a verdict can be repeated.
    """
    import numpy as np

    from desktop_app.core.evaluation import headline

    shape, rows = after.shape, len(after)
    blocked = check_measurable(shape, after.first, after.second, after.targets)
    if blocked is not None:
        return blocked
    if np.ptp(after.similarity) < 1e-9:
        if before is not None and np.ptp(before.similarity) < 1e-9:
            return Verdict(
                CANNOT_TELL,
                translate(
                    "verdict",
                    "The model gives every pair the same similarity, before and after training, "
                    "so the measure cannot tell anything.",
                ),
                translate(
                    "verdict", "The model does not tell your texts apart: pick another model."
                ),
                rows=rows,
            )
        return Verdict(
            CANNOT_TELL,
            translate(
                "verdict",
                "The trained model gives every pair the same similarity, so the measure cannot "
                "tell anything: training broke the model.",
            ),
            translate("verdict", "Train again with a smaller learning rate."),
            rows=rows,
        )
    value_after = float(main_measure(shape, after.outcome, after.targets))
    value_before = (
        float(main_measure(shape, before.outcome, before.targets)) if before is not None else None
    )
    if value_before is not None and not math.isfinite(value_before):
        value_before = None
    if not math.isfinite(value_after):
        return Verdict(
            CANNOT_TELL,
            translate("verdict", "The measure could not be computed on these rows."),
            translate("verdict", "Check that the held-out rows have different scores or labels."),
            rows=rows,
        )
    line = headline(
        shape,
        rows,
        value_before,
        value_after,
        chance=after.chance,
        from_eval_file=from_eval_file,
    )
    poor = _is_poor(shape, value_after, after.chance)
    if value_before is None or before is None:
        reason = translate(
            "verdict", "It was not measured before training, so the change cannot be judged."
        )
        if poor:
            reason = _poor_reason(shape, value_after, causes)
        return Verdict(CANNOT_TELL, reason, "", line, rows, None, value_after, still_poor=poor)

    low, high = change_interval(after, before, seed=seed)
    delta = value_after - value_before
    if from_eval_file:
        noise_template = translate(
            "verdict",
            "On {rows:,} evaluation rows, chance alone moves this measure by up to about "
            "{noise:.2f}.",
        )
    else:
        noise_template = translate(
            "verdict",
            "On {rows:,} held-out rows, chance alone moves this measure by up to about "
            "{noise:.2f}.",
        )
    noise = noise_template.format(rows=rows, noise=max(abs(low - delta), abs(high - delta)))
    shown = _examples(before, after, examples)
    if poor:
        verdict = WORSE if high < 0 else UNCHANGED
        reason = _poor_reason(shape, value_after, causes)
        advice = translate(
            "verdict",
            "Try a model that knows your language, add more rows, or check that the scores "
            "or labels mean what the model should learn.",
        )
    elif low > 0:
        verdict = BETTER
        reason = translate(
            "verdict", "The gain of {delta:+.2f} is larger than chance explains. {noise}"
        ).format(delta=delta, noise=noise)
        advice = translate("verdict", "Try it in the Playground with your own sentences.")
    elif high < 0:
        verdict = WORSE
        reason = translate(
            "verdict", "The loss of {delta:+.2f} is larger than chance explains. {noise}"
        ).format(delta=delta, noise=noise)
        advice = translate(
            "verdict",
            "Train again with a smaller learning rate or fewer passes, or try another loss; "
            "the starting model is better for now.",
        )
    else:
        verdict = UNCHANGED
        reason = translate(
            "verdict", "The change of {delta:+.2f} is within what chance explains. {noise}"
        ).format(delta=delta, noise=noise)
        if train_rows >= 1000:
            advice = translate(
                "verdict",
                "To see a real change, try more held-out rows, or let the app find the "
                "best settings.",
            )
        else:
            advice = translate(
                "verdict",
                "To see a real change, try more rows, more held-out rows, or let the app find "
                "the best settings.",
            )

    return Verdict(
        verdict,
        reason,
        advice,
        line,
        rows,
        value_before,
        value_after,
        low,
        high,
        poor,
        shown,
    )


def clearly_better(challenger: RowMeasures, incumbent: RowMeasures, *, seed: int = 0) -> bool:
    """Whether ``challenger`` beats ``incumbent`` on the same rows by more than chance explains.

    The same test as the verdict's "better": the 95% bootstrap interval of the difference in
    the main measure, resampling the rows (the same rows for both, so it is paired), lies
    above zero. The search uses it so that a recipe that won by a hair on a few held-out rows
    does not replace the automatic one.
    """
    if len(challenger) == 0 or len(incumbent) != len(challenger):
        return False
    low, _high = change_interval(challenger, incumbent, seed=seed)
    return low > 0


# -- the model card ----------------------------------------------------------------------------
CARD_SECTION_TITLE = "## Result of fine-tuning"


def add_to_model_card(readme: str | Path, verdict: Verdict) -> bool:
    """Add a short section with the verdict to the library's model card (README.md).

    The library's card stays as it is; the section goes before "## Model Details" (or at the
    end). A section written earlier is replaced. Returns whether the card was changed.
    """
    path = Path(readme)
    if not path.is_file():
        return False
    text = path.read_text("utf-8")
    body = [CARD_SECTION_TITLE, "", f"**Verdict: {verdict.verdict}.** {verdict.sentence()}", ""]
    section = "\n".join(body) + "\n"
    text = re.sub(rf"{re.escape(CARD_SECTION_TITLE)}\n.*?(?=\n## |\Z)", "", text, flags=re.S)
    marker = "## Model Details"
    if marker in text:
        text = text.replace(marker, section + marker, 1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, "utf-8")
    return True


def check_table(
    frame: Any, roles: Any, eval_fraction: float, *, has_eval_file: bool = False
) -> Verdict | None:
    """:func:`check_measurable` for a whole table as the Data page and ``inspect`` hold it.

    Args:
        frame: The training table (a pandas DataFrame).
        roles: Its ColumnRoles (texts, label, shape).
        eval_fraction: The share the user keeps apart.
        has_eval_file: A separate evaluation file measures the result.

    Returns:
        A ``cannot-tell`` verdict to show before training, or None when the result can be
        measured.
    """
    from desktop_app.core.training.plan import held_out_split

    texts = list(getattr(roles, "texts", []) or [])
    if len(texts) < 2 or any(column not in frame.columns for column in texts[:2]):
        return None
    split = held_out_split(len(frame), eval_fraction, has_eval_file=has_eval_file)
    label = getattr(roles, "label", None)
    targets = [str(v) for v in frame[label].tolist()] if label and label in frame.columns else None
    return check_measurable(
        roles.shape,
        [str(v) for v in frame[texts[0]].tolist()],
        [str(v) for v in frame[texts[1]].tolist()],
        targets,
        held_out_rows=None if has_eval_file else split.held_out_rows,
        from_eval_file=has_eval_file,
    )
