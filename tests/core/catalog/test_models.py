"""The model catalogue: facts, finding models on this computer, loading, failing fast offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core import paths
from desktop_app.core.catalog.models import (
    CATALOG,
    base_model_id,
    find_model,
    is_on_this_computer,
    load_model,
    local_model_path,
)
from desktop_app.core.errors import ModelError

REPO = Path(__file__).resolve().parents[3]
SEED_MODELS = [
    "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
    "sentence-transformers/paraphrase-MiniLM-L6-v2",
    "sentence-transformers/xlm-r-100langs-bert-base-nli-stsb-mean-tokens",
    "intfloat/multilingual-e5-large",
]


def test_catalogue_holds_the_seed_models_and_one_offline_model():
    ids = {spec.hub_id for spec in CATALOG}
    assert set(SEED_MODELS) <= ids
    offline = [spec for spec in CATALOG if spec.offline]
    assert [s.hub_id for s in offline] == ["sentence-transformers/all-MiniLM-L6-v2"]
    for spec in CATALOG:
        assert spec.size_mb > 0
        assert spec.dimensions in (384, 768, 1024)
        assert spec.max_seq_length >= 128
        assert spec.licence
        assert spec.speed
    e5 = find_model("intfloat/multilingual-e5-small")
    assert e5.prompts == {"query": "query: ", "passage": "passage: "}


def test_local_resolution(offline_model_path, tmp_path):
    assert local_model_path("sentence-transformers/all-MiniLM-L6-v2") == offline_model_path
    assert local_model_path(str(offline_model_path)) == offline_model_path.resolve()
    assert local_model_path("intfloat/multilingual-e5-small") is None
    assert not is_on_this_computer("intfloat/multilingual-e5-small")
    downloaded = paths.models_dir() / "intfloat--multilingual-e5-small"
    downloaded.mkdir()
    (downloaded / "modules.json").write_text("[]")
    assert local_model_path("intfloat/multilingual-e5-small") == downloaded
    assert base_model_id(str(downloaded)) == "intfloat/multilingual-e5-small"
    assert local_model_path(str(tmp_path)) is None  # a folder without a model


def test_load_model_names_the_real_base_model(offline_model_path):
    model = load_model(str(offline_model_path), device="cpu")
    assert model.model_card_data.base_model == "sentence-transformers/all-MiniLM-L6-v2"
    assert model.get_embedding_dimension() == 384


def test_remote_code_is_refused_unless_allowed(offline_model_path, tmp_path):
    import shutil

    folder = tmp_path / "needs-code"
    shutil.copytree(offline_model_path, folder)
    config = json.loads((folder / "config.json").read_text())
    config["auto_map"] = {"AutoModel": "modeling_custom.CustomModel"}
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="comes with its own program code"):
        load_model(str(folder))


def test_offline_mode_fails_at_once_with_a_plain_message():
    started = time.monotonic()
    with pytest.raises(ModelError, match=r"Could not download intfloat/multilingual-e5-small"):
        load_model("intfloat/multilingual-e5-small")
    assert time.monotonic() - started < 1.0


def test_no_network_download_fails_within_seconds(tmp_path):
    """With the Hub unreachable (as here) and offline mode off, a download gives up fast."""
    code = (
        "import time\n"
        "from desktop_app.core.catalog.models import load_model\n"
        "from desktop_app.core.errors import ModelError\n"
        "t = time.monotonic()\n"
        "try:\n"
        "    load_model('intfloat/multilingual-e5-small')\n"
        "except ModelError as e:\n"
        "    print(round(time.monotonic() - t, 1), '|', e.message, '|', e.hint)\n"
    )
    env = {
        k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    }
    env["EMBEDTUNE_HOME"] = str(tmp_path)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    elapsed = time.monotonic() - started
    seconds, message, hint = result.stdout.strip().split(" | ")
    assert message.startswith("Could not download intfloat/multilingual-e5-small")
    assert "pick a model folder on this computer" in hint
    assert float(seconds) < 10, result.stderr
    assert elapsed < 30
    assert not any((tmp_path / "models").iterdir())  # no half download left behind


# -- hostile or broken model folders ------------------------------------------------------------

_CORPUS = [
    "the farmer waters the rice field",
    "a child paints a red apple",
    "my neighbour sells fresh tea",
    "our doctor finds a boat",
    "the teacher cleans the garden",
] * 3


class _Evil:
    """Unpickling this runs ``open(marker, 'w')``: the test checks the marker never appears."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    from tests.helpers.tiny_model import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny"), _CORPUS)


@pytest.fixture
def broken_copy(tiny_model, tmp_path):
    """Factory: a copy of the tiny model to break."""
    import shutil

    def make(name: str) -> Path:
        folder = tmp_path / name
        shutil.copytree(tiny_model, folder)
        return folder

    return make


