"""Build EmbedTune's one-folder bundle for the current platform, in one command.

    python installer/build.py                 # build into dist/EmbedTune (or dist/EmbedTune.app)
    python installer/build.py --smoke-test    # ... and run the smoke test on the frozen app
    python installer/build.py --archive       # ... and pack the folder (zip on Windows/macOS,
                                              #     tar.xz on Linux) to report its size

It regenerates the icons, runs PyInstaller on ``installer/embedtune.spec`` and prints the
build time, the bundle size and its biggest parts. Build output goes to ``dist/`` and
``build/`` (both ignored by git) unless ``--dist``/``--work`` say otherwise. The Windows
``Setup.exe`` (Inno Setup) and the macOS ``.dmg`` (dmgbuild) are made from this output; see
docs/building-installers.md.
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
    """Pack the bundle (zip on Windows/macOS, tar.xz on Linux); return the archive path."""
    base = out_dir / f"{APP_NAME}-{sys.platform}"
    if sys.platform in {"win32", "darwin"}:
        return Path(shutil.make_archive(str(base), "zip", bundle.parent, bundle.name))
    # xz (LZMA, like Inno Setup's and a compressed dmg's) brings the bundle under 450 MB
    # where gzip gives ~500 MB.
    path = base.with_suffix(".tar.xz")
    with tarfile.open(path, "w:xz", preset=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    return path


def smoke_test(executable: Path) -> int:
    """Run the frozen app's smoke test headless; return its exit status."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    report = executable.parent / "smoke-report.txt"
    env["EMBEDTUNE_SMOKE_REPORT"] = str(report)
    print(f"$ {executable} --smoke-test", flush=True)
    result = subprocess.run([str(executable), "--smoke-test"], env=env, check=False)
    if report.is_file():
        if sys.platform == "win32":  # a windowed exe prints nowhere; show the report
            print(report.read_text("utf-8"))
        report.unlink()
    return result.returncode


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
    args = parser.parse_args(argv)

    if not args.skip_build:
        subprocess.run([sys.executable, str(ROOT / "installer" / "make_icons.py")], check=True)
        seconds = run_pyinstaller(args.dist, args.work)
        print(f"build time: {seconds:.0f} s")
    bundle = args.dist / (f"{APP_NAME}.app" if sys.platform == "darwin" else APP_NAME)
    print(f"bundle: {bundle}  {mb(folder_size(bundle))} on disk")
    for name, size in biggest_parts(bundle):
        print(f"  {mb(size):>10}  {name}")
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
