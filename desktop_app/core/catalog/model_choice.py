"""What the Base model step says and checks, without Qt.

The page lists the catalogue, says what the chosen model is and whether it is here, checks
the data's texts with the model's tokenizer and recommends a model that knows the data's
languages. The words and the checks live here so that they can be tested without a window
and reused by any front end; the page only shows them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.catalog import TranslatedTable
from desktop_app.core.catalog.models import (
    ASSUMED_DOWNLOAD_MBIT_PER_S,
    CATALOG,
    ModelRecommendation,
    ModelSpec,
    download_minutes,
    find_model,
    is_on_this_computer,
    join_names,
    recommend_model,
    size_text,
    spec_for_ref,
)
from desktop_app.core.coverage import FoundLanguage, detect_languages
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

#: Columns of the catalogue list, in English (also the keys of a row; :func:`column_titles`
#: gives them in the current language).
COLUMNS = (
    QT_TRANSLATE_NOOP("model_choice", "Model"),
    QT_TRANSLATE_NOOP("model_choice", "Languages"),
    QT_TRANSLATE_NOOP("model_choice", "Size"),
    QT_TRANSLATE_NOOP("model_choice", "Vector size"),
    QT_TRANSLATE_NOOP("model_choice", "Speed"),
    QT_TRANSLATE_NOOP("model_choice", "Licence"),
    QT_TRANSLATE_NOOP("model_choice", "On this computer"),
)
#: The catalogue's speed classes in words (read in the current language).
SPEED_WORDS: Mapping[str, str] = TranslatedTable(
    "model_choice",
    {
        "fast": QT_TRANSLATE_NOOP("model_choice", "Fast on a laptop"),
        "medium": QT_TRANSLATE_NOOP("model_choice", "Medium; a GPU helps"),
        "slow": QT_TRANSLATE_NOOP("model_choice", "Slow without a GPU"),
    },
)
#: Rows of the data looked at to find its languages (cheap: script ranges, no model).
LANGUAGE_SAMPLE_ROWS = 1000
#: The validation warnings the Base model step shows (the rest belong to the Data step).
TOKEN_WARNING_CODES = ("unknown-tokens", "language-coverage", "long-texts")
#: What the step says before a check can run, and when one could not.
#: (NOT_HERE_YET, NO_DATA_YET, CHECKING, CHECK_FAILED, ALL_WORDS_KNOWN: read as attributes of
#: this module, they are in the current language.)
_STATUS_TEXTS: dict[str, str] = {
    "NOT_HERE_YET": QT_TRANSLATE_NOOP(
        "model_choice",
        "Once the model is on this computer, the app checks how well it knows the words of "
        "your texts.",
    ),
    "NO_DATA_YET": QT_TRANSLATE_NOOP(
        "model_choice",
        "Pick your data first: the app then checks how well this model knows its words.",
    ),
    "CHECKING": QT_TRANSLATE_NOOP(
        "model_choice", "Checking your texts with this model's vocabulary…"
    ),
    "CHECK_FAILED": QT_TRANSLATE_NOOP(
        "model_choice",
        "The app could not read this model's vocabulary, so it could not check your texts. You "
        "can still train.",
    ),
    "ALL_WORDS_KNOWN": QT_TRANSLATE_NOOP(
        "model_choice", "This model knows the words of your texts."
    ),
}
_MB = 1024 * 1024


def __getattr__(name: str) -> str:
    # The step's status texts are read in the language spoken when they are read.
    if name in _STATUS_TEXTS:
        return translate("model_choice", _STATUS_TEXTS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def column_titles() -> list[str]:
    """The catalogue list's column titles in the current language (:data:`COLUMNS` order)."""
    return [translate("model_choice", column) for column in COLUMNS]


