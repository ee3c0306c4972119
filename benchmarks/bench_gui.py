"""How the desktop app behaves while it trains: GUI stalls, launch time, training throughput.

    python benchmarks/bench_gui.py [--rows 800] [--max-steps N] [--threads N] [--launches 5]
        [--variants app,same-priority,leave-one] [--repeats 3]

Three measurements (results are recorded in docs/benchmarks/gui.md):

1. **Launch to first paint.** ``python main.py`` is started as a subprocess ``--launches``
   times with a small wrapper that records the wall-clock time of the main window's first
   Paint event and closes the window; the time is counted from just before the process is
   spawned (interpreter start-up included). Target: under 1 s.
2. **GUI-thread stalls during a real training.** The Train page (real TrainingController,
   real run_training, live plot) trains the offline all-MiniLM-L6-v2 with CoSENTLoss on the
   first ``--rows`` rows of KorSTS train (from ../shared/data) for one epoch (or
   ``--max-steps``). A 10 ms heartbeat QTimer records the gaps between its ticks; the report
   gives p50/p99/max of the gap for the whole run and for the training steps only.
   Targets: p99 < 50 ms, max < 250 ms.
3. **Throughput in the GUI vs ``main.py train``** on the same data and settings
   (``train_samples_per_s`` from each run's training_summary.json). Target: >= 0.95x.
   ``--variants`` compares the trade-off between throughput and GUI stalls: the app's
   default (every core, training thread at a lower priority), every core at the same
   priority, and the former default (all cores but one).

Runs offscreen (``QT_QPA_PLATFORM=offscreen``) unless a display is set.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED_DATA = Path(os.environ.get("EMBEDTUNE_SHARED_DATA", REPO.parent / "shared" / "data"))
BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

#: Runs ``main.py`` as ``python main.py`` would, printing the time of the first paint.
_LAUNCH_WRAPPER = r"""
import runpy, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow
import desktop_app.gui.application as application

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.done = True
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, obj.close)
        return False

_create = application.create_application
def create_application(argv):
    app = _create(argv)
    app._first_paint = FirstPaint()
    app.installEventFilter(app._first_paint)
    return app
application.create_application = create_application
sys.argv = ["main.py"]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit:
    pass
