"""Collect the licence texts of everything the installers bundle into resources/licenses/.

    python installer/collect_licenses.py            # write resources/licenses/packages/ + INDEX
    python installer/collect_licenses.py --check    # exit 1 if a bundled package has no text

The installers ship resources/ whole, so the texts travel inside every bundle (and the About
dialog's THIRD_PARTY.md table points to them). What it writes:

* ``packages/<distribution>/...``: the licence, copying and notice files found in each
  installed distribution's ``.dist-info`` (the ``licenses/`` folder of metadata 2.4, or
  LICENSE*/COPYING*/NOTICE* files beside METADATA), for every distribution that EmbedTune's
  dependencies (pyproject.toml) pull in, followed transitively;
* ``packages/python/LICENSE.txt``: the licence of the Python interpreter that runs the app;
* ``INDEX.md``: one line per distribution with its version, licence expression and files.

``LGPL-3.0.txt`` and ``GPL-3.0.txt`` (Qt/PySide6 is used under the LGPL v3, which is written
as additions to the GPL v3), ``Apache-2.0.txt`` and ``README.md`` are kept in the repository
by hand; this script leaves them alone. PySide6-Essentials, shiboken6, tokenizers and odfpy
carry no licence file in their wheels: FALLBACK_TEXTS names the text that covers each.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import shutil
import sys
import sysconfig
import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LICENSES = ROOT / "resources" / "licenses"
#: File-name stems that mark a licence text in a .dist-info folder.
LICENCE_WORDS = ("LICEN", "COPYING", "NOTICE", "COPYRIGHT", "AUTHORS")
#: Distributions the bundle leaves out although a dependency names them (see the spec).
#: Texts kept by hand in resources/licenses/ for distributions whose wheels carry none.
FALLBACK_TEXTS = {
    "pyside6-essentials": "LGPL-3.0.txt, GPL-3.0.txt",
    "shiboken6": "LGPL-3.0.txt, GPL-3.0.txt",
    "odfpy": "Apache-2.0.txt",
    "tokenizers": "Apache-2.0.txt",
}
NOT_BUNDLED = frozenset(
    canonicalize_name(name)
    for name in ("triton", "nvidia-cudnn-cu12", "setuptools", "pip", "wheel", "tensorboard")
)


def top_level_requirements() -> list[Requirement]:
    """Return EmbedTune's run-time requirements from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


def _applies(requirement: Requirement, extras: set[str]) -> bool:
    if requirement.marker is None:
        return True
    environment = default_environment()
    if not extras:
        return requirement.marker.evaluate({**environment, "extra": ""})
    return any(requirement.marker.evaluate({**environment, "extra": e}) for e in extras)


def bundled_distributions() -> dict[str, metadata.Distribution]:
    """Return every installed distribution the app's requirements pull in, by canonical name."""
    found: dict[str, metadata.Distribution] = {}
    queue: list[tuple[Requirement, set[str]]] = [(r, set()) for r in top_level_requirements()]
    seen_extras: dict[str, set[str]] = {}
    while queue:
        requirement, parent_extras = queue.pop()
        if not _applies(requirement, parent_extras):
            continue
        name = canonicalize_name(requirement.name)
        if name in NOT_BUNDLED or name.startswith("nvidia-"):
            continue
        extras = set(requirement.extras)
        if name in found and extras <= seen_extras.get(name, set()):
            continue
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue  # optional on this platform, or not installed here
        found[name] = dist
        seen_extras.setdefault(name, set()).update(extras)
        for text in dist.requires or []:
            queue.append((Requirement(text), extras))
    return dict(sorted(found.items()))


def licence_files(dist: metadata.Distribution) -> list[tuple[str, Path]]:
    """Return (path inside the licence folder, source file) for a distribution's texts."""
    result = []
    for entry in dist.files or []:
        parts = entry.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        inside = parts[1:]
        in_licenses_folder = len(inside) > 1 and inside[0] == "licenses"
        top_level_text = len(inside) == 1 and any(w in inside[0].upper() for w in LICENCE_WORDS)
        if in_licenses_folder or top_level_text:
            relative = "/".join(inside[1:] if in_licenses_folder else inside)
            result.append((relative, Path(str(dist.locate_file(entry)))))
    return result


def licence_expression(dist: metadata.Distribution) -> str:
    """Return the distribution's declared licence in one short line."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if "License ::" in c
    ]
    if classifiers:
        return "; ".join(classifiers)
    text = (meta.get("License") or "").strip().splitlines()
    return text[0][:80] if text else "see the files"


def collect(out: Path) -> list[str]:
    """Write the licence texts under ``out``; return the distributions that had none."""
    packages = out / "packages"
    if packages.exists():
        shutil.rmtree(packages)
    packages.mkdir(parents=True)
    lines = [
        "# Licences of the bundled Python packages",
        "",
        "Written by installer/collect_licenses.py from the installed packages' metadata.",
        "Qt (PySide6-Essentials, shiboken6) is used under the LGPL-3.0: ../LGPL-3.0.txt, which",
        "adds to ../GPL-3.0.txt; ../README.md says how to replace the Qt libraries.",
        "",
        "| Distribution | Version | Licence | Files in packages/ |",
        "|---|---|---|---|",
    ]
    candidates = [  # Linux/macOS keep it beside the standard library, Windows at the top
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ]
    python_licence = next((path for path in candidates if path.is_file()), None)
    if python_licence is not None:
        (packages / "python").mkdir()
        shutil.copyfile(python_licence, packages / "python" / "LICENSE.txt")
        version = ".".join(map(str, sys.version_info[:3]))
        lines.append(f"| Python | {version} | PSF-2.0 | python/LICENSE.txt |")
    missing = []
    for name, dist in bundled_distributions().items():
        files = licence_files(dist)
        for relative, source in files:
            target = packages / name / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        if not files:
            missing.append(name)
        listed = ", ".join(f"{name}/{r}" for r, _ in files[:3])
        if len(files) > 3:
            listed += f" and {len(files) - 3} more"
        expression = licence_expression(dist).replace("|", "/")
        if not listed:
            listed = f"none in the wheel: see ../{FALLBACK_TEXTS.get(name, '(missing)')}"
        lines.append(f"| {name} | {dist.version} | {expression} | {listed} |")
    (out / "INDEX.md").write_text("\n".join(lines) + "\n", "utf-8")
    return missing


def main(argv: list[str] | None = None) -> int:
    """Collect the texts; with --check, fail when a package has none and no fallback."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=LICENSES)
    parser.add_argument("--check", action="store_true", help="fail on packages without texts")
    args = parser.parse_args(argv)
    missing = collect(args.out)
    others = sorted(set(missing) - set(FALLBACK_TEXTS))
    print(f"licence texts written to {args.out}; without a text in their wheel: {missing}")
    return 1 if args.check and others else 0


if __name__ == "__main__":
    sys.exit(main())
