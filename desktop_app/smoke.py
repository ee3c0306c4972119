"""Headless smoke test of an installed (or source) EmbedTune: does the whole app work here?

Run as ``EmbedTune --smoke-test`` (or with ``EMBEDTUNE_SMOKE_TEST=1``), by the installers'
CI on the frozen app and by ``tests/test_smoke.py`` from the source tree. It checks, in this
order, with one report line per step:

1. ``resources``: the bundled fonts, icons, samples and licence list are present.
2. ``window``: the main window opens (offscreen) and paints; prints the time from process
   start to the first paint.
3. ``model``: the bundled offline model loads with no network.
4. ``similarity``: a similarity matrix of Sinhala, Russian and Korean sentences is sane.
5. ``heatmap``: matplotlib draws that matrix with the bundled fonts into a PNG.
6. ``training``: two training steps on a bundled sample file finish and save a model.
7. ``saved-model``: the saved model loads and encodes.
8. ``about``: the About dialog shows the third-party licences.

The smoke test leaves ``HF_HUB_OFFLINE`` as it finds it: unset is what a user's computer has
(and the default case CI must test), ``HF_HUB_OFFLINE=1`` the strict offline case. Either
way every step must work without the internet, so the test watches the process's network
attempts (a ``sys.addaudithook`` on ``socket.getaddrinfo``/``socket.connect``) and a step
that tries to reach a host fails: on a computer with no network such a call can hang for
a minute of retries before the app goes on. The report's last line says which variant ran.

Nothing is written to the user's own data folders or settings: everything goes to a
temporary folder that is removed afterwards. The exit status is 0 when every step passed,
1 otherwise (with a plain message naming the step). A windowed app on Windows has no
console; set ``EMBEDTUNE_SMOKE_REPORT=FILE`` to also get the report in a file.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

#: The model that ships with the app (works offline).
BUNDLED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
#: The sample file the training step uses.
TRAINING_SAMPLE = "english_faq_pairs.csv"
#: Every step, in the order it runs.
ALL_STEPS = (
    "resources",
    "window",
    "model",
    "similarity",
    "heatmap",
    "training",
    "saved-model",
    "about",
)
#: Sentences the similarity step embeds: a related pair in each of three scripts.
SMOKE_SENTENCES = (
    "ආයුබෝවන්, ඔබට කොහොමද?",
    "මම ගෙදර යනවා.",
    "Как изменить пароль?",
    "Как сменить пароль от аккаунта?",
    "비밀번호를 어떻게 바꾸나요?",
    "배송비는 얼마인가요?",
)
#: Longest time the window may take to paint before the step fails.
WINDOW_TIMEOUT_S = 20.0


class SmokeFailure(Exception):
    """A step found something wrong; the message says what in plain words."""


class NetworkWatch:
    """Records the hosts the process tries to reach, through Python's audit hooks.

    Audit hooks cannot be removed, so the hook stays installed and only records while
    :attr:`active` is set (between :meth:`start` and :meth:`stop`).
    """

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self.active = False
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active:
            return
        if event == "socket.getaddrinfo":
            self.attempts.append(f"look up {args[0]}")
        elif event == "socket.connect" and len(args) > 1:
            address = args[1]
            if isinstance(address, tuple):  # IP sockets; Unix sockets (X11, D-Bus) are local
                self.attempts.append(f"connect {address[0]}:{address[1]}")

    def take(self) -> list[str]:
        """Return and forget the attempts recorded so far."""
        attempts, self.attempts = self.attempts, []
        return attempts


def process_start_time() -> float:
    """Return when this process started (epoch seconds), as exactly as the OS tells.

    On Linux the start is read from ``/proc/self/stat`` in clock ticks since boot and set
    against ``CLOCK_BOOTTIME`` (10 ms resolution). psutil's ``create_time`` adds the boot
    time, which Linux gives in whole seconds, so it can be up to a second off there; it is
    used on the other systems.
    """
    try:
        if sys.platform.startswith("linux"):
            stat = Path("/proc/self/stat").read_text()
            start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
            age = time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
            return time.time() - age
        import psutil

        return float(psutil.Process().create_time())
    except Exception:  # not readable here: fall back to now
        return time.time()


@dataclass
class SmokeContext:
    """What the steps share: the temp folder, the Qt objects and the loaded model."""

    work_dir: Path
    out: list[TextIO]
    process_start: float
    app: Any = None
    window: Any = None
    model: Any = None
    matrix: Any = None
    trained_dir: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)
    network: NetworkWatch | None = None

    def say(self, line: str) -> None:
        """Write one report line to every output."""
        for stream in self.out:
            stream.write(line + "\n")
            stream.flush()


def _resources_dir() -> Path:
    from desktop_app.core import paths

    return paths.resources_dir()


def step_resources(ctx: SmokeContext) -> str:
    """Check the files the app ships beside its code."""
    resources = _resources_dir()
    needed = [
        resources / "THIRD_PARTY.md",
        resources / "icons" / "app.png",
        resources / "samples" / TRAINING_SAMPLE,
        resources / "fonts" / "NotoSansSinhala-Regular.ttf",
        resources / "fonts" / "NotoSansKR-Subset-Regular.otf",
    ]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise SmokeFailure("bundled files are missing: " + ", ".join(missing))
    from desktop_app import __version__

    if __version__ == "0.0.0":
        raise SmokeFailure("the app version could not be read (pyproject.toml not bundled?)")
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    return f"version {__version__} ({frozen}), resources in {resources}"


def _qt_application(ctx: SmokeContext) -> Any:
    """Create (once) the QApplication with the app's names, offscreen."""
    if ctx.app is not None:
        return ctx.app
    # The smoke test drives the GUI like app.py does; Qt stays out of core/ and cli/.
    from PySide6.QtCore import QSettings  # noqa: TID251
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from desktop_app import APP_NAME, ORGANIZATION

    # Settings go to the temp folder, never the user's own.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ctx.work_dir / "settings")
    )
    try:  # the app's own set-up: names, bundled fonts, icon
        from desktop_app.gui.application import create_application
    except ImportError:
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APP_NAME)
    else:
        app = create_application([])
    ctx.app = app
    return app


