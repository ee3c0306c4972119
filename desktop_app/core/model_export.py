"""Export a trained model folder so other programs can run it fast: ONNX, ONNX int8, OpenVINO.

One call, :func:`export_model`, does the whole job a user asks for with one button:

1. loads the sentence-transformers model folder (on the CPU, never running remote code);
2. writes the whole model (transformer, pooling, any dense layers and normalisation) as one
   graph whose output ``sentence_embedding`` is the finished vector, so a program with only
   ONNX Runtime or OpenVINO needs no Python model code; the graph also gives
   ``last_hidden_state`` and sits at ``onnx/model.onnx`` (``openvino/openvino_model.xml``)
   beside the tokenizer and the sentence-transformers files, the layout
   sentence-transformers' ``backend="onnx"`` / ``backend="openvino"`` reads;
3. checks that the export agrees with the original model (cosine similarity of the vectors
   on the run's held-out texts, or on texts the caller gives) and measures the speed-up on
   this computer's CPU;
4. writes a README.md with loading code and an ``export_report.json``, then moves the folder
   into place in one step, so a failed or cancelled export never leaves a half folder.

Why not sentence-transformers' ``export_optimized_onnx_model`` and friends: they go through
``optimum``, whose releases pin transformers below the version this app uses (optimum-onnx
0.1 needs transformers < 4.58; optimum-intel 2.2 pulls transformers 5.5 and a CUDA torch).
``torch.onnx.export``, ``onnxruntime.quantization`` and ``openvino.convert_model`` are what
those functions call underneath, and need only the add-on packages in :data:`ADD_ON_PACKAGES`.

The int8 export quantizes the weights of the linear layers per channel (activations are
quantized on the fly, "dynamic" quantization). The feed-forward output layers, whose inputs
have large outliers, stay in full precision: quantizing them too lowered the agreement on
real Korean/English sentences from a mean cosine of 0.995 to 0.991 and the lowest from 0.986
to 0.974 (all-MiniLM-L6-v2).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import statistics
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import ModelError, OutputExistsError, UserFacingError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

#: Cosine similarity an exported model's vectors must reach, on average, against the original.
AGREEMENT_THRESHOLD = 0.99

#: The file that marks a folder as an export this app wrote (the only kind it may replace).
EXPORT_MARKER = ".embedtune-export"

#: The report written into every exported folder.
REPORT_FILE = "export_report.json"

#: Pip names of the add-on packages the export needs (the ``export`` extra in pyproject.toml).
ADD_ON_PACKAGES: tuple[str, ...] = ("onnx", "onnxruntime", "openvino")

#: How users install the add-on outside the GUI.
ADD_ON_INSTALL = 'pip install "embedtune[export]"  (or: pip install onnx onnxruntime openvino)'

#: Texts used for the check when the model has no held-out rows and the caller gives none.
SAMPLE_TEXTS: tuple[str, ...] = (
    "How do I reset my password?",
    "The library opens at nine in the morning on weekdays.",
    "A man is playing a guitar on the street.",
    "Where can I find the invoice for my last order?",
    "Как вернуть товар, если он не подошёл?",
    "Москва — столица России.",
    "Сегодня в городе ожидается сильный дождь.",
    "배송은 보통 며칠 걸리나요?",
    "서울은 대한민국의 수도이다.",
    "한 남자가 기타를 치고 있다.",
    "ශ්‍රී ලංකාවේ අගනුවර කොළඹ වේ.",
    "මට මගේ මුරපදය වෙනස් කළ යුතුයි.",
)


@dataclass(frozen=True)
class ExportFormat:
    """One format a model can be exported to, explained for a non-programmer.

    Attributes:
        name: Identifier used by the CLI and in the report ("onnx", "onnx-int8", "openvino").
        title: Short name for menus.
        explanation: What it is and when to pick it, in plain words.
        backend: The sentence-transformers backend that loads it ("onnx" or "openvino").
        needs: Python modules the export needs (import names).
    """

    name: str
    title: str
    explanation: str
    backend: str
    needs: tuple[str, ...]

    def shown_title(self) -> str:
        """The title in the current language (``title`` stays English, for the README)."""
        return translate("model_export", self.title)

    def shown_explanation(self) -> str:
        """The explanation in the current language (``explanation`` stays English)."""
        return translate("model_export", self.explanation)


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        name="onnx",
        title="ONNX",
        explanation=QT_TRANSLATE_NOOP(
            "model_export",
            "A standard file that many programs and languages can run (Python, C#, Java, "
            "JavaScript, C++) with ONNX Runtime, without PyTorch. Gives the same vectors as "
            "the original model and is usually faster on a CPU. Pick this if unsure.",
        ),
        backend="onnx",
        needs=("onnx", "onnxruntime"),
    ),
    ExportFormat(
        name="onnx-int8",
        title=QT_TRANSLATE_NOOP("model_export", "ONNX, smaller and faster (int8)"),
        explanation=QT_TRANSLATE_NOOP(
            "model_export",
            "The ONNX file with most numbers stored as small integers: a smaller file and "
            "faster on most CPUs, with vectors that differ slightly from the original (the "
            "check below says how much). Good for servers and laptops without a GPU.",
        ),
        backend="onnx",
        needs=("onnx", "onnxruntime"),
    ),
    ExportFormat(
        name="openvino",
        title="OpenVINO",
        explanation=QT_TRANSLATE_NOOP(
            "model_export",
            "Intel's engine for CPUs and Intel graphics. Often the fastest choice on Intel "
            "computers; the file stores its numbers at half size (16-bit) and gives the "
            "same vectors as the original model.",
        ),
        backend="openvino",
        needs=("onnx", "openvino"),
    ),
)


class ExportError(UserFacingError):
    """A model could not be exported, or the export does not work as it should."""


class MissingAddOnError(ExportError):
    """The packages a format needs are not installed.

    Attributes:
        packages: Pip names of the missing packages.
    """

    def __init__(self, format_title: str, packages: Sequence[str]) -> None:
        super().__init__(
            translate(
                "model_export",
                "Exporting to {format} needs an add-on that is not installed ({packages}).",
            ).format(format=translate("model_export", format_title), packages=", ".join(packages)),
            translate("model_export", "Install it with: {command}").format(command=ADD_ON_INSTALL),
        )
        self.packages = list(packages)


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class ExportProgress:
    """A step of an export, for a progress display.

    Attributes:
        stage: Machine-readable step ("loading", "exporting", "checking", "timing", "saving").
        message: The same in plain words.
        fraction: How far the whole export is, 0..1.
    """

    stage: str
    message: str
    fraction: float


@dataclass
class ExportReport:
    """What an export produced and how well it works; written as export_report.json.

    Attributes:
        format: The format name ("onnx", "onnx-int8", "openvino").
        model_dir: The model folder that was exported.
        out_dir: The exported folder.
        model_file: The exported graph, relative to ``out_dir``.
        agreement_min: Lowest cosine similarity between original and exported vectors.
        agreement_mean: Mean cosine similarity over the checked texts.
        agreement_threshold: The mean the export must reach (:data:`AGREEMENT_THRESHOLD`).
        texts_below_threshold: How many checked texts fall below the threshold.
        agrees: True when ``agreement_mean >= agreement_threshold``.
        texts_checked: How many texts were compared.
        texts_source: Where they came from ("held-out rows", "given texts", "built-in samples").
        original_seconds: Median time of the original model to encode the timing texts.
        exported_seconds: Median time of the exported model for the same texts.
        speedup: ``original_seconds / exported_seconds`` (above 1 = the export is faster).
        texts_timed: How many texts each timing encoded.
        repeats: How many timings the medians are taken over.
        cpu_threads: CPU threads both models were allowed.
        size_bytes: Size of the exported graph files on disk.
        original_size_bytes: Size of the original model's weight files.
        embedding_dimension: Length of each vector.
        created_at: When the export was made (UTC, ISO 8601).
        app_version: The app version that wrote it.
    """

    format: str
    model_dir: str
    out_dir: str
    model_file: str
    agreement_min: float
    agreement_mean: float
    agreement_threshold: float
    texts_below_threshold: int
    agrees: bool
    texts_checked: int
    texts_source: str
    original_seconds: float
    exported_seconds: float
    speedup: float
    texts_timed: int
    repeats: int
    cpu_threads: int
    size_bytes: int
    original_size_bytes: int
    embedding_dimension: int
    created_at: str
    app_version: str
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)

    def shown_source(self) -> str:
        """``texts_source`` in the current language (the report and README keep English)."""
        return translate("model_export", self.texts_source)

    def shown_notes(self) -> list[str]:
        """``notes`` in the current language (the report and README keep English)."""
        english = AGREEMENT_NOTE.format(
            mean=self.agreement_mean, threshold=self.agreement_threshold
        )
        return [
            translate("model_export", AGREEMENT_NOTE).format(
                mean=self.agreement_mean, threshold=self.agreement_threshold
            )
            if note == english
            else note
            for note in self.notes
        ]


#: The report's note when the export's vectors differ too much (English in the report; see
#: :meth:`ExportReport.shown_notes`).
AGREEMENT_NOTE = QT_TRANSLATE_NOOP(
    "model_export",
    "The exported model's vectors differ from the original's more than they should "
    "(mean cosine similarity {mean:.3f}, below {threshold}). Use the "
    "original model, or another format.",
)

#: Where the checked texts came from (English in the report; see :meth:`ExportReport.shown_source`).
SOURCE_GIVEN = QT_TRANSLATE_NOOP("model_export", "given texts")
SOURCE_HELD_OUT = QT_TRANSLATE_NOOP("model_export", "held-out rows")
SOURCE_SAMPLES = QT_TRANSLATE_NOOP("model_export", "built-in samples")


def find_format(name: str) -> ExportFormat:
    """Return the format called ``name``.

    Raises:
        ExportError: No such format (the message lists the ones there are).
    """
    for fmt in EXPORT_FORMATS:
        if fmt.name == str(name).strip().lower():
            return fmt
    names = ", ".join(f.name for f in EXPORT_FORMATS)
    raise ExportError(
        translate("model_export", "There is no export format called '{name}'.").format(name=name),
        translate("model_export", "Pick one of: {names}.").format(names=names),
    )


def missing_add_ons(fmt: ExportFormat | str) -> list[str]:
    """Return the pip names of the packages ``fmt`` needs that are not installed."""
    fmt = find_format(fmt) if isinstance(fmt, str) else fmt
    return [module for module in fmt.needs if importlib.util.find_spec(module) is None]


def require_add_ons(fmt: ExportFormat) -> None:
    """Raise :class:`MissingAddOnError` when a package ``fmt`` needs is not installed."""
    missing = missing_add_ons(fmt)
    if missing:
        raise MissingAddOnError(fmt.title, missing)


def is_app_export(folder: str | Path) -> bool:
    """Return True when ``folder`` holds an export this app wrote (it carries the marker)."""
    return (Path(folder) / EXPORT_MARKER).is_file()


def check_export_destination(model_dir: Path, out_dir: Path, overwrite: bool) -> None:
    """Refuse an output folder the export must not write to (checked before any work).

    Only an export this app wrote may be replaced, and only when ``overwrite`` is given: a
    folder the user made, or a trained model, is never replaced.

    Raises:
        OutputExistsError: The folder exists and may not, or was not asked to, be replaced.
        ExportError: The output is a file, or is the model folder or inside it.
    """
    if out_dir.is_file():
        raise ExportError(
            translate("model_export", "{path} is a file, not a folder.").format(path=out_dir),
            translate("model_export", "Choose a new folder name."),
        )
    if out_dir == model_dir or model_dir in out_dir.parents or out_dir in model_dir.parents:
        raise ExportError(
            translate(
                "model_export",
                "The export cannot go into the model's own folder (or a folder around it).",
            ),
            translate("model_export", "Choose a separate, new folder for the export."),
        )
    if not out_dir.is_dir() or not any(out_dir.iterdir()):
        return
    if not is_app_export(out_dir):
        raise OutputExistsError(
            translate(
                "model_export",
                "The folder {folder} already exists and was not written by an export of this app.",
            ).format(folder=out_dir),
            translate(
                "model_export",
                "Choose a new folder name; the app never replaces folders it did not write.",
            ),
        )
    if not overwrite:
        raise OutputExistsError(
            translate("model_export", "The folder {folder} already holds an export.").format(
                folder=out_dir
            ),
            translate("model_export", "Choose another name, or allow replacing it."),
            cli_hint="(--overwrite)",
        )


def held_out_texts(model_dir: str | Path, limit: int = 200) -> list[str]:
    """Return up to ``limit`` distinct texts the model was not trained on, or [] if unknown.

    A model this app trained carries its training_config.json; the same split as training
    (same file, fraction and seed) gives back its held-out rows. A model without that file,
    whose data file has moved, or that was trained without held-out rows gives [].
    """
    config_file = Path(model_dir) / "training_config.json"
    if not config_file.is_file():
        return []
    from desktop_app.core.training.config import TrainingConfig
    from desktop_app.core.training.runner import prepare_data

    try:
        config = TrainingConfig.load(config_file)
        if not config.data_file or not Path(config.data_file).is_file():
            return []
        data = prepare_data(config)
    except UserFacingError:
        return []
    if data.eval is None:
        return []
    texts: list[str] = []
    seen: set[str] = set()
    columns = [c for c in data.eval.column_names if c not in ("score", "label")]
    for row in data.eval.select_columns(columns):
        for value in row.values():
            text = str(value).strip()
            if text and text not in seen:
                seen.add(text)
                texts.append(text)
                if len(texts) >= limit:
                    return texts
    return texts


class ExportedEncoder:
    """Turns texts into vectors with an exported graph, the way a program using it would.

    Tokenizes with the model's own tokenizer (padding, truncation at the model's maximum
    length), runs ONNX Runtime or OpenVINO, and returns the ``sentence_embedding`` output.
    """

    def __init__(self, folder: Path, backend: str, tokenizer: Any, max_length: int, threads: int):
        self._tokenizer = tokenizer
        self._max_length = max_length
        self._backend = backend
        if backend == "onnx":
            import onnxruntime as ort

            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            self._session = ort.InferenceSession(
                str(folder / "onnx" / "model.onnx"), options, providers=["CPUExecutionProvider"]
            )
            self._input_names = [i.name for i in self._session.get_inputs()]
        else:
            import openvino as ov

            core = ov.Core()
            core.set_property("CPU", {"INFERENCE_NUM_THREADS": threads})
            self._compiled = core.compile_model(
                str(folder / "openvino" / "openvino_model.xml"), "CPU"
            )
            self._input_names = [i.get_any_name() for i in self._compiled.inputs]
            self._output = self._compiled.output("sentence_embedding")

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> Any:
        """Return a (len(texts), dim) float32 array of vectors."""
        import numpy as np

        parts = []
        for start in range(0, len(texts), batch_size):
            tokens = self._tokenizer(
                list(texts[start : start + batch_size]),
                padding=True,
                truncation=True,
                max_length=self._max_length,
                return_tensors="np",
            )
            feeds = {name: tokens[name].astype(np.int64) for name in self._input_names}
            if self._backend == "onnx":
                parts.append(self._session.run(["sentence_embedding"], feeds)[0])
            else:
                parts.append(self._compiled(feeds)[self._output])
        return np.concatenate(parts).astype(np.float32)


def export_model(
    model_dir: str | Path,
    format_name: str,
    out_dir: str | Path,
    *,
    texts: Sequence[str] | None = None,
    overwrite: bool = False,
    on_progress: Callable[[ExportProgress], None] | None = None,
    cancel: threading.Event | None = None,
    timing_texts: int = 64,
    timing_repeats: int = 3,
    cpu_threads: int | None = None,
) -> ExportReport:
    """Export the model in ``model_dir`` to ``format_name`` in ``out_dir``; check and time it.

    Args:
        model_dir: A sentence-transformers model folder (e.g. one this app trained).
        format_name: "onnx", "onnx-int8" or "openvino".
        out_dir: A new folder, or an earlier export of this app (with ``overwrite``).
        texts: Texts for the agreement check when the model has no held-out rows.
        overwrite: Replace ``out_dir`` if it holds an earlier export of this app.
        on_progress: Receives :class:`ExportProgress` steps (from the calling thread).
        cancel: Set it to stop; nothing is written then and :class:`ExportCancelled` raised.
        timing_texts: How many texts each speed measurement encodes.
        timing_repeats: How many measurements the median is taken over.
        cpu_threads: CPU threads for both models in the timing (None = torch's current count).

    Returns:
        The report (also written as export_report.json in ``out_dir``).

    Raises:
        MissingAddOnError: The add-on packages are not installed.
        OutputExistsError, ExportError, ModelError: Something the user can fix.
        ExportCancelled: ``cancel`` was set.
    """
    fmt = find_format(format_name)
    require_add_ons(fmt)
    emit = on_progress or (lambda _progress: None)
    cancel = cancel or threading.Event()
    model_path = Path(model_dir).expanduser().resolve()
    out_path = Path(out_dir).expanduser().resolve()
    if not model_path.is_dir():
        raise ModelError(
            translate("model_export", "There is no model folder at {path}.").format(
                path=model_path
            ),
            translate("model_export", "Pick the folder of a trained model."),
        )
    check_export_destination(model_path, out_path, overwrite)

    def step(stage: str, message: str, fraction: float) -> None:
        if cancel.is_set():
            raise ExportCancelled
        emit(ExportProgress(stage, message, fraction))

    step("loading", translate("model_export", "Loading the model…"), 0.0)
    import torch

    from desktop_app.core.catalog.models import load_model

    model = load_model(str(model_path), device="cpu", download=False)
    model.eval()
    threads = int(cpu_threads or torch.get_num_threads())
    source = SOURCE_GIVEN if texts else SOURCE_HELD_OUT
    check_texts = [t for t in (texts or held_out_texts(model_path)) if str(t).strip()]
    if not check_texts:
        check_texts, source = list(SAMPLE_TEXTS), SOURCE_SAMPLES

    out_path.parent.mkdir(parents=True, exist_ok=True)
    staging = out_path.with_name(f".{out_path.name}.exporting-{uuid.uuid4().hex[:8]}")
    try:
        staging.mkdir()
        step(
            "exporting",
            translate("model_export", "Writing the model as {format}…").format(
                format=fmt.shown_title()
            ),
            0.1,
        )
        model_file = _write_export(model, fmt, staging)
        step(
            "checking",
            translate("model_export", "Checking that the export gives the same vectors…"),
            0.5,
        )
        exported = ExportedEncoder(
            staging, fmt.backend, model.tokenizer, int(model.max_seq_length or 512), threads
        )
        agreement = _agreement(model, exported, check_texts)
        step(
            "timing",
            translate("model_export", "Measuring the speed on this computer's processor…"),
            0.65,
        )
        timing = _time_both(model, exported, check_texts, timing_texts, timing_repeats, cancel)
        step(
            "saving",
            translate("model_export", "Saving to {folder}…").format(folder=out_path),
            0.95,
        )
        report = _build_report(
            fmt,
            model_path,
            out_path,
            staging,
            model_file,
            agreement,
            source,
            timing,
            threads,
            int(model.get_embedding_dimension() or 0),
        )
        _write_readme(staging, fmt, report, model)
        (staging / REPORT_FILE).write_text(
            json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n", "utf-8"
        )
        (staging / EXPORT_MARKER).write_text(
            json.dumps({"written_by": "EmbedTune export", "format": fmt.name}) + "\n", "utf-8"
        )
        if cancel.is_set():
            raise ExportCancelled
        from desktop_app.core.training import saving

        def check(folder: Path) -> None:
            if not (overwrite and is_app_export(folder)):
                raise OutputExistsError(
                    translate(
                        "model_export", "The folder {folder} appeared while exporting."
                    ).format(folder=folder),
                    translate("model_export", "Choose a new folder name."),
                )

        saving.move_into_place(staging, out_path, check)
    except OSError as exc:
        raise ExportError(
            translate(
                "model_export", "The export could not be written to {folder} ({error})."
            ).format(folder=out_path, error=exc.strerror or exc),
            translate(
                "model_export", "Check that the folder is writable and the disk has free space."
            ),
        ) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    emit(ExportProgress("done", "Done.", 1.0))
    return report


class _WholeModel:
    """Builds the torch module that runs the whole sentence-transformers pipeline."""

    @staticmethod
    def build(model: Any, input_names: list[str]) -> Any:
        import torch

        class WholeModel(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.model = model

            def forward(self, *tensors: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
                features = self.model(dict(zip(input_names, tensors, strict=True)))
                return features["token_embeddings"], features["sentence_embedding"]

        return WholeModel().eval()


def _export_onnx(model: Any, target: Path) -> None:
    """Write the whole model as an ONNX graph at ``target`` (dynamic batch and length)."""
    import torch

    tokenizer = model.tokenizer
    input_names = [
        name
        for name in ("input_ids", "attention_mask", "token_type_ids")
        if name in getattr(tokenizer, "model_input_names", ["input_ids", "attention_mask"])
    ]
    sample = tokenizer(
        ["An example sentence to trace the model.", "Another one."],
        padding=True,
        return_tensors="pt",
    )
    inputs = tuple(sample[name] for name in input_names)
    axes: dict[str, dict[int, str]] = {name: {0: "batch", 1: "tokens"} for name in input_names}
    axes["last_hidden_state"] = {0: "batch", 1: "tokens"}
    axes["sentence_embedding"] = {0: "batch"}
    target.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        try:
            torch.onnx.export(
                _WholeModel.build(model, input_names),
                inputs,
                str(target),
                input_names=input_names,
                output_names=["last_hidden_state", "sentence_embedding"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,
            )
        except (RuntimeError, TypeError, ValueError) as exc:
            raise ExportError(
                translate("model_export", "This model could not be converted ({error}).").format(
                    error=type(exc).__name__
                ),
                translate(
                    "model_export",
                    "Models with unusual architectures may not export; the original model "
                    "folder still works in the app and with sentence-transformers.",
                ),
            ) from None


def _quantize_int8(source: Path, target: Path) -> None:
    """Quantize the weights of the linear layers to int8 (per channel, dynamic activations).

    The feed-forward output layers (their weight maps a wider input to the hidden size, the
    layers whose inputs have large outliers) stay in full precision; see the module doc.
    """
    import logging

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    graph = onnx.load(str(source), load_external_data=False).graph
    shapes = {init.name: tuple(init.dims) for init in graph.initializer}
    chosen = []
    for node in graph.node:
        if node.op_type != "MatMul" or len(node.input) < 2 or node.input[1] not in shapes:
            continue
        dims = shapes[node.input[1]]
        if len(dims) == 2 and dims[0] > dims[1]:
            continue  # a down-projection (feed-forward output): kept in full precision
        chosen.append(node.name)
    quiet = logging.getLogger().level
    logging.getLogger().setLevel(logging.ERROR)
    try:
        quantize_dynamic(
            str(source),
            str(target),
            weight_type=QuantType.QInt8,
            per_channel=True,
            op_types_to_quantize=["MatMul"],
            nodes_to_quantize=chosen,
            extra_options={"MatMulConstBOnly": True},
        )
    finally:
        logging.getLogger().setLevel(quiet)


def _write_export(model: Any, fmt: ExportFormat, folder: Path) -> str:
    """Write the sentence-transformers files and the exported graph into ``folder``.

    Returns the graph's path relative to ``folder``.
    """
    model.save_pretrained(str(folder))
    # The library's model card is kept under another name; README.md says how to load this.
    if (folder / "README.md").is_file():
        os.replace(folder / "README.md", folder / "MODEL_CARD.md")
    # The transformer's PyTorch weights are what the graph replaces; other modules' own
    # weights (e.g. a Dense layer in 2_Dense/) stay, as sentence-transformers' loader needs them.
    for weights in ("model.safetensors", "pytorch_model.bin"):
        (folder / weights).unlink(missing_ok=True)
    if fmt.name == "onnx":
        _export_onnx(model, folder / "onnx" / "model.onnx")
        return "onnx/model.onnx"
    scratch = folder / ".scratch"
    _export_onnx(model, scratch / "model.onnx")
    if fmt.name == "onnx-int8":
        (folder / "onnx").mkdir(exist_ok=True)
        _quantize_int8(scratch / "model.onnx", folder / "onnx" / "model.onnx")
        shutil.rmtree(scratch)
        return "onnx/model.onnx"
    import openvino as ov

    (folder / "openvino").mkdir(exist_ok=True)
    converted = ov.convert_model(str(scratch / "model.onnx"))
    ov.save_model(converted, str(folder / "openvino" / "openvino_model.xml"))
    shutil.rmtree(scratch)
    return "openvino/openvino_model.xml"


def _cosines(first: Any, second: Any) -> Any:
    import numpy as np

    dot = (first * second).sum(axis=1)
    norms = np.linalg.norm(first, axis=1) * np.linalg.norm(second, axis=1)
    return dot / np.maximum(norms, 1e-12)


def _agreement(model: Any, exported: ExportedEncoder, texts: list[str]) -> Any:
    """Return the cosine similarity of original and exported vectors, one per text."""
    original = model.encode(texts, batch_size=32, convert_to_numpy=True, show_progress_bar=False)
    return _cosines(original, exported.encode(texts))


def _time_both(
    model: Any,
    exported: ExportedEncoder,
    texts: list[str],
    count: int,
    repeats: int,
    cancel: threading.Event,
) -> dict[str, float]:
    """Median seconds for the original and the exported model to encode ``count`` texts."""
    import torch

    batch = [texts[i % len(texts)] for i in range(max(1, count))]
    repeats = max(1, repeats)

    def original() -> None:
        with torch.inference_mode():
            model.encode(batch, batch_size=32, show_progress_bar=False)

    def timed(run: Callable[[], None]) -> float:
        run()  # warm-up: first calls allocate and pick kernels
        spans = []
        for _ in range(repeats):
            if cancel.is_set():
                raise ExportCancelled
            started = time.perf_counter()
            run()
            spans.append(time.perf_counter() - started)
        return statistics.median(spans)

    original_s = timed(original)
    exported_s = timed(lambda: exported.encode(batch))
    return {
        "original": original_s,
        "exported": exported_s,
        "count": float(len(batch)),
        "repeats": float(repeats),
    }


def _size_of(paths: Sequence[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file())


def _build_report(
    fmt: ExportFormat,
    model_path: Path,
    out_path: Path,
    staging: Path,
    model_file: str,
    agreement: Any,
    source: str,
    timing: dict[str, float],
    threads: int,
    dimension: int,
) -> ExportReport:
    from datetime import UTC, datetime

    from desktop_app import __version__

    graph_dir = staging / Path(model_file).parent
    original_weights = [model_path / "model.safetensors", model_path / "pytorch_model.bin"]
    mean = float(agreement.mean())
    notes = []
    if mean < AGREEMENT_THRESHOLD:
        notes.append(AGREEMENT_NOTE.format(mean=mean, threshold=AGREEMENT_THRESHOLD))
    return ExportReport(
        format=fmt.name,
        model_dir=str(model_path),
        out_dir=str(out_path),
        model_file=model_file,
        agreement_min=round(float(agreement.min()), 6),
        agreement_mean=round(mean, 6),
        agreement_threshold=AGREEMENT_THRESHOLD,
        texts_below_threshold=int((agreement < AGREEMENT_THRESHOLD).sum()),
        agrees=mean >= AGREEMENT_THRESHOLD,
        texts_checked=len(agreement),
        texts_source=source,
        original_seconds=round(timing["original"], 4),
        exported_seconds=round(timing["exported"], 4),
        speedup=round(timing["original"] / max(timing["exported"], 1e-9), 3),
        texts_timed=int(timing["count"]),
        repeats=int(timing["repeats"]),
        cpu_threads=threads,
        size_bytes=_size_of([p for p in graph_dir.rglob("*") if p.is_file()]),
        original_size_bytes=_size_of(original_weights),
        embedding_dimension=dimension,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        app_version=__version__,
        notes=notes,
    )


def _write_readme(folder: Path, fmt: ExportFormat, report: ExportReport, model: Any) -> None:
    """Write README.md: what the folder is, how to load it, and how well it matched."""
    inputs = ", ".join(
        name
        for name in ("input_ids", "attention_mask", "token_type_ids")
        if name in getattr(model.tokenizer, "model_input_names", [])
    )
    prompts = {k: v for k, v in (getattr(model, "prompts", None) or {}).items() if v}
    prompt_note = ""
    if prompts:
        listed = "; ".join(f'{name}: "{text}"' for name, text in prompts.items())
        prompt_note = (
            "\nThis model expects a prefix before each text (" + listed + "). The exported "
            "graph does not add it: put it in front of your texts yourself.\n"
        )
    if fmt.backend == "onnx":
        runtime = f"""### With ONNX Runtime only (no PyTorch)

```python
import numpy as np
import onnxruntime as ort
from transformers import AutoTokenizer

folder = "path/to/this/folder"
tokenizer = AutoTokenizer.from_pretrained(folder)
session = ort.InferenceSession(f"{{folder}}/{report.model_file}")
names = [i.name for i in session.get_inputs()]  # {inputs}
tokens = tokenizer(["First text", "Second text"], padding=True, truncation=True,
                   max_length={int(model.max_seq_length or 512)}, return_tensors="np")
vectors = session.run(["sentence_embedding"],
                      {{n: tokens[n].astype(np.int64) for n in names}})[0]
```
"""
    else:
        runtime = f"""### With OpenVINO only (no PyTorch)

```python
import numpy as np
import openvino as ov
from transformers import AutoTokenizer

folder = "path/to/this/folder"
tokenizer = AutoTokenizer.from_pretrained(folder)
compiled = ov.Core().compile_model(f"{{folder}}/{report.model_file}", "CPU")
names = [i.get_any_name() for i in compiled.inputs]  # {inputs}
tokens = tokenizer(["First text", "Second text"], padding=True, truncation=True,
                   max_length={int(model.max_seq_length or 512)}, return_tensors="np")
vectors = compiled({{n: tokens[n].astype(np.int64) for n in names}})[
    compiled.output("sentence_embedding")]
```
"""
    warning = "".join(f"\n**Warning:** {note}\n" for note in report.notes)
    packages = "onnxruntime" if fmt.backend == "onnx" else "openvino"
    text = f"""# Exported model: {fmt.title}

{fmt.explanation}

Written by EmbedTune {report.app_version} on {report.created_at} from `{report.model_dir}`.
The graph is `{report.model_file}`; its output `sentence_embedding` is the finished vector
({report.embedding_dimension} numbers per text, the same kind of vector the original model
gives, pooling and normalisation included). It also outputs `last_hidden_state` (one vector
per token).
{prompt_note}
## How well it matches the original

On {report.texts_checked} texts ({report.texts_source}) the cosine similarity between the
original and the exported vectors was {report.agreement_mean:.4f} on average and
{report.agreement_min:.4f} at the lowest (1.0 = identical). On this computer's processor
({report.cpu_threads} threads, while exporting) it encoded {report.texts_timed} texts in
{report.exported_seconds:.3f} s against {report.original_seconds:.3f} s for the original:
{report.speedup:.2f}x the speed. Details: `{REPORT_FILE}`.
{warning}
## How to load it

Install `{packages}` and `transformers` (for the tokenizer): `pip install {packages} transformers`.

{runtime}
### With sentence-transformers

The folder keeps the sentence-transformers layout (the graph in `{report.model_file}` beside
`modules.json`, the tokenizer and the model card, `MODEL_CARD.md`), the layout that
sentence-transformers' `backend="{fmt.backend}"` option reads:

```python
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("path/to/this/folder", backend="{fmt.backend}")
```

That option needs `pip install "sentence-transformers[{fmt.backend}]"`, which installs the
`optimum` packages. When this app was built (November 2026) no release of optimum for ONNX
worked with transformers 5, which sentence-transformers 6 (the version that wrote this
folder) needs, so this way was not checked; the code above was.
"""
    (folder / "README.md").write_text(text, "utf-8")
