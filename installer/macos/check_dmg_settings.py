"""Run dmgbuild on installer/macos/dmg_settings.py as far as it goes without macOS.

    pip install --target /tmp/dmgbuild "dmgbuild==1.6.7"
    PYTHONPATH=/tmp/dmgbuild python installer/macos/check_dmg_settings.py

dmgbuild (the tool the macOS job uses) loads the settings file with the ``-D`` defines,
merges them into its defaults and computes the Finder window and icon-view options before
its first call to ``hdiutil`` (macOS only). This script runs exactly that part of
``dmgbuild.core.build_dmg`` on a stand-in ``EmbedTune.app`` and stops at the first
``hdiutil`` call, then checks that the settings' background resource exists in dmgbuild.
What it cannot check: the image itself, the .DS_Store and the background drawn in Finder
(all made after ``hdiutil attach``).
"""

from __future__ import annotations

import platform
import sys
import tempfile
from pathlib import Path

SETTINGS = Path(__file__).resolve().parent / "dmg_settings.py"


class ReachedHdiutil(Exception):
    """dmgbuild got as far as its first hdiutil call."""


def check(version: str = "0.1.0") -> dict[str, object]:
    """Run dmgbuild up to ``hdiutil create``; return the options it would use."""
    from importlib import resources

    real_mac_ver = platform.mac_ver
    if not real_mac_ver()[0]:  # dmgbuild reads the macOS version at import time
        platform.mac_ver = lambda *args, **kwargs: ("14.0", ("", "", ""), "arm64")
    try:
        import dmgbuild.core as core
    finally:
        platform.mac_ver = real_mac_ver

    seen: dict[str, object] = {}

    def stop_at_hdiutil(command: str, *args: object, **kwargs: object) -> None:
        seen["command"] = command
        seen["args"] = args
        raise ReachedHdiutil(command)

    core.hdiutil = stop_at_hdiutil
    with tempfile.TemporaryDirectory() as work:
        app = Path(work) / "EmbedTune.app"
        (app / "Contents" / "MacOS").mkdir(parents=True)
        (app / "Contents" / "MacOS" / "EmbedTune").write_bytes(b"\0" * 1024)
        options: dict[str, object] = {}
        real_load = core.load_settings

        def load_and_keep(filename: str, settings: dict[str, object]) -> None:
            real_load(filename, settings)
            options.update(settings)

        core.load_settings = load_and_keep
        try:
            core.build_dmg(
                str(Path(work) / "EmbedTune.dmg"),
                "EmbedTune",
                settings_file=str(SETTINGS),
                defines={"app": str(app), "version": version},
            )
        except ReachedHdiutil:
            pass
        else:  # pragma: no cover - only on macOS would it go on
            raise AssertionError("dmgbuild finished without calling hdiutil")
    if seen.get("command") != "create":
        raise AssertionError(f"dmgbuild's first hdiutil call was {seen.get('command')}")
    background = options.get("background")
    if isinstance(background, str) and background.startswith("builtin-"):
        resource = resources.files("dmgbuild").joinpath(f"resources/{background}.tiff")
        if not resource.is_file():
            raise AssertionError(f"dmgbuild has no background {background}")
    return options


def main() -> int:
    """Check the settings and print what dmgbuild would use."""
    options = check()
    keys = ("format", "filesystem", "files", "symlinks", "icon_locations", "background")
    for key in keys:
        print(f"{key}: {options.get(key)}")
    print("dmg settings: OK (dmgbuild ran up to its first hdiutil call)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
