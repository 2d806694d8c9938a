"""Sổ Chi bộ: the campaign book of a Party cell secretary."""

__version__ = "0.1.0"
APP_NAME = "Sổ Chi bộ"
APP_ID = "sochibo"
