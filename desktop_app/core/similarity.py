"""Similarity matrices, search and model comparison over sentence-transformers models.

Prompts: models that want prompts (e5: ``"query: "`` / ``"passage: "``) carry them in
``model.prompts``. They are applied here so the user never types them:

* an asymmetric matrix (``columns`` given) encodes rows with the ``query`` prompt and columns
  with the ``passage`` prompt (or ``document``, the name sentence-transformers uses), e5-style:
  questions down, answers across;
* a symmetric matrix (``columns`` is None) encodes every sentence with the ``query`` prompt
  on both sides, so the matrix stays symmetric and its diagonal is 1 (e5's own advice for
  symmetric tasks such as paraphrase detection);
* search encodes the query with ``query`` and the corpus with ``passage``.

A model without prompts is encoded plainly everywhere (its ``default_prompt_name``, if any,
still applies, as in ``model.encode``).

Embeddings are cached per model, prompt and sentence (:class:`EmbeddingCache`), so editing one
line of a 50-line list encodes one sentence, not fifty.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

#: Prompt names tried for the query side and the passage side, in order.
QUERY_PROMPT_NAMES: tuple[str, ...] = ("query",)
PASSAGE_PROMPT_NAMES: tuple[str, ...] = ("passage", "document", "doc")


@dataclass(frozen=True)
class SearchHit:
    """One search result.

    Attributes:
        index: Position of the text in the corpus searched.
        text: The text itself.
        score: Cosine similarity to the query.
    """

    index: int
    text: str
    score: float


@dataclass(frozen=True)
class PairChange:
    """How much the similarity of one pair changed between two models.

    Attributes:
        row: Row index in the matrices.
        column: Column index in the matrices.
        row_text: The row sentence.
        column_text: The column sentence.
        before: Score of the first model.
        after: Score of the second model.
    """

    row: int
    column: int
    row_text: str
    column_text: str
    before: float
    after: float

    @property
    def change(self) -> float:
        """``after - before``."""
        return self.after - self.before


class EmbeddingCache:
    """A bounded least-recently-used cache of sentence embeddings.

    Keys are (model, prompt, sentence). Models are told apart by identity through a weak
    reference, so two models loaded from the same folder (or a model fine-tuned in place)
    never share entries, and a model that is garbage-collected cannot be confused with a new
    one at the same address. Thread-safe: the GUI encodes in a worker thread.

    Args:
        max_entries: How many embeddings to keep; the least recently used go first.
    """

    def __init__(self, max_entries: int = 20_000) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[str, str, str], np.ndarray] = OrderedDict()
        self._model_keys: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def model_key(self, model: Any) -> str:
        """Return a key unique to this model object for the cache's lifetime."""
        with self._lock:
            key = self._model_keys.get(model)
            if key is None:
                key = uuid.uuid4().hex
                self._model_keys[model] = key
            return key

    def get(self, model_key: str, prompt: str, text: str) -> np.ndarray | None:
        """Return the cached embedding or None."""
        with self._lock:
            key = (model_key, prompt, text)
            value = self._entries.get(key)
            if value is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return value

    def put(self, model_key: str, prompt: str, text: str, embedding: np.ndarray) -> None:
        """Store an embedding, evicting the least recently used beyond ``max_entries``."""
        with self._lock:
            key = (model_key, prompt, text)
            self._entries[key] = embedding
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        """Forget every embedding."""
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


def model_prompts(model: SentenceTransformer) -> dict[str, str]:
    """Return the model's prompts (name -> text), empty when it has none."""
    prompts = getattr(model, "prompts", None) or {}
    return {name: text for name, text in prompts.items() if text}


def query_prompt_name(model: SentenceTransformer) -> str | None:
    """Return the model's prompt name for queries, or None when it has none."""
    prompts = model_prompts(model)
    return next((name for name in QUERY_PROMPT_NAMES if name in prompts), None)


def passage_prompt_name(model: SentenceTransformer) -> str | None:
    """Return the model's prompt name for passages/documents, or None when it has none."""
    prompts = model_prompts(model)
    return next((name for name in PASSAGE_PROMPT_NAMES if name in prompts), None)


def _resolved_prompt(model: SentenceTransformer, prompt_name: str | None) -> str:
    """Return the prompt text ``model.encode`` would prepend for ``prompt_name``."""
    prompts = model_prompts(model)
    if prompt_name is not None:
        return prompts.get(prompt_name, "")
    default = getattr(model, "default_prompt_name", None)
    return prompts.get(default, "") if default else ""


