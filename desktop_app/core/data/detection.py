"""Understanding a table: which columns are texts, which is the label, what shape the data are.

People's files carry extra columns (ids, genres, years, file names) and name their columns
in their own language, or not at all. Detection looks at what the cells hold first and uses
the names as hints; the user can always override it with :func:`roles_from_columns`.

One exception: the column names sentence-transformers itself uses (``sentence_0/1/2``,
``sentence1/2``, ``anchor/positive/negative``, ``query/passage``, ``question/answer``, with
``label`` or ``score``) are a convention, not a hint: a file that uses them means them, so
they win over what the cells look like (short Korean field names are still texts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.data.types import ColumnRoles, Shape, Table
from desktop_app.core.errors import DataError
from desktop_app.core.i18n import translate

if TYPE_CHECKING:
    import pandas as pd

#: Column-name hints (lower-case, compared after removing spaces, dashes and underscores).
_QUESTION_NAMES = ("question", "query", "q", "вопрос", "запрос", "질문", "문의", "prompt")
_ANSWER_NAMES = ("answer", "a", "ответ", "답변", "대답", "response", "reply", "passage")
_ANCHOR_NAMES = ("anchor", "sentence1", "s1", "text1", "premise", "question1", "sentence")
_ANCHOR_NAMES += ("source", "query", "question", "q", "вопрос", "질문", "문장1", "text")
_POSITIVE_NAMES = ("positive", "pos", "sentence2", "s2", "text2", "hypothesis", "question2")
_POSITIVE_NAMES += ("target", "answer", "a", "passage", "document", "ответ", "답변", "문장2")
_NEGATIVE_NAMES = ("negative", "neg", "hardnegative", "sentence3", "text3", "s3")
_LABEL_NAMES = (
    "score", "label", "labels.label", "similarity", "manualsimilarity", "sim", "goldlabel",
    "isduplicate", "duplicate", "class", "relatedness", "rating", "relevance", "gold",
    "similar", "оценка", "метка", "класс", "сходство", "점수", "라벨", "레이블", "유사도",
)  # fmt: skip
_SCORE_WORDS = ("score", "similar", "relatedness", "rating", "relevance", "점수", "유사", "оценка")
_IGNORE_NAMES = (
    "id", "genre", "filename", "file", "year", "source", "guid", "uid", "index", "qid1", "qid2",
    "testid", "pairid", "url", "date", "lang", "language", "split", "category", "topic",
)  # fmt: skip
_NLI_ORDER = ("entailment", "neutral", "contradiction")
_TRUE_WORDS = ("1", "true", "yes", "y", "similar", "same", "duplicate", "paraphrase", "match")
_TRUE_WORDS += ("positive", "да", "예", "네")
_FALSE_WORDS = ("0", "false", "no", "n", "different", "not", "negative", "нет", "아니오")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
#: A column is treated as categories when it has at most this many distinct values.
_MAX_CLASSES = 20

#: sentence-transformers' own column names, as keys (see :func:`_key`), in training order.
#: The first set a table holds completely names its text columns.
CONVENTIONAL_TEXT_COLUMNS: tuple[tuple[str, ...], ...] = (
    ("sentence0", "sentence1", "sentence2"),
    ("anchor", "positive", "negative"),
    ("sentence0", "sentence1"),
    ("sentence1", "sentence2"),
    ("anchor", "positive"),
    ("query", "positive", "negative"),
    ("query", "passage"),
    ("query", "document"),
    ("query", "positive"),
    ("question", "answer"),
)
#: sentence-transformers' names for the label column, as keys.
CONVENTIONAL_LABEL_COLUMNS: tuple[str, ...] = ("label", "score")

#: A text column's cells must average at least this length, counting each CJK character
#: (Hangul, Han, kana) as :data:`_CJK_WEIGHT` because one such character often is a word.
_MIN_TEXT_LENGTH = 4
_CJK_WEIGHT = 4
_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]"
)


def _key(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name.strip().lower())


def is_label_name(name: str) -> bool:
    """True when a column's name says it holds a score or label ("score", "is_duplicate"…)."""
    return _key(name) in _LABEL_NAMES


