"""Build EmbedTune's one-folder bundle for the current platform, in one command.

    python installer/build.py                 # build into dist/EmbedTune (or dist/EmbedTune.app)
    python installer/build.py --smoke-test    # ... and run the smoke test on the frozen app
    python installer/build.py --archive       # ... and pack the folder (zip on Windows/macOS,
                                              #     tar.xz on Linux) to report its size
    python installer/build.py --gpu           # a GPU build: allow a CUDA torch, keep its libraries

It checks that torch is a CPU (or Apple MPS) build, refusing a CUDA torch unless ``--gpu``
is given (a CUDA torch adds several GB of NVIDIA libraries that a CPU bundle drops, and its
libtorch_cuda would be left without them); regenerates the icons and the licence texts
(installer/collect_licenses.py -> resources/licenses/); runs PyInstaller on
``installer/embedtune.spec``; prints the build time, the bundle size and its biggest parts;
and checks the bundle against installer/bundle_rules.py (no CUDA library in a CPU build, none
of the dropped parts). Build output goes to ``dist/`` and ``build/`` (both ignored by git)
unless ``--dist``/``--work`` say otherwise. The Windows ``Setup.exe`` (Inno Setup) and the
macOS ``.dmg`` (dmgbuild) are made from this output; see docs/building-installers.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "embedtune.spec"
APP_NAME = "EmbedTune"

sys.path.insert(0, str(ROOT / "installer"))
from bundle_rules import forbidden_files  # noqa: E402

#: Printed when the environment holds a CUDA torch and --gpu was not given.
CUDA_TORCH_REFUSAL = """\
This environment has a CUDA build of torch ({detail}). A CPU bundle built from it would keep
libtorch_cuda without the NVIDIA libraries it needs and be far bigger than it should be.
Install the CPU build first:
  Linux:          pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
  Windows, macOS: pip install torch==2.13.0
or build a GPU bundle on purpose with --gpu."""


def torch_cuda_build() -> str | None:
    """Say why the installed torch is a CUDA build (None for a CPU or MPS build).

    Looks at ``torch.version.cuda`` (in a child process, so this script stays light) and at
    the libraries torch ships (libtorch_cuda / torch_cuda.dll), either of which marks a CUDA
    build.
    """
    probe = (
        "import pathlib, torch; print(torch.version.cuda or '');"
        "lib = pathlib.Path(torch.__file__).parent / 'lib';"
        "print(' '.join(sorted(p.name for p in lib.glob('*torch_cuda*'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    lines = [*result.stdout.splitlines(), "", ""]
    cuda_version, cuda_libraries = lines[0].strip(), lines[1].strip()
    if cuda_version:
        return f"torch.version.cuda = {cuda_version}"
    if cuda_libraries:
        return f"torch/lib holds {cuda_libraries}"
    return None


def folder_size(path: Path) -> int:
    """Return the bytes of every file under ``path`` (symlinks not followed)."""
    if path.is_file():
        return path.stat().st_size
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            file = Path(root) / name
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def biggest_parts(bundle: Path, top: int = 15) -> list[tuple[str, int]]:
    """Return the ``top`` biggest entries of the bundle's internal folder, with sizes."""
    internal = bundle / "_internal"
    if not internal.is_dir():  # macOS .app
        internal = bundle / "Contents" / "Frameworks"
    sizes = [
        (entry.name, folder_size(entry)) for entry in internal.iterdir() if not entry.is_symlink()
    ]
    return sorted(sizes, key=lambda item: item[1], reverse=True)[:top]


def frozen_executable(dist: Path) -> Path:
    """Return the frozen app's executable inside ``dist``."""
    if sys.platform == "darwin":
        return dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / APP_NAME / f"{APP_NAME}{suffix}"


