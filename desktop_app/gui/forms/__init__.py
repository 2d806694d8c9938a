"""Generated forms (see scripts/build_ui.py)."""
