"""How well a model's tokenizer knows the languages of some texts, in plain words.

Counting ``[UNK]`` tokens is not enough: an English WordPiece vocabulary such as the one of
all-MiniLM-L6-v2 maps most Sinhala words to ``[UNK]``, but it cuts Russian into single
letters and Korean into single jamo (parts of a syllable) without a single ``[UNK]``, and a
model reading letters one by one understands little (base Spearman of all-MiniLM-L6-v2:
STS-B ru 0.56, KorSTS 0.42, Sinhala STS 0.09, against 0.82 on English STS-B).

So for each language found in the texts (detected from the Unicode script, no extra
dependency) this module measures, with the model's own tokenizer:

* the share of unknown tokens and of words that contain one;
* fragmentation: tokens per word, against what the same tokenizer does on a small English
  reference text (:data:`ENGLISH_REFERENCE`), and the share of pieces that cover one letter
  or less of the original text (a Hangul jamo covers less than one syllable);

and turns them into a level (``good``, ``partial``, ``letters``, ``unknown``) and a sentence
("knows Russian well", "splits Korean into single letters: it will understand little").

Thresholds were calibrated on real data (all-MiniLM-L6-v2's tokenizer, the first 300 texts
of STS-B en/ru dev, KorSTS dev and Sinhala STS, and the app's own example sentences) and on a
WordPiece vocabulary of 3,000 pieces trained on other rows of KorSTS, STS-B ru and Sinhala STS
(tests/core/test_coverage.py), which gives 2.1-2.3 pieces per word and 0.18-0.29 single
letters on held-out rows: "good" for all three. Measured with all-MiniLM-L6-v2:

========================  ===============  ==============  ==============  =======
texts                     tokens per word  single letters  unknown tokens  level
========================  ===============  ==============  ==============  =======
STS-B en dev              1.04             0.18            0.00            good
app examples, English     1.11             0.07            0.00            good
STS-B ru dev              5.47             0.96            0.00            letters
app examples, Russian     5.76             0.99            0.00            letters
KorSTS dev                4.71             1.00            0.06            letters
app examples, Korean      7.13             1.00            0.00            letters
Sinhala STS               1.10             (1.00)          0.86            unknown
app examples, Sinhala     1.06             (1.00)          0.87            unknown
========================  ===============  ==============  ==============  =======

(The single-letter share counts known pieces only; for Sinhala they are the few that are
not unknown.)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

#: A small English text (written for the app, CC0) that sets what "normal" fragmentation is
#: for a tokenizer: the same tokenizer's tokens per word on it are the yardstick.
ENGLISH_REFERENCE = (
    "How do I reset my password? Open the settings, choose security and press the button "
    "that says reset password. When should farmers add fertiliser to a rice field? Most "
    "advice says two weeks after planting, and again before the plants flower. The office "
    "is closed on public holidays, but you can still write to us and we will answer the "
    "next working day. Please check that your name and address are spelled correctly "
    "before you send the form, because we cannot change them later."
)

#: Share of unknown tokens above which a model "does not know" a language. Sinhala under
#: all-MiniLM-L6-v2 gives 0.86-0.87; a vocabulary trained on Sinhala gives 0.00-0.01.
UNKNOWN_NOT_KNOWN = 0.25
#: Share of unknown tokens above which a model knows a language only partly (the old
#: ``unknown-tokens`` limit: one word in twenty read as "unknown" already hurts).
UNKNOWN_PARTIAL = 0.05
#: Share of pieces covering at most one letter above which the model reads letter by letter.
#: all-MiniLM-L6-v2 gives 0.96-1.00 on Russian and Korean (jamo), 0.07-0.18 on English; a
#: WordPiece vocabulary trained on Sinhala/Korean/Russian gives 0.18-0.29 on held-out rows
#: (a whole Hangul syllable or Han character counts as more than a letter).
SINGLE_LETTERS_SPLIT = 0.75
#: Tokens per word, as a multiple of the English yardstick, above which a model cuts words
#: into letters whatever the single-letter share says. MiniLM: Russian 5.3-5.5x, Korean
#: 4.5-6.9x.
#: The tiny trained vocabulary gives 0.9-1.6x; multilingual tokenizers are studied by
#: fertility in Rust et al., "How good is your tokenizer?" (ACL 2021); their figures were
#: not re-checked here, so the limit leaves a wide margin above what a known script needs.
FRAGMENTED_RATIO = 3.5
#: Above these the model knows the language only partly: many words come in several pieces.
SINGLE_LETTERS_PARTIAL = 0.6
FRAGMENTED_RATIO_PARTIAL = 2.5
#: Highest English yardstick (tokens per word); all-MiniLM-L6-v2 gives 1.04 on the reference.
ENGLISH_YARDSTICK_CAP = 1.5
#: Texts of one language measured (the first ones; enough for a stable share).
SAMPLE_TEXTS = 400
#: Fewer words than this in a language and no verdict is given for it (too little to judge).
MIN_WORDS = 3
#: A script with less than this share of all words is left out: a few English names in a
#: Korean data set ("NASA", "TV") say nothing about the data's language.
MIN_LANGUAGE_SHARE = 0.05

#: Script name -> (ISO 639-1 code, language name) when the script names one language.
#: The names stay English in the data (JSON, model cards); :func:`language_name` translates
#: one for display (they are marked under the context "coverage").
_SCRIPT_LANGUAGE: dict[str, tuple[str, str]] = {
    "Sinhala": ("si", QT_TRANSLATE_NOOP("coverage", "Sinhala")),
    "Hangul": ("ko", QT_TRANSLATE_NOOP("coverage", "Korean")),
    "Cyrillic": ("ru", QT_TRANSLATE_NOOP("coverage", "Russian")),
    "Latin": ("en", QT_TRANSLATE_NOOP("coverage", "English")),
    "Han": ("zh", QT_TRANSLATE_NOOP("coverage", "Chinese")),
    "Kana": ("ja", QT_TRANSLATE_NOOP("coverage", "Japanese")),
    "Arabic": ("ar", QT_TRANSLATE_NOOP("coverage", "Arabic")),
    "Devanagari": ("hi", QT_TRANSLATE_NOOP("coverage", "Hindi")),
    "Bengali": ("bn", QT_TRANSLATE_NOOP("coverage", "Bengali")),
    "Tamil": ("ta", QT_TRANSLATE_NOOP("coverage", "Tamil")),
    "Telugu": ("te", QT_TRANSLATE_NOOP("coverage", "Telugu")),
    "Kannada": ("kn", QT_TRANSLATE_NOOP("coverage", "Kannada")),
    "Malayalam": ("ml", QT_TRANSLATE_NOOP("coverage", "Malayalam")),
    "Gujarati": ("gu", QT_TRANSLATE_NOOP("coverage", "Gujarati")),
    "Gurmukhi": ("pa", QT_TRANSLATE_NOOP("coverage", "Punjabi")),
    "Thai": ("th", QT_TRANSLATE_NOOP("coverage", "Thai")),
    "Lao": ("lo", QT_TRANSLATE_NOOP("coverage", "Lao")),
    "Khmer": ("km", QT_TRANSLATE_NOOP("coverage", "Khmer")),
    "Myanmar": ("my", QT_TRANSLATE_NOOP("coverage", "Burmese")),
    "Greek": ("el", QT_TRANSLATE_NOOP("coverage", "Greek")),
    "Hebrew": ("he", QT_TRANSLATE_NOOP("coverage", "Hebrew")),
    "Armenian": ("hy", QT_TRANSLATE_NOOP("coverage", "Armenian")),
    "Georgian": ("ka", QT_TRANSLATE_NOOP("coverage", "Georgian")),
    "Ethiopic": ("am", QT_TRANSLATE_NOOP("coverage", "Amharic")),
}

#: (first code point, last code point, script) for the letters the app tells apart.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x1780, 0x17FF, "Khmer"),
    (0x3040, 0x30FF, "Kana"),
    (0x3130, 0x318F, "Hangul"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xAC00, 0xD7AF, "Hangul"),
    (0xF900, 0xFAFF, "Han"),
)

#: Scripts whose one character is a syllable or a word: a piece of one character is normal
#: there, and only a piece of less than one character (a Hangul jamo) counts as a letter.
SYLLABLE_SCRIPTS = frozenset({"Hangul", "Han", "Kana"})
#: Share of frequent English words above which Latin-script texts are called English.
ENGLISH_WORD_SHARE = 0.08

#: Cyrillic letters that Russian does not use but Ukrainian does.
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
#: Frequent English words: Latin-script text with enough of them is called English.
# fmt: off
_ENGLISH_WORDS = frozenset({
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "were",
    "be", "it", "this", "that", "with", "as", "at", "by", "from", "how", "what", "when", "where",
    "why", "who", "do", "does", "did", "can", "i", "you", "we", "they", "my", "your", "our",
    "not", "no", "yes",
})
# fmt: on


def script_of_char(char: str) -> str | None:
    """The script of one letter, or None for digits, punctuation and unknown scripts."""
    point = ord(char)
    for first, last, script in _SCRIPT_RANGES:
        if first <= point <= last:
            if script == "Latin" and not char.isalpha():
                return None
            return script
    return None


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in, or None when it has no letters."""
    counts: dict[str, int] = {}
    for char in text:
        script = script_of_char(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    if counts.get("Kana") and counts.get("Han"):  # Japanese mixes kana with kanji
        counts["Kana"] += counts.pop("Han")
    return max(counts, key=lambda s: counts[s])


def split_words(text: str) -> list[str]:
    """Words of ``text``: whitespace-separated, trimmed of punctuation, with a letter in them.

    Splitting on whitespace (rather than ``\\w+``) keeps Sinhala words whole: their vowel
    signs and the zero-width joiner of ``ශ්‍රී`` are not "word characters" to ``re``.
    """
    words = []
    for raw in text.split():
        word = raw.strip("".join(c for c in raw if unicodedata.category(c)[0] in "PS"))
        if any(c.isalpha() for c in word):
            words.append(word)
    return words


def script_group(text: str) -> str | None:
    """The script of ``text`` for grouping ("Cyrillic-uk" for Ukrainian), or None."""
    script = dominant_script(text)
    if script == "Cyrillic" and any(c in _UKRAINIAN_LETTERS for c in text):
        return "Cyrillic-uk"
    return script


def language_name(name: str) -> str:
    """A language name of this module ("Russian") in the user's language, for display."""
    return translate("coverage", name)


def name_language(group: str, texts: Sequence[str]) -> tuple[str, str]:
    """(ISO 639-1 code, language name) for texts of one script group.

    One script, one language, except: Cyrillic is Russian unless Ukrainian-only letters
    appear; Latin is English when frequent English words make up
    :data:`ENGLISH_WORD_SHARE` of all its words, else the code is "" and the name "a
    language written in Latin letters" (the app cannot tell French from German).
    """
    if group == "Cyrillic-uk":
        return "uk", QT_TRANSLATE_NOOP("coverage", "Ukrainian")
    if group == "Latin":
        words = [w.lower() for text in texts for w in split_words(text)]
        english = sum(1 for w in words if w in _ENGLISH_WORDS)
        if words and english / len(words) >= ENGLISH_WORD_SHARE:
            return "en", QT_TRANSLATE_NOOP("coverage", "English")
        return "", QT_TRANSLATE_NOOP("coverage", "a language written in Latin letters")
    return _SCRIPT_LANGUAGE.get(group, ("", f"text in {group} script"))


def detect_language(text: str) -> tuple[str, str] | None:
    """(ISO 639-1 code, language name) of one text, or None when it has no letters."""
    group = script_group(text)
    return None if group is None else name_language(group, [text])


@dataclass(frozen=True)
class FoundLanguage:
    """A language found in some texts (by script), without any model.

    Attributes:
        code: ISO 639-1 code ("" when only the script is known).
        name: Language name in English.
        texts: Texts in which it is the main language.
    """

    code: str
    name: str
    texts: int


def detect_languages(
    texts: Iterable[str], *, sample_texts: int = 2000, min_share: float = 0.05
) -> list[FoundLanguage]:
    """The languages of ``texts`` by script, most frequent first: cheap, no model needed.

    Args:
        texts: The texts.
        sample_texts: At most this many texts are looked at.
        min_share: Languages that are the main one of fewer texts than this share are left
            out (a stray English line in a Korean file).
    """
    groups: dict[str, list[str]] = {}
    for seen, text in enumerate(texts):
        if seen >= sample_texts:
            break
        group = script_group(str(text))
        if group is not None:
            groups.setdefault(group, []).append(str(text))
    total = sum(len(group) for group in groups.values())
    found = []
    for group, members in sorted(groups.items(), key=lambda item: -len(item[1])):
        if len(members) < min_share * total:
            continue
        code, name = name_language(group, members)
        found.append(FoundLanguage(code, name, len(members)))
    return found


@dataclass(frozen=True)
class FragmentStats:
    """What a tokenizer made of some words.

    Attributes:
        words: Words measured.
        tokens: Pieces they became.
        unknown_tokens: Pieces that are the unknown token.
        unknown_words: Words with at least one unknown piece.
        single_letter_pieces: Pieces covering one letter of the text or less.
    """

    words: int = 0
    tokens: int = 0
    unknown_tokens: int = 0
    unknown_words: int = 0
    single_letter_pieces: int = 0

    @property
    def tokens_per_word(self) -> float:
        """Average pieces per word."""
        return self.tokens / self.words if self.words else 0.0

    @property
    def unknown_share(self) -> float:
        """Share of pieces that are unknown."""
        return self.unknown_tokens / self.tokens if self.tokens else 0.0

    @property
    def unknown_word_share(self) -> float:
        """Share of words with an unknown piece."""
        return self.unknown_words / self.words if self.words else 0.0

    @property
    def single_letter_share(self) -> float:
        """Share of known pieces that cover one letter or less."""
        known = self.tokens - self.unknown_tokens
        return self.single_letter_pieces / known if known > 0 else 0.0


def fragment_stats(tokenizer: Any, words: Sequence[str]) -> FragmentStats:
    """Tokenize each word on its own and count pieces, unknown pieces and one-letter pieces.

    Args:
        tokenizer: A Hugging Face tokenizer (fast ones give exact character spans; slow ones
            are judged from the piece text without "##"/"▁" markers).
        words: The words (see :func:`split_words`).
    """
    if not words:
        return FragmentStats()
    unk_id = getattr(tokenizer, "unk_token_id", None)
    fast = bool(getattr(tokenizer, "is_fast", False))
    encoded = tokenizer(
        list(words), add_special_tokens=False, return_offsets_mapping=fast, truncation=False
    )
    all_ids: list[list[int]] = encoded["input_ids"]
    offsets = encoded.get("offset_mapping") if fast else None
    tokens = unknown = unknown_words = single = 0
    for index, ids in enumerate(all_ids):
        pieces = tokenizer.convert_ids_to_tokens(ids)
        word_unknown = 0
        spans = [tuple(span) for span in offsets[index]] if offsets is not None else []
        syllabic = dominant_script(words[index]) in SYLLABLE_SCRIPTS
        for position, (token_id, piece) in enumerate(zip(ids, pieces, strict=True)):
            text = str(piece).replace("##", "").replace("▁", "").replace("Ġ", "")
            if not text and token_id != unk_id:
                continue  # a bare word-start marker, not a piece of the word
            tokens += 1
            if unk_id is not None and token_id == unk_id:
                word_unknown += 1
                continue
            if offsets is not None:
                start, end = spans[position]
                letters = sum(1 for c in words[index][start:end] if c.isalpha())
                if syllabic and letters == 1:
                    # One Hangul syllable or Han character is a fine piece; only a part of
                    # one (a jamo, which shares its character with other pieces) is not.
                    letters = 0 if spans.count(spans[position]) > 1 else 2
            else:
                letters = sum(1 for c in text if c.isalpha())
            if letters <= 1:
                single += 1
        unknown += word_unknown
        unknown_words += 1 if word_unknown else 0
    return FragmentStats(len(all_ids), tokens, unknown, unknown_words, single)


@dataclass(frozen=True)
class LanguageCoverage:
    """How well a tokenizer knows one language found in the texts.

    Attributes:
        code: ISO 639-1 code ("" when only the script is known).
        name: Language name in English ("Russian").
        texts: Texts measured in which this language is the main one.
        stats: The counts.
        english_tokens_per_word: The same tokenizer on :data:`ENGLISH_REFERENCE`.
        level: "good", "partial", "letters" (read letter by letter) or "unknown".
        verdict: One plain sentence.
    """

    code: str
    name: str
    texts: int
    stats: FragmentStats
    english_tokens_per_word: float
    level: str
    verdict: str

    @property
    def knows(self) -> bool:
        """Whether the model knows the language well."""
        return self.level == "good"

    @property
    def fragmentation_ratio(self) -> float:
        """Tokens per word divided by the English yardstick."""
        if not self.english_tokens_per_word:
            return 0.0
        return self.stats.tokens_per_word / self.english_tokens_per_word

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {
            "language": self.code,
            "name": self.name,
            "texts": self.texts,
            "words": self.stats.words,
            "tokens_per_word": round(self.stats.tokens_per_word, 2),
            "english_tokens_per_word": round(self.english_tokens_per_word, 2),
            "unknown_token_share": round(self.stats.unknown_share, 4),
            "unknown_word_share": round(self.stats.unknown_word_share, 4),
            "single_letter_share": round(self.stats.single_letter_share, 4),
            "level": self.level,
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class CoverageReport:
    """Per-language coverage of some texts by one tokenizer.

    Attributes:
        languages: One entry per language found, the most frequent first.
        english_tokens_per_word: The tokenizer's yardstick on :data:`ENGLISH_REFERENCE`.
    """

    languages: list[LanguageCoverage] = field(default_factory=list)
    english_tokens_per_word: float = 0.0

    @property
    def poorly_known(self) -> list[LanguageCoverage]:
        """Languages the model does not know well."""
        return [lang for lang in self.languages if not lang.knows]

    def language_codes(self) -> list[str]:
        """ISO codes of the languages found (those with a code), most frequent first."""
        return [lang.code for lang in self.languages if lang.code]

    def summary(self) -> str:
        """All verdicts as one paragraph."""
        return " ".join(lang.verdict for lang in self.languages)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {
            "english_tokens_per_word": round(self.english_tokens_per_word, 2),
            "languages": [lang.to_dict() for lang in self.languages],
        }


def judge(stats: FragmentStats, english_tokens_per_word: float) -> str:
    """The level for counts measured on one language (see the module thresholds)."""
    ratio = stats.tokens_per_word / english_tokens_per_word if english_tokens_per_word else 0.0
    if stats.unknown_share >= UNKNOWN_NOT_KNOWN:
        return "unknown"
    if stats.single_letter_share >= SINGLE_LETTERS_SPLIT or ratio >= FRAGMENTED_RATIO:
        return "letters"
    if (
        stats.unknown_share >= UNKNOWN_PARTIAL
        or stats.single_letter_share >= SINGLE_LETTERS_PARTIAL
        or ratio >= FRAGMENTED_RATIO_PARTIAL
    ):
        return "partial"
    return "good"


def verdict_sentence(name: str, level: str, stats: FragmentStats, english_tpw: float) -> str:
    """One plain sentence for a level ("This model knows Russian well.")."""
    language = language_name(name)
    if level == "unknown":
        share = stats.unknown_word_share
        if share >= 0.5:
            return translate(
                "coverage",
                "This model does not know {language}: most words become “unknown” to it, so it "
                "cannot tell those texts apart.",
            ).format(language=language)
        return translate(
            "coverage",
            "This model does not know {language}: {share:.0%} of the words become “unknown” to "
            "it, so it cannot tell those texts apart.",
        ).format(language=language, share=share)
    if level == "letters":
        return translate(
            "coverage",
            "This model splits {language} into single letters ({pieces:.1f} pieces per word, "
            "against {english:.1f} in English): it will understand little of it.",
        ).format(language=language, pieces=stats.tokens_per_word, english=english_tpw)
    if level == "partial":
        return translate(
            "coverage",
            "This model knows {language} only partly ({pieces:.1f} pieces per word, "
            "{unknown:.0%} unknown): a model made for {language} will do better.",
        ).format(language=language, pieces=stats.tokens_per_word, unknown=stats.unknown_share)
    return translate("coverage", "This model knows {language} well.").format(language=language)


def english_yardstick(tokenizer: Any) -> float:
    """Tokens per word of ``tokenizer`` on :data:`ENGLISH_REFERENCE`, at most
    :data:`ENGLISH_YARDSTICK_CAP`.

    The cap keeps a tokenizer that does not know English either from looking good by
    comparison (all-MiniLM-L6-v2 gives 1.04 on it; the tiny test vocabulary, which never
    saw English, 3.9).
    """
    measured = fragment_stats(tokenizer, split_words(ENGLISH_REFERENCE)).tokens_per_word
    return min(measured, ENGLISH_YARDSTICK_CAP) if measured else ENGLISH_YARDSTICK_CAP


def measure_coverage(
    tokenizer: Any, texts: Iterable[str], *, sample_texts: int = SAMPLE_TEXTS
) -> CoverageReport:
    """Measure how well ``tokenizer`` knows each language found in ``texts``.

    Args:
        tokenizer: The model's Hugging Face tokenizer.
        texts: The texts (cells of a table, lines typed in the Playground).
        sample_texts: At most this many texts per language are measured.

    Each word is measured under its own script, so the Korean words of a mostly English
    sentence count as Korean.

    Returns:
        The report; languages with fewer than :data:`MIN_WORDS` words, or under
        :data:`MIN_LANGUAGE_SHARE` of all words, are left out.
    """
    per_script_texts: dict[str, int] = {}
    words_by_group: dict[str, list[str]] = {}
    for text in texts:
        text = str(text)
        script = script_group(text)
        if script is None or per_script_texts.get(script, 0) >= sample_texts:
            continue
        per_script_texts[script] = per_script_texts.get(script, 0) + 1
        for word in split_words(text):
            word_group = script_group(word)
            if word_group is not None:
                words_by_group.setdefault(word_group, []).append(word)
    total_words = sum(len(words) for words in words_by_group.values())
    english_tpw = english_yardstick(tokenizer)
    found = []
    for group, words in sorted(words_by_group.items(), key=lambda item: -len(item[1])):
        if len(words) < MIN_WORDS or len(words) < MIN_LANGUAGE_SHARE * total_words:
            continue
        code, name = name_language(group, [" ".join(words)])
        stats = fragment_stats(tokenizer, words)
        level = judge(stats, english_tpw)
        found.append(
            LanguageCoverage(
                code,
                name,
                per_script_texts.get(group, 0),
                stats,
                english_tpw,
                level,
                verdict_sentence(name, level, stats, english_tpw),
            )
        )
    return CoverageReport(found, english_tpw)


def load_tokenizer_of(folder: str) -> Any:
    """The tokenizer of the model in ``folder`` (on this computer only)."""
    from desktop_app.core.imports import auto_tokenizer

    AutoTokenizer = auto_tokenizer()

    return AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
