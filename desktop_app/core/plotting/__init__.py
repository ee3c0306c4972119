"""matplotlib Figures the app draws (heatmaps, loss curves), usable with or without Qt.

Each plot lives in its own module (``heatmap``, ``loss``) and builds a
``matplotlib.figure.Figure`` directly, never through pyplot, so it is safe off the GUI thread
and in the command line. Nothing heavy is imported here.
"""
