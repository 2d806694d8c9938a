"""Backups in the window: the File menu's actions, dialogs, and recovery before a file opens."""
