"""The Overview tab (Tổng quan)."""
