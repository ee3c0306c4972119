"""Screenshots of every page with real Sinhala, Russian and Korean data, in a real X window.

Runs ``python -m desktop_app.gui.screenshots`` under Xvfb (skipped where xvfb-run is missing)
and checks that every page was written and actually shows something.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = [pytest.mark.slow, pytest.mark.shared_data]

REPO = Path(__file__).resolve().parents[2]
PAGES = ["1-data", "2-model", "3-loss", "4-settings", "5-train", "6-result", "7-playground"]


def _distinct_colours(path: Path) -> int:
    image = QImage(str(path)).scaled(140, 90)
    return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_every_page_is_captured_for_sinhala_russian_and_korean(shared_data, tmp_path):
    datasets = {
        "sinhala": shared_data / "sinhala_sts" / "Sinhala-short-sentence-dataset.csv",
        "russian": shared_data / "stsb_multi_mt" / "stsb-ru-dev.csv",
        "korean": shared_data / "korsts" / "sts-dev.tsv",
    }
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # a real X window
    env["HF_HUB_OFFLINE"] = "1"
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m"]
    command += ["desktop_app.gui.screenshots", str(tmp_path)]
    command += [f"{name}={path}" for name, path in datasets.items()]
    result = subprocess.run(
        command,
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-1000:] + result.stderr[-8000:]
    for name in datasets:
        for page in PAGES:
            png = tmp_path / f"{name}-{page}.png"
            assert png.is_file(), f"{png.name} was not written"
            image = QImage(str(png))
            assert (image.width(), image.height()) == (1400, 900)
            assert _distinct_colours(png) > 20, f"{png.name} looks blank"
