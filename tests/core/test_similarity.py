"""Similarity matrices, prompts, caching, search and most-changed pairs on the real MiniLM."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from desktop_app.core.similarity import (
    EmbeddingCache,
    encode,
    most_changed_pairs,
    search,
    similarity_matrix,
)

SENTENCES = [
    "මගේ කුඹුරේ පස ගොඩක් මැටි සහිතයි.",
    "වී වගාවට පොහොර යොදන්නේ කවදාද?",
    "Как получить доступ к логам?",
    "Как сменить пароль?",
    "사업장 소재지",
    "The cat sat on the mat.",
]


def _reference(model, rows, columns=None, row_prompt=None, column_prompt=None):
    left = model.encode(rows, prompt=row_prompt)
    right = left if columns is None else model.encode(columns, prompt=column_prompt)
    return model.similarity(left, right).numpy()


def test_symmetric_matrix_equals_model_similarity(minilm):
    matrix = similarity_matrix(minilm, SENTENCES)
    assert matrix.shape == (6, 6)
    assert np.allclose(matrix, _reference(minilm, SENTENCES), atol=1e-5)
    assert np.allclose(np.diag(matrix), 1.0, atol=1e-5)
    assert np.allclose(matrix, matrix.T, atol=1e-6)


def test_asymmetric_matrix_rows_against_columns(minilm):
    rows, columns = SENTENCES[:2], SENTENCES[2:]
    matrix = similarity_matrix(minilm, rows, columns)
    assert matrix.shape == (2, 4)
    assert np.allclose(matrix, _reference(minilm, rows, columns), atol=1e-5)


def test_e5_style_prompts_are_applied_without_the_user_typing_them(minilm):
    minilm.prompts = {"query": "query: ", "passage": "passage: "}
    rows, columns = ["How do I reset my password?"], ["Open settings and choose Reset password."]
    asymmetric = similarity_matrix(minilm, rows, columns)
    expected = _reference(minilm, rows, columns, "query: ", "passage: ")
    plain = _reference(minilm, rows, columns)
    assert np.allclose(asymmetric, expected, atol=1e-5)
    assert not np.allclose(asymmetric, plain, atol=1e-4)  # the prompts made a difference
    symmetric = similarity_matrix(minilm, rows + columns)
    both_query = _reference(minilm, rows + columns, row_prompt="query: ")
    assert np.allclose(symmetric, both_query, atol=1e-5)


def test_cache_encodes_each_sentence_once_per_model_and_prompt(minilm):
    cache = EmbeddingCache()
    first = encode(minilm, SENTENCES, cache=cache)
    assert len(cache) == len(SENTENCES)
    assert cache.misses == len(SENTENCES)
    again = encode(minilm, [*SENTENCES, SENTENCES[0]], cache=cache)
    assert cache.hits == len(SENTENCES)  # duplicates are looked up once
    assert len(cache) == len(SENTENCES)
    assert np.array_equal(again[:6], first)
    assert np.array_equal(again[6], first[0])
    minilm.prompts = {"query": "query: "}
    encode(minilm, SENTENCES[:1], prompt_name="query", cache=cache)
    assert len(cache) == len(SENTENCES) + 1  # another prompt is another entry


def test_cache_keeps_two_models_apart(minilm):
    other = copy.deepcopy(minilm)
    cache = EmbeddingCache()
    assert cache.model_key(minilm) != cache.model_key(other)
    assert cache.model_key(minilm) == cache.model_key(minilm)


def test_cache_is_bounded():
    cache = EmbeddingCache(max_entries=3)
    for i in range(5):
        cache.put("m", "", f"s{i}", np.full(2, i, dtype=np.float32))
    assert len(cache) == 3
    assert cache.get("m", "", "s0") is None
    assert cache.get("m", "", "s4") is not None


def test_search_finds_the_planted_row(minilm):
    corpus = [
        "Как сменить пароль в личном кабинете?",
        "Сколько стоит доставка?",
        "Where is the nearest train station?",
        "Our office is closed on public holidays.",
        "To reset your password, open Settings and press 'Forgot password'.",
        "The weather will be sunny tomorrow.",
    ]
    hits = search(minilm, "How do I reset my password?", corpus, top_k=3, cache=EmbeddingCache())
    assert len(hits) == 3
    assert hits[0].index == 4
    assert hits[0].text == corpus[4]
    assert hits[0].score > hits[1].score >= hits[2].score
    assert search(minilm, "   ", corpus) == []


def test_most_changed_pairs_orders_by_size_and_skips_the_diagonal():
    rows = ["a", "b", "c"]
    before = np.array([[1.0, 0.2, 0.5], [0.2, 1.0, 0.4], [0.5, 0.4, 1.0]])
    after = np.array([[1.0, 0.9, 0.4], [0.9, 1.0, 0.1], [0.4, 0.1, 1.0]])
    changes = most_changed_pairs(before, after, rows, top=2)
    assert [(c.row, c.column) for c in changes] == [(0, 1), (1, 2)]
    assert changes[0].change == pytest.approx(0.7)
    assert changes[1].change == pytest.approx(-0.3)
    asymmetric = most_changed_pairs(before, after, rows, ["x", "y", "z"], top=9)
    assert len(asymmetric) == 9
    assert asymmetric[0].column_text == "y"