def is_known_column_name(name: str) -> bool:
    """True when ``name`` is a usual column name (question, answer, score, 질문, ответ…).

    Reading uses it to recognise a header row over data that hold only texts.
    """
    key = _key(name)
    if len(key) < 2:
        return False
    names = _QUESTION_NAMES + _ANSWER_NAMES + _ANCHOR_NAMES + _POSITIVE_NAMES
    conventional = {name for names in CONVENTIONAL_TEXT_COLUMNS for name in names}
    return key in (*names, *_NEGATIVE_NAMES, *_LABEL_NAMES, *conventional)


def text_length(series: pd.Series) -> pd.Series:
    """Each cell's length, with a CJK character counted like a short word (not one letter).

    Korean field names such as 이름 or 주소 are two characters but whole words; counted in
    letters they would look like codes, not texts.
    """
    return series.str.len() + (_CJK_WEIGHT - 1) * series.str.count(_CJK.pattern)


def to_number(text: str) -> float | None:
    """Parse a score as written in a spreadsheet ("3.8", "3,8", " 4 "); None if it is not one."""
    text = text.strip()
    if not _NUMBER.match(text):
        return None
    return float(text.replace(",", "."))


def numeric_series(series: pd.Series) -> pd.Series:
    """The cells of a column as floats (decimal commas understood); NaN where not a number."""
    import pandas as pd

    cleaned = series.astype(str).str.strip().str.replace(",", ".", regex=False)
    return pd.to_numeric(cleaned.where(cleaned != ""), errors="coerce")


@dataclass
class _ColumnFacts:
    name: str
    filled: int
    numeric_share: float
    integer: bool
    unique_share: float
    distinct: int
    mean_length: float
    minimum: float | None
    maximum: float | None


def _facts(frame: pd.DataFrame, name: str) -> _ColumnFacts:
    column = frame[name]
    filled_cells = column[column != ""]
    filled = len(filled_cells)
    numbers = numeric_series(filled_cells) if filled else filled_cells
    valid = numbers.dropna() if filled else numbers
    numeric_share = len(valid) / filled if filled else 0.0
    distinct = int(filled_cells.nunique()) if filled else 0
    return _ColumnFacts(
        name=name,
        filled=filled,
        numeric_share=numeric_share,
        integer=bool(len(valid)) and bool((valid == valid.round()).all()),
        unique_share=distinct / filled if filled else 0.0,
        distinct=distinct,
        mean_length=float(text_length(filled_cells).mean()) if filled else 0.0,
        minimum=float(valid.min()) if len(valid) else None,
        maximum=float(valid.max()) if len(valid) else None,
    )


def _is_id_like(f: _ColumnFacts, rows: int) -> bool:
    if _key(f.name) in _IGNORE_NAMES or _key(f.name).endswith("id"):
        return True
    if f.numeric_share >= 0.95 and f.integer and f.unique_share > 0.9 and rows > 10:
        return True
    return bool(
        f.minimum is not None and f.integer and f.minimum >= 1900 and (f.maximum or 0) <= 2100
    )