def run_pyinstaller(dist: Path, work: Path) -> float:
    """Run PyInstaller on the spec; return the seconds it took."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("$", " ".join(command), flush=True)
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    return time.perf_counter() - start


def archive(bundle: Path, out_dir: Path) -> Path:
    """Pack the bundle (zip on Windows/macOS, tar.xz on Linux); return the archive path.

    On Linux the archive is ``EmbedTune-linux.tar.xz``. xz (LZMA, like Inno Setup's) packs
    tighter than gzip; ``tar`` with ``xz -6 -T0`` (every core, multi-threaded) is used when
    both are on the PATH, Python's single-threaded tarfile otherwise (same format, slower).
    """
    base = out_dir / f"{APP_NAME}-{sys.platform}"
    if sys.platform in {"win32", "darwin"}:
        return Path(shutil.make_archive(str(base), "zip", bundle.parent, bundle.name))
    path = out_dir / f"{APP_NAME}-linux.tar.xz"
    path.unlink(missing_ok=True)
    tar, xz = shutil.which("tar"), shutil.which("xz")
    if tar and xz:
        command = [tar, "-I", "xz -6 -T0", "-cf", str(path), "-C", str(bundle.parent), bundle.name]
        print("$", " ".join(command), flush=True)
        subprocess.run(command, check=True)
    else:
        print("tar or xz not found: packing with Python's tarfile (single-threaded)", flush=True)
        with tarfile.open(path, "w:xz", preset=6) as archive_file:
            archive_file.add(bundle, arcname=bundle.name)
    return path


def check_multilingual_model() -> None:
    """Check the multilingual model the bundle will carry, when one was fetched.

    ``EMBEDTUNE_MULTILINGUAL_MODEL_DIR`` names the folder that
    ``installer/fetch_multilingual_model.py --model-id MODEL_ID --dest DIR`` filled on a
    machine with a network; the spec bundles it. Unset: the bundle ships the English model only.

    Raises:
        subprocess.CalledProcessError: The model failed its check (the build stops).
    """
    folder = os.environ.get("EMBEDTUNE_MULTILINGUAL_MODEL_DIR", "").strip()
    if not folder:
        print("multilingual model: none (EMBEDTUNE_MULTILINGUAL_MODEL_DIR unset)")
        return
    fetcher = ROOT / "installer" / "fetch_multilingual_model.py"
    if not fetcher.is_file():
        raise SystemExit(f"{fetcher} is missing: it checks the multilingual model in {folder}")
    print(f"multilingual model: checking {folder}", flush=True)
    subprocess.run([sys.executable, str(fetcher), "--model-dir", folder], check=True)
    print(f"multilingual model: {mb(folder_size(Path(folder)))} in {folder}")


def check_bundle(bundle: Path, *, gpu_build: bool) -> list[str]:
    """Return the bundle's files that installer/bundle_rules.py says must not be there."""
    internal = bundle / "_internal"
    if not internal.is_dir():  # macOS .app
        internal = bundle / "Contents" / "Frameworks"
    return forbidden_files(internal, gpu_build=gpu_build)


#: The frozen smoke test runs twice: every step as a user's computer has it (HF_HUB_OFFLINE
#: unset), then the model and training steps strictly offline (HF_HUB_OFFLINE=1). Both fail on
#: any network attempt (see desktop_app/smoke.py).
SMOKE_VARIANTS = (
    (None, "all"),
    ("1", "model,similarity,training,saved-model"),
)


def smoke_test(executable: Path) -> int:
    """Run the frozen app's smoke test headless in both variants; return the worst status."""
    worst = 0
    for offline, steps in SMOKE_VARIANTS:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("TRANSFORMERS_OFFLINE", None)
        env.pop("HF_HUB_OFFLINE", None)
        if offline is not None:
            env["HF_HUB_OFFLINE"] = offline
        report = executable.parent / "smoke-report.txt"
        env["EMBEDTUNE_SMOKE_REPORT"] = str(report)
        variant = "HF_HUB_OFFLINE unset" if offline is None else f"HF_HUB_OFFLINE={offline}"
        print(f"$ {variant} {executable} --smoke-test={steps}", flush=True)
        result = subprocess.run([str(executable), f"--smoke-test={steps}"], env=env, check=False)
        if report.is_file():
            if sys.platform == "win32":  # a windowed exe prints nowhere; show the report
                print(report.read_text("utf-8"))
            report.unlink()
        worst = max(worst, result.returncode)
    return worst


def mb(size: int) -> str:
    """Format bytes as MB."""
    return f"{size / 1e6:,.0f} MB"


def main(argv: list[str] | None = None) -> int:
    """Build, report, and optionally smoke-test and archive."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--smoke-test", action="store_true", help="run the frozen smoke test")
    parser.add_argument("--archive", action="store_true", help="pack the bundle and report it")
    parser.add_argument("--skip-build", action="store_true", help="report on an existing build")
    parser.add_argument(
        "--gpu",
        action="store_true",
        help="a GPU build: accept a CUDA torch and keep the CUDA libraries (several GB)",
    )
    args = parser.parse_args(argv)

    if not args.skip_build:
        cuda = torch_cuda_build()
        if cuda and not args.gpu:
            print(CUDA_TORCH_REFUSAL.format(detail=cuda), file=sys.stderr)
            return 2
        print(f"torch: {cuda or 'CPU/MPS build'}{' (GPU build)' if args.gpu else ''}")
        subprocess.run([sys.executable, str(ROOT / "installer" / "make_icons.py")], check=True)
        subprocess.run(
            [sys.executable, str(ROOT / "installer" / "collect_licenses.py")], check=True
        )
        os.environ["EMBEDTUNE_GPU_BUILD"] = "1" if args.gpu else "0"
        check_multilingual_model()
        seconds = run_pyinstaller(args.dist, args.work)
        print(f"build time: {seconds:.0f} s")
    bundle = args.dist / (f"{APP_NAME}.app" if sys.platform == "darwin" else APP_NAME)
    print(f"bundle: {bundle}  {mb(folder_size(bundle))} on disk")
    for name, size in biggest_parts(bundle):
        print(f"  {mb(size):>10}  {name}")
    forbidden = check_bundle(bundle, gpu_build=args.gpu)
    if forbidden:
        print(f"the bundle holds {len(forbidden)} file(s) it must not:", file=sys.stderr)
        for name in forbidden[:30]:
            print(f"  {name}", file=sys.stderr)
        return 1
    print(
        "bundle contents: no CUDA library and none of the dropped parts"
        if not args.gpu
        else "bundle contents: none of the dropped parts (GPU build keeps CUDA)"
    )
    status = 0
    if args.smoke_test:
        status = smoke_test(frozen_executable(args.dist))
        print(f"smoke test exit status: {status}")
    if args.archive:
        start = time.perf_counter()
        path = archive(bundle, args.dist)
        print(f"archive: {path}  {mb(path.stat().st_size)} ({time.perf_counter() - start:.0f} s)")
    return status


if __name__ == "__main__":
    sys.exit(main())
