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
    with pytest.raises(ModelError, match="runs its own program code"):
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
