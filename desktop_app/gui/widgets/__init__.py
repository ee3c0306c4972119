"""Reusable widgets: matplotlib canvases, table models, plots."""
