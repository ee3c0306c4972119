"""Measure how good a model is on the user's evaluation rows, and say it in plain words.

Each data shape gets the sentence-transformers evaluator that fits it:

- ``scored-pairs``: EmbeddingSimilarityEvaluator; primary metric Spearman correlation between
  the model's cosine similarities and the user's scores (``sts_spearman_cosine``).
- ``pairs``: InformationRetrievalEvaluator with the first column as questions and the second
  as the collection of answers; primary metric accuracy@1, "the right answer comes first"
  (``qa_cosine_accuracy@1``), with MRR@10 alongside.
- ``labelled-pairs``: BinaryClassificationEvaluator; primary metric average precision of
  telling similar from not-similar pairs by cosine similarity (``pairs_cosine_ap``).
- ``triplets``: TripletEvaluator; primary metric the share of rows where the matching text is
  closer than the non-matching one (``triplets_cosine_accuracy``).
- ``classified-pairs``: BinaryClassificationEvaluator on the "entailment"-like class against
  the "contradiction"-like class (other classes, such as "neutral", are left out). Class names
  are matched by meaning (entail/same/similar/yes vs contradict/different/no); failing that,
  the first class stands for "related" and the last for "unrelated". An embedding model is
  used to compare texts, so this asks the useful question: do related pairs come out closer
  than contradicting ones? (``classes_cosine_ap``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import DataError
from desktop_app.core.i18n import translate

if TYPE_CHECKING:
    import datasets
    from sentence_transformers import SentenceTransformer

    from desktop_app.core.data.types import ColumnRoles

#: Evaluation rows used at most, so that measuring stays quick on a CPU.
MAX_EVAL_ROWS = 2_000

_RELATED_WORDS = ("entail", "same", "similar", "yes", "paraphrase", "duplicate", "positive")
_UNRELATED_WORDS = ("contradict", "different", "dissimilar", "no", "negative", "unrelated")


@dataclass(frozen=True)
class EvaluationResult:
    """What an evaluation measured.

    Attributes:
        primary_metric: The metric that summarises quality for this kind of data.
        value: Its value (None when it could not be computed, e.g. all scores equal).
        metrics: Every metric measured (name -> float; undefined ones are left out).
    """

    primary_metric: str
    value: float | None
    metrics: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {"primary_metric": self.primary_metric, "value": self.value, "metrics": self.metrics}


def _class_pair(classes: list[str]) -> tuple[int, int]:
    """Return the (related, unrelated) class indices for classified pairs."""

    def find(words: tuple[str, ...], exclude: int | None = None) -> int | None:
        for index, name in enumerate(classes):
            lowered = name.lower()
            if index != exclude and any(
                lowered == w or (len(w) > 3 and w in lowered) for w in words
            ):
                return index
        return None

    related = find(_RELATED_WORDS)
    if related is None:
        related = 0
    unrelated = find(_UNRELATED_WORDS, exclude=related)
    if unrelated is None:
        unrelated = len(classes) - 1 if len(classes) - 1 != related else 0
    return related, unrelated


def build_evaluator(dataset: datasets.Dataset, shape: str, roles: ColumnRoles | None = None) -> Any:
    """Return the sentence-transformers evaluator that fits ``shape`` for ``dataset``.

    ``dataset`` has the columns of ``core.data.dataset.build_dataset`` (the first columns are
    texts in order, the label/score column last). Returns None when there are too few rows
    to measure anything.

    Raises:
        DataError: ``shape`` is not a known data shape.
    """
    from sentence_transformers.sentence_transformer import evaluation

    if len(dataset) > MAX_EVAL_ROWS:
        dataset = dataset.select(range(MAX_EVAL_ROWS))
    columns = list(dataset.column_names)
    if len(dataset) < 2 or len(columns) < 2:
        return None
    first, second = dataset[columns[0]], dataset[columns[1]]
    if shape == "scored-pairs":
        scores = [float(s) for s in dataset[columns[2]]]
        return evaluation.EmbeddingSimilarityEvaluator(
            first, second, scores, main_similarity="cosine", name="sts"
        )
    if shape == "pairs":
        query_ids: dict[str, str] = {}
        corpus_ids: dict[str, str] = {}
        relevant: dict[str, set[str]] = {}
        for question, answer in zip(first, second, strict=True):
            qid = query_ids.setdefault(question, f"q{len(query_ids)}")
            cid = corpus_ids.setdefault(answer, f"d{len(corpus_ids)}")
            relevant.setdefault(qid, set()).add(cid)
        return evaluation.InformationRetrievalEvaluator(
            queries={qid: text for text, qid in query_ids.items()},
            corpus={cid: text for text, cid in corpus_ids.items()},
            relevant_docs=relevant,
            name="qa",
            accuracy_at_k=[1, 3, 10],
            precision_recall_at_k=[1, 10],
            mrr_at_k=[10],
            ndcg_at_k=[10],
            map_at_k=[10],
            show_progress_bar=False,
        )
    if shape == "triplets":
        return evaluation.TripletEvaluator(first, second, dataset[columns[2]], name="triplets")
    if shape == "labelled-pairs":
        labels = [int(v) for v in dataset[columns[2]]]
        if len(set(labels)) < 2:
            return None
        return evaluation.BinaryClassificationEvaluator(first, second, labels, name="pairs")
    if shape == "classified-pairs":
        classes = list(roles.classes) if roles is not None else []
        labels = [int(v) for v in dataset[columns[2]]]
        if not classes:
            classes = [str(i) for i in range(max(labels) + 1)]
        related, unrelated = _class_pair(classes)
        keep = [i for i, label in enumerate(labels) if label in (related, unrelated)]
        binary = [1 if labels[i] == related else 0 for i in keep]
        if len(set(binary)) < 2:
            return None
        return evaluation.BinaryClassificationEvaluator(
            [first[i] for i in keep], [second[i] for i in keep], binary, name="classes"
        )
    raise DataError(
        translate(
            "evaluation", "The data shape '{shape}' is not one evaluation understands."
        ).format(shape=shape)
    )


def primary_metric_of(evaluator: Any) -> str:
    """Return the full (prefixed) key of ``evaluator``'s primary metric."""
    name = getattr(evaluator, "name", "")
    primary = {
        "sts": "spearman_cosine",
        "qa": "cosine_accuracy@1",
        "triplets": "cosine_accuracy",
        "pairs": "cosine_ap",
        "classes": "cosine_ap",
    }.get(name, getattr(evaluator, "primary_metric", ""))
    return f"{name}_{primary}" if name else primary


