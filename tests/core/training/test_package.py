"""``package_run``: a self-contained folder that trains on another machine with torchrun."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.errors import DataError, OutputExistsError
from desktop_app.core.training.config import TrainingConfig
from desktop_app.core.training.package import PACKAGE_MARKER, package_run


def _config(tmp_path: Path, data: Path, model: Path, **changes) -> Path:
    settings = {
        "data_file": str(data),
        "model": str(model),
        "output_dir": str(tmp_path / "trained" / "faq-model"),
        "loss": "MultipleNegativesRankingLoss",
        "batch_size": 4,
        "max_steps": 3,
        "eval_fraction": 0.0,
        "trust_remote_code": True,  # a file never carries trust: the package must drop it
        "overwrite": True,
        **changes,
    }
    path = tmp_path / "training_config.json"
    TrainingConfig(**settings).save(path)
    return path


def test_the_folder_holds_data_model_code_scripts_and_relative_settings(
    tiny_model_dir, data_file, tmp_path
):
    data = data_file("pairs", 48)
    result = package_run(_config(tmp_path, data, tiny_model_dir), tmp_path / "pack")
    pack = Path(result.out_dir)

    assert (pack / "data" / data.name).read_bytes() == data.read_bytes()
    assert result.model_included
    assert (pack / "base_model" / "modules.json").is_file()
    config = TrainingConfig.load(pack / "training_config.json")
    assert config.data_file == f"data/{data.name}"
    assert config.model == "base_model"
    assert config.output_dir == "output/faq-model" == result.output_dir
    assert (config.trust_remote_code, config.overwrite, config.resume) == (False, False, False)
    assert (config.batch_size, config.max_steps, config.loss) == (
        4,
        3,
        "MultipleNegativesRankingLoss",
    )
    assert (pack / "desktop_app" / "core" / "training" / "runner.py").is_file()
    assert (pack / "desktop_app" / "cli" / "distributed.py").is_file()
    assert not (pack / "desktop_app" / "gui").exists()  # the server needs no Qt
    requirements = (pack / "requirements.txt").read_text("utf-8").lower()
    assert "sentence-transformers" in requirements
    assert "pyside6" not in requirements
    run_sh = (pack / "run.sh").read_text("utf-8")
    assert "torch.distributed.run" in run_sh
    assert "desktop_app.cli.distributed" in run_sh
    assert os.access(pack / "run.sh", os.X_OK)
    assert b"\r\n" in (pack / "run.bat").read_bytes()
    assert "--nproc_per_node" in (pack / "run.ps1").read_text("utf-8")
    assert "output/faq-model" in (pack / "README.md").read_text("utf-8")


def test_only_its_own_package_is_replaced_and_only_when_asked(tiny_model_dir, data_file, tmp_path):
    config = _config(tmp_path, data_file("pairs"), tiny_model_dir)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "keep.txt").write_text("mine", "utf-8")
    with pytest.raises(OutputExistsError, match="not written by this app"):
        package_run(config, mine, overwrite=True)
    assert (mine / "keep.txt").is_file()

    package_run(config, tmp_path / "pack")
    with pytest.raises(OutputExistsError, match="already holds a packed run"):
        package_run(config, tmp_path / "pack")
    package_run(config, tmp_path / "pack", overwrite=True)
    assert (tmp_path / "pack" / PACKAGE_MARKER).is_file()


def test_a_model_named_by_its_hub_id_is_included_under_that_id(data_file, tmp_path):
    config = _config(tmp_path, data_file("pairs"), "sentence-transformers/all-MiniLM-L6-v2")
    result = package_run(config, tmp_path / "pack")
    pack = Path(result.out_dir)
    assert result.model_included
    # the app's models folder layout, found through EMBEDTUNE_HOME=app-home (set by run.sh)
    included = pack / "app-home" / "models" / "sentence-transformers--all-MiniLM-L6-v2"
    assert (included / "modules.json").is_file()
    assert 'EMBEDTUNE_HOME="$PWD/app-home"' in (pack / "run.sh").read_text("utf-8")
    packed = TrainingConfig.load(pack / "training_config.json")
    assert packed.model == "sentence-transformers/all-MiniLM-L6-v2"  # the card names it


def test_a_missing_data_file_is_a_plain_error(tiny_model_dir, tmp_path):
    config = _config(tmp_path, tmp_path / "gone.csv", tiny_model_dir)
    with pytest.raises(DataError, match="does not exist"):
        package_run(config, tmp_path / "pack")
    assert not (tmp_path / "pack").exists()


@pytest.fixture(scope="module")
def blind_model_dir(tmp_path_factory) -> Path:
    """A tiny model whose vocabulary is Greek: every English word of the data is [UNK], so all
    texts embed alike and MultipleNegativesRankingLoss starts at ln(number of candidates)."""
    from tests.helpers.tiny_model import build_tiny_model

    greek = "άλφα βήτα γάμμα δέλτα έψιλον ζήτα ήτα θήτα ιώτα κάππα λάμδα μι νι ξι όμικρον πι ρο"
    return build_tiny_model(tmp_path_factory.mktemp("blind"), [greek] * 4)


@pytest.mark.slow
def test_two_processes_train_share_negatives_and_save_once(blind_model_dir, data_file, tmp_path):
    """The packed run on this CPU as two processes (torchrun, gloo), as on a 2-GPU server."""
    pack = Path(
        package_run(
            _config(tmp_path, data_file("pairs", 48), blind_model_dir), tmp_path / "pack"
        ).out_dir
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(NUM_GPUS="2", PYTHON=sys.executable, HF_HUB_OFFLINE="1")
    done = subprocess.run(
        ["bash", str(pack / "run.sh")],
        cwd=tmp_path,  # the script finds its own folder
        env=env,
        capture_output=True,
        text=True,
        timeout=400,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.count("saved the model") == 1
    assert done.stdout.count("Process 1 of 2 finished (the main process saves)") == 1

    model_dir = pack / "output" / "faq-model"
    assert sorted(p.name for p in (pack / "output").iterdir()) == ["faq-model"]  # no leftovers
    summary = json.loads((model_dir / "training_summary.json").read_text("utf-8"))
    saved = TrainingConfig.load(model_dir / "training_config.json")
    packed = TrainingConfig.load(pack / "training_config.json")
    assert (saved.loss, saved.batch_size, saved.max_steps, saved.data_file) == (
        packed.loss,
        packed.batch_size,
        packed.max_steps,
        packed.data_file,
    )
    assert summary["steps"] == 3
    # MultipleNegativesRankingLoss starts near ln(candidates): with the negatives of both
    # processes gathered each question sees 2 x 4 answers (ln 8 = 2.08), not 4 (ln 4 = 1.39).
    first_loss = summary["loss_history"][0]["loss"]
    assert abs(first_loss - math.log(8)) < abs(first_loss - math.log(4))

    from desktop_app.core.catalog.models import load_model

    model = load_model(str(model_dir), device="cpu", download=False)
    assert model.encode(["what about the cat?"]).shape == (1, 32)
