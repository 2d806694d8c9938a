"""Smoke tests of the benchmark scripts (no timings asserted)."""