def run_evaluator(
    evaluator: Any, model: SentenceTransformer, *, epoch: float = 0, step: int = 0
) -> EvaluationResult:
    """Run ``evaluator`` on ``model`` and return plain metrics.

    Running the evaluator also records its metrics in the model's card data, so a saved model
    card shows them.
    """
    raw = evaluator(model, epoch=epoch, steps=step)
    metrics = {
        str(k): float(v)
        for k, v in raw.items()
        if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
    }
    key = primary_metric_of(evaluator)
    value = metrics.get(key)
    return EvaluationResult(primary_metric=key, value=value, metrics=metrics)


def evaluate_model(
    model: SentenceTransformer,
    dataset: datasets.Dataset,
    shape: str,
    roles: ColumnRoles | None = None,
) -> EvaluationResult:
    """Measure ``model`` on ``dataset`` with the evaluator that fits ``shape``.

    Raises:
        DataError: Too few (or too uniform) rows to measure anything.
    """
    evaluator = build_evaluator(dataset, shape, roles)
    if evaluator is None:
        raise DataError(
            translate(
                "evaluation",
                "There are too few evaluation rows (or they all have the same label) to measure "
                "the model.",
            ),
            translate("evaluation", "Use more rows, with both similar and not-similar examples."),
        )
    return run_evaluator(evaluator, model)


def _percent(value: float) -> str:
    return f"{value * 100:.0f}%"