def step_window(ctx: SmokeContext) -> str:
    """Open the main window offscreen and wait until it has painted."""
    app = _qt_application(ctx)
    from PySide6.QtCore import QEvent, QObject  # noqa: TID251

    from desktop_app.gui.main_window import MainWindow

    painted: list[float] = []

    class _PaintWatcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    window = MainWindow()
    watcher = _PaintWatcher()
    window.installEventFilter(watcher)
    window.show()
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while not painted and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    window.removeEventFilter(watcher)
    if not painted:
        raise SmokeFailure(f"the main window did not paint within {WINDOW_TIMEOUT_S:.0f} s")
    if not window.isVisible():
        raise SmokeFailure("the main window is not visible after show()")
    ctx.window = window
    first_paint = painted[0] - ctx.process_start
    ctx.timings["first_paint_s"] = first_paint
    return f"{type(window).__name__} painted {first_paint:.2f} s after the process started"


def step_model(ctx: SmokeContext) -> str:
    """Warm up the engine as the window does after it shows, then load the bundled model.

    Both run under the network watch: neither may reach for the internet.
    """
    from desktop_app.core.catalog import models

    try:
        from desktop_app.core.training.runner import warm_up_engine
    except ImportError:  # an older tree without the warm-up
        device = "not checked"
    else:
        device = warm_up_engine()

    if not models.is_on_this_computer(BUNDLED_MODEL):
        raise SmokeFailure(f"the bundled model {BUNDLED_MODEL} is not in this installation")
    start = time.perf_counter()
    ctx.model = models.load_model(BUNDLED_MODEL, device="cpu", download=False)
    ctx.timings["model_load_s"] = time.perf_counter() - start
    dims = _dimension(ctx.model)
    return (
        f"engine ready ({device}); {BUNDLED_MODEL} loaded in "
        f"{ctx.timings['model_load_s']:.1f} s ({dims} dimensions)"
    )


def _dimension(model: Any) -> int:
    """Return a model's embedding size (the method was renamed in sentence-transformers 6)."""
    getter = getattr(model, "get_embedding_dimension", None)
    if getter is None:
        getter = model.get_sentence_embedding_dimension
    return int(getter())


def _need_model(ctx: SmokeContext) -> Any:
    if ctx.model is None:
        step_model(ctx)
    return ctx.model


