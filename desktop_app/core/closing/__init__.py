"""Closing a year (khóa sổ) and the history of changes (lịch sử thay đổi)."""
