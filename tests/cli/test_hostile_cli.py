"""The command line against hostile input: files that ask for trust, bad numbers, broken models,
unknown commands, no display, and SIGTERM. Each case is built here; each must end in one plain
line and exit status 2 (or a clean save for SIGTERM), never a traceback or a hang."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli.main import main as cli_main

REPO = Path(__file__).resolve().parents[2]
SENTENCES = [
    f"{who} {verb} {what}"
    for who in ("the farmer", "a child", "my neighbour", "the teacher")
    for verb in ("waters", "paints", "sells")
    for what in ("the rice field", "a red apple", "fresh tea")
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    from tests.helpers.tiny_model import build_tiny_model

    corpus = SENTENCES + [f"what about {s}?" for s in SENTENCES]
    return build_tiny_model(tmp_path_factory.mktemp("tiny"), corpus, max_seq_length=16)


@pytest.fixture
def pairs_file(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["question", "answer"])
        writer.writerows([(f"what about {s}?", s) for s in SENTENCES])
    return path


def _env(home: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "EMBEDTUNE_HOME": str(home), "HF_HUB_OFFLINE": "1", **extra}


def _one_plain_line(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# -- unknown commands and no display: never reach Qt, never hang -----------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["trian", "data.csv"], "Did you mean 'train'?"),
        (["frobnicate", "model", "--out", "x"], "Unknown command 'frobnicate'"),
        (["evalute"], "Did you mean 'evaluate'?"),
        (["missing-project.etproj"], "There is no file missing-project.etproj"),
        (["no/such/folder/p.etproj"], "There is no file"),
        (["data.csv"], "There is no file data.csv"),
    ],
)
def test_unknown_words_exit_2_without_a_window(tmp_path, argv, expected):
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "main.py", *argv],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert expected in _one_plain_line(result.stderr)
    assert time.monotonic() - started < 30


def test_every_listed_command_reaches_the_command_line_and_nothing_else(tmp_path):
    """COMMANDS is the single list: each name in it runs the CLI, a near miss does not."""
    from desktop_app.app import _unknown_argument_message
    from desktop_app.cli.main import COMMANDS

    for name in COMMANDS:
        result = subprocess.run(
            [sys.executable, "main.py", name, "--help"],
            cwd=REPO,
            env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert f"main.py {name}" in result.stdout
        assert f"'{name}'" in _unknown_argument_message(name + "x", list(COMMANDS))
    if "export" not in COMMANDS:  # until the export command exists, it is an unknown word
        assert "Unknown command 'export'" in _unknown_argument_message("export", list(COMMANDS))


def test_unknown_command_never_imports_qt():
    code = (
        "import sys\n"
        "from desktop_app.app import main\n"
        "status = main(['trian'])\n"
        "print(status, 'PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["2", "False"]


def test_an_existing_project_file_still_goes_to_the_window(tmp_path):
    from desktop_app.app import _unknown_argument_message
    from desktop_app.cli.main import COMMANDS

    project = tmp_path / "mine.etproj"
    project.write_text("{}", "utf-8")
    assert _unknown_argument_message(str(project), list(COMMANDS)) is None
    assert _unknown_argument_message("-platform", list(COMMANDS)) is None
    assert "Unknown command" in _unknown_argument_message("trian", list(COMMANDS))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays")
def test_no_display_is_a_plain_message_not_an_abort(tmp_path):
    env = {
        k: v
        for k, v in _env(tmp_path).items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "main.py"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "No display was found" in _one_plain_line(result.stderr)


# -- numbers: one plain line, exit 2, before any model is loaded -----------------------------


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--learning-rate", "nan", "learning rate"),
        ("--learning-rate", "inf", "learning rate"),
        ("--learning-rate", "-0.001", "learning rate"),
        ("--batch-size", "0", "batch size"),
        ("--epochs", "-1", "epochs"),
        ("--epochs", "0", "epochs"),
        ("--max-seq-length", "0", "max length"),
        ("--max-seq-length", "100000", "max length"),
        ("--threads", "-3", "CPU threads"),
        ("--threads", "0", "CPU threads"),
        ("--eval-fraction", "0.95", "share of rows"),
        ("--eval-fraction", "-1", "share of rows"),
        ("--max-steps", "-1", "step limit"),
        ("--seed", "-7", "seed"),
        ("--matryoshka", "64,0", "vector size"),
        ("--matryoshka", "-32", "vector size"),
    ],
)
def test_bad_numbers_exit_2_before_the_model_loads(
    pairs_file, tmp_path, capsys, option, value, words
):
    # The model does not exist: had it been loaded first, the message would be about it.
    argv = ["train", str(pairs_file), "--model", str(tmp_path / "no-model"), "--out"]
    status = cli_main([*argv, str(tmp_path / "out"), f"{option}={value}"])
    assert status == 2
    line = _one_plain_line(capsys.readouterr().err)
    assert words in line
    assert not (tmp_path / "out").exists()


def test_max_length_beyond_the_model_is_refused_before_loading(
    pairs_file, tiny_model, tmp_path, capsys
):
    argv = ["train", str(pairs_file), "--model", str(tiny_model), "--out", str(tmp_path / "o")]
    assert cli_main([*argv, "--max-seq-length", "65"]) == 2
    line = _one_plain_line(capsys.readouterr().err)
    assert "more than this model can read (64 tokens)" in line


# -- a --config file never carries trust ------------------------------------------------------


def _remote_code_copy(tiny_model: Path, where: Path) -> Path:
    folder = where / "model-with-code"
    shutil.copytree(tiny_model, folder)
    config = json.loads((folder / "config.json").read_text("utf-8"))
    config["auto_map"] = {"AutoModel": "modeling_evil.EvilModel"}
    (folder / "config.json").write_text(json.dumps(config), "utf-8")
    marker = where / "code-ran"
    (folder / "modeling_evil.py").write_text(f"open({str(marker)!r}, 'w').close()\n", "utf-8")
    return folder


def test_config_file_asking_for_remote_code_is_refused_with_a_note(
    pairs_file, tiny_model, tmp_path, capsys
):
    model = _remote_code_copy(tiny_model, tmp_path)
    config = tmp_path / "training_config.json"
    config.write_text(
        json.dumps(
            {
                "data_file": str(pairs_file),
                "model": str(model),
                "output_dir": str(tmp_path / "out"),
                "trust_remote_code": True,
            }
        ),
        "utf-8",
    )
    status = cli_main(["train", "--config", str(config), "--threads", "1"])
    err = capsys.readouterr().err
    assert status == 2
    assert "Note: This file asked to run the model's own program code" in err
    assert "comes with its own program code" in _one_plain_line(err)
    assert not (tmp_path / "code-ran").exists()
    assert not (tmp_path / "out").exists()


def test_config_file_asking_to_overwrite_leaves_the_folder_alone(
    pairs_file, tiny_model, tmp_path, capsys
):
    out = tmp_path / "Documents"
    out.mkdir()
    notes = out / "notes.txt"
    notes.write_text("my notes", "utf-8")
    config = tmp_path / "training_config.json"
    config.write_text(
        json.dumps(
            {
                "data_file": str(pairs_file),
                "model": str(tiny_model),
                "output_dir": str(out),
                "overwrite": True,
                "resume": True,
                "max_steps": 1,
            }
        ),
        "utf-8",
    )
    status = cli_main(["train", "--config", str(config), "--threads", "1"])
    err = capsys.readouterr().err
    assert status == 2
    assert "replace the output folder" in err
    assert "continue an earlier run" in err
    assert notes.read_text("utf-8") == "my notes"
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_config_file_with_a_wrong_type_is_one_line(tmp_path, capsys):
    config = tmp_path / "training_config.json"
    config.write_text(json.dumps({"batch_size": [16], "data_file": "x.csv"}), "utf-8")
    assert cli_main(["train", "--config", str(config), "--out", str(tmp_path / "o")]) == 2
    assert "'batch_size'" in _one_plain_line(capsys.readouterr().err)


# -- broken models: one plain line ------------------------------------------------------------


@pytest.mark.parametrize("damage", ["no-tokenizer", "truncated", "pickle-only", "custom-module"])
def test_broken_models_exit_2_with_one_line(pairs_file, tiny_model, tmp_path, capsys, damage):
    model = tmp_path / damage
    shutil.copytree(tiny_model, model)
    if damage == "no-tokenizer":
        for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt"):
            (model / name).unlink(missing_ok=True)
    elif damage == "truncated":
        weights = model / "model.safetensors"
        weights.write_bytes(weights.read_bytes()[:1000])
    elif damage == "pickle-only":
        (model / "model.safetensors").rename(model / "pytorch_model.bin")
    else:
        modules = json.loads((model / "modules.json").read_text("utf-8"))
        modules[0]["type"] = "my_package.MyTransformer"
        (model / "modules.json").write_text(json.dumps(modules), "utf-8")
    argv = ["train", str(pairs_file), "--model", str(model), "--out", str(tmp_path / "o")]
    assert cli_main([*argv, "--threads", "1", "--max-steps", "1"]) == 2
    line = _one_plain_line(capsys.readouterr().err)
    assert model.name in line
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("command", ["inspect", "similarity", "evaluate"])
def test_other_commands_refuse_a_model_without_a_tokenizer(
    pairs_file, tiny_model, tmp_path, capsys, command
):
    model = tmp_path / "no-tokenizer"
    shutil.copytree(tiny_model, model)
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt"):
        (model / name).unlink(missing_ok=True)
    argv = {
        "inspect": ["inspect", str(pairs_file), "--model", str(model)],
        "similarity": ["similarity", "--model", str(model), "one sentence", "another one"],
        "evaluate": ["evaluate", str(pairs_file), "--model", str(model)],
    }[command]
    assert cli_main(argv) == 2
    assert "no tokenizer files" in _one_plain_line(capsys.readouterr().err)


# -- SIGTERM: finish the step, save, exit 143 ---------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM to a child is POSIX-only here")
def test_sigterm_saves_what_was_learned_and_exits_143(pairs_file, tiny_model, tmp_path):
    out = tmp_path / "stopped"
    process = subprocess.Popen(
        [
            sys.executable,
            "main.py",
            "train",
            str(pairs_file),
            "--model",
            str(tiny_model),
            "--out",
            str(out),
            "--max-steps",
            "100000",
            "--batch-size",
            "4",
            "--eval-fraction",
            "0",
            "--threads",
            "1",
            "--json-events",
        ],
        cwd=REPO,
        env=_env(tmp_path / "home"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    deadline = time.monotonic() + 120
    for line in process.stdout:
        lines.append(line)
        if json.loads(line)["type"] == "Progress" and json.loads(line)["step"] >= 3:
            process.send_signal(signal.SIGTERM)
            break
        assert time.monotonic() < deadline
    rest, err = process.communicate(timeout=120)
    assert process.returncode == 143, err
    assert "The system asked the app to close" in err
    assert "Traceback" not in err
    events = [json.loads(line) for line in ("".join(lines) + rest).splitlines() if line.strip()]
    assert events[-1]["type"] == "Finished"
    assert events[-1]["stopped_early"] is True
    summary = json.loads((out / "training_summary.json").read_text("utf-8"))
    assert summary["stopped_early"] is True
    assert 3 <= summary["steps"] < 100000
    assert (out / "model.safetensors").is_file()