def step_similarity(ctx: SmokeContext) -> str:
    """Compute a similarity matrix of Sinhala, Russian and Korean sentences and check it."""
    import numpy as np

    from desktop_app.core.similarity import similarity_matrix

    matrix = np.asarray(similarity_matrix(_need_model(ctx), list(SMOKE_SENTENCES)))
    n = len(SMOKE_SENTENCES)
    if matrix.shape != (n, n):
        raise SmokeFailure(f"the similarity matrix has shape {matrix.shape}, not {(n, n)}")
    if not np.all(np.isfinite(matrix)):
        raise SmokeFailure("the similarity matrix holds values that are not numbers")
    if not np.allclose(np.diag(matrix), 1.0, atol=1e-3):
        raise SmokeFailure("a sentence is not fully similar to itself")
    if not np.allclose(matrix, matrix.T, atol=1e-4):
        raise SmokeFailure("the similarity matrix is not symmetric")
    ctx.matrix = matrix
    russian_pair = float(matrix[2, 3])
    return f"{n}x{n} matrix (si, ru, ko); Russian password pair scores {russian_pair:.2f}"


def step_heatmap(ctx: SmokeContext) -> str:
    """Draw the matrix as a heatmap PNG with the bundled fonts."""
    if ctx.matrix is None:
        step_similarity(ctx)
    from desktop_app.core.plotting.heatmap import heatmap_figure

    figure = heatmap_figure(ctx.matrix, list(SMOKE_SENTENCES), title="Smoke test")
    out = ctx.work_dir / "heatmap.png"
    figure.savefig(out, dpi=60)
    if not out.is_file() or out.stat().st_size < 1000:
        raise SmokeFailure("the heatmap image was not written")
    return f"heatmap written ({out.stat().st_size // 1024} KB)"


def step_training(ctx: SmokeContext) -> str:
    """Train two steps on a bundled sample file into the temp folder."""
    from desktop_app.core.training.config import TrainingConfig
    from desktop_app.core.training.runner import run_training

    data = _resources_dir() / "samples" / TRAINING_SAMPLE
    out_dir = ctx.work_dir / "trained-model"
    config = TrainingConfig(
        data_file=str(data),
        model=BUNDLED_MODEL,
        epochs=1,
        batch_size=8,
        max_seq_length=32,
        max_steps=2,
        eval_fraction=0.2,
        seed=1,
        output_dir=str(out_dir),
        overwrite=True,
    )
    events: list[Any] = []
    start = time.perf_counter()
    run_training(config, events.append, threading.Event())
    ctx.timings["training_s"] = time.perf_counter() - start
    kinds = [type(event).__name__ for event in events]
    if "Finished" not in kinds:
        raise SmokeFailure(f"training ended without a Finished event (saw {sorted(set(kinds))})")
    if not (out_dir / "training_summary.json").is_file():
        raise SmokeFailure(f"training did not write {out_dir / 'training_summary.json'}")
    ctx.trained_dir = out_dir
    losses = [getattr(e, "loss", None) for e in events if type(e).__name__ == "LossLogged"]
    loss_text = f", last loss {losses[-1]:.3f}" if losses and losses[-1] is not None else ""
    return f"2 steps on {TRAINING_SAMPLE} in {ctx.timings['training_s']:.1f} s{loss_text}"


def step_saved_model(ctx: SmokeContext) -> str:
    """Load the model the training step saved and encode with it."""
    if ctx.trained_dir is None:
        raise SmokeFailure("there is no trained model to load (the training step did not run)")
    from desktop_app.core.catalog import models

    model = models.load_model(str(ctx.trained_dir), device="cpu", download=False)
    vector = model.encode(["비밀번호를 잊어버렸어요."])
    if vector.shape[-1] != _dimension(_need_model(ctx)):
        raise SmokeFailure("the saved model gives embeddings of the wrong size")
    files = sorted(p.name for p in ctx.trained_dir.iterdir())
    return f"saved model loads and encodes ({len(files)} files, e.g. {', '.join(files[:4])})"


def step_about(ctx: SmokeContext) -> str:
    """Open the About dialog and check it lists the licences."""
    _qt_application(ctx)
    from desktop_app.gui.about import AboutDialog

    dialog = AboutDialog(ctx.window)
    text = dialog.licences.toPlainText()
    dialog.deleteLater()
    for needle in ("LGPL", "OFL", "Apache-2.0"):
        if needle not in text:
            raise SmokeFailure(f"the About dialog's licence list does not mention {needle}")
    return "About dialog lists the third-party licences"


