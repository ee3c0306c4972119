"""``main.py train`` as a user runs it: a real subprocess, the real offline MiniLM, a few steps."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MODEL = "sentence-transformers/all-MiniLM-L6-v2"
FAST = ["--max-seq-length", "32", "--batch-size", "8", "--threads", "1"]

QUESTIONS = [
    ("How do I reset my password?", "Open settings and choose 'reset password'."),
    ("When does the shop open?", "We open at nine every weekday."),
    ("Can I pay by card?", "Yes, all major cards are accepted."),
    ("Where is my parcel?", "Track it with the number in your e-mail."),
    ("How do I cancel my order?", "Orders can be cancelled within one hour."),
    ("Do you ship abroad?", "We ship to most countries in Europe."),
    ("Is there a student discount?", "Students get ten percent off with an ID."),
    ("How long is the warranty?", "Every device has a two-year warranty."),
    ("Can I change my address?", "Change it under account, addresses."),
    ("What is the return policy?", "Returns are free within thirty days."),
]


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "EMBEDTUNE_HOME": str(home),
        "HF_HUB_OFFLINE": "1",
        "PYTHONIOENCODING": "utf-8",
    }


def _write(path: Path, header: list[str], rows: list[tuple]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def faq_file(tmp_path: Path) -> Path:
    rows = [(q, a) for q, a in QUESTIONS] + [(q.lower(), a) for q, a in QUESTIONS]
    rows += [(f"Please tell me: {q}", a) for q, a in QUESTIONS]
    return _write(tmp_path / "faq.csv", ["question", "answer"], rows)


def _train(args: list[str], home: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", "train", *args],
        cwd=REPO,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_json_events_are_one_object_per_line_and_the_model_is_saved(faq_file, tmp_path):
    out = tmp_path / "model"
    result = _train(
        [
            str(faq_file),
            "--model",
            MODEL,
            "--out",
            str(out),
            "--max-steps",
            "3",
            *FAST,
            "--json-events",
        ],
        tmp_path / "home",
    )
    assert result.returncode == 0, result.stderr
    events = _events(result.stdout)  # every stdout line parses as JSON
    types = [e["type"] for e in events]
    for expected in ("StageChanged", "Progress", "LossLogged", "Evaluated", "Finished"):
        assert expected in types
    assert [e["step"] for e in events if e["type"] == "LossLogged"] == [1, 2, 3]
    finished = events[-1]
    assert finished["type"] == "Finished"
    assert finished["stopped_early"] is False
    assert finished["summary"]["loss"] == "MultipleNegativesRankingLoss"
    # measured before, during (to keep an earlier moment if clearly better) and after training
    assert {e["phase"] for e in events if e["type"] == "Evaluated"} == {"before", "during", "after"}
    assert (out / "model.safetensors").is_file()
    assert (out / "training_config.json").is_file()


def test_the_saved_config_reproduces_the_run(faq_file, tmp_path):
    home = tmp_path / "home"
    first, second = tmp_path / "first", tmp_path / "second"
    args = [str(faq_file), "--model", MODEL, "--out", str(first), "--max-steps", "2", *FAST]
    assert _train([*args, "--loss", "mnrl", "--json-events"], home).returncode == 0
    result = _train(
        ["--config", str(first / "training_config.json"), "--out", str(second), "--threads", "1"],
        home,
    )
    assert result.returncode == 0, result.stderr
    assert "Model saved in" in result.stdout
    last = result.stdout.strip().splitlines()[-1]  # the verdict, as the Result page says it
    assert last.startswith("Verdict: ")
    a = json.loads((first / "training_summary.json").read_text("utf-8"))
    b = json.loads((second / "training_summary.json").read_text("utf-8"))
    assert {**a["config"], "output_dir": ""} == {**b["config"], "output_dir": ""}
    assert [p["loss"] for p in a["loss_history"]] == pytest.approx(
        [p["loss"] for p in b["loss_history"]], rel=1e-4
    )


def test_a_loss_that_does_not_fit_exits_2_with_one_plain_line(faq_file, tmp_path):
    result = _train(
        [str(faq_file), "--model", MODEL, "--out", str(tmp_path / "o"), "--loss", "CoSENTLoss"],
        tmp_path / "home",
    )
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1
    assert "CoSENTLoss needs a similarity score for each pair; your data has none." in errors[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


def test_an_unknown_loss_name_and_an_existing_output_exit_2(faq_file, tmp_path):
    home = tmp_path / "home"
    unknown = _train([str(faq_file), "--out", str(tmp_path / "o"), "--loss", "nope"], home)
    assert unknown.returncode == 2
    assert "There is no loss called 'nope'" in unknown.stderr
    existing = tmp_path / "exists"
    existing.mkdir()
    (existing / "keep.txt").write_text("x")
    refused = _train([str(faq_file), "--out", str(existing)], home)
    assert refused.returncode == 2
    assert "already exists" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX-only here")
def test_ctrl_c_stops_after_the_step_saves_and_exits_130(faq_file, tmp_path):
    out = tmp_path / "stopped"
    process = subprocess.Popen(
        [
            sys.executable,
            "main.py",
            "train",
            str(faq_file),
            "--model",
            MODEL,
            "--out",
            str(out),
            "--max-steps",
            "500",
            "--eval-fraction",
            "0",
            *FAST,
            "--json-events",
        ],
        cwd=REPO,
        env=_env(tmp_path / "home"),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines = []
    deadline = time.monotonic() + 120
    for line in process.stdout:
        lines.append(line)
        if json.loads(line)["type"] == "Progress":
            process.send_signal(signal.SIGINT)
            break
        assert time.monotonic() < deadline
    rest, _ = process.communicate(timeout=120)
    events = _events("".join(lines) + rest)
    assert process.returncode == 130
    finished = events[-1]
    assert finished["type"] == "Finished"
    assert finished["stopped_early"] is True
    assert finished["summary"]["steps"] < 500
    assert (out / "model.safetensors").is_file()