def escape(text: str) -> str:
    """``text`` safe inside Qt rich text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# The catalogue list -------------------------------------------------------------------------


def catalog_row(spec: ModelSpec, here: bool) -> list[str]:
    """The cells of the catalogue list for ``spec`` (in :data:`COLUMNS` order)."""
    return [
        spec.name,
        spec.languages,
        size_text(spec.size_mb),
        str(spec.dimensions),
        SPEED_WORDS.get(spec.speed, spec.speed),
        spec.licence,
        translate("model_choice", "Yes") if here else translate("model_choice", "Download needed"),
    ]


def catalog_rows() -> list[tuple[ModelSpec, list[str], bool]]:
    """Every catalogue model with its cells and whether it is on this computer."""
    rows = []
    for spec in CATALOG:
        here = is_on_this_computer(spec.hub_id)
        rows.append((spec, catalog_row(spec, here), here))
    return rows


def matches_search(words: str, cells: Iterable[str], hub_id: str) -> bool:
    """Whether a row (its cells, id and description) holds every word searched for."""
    spec = find_model(hub_id)
    extra = [spec.hub_id, spec.description, spec.source_description] if spec else []
    haystack = " ".join([*cells, *extra]).lower()
    return all(word in haystack for word in words.lower().split())


# The choice -----------------------------------------------------------------------------------


def hub_ref_problem(ref: str) -> str | None:
    """Why ``ref`` typed as a model is neither a Hugging Face id nor a path (None = fine)."""
    ref = ref.strip()
    if "/" in ref or Path(ref).expanduser().exists():
        return None
    return translate(
        "model_choice",
        "“{ref}” does not look like a Hugging Face id. Ids look like “organisation/model-name”.",
    ).format(ref=ref)


def choice_text(
    ref: str,
    spec: ModelSpec | None,
    local: Path | None,
    *,
    dimensions: int | None,
    max_seq_length: int | None,
) -> str:
    """What the "Your choice" box says about the chosen model (rich text)."""
    name = spec.name if spec else (Path(ref).name if local else ref)
    lines = [f"<b>{escape(name)}</b>"]
    if spec and spec.description:
        lines.append(escape(spec.description))
    if dimensions and max_seq_length:
        lines.append(
            translate(
                "model_choice",
                "It makes vectors of {dimensions} numbers and reads up to {max_seq_length} "
                "tokens of each text.",
            ).format(dimensions=dimensions, max_seq_length=max_seq_length)
        )
    elif dimensions:
        lines.append(
            translate("model_choice", "It makes vectors of {dimensions} numbers.").format(
                dimensions=dimensions
            )
        )
    elif max_seq_length:
        lines.append(
            translate(
                "model_choice", "It reads up to {max_seq_length} tokens of each text."
            ).format(max_seq_length=max_seq_length)
        )
    if local:
        lines.append(
            translate("model_choice", "<span style='color:#188038'>✔ On this computer.</span>")
        )
    elif spec:
        lines.append(
            translate(
                "model_choice", "Not on this computer yet: download it first ({size})."
            ).format(size=size_text(spec.size_mb))
        )
    else:
        lines.append(translate("model_choice", "Not on this computer yet: download it first."))
    return "<br>".join(lines)


def download_progress_text(done: int, total: int) -> str:
    """ "12 MB of 91 MB" (or "12 MB" when the total is unknown)."""
    if total:
        return translate("model_choice", "{done:,.0f} MB of {total:,.0f} MB").format(
            done=done / _MB, total=total / _MB
        )
    return translate("model_choice", "{done:,.0f} MB").format(done=done / _MB)


def offer_text(spec: ModelSpec) -> str:
    """The first-start offer to download the multilingual model."""
    minutes = download_minutes(spec.size_mb)
    return translate(
        "model_choice",
        "For texts in Sinhala, Russian, Korean and about 90 other languages, download "
        "{model} ({size}, about {minutes} minutes at {speed:g} Mbit/s). The app keeps "
        "working with the models on this computer meanwhile.",
    ).format(
        model=spec.name,
        size=size_text(spec.size_mb),
        minutes=minutes,
        speed=ASSUMED_DOWNLOAD_MBIT_PER_S,
    )


# The tokenizer check --------------------------------------------------------------------------


@dataclass(frozen=True)
class TokenCheck:
    """A validation report made with the model's tokenizer, and the length it assumed."""

    report: Any
    max_seq_length: int | None


def check_texts(folder: str, table: Any, roles: Any, max_seq_length: int | None) -> TokenCheck:
    """Validate the data with the tokenizer of the model in ``folder`` (slow: a worker's job).

    The tokenizer is loaded by the core's :func:`~desktop_app.core.data.inspection.load_tokenizer`
    (the folder checked as for training, a tokenizer that knows no words refused).

    Raises:
        ModelError: The model's tokenizer cannot be used.
    """
    from desktop_app.core.data.inspection import load_tokenizer
    from desktop_app.core.data.validation import validate

    tokenizer, _length = load_tokenizer(folder)
    report = validate(table, roles, tokenizer=tokenizer, max_seq_length=max_seq_length)
    return TokenCheck(report, max_seq_length)


def token_check_lines(stats: Mapping[str, Any], max_seq_length: int | None) -> list[str]:
    """What the check found, one rich-text line each: unknown words, lengths, sampling."""
    limit = stats.get("max_seq_length") or max_seq_length
    lines = []
    share = stats.get("unknown_token_share")
    if share is not None:
        lines.append(
            translate(
                "model_choice", "Words and signs it does not know: <b>{share:.0%}</b> of your text."
            ).format(share=share)
        )
    for column, column_stats in (stats.get("columns") or {}).items():
        over = column_stats.get("over_max_share", 0.0)
        lines.append(
            translate(
                "model_choice",
                "“{column}”: {mean:g} tokens on average, longest {longest} (it reads "
                "{limit}); {over:.0%} are cut short.",
            ).format(
                column=escape(str(column)),
                mean=column_stats["mean"],
                longest=column_stats["max"],
                limit=limit,
                over=over,
            )
        )
    sampled, total = stats.get("sampled_rows"), stats.get("total_rows")
    if sampled and total and sampled < total:
        lines.append(
            translate("model_choice", "<i>Checked on {sampled:,} of {total:,} rows.</i>").format(
                sampled=sampled, total=total
            )
        )
    return lines


