"""Training: the run configuration, the events a run emits, and the runner."""