def test_the_tiny_model_itself_loads_and_knows_its_words(tiny_model):
    model = load_model(str(tiny_model), device="cpu")
    assert "[UNK]" not in model.tokenizer.tokenize("the farmer paints the garden")


def test_a_model_without_tokenizer_files_is_refused(broken_copy):
    from desktop_app.core.data.inspection import load_tokenizer

    folder = broken_copy("no-tokenizer")
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt"):
        (folder / name).unlink(missing_ok=True)
    with pytest.raises(ModelError, match="no tokenizer files"):
        load_model(str(folder), device="cpu")
    with pytest.raises(ModelError, match="no tokenizer files"):
        load_tokenizer(str(folder))


def test_a_tokenizer_that_knows_no_words_is_refused(broken_copy):
    from desktop_app.core.data.inspection import load_tokenizer

    folder = broken_copy("empty-vocab")
    data = json.loads((folder / "tokenizer.json").read_text("utf-8"))
    specials = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}
    vocab = data["model"]["vocab"]
    data["model"]["vocab"] = {t: i for t, i in vocab.items() if t in specials}
    (folder / "tokenizer.json").write_text(json.dumps(data), "utf-8")
    with pytest.raises(ModelError, match="knows no words"):
        load_model(str(folder), device="cpu")
    with pytest.raises(ModelError, match="knows no words"):
        load_tokenizer(str(folder))


def test_a_truncated_safetensors_file_is_refused(broken_copy):
    folder = broken_copy("truncated")
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size - 100])
    with pytest.raises(ModelError, match="cut short") as caught:
        load_model(str(folder), device="cpu")
    assert "Error" not in caught.value.message  # no exception class names
    weights.write_bytes(b"\x01")
    with pytest.raises(ModelError, match=r"model\.safetensors"):
        load_model(str(folder), device="cpu")


def test_pickle_weights_are_never_unpickled(broken_copy, tmp_path):
    import pickle

    folder = broken_copy("pickle-only")
    (folder / "model.safetensors").unlink()
    marker = tmp_path / "code-ran"
    (folder / "pytorch_model.bin").write_bytes(pickle.dumps(_Evil(str(marker))))
    with pytest.raises(ModelError, match="only loads weights in the safetensors format"):
        load_model(str(folder), device="cpu")
    assert not marker.exists()


def test_a_custom_module_class_is_refused_unless_allowed(broken_copy, tmp_path, monkeypatch):
    folder = broken_copy("custom-module")
    marker = tmp_path / "imported"
    (folder / "evil_module.py").write_text(f"open({str(marker)!r}, 'w').close()\n", "utf-8")
    monkeypatch.syspath_prepend(str(folder))
    modules = json.loads((folder / "modules.json").read_text("utf-8"))
    modules[1]["type"] = "evil_module.Pooling"
    (folder / "modules.json").write_text(json.dumps(modules), "utf-8")
    from desktop_app.core.catalog.models import needs_remote_code

    assert needs_remote_code(folder)
    with pytest.raises(ModelError, match=r"own program code \(module evil_module.Pooling\)"):
        load_model(str(folder), device="cpu")
    assert not marker.exists()


def test_damaged_or_escaping_modules_json_is_refused(broken_copy):
    folder = broken_copy("bad-modules")
    (folder / "modules.json").write_text('{"not": "a list"}', "utf-8")
    with pytest.raises(ModelError, match=r"damaged modules\.json"):
        load_model(str(folder), device="cpu")
    modules = [{"idx": 0, "name": "0", "path": "../../..", "type": "x.Transformer"}]
    (folder / "modules.json").write_text(json.dumps(modules), "utf-8")
    with pytest.raises(ModelError, match=r"program code|outside its own folder"):
        load_model(str(folder), device="cpu")
    modules[0]["type"] = "sentence_transformers.base.modules.transformer.Transformer"
    (folder / "modules.json").write_text(json.dumps(modules), "utf-8")
    with pytest.raises(ModelError, match="outside its own folder"):
        load_model(str(folder), device="cpu")


def test_tokenizer_auto_map_counts_as_remote_code(broken_copy):
    from desktop_app.core.catalog.models import needs_remote_code

    folder = broken_copy("tokenizer-code")
    assert not needs_remote_code(folder)
    config = json.loads((folder / "tokenizer_config.json").read_text("utf-8"))
    config["auto_map"] = {"AutoTokenizer": ["tok.Tok", None]}
    (folder / "tokenizer_config.json").write_text(json.dumps(config), "utf-8")
    assert needs_remote_code(folder)
    with pytest.raises(ModelError, match="own program code"):
        load_model(str(folder), device="cpu")


