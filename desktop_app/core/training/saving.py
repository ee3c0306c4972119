"""Where a run writes, and how, so that a crash never loses the user's files or fakes a model.

The rules this module enforces (see docs/security.md):

- **Only folders this app wrote are ever replaced.** Every saved model folder carries a marker
  file (:data:`MODEL_MARKER`) listing the files the app wrote into it. ``overwrite`` replaces
  a folder only when the marker is there and the folder holds nothing else; a folder the user
  made (their data, their notes) is refused even with ``overwrite``.
- **Staging and checkpoint folders have names no user picks**: a hidden, unique folder beside
  the output (``.NAME.embedtune-run-<token>``) holding a marker that says this app created it
  and for which output. Only such folders are ever deleted; a user's ``NAME.partial`` is never
  touched.
- **One run per output folder**: a lock file beside the output (``.NAME.embedtune-lock``) is
  held for the whole run; a lock left by a process that died is recognised by its PID and
  host and taken over.
- **Nothing half-written looks complete**: the model and every checkpoint are written into a
  temporary folder and renamed into place once whole; a checkpoint is complete only with its
  marker (:data:`CHECKPOINT_MARKER`), written last.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import socket
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.errors import OutputExistsError, TrainingError
from desktop_app.core.i18n import translate

#: Written into every model folder this app saves; lists the files the app wrote there.
MODEL_MARKER = ".embedtune-model.json"
#: Written into every staging/checkpoint folder this app creates beside an output folder.
RUN_MARKER = ".embedtune-run.json"
#: Written last into a checkpoint: without it the checkpoint is incomplete and never used.
CHECKPOINT_MARKER = "embedtune-checkpoint.json"
#: The app's name in its markers.
APP_NAME = "EmbedTune"

_CHECKPOINT_NAME = re.compile(r"^checkpoint-(\d+)$")

#: Files a sentence-transformers model folder holds (for folders saved before the marker
#: existed): a folder with only these, plus training_summary.json and modules.json, is ours.
_LEGACY_MODEL_ENTRIES = re.compile(
    r"^(\d+_[A-Za-z]+|README\.md|modules\.json|config[\w.-]*\.json|sentence_bert_config\.json|"
    r"model[\w.-]*\.safetensors|model\.safetensors\.index\.json|pytorch_model\.bin|"
    r"tokenizer[\w.-]*|vocab\.txt|vocab\.json|merges\.txt|special_tokens_map\.json|"
    r"added_tokens\.json|sentencepiece\.bpe\.model|spiece\.model|chat_template\.jinja|"
    r"training_summary\.json|training_config\.json|generation_config\.json)$"
)


# -- names ---------------------------------------------------------------------------------
def lock_path(output_dir: Path) -> Path:
    """Return the lock file held beside ``output_dir`` while a run writes to it."""
    return output_dir.with_name(f".{output_dir.name}.embedtune-lock")


def _run_dir_prefix(output_dir: Path) -> str:
    return f".{output_dir.name}.embedtune-run-"


# -- checks before a run -------------------------------------------------------------------
def foreign_entries(folder: Path) -> list[str]:
    """Return the names in ``folder`` this app did not write (empty = the folder is ours).

    A folder is ours when it holds the app's model marker and nothing the marker does not
    list; or, for models saved before the marker existed, when it holds training_summary.json
    and modules.json and only files a sentence-transformers model folder has.
    """
    names = sorted(p.name for p in folder.iterdir())
    marker = folder / MODEL_MARKER
    if marker.is_file():
        try:
            data = json.loads(marker.read_text("utf-8"))
            listed = set(data.get("files", [])) if data.get("app") == APP_NAME else set()
        except (OSError, ValueError, AttributeError):
            listed = set()
        if listed:
            return [n for n in names if n not in listed and n != MODEL_MARKER]
        return names
    if {"training_summary.json", "modules.json"} <= set(names):
        return [n for n in names if not _LEGACY_MODEL_ENTRIES.match(n)]
    return names


def check_output_dir(output_dir: Path, overwrite: bool) -> None:
    """Refuse an output folder that cannot or must not be written (before anything loads).

    An empty or missing folder is fine. An existing folder is replaced only with
    ``overwrite`` *and* only when this app wrote it (see :func:`foreign_entries`).

    Raises:
        OutputExistsError: The folder exists and overwriting was not asked for, or it holds
            files this app did not write.
        TrainingError: The path is a file.
    """
    if output_dir.is_file():
        raise TrainingError(
            translate("saving", "{path} is a file, not a folder.").format(path=output_dir),
            translate("saving", "Choose a folder name for the trained model."),
        )
    if not output_dir.is_dir() or not any(output_dir.iterdir()):
        return
    if not overwrite:
        raise OutputExistsError(
            translate("saving", "The folder {folder} already exists.").format(folder=output_dir),
            translate("saving", "Choose another name, or allow replacing it."),
            cli_hint="(--overwrite)",
        )
    foreign = foreign_entries(output_dir)
    if foreign:
        shown = ", ".join(foreign[:3])
        if len(foreign) > 3:
            shown = translate("saving", "{names} and {count} more").format(
                names=shown, count=len(foreign) - 3
            )
        raise OutputExistsError(
            translate(
                "saving",
                "The folder {folder} holds files this app did not write ({names}), so it will "
                "not be replaced.",
            ).format(folder=output_dir, names=shown),
            translate("saving", "Choose a new, empty folder for the trained model."),
        )


def _writable_error(folder: Path, exc: OSError) -> TrainingError:
    if exc.errno == errno.ENOSPC:
        message = translate(
            "saving", "The trained model cannot be saved in {folder}: the disk is full."
        )
    else:
        message = translate(
            "saving", "The trained model cannot be saved in {folder}: it is read-only or not yours."
        )
    return TrainingError(
        message.format(folder=folder),
        translate(
            "saving", "Choose another folder for the trained model (for example in your Documents)."
        ),
    )


def _ensure_parent(output_dir: Path) -> None:
    try:
        output_dir.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _writable_error(output_dir.parent, exc) from None


# -- the output lock -----------------------------------------------------------------------
def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


class OutputLock:
    """A lock file beside the output folder, held for a whole run.

    It is created with ``O_EXCL``, so two runs cannot both hold it. A lock whose process is
    gone (same host, PID no longer running) is stale and taken over. Creating it is also the
    check that the output's parent folder is writable, before any model is loaded.
    """

    def __init__(self, output_dir: Path) -> None:
        self.path = lock_path(output_dir)
        self._output_dir = output_dir
        self._held = False

    def acquire(self) -> None:
        """Take the lock.

        Raises:
            TrainingError: Another run holds it, or the folder is not writable.
        """
        _ensure_parent(self._output_dir)
        host, started = socket.gethostname(), time.time()
        mine = {"app": APP_NAME, "pid": os.getpid(), "host": host, "started": started}
        payload = json.dumps(mine)
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                if self._remove_if_stale():
                    continue
                raise TrainingError(
                    translate("saving", "Another training is already saving to {folder}.").format(
                        folder=self._output_dir
                    ),
                    translate(
                        "saving",
                        "Wait for it to end, or choose another folder. If no other training is "
                        "running, delete the file {path}.",
                    ).format(path=self.path),
                ) from None
            except OSError as exc:
                raise _writable_error(self._output_dir.parent, exc) from None
            try:
                os.write(fd, payload.encode("utf-8"))
            except OSError as exc:
                os.close(fd)
                self.path.unlink(missing_ok=True)
                raise _writable_error(self._output_dir.parent, exc) from None
            os.close(fd)
            self._held = True
            return
        raise TrainingError(
            translate("saving", "The folder {folder} could not be locked for this run.").format(
                folder=self._output_dir
            ),
            translate("saving", "Try again; if it keeps happening, choose another folder."),
        )

    def _remove_if_stale(self) -> bool:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            pid, host = int(data["pid"]), str(data["host"])
        except FileNotFoundError:
            return True  # released meanwhile
        except (OSError, ValueError, KeyError, TypeError):
            # Half-written by a process killed while creating it: stale if old enough.
            try:
                age = time.time() - self.path.stat().st_mtime
            except OSError:
                return True
            if age < 10:
                return False
            pid, host = -1, socket.gethostname()
        if host != socket.gethostname() or _process_alive(pid):
            return False
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        return True

    def release(self) -> None:
        """Give the lock back (only if this object holds it)."""
        if self._held:
            self._held = False
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


# -- staging folders for checkpoints -------------------------------------------------------
def _read_run_marker(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / RUN_MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("app") == APP_NAME else None


def run_dirs(output_dir: Path) -> list[Path]:
    """Return the staging folders this app created for ``output_dir``, newest first."""
    parent, prefix = output_dir.parent, _run_dir_prefix(output_dir)
    if not parent.is_dir():
        return []
    found = []
    for folder in parent.iterdir():
        if not folder.name.startswith(prefix) or not folder.is_dir() or folder.is_symlink():
            continue
        marker = _read_run_marker(folder)
        if marker and marker.get("output_dir") == str(output_dir):
            found.append((float(marker.get("created", 0.0)), folder))
    return [folder for _, folder in sorted(found, key=lambda item: item[0], reverse=True)]


def new_run_dir(output_dir: Path) -> Path:
    """Create a hidden, uniquely named staging folder beside ``output_dir`` with its marker."""
    _ensure_parent(output_dir)
    folder = output_dir.with_name(f"{_run_dir_prefix(output_dir)}{uuid.uuid4().hex[:12]}")
    try:
        folder.mkdir()
        payload = {"app": APP_NAME, "output_dir": str(output_dir), "created": time.time()}
        (folder / RUN_MARKER).write_text(json.dumps(payload) + "\n", "utf-8")
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise _writable_error(output_dir.parent, exc) from None
    return folder


def remove_run_dir(folder: Path) -> bool:
    """Delete ``folder`` only if this app created it (its marker is there); return whether."""
    if folder.is_symlink() or _read_run_marker(folder) is None:
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return True


def checkpoint_step(folder: Path) -> int | None:
    """Return the step of a ``checkpoint-N`` folder name, else None."""
    match = _CHECKPOINT_NAME.match(folder.name)
    return int(match.group(1)) if match else None


def complete_checkpoints(run_dir: Path) -> list[Path]:
    """Return the complete checkpoints in ``run_dir``, newest first.

    Complete means renamed into place with the app's checkpoint marker inside (written after
    everything else). A half-written folder from a killed run has no marker and is skipped.
    """
    if not run_dir.is_dir():
        return []
    found = [
        p
        for p in run_dir.iterdir()
        if p.is_dir() and checkpoint_step(p) is not None and (p / CHECKPOINT_MARKER).is_file()
    ]
    return sorted(found, key=lambda p: checkpoint_step(p) or 0, reverse=True)


def resumable_checkpoints(output_dir: Path) -> list[Path]:
    """Return every complete checkpoint of interrupted runs into ``output_dir``, newest first."""
    found = [c for folder in run_dirs(output_dir) for c in complete_checkpoints(folder)]
    return sorted(found, key=lambda p: checkpoint_step(p) or 0, reverse=True)


def last_checkpoint(output_dir: Path) -> Path | None:
    """Return the newest complete checkpoint of an interrupted run into ``output_dir``."""
    found = resumable_checkpoints(output_dir)
    return found[0] if found else None


def checkpoint_problem(checkpoint: Path) -> str | None:
    """Return why ``checkpoint`` cannot be resumed from (None = it looks readable).

    Reads what resuming reads first (the trainer state, the weights' header, the optimizer
    file's presence) so a damaged or tampered checkpoint is named before the model loads.
    """
    try:
        state = json.loads((checkpoint / "trainer_state.json").read_text("utf-8"))
        if not isinstance(state, dict) or not isinstance(state.get("global_step"), int):
            return translate("saving", "its training state is not valid")
    except (OSError, ValueError):
        return translate("saving", "its training state is missing or damaged")
    weights = sorted(checkpoint.glob("model*.safetensors"))
    if not weights:
        return translate("saving", "its model weights are missing")
    try:
        from safetensors import safe_open

        for file in weights:
            with safe_open(str(file), framework="pt") as handle:
                handle.keys()
    except Exception:  # safetensors raises its own error types for damaged files
        return translate("saving", "its model weights are damaged")
    optimizer = checkpoint / "optimizer.pt"
    if not optimizer.is_file() or optimizer.stat().st_size == 0:
        return translate("saving", "its optimizer state is missing")
    return None


def _fsync_path(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def finish_checkpoint(written: Path, run_dir: Path, step: int) -> Path:
    """Mark the checkpoint in ``written`` complete and rename it to ``run_dir/checkpoint-N``.

    Older checkpoints are deleted only after the new one is in place, so a complete one
    always exists.
    """
    marker = written / CHECKPOINT_MARKER
    marker.write_text(json.dumps({"app": APP_NAME, "step": step}) + "\n", "utf-8")
    _fsync_path(marker)
    _fsync_path(written)
    final = run_dir / f"checkpoint-{step}"
    if final.exists():
        shutil.rmtree(final)
    os.replace(written, final)
    _fsync_path(run_dir)
    for folder in run_dir.iterdir():
        step_of = checkpoint_step(folder)
        if folder != final and (step_of is not None or folder.name.startswith(".writing-")):
            shutil.rmtree(folder, ignore_errors=True)
    return final


def checkpoint_staging(run_dir: Path, step: int) -> Path:
    """Return a fresh hidden folder in ``run_dir`` for writing the checkpoint of ``step``."""
    return run_dir / f".writing-checkpoint-{step}-{uuid.uuid4().hex[:8]}"


# -- disk space ----------------------------------------------------------------------------
def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) says the disk is full."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "no space left on device" in str(exc).lower():
            return True
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
        seen += 1
    return False


def write_failed_for_space(exc: BaseException, folder: Path, needed_bytes: int | None) -> bool:
    """Whether a failed write was (very likely) caused by a full disk.

    Some writers do not say so: torch.save reports "iostream error" or "unexpected pos".
    Call it before the half-written files are removed: then a disk with less free space than
    the write needed is taken as the cause.
    """
    if is_disk_full(exc):
        return True
    free = free_space(folder)
    return free is not None and free < max(needed_bytes or 0, 1_000_000)


def format_size(size_bytes: float) -> str:
    """Return a size in plain units ("1.3 GB", "250 MB")."""
    if size_bytes >= 1e9:
        return translate("saving", "{size:.1f} GB").format(size=size_bytes / 1e9)
    return translate("saving", "{size} MB").format(size=max(1, round(size_bytes / 1e6)))


def free_space(folder: Path) -> int | None:
    """Return the free bytes on the disk holding ``folder`` (None if unknown)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def disk_full_error(what: str, folder: Path, needed_bytes: int | None, hint: str) -> TrainingError:
    """Build the plain message for a full disk: what failed, how much space it needs."""
    free = free_space(folder)
    if needed_bytes and free is not None:
        template = translate(
            "saving",
            "The disk is full: {what} needs about {needed} free in {folder}, {free} free now.",
        )
    elif needed_bytes:
        template = translate(
            "saving", "The disk is full: {what} needs about {needed} free in {folder}."
        )
    elif free is not None:
        template = translate(
            "saving", "The disk is full: {what} needs more space free in {folder}, {free} free now."
        )
    else:
        template = translate(
            "saving", "The disk is full: {what} needs more space free in {folder}."
        )
    message = template.format(
        what=what,
        needed=format_size(needed_bytes) if needed_bytes else "",
        folder=folder,
        free=format_size(free) if free is not None else "",
    )
    return TrainingError(message, hint)


# -- the final save ------------------------------------------------------------------------
def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as readable UTF-8 JSON."""
    from desktop_app.core.training.events import json_safe

    text = json.dumps(json_safe(data), indent=2, ensure_ascii=False, allow_nan=False)
    path.write_text(text + "\n", "utf-8")


def write_model_marker(folder: Path) -> None:
    """Record in ``folder`` that this app wrote it, and which entries it wrote."""
    files = sorted(p.name for p in folder.iterdir() if p.name != MODEL_MARKER)
    payload = {"app": APP_NAME, "kind": "model", "files": files, "saved": time.time()}
    (folder / MODEL_MARKER).write_text(json.dumps(payload, indent=2) + "\n", "utf-8")


def move_into_place(staging: Path, target: Path, check: Callable[[Path], None]) -> None:
    """Rename the finished ``staging`` folder to ``target`` in one step.

    A non-empty ``target`` is first passed to ``check``, which raises when it may not be
    replaced (not written by this app, or not asked for); otherwise it is moved aside and
    deleted only once the new folder is in place. An empty one is removed. If the rename
    fails, the old folder is put back. Used for models, exports and packed runs alike.

    Raises:
        Whatever ``check`` raises; OSError when the rename fails.
    """
    aside = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
    if target.exists():
        if target.is_dir() and not any(target.iterdir()):
            target.rmdir()
        else:
            check(target)
            os.replace(target, aside)
    try:
        os.replace(staging, target)
    except OSError:
        if aside.exists() and not target.exists():
            os.replace(aside, target)
        raise
    finally:
        if aside.exists() and target.exists():
            shutil.rmtree(aside, ignore_errors=True)


def save_atomically(
    output_dir: Path,
    write: Callable[[Path], None],
    *,
    overwrite: bool,
    needed_bytes: int | None = None,
) -> None:
    """Let ``write`` fill a temporary sibling folder, then rename it to ``output_dir``.

    The folder gets the app's marker. The old folder (when overwriting, and only if this app
    wrote it: checked again here, as it may have changed during training) is moved aside
    first and deleted only after the new one is in place. If ``write`` fails, the temporary
    folder is removed and ``output_dir`` is untouched.

    Args:
        output_dir: The final folder.
        write: Fills the folder it is given.
        overwrite: Whether an existing folder written by this app may be replaced.
        needed_bytes: Rough size of what ``write`` writes, for the disk-full message.

    Raises:
        OutputExistsError: ``output_dir`` appeared meanwhile and ``overwrite`` is off, or it
            holds files this app did not write.
        TrainingError: The disk is full or not writable.
    """
    _ensure_parent(output_dir)
    staging = output_dir.with_name(f".{output_dir.name}.saving-{uuid.uuid4().hex[:8]}")
    try:
        staging.mkdir()
        write(staging)
        write_model_marker(staging)
        move_into_place(staging, output_dir, lambda folder: check_output_dir(folder, overwrite))
        _fsync_path(output_dir.parent)
    except Exception as exc:  # safetensors and torch report a full disk in their own ways
        full = write_failed_for_space(exc, output_dir.parent, needed_bytes)
        if not isinstance(exc, OSError) and not full:
            raise
        if full:
            raise disk_full_error(
                translate("saving", "saving the trained model"),
                output_dir.parent,
                needed_bytes,
                translate(
                    "saving",
                    "Free some space on that disk or choose a folder on another disk, then train "
                    "again.",
                ),
            ) from None
        reason = getattr(exc, "strerror", None) or exc
        raise TrainingError(
            translate(
                "saving", "The trained model could not be saved to {folder} ({reason})."
            ).format(folder=output_dir, reason=reason),
            translate("saving", "Check that the folder is writable and the disk has free space."),
        ) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