def describe_metric(primary_metric: str) -> str:
    """Return plain words for what ``primary_metric`` measures."""
    if primary_metric.endswith("spearman_cosine"):
        return translate("evaluation", "agreement with your scores (Spearman, 1 = perfect)")
    if "accuracy@1" in primary_metric:
        return translate("evaluation", "share of questions whose right answer comes first")
    if "mrr@10" in primary_metric:
        return translate(
            "evaluation", "how near the top the right answer ranks (MRR@10, 1 = always first)"
        )
    if primary_metric.startswith("triplets_"):
        return translate(
            "evaluation",
            "share of rows where the matching text is closer than the non-matching one",
        )
    if primary_metric.endswith("_ap"):
        return translate(
            "evaluation",
            "how well similar and not-similar pairs are told apart (average precision)",
        )
    if primary_metric.endswith("accuracy"):
        return translate("evaluation", "share of pairs judged correctly")
    return primary_metric


def describe_result(primary_metric: str, before: float | None, after: float | None) -> str:
    """Say in plain words how the model changed, e.g. "the right answer comes first for 41% → 78%
    of questions".

    Either value may be None (or NaN) when it was not measured.
    """

    def known(value: float | None) -> bool:
        return value is not None and not math.isnan(value)

    def pct(value: float | None) -> str:
        return _percent(value) if known(value) else "?"  # type: ignore[arg-type]

    def num(value: float | None) -> str:
        return f"{value:.2f}" if known(value) else "?"

    def change(show: Any) -> str:
        # "0.35 → 0.59", or only the new value when the old one was not measured.
        return f"{show(before)} → {show(after)}" if known(before) else show(after)

    if primary_metric.endswith("spearman_cosine"):
        return translate("evaluation", "agreement with your scores (Spearman) {change}").format(
            change=change(num)
        )
    if "accuracy@1" in primary_metric:
        return translate(
            "evaluation", "the right answer comes first for {change} of questions"
        ).format(change=change(pct))
    if "mrr@10" in primary_metric:
        return translate(
            "evaluation", "how near the top the right answer ranks (MRR@10) {change}"
        ).format(change=change(num))
    if primary_metric.startswith("triplets_"):
        return translate(
            "evaluation",
            "the matching text is closer than the non-matching one in {change} of rows",
        ).format(change=change(pct))
    if primary_metric.endswith("_ap"):
        return translate(
            "evaluation",
            "similar and not-similar pairs are told apart with average precision {change}",
        ).format(change=change(pct))
    return f"{primary_metric} {change(num)}"


# -- every measure in plain words ------------------------------------------------------------
def plain_metric_name(key: str) -> str:
    """Name an evaluator's metric key in words a non-programmer reads ("qa_cosine_map@10" ->
    "how well all right answers rank near the top (of the first 10)").

    Keys the app does not know get a generic name that still avoids the raw key.
    """
    name = key.lower().removeprefix("eval_")
    for prefix in ("sts-dev_", "sts_", "qa_", "triplets_", "pairs_", "classes_", "ir_"):
        name = name.removeprefix(prefix)
    name = name.replace("cosine_", "").replace("_cosine", "")
    at = k = ""
    if "@" in name:
        name, _, k = name.partition("@")
        if k != "1":
            at = " (" + translate("evaluation", "among the first {k}").format(k=k) + ")"
    words = {
        "spearman": translate(
            "evaluation", "agreement of the similarities with your scores (ranking, 1 = perfect)"
        ),
        "pearson": translate(
            "evaluation",
            "agreement of the similarities with your scores (straight line, 1 = perfect)",
        ),
        "accuracy": translate("evaluation", "share of rows judged correctly"),
        "precision": translate("evaluation", "share of answers found that are right"),
        "recall": translate("evaluation", "share of the right answers that are found"),
        "mrr": translate(
            "evaluation", "how near the top the right answer comes (1 = always first)"
        ),
        "ndcg": translate(
            "evaluation", "how well the right answers are ordered at the top (1 = perfect)"
        ),
        "map": translate(
            "evaluation", "how well all right answers rank near the top (1 = perfect)"
        ),
        "ap": translate(
            "evaluation", "how well similar and not-similar pairs are told apart (1 = perfect)"
        ),
        "f1": translate("evaluation", "balance of found and correct similar pairs (1 = perfect)"),
        "mcc": translate(
            "evaluation",
            "agreement of the similar/not-similar calls with your labels (1 = perfect)",
        ),
        "accuracy_threshold": translate(
            "evaluation", "similarity above which pairs count as similar (for accuracy)"
        ),
        "f1_threshold": translate(
            "evaluation", "similarity above which pairs count as similar (for balance)"
        ),
    }
    if name == "accuracy" and key.lower().startswith(("qa_", "eval_qa_", "ir_")):
        if at:
            return translate(
                "evaluation", "share of questions with the right answer (among the first {k})"
            ).format(k=k)
        return translate("evaluation", "share of questions whose right answer comes first")
    if name == "accuracy" and "triplets" in key.lower():
        return translate(
            "evaluation",
            "share of rows where the matching text is closer than the non-matching one",
        )
    if name in words:
        text = words[name]
        if at and " (" in text:
            # "… (among the first 10; 1 = perfect)": the rank limit joins the note in brackets.
            head, _, tail = text.partition(" (")
            return f"{head}{at[:-1]}; {tail}"
        return text + at
    return translate("evaluation", "another measure of the library ({name})").format(
        name=name.replace("_", " ")
    )