STEP_FUNCTIONS: dict[str, Callable[[SmokeContext], str]] = {
    "resources": step_resources,
    "window": step_window,
    "model": step_model,
    "similarity": step_similarity,
    "heatmap": step_heatmap,
    "training": step_training,
    "saved-model": step_saved_model,
    "about": step_about,
}


def _prepare_environment(work_dir: Path) -> dict[str, str | None]:
    """Set headless, offline, isolated environment variables; return the old values."""
    # HF_HUB_OFFLINE and TRANSFORMERS_OFFLINE are left as the caller set them (see above).
    wanted = {
        "QT_QPA_PLATFORM": "offscreen",
        "MPLBACKEND": "Agg",
        "TOKENIZERS_PARALLELISM": "false",
        "EMBEDTUNE_HOME": str(work_dir / "home"),
        "MPLCONFIGDIR": str(work_dir / "matplotlib"),
    }
    old = {key: os.environ.get(key) for key in wanted}
    os.environ.update(wanted)
    return old


def _restore_environment(old: dict[str, str | None]) -> None:
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def parse_steps(spec: str | None) -> list[str]:
    """Turn ``"window,model"`` (or None/"all") into a list of known step names.

    Raises:
        ValueError: A step name is unknown.
    """
    if not spec or spec == "all":
        return list(ALL_STEPS)
    steps = [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [s for s in steps if s not in STEP_FUNCTIONS]
    if unknown:
        raise ValueError(f"unknown smoke-test step(s): {', '.join(unknown)}")
    return steps


def run_smoke_test(steps: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the smoke test and print one line per step.

    Args:
        steps: Step names to run (see :data:`ALL_STEPS`); all when None.
        out: Where to print; ``sys.stdout`` when None (skipped when a windowed app has none).

    Returns:
        0 when every step passed, 1 when one failed (the run stops there).
    """
    process_start = process_start_time()
    streams: list[TextIO] = []
    target = out if out is not None else sys.stdout
    if target is not None:
        streams.append(target)
    report_path = os.environ.get("EMBEDTUNE_SMOKE_REPORT")
    report_file = open(report_path, "w", encoding="utf-8") if report_path else None  # noqa: SIM115
    if report_file is not None:
        streams.append(report_file)
    work_dir = Path(tempfile.mkdtemp(prefix="embedtune-smoke-"))
    old_env = _prepare_environment(work_dir)
    ctx = SmokeContext(work_dir=work_dir, out=streams, process_start=process_start)
    ctx.network = NetworkWatch()
    offline = os.environ.get("HF_HUB_OFFLINE", "")
    variant = f"HF_HUB_OFFLINE={offline}" if offline else "HF_HUB_OFFLINE unset"
    status = 0
    try:
        selected = list(steps) if steps else list(ALL_STEPS)
        ctx.say(f"EmbedTune smoke test: {len(selected)} steps, {variant}, temp folder {work_dir}")
        for name in selected:
            start = time.perf_counter()
            ctx.network.active = True
            try:
                detail = STEP_FUNCTIONS[name](ctx)
                attempts = ctx.network.take()
                if attempts:
                    shown = ", ".join(sorted(set(attempts))[:5])
                    raise SmokeFailure(
                        f"the step tried to use the network ({shown}); everything the smoke "
                        "test does must work offline"
                    )
            except SmokeFailure as exc:
                ctx.say(f"FAIL {name}: {exc}")
                status = 1
                break
            except Exception as exc:
                ctx.say(f"FAIL {name}: {type(exc).__name__}: {exc}")
                for line in traceback.format_exc().rstrip().splitlines():
                    ctx.say(f"     {line}")
                status = 1
                break
            ctx.say(f"ok   {name} ({time.perf_counter() - start:.1f} s): {detail}")
        total = time.time() - process_start
        verdict = "passed" if status == 0 else "FAILED"
        ctx.say(
            f"smoke test {verdict} in {total:.1f} s ({variant}, no network attempts)"
            if status == 0
            else f"smoke test {verdict} in {total:.1f} s ({variant})"
        )
    finally:
        ctx.network.active = False
        if ctx.window is not None:
            ctx.window.close()
        _restore_environment(old_env)
        shutil.rmtree(work_dir, ignore_errors=True)
        if report_file is not None:
            report_file.close()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Entry for ``python -m desktop_app.smoke [STEPS]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        steps = parse_steps(args[0] if args else None)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    return run_smoke_test(steps)


if __name__ == "__main__":
    sys.exit(main())
