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


def test_bench_moments_rules_choose_the_moments_they_say():
    """The rules the moments benchmark compares (docs/benchmarks/moments.md rests on them):
    the end, the highest held-out figure, the end unless the highest is clearly better, the
    smoothed highest, and the best on the test rows."""
    import numpy as np

    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import bench_moments
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    from desktop_app.core.evaluation import RowMeasures

    rng = np.random.default_rng(0)
    targets = list(np.linspace(0, 1, 200))

    def held(noise: float) -> RowMeasures:
        outcome = [t + float(rng.normal(0, noise)) for t in targets]
        return RowMeasures("scored-pairs", [""] * 200, [""] * 200, outcome, targets, outcome, 0.0)

    def moments(*spec):  # (held rows, test value) per moment
        return [
            {
                "step": 10 * (i + 1),
                "held": rows,
                "held_value": bench_moments._value(rows),
                "test_value": test,
            }
            for i, (rows, test) in enumerate(spec)
        ]

    # a lucky peak a hair above its neighbours and the end: the end stays under "clearly"
    a, b = held(0.30), held(0.29)
    run = moments((held(0.6), 0.50), (a, 0.52), (b, 0.55), (held(0.31), 0.53))
    chosen = bench_moments.choose(run)
    values = [m["held_value"] for m in run]
    assert chosen["end"] == 3
    assert chosen["highest"] == max(range(4), key=lambda i: values[i])
    assert chosen["clearly"] == 3
    assert chosen["oracle"] == 2
    # a run that lost what it knew at the end: the earlier moment is clearly better
    run = moments((held(0.1), 0.60), (held(0.1), 0.61), (held(3.0), 0.20))
    chosen = bench_moments.choose(run)
    assert chosen["clearly"] == chosen["highest"] in (0, 1)
    assert chosen["end"] == 2
    assert chosen["smoothed"] in (0, 1)
