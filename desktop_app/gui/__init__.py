"""Everything that imports PySide6: the start-up and the main window, the shared widgets
and models (common/), one package per area, and the forms generated from ui/ (forms/)."""
