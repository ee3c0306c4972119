"""Start to a visible window: what a user sees after a double-click, from source and frozen.

    python benchmarks/bench_startup.py                       # from source, 5 launches
    python benchmarks/bench_startup.py --frozen dist/EmbedTune/EmbedTune --runs 5
    python benchmarks/bench_startup.py --hf-offline unset    # HF_HUB_OFFLINE not set at all

Each launch gets a FRESH home folder (``HOME`` points to a new temp folder; ``XDG_*``,
``EMBEDTUNE_HOME``, ``MPLCONFIGDIR`` and ``HF_HOME`` are removed so that everything the app
would find in a used home is missing: no settings, no caches, no font cache) and runs on its
own Xvfb display. The benchmark itself is an X client: it listens on the root window for
``MapNotify`` (the moment the X server maps the app's top-level window, i.e. the window
appears) and then samples the window's pixels until they are not all one colour (the moment
Qt has drawn its content into it). Two figures per launch, both counted from just before the
process is spawned (interpreter or bootloader start-up included):

* ``mapped``: the window is on screen;
* ``drawn``: its content is drawn (what the user can read).

Nothing in the app is patched: this is the app exactly as shipped. The app's own timeline
(``EMBEDTUNE_STARTUP_TRACE``, see desktop_app/gui/application.py: GUI code imported,
QApplication made, main window built, shown, first painted) is printed beside, to show
where the time goes. ``PYTHONDONTWRITEBYTECODE`` is removed for a source run, as a user's
Python caches byte code (the first, uncounted launch writes it). Needs Linux with
``Xvfb`` and ``libX11`` (both on CI's ubuntu runner and on this project's machine).
Results go to docs/benchmarks/startup.md; timings on a busy machine are skewed, so rerun it on
an idle one before quoting figures.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: Xlib constants (X.h).
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19
Z_PIXMAP = 2
ALL_PLANES = 0xFFFFFFFFFFFFFFFF
#: Variables that point the app at a used home; removed so each launch starts fresh.
HOME_VARIABLES = (
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "EMBEDTUNE_HOME",
    "MPLCONFIGDIR",
    "HF_HOME",
    "HF_HUB_CACHE",
    "SENTENCE_TRANSFORMERS_HOME",
    "QT_QPA_PLATFORM",
    "PYTHONDONTWRITEBYTECODE",
)


class XMapEvent(ctypes.Structure):
    """The MapNotify member of Xlib's XEvent union."""

    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    )


class XEvent(ctypes.Union):
    """Xlib's XEvent: 24 longs, of which only the map event is read here."""

    _fields_ = (("type", ctypes.c_int), ("xmap", XMapEvent), ("pad", ctypes.c_long * 24))


class XWindowAttributes(ctypes.Structure):
    """The first fields of Xlib's XWindowAttributes (the rest is padding here)."""

    _fields_ = (
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("rest", ctypes.c_char * 256),
    )


def _xlib() -> ctypes.CDLL:
    """Load libX11 and declare the few functions used."""
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    lib.XSelectInput.argtypes = (ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long)
    lib.XFlush.argtypes = (ctypes.c_void_p,)
    lib.XPending.argtypes = (ctypes.c_void_p,)
    lib.XConnectionNumber.argtypes = (ctypes.c_void_p,)
    lib.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(XEvent))
    lib.XGetWindowAttributes.argtypes = (
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.POINTER(XWindowAttributes),
    )
    lib.XGetImage.restype = ctypes.c_void_p
    lib.XGetImage.argtypes = (
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_ulong,
        ctypes.c_int,
    )
    lib.XGetPixel.restype = ctypes.c_ulong
    lib.XGetPixel.argtypes = (ctypes.c_void_p, ctypes.c_int, ctypes.c_int)
    lib.XDestroyImage = lib.XDestroyImage if hasattr(lib, "XDestroyImage") else None
    lib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    # A window can vanish between its MapNotify and our look at it (a short-lived helper
    # window): Xlib's default error handler would exit the whole benchmark; ignore instead
    # (the call then reports failure and the window is skipped).
    handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    lib.ignore_x_errors = handler_type(lambda _display, _event: 0)  # kept alive with lib
    lib.XSetErrorHandler.argtypes = (handler_type,)
    lib.XSetErrorHandler(lib.ignore_x_errors)
    return lib


@dataclass
class Launch:
    """One launch's figures (seconds from spawn; None when it did not happen in time)."""

    mapped: float | None
    drawn: float | None
    stages: dict[str, float] = field(default_factory=dict)


def _start_xvfb(display: int) -> subprocess.Popen:
    """Start Xvfb on ``:display`` and wait until it accepts clients."""
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{display}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            raise RuntimeError(f"Xvfb :{display} did not start")
        time.sleep(0.02)
    time.sleep(0.1)
    return server


def _free_display() -> int:
    """Return a display number that no X server uses."""
    for number in range(140, 400):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


