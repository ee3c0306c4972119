"""What the Base model step says and checks, without a window (core, no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.catalog import model_choice
from desktop_app.core.catalog.models import (
    CATALOG,
    ModelFacts,
    facts_for,
    find_model,
    model_display_name,
    model_folder_problem,
    model_source_text,
    read_model_facts,
)
from desktop_app.core.coverage import FoundLanguage
from desktop_app.core.data.types import ColumnRoles, Table
from desktop_app.core.errors import ModelError

OFFLINE_ID = next(spec.hub_id for spec in CATALOG if spec.offline)
MINILM = find_model(OFFLINE_ID)


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), "utf-8")


# Model folders ------------------------------------------------------------------------------


def test_model_folder_problem(tmp_path):
    assert "is not a folder" in model_folder_problem(tmp_path / "missing")
    assert "does not hold a model" in model_folder_problem(tmp_path)
    _write(tmp_path / "config.json", {"hidden_size": 8})
    assert model_folder_problem(tmp_path) is None


def test_facts_of_the_real_offline_model(offline_model_path):
    facts = read_model_facts(offline_model_path)
    assert facts == ModelFacts(max_seq_length=256, dimensions=384)
    spec, local, catalogue_facts = facts_for(OFFLINE_ID.upper())  # ids are case-insensitive
    assert spec is MINILM
    assert local is not None
    assert catalogue_facts == facts


def test_facts_from_modules_dense_wins_over_pooling(tmp_path):
    _write(tmp_path / "sentence_bert_config.json", {"max_seq_length": 128})
    _write(
        tmp_path / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Dense",
                "type": "sentence_transformers.models.Dense",
            },
        ],
    )
    _write(tmp_path / "1_Pooling" / "config.json", {"word_embedding_dimension": 768})
    _write(tmp_path / "2_Dense" / "config.json", {"out_features": 256})
    assert read_model_facts(tmp_path) == ModelFacts(128, 256)


def test_facts_of_a_plain_or_damaged_folder_and_without_a_folder(tmp_path):
    _write(tmp_path / "config.json", {"hidden_size": 312})
    assert read_model_facts(tmp_path) == ModelFacts(None, 312)
    (tmp_path / "modules.json").write_text("{damaged", "utf-8")
    assert read_model_facts(tmp_path).dimensions == 312  # falls back, never raises
    # a module that points outside the folder is not read
    _write(tmp_path / "modules.json", [{"path": "../elsewhere", "type": "x.Pooling"}])
    assert read_model_facts(tmp_path).dimensions == 312
    assert read_model_facts(None, MINILM) == ModelFacts(MINILM.max_seq_length, MINILM.dimensions)
    assert read_model_facts(None) == ModelFacts(None, None)


def test_model_name_and_source_in_words(tmp_path):
    folder = tmp_path / "my-model"
    folder.mkdir()
    assert model_display_name(str(folder) + "/") == "my-model"
    assert model_display_name("org/name") == "org/name"
    assert model_source_text(str(folder), None) == f"the folder {folder.resolve()}"
    assert model_source_text("org/name", None) == "the Hugging Face Hub (org/name)"
    assert (
        model_source_text("org/name", "/m/x")
        == "the Hugging Face Hub (org/name), downloaded to /m/x"
    )


# The list and the choice --------------------------------------------------------------------


def test_catalog_rows_and_search():
    rows = model_choice.catalog_rows()
    assert [spec.hub_id for spec, _cells, _here in rows] == [s.hub_id for s in CATALOG]
    cells = dict((spec.hub_id, (c, here)) for spec, c, here in rows)[OFFLINE_ID]
    assert cells[0] == [
        MINILM.name,
        MINILM.languages,
        "91 MB",
        "384",
        model_choice.SPEED_WORDS[MINILM.speed],
        "apache-2.0",
        "Yes",
    ]
    assert len(cells[0]) == len(model_choice.COLUMNS)
    assert model_choice.catalog_row(MINILM, False)[-1] == "Download needed"
    assert model_choice.matches_search("", cells[0], OFFLINE_ID)
    assert model_choice.matches_search("APACHE minilm", cells[0], OFFLINE_ID)
    assert not model_choice.matches_search("e5", cells[0], OFFLINE_ID)


def test_hub_ref_problem(tmp_path):
    assert model_choice.hub_ref_problem("BAAI/bge-small-en-v1.5") is None
    assert model_choice.hub_ref_problem(str(tmp_path)) is None
    assert "does not look like a Hugging Face id" in model_choice.hub_ref_problem("bge-small")


def test_choice_text(tmp_path):
    here = model_choice.choice_text(
        OFFLINE_ID, MINILM, tmp_path, dimensions=384, max_seq_length=256
    )
    assert f"<b>{MINILM.name}</b>" in here
    assert "It makes vectors of 384 numbers and reads up to 256 tokens of each text." in here
    assert "✔ On this computer." in here
    away = model_choice.choice_text("org/<x>", None, None, dimensions=None, max_seq_length=None)
    assert "<b>org/&lt;x&gt;</b>" in away
    assert "download it first." in away
    assert "It makes" not in away
    assert "(91 MB)" in model_choice.choice_text(
        OFFLINE_ID, MINILM, None, dimensions=None, max_seq_length=None
    )


def test_progress_and_offer_words():
    mb = 1024 * 1024
    assert model_choice.download_progress_text(12 * mb, 91 * mb) == "12 MB of 91 MB"
    assert model_choice.download_progress_text(3 * mb, 0) == "3 MB"
    e5 = find_model("intfloat/multilingual-e5-small")
    text = model_choice.offer_text(e5)
    assert e5.name in text
    assert "Mbit/s" in text
    assert "minutes" in text


# The tokenizer check ------------------------------------------------------------------------


def _table(texts: list[str]) -> tuple[Table, ColumnRoles]:
    frame = pd.DataFrame({"question": texts[::2], "answer": texts[1::2]})
    table = Table(frame=frame, path=Path("pairs.csv"), format="csv")
    return table, ColumnRoles(texts=["question", "answer"], label=None, shape="pairs")


def test_check_texts_with_the_real_tokenizer_and_its_verdict(offline_model_path):
    table, roles = _table(["How do I reset my password?", "Use the link on the sign-in page."] * 5)
    check = model_choice.check_texts(str(offline_model_path), table, roles, 256)
    assert check.max_seq_length == 256
    verdict = model_choice.token_verdict(check.report, check.max_seq_length)
    assert "Words and signs it does not know: <b>0%</b>" in verdict.summary
    assert "(it reads 256)" in verdict.summary
    assert verdict.warnings == ()
    assert verdict.codes == ""
    assert verdict.recommended is None
    assert verdict.text  # a plain "all is well"


def test_sinhala_texts_get_the_unknown_tokens_warning(offline_model_path):
    table, roles = _table(["මම ගෙදර යනවා", "ඔබ කොහෙද යන්නේ"] * 10)
    check = model_choice.check_texts(str(offline_model_path), table, roles, 256)
    verdict = model_choice.token_verdict(check.report, check.max_seq_length)
    assert "unknown-tokens" in verdict.codes
    assert "<b>" in verdict.text


def test_check_texts_refuses_a_folder_without_a_tokenizer(tmp_path):
    _write(tmp_path / "config.json", {"hidden_size": 8})
    table, roles = _table(["a", "b"])
    with pytest.raises(ModelError):
        model_choice.check_texts(str(tmp_path), table, roles, 128)


def test_token_check_lines_say_when_only_a_sample_was_checked():
    stats = {
        "unknown_token_share": 0.25,
        "columns": {"q<1>": {"mean": 12.5, "max": 300, "over_max_share": 0.1}},
        "sampled_rows": 1000,
        "total_rows": 5000,
    }
    lines = model_choice.token_check_lines(stats, 256)
    assert lines[0] == "Words and signs it does not know: <b>25%</b> of your text."
    assert lines[1] == (
        "“q&lt;1&gt;”: 12.5 tokens on average, longest 300 (it reads 256); 10% are cut short."
    )
    assert lines[2] == "<i>Checked on 1,000 of 5,000 rows.</i>"
    assert model_choice.token_check_lines({}, 256) == []


# Languages ----------------------------------------------------------------------------------


def test_data_languages_and_advice_for_korean():
    table, roles = _table(["비밀번호를 어떻게 바꾸나요?", "로그인 화면의 링크를 누르세요."] * 10)
    languages = model_choice.data_languages(table, roles)
    assert [lang.code for lang in languages] == ["ko"]
    assert model_choice.data_languages(None, roles) == []
    advice = model_choice.language_advice(OFFLINE_ID, languages)
    assert advice is not None
    assert advice.chosen is MINILM
    assert advice.missing == ["Korean"]
    assert advice.recommendation.spec.covers(["ko"])
    switched = advice.switched_text()
    assert switched.startswith(f"Your texts are in Korean, which {MINILM.name} was not trained on")
    assert advice.recommendation.spec.name in switched
    offer = advice.offer_text()
    assert offer.startswith(f"{MINILM.name} was not trained on Korean. Better for your texts: ")
    assert not model_choice.chosen_covers(OFFLINE_ID, ["ko"])
    assert model_choice.chosen_covers(advice.recommendation.spec.hub_id, ["ko"])


def test_no_advice_when_the_model_knows_the_languages_or_is_no_catalogue_model(tmp_path):
    english = [FoundLanguage("en", "English", 10)]
    assert model_choice.language_advice(OFFLINE_ID, english) is None
    assert model_choice.language_advice(str(tmp_path), [FoundLanguage("ko", "Korean", 3)]) is None
    assert (
        model_choice.language_advice(OFFLINE_ID, [FoundLanguage("", "Unknown script", 3)]) is None
    )


def test_better_text():
    e5 = find_model("intfloat/multilingual-e5-small")
    text = model_choice.better_text(e5.hub_id, reason="Why. ", names=["Sinhala", "Korean"])
    assert text.startswith(
        f"Why. Better for your texts: {e5.name}, which knows Sinhala and Korean and "
    )
    assert model_choice.better_text("nobody/unknown") == ""
