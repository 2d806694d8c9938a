"""Domain logic: plain Python, no Qt."""