def _window_drawn(lib: ctypes.CDLL, display: int, window: int) -> bool:
    """Whether the window's pixels are no longer all one colour (Qt has drawn into it)."""
    attributes = XWindowAttributes()
    if not lib.XGetWindowAttributes(display, window, ctypes.byref(attributes)):
        return False
    width, height = attributes.width, attributes.height
    if width < 50 or height < 50:
        return False
    image = lib.XGetImage(display, window, 0, 0, width, height, ALL_PLANES, Z_PIXMAP)
    if not image:
        return False
    try:
        colours = {
            lib.XGetPixel(image, (width - 1) * i // 63, (height - 1) * j // 63)
            for i in range(64)
            for j in (0, 10, 21, 32, 42, 53, 63)
        }
    finally:
        if lib.XDestroyImage:
            lib.XDestroyImage.argtypes = (ctypes.c_void_p,)
            lib.XDestroyImage(image)
    return len(colours) > 2


def launch_once(command: list[str], display: int, hf_offline: str, timeout: float) -> Launch:
    """Spawn the app with a fresh home on ``display``; time its window; stop it."""
    lib = _xlib()
    connection = lib.XOpenDisplay(f":{display}".encode())
    if not connection:
        raise RuntimeError(f"cannot open display :{display}")
    root = lib.XDefaultRootWindow(connection)
    lib.XSelectInput(connection, root, SUBSTRUCTURE_NOTIFY_MASK)
    lib.XFlush(connection)
    home = Path(tempfile.mkdtemp(prefix="embedtune-fresh-home-"))
    env = {k: v for k, v in os.environ.items() if k not in HOME_VARIABLES}
    trace = home / "startup-trace.tsv"
    env.update(HOME=str(home), DISPLAY=f":{display}", EMBEDTUNE_STARTUP_TRACE=str(trace))
    if hf_offline == "unset":
        env.pop("HF_HUB_OFFLINE", None)
        env.pop("TRANSFORMERS_OFFLINE", None)
    else:
        env["HF_HUB_OFFLINE"] = hf_offline
    mapped = drawn = None
    window = 0
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=str(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        fd = lib.XConnectionNumber(connection)
        event = XEvent()
        while mapped is None and time.perf_counter() - start < timeout:
            if not lib.XPending(connection):
                select.select([fd], [], [], 0.05)
                if process.poll() is not None:
                    break
                continue
            lib.XNextEvent(connection, ctypes.byref(event))
            if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
                mapped = time.perf_counter() - start
                window = event.xmap.window
        while mapped is not None and drawn is None and time.perf_counter() - start < timeout:
            if _window_drawn(lib, connection, window):
                drawn = time.perf_counter() - start
            else:
                time.sleep(0.005)
        deadline = time.perf_counter() + 5
        while drawn is not None and not trace.is_file() and time.perf_counter() < deadline:
            time.sleep(0.02)
        stages = {}
        if trace.is_file():
            for line in trace.read_text("utf-8").splitlines():
                stage, _tab, seconds = line.partition("\t")
                stages[stage] = float(seconds)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            _out, err = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, err = process.communicate()
        lib.XCloseDisplay(connection)
        shutil.rmtree(home, ignore_errors=True)
    if mapped is None:
        tail = err.decode("utf-8", "replace")[-2000:] if err else ""
        print(f"  the window did not appear within {timeout:.0f} s\n{tail}", file=sys.stderr)
    return Launch(mapped=mapped, drawn=drawn, stages=stages)


def summarise(label: str, launches: list[Launch]) -> str:
    """One line per figure: median, min and max over the launches; then the app's stages."""
    lines = []
    for figure in ("mapped", "drawn"):
        values = [getattr(launch, figure) for launch in launches]
        done = [v for v in values if v is not None]
        if not done:
            lines.append(f"{label} {figure}: never")
            continue
        lines.append(
            f"{label} {figure}: median {statistics.median(done):.2f} s, "
            f"min {min(done):.2f} s, max {max(done):.2f} s "
            f"({len(done)}/{len(values)} launches)"
        )
    stage_names = list(dict.fromkeys(name for launch in launches for name in launch.stages))
    if stage_names:
        lines.append("the app's own timeline (median, seconds since the process was created):")
    for name in stage_names:
        values = [launch.stages[name] for launch in launches if name in launch.stages]
        lines.append(f"  {name:<20} {statistics.median(values):.2f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Launch the app ``--runs`` times and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, help="the frozen executable (default: source)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument(
        "--hf-offline",
        default="1",
        help="value of HF_HUB_OFFLINE for the app, or 'unset' to leave it out",
    )
    parser.add_argument("--warmup", type=int, default=1, help="launches not counted (disk cache)")
    args = parser.parse_args(argv)
    if shutil.which("Xvfb") is None:
        print("Xvfb is needed (apt-get install xvfb)", file=sys.stderr)
        return 2
    if args.frozen:
        command = [str(args.frozen.resolve())]
        label = "frozen"
    else:
        command = [sys.executable, str(REPO / "main.py")]
        label = "source"
    display = _free_display()
    server = _start_xvfb(display)
    try:
        for _ in range(args.warmup):
            launch_once(command, display, args.hf_offline, args.timeout)
        launches = []
        for run in range(args.runs):
            launch = launch_once(command, display, args.hf_offline, args.timeout)
            launches.append(launch)
            shown = "-" if launch.mapped is None else f"{launch.mapped:.2f}"
            drawn = "-" if launch.drawn is None else f"{launch.drawn:.2f}"
            print(f"  launch {run + 1}: mapped {shown} s, drawn {drawn} s", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"HF_HUB_OFFLINE={args.hf_offline}, fresh home per launch, Xvfb :{display}")
    print(summarise(label, launches))
    return 0 if all(launch.mapped is not None for launch in launches) else 1


if __name__ == "__main__":
    sys.exit(main())
