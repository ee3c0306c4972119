"""The training benchmarks run (on CPU, with their tiny --smoke settings)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_bench_gpu_smoke_compares_app_and_plain_script():
    done = subprocess.run(
        [sys.executable, "benchmarks/bench_gpu.py", "--smoke"],
        cwd=REPO,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(r"smoke: \d+M parameters", done.stdout)
    assert "app run 1: device cpu, precision fp32" in done.stdout
    assert re.search(
        r"median: plain [\d.]+ samples/s, app [\d.]+ samples/s, ratio [\d.]+x", done.stdout
    )
