"""Closing a year and the history of changes: menu, dialogs."""
