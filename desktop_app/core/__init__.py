"""The pure-Python core of EmbedTune. Nothing below this package imports Qt.

Importing it stays light: torch and sentence-transformers are imported only inside the
functions that need a model.
"""
