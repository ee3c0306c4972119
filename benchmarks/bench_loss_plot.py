"""How long one redraw of the live loss plot holds the GUI thread: full draws against blits.

Feeds 300 loss points (an evaluation every 20) into the real ``LossPlot`` widget, shown
offscreen at 1000x400, flushing after each point as the redraw timer would, and prints the
median and maximum time of the redraws that had to draw the whole figure and of those that
only blitted the lines over the kept frame.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_loss_plot.py
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    """Run the measurement and print one line for each kind of redraw."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop_app.gui.widgets.loss_plot import LossPlot

    plot = LossPlot()
    plot.resize(1000, 400)
    plot.show()
    app.processEvents()
    plot.set_total_steps(300)
    full: list[float] = []
    blit: list[float] = []
    for step in range(1, 300):
        plot.add_loss(step, 2.0 - step * 0.003)
        if step % 20 == 0:
            plot.add_evaluation(step, 0.3 + step * 0.001, "Spearman correlation")
        before = plot.blit_count
        started = time.perf_counter()
        plot.flush()
        app.processEvents()  # the idle draw, when one was asked for
        (blit if plot.blit_count > before else full).append((time.perf_counter() - started) * 1000)
    for name, times in (("full draws", full), ("blits", blit)):
        if times:
            print(
                f"{name}: {len(times)}, median {statistics.median(times):.1f} ms, "
                f"max {max(times):.1f} ms"
            )
    plot.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
