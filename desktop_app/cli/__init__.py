"""The command line over the core: ``python main.py inspect|train|similarity|evaluate``."""
