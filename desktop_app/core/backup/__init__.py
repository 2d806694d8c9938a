"""Keeping the file safe: backups, retention, restore and recovery, handover, one writer."""