def _is_text(f: _ColumnFacts, rows: int) -> bool:
    if f.filled == 0 or f.numeric_share > 0.5 or _key(f.name) in _IGNORE_NAMES:
        return False
    if _key(f.name) in _QUESTION_NAMES + _ANSWER_NAMES + _ANCHOR_NAMES + _POSITIVE_NAMES:
        return True
    if _key(f.name) in _NEGATIVE_NAMES:
        return True
    categorical = f.distinct <= max(3, min(_MAX_CLASSES, rows // 10)) and rows >= 20
    return not categorical and f.mean_length >= _MIN_TEXT_LENGTH


def _is_label_candidate(f: _ColumnFacts, rows: int) -> bool:
    if f.filled == 0 or _key(f.name) in _IGNORE_NAMES:
        return False
    if f.numeric_share >= 0.95:
        if _key(f.name) not in _LABEL_NAMES and _is_id_like(f, rows):
            return False
        if f.minimum is None or f.minimum < -1 or (f.maximum or 0) > 100:
            return False
        if _key(f.name) in _LABEL_NAMES or not f.integer:
            return True
        # An unnamed integer column is a label when it looks like 0/1 or a few classes.
        return (f.distinct == 2 and f.minimum == 0 and f.maximum == 1) or 3 <= f.distinct <= 10
    if f.distinct > _MAX_CLASSES or f.mean_length > 30 or f.name.startswith(("[", "{")):
        return False
    return _key(f.name) in _LABEL_NAMES or 2 <= f.distinct <= 10


def _order_texts(names: list[str]) -> list[str]:
    """Order text columns as anchor, positive[, negative] using their names."""
    keys = {n: _key(n) for n in names}
    negatives = [n for n in names if keys[n] in _NEGATIVE_NAMES]
    anchors = [n for n in names if keys[n] in _ANCHOR_NAMES and n not in negatives]
    positives = [n for n in names if keys[n] in _POSITIVE_NAMES and n not in negatives]
    ordered: list[str] = []
    for group in (anchors, positives):
        for n in group:
            if n not in ordered:
                ordered.append(n)
                break
    rest = [n for n in names if n not in ordered and n not in negatives]
    ordered += rest
    return ordered[:2] + negatives[:1] if negatives else ordered


def detect_columns(table: Table) -> ColumnRoles:
    """Guess the text columns, the label column and the shape of a table.

    Raises:
        DataError: Fewer than two columns hold text.
    """
    conventional = _conventional_roles(table)
    if conventional is not None:
        return conventional
    frame = table.frame
    rows = len(frame)
    facts = {name: _facts(frame, name) for name in table.columns}
    texts = [n for n, f in facts.items() if _is_text(f, rows)]
    if len(texts) < 2:
        found = ", ".join(table.columns)
        raise DataError(
            translate(
                "data_detection",
                "EmbedTune could not find two columns of text to learn from "
                "(the columns are: {columns}).",
            ).format(columns=found),
            translate(
                "data_detection",
                "Training needs pairs of texts side by side, e.g. a question and its answer. "
                "Choose the text columns yourself.",
            ),
            cli_hint="(--columns A,B)",
        )
    labels = [n for n, f in facts.items() if n not in texts and _is_label_candidate(f, rows)]
    named = [n for n in labels if _key(n) in _LABEL_NAMES]
    numeric = [n for n in labels if facts[n].numeric_share >= 0.95]
    label = (named or numeric or labels or [None])[0]
    questions = [n for n in texts if _name_matches(n, _QUESTION_NAMES)]
    answers = [n for n in texts if _name_matches(n, _ANSWER_NAMES) and n not in questions]
    if questions and answers and not any(_key(n) in _NEGATIVE_NAMES for n in texts):
        texts = [questions[0], answers[0]]
    ordered = _order_texts(texts)
    if label is not None and len(ordered) > 2:
        ordered = ordered[:2]
    if len(ordered) > 3:
        ordered = ordered[:2]
    return roles_from_columns(table, ordered, label)


def _conventional_roles(table: Table) -> ColumnRoles | None:
    """Roles from sentence-transformers' own column names, or None if the table has none.

    Texts come from the first complete set in :data:`CONVENTIONAL_TEXT_COLUMNS`; the label
    is a ``label``/``score`` column if there is one, else found as usual among the rest.
    """
    by_key: dict[str, str] = {}
    for name in table.columns:
        by_key.setdefault(_key(name), name)
    for keys in CONVENTIONAL_TEXT_COLUMNS:
        if not all(k in by_key for k in keys):
            continue
        texts = [by_key[k] for k in keys]
        if any(not (table.frame[t] != "").any() for t in texts):
            continue  # an empty column named like a text is not one
        rows = len(table.frame)
        rest = [n for n in table.columns if n not in texts]
        facts = {n: _facts(table.frame, n) for n in rest}
        candidates = [n for n, f in facts.items() if _is_label_candidate(f, rows)]
        conventional = [by_key[k] for k in CONVENTIONAL_LABEL_COLUMNS if k in by_key]
        named = [n for n in candidates if _key(n) in _LABEL_NAMES]
        numeric = [n for n in candidates if facts[n].numeric_share >= 0.95]
        # "label"/"score" first, unless its values cannot be a label (e.g. numbers over 100).
        label = ([n for n in conventional if n in candidates] or named or numeric or [None])[0]
        real_label = label is not None and facts[label].distinct > 1
        negatives = [n for n in rest if _key(n) in _NEGATIVE_NAMES and facts[n].filled]
        if len(texts) == 2 and negatives and not real_label:
            texts, label = [*texts, negatives[0]], None  # e.g. question, answer, negative
        elif len(texts) == 3 and label is not None:
            # A real label makes pairs with a label, not triplets; a constant one says nothing.
            texts, label = (texts[:2], label) if real_label else (texts, None)
        return roles_from_columns(table, texts, label)
    return None


def roles_from_columns(
    table: Table,
    texts: list[str],
    label: str | None = None,
    positive_label: str | None = None,
) -> ColumnRoles:
    """Build the roles from the user's choice of columns, deriving shape, scale and classes.

    A label column holding one value only is not a label: the data are plain pairs.

    Raises:
        DataError: A column does not exist, too few/many text columns, or the positive label
            is not a value of the label column.
    """
    missing = [c for c in [*texts, *([label] if label else [])] if c not in table.columns]
    if missing:
        raise DataError(
            translate("data_detection", "There is no column called {names}.").format(
                names=", ".join(repr(m) for m in missing)
            ),
            translate("data_detection", "The columns are: {columns}.").format(
                columns=", ".join(table.columns)
            ),
        )
    if len(texts) not in (2, 3) or len(set(texts)) != len(texts):
        raise DataError(
            translate(
                "data_detection",
                "Pick two different text columns (or three for anchor, positive, negative).",
            ),
            translate("data_detection", "The columns are: {columns}.").format(
                columns=", ".join(table.columns)
            ),
        )
    if label is not None and label in texts:
        raise DataError(
            translate("data_detection", "'{label}' cannot be both a text and the label.").format(
                label=label
            ),
            translate("data_detection", "Pick another label."),
        )
    if label is None:
        return ColumnRoles(list(texts), None, "triplets" if len(texts) == 3 else "pairs")
    if len(texts) == 3:
        raise DataError(
            translate(
                "data_detection", "Triplets (anchor, positive, negative) take no label column."
            ),
            translate("data_detection", "Leave the label out, or pick two text columns."),
        )
    values = table.frame[label]
    values = values[values != ""]
    distinct = list(dict.fromkeys(values.tolist()))
    if len(distinct) <= 1:
        return ColumnRoles(list(texts), None, "pairs")
    shape, scale, classes = _label_kind(label, values, distinct)
    roles = ColumnRoles(list(texts), label, shape, score_scale=scale, classes=classes)
    if shape == "labelled-pairs":
        roles.positive_label = _pick_positive(distinct, positive_label, label)
    return roles


def _label_kind(
    name: str, values: pd.Series, distinct: list[str]
) -> tuple[Shape, float, list[str]]:
    numbers = numeric_series(values)
    numeric_share = numbers.notna().mean()
    if numeric_share >= 0.95:
        valid = numbers.dropna()
        numeric_distinct = sorted(set(valid.tolist()))
        integer = bool((valid == valid.round()).all())
        if len(numeric_distinct) == 2 and (integer or set(numeric_distinct) <= {0.0, 1.0}):
            return "labelled-pairs", 1.0, []
        score_named = any(word in _key(name) for word in _SCORE_WORDS)
        few_classes = len(numeric_distinct) <= 3 or valid.min() < 0
        if integer and few_classes and not score_named and len(numeric_distinct) <= _MAX_CLASSES:
            by_value = sorted(distinct, key=lambda v: to_number(v) or 0.0)
            return "classified-pairs", 1.0, _unique_by_number(by_value)
        return "scored-pairs", _scale(float(valid.max())), []
    lowered = {v.lower() for v in distinct}
    if len(distinct) == 2:
        return "labelled-pairs", 1.0, []
    if any(v.startswith(("[", "{")) for v in distinct):
        raise DataError(
            translate("data_detection", "The column '{name}' holds lists, not labels.").format(
                name=name
            ),
            translate(
                "data_detection", "Pick a column with one score or class per row as the label."
            ),
        )
    if lowered <= set(_NLI_ORDER):
        order = [c for c in _NLI_ORDER if c in lowered]
        by_lower = {v.lower(): v for v in distinct}
        return "classified-pairs", 1.0, [by_lower[c] for c in order]
    return "classified-pairs", 1.0, sorted(distinct)


def _unique_by_number(values: list[str]) -> list[str]:
    seen: set[float | None] = set()
    out = []
    for v in values:
        n = to_number(v)
        if n not in seen:
            seen.add(n)
            out.append(v)
    return out


def _scale(maximum: float) -> float:
    for top in (1.0, 5.0, 10.0, 100.0):
        if maximum <= top:
            return top
    return maximum


def _pick_positive(distinct: list[str], wanted: str | None, label: str) -> str:
    if wanted is not None:
        for value in distinct:
            if value == wanted or (
                to_number(value) is not None and to_number(value) == to_number(wanted)
            ):
                return value
        raise DataError(
            translate("data_detection", "'{value}' does not occur in the column '{label}'.").format(
                value=wanted, label=label
            ),
            translate("data_detection", "Its values are: {values}.").format(
                values=", ".join(distinct)
            ),
        )
    for value in distinct:
        number = to_number(value)
        if (number is not None and number == 1.0) or value.lower() in _TRUE_WORDS:
            return value
    non_false = [v for v in distinct if v.lower() not in _FALSE_WORDS]
    return (non_false or sorted(distinct))[0]


def _name_matches(name: str, words: tuple[str, ...]) -> bool:
    key = _key(name)
    return any(key == w or (len(w) > 1 and w in key) for w in words)


def _looks_like_question_answer(roles: ColumnRoles) -> bool:
    return _name_matches(roles.texts[0], _QUESTION_NAMES) and _name_matches(
        roles.texts[1], _ANSWER_NAMES
    )


def describe_shape(roles: ColumnRoles) -> str:
    """Say in plain words what the data are, e.g. "Questions with their answers"."""
    if roles.shape == "triplets":
        return translate(
            "data_detection", "Triplets: a text, a matching text and a non-matching one"
        )
    if roles.shape == "pairs":
        if _looks_like_question_answer(roles):
            return translate("data_detection", "Questions with their answers")
        return translate("data_detection", "Pairs of texts that belong together")
    if roles.shape == "scored-pairs":
        top = f"{roles.score_scale:g}"
        if roles.score_scale == 1:
            return translate("data_detection", "Sentence pairs with a similarity score 0–1")
        return translate(
            "data_detection", "Sentence pairs with a similarity score 0–{top}, scaled to 0–1"
        ).format(top=top)
    if roles.shape == "labelled-pairs":
        positive = roles.positive_label if roles.positive_label is not None else "1"
        if to_number(positive) == 1.0:
            return translate(
                "data_detection", "Sentence pairs labelled similar ({positive}) or not (0)"
            ).format(positive=positive)
        return translate(
            "data_detection", "Sentence pairs labelled similar ({positive}) or not"
        ).format(positive=positive)
    classes = ", ".join(roles.classes)
    return translate(
        "data_detection", "Sentence pairs with one of {count} classes ({classes})"
    ).format(count=len(roles.classes), classes=classes)
