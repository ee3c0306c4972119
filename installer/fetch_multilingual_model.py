"""Fetch the multilingual model the installers ship, and check it before it is packaged.

    python installer/fetch_multilingual_model.py                 # download + check
    python installer/fetch_multilingual_model.py --model-dir DIR # check a folder only

The build machine (which has a network) downloads the model into
``resources/models/<owner>--<name>`` (where the app looks for shipped models, see
``desktop_app.core.catalog.models.shipped_model_path``), leaving out weights the app never
reads (ONNX, OpenVINO, TensorFlow, Flax, and the .bin copy when safetensors exist) to keep
the installer small. Then it checks the folder, and the build must stop when the check
fails (exit status 1), because a model that does not know the app's languages would make
the app claim what it cannot do:

1. Coverage: the model's tokenizer must know Sinhala, Russian, Korean and English on the
   app's own Playground examples (resources/examples/*.txt), judged by
   ``desktop_app.core.coverage`` (unknown tokens and fragmentation).
2. Paraphrases: in each of those example sets, every question/answer or same-topic pair
   listed in :data:`PARAPHRASE_CHECKS` must score higher than the pair's first sentence
   scores against every unrelated sentence of the set.

Exit status: 0 the model passed, 1 it failed a check, 2 it could not be downloaded or read.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

#: The model shipped beside the English one (docs/multilingual-model.md says why).
DEFAULT_MODEL = "intfloat/multilingual-e5-small"
#: Weights and exports the app never loads (it uses PyTorch safetensors/bin only).
IGNORED_FILES = (
    "onnx/*",
    "openvino/*",
    "*.onnx",
    "*.h5",
    "*.msgpack",
    "*.ot",
    "*.tflite",
)


@dataclass(frozen=True)
class ParaphraseCheck:
    """Pairs of lines (1-based) of one example file that belong together, and distractors.

    Attributes:
        file_name: The file in resources/examples.
        language: ISO code of its language.
        pairs: (first, partner) line numbers that must score highest together.
        unrelated: Line numbers of sentences on other topics, compared with each ``first``.
    """

    file_name: str
    language: str
    pairs: tuple[tuple[int, int], ...]
    unrelated: tuple[int, ...]


#: What "paraphrases score above unrelated pairs" means for the app's own examples. Each
#: pair's first line is compared with its partner, with the other pairs' partners and with
#: the unrelated lines; its partner must win.
PARAPHRASE_CHECKS: tuple[ParaphraseCheck, ...] = (
    # Sinhala (agriculture): tomato leaves turn yellow / yellowing from lack of nitrogen;
    # watering a paddy in the dry season / drip irrigation saves water. Unrelated: neem oil
    # against pests, going to the agrarian services office.
    ParaphraseCheck("sinhala.txt", "si", ((3, 4), (5, 6)), (8, 9)),
    # Russian (support FAQ): four questions and their answers; unrelated: the app won't start.
    ParaphraseCheck("russian.txt", "ru", ((1, 2), (3, 4), (5, 6), (8, 9)), (7,)),
    # Korean (form fields): business place address / head office address; business type /
    # business category. Unrelated: representative's name, opening date, phone number.
    ParaphraseCheck("korean.txt", "ko", ((3, 10), (5, 6)), (2, 7, 8)),
    # English: the positive control any sentence model should pass.
    ParaphraseCheck("english.txt", "en", ((1, 2), (3, 4), (6, 7)), (8,)),
)


def example_lines(file_name: str) -> list[str]:
    """The sentences of one Playground example file (non-empty lines, trimmed)."""
    text = (ROOT / "resources" / "examples" / file_name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def download(model_id: str, destination: Path, revision: str | None = None) -> Path:
    """Download ``model_id`` into ``destination/<owner>--<name>`` and return that folder."""
    from huggingface_hub import HfApi, snapshot_download

    folder = destination / model_id.replace("/", "--")
    ignore = list(IGNORED_FILES)
    files = HfApi().list_repo_files(model_id, revision=revision)
    if "model.safetensors" in files:
        ignore.append("pytorch_model.bin")
    snapshot_download(model_id, revision=revision, local_dir=str(folder), ignore_patterns=ignore)
    cache = folder / ".cache"
    if cache.is_dir():
        import shutil

        shutil.rmtree(cache, ignore_errors=True)
    return folder


def folder_megabytes(folder: Path) -> float:
    """Size of every file under ``folder`` in MB."""
    total = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    return total / 1e6


@dataclass
class CheckReport:
    """What the checks found; ``passed`` when every line is fine."""

    lines: list[str]
    passed: bool


def check_model(folder: Path, model_id: str | None = None) -> CheckReport:
    """Run the coverage and paraphrase checks on the model in ``folder``."""
    import numpy as np
    from sentence_transformers import SentenceTransformer

    from desktop_app.core.catalog.models import find_model
    from desktop_app.core.coverage import measure_coverage

    model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    spec = find_model(model_id) if model_id else None
    prompt = (spec.prompts.get("query") if spec and spec.prompts else None) or None
    lines: list[str] = []
    passed = True
    for check in PARAPHRASE_CHECKS:
        sentences = example_lines(check.file_name)
        coverage = measure_coverage(model.tokenizer, sentences)
        found = {lang.code: lang for lang in coverage.languages}
        lang = found.get(check.language)
        if lang is None or not lang.knows:
            passed = False
            verdict = lang.verdict if lang else f"no {check.language} text found"
            lines.append(f"FAIL {check.file_name}: {verdict}")
        else:
            lines.append(f"ok   {check.file_name}: {lang.verdict}")
        vectors = model.encode(
            sentences, prompt=prompt, normalize_embeddings=True, convert_to_numpy=True
        )
        scores = vectors @ vectors.T
        partners = [partner for _first, partner in check.pairs]
        for first, partner in check.pairs:
            rivals = [p for p in partners if p != partner] + list(check.unrelated)
            mine = float(scores[first - 1, partner - 1])
            best_rival = max(rivals, key=lambda r: scores[first - 1, r - 1])
            rival = float(scores[first - 1, best_rival - 1])
            ok = bool(mine > rival) and bool(np.isfinite(mine))
            passed = passed and ok
            lines.append(
                f"{'ok  ' if ok else 'FAIL'} {check.file_name} line {first}~{partner}: "
                f"{mine:.3f} against {rival:.3f} for unrelated line {best_rival}"
            )
    return CheckReport(lines, passed)


def main(argv: list[str] | None = None) -> int:
    """Download (unless ``--model-dir``) and check; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model-id", default=DEFAULT_MODEL, help="Hugging Face id to ship.")
    parser.add_argument("--revision", default=None, help="Commit or tag to pin the download.")
    parser.add_argument(
        "--dest",
        type=Path,
        default=ROOT / "resources" / "models",
        help="Folder that receives <owner>--<name> (default: resources/models).",
    )
    parser.add_argument(
        "--model-dir", type=Path, default=None, help="Check this model folder; download nothing."
    )
    args = parser.parse_args(argv)
    if args.model_dir is not None:
        folder = args.model_dir
        if not folder.is_dir():
            print(f"error: {folder} is not a folder", file=sys.stderr)
            return 2
    else:
        if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
            print("error: HF_HUB_OFFLINE is set; cannot download", file=sys.stderr)
            return 2
        try:
            folder = download(args.model_id, args.dest, args.revision)
        except Exception as exc:  # network and Hub errors: the build must stop, plainly
            print(f"error: could not download {args.model_id}: {exc}", file=sys.stderr)
            return 2
    try:
        report = check_model(folder, args.model_id)
    except (OSError, ValueError) as exc:
        print(f"error: could not load the model in {folder}: {exc}", file=sys.stderr)
        return 2
    print(f"Model: {args.model_id} in {folder} ({folder_megabytes(folder):,.0f} MB on disk)")
    print("\n".join(report.lines))
    print("PASSED" if report.passed else "FAILED: do not ship this model")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
