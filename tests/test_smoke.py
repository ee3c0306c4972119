"""The headless smoke test, the About dialog, and where the app keeps its data.

``test_smoke_test_passes_from_the_source_tree`` runs ``python main.py --smoke-test`` in a
subprocess exactly as CI runs the frozen app: a real window offscreen, the real offline
model, real training steps on a bundled sample, with ``HF_HUB_OFFLINE`` UNSET as on a user's
computer (the smoke test fails any step that tries to reach the network). The strict
offline variant (``HF_HUB_OFFLINE=1``) runs the model and training steps. About a minute here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QTimer  # noqa: TID251
from PySide6.QtWidgets import QApplication  # noqa: TID251

from desktop_app import APP_NAME, ORGANIZATION, __version__, smoke
from desktop_app.core import paths
from desktop_app.smoke import ALL_STEPS, parse_steps

ROOT = Path(__file__).resolve().parent.parent


def _snapshot(folder: Path) -> set[Path]:
    """Every file under ``folder`` except Python's byte-code caches."""
    return {p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


@pytest.mark.slow
def test_smoke_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    before = _snapshot(ROOT / "resources") | _snapshot(ROOT / "desktop_app")
    report = tmp_path / "report.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EMBEDTUNE_SMOKE_REPORT=str(report))
    for name in ("EMBEDTUNE_SMOKE_TEST", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        env.pop(name, None)  # the default case: what a user's computer has
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, result.stdout + result.stderr
    lines = report.read_text("utf-8").splitlines()
    assert lines == [line for line in result.stdout.splitlines() if line in lines]
    passed = [line.split()[1] for line in lines if line.startswith("ok ")]
    assert passed == list(ALL_STEPS)
    assert lines[-1].startswith("smoke test passed")
    assert lines[-1].endswith("(HF_HUB_OFFLINE unset, no network attempts)")
    assert "MainWindow painted" in result.stdout
    assert elapsed < 240
    # Nothing was written inside the "installation" (the source tree here).
    after = _snapshot(ROOT / "resources") | _snapshot(ROOT / "desktop_app")
    assert after - before == set()


@pytest.mark.slow
def test_smoke_test_passes_strictly_offline(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HF_HUB_OFFLINE="1")
    env.pop("EMBEDTUNE_SMOKE_TEST", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke-test=model,training,saved-model"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.endswith("(HF_HUB_OFFLINE=1, no network attempts)")


def test_a_step_that_reaches_for_the_network_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The network watch is real: a step that looks up a host fails the smoke test."""
    import contextlib
    import io
    import socket

    def step_that_looks_up_a_host(ctx: smoke.SmokeContext) -> str:
        with contextlib.suppress(OSError):  # no network here; the attempt is what counts
            socket.getaddrinfo("localhost", 443)  # /etc/hosts: no DNS wait
        return "looked up a host"

    monkeypatch.setitem(smoke.STEP_FUNCTIONS, "resources", step_that_looks_up_a_host)
    out = io.StringIO()
    assert smoke.run_smoke_test(["resources"], out=out) == 1
    text = out.getvalue()
    assert "FAIL resources: the step tried to use the network (look up localhost)" in text
    assert "smoke test FAILED" in text


def test_smoke_test_reports_a_failing_step_with_exit_status_1(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        EMBEDTUNE_SMOKE_TEST="resources,saved-model",  # saved-model without training fails
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "ok   resources" in result.stdout
    assert "FAIL saved-model: there is no trained model" in result.stdout
    assert "Traceback" not in result.stdout


def test_startup_trace_records_the_stages_up_to_the_first_paint(tmp_path: Path) -> None:
    """EMBEDTUNE_STARTUP_TRACE: the app's own start-up timeline (benchmarks/bench_startup.py)."""
    trace = tmp_path / "trace.tsv"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        EMBEDTUNE_STARTUP_TRACE=str(trace),
        EMBEDTUNE_HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    env.pop("EMBEDTUNE_SMOKE_TEST", None)
    start = time.time()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py")],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not trace.is_file() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert trace.is_file(), err.decode("utf-8", "replace")[-2000:]
    stages = [line.split("\t") for line in trace.read_text("utf-8").splitlines()]
    names = [name for name, _seconds in stages]
    assert names == [
        "GUI code imported",
        "QApplication made",
        "main window built",
        "show() returned",
        "first paint",
    ]
    seconds = [float(value) for _name, value in stages]
    assert seconds == sorted(seconds)
    # Counted from the process's creation: positive, and no later than what we saw from outside.
    assert seconds[0] > 0
    assert seconds[-1] < time.time() - start + 0.05


def test_unknown_smoke_step_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke-test=resources,bogus"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "unknown smoke-test step(s): bogus" in result.stderr
    assert parse_steps(None) == list(ALL_STEPS)
    assert parse_steps("window, model") == ["window", "model"]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's note on dialogs
def test_about_dialog_shows_version_licences_and_data_folders(qtbot) -> None:
    from desktop_app.gui.about import AboutDialog, show_about

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    title = dialog.findChild(type(dialog.folder_labels["App data"]), "aboutTitle")
    assert __version__ in title.text()
    assert APP_NAME in dialog.windowTitle()
    licences = dialog.licences.toPlainText()
    for needle in ("LGPL-3.0", "OFL-1.1", "all-MiniLM-L6-v2", "BSD-3-Clause", "PSF"):
        assert needle in licences
    assert dialog.folder_labels["Trained models"].text() == str(paths.trained_models_dir())
    assert dialog.folder_labels["App data"].text() == str(paths.app_data_dir())

    closed: list[bool] = []

    def close_modal() -> None:
        modal = QApplication.activeModalWidget()
        closed.append(modal is not None)
        if modal is not None:
            modal.accept()

    QTimer.singleShot(100, close_modal)
    show_about(None)  # returns once the modal dialog is closed
    assert closed == [True]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_qt_app_data_location_agrees_with_paths_and_is_outside_the_install(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("EMBEDTUNE_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    old_names = (qapp.organizationName(), qapp.applicationName())
    qapp.setOrganizationName(ORGANIZATION)
    qapp.setApplicationName(APP_NAME)
    try:
        qt_location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation
        )
    finally:
        qapp.setOrganizationName(old_names[0])
        qapp.setApplicationName(old_names[1])
    assert Path(qt_location) == paths.app_data_dir()
    assert paths.app_data_dir() == tmp_path / "xdg-data" / ORGANIZATION / APP_NAME
    for folder in (paths.models_dir(), paths.trained_models_dir(), paths.logs_dir()):
        assert folder.is_relative_to(paths.app_data_dir())
        assert not folder.is_relative_to(ROOT)
        assert not folder.is_relative_to(paths.resources_dir())
