"""QThread workers and the controllers on the GUI thread that own them."""