@dataclass(frozen=True)
class TokenVerdict:
    """What the Base model step shows after a tokenizer check.

    Attributes:
        summary: The facts (rich text).
        warnings: The warnings that concern the model (validation warnings).
        text: The warning box's text (rich text): the warnings, or a verdict that all is well.
        recommended: A catalogue model a warning recommends instead, or None.
    """

    summary: str
    warnings: tuple[Any, ...]
    text: str
    recommended: ModelSpec | None

    @property
    def codes(self) -> str:
        """The warnings' codes, comma-separated ("" when all is well)."""
        return ",".join(w.code for w in self.warnings)


def token_verdict(report: Any, max_seq_length: int | None) -> TokenVerdict:
    """Sum up a validation report made with the model's tokenizer."""
    stats = getattr(report, "token_stats", None) or {}
    summary = "<br>".join(token_check_lines(stats, max_seq_length)) or translate(
        "model_choice", "Checked."
    )
    warnings = tuple(w for w in getattr(report, "warnings", []) if w.code in TOKEN_WARNING_CODES)
    recommended = next(
        (
            find_model(str(w.details["recommended_model"]))
            for w in warnings
            if "recommended_model" in (w.details or {})
        ),
        None,
    )
    if warnings:
        text = "<br><br>".join(f"<b>{escape(w.message)}</b><br>{escape(w.hint)}" for w in warnings)
    else:
        verdicts = [
            lang["verdict"] for lang in (stats.get("coverage") or {}).get("languages") or []
        ]
        text = escape(" ".join(verdicts)) or translate(
            "model_choice", _STATUS_TEXTS["ALL_WORDS_KNOWN"]
        )
    return TokenVerdict(summary, warnings, text, recommended)


# Languages: which model knows them ------------------------------------------------------------


def data_languages(table: Any, roles: Any) -> list[FoundLanguage]:
    """The languages of the data's text columns (by script, on the first rows), most first."""
    if table is None or roles is None:
        return []
    frame = table.frame.head(LANGUAGE_SAMPLE_ROWS)
    texts = [text for column in roles.texts for text in frame[column] if text]
    return detect_languages(texts)


@dataclass(frozen=True)
class LanguageAdvice:
    """A better catalogue model for the data's languages than the chosen one.

    Attributes:
        chosen: The chosen model's catalogue entry.
        recommendation: The model that knows every language found.
        missing: Names of the languages the chosen model was not trained on.
        names: Names of all languages found.
    """

    chosen: ModelSpec
    recommendation: ModelRecommendation
    missing: list[str]
    names: list[str]

    def switched_text(self) -> str:
        """Why the app chose the recommended model instead of the chosen one."""
        new = self.recommendation.spec
        return translate(
            "model_choice",
            "Your texts are in {missing}, which {chosen} was not trained on, so the app chose "
            "{model} instead: it knows {names} and {cost}.",
        ).format(
            missing=join_names(self.missing),
            chosen=self.chosen.name,
            model=new.name,
            names=join_names(self.names),
            cost=self.recommendation.cost_text(),
        )

    def offer_text(self) -> str:
        """Why the recommended model suits the texts better (the user picked the other one)."""
        return better_text(
            self.recommendation.spec.hub_id,
            reason=translate("model_choice", "{model} was not trained on {missing}. ").format(
                model=self.chosen.name, missing=join_names(self.missing)
            ),
            names=self.names,
        )


def chosen_covers(ref: str, codes: list[str]) -> bool:
    """Whether the catalogue model ``ref`` was trained on every language code given."""
    spec = spec_for_ref(ref)
    return spec is not None and spec.covers(codes)


def language_advice(ref: str, languages: list[FoundLanguage]) -> LanguageAdvice | None:
    """A model that knows the languages the chosen catalogue model ``ref`` was not trained on.

    None when the model knows them, is no catalogue model (the tokenizer check speaks for a
    folder), or no catalogue model knows them all.
    """
    found = [lang for lang in languages if lang.code]
    codes = [lang.code for lang in found]
    spec = spec_for_ref(ref)
    if not codes or spec is None or spec.covers(codes):
        return None
    recommendation = recommend_model(codes, exclude=[spec.hub_id])
    if recommendation is None:
        return None
    missing = [lang.name for lang in found if lang.code not in spec.language_codes]
    return LanguageAdvice(spec, recommendation, missing, [lang.name for lang in found])


def better_text(hub_id: str, *, reason: str = "", names: list[str] | None = None) -> str:
    """ "<reason>Better for your texts: <model>, which knows … and <its cost>." ("" if unknown)."""
    spec = find_model(hub_id)
    if spec is None:
        return ""
    here = is_on_this_computer(hub_id)
    minutes = 0 if here else download_minutes(spec.size_mb)
    recommendation = ModelRecommendation(spec, (), here, minutes)
    if names:
        better = translate(
            "model_choice", "Better for your texts: {model}, which knows {names} and {cost}."
        ).format(model=spec.name, names=join_names(names), cost=recommendation.cost_text())
    else:
        better = translate("model_choice", "Better for your texts: {model}, which {cost}.").format(
            model=spec.name, cost=recommendation.cost_text()
        )
    return reason + better
