"""The layering rules hold: the core and the CLI never import Qt, and stay light to import."""

from __future__ import annotations

import json
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app

REPO = Path(__file__).resolve().parent.parent


def _modules_under(package: str) -> list[str]:
    root = REPO / Path(*package.split("."))
    return [package] + [
        f"{package}.{info.name}"
        for info in pkgutil.walk_packages([str(root)])
        if not info.name.startswith("_")
    ]


def _imported_after(modules: list[str]) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_core_and_cli_never_import_qt():
    modules = _modules_under("desktop_app.core") + _modules_under("desktop_app.cli")
    loaded = _imported_after(modules)
    qt = sorted(m for m in loaded if m.startswith(("PySide6", "shiboken6", "desktop_app.gui")))
    assert qt == [], f"Qt imported by the core or CLI: {qt}"


def test_light_core_modules_do_not_import_the_ml_stack():
    light = [
        "desktop_app.core.errors",
        "desktop_app.core.paths",
        "desktop_app.core.data.reading",
        "desktop_app.core.data.detection",
        "desktop_app.core.data.validation",
        "desktop_app.core.catalog.losses",
        "desktop_app.core.catalog.models",
        "desktop_app.core.training.config",
        "desktop_app.core.training.events",
        "desktop_app.cli.main",
    ]
    loaded = _imported_after(light)
    heavy = sorted(
        m for m in loaded if m.split(".")[0] in {"torch", "sentence_transformers", "transformers"}
    )
    assert heavy == [], f"heavy modules imported on the light path: {heavy[:5]}"


def test_version_comes_from_pyproject():
    import tomllib

    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    assert desktop_app.__version__ == pyproject["project"]["version"]


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed")
def test_ruff_is_clean():
    result = subprocess.run(
        ["ruff", "check", "desktop_app", "tests", "benchmarks", "installer", "main.py"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_import_contracts_hold():
    result = subprocess.run(["lint-imports"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
