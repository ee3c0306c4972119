"""Coverage: which languages a tokenizer knows, judged on real data, never on [UNK] alone."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_app.core.coverage import (
    ENGLISH_REFERENCE,
    detect_language,
    english_yardstick,
    measure_coverage,
    split_words,
)
from desktop_app.core.data.inspection import inspect_file
from tests.helpers.tiny_model import build_tiny_model

REPO = Path(__file__).resolve().parents[2]


def korsts(shared: Path, start: int, count: int) -> list[str]:
    lines = (shared / "korsts" / "sts-dev.tsv").read_text("utf-8").splitlines()[1:]
    return [line.split("\t")[5] for line in lines[start : start + count]]


def stsb(shared: Path, language: str, start: int, count: int) -> list[str]:
    with open(shared / "stsb_multi_mt" / f"stsb-{language}-dev.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return [row[0] for row in rows[start : start + count]]


def sinhala(shared: Path, start: int, count: int) -> list[str]:
    path = shared / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv"
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    return [row["sentence1"] for row in rows[start : start + count]]


def example_lines(name: str) -> list[str]:
    text = (REPO / "resources" / "examples" / f"{name}.txt").read_text("utf-8")
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def minilm_tokenizer(offline_model_path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(offline_model_path), local_files_only=True)


@pytest.fixture(scope="module")
def tiny_multilingual(shared_data, tmp_path_factory) -> Path:
    """A tiny model whose WordPiece vocabulary was trained on Korean, Russian and Sinhala."""
    corpus = (
        korsts(shared_data, 300, 500)
        + stsb(shared_data, "ru", 300, 500)
        + sinhala(shared_data, 300, 500)
    )
    return build_tiny_model(tmp_path_factory.mktemp("tiny_multi"), corpus, vocab_size=3000)


@pytest.fixture(scope="module")
def tiny_tokenizer(tiny_multilingual):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(tiny_multilingual), local_files_only=True)


def by_code(report):
    return {lang.code: lang for lang in report.languages}


def test_scripts_name_the_languages():
    assert detect_language("වී වගාවට පොහොර යොදන්නේ කවදාද?") == ("si", "Sinhala")
    assert detect_language("사업자등록번호") == ("ko", "Korean")
    assert detect_language("Как сменить пароль?") == ("ru", "Russian")
    assert detect_language("Як змінити пароль? Ї") == ("uk", "Ukrainian")
    assert detect_language("How do I reset my password?") == ("en", "English")
    assert detect_language("Wie setze ich mein Passwort zurück?")[0] == ""
    assert detect_language("12345 !?") is None
    # Sinhala words keep their vowel signs and the zero-width joiner of ශ්‍රී.
    assert split_words("ශ්‍රී ලංකාවේ, වී!") == ["ශ්‍රී", "ලංකාවේ", "වී"]


def test_minilm_knows_english_but_not_russian_korean_sinhala(shared_data, minilm_tokenizer):
    texts = (
        stsb(shared_data, "en", 0, 200)
        + stsb(shared_data, "ru", 0, 200)
        + korsts(shared_data, 0, 200)
        + sinhala(shared_data, 0, 200)
    )
    found = by_code(measure_coverage(minilm_tokenizer, texts))
    assert set(found) == {"en", "ru", "ko", "si"}
    assert found["en"].knows
    assert found["en"].verdict == "This model knows English well."
    # Cyrillic and Hangul are cut into single letters (jamo), hardly ever [UNK]: the old
    # unknown-token check passed them; this one must not.
    for code, name in (("ru", "Russian"), ("ko", "Korean")):
        lang = found[code]
        assert lang.level == "letters", lang.to_dict()
        assert not lang.knows
        assert lang.stats.unknown_share < 0.1
        assert lang.fragmentation_ratio > 4
        assert f"splits {name} into single letters" in lang.verdict
        assert "understand little" in lang.verdict
    assert found["ru"].stats.unknown_share == 0.0
    assert found["si"].level == "unknown"
    assert "does not know Sinhala: most words" in found["si"].verdict


def test_minilm_on_the_apps_own_examples(minilm_tokenizer):
    for name, code, level in (
        ("english", "en", "good"),
        ("russian", "ru", "letters"),
        ("korean", "ko", "letters"),
        ("sinhala", "si", "unknown"),
    ):
        report = measure_coverage(minilm_tokenizer, example_lines(name))
        assert [lang.code for lang in report.languages] == [code]
        assert report.languages[0].level == level, (name, report.to_dict())


def test_tiny_multilingual_model_knows_korean_russian_sinhala(shared_data, tiny_tokenizer):
    # Held-out rows (the vocabulary was trained on rows 300-800).
    texts = korsts(shared_data, 0, 200) + stsb(shared_data, "ru", 0, 200)
    texts += sinhala(shared_data, 0, 200)
    found = by_code(measure_coverage(tiny_tokenizer, texts))
    for code, name in (("ko", "Korean"), ("ru", "Russian"), ("si", "Sinhala")):
        assert found[code].knows, found[code].to_dict()
        assert found[code].verdict == f"This model knows {name} well."
    # It never saw English: its English yardstick is capped, and English is not known.
    assert english_yardstick(tiny_tokenizer) == 1.5
    english = by_code(measure_coverage(tiny_tokenizer, [ENGLISH_REFERENCE] * 3))["en"]
    assert not english.knows


def test_a_few_foreign_names_do_not_make_a_language(minilm_tokenizer):
    texts = ["나사(NASA)는 새 위성을 발사했다고 밝혔다 오늘 아침에"] * 5
    report = measure_coverage(minilm_tokenizer, texts)
    assert report.language_codes() == ["ko"]


def _write_slice(path: Path, rows: list[tuple[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["question", "answer"])
        writer.writerows(rows)
    return path


def test_inspect_reports_language_coverage_with_a_recommendation(
    shared_data, tmp_path, offline_model_path
):
    korean = korsts(shared_data, 0, 120)
    path = _write_slice(tmp_path / "korean.csv", list(zip(korean[::2], korean[1::2], strict=True)))
    inspection = inspect_file(path, model=str(offline_model_path))
    warnings = {w.code: w for w in inspection.report.warnings}
    assert "language-coverage" in warnings
    warning = warnings["language-coverage"]
    assert "splits Korean into single letters" in warning.message
    assert warning.details["language"] == "ko"
    assert warning.details["recommended_model"] == "intfloat/multilingual-e5-small"
    assert "471 MB" in warning.hint
    assert "minutes" in warning.hint
    coverage = inspection.to_dict()["token_stats"]["coverage"]
    assert coverage["languages"][0]["level"] == "letters"

    english = stsb(shared_data, "en", 0, 120)
    path = _write_slice(
        tmp_path / "english.csv", list(zip(english[::2], english[1::2], strict=True))
    )
    codes = inspect_file(path, model=str(offline_model_path)).report.warning_codes()
    assert "language-coverage" not in codes
    assert "unknown-tokens" not in codes


def test_inspect_with_a_model_that_knows_the_language_warns_nothing(
    shared_data, tmp_path, tiny_multilingual
):
    russian = stsb(shared_data, "ru", 0, 120)
    path = _write_slice(tmp_path / "ru.csv", list(zip(russian[::2], russian[1::2], strict=True)))
    codes = inspect_file(path, model=str(tiny_multilingual)).report.warning_codes()
    assert "language-coverage" not in codes
    assert "unknown-tokens" not in codes


def test_inspect_text_report_gives_the_verdict_per_language(shared_data, offline_model_path):
    from desktop_app.cli.inspect_cmd import format_report

    path = shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv"
    report = format_report(inspect_file(path, model=str(offline_model_path)))
    assert "Languages:" in report
    assert "Sinhala (400 texts checked): This model does not know Sinhala" in report
    assert "Multilingual E5 small knows Sinhala" in report