def encode(
    model: SentenceTransformer,
    texts: Sequence[str],
    *,
    prompt_name: str | None = None,
    cache: EmbeddingCache | None = None,
) -> np.ndarray:
    """Encode texts to a float32 array (one row per text), reusing cached embeddings.

    Args:
        model: A loaded sentence-transformers model.
        texts: The sentences, in order; duplicates are encoded once.
        prompt_name: A key of ``model.prompts``; ignored when the model has no such prompt.
        cache: Where to look embeddings up and store new ones; None encodes everything.

    Returns:
        An array of shape ``(len(texts), dimensions)``.
    """
    texts = list(texts)
    if prompt_name is not None and prompt_name not in model_prompts(model):
        prompt_name = None
    prompt = _resolved_prompt(model, prompt_name)
    if not texts:
        dims = model.get_sentence_embedding_dimension() or 0
        return np.zeros((0, dims), dtype=np.float32)

    found: dict[str, np.ndarray] = {}
    model_key = cache.model_key(model) if cache is not None else ""
    if cache is not None:
        for text in dict.fromkeys(texts):
            hit = cache.get(model_key, prompt, text)
            if hit is not None:
                found[text] = hit
    missing = [text for text in dict.fromkeys(texts) if text not in found]
    if missing:
        vectors = model.encode(
            missing,
            prompt=prompt or None,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        vectors = np.asarray(vectors, dtype=np.float32)
        for text, vector in zip(missing, vectors, strict=True):
            found[text] = vector
            if cache is not None:
                cache.put(model_key, prompt, text, vector)
    return np.stack([found[text] for text in texts])


def _similarity(model: SentenceTransformer, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The model's own similarity function (cosine for these models) as a numpy array."""
    if left.shape[0] == 0 or right.shape[0] == 0:
        return np.zeros((left.shape[0], right.shape[0]), dtype=np.float32)
    scores = model.similarity(left, right)
    return np.asarray(scores.detach().cpu().numpy() if hasattr(scores, "detach") else scores)


def similarity_matrix(
    model: SentenceTransformer,
    rows: Sequence[str],
    columns: Sequence[str] | None = None,
    *,
    cache: EmbeddingCache | None = None,
) -> np.ndarray:
    """Return the similarity of every row sentence to every column sentence.

    Uses ``model.similarity`` (cosine similarity for the models the app offers).

    Args:
        model: A loaded sentence-transformers model.
        rows: Sentences down the side.
        columns: Sentences across the top; None for the symmetric matrix of ``rows`` with
            itself.
        cache: Embedding cache to use.

    Returns:
        A float array of shape ``(len(rows), len(columns or rows))``.
    """
    query_name = query_prompt_name(model)
    row_vectors = encode(model, rows, prompt_name=query_name, cache=cache)
    if columns is None:
        return _similarity(model, row_vectors, row_vectors)
    column_vectors = encode(model, columns, prompt_name=passage_prompt_name(model), cache=cache)
    return _similarity(model, row_vectors, column_vectors)


def search(
    model: SentenceTransformer,
    query: str,
    corpus: Sequence[str],
    top_k: int = 10,
    cache: EmbeddingCache | None = None,
) -> list[SearchHit]:
    """Rank the corpus by similarity to the query.

    Args:
        model: A loaded sentence-transformers model.
        query: What the user typed.
        corpus: The texts to search (the imported data set or a pasted list).
        top_k: How many hits to return at most.
        cache: Embedding cache; the corpus is encoded once and reused for every query.

    Returns:
        Up to ``top_k`` hits, best first (ties keep corpus order).
    """
    corpus = list(corpus)
    if not query.strip() or not corpus or top_k <= 0:
        return []
    query_vector = encode(model, [query], prompt_name=query_prompt_name(model), cache=cache)
    corpus_vectors = encode(model, corpus, prompt_name=passage_prompt_name(model), cache=cache)
    scores = _similarity(model, query_vector, corpus_vectors)[0]
    order = np.argsort(-scores, kind="stable")[:top_k]
    return [SearchHit(index=int(i), text=corpus[i], score=float(scores[i])) for i in order]


def most_changed_pairs(
    before: np.ndarray,
    after: np.ndarray,
    rows: Sequence[str],
    columns: Sequence[str] | None = None,
    top: int = 10,
) -> list[PairChange]:
    """Return the pairs whose similarity changed most between two matrices.

    For a symmetric matrix (``columns`` None) each unordered pair is listed once and the
    diagonal (a sentence with itself) is skipped.

    Args:
        before: Matrix of the first (e.g. base) model.
        after: Matrix of the second (e.g. fine-tuned) model, same shape.
        rows: Row sentences.
        columns: Column sentences; None when the matrices are symmetric over ``rows``.
        top: How many pairs to return.

    Returns:
        Pairs sorted by the size of the change, largest first.
    """
    before = np.asarray(before, dtype=float)
    after = np.asarray(after, dtype=float)
    if before.shape != after.shape:
        raise ValueError(f"matrix shapes differ: {before.shape} vs {after.shape}")
    symmetric = columns is None
    column_texts = list(rows if columns is None else columns)
    delta = np.abs(after - before)
    candidates = [
        (float(delta[i, j]), i, j)
        for i in range(delta.shape[0])
        for j in range(delta.shape[1])
        if not symmetric or j > i
    ]
    candidates.sort(key=lambda item: (-item[0], item[1], item[2]))
    return [
        PairChange(
            row=i,
            column=j,
            row_text=rows[i],
            column_text=column_texts[j],
            before=float(before[i, j]),
            after=float(after[i, j]),
        )
        for _, i, j in candidates[:top]
    ]