def test_model_position_limit_reads_the_config(tiny_model, offline_model_path):
    from desktop_app.core.catalog.models import model_position_limit

    assert model_position_limit(str(tiny_model)) == 64
    assert model_position_limit(str(offline_model_path)) == 512
    assert model_position_limit("nobody/nothing-here") is None


def test_load_model_checks_max_length_against_the_model(tiny_model):
    with pytest.raises(ModelError, match=r"more than the model st can read \(64 tokens\)"):
        load_model(str(tiny_model), device="cpu", max_seq_length=65)
    assert load_model(str(tiny_model), device="cpu", max_seq_length=48).max_seq_length == 48


def test_a_static_embedding_model_passes_the_checks(tmp_path):
    """Not every model has a transformer: the checks look at the module that reads text."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import StaticEmbedding
    from tokenizers import BertWordPieceTokenizer

    wordpiece = BertWordPieceTokenizer(lowercase=True)
    wordpiece.train_from_iterator(_CORPUS, vocab_size=100, min_frequency=1)
    folder = tmp_path / "static"
    static = StaticEmbedding(wordpiece._tokenizer, embedding_dim=16)
    SentenceTransformer(modules=[static], device="cpu").save_pretrained(str(folder))
    assert load_model(str(folder), device="cpu").encode(["a child paints"]).shape == (1, 16)
    (folder / "tokenizer.json").unlink()
    with pytest.raises(ModelError, match="no tokenizer files"):
        load_model(str(folder), device="cpu")


# Languages, recommendations and shipped models ------------------------------------------------


def test_catalogue_records_languages_as_iso_codes():
    from desktop_app.core.catalog.models import recommend_model  # noqa: F401 (import check)

    for spec in CATALOG:
        assert spec.language_codes, spec.hub_id
        assert all(len(code) in (2, 3) and code.islower() for code in spec.language_codes)
    assert find_model("sentence-transformers/all-MiniLM-L6-v2").language_codes == ("en",)
    # The 50-language card of paraphrase-multilingual-MiniLM-L12-v2 has no Sinhala ...
    paraphrase = find_model("sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2")
    assert paraphrase.covers(["ru", "ko"])
    assert not paraphrase.covers(["si"])
    assert "not Sinhala" in paraphrase.languages
    # ... while the XLM-R based models and LaBSE do.
    for hub_id in ("intfloat/multilingual-e5-small", "sentence-transformers/LaBSE", "BAAI/bge-m3"):
        assert find_model(hub_id).covers(["si", "ru", "ko", "en"]), hub_id


def test_recommend_model_picks_the_smallest_good_model_that_covers_all():
    from desktop_app.core.catalog.models import recommend_model

    english = recommend_model(["en"])
    assert english.spec.hub_id == "sentence-transformers/all-MiniLM-L6-v2"
    assert english.on_this_computer
    assert english.download_minutes == 0
    assert "already on this computer" in english.describe(["English"])

    for languages in (["si"], ["ru", "ko"], ["si", "ru", "ko", "en"]):
        pick = recommend_model(languages)
        assert pick.spec.hub_id == "intfloat/multilingual-e5-small", languages
        assert not pick.on_this_computer
        assert pick.download_minutes >= 1
    text = recommend_model(["si"]).describe(["Sinhala"])
    assert text.startswith("Multilingual E5 small knows Sinhala")
    assert "471 MB" in text
    assert "minutes" in text
    # Excluding it gives the next smallest that still knows Sinhala.
    other = recommend_model(["si"], exclude=["intfloat/multilingual-e5-small"])
    assert other.spec.covers(["si"])
    assert other.spec.size_mb >= 471
    assert recommend_model(["xx"]) is None
    assert recommend_model([""]).spec.offline  # unknown language: nothing to cover


def test_a_shipped_multilingual_model_is_found(tmp_path, monkeypatch):
    from desktop_app.core.catalog import models

    resources = tmp_path / "resources"
    shipped = resources / "models" / "intfloat--multilingual-e5-small"
    shipped.mkdir(parents=True)
    monkeypatch.setattr(models.paths, "resources_dir", lambda: resources)
    assert not is_on_this_computer("intfloat/multilingual-e5-small")  # not a model yet
    (shipped / "modules.json").write_text("[]")
    assert models.shipped_model_path("intfloat/multilingual-e5-small") == shipped
    assert is_on_this_computer("intfloat/multilingual-e5-small")
    assert local_model_path("intfloat/multilingual-e5-small") == shipped
    pick = models.recommend_model(["si"])
    assert pick.spec.hub_id == models.SHIPPED_MULTILINGUAL_MODEL
    assert pick.on_this_computer
    assert models.shipped_model_path("not/here") is None
    assert models.spec_for_ref(str(shipped)).hub_id == models.SHIPPED_MULTILINGUAL_MODEL