"""


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (0..100) by linear interpolation."""
    data = sorted(values)
    if not data:
        return float("nan")
    k = (len(data) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


def load_average() -> str:
    """The machine's 1/5/15-minute load (the CPU is shared; it colours every number)."""
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


# -- 1. launch ------------------------------------------------------------------------------
def bench_launch(launches: int, home: Path) -> list[float]:
    """Spawn ``python main.py`` and return seconds from spawn to the first painted window."""
    env = {**os.environ, "EMBEDTUNE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.setdefault("HF_HUB_OFFLINE", "1")
    times = []
    for _ in range(launches):
        start = time.time()
        proc = subprocess.run(
            [sys.executable, "-c", _LAUNCH_WRAPPER],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        painted = [ln for ln in proc.stdout.splitlines() if ln.startswith("FIRST_PAINT ")]
        if not painted:
            raise RuntimeError(f"the window never painted:\n{proc.stdout}\n{proc.stderr}")
        times.append(float(painted[0].split()[1]) - start)
    return times


# -- 2 + 3. training ------------------------------------------------------------------------
def write_korsts(rows: int, target: Path) -> Path:
    """The first ``rows`` rows of KorSTS train as a CSV with sentence1, sentence2, score."""
    source = SHARED_DATA / "korsts" / "sts-train.tsv"
    lines = source.read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    cols = [header.index(c) for c in ("sentence1", "sentence2", "score")]
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sentence1", "sentence2", "score"])
        for line in lines[1 : rows + 1]:
            cells = line.split("\t")
            writer.writerow([cells[i] for i in cols])
    return target


def bench_gui_training(config, threads: int | None, lower_priority: bool = True) -> dict:
    """Train in the Train page with a 10 ms heartbeat running; return gaps and the summary.

    ``threads`` None is the app's default (every core); ``lower_priority`` is the app's
    default too (the training thread runs at a lower priority than the GUI thread).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.wizard.state import WizardState
    from desktop_app.gui.wizard.train_page import TrainPage

    app = QApplication.instance() or QApplication([])

    class Heartbeat(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.ticks: list[float] = []
            self.events: list[tuple[float, str]] = []
            self.first_step_at: float | None = None
            self.finished_at: float | None = None
            self.timer = QTimer(self)
            self.timer.setInterval(10)
            self.timer.timeout.connect(self.tick)

        @Slot()
        def tick(self) -> None:
            self.ticks.append(time.perf_counter())

        @Slot(object)
        def on_event(self, event: object) -> None:
            label = type(event).__name__
            if hasattr(event, "stage"):
                label += f"({event.stage})"
            elif hasattr(event, "phase"):
                label += f"({event.phase})"
            self.events.append((time.perf_counter(), label))

        @Slot(object)
        def on_progress(self, _event: object) -> None:
            if self.first_step_at is None:
                self.first_step_at = time.perf_counter()

        @Slot(object)
        def on_done(self, _summary: object) -> None:
            self.finished_at = time.perf_counter()

    state = WizardState()
    state.config = config
    page = TrainPage(state, threads=threads)
    page.controller.lower_priority = lower_priority
    page.resize(1100, 800)
    page.show()
    page.on_enter()
    beat = Heartbeat()
    page.controller.progress.connect(beat.on_progress)
    page.controller.event_received.connect(beat.on_event)
    page.controller.succeeded.connect(beat.on_done)
    loop = QEventLoop()
    page.controller.stopped.connect(loop.quit)
    beat.timer.start()
    started = time.perf_counter()
    page.start()
    loop.exec()
    beat.timer.stop()
    wall = time.perf_counter() - started
    if page.last_error is not None:
        raise RuntimeError(f"training failed: {page.last_error}")
    ticks = beat.ticks
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    step_gaps = [
        (b - a) * 1000
        for a, b in itertools.pairwise(ticks)
        if beat.first_step_at and beat.finished_at and beat.first_step_at <= a <= beat.finished_at
    ]
    worst = sorted(itertools.pairwise(ticks), key=lambda ab: ab[0] - ab[1])[:3]
    where = []
    for a, b in worst:
        before = [label for t, label in beat.events if t <= b]
        where.append(f"{(b - a) * 1000:.0f} ms after {before[-1] if before else 'start'}")
    summary = state.result
    page.close()
    app.processEvents()
    return {
        "gaps": gaps,
        "step_gaps": step_gaps,
        "wall_s": wall,
        "samples_per_s": summary.train_samples_per_s,
        "train_runtime_s": summary.train_runtime_s,
        "steps": summary.steps,
        "redraws": page.plot.redraw_count,
        "worst": where,
    }


def bench_cli_training(config, threads: int | None, home: Path) -> dict:
    """Run ``main.py train`` on the same settings; return its throughput."""
    config_path = Path(config.output_dir).with_suffix(".json")
    config.save(config_path)
    cmd = [sys.executable, "main.py", "train", "--config", str(config_path)]
    if threads:
        cmd += ["--threads", str(threads)]
    env = {**os.environ, "EMBEDTUNE_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    started = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, env=env, check=True, capture_output=True, timeout=3600)
    wall = time.perf_counter() - started
    summary = json.loads((Path(config.output_dir) / "training_summary.json").read_text("utf-8"))
    return {
        "wall_s": wall,
        "samples_per_s": summary["train_samples_per_s"],
        "train_runtime_s": summary["train_runtime_s"],
        "steps": summary["steps"],
    }


def describe_gaps(gaps: list[float]) -> str:
    """Return "p50 / p99 / max" of heartbeat gaps in milliseconds."""
    return (
        f"p50 {percentile(gaps, 50):.1f} ms, p99 {percentile(gaps, 99):.1f} ms, "
        f"max {max(gaps):.1f} ms ({len(gaps)} ticks)"
    )


def main() -> int:
    """Run the three measurements and print a Markdown-ready report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=800, help="KorSTS train rows to use")
    parser.add_argument("--max-steps", type=int, default=None, help="stop after N steps")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-seq-length", type=int, default=64)
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (both runs)")
    parser.add_argument(
        "--variants",
        default="app",
        help="GUI settings to compare, comma-separated: app (the app's default: every core, "
        "training thread at lower priority), same-priority (every core, same priority), "
        "leave-one (all cores but one, same priority: the former default). The CLI run "
        "always uses its defaults (plus --threads if given)",
    )
    parser.add_argument("--launches", type=int, default=5)
    parser.add_argument(
        "--repeats",
        type=int,
        default=1,
        help="GUI/CLI run pairs, alternating the order (GUI, CLI, CLI, GUI, ...): the CPU is "
        "shared, so one pair says little about the ratio",
    )
    parser.add_argument("--skip-launch", action="store_true")
    parser.add_argument("--skip-training", action="store_true")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="do not import the engine first (the app imports it right after the window shows)",
    )
    args = parser.parse_args()

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    print(f"machine: {os.cpu_count()} CPUs, load average at start {load_average()}")
    with tempfile.TemporaryDirectory(prefix="bench_gui_") as tmp:
        tmp_path = Path(tmp)
        home = tmp_path / "home"
        home.mkdir()
        os.environ["EMBEDTUNE_HOME"] = str(home)
        if not args.skip_launch:
            times = bench_launch(args.launches, home)
            print(
                "launch to first paint: "
                + ", ".join(f"{t:.2f}" for t in times)
                + f" s; median {statistics.median(times):.2f} s, best {min(times):.2f} s"
            )
        if args.skip_training:
            return 0
        if not (SHARED_DATA / "korsts").is_dir():
            print(f"KorSTS not found under {SHARED_DATA}; skipping the training measurements")
            return 0
        from desktop_app.core.training.config import TrainingConfig

        data = write_korsts(args.rows, tmp_path / f"korsts-{args.rows}.csv")

        def config_for(name: str) -> TrainingConfig:
            return TrainingConfig(
                data_file=str(data),
                model=BASE_MODEL,
                loss="CoSENTLoss",
                epochs=1.0,
                batch_size=args.batch_size,
                max_seq_length=args.max_seq_length,
                max_steps=args.max_steps,
                eval_fraction=0.1,
                output_dir=str(tmp_path / name),
            )

        if not args.cold:
            # as MainWindow.start_engine_warmup does in the background after the first paint
            from desktop_app.core.training.runner import warm_up_engine

            warm_up_engine()
        variants = {
            "app": (args.threads, True),
            "same-priority": (args.threads, False),
            "leave-one": (max(1, (os.cpu_count() or 1) - 1), False),
        }
        chosen = [v.strip() for v in args.variants.split(",") if v.strip()]
        unknown = [v for v in chosen if v not in variants]
        if unknown:
            parser.error(f"unknown variant(s): {', '.join(unknown)}")
        ratios: dict[str, list[float]] = {v: [] for v in chosen}
        stalls: dict[str, list[float]] = {v: [] for v in chosen}
        for repeat in range(args.repeats):
            kinds = ["cli", *(f"gui:{v}" for v in chosen)]
            order = kinds if repeat % 2 == 0 else kinds[::-1]
            results = {}
            for kind in order:
                name = f"{kind.replace(':', '-')}-model-{repeat}"
                if kind.startswith("gui:"):
                    threads, lower = variants[kind[4:]]
                    results[kind] = bench_gui_training(config_for(name), threads, lower)
                else:
                    results[kind] = bench_cli_training(config_for(name), args.threads, home)
                print(f"load average after the {kind} run: {load_average()}")
            cli = results["cli"]
            print(f"[repeat {repeat + 1}, order {' / '.join(order)}]")
            print(
                f"CLI (defaults): {cli['samples_per_s']:.2f} samples/s "
                f"({cli['steps']} steps, {cli['train_runtime_s']:.1f} s)"
            )
            for variant in chosen:
                gui = results[f"gui:{variant}"]
                print(f"GUI {variant}:")
                print(
                    f"  heartbeat, whole run ({gui['wall_s']:.1f} s): {describe_gaps(gui['gaps'])}"
                )
                if gui["step_gaps"]:
                    print(f"  heartbeat, training steps only: {describe_gaps(gui['step_gaps'])}")
                    stalls[variant].append(percentile(gui["step_gaps"], 99))
                print(f"  plot redraws: {gui['redraws']} for {gui['steps']} steps")
                print(
                    "  longest stalls (the event delivered just after): " + "; ".join(gui["worst"])
                )
                ratio = gui["samples_per_s"] / cli["samples_per_s"]
                ratios[variant].append(ratio)
                print(
                    f"  throughput {gui['samples_per_s']:.2f} samples/s "
                    f"({gui['steps']} steps, {gui['train_runtime_s']:.1f} s); "
                    f"GUI/CLI {ratio:.3f}x"
                )
        print("summary (median over repeats; targets: >= 0.90x of the plain script, p99 < 50 ms):")
        for variant in chosen:
            p99 = f"{statistics.median(stalls[variant]):.1f} ms" if stalls[variant] else "n/a"
            print(
                f"  {variant}: throughput GUI/CLI {statistics.median(ratios[variant]):.3f}x, "
                f"step-time stall p99 {p99}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