# -- per-row measurement (for the verdict and the examples) ----------------------------------
@dataclass(frozen=True)
class RowMeasures:
    """What a model says about each held-out row, so changes can be judged row by row.

    Attributes:
        shape: The data shape.
        first: The first text of each row (sentence, question or anchor).
        second: The second text of each row (sentence, answer or matching text).
        similarity: The model's cosine similarity of first and second, per row.
        targets: The user's score or 0/1 label per row (None for pairs and triplets).
        outcome: Per row what the main measure counts: the similarity (scored and labelled
            pairs), 1/0 "the right answer came first" (pairs), the margin over the
            non-matching text (triplets).
        chance: What guessing would score on the main measure.
    """

    shape: str
    first: list[str]
    second: list[str]
    similarity: list[float]
    targets: list[float] | None
    outcome: list[float]
    chance: float

    def __len__(self) -> int:
        return len(self.first)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "shape": self.shape,
            "rows": len(self.first),
            "similarity": self.similarity,
            "targets": self.targets,
            "outcome": self.outcome,
            "chance": self.chance,
        }


def _rows_of(dataset: datasets.Dataset, shape: str, roles: ColumnRoles | None):
    """(first, second, third-or-None, targets-or-None) from a built dataset."""
    if len(dataset) > MAX_EVAL_ROWS:
        dataset = dataset.select(range(MAX_EVAL_ROWS))
    columns = list(dataset.column_names)
    first = [str(t) for t in dataset[columns[0]]]
    second = [str(t) for t in dataset[columns[1]]]
    third = [str(t) for t in dataset[columns[2]]] if shape == "triplets" else None
    targets: list[float] | None = None
    if shape == "scored-pairs":
        targets = [float(v) for v in dataset[columns[2]]]
    elif shape == "labelled-pairs":
        targets = [float(int(v)) for v in dataset[columns[2]]]
    elif shape == "classified-pairs":
        classes = list(roles.classes) if roles is not None else []
        labels = [int(v) for v in dataset[columns[2]]]
        if not classes:
            classes = [str(i) for i in range(max(labels) + 1)]
        related, unrelated = _class_pair(classes)
        keep = [i for i, label in enumerate(labels) if label in (related, unrelated)]
        first = [first[i] for i in keep]
        second = [second[i] for i in keep]
        targets = [1.0 if labels[i] == related else 0.0 for i in keep]
    return first, second, third, targets


def measure_rows(
    model: SentenceTransformer,
    dataset: datasets.Dataset,
    shape: str,
    roles: ColumnRoles | None = None,
) -> RowMeasures:
    """Embed the rows of ``dataset`` with ``model`` and say what the model makes of each row."""
    import numpy as np

    first, second, third, targets = _rows_of(dataset, shape, roles)

    def embed(texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.asarray(
            model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False),
            dtype=np.float32,
        )

    a = embed(first)
    if shape == "pairs":  # every distinct answer once: they are the corpus too
        answers = list(dict.fromkeys(second))
        index = {text: i for i, text in enumerate(answers)}
        corpus = embed(answers)
        b = corpus[[index[text] for text in second]] if len(first) else corpus
    else:
        b = embed(second)
    similarity = (a * b).sum(axis=1) if len(first) else np.zeros(0)
    chance = 0.0
    if shape == "pairs":
        scores = a @ corpus.T
        right: dict[str, set[int]] = {}
        for question, answer in zip(first, second, strict=True):
            right.setdefault(question, set()).add(index[answer])
        top = scores.argmax(axis=1) if len(first) else np.zeros(0, dtype=int)
        outcome = [float(int(top[i]) in right[q]) for i, q in enumerate(first)]
        chance = 1.0 / max(1, len(answers))
    elif shape == "triplets":
        c = embed(third or [])
        outcome = [float(v) for v in similarity - (a * c).sum(axis=1)]
        chance = 0.5
    else:
        outcome = [float(v) for v in similarity]
        if targets:
            chance = float(np.mean(targets)) if shape != "scored-pairs" else 0.0
    return RowMeasures(
        shape=shape,
        first=first,
        second=second,
        similarity=[float(v) for v in similarity],
        targets=targets,
        outcome=outcome,
        chance=chance,
    )


