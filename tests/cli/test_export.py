"""``main.py export``: the plain errors, and a real export with its report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from tests.helpers.tiny_model import build_tiny_model

TEXTS = ["the printer does not print", "restart the printer", "the router is slow", "reset it"]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny"), TEXTS * 3)


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


def test_a_missing_model_exits_2_with_one_line(tmp_path, capsys):
    code = main(["export", "--model", str(tmp_path / "none"), "--format", "onnx",
                 "--out", str(tmp_path / "out")])  # fmt: skip
    assert code == 2
    assert _one_error_line(capsys).startswith("Error: There is no model folder at")
    assert not (tmp_path / "out").exists()


def test_an_unknown_format_exits_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["export", "--model", str(tmp_path), "--format", "tflite", "--out", str(tmp_path)])
    assert caught.value.code == 2
    assert "invalid choice: 'tflite'" in _one_error_line(capsys)


def test_an_existing_folder_is_refused_even_with_overwrite(tiny_model, tmp_path, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "keep.txt").write_text("mine", "utf-8")
    code = main(["export", "--model", str(tiny_model), "--format", "onnx", "--out", str(out),
                 "--overwrite"])  # fmt: skip
    assert code == 2
    assert "was not written by an export of this app" in _one_error_line(capsys)
    assert (out / "keep.txt").read_text("utf-8") == "mine"


def test_export_prints_agreement_and_speed_and_replaces_its_own_export(
    tiny_model, tmp_path, capsys
):
    texts = tmp_path / "texts.txt"
    texts.write_text("\n".join(TEXTS) + "\n", "utf-8")
    out = tmp_path / "exported"
    args = ["export", "--model", str(tiny_model), "--format", "onnx", "--out", str(out),
            "--texts", str(texts), "--timing-texts", "8", "--repeats", "1"]  # fmt: skip
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "mean cosine" in printed
    assert "x." in printed  # the speed-up figure
    report = json.loads((out / "export_report.json").read_text("utf-8"))
    assert report["texts_checked"] == len(TEXTS)
    assert report["speedup"] > 0

    assert main(args) == 2  # an export is there now
    assert "already holds an export" in _one_error_line(capsys)
    assert main([*args, "--overwrite"]) == 0
