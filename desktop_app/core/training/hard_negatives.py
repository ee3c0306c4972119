"""Hard negatives: for each question, an answer from the user's data that looks right but is not.

In-batch-negative losses (MultipleNegativesRankingLoss and its cached form) learn by telling
the right answer apart from the other answers of the batch. Those are mostly easy: random
answers on other topics. Giving each (question, answer) pair a few *hard* negatives, wrong
answers the base model ranks close to the question, teaches the distinctions that are hard.

The mining itself is sentence-transformers' own
:func:`sentence_transformers.util.mine_hard_negatives`. This module picks safe settings,
adds progress and cancel, respects the model's prompts, and says what it did in a
:class:`MiningSummary` the user can check.

Why the defaults (the danger is a *false negative*: another answer that is just as right,
such as the same reply worded differently, taught as wrong):

* ``range_min`` (:data:`DEFAULT_RANGE_MIN`): the few answers the base model ranks highest are
  skipped. In the user's own spreadsheets the very top candidates are most often other
  correct answers (duplicates in other words, the same reply to a reworded question).
* ``relative_margin`` (:data:`DEFAULT_RELATIVE_MARGIN`, 0.05): a candidate must score at
  least 5% below the right answer's score. This is the "TopK-PercPos" rule that removed the
  most false negatives in NV-Retriever (Moreira et al., 2024), the paper the library cites.
* ``max_score`` (:data:`DEFAULT_MAX_SCORE`): a candidate almost identical to the question
  (cosine above 0.95) is never taken, whatever the margin.
* ``range_max``: candidates are looked for among all answers (up to
  :data:`MAX_CANDIDATES`), not only the library's default of about ten per negative. With the
  narrow default, a base model that ranks the right answer low (all-MiniLM-L6-v2 on Korean
  chat replies) finds every top candidate too close to the right answer and 96% of pairs got
  no negative (measured on 1,000 ChatbotData rows); over the whole corpus 98.6% do. The
  negatives are then the best-ranked answers that are clearly worse than the right one.
* Exact duplicates cannot become negatives: the library removes every answer given for the
  same question, and identical texts are one text.

Mining runs on the training rows only; the held-out rows used to measure the model never see
it, so the measurement stays honest.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import TrainingError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.training.config import MAX_HARD_NEGATIVES

if TYPE_CHECKING:
    import datasets
    import numpy as np
    from sentence_transformers import SentenceTransformer

#: Skip this many of the base model's best-ranked wrong answers (see the module docstring).
DEFAULT_RANGE_MIN = 3
#: A negative must score at least this share below the right answer (NV-Retriever's 95%).
DEFAULT_RELATIVE_MARGIN = 0.05
#: Never take a candidate scoring above this against the question.
DEFAULT_MAX_SCORE = 0.95
#: Candidates looked at per question (the library's ``range_max``), at most.
MAX_CANDIDATES = 1000
#: Questions compared with the corpus at once (bounds memory: this many x corpus scores).
QUESTIONS_PER_SCORING_BATCH = 1024
#: Texts embedded between two progress reports / cancel checks.
CHUNK_TEXTS = 256
#: Examples kept in the summary for the user to look at.
DEFAULT_EXAMPLES = 3
#: Losses that accept (anchor, positive, negative_1, ..., negative_n) rows.
HARD_NEGATIVE_LOSSES = ("MultipleNegativesRankingLoss", "CachedMultipleNegativesRankingLoss")


class MiningCancelled(Exception):
    """The user stopped the mining before it finished (not an error)."""


@dataclass(frozen=True)
class MinedExample:
    """One question with its right answer and a mined wrong one, for the user to check.

    Attributes:
        question: The question (first column).
        answer: The right answer the user gave.
        wrong_answer: The mined answer taught as wrong.
        answer_score: Cosine similarity of question and right answer (base model).
        wrong_score: Cosine similarity of question and mined answer (base model).
    """

    question: str
    answer: str
    wrong_answer: str
    answer_score: float
    wrong_score: float


@dataclass(frozen=True)
class MiningSummary:
    """What mining did, for the training summary, the model card and the user.

    Attributes:
        num_negatives: Negatives asked for per pair.
        pairs: Training pairs mining looked at.
        pairs_with_negatives: Pairs that got all their negatives (these are trained on).
        pairs_skipped: Pairs for which not enough safe wrong answers were found; they are
            left out of training (the library's n-tuple format needs every column filled).
        settings: The library settings used (range_min, relative_margin, max_score, ...).
        mean_answer_score: Mean question/right-answer similarity of the kept pairs.
        mean_wrong_score: Mean question/mined-answer similarity of the kept pairs.
        examples: A few mined examples.
    """

    num_negatives: int
    pairs: int
    pairs_with_negatives: int
    pairs_skipped: int
    settings: dict[str, Any]
    mean_answer_score: float | None
    mean_wrong_score: float | None
    examples: list[MinedExample] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)

    def describe(self) -> str:
        """One plain sentence about what was mined."""
        one = self.num_negatives == 1
        if not self.pairs_skipped:
            template = (
                translate(
                    "hard_negatives",
                    "{mined} of {pairs} question/answer pairs got 1 wrong answer that looks "
                    "right, found in the data itself.",
                )
                if one
                else translate(
                    "hard_negatives",
                    "{mined} of {pairs} question/answer pairs got {negatives} wrong answers "
                    "that look right, found in the data itself.",
                )
            )
        elif self.pairs_skipped == 1:
            template = (
                translate(
                    "hard_negatives",
                    "{mined} of {pairs} question/answer pairs got 1 wrong answer that looks "
                    "right, found in the data itself; 1 pair had no safe wrong answer and was "
                    "left out of this training.",
                )
                if one
                else translate(
                    "hard_negatives",
                    "{mined} of {pairs} question/answer pairs got {negatives} wrong answers "
                    "that look right, found in the data itself; 1 pair had no safe wrong answer "
                    "and was left out of this training.",
                )
            )
        else:
            template = (
                translate(
                    "hard_negatives",
                    "{mined} of {pairs} question/answer pairs got 1 wrong answer that looks "
                    "right, found in the data itself; {skipped} pairs had no safe wrong answer "
                    "and were left out of this training.",
                )
                if one
                else translate(
                    "hard_negatives",
                    "{mined} of {pairs} question/answer pairs got {negatives} wrong answers "
                    "that look right, found in the data itself; {skipped} pairs had no safe "
                    "wrong answer and were left out of this training.",
                )
            )
        return template.format(
            mined=self.pairs_with_negatives,
            pairs=self.pairs,
            negatives=self.num_negatives,
            skipped=self.pairs_skipped,
        )


@dataclass(frozen=True)
class MiningResult:
    """The training rows with negatives, and what was done.

    Attributes:
        dataset: Columns (question, answer, negative_1, ..., negative_n).
        summary: See :class:`MiningSummary`.
    """

    dataset: datasets.Dataset
    summary: MiningSummary


ProgressCallback = Callable[[int, int], None]


class _ChunkedEncoder:
    """Stands in for the model inside the library function: embeds in chunks, reports, stops.

    ``mine_hard_negatives`` embeds the whole corpus and every question in one call each, with
    no progress hook. This proxy gives the library the same embeddings (it calls the real
    model's ``encode_query``/``encode_document`` with the same prompts, chunk by chunk),
    reports after each chunk and raises :class:`MiningCancelled` when asked to stop. Every
    other attribute is the real model's.
    """

    def __init__(
        self,
        model: SentenceTransformer,
        total_texts: int,
        on_progress: ProgressCallback | None,
        cancel: threading.Event | None,
    ) -> None:
        self._model = model
        self._total = total_texts
        self._done = 0
        self._on_progress = on_progress
        self._cancel = cancel

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)

    def encode_query(self, texts: list[str], **kwargs: Any) -> np.ndarray:
        """Embed questions in chunks (same arguments as the model's method)."""
        return self._encode(self._model.encode_query, texts, kwargs)

    def encode_document(self, texts: list[str], **kwargs: Any) -> np.ndarray:
        """Embed answers in chunks (same arguments as the model's method)."""
        return self._encode(self._model.encode_document, texts, kwargs)

    def _encode(self, method: Callable[..., Any], texts: list[str], kwargs: dict) -> np.ndarray:
        import numpy as np

        kwargs = {**kwargs, "show_progress_bar": False, "convert_to_numpy": True}
        kwargs.pop("pool", None)
        parts = []
        for start in range(0, len(texts), CHUNK_TEXTS):
            if self._cancel is not None and self._cancel.is_set():
                raise MiningCancelled
            parts.append(method(texts[start : start + CHUNK_TEXTS], **kwargs))
            self._done += len(texts[start : start + CHUNK_TEXTS])
            if self._on_progress is not None:
                self._on_progress(min(self._done, self._total), self._total)
        if self._cancel is not None and self._cancel.is_set():
            raise MiningCancelled
        return np.concatenate(parts, axis=0) if parts else np.zeros((0, 0), dtype=np.float32)


def prompt_names(model: SentenceTransformer) -> tuple[str | None, str | None]:
    """Return the (question, answer) prompt names the model has, as training uses them.

    The same choice as the runner's ``_trainer_prompts`` and :mod:`desktop_app.core.similarity`:
    e5-style models embed questions with ``"query: "`` and answers with ``"passage: "``.
    """
    from desktop_app.core.similarity import passage_prompt_name, query_prompt_name

    query = query_prompt_name(model)
    if not query:
        return None, None
    return query, passage_prompt_name(model) or query


def check_num_negatives(num_negatives: int) -> None:
    """Raise a plain error when ``num_negatives`` is not from 1 to :data:`MAX_HARD_NEGATIVES`."""
    if (
        not isinstance(num_negatives, int)
        or isinstance(num_negatives, bool)
        or not 1 <= num_negatives <= MAX_HARD_NEGATIVES
    ):
        raise TrainingError(
            translate(
                "hard_negatives",
                "The number of wrong answers to find per question must be from 1 to "
                "{most} (it is {value}).",
            ).format(most=MAX_HARD_NEGATIVES, value=num_negatives),
            translate("hard_negatives", "1 to 3 is usual."),
        )


def mine_hard_negatives(
    dataset: datasets.Dataset,
    model: SentenceTransformer,
    num_negatives: int,
    *,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    range_min: int = DEFAULT_RANGE_MIN,
    relative_margin: float | None = DEFAULT_RELATIVE_MARGIN,
    max_score: float | None = DEFAULT_MAX_SCORE,
    batch_size: int = 32,
    examples: int = DEFAULT_EXAMPLES,
) -> MiningResult:
    """Give each (question, answer) row ``num_negatives`` wrong answers taken from the data.

    Args:
        dataset: Training pairs; the first column is the question, the second the answer.
            Pass the training split only, never the held-out rows.
        model: The base model, before training (it ranks the candidates).
        num_negatives: Wrong answers per pair (1 to :data:`MAX_HARD_NEGATIVES`).
        on_progress: Called with (texts embedded, texts to embed) after each chunk.
        cancel: Set it to stop; :class:`MiningCancelled` is raised at the next chunk.
        range_min: Best-ranked candidates skipped (see the module docstring).
        relative_margin: Required gap below the right answer's score, as a share.
        max_score: Highest question/candidate similarity allowed.
        batch_size: Texts per forward pass.
        examples: How many mined examples the summary keeps.

    Returns:
        The rows that got all their negatives, as (question, answer, negative_1..n), and the
        summary.

    Raises:
        MiningCancelled: ``cancel`` was set.
        TrainingError: Too few distinct answers to mine from, or a bad ``num_negatives``.
    """
    from sentence_transformers.util import mine_hard_negatives as library_mine

    check_num_negatives(num_negatives)
    columns = list(dataset.column_names)
    if len(columns) < 2:
        raise TrainingError(
            translate("hard_negatives", "Mining wrong answers needs question/answer pairs.")
        )
    anchor, positive = columns[0], columns[1]
    pairs = dataset.select_columns([anchor, positive])
    answers = list(dict.fromkeys(pairs[positive]))
    questions = list(dict.fromkeys(pairs[anchor]))
    candidates_needed = range_min + num_negatives + 1
    if len(answers) < candidates_needed:
        raise TrainingError(
            (
                translate(
                    "hard_negatives",
                    "There are only {answers} different answers; finding 1 wrong "
                    "answer per question needs at least {needed}.",
                )
                if num_negatives == 1
                else translate(
                    "hard_negatives",
                    "There are only {answers} different answers; finding {negatives} wrong "
                    "answers per question needs at least {needed}.",
                )
            ).format(answers=len(answers), negatives=num_negatives, needed=candidates_needed),
            translate("hard_negatives", "Use more rows, or train without wrong answers."),
        )
    query_name, passage_name = prompt_names(model)
    range_max = min(len(answers), MAX_CANDIDATES)
    encoder = _ChunkedEncoder(model, len(answers) + len(questions), on_progress, cancel)
    if on_progress is not None:
        on_progress(0, len(answers) + len(questions))
    settings = {
        "range_min": range_min,
        "range_max": range_max,
        "relative_margin": relative_margin,
        "max_score": max_score,
        "sampling_strategy": "top",
        "query_prompt_name": query_name,
        "corpus_prompt_name": passage_name,
    }
    mined = library_mine(
        pairs,
        encoder,  # type: ignore[arg-type]  # the proxy forwards everything else to the model
        anchor_column_name=anchor,
        positive_column_name=positive,
        range_min=range_min,
        range_max=range_max,
        relative_margin=relative_margin,
        max_score=max_score,
        num_negatives=num_negatives,
        sampling_strategy="top",
        query_prompt_name=query_name,
        corpus_prompt_name=passage_name,
        output_format="n-tuple",
        output_scores=True,
        batch_size=batch_size,
        faiss_batch_size=QUESTIONS_PER_SCORING_BATCH,
        verbose=False,
    )
    scores = mined["scores"] if len(mined) else []
    mined = mined.remove_columns("scores")
    summary = MiningSummary(
        num_negatives=num_negatives,
        pairs=len(pairs),
        pairs_with_negatives=len(mined),
        pairs_skipped=len(pairs) - len(mined),
        settings=settings,
        mean_answer_score=_mean(row[0] for row in scores),
        mean_wrong_score=_mean(s for row in scores for s in row[1:]),
        examples=_examples(mined, scores, examples),
    )
    return MiningResult(mined, summary)


def _mean(values: Any) -> float | None:
    values = [float(v) for v in values]
    return sum(values) / len(values) if values else None


def _examples(mined: datasets.Dataset, scores: list[list[float]], count: int) -> list[MinedExample]:
    """Pick ``count`` rows spread over the data (not only its first rows)."""
    if not len(mined) or count <= 0:
        return []
    columns = list(mined.column_names)
    step = max(1, len(mined) // count)
    picked = list(range(0, len(mined), step))[:count]
    return [
        MinedExample(
            question=mined[i][columns[0]],
            answer=mined[i][columns[1]],
            wrong_answer=mined[i][columns[2]],
            answer_score=round(float(scores[i][0]), 4),
            wrong_score=round(float(scores[i][1]), 4),
        )
        for i in picked
    ]


def loss_takes_hard_negatives(loss_name: str | None) -> bool:
    """Whether the loss named ``loss_name`` can learn from mined negatives."""
    return loss_name in HARD_NEGATIVE_LOSSES


#: Rows the "Show examples" preview mines on (a sample keeps it to seconds on a laptop).
PREVIEW_ROWS = 300

#: What the option does, in plain words (the Loss page shows it; the CLI help says the same).
HARD_NEGATIVES_EXPLANATION = QT_TRANSLATE_NOOP(
    "hard_negatives",
    "Before training, the app looks through your own answers for each question's "
    "best-looking wrong answers and teaches the model that they are wrong. This helps most "
    "when many answers are alike. The very closest answers are skipped, because they are "
    "often right too, but check the examples: if an answer taught as wrong is in fact right, "
    "leave this off.",
)


#: What was measured (docs/benchmarks/hard-negatives.md), so the advice is not a promise.
HARD_NEGATIVES_ADVICE = QT_TRANSLATE_NOOP(
    "hard_negatives",
    "Measured on two small question/answer sets (Korean chat replies and English quiz "
    "questions, 50 training steps of all-MiniLM-L6-v2), it made no clear difference: a "
    "question or two more (or fewer) of 70 to 160 got the right answer first. Try one run "
    "with it and one without, and keep the model that does better on your held-out rows.",
)


def preview_hard_negatives(
    table: Any,
    roles: Any,
    model_ref: str,
    num_negatives: int,
    *,
    rows: int = PREVIEW_ROWS,
    trust_remote_code: bool = False,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> MiningSummary:
    """Mine on a sample of the user's rows so they can look at examples before training.

    One call for the "Show examples" button: builds the pairs from ``table`` and ``roles``
    (as training does), takes an evenly spread sample of ``rows`` of them, loads the model
    from this computer (no download) and mines with the same settings as training. Negatives
    found in a sample come from fewer candidates than training will see, so they are, if
    anything, less hard than in the real run.

    Raises:
        MiningCancelled: ``cancel`` was set.
        DataError, ModelError, TrainingError: In plain words (no pairs, no model, too few rows).
    """
    from desktop_app.core.catalog.models import load_model
    from desktop_app.core.data.dataset import build_dataset

    if getattr(roles, "shape", None) != "pairs":
        raise TrainingError(
            translate(
                "hard_negatives",
                "Wrong answers that look right can only be found for question/answer pairs.",
            ),
            translate(
                "hard_negatives", "Choose a file with a question column and an answer column."
            ),
        )
    dataset = build_dataset(table, roles)
    if len(dataset) > rows:
        step = len(dataset) / rows
        dataset = dataset.select(sorted({int(i * step) for i in range(rows)}))
    model = load_model(model_ref, device="cpu", trust_remote_code=trust_remote_code, download=False)
    return mine_hard_negatives(
        dataset, model, num_negatives, on_progress=on_progress, cancel=cancel
    ).summary