# -- the one-sentence headline ---------------------------------------------------------------
def _unit(shape: str, rows: int) -> str:
    """'1 question', '120 pairs', … (the rows of the headline, by shape)."""
    if shape == "pairs":
        if rows == 1:
            return translate("evaluation", "1 question")
        return translate("evaluation", "{rows:,} questions").format(rows=rows)
    if shape == "triplets":
        if rows == 1:
            return translate("evaluation", "1 row")
        return translate("evaluation", "{rows:,} rows").format(rows=rows)
    if rows == 1:
        return translate("evaluation", "1 pair")
    return translate("evaluation", "{rows:,} pairs").format(rows=rows)


def headline(
    shape: str,
    rows: int,
    before: float | None,
    after: float | None,
    *,
    chance: float = 0.0,
    from_eval_file: bool = False,
) -> str:
    """The one sentence and one number the Result page and the CLI lead with.

    E.g. "On 120 pairs the model had not seen, its similarity now agrees with your scores 0.59
    (it was 0.35; 1.0 would be perfect)."
    """
    if after is None or not math.isfinite(after):
        return ""
    unit = _unit(shape, rows)
    where = (
        translate("evaluation", "On the {unit} of your evaluation file").format(unit=unit)
        if from_eval_file
        else translate("evaluation", "On {unit} the model had not seen").format(unit=unit)
    )
    had = before is not None and math.isfinite(before)
    if shape == "scored-pairs":
        if had:
            text = translate(
                "evaluation",
                "{where}, its similarity now agrees with your scores {after:.2f} "
                "(it was {before:.2f}; 1.0 would be perfect, 0 is no agreement).",
            )
        else:
            text = translate(
                "evaluation",
                "{where}, its similarity now agrees with your scores {after:.2f} "
                "(1.0 would be perfect, 0 is no agreement).",
            )
        return text.format(where=where, after=after, before=before)
    if shape in ("pairs", "triplets"):
        percents = {
            "where": where,
            "after": _percent(after),
            "before": _percent(before) if had else "",  # type: ignore[arg-type]
            "chance": _percent(chance),
        }
        if shape == "pairs" and had:
            text = translate(
                "evaluation",
                "{where}, it now puts the right answer first for {after} of them "
                "(it was {before}; guessing would get {chance}).",
            )
        elif shape == "pairs":
            text = translate(
                "evaluation",
                "{where}, it now puts the right answer first for {after} of them "
                "(guessing would get {chance}).",
            )
        elif had:
            text = translate(
                "evaluation",
                "{where}, the matching text now comes out closer than the other one in "
                "{after} of them (it was {before}; guessing would get 50%).",
            )
        else:
            text = translate(
                "evaluation",
                "{where}, the matching text now comes out closer than the other one in "
                "{after} of them (guessing would get 50%).",
            )
        return text.format(**percents)
    if had:
        text = translate(
            "evaluation",
            "{where}, it now tells similar from not-similar pairs with a score of {after:.2f} "
            "(it was {before:.2f}; 1.0 would be perfect, {chance:.2f} would be guessing).",
        )
    else:
        text = translate(
            "evaluation",
            "{where}, it now tells similar from not-similar pairs with a score of {after:.2f} "
            "(1.0 would be perfect, {chance:.2f} would be guessing).",
        )
    return text.format(where=where, after=after, before=before, chance=chance)
