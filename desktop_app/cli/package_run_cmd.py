"""``main.py package-run``: pack a training run into a folder that trains on another machine.

The folder holds the data, the settings, the app's training code and launch scripts that use
every GPU of the machine they run on (see docs/bigger-machines.md).
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.core.i18n import translate


def add_parser(subparsers: Any) -> None:
    """Register the ``package-run`` sub-command."""
    parser = subparsers.add_parser(
        "package-run",
        help=translate(
            "cli_package_run", "Pack a training run to run on another (bigger) machine."
        ),
        description=translate(
            "cli_package_run",
            "Write a self-contained folder with the data, the settings, the app's "
            "training code and scripts (run.sh, run.ps1, run.bat) that train on all GPUs of the "
            "machine the folder is copied to. The trained model appears in its output/ folder.",
        ),
    )
    parser.add_argument(
        "--config",
        required=True,
        metavar="FILE",
        help=translate("cli_package_run", "The training_config.json to pack."),
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help=translate("cli_package_run", "A new folder to write."),
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help=translate(
            "cli_package_run",
            "Replace --out if it holds an earlier packed run (never anything else).",
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Run the ``package-run`` sub-command; return the exit status."""
    from desktop_app.core.training.package import package_run

    result = package_run(args.config, args.out, overwrite=args.overwrite)
    print(
        translate("cli_package_run", "Packed the run into {folder} ({size:.1f} MB).").format(
            folder=result.out_dir, size=result.size_bytes / 1e6
        )
    )
    if result.model_included:
        print(
            translate(
                "cli_package_run",
                "The base model is included; the other machine needs no download.",
            )
        )
    else:
        print(
            translate(
                "cli_package_run",
                "The other machine downloads the base model {model} when it starts.",
            ).format(model=result.model)
        )
    print(
        translate(
            "cli_package_run",
            "Copy the folder to the other machine and start run.sh there (run.ps1 on Windows);\n"
            "the trained model appears in {folder}/ (see README.md in the folder).",
        ).format(folder=result.output_dir)
    )
    return 0
