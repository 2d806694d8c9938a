"""The overview (Tổng quan): what needs doing now, read from every area."""
