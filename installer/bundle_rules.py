"""What PyInstaller collects but the bundle leaves out: one list for the spec, build.py and tests.

``installer/embedtune.spec`` filters PyInstaller's binaries and data through
:func:`keep_in_bundle`; ``installer/build.py`` and ``tests/test_installer_files.py`` check a
built bundle against the same rules (no CUDA library, none of the dropped parts).
"""

from __future__ import annotations

import re
from pathlib import Path

#: File names of CUDA, cuDNN, NCCL and other NVIDIA runtime libraries (Linux .so, Windows
#: .dll), and torch's CUDA halves. A CPU build drops every one, wherever it was found (a CUDA
#: toolkit on the build machine's library path, e.g. /usr/local/cuda/lib/libcudart.so, is
#: picked up as a dependency otherwise).
CUDA_LIBRARY = re.compile(
    r"^(lib)?("
    r"cuda|cudart|cudnn|cublas|cublasLt|cufft|cufftw|curand|cusolver|cusolverMg|cusparse"
    r"|cusparseLt|cupti|nvrtc|nvrtc-builtins|nvJitLink|nvjitlink|nvToolsExt|nvtx3interop|nvperf"
    r"|nvvm|nccl|nvshmem|cufile|cudss|caffe2_nvrtc|torch_cuda|torch_cuda_linalg|c10_cuda"
    r"|nvidia-ml|pcsamplingutil"
    r")([_.\-0-9].*|)\.(so(\.[0-9.]+)?|dll|dylib)$",
    re.IGNORECASE,
)

#: Library file names (any folder: PyInstaller also links libraries into _internal's top
#: level) of pyarrow parts the app never uses: Flight RPC and its Python glue (only the
#: excluded pyarrow._flight loads them), S3, Gandiva. libarrow_substrait is NOT here:
#: pyarrow.lib and libarrow_python list it as NEEDED (readelf -d), pyarrow cannot load without.
DROP_NAME_PREFIXES = (
    "libarrow_flight",
    "libarrow_python_flight",
    "libarrow_s3",
    "libgandiva",
    "arrow_flight",  # Windows: arrow_flight.dll
    "arrow_python_flight",
)

#: Collected binaries and data whose destination path contains one of these is dropped.
DROP_PATH_PARTS = (
    "nvidia/",  # torch's nvidia-* CUDA wheels (see CUDA_LIBRARY for single files)
    "triton/",
    "torch/lib/libtorchbind_test",
    "torch/lib/libjitbackend_test",
    "torch/lib/libbackend_with_compiler",
    "torch/lib/libaoti_custom_ops",
    "torch/include/",
    "torch/share/cmake",
    "torch/test/",
    "pyarrow/libarrow_flight",
    "pyarrow/libarrow_python_flight",  # only pyarrow._flight (excluded) needs it
    "pyarrow/libarrow_s3",
    "pyarrow/_pyarrow_cpp_tests",
    "pyarrow/libgandiva",
    "pyarrow/include/",
    "pyarrow/src/",
    "pyarrow/tests/",
    ".pyx",  # Cython sources and headers of pyarrow: not needed to run
    ".pxd",
    ".pxi",
    "pyarrow/_flight",
    "pyarrow/_s3fs",
    "pyarrow/_substrait",
    "PySide6/Qt/qml/",
    "PySide6/Qt/metatypes/",
    "PySide6/Qt/libexec/",
    "PySide6/include/",
    "PySide6/typesystems/",
    "PySide6/glue/",
    "PySide6/Qt/plugins/qmltooling",
    "PySide6/Qt/plugins/designer",
    "PySide6/Qt/plugins/sqldrivers",
    "PySide6/Qt/plugins/multimedia",
    "PySide6/Qt/plugins/networkinformation",
    "PySide6/Qt/plugins/tls",
    "libQt6Quick",
    "libQt6Qml",
    "libQt6Pdf",
    "libQt6Network",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6Pdf",
    "Qt6Network",
)


def keep_in_bundle(destination: str, *, gpu_build: bool = False) -> bool:
    """Whether a file PyInstaller collected for ``destination`` belongs in the bundle.

    CUDA libraries (CUDA_LIBRARY, or under nvidia/) stay only in a GPU build. Files named
    by DROP_NAME_PREFIXES or whose path holds one of DROP_PATH_PARTS are left out. Qt
    translations other than qtbase (dialog buttons) are dropped too: the app's own texts
    come from resources/i18n, and qtbase is what standard dialogs use. So is everything in
    torch/bin but torch_shm_manager (C++ test programs, protoc: about 50 MB).
    """
    dest = destination.replace("\\", "/")
    is_cuda = "nvidia/" in dest or CUDA_LIBRARY.match(dest.rsplit("/", 1)[-1]) is not None
    if is_cuda:
        return gpu_build
    if dest.rsplit("/", 1)[-1].startswith(DROP_NAME_PREFIXES):
        return False
    if any(part in dest for part in DROP_PATH_PARTS):
        return False
    if "PySide6/Qt/translations/" in dest and "/qtbase_" not in dest:
        return False
    # torch/bin holds C++ test programs and protoc; only the shared-memory manager is used.
    return not (dest.startswith("torch/bin/") and not dest.endswith("torch_shm_manager"))


def forbidden_files(internal: Path, *, gpu_build: bool = False) -> list[str]:
    """Return the files under a built bundle's internal folder that must not be there.

    Args:
        internal: ``_internal`` of a one-folder bundle (``Contents/Frameworks`` of a .app).
        gpu_build: Whether CUDA libraries are allowed (a GPU build).

    Returns:
        Paths relative to ``internal``, with forward slashes, sorted.
    """
    bad = []
    for path in internal.rglob("*"):
        if path.is_dir():
            continue
        relative = path.relative_to(internal).as_posix()
        if not keep_in_bundle(relative, gpu_build=gpu_build):
            bad.append(relative)
    return sorted(bad)
