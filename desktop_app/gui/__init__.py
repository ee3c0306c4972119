"""The Qt layer. Every PySide6 import of the app lives below this package."""
