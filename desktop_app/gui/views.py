"""Shared settings of the list views."""

# Fitting columns to their contents reads the rows' text through Python; Qt reads up to
# 1,000 rows by default, which made a decade's lists slow to appear (benchmarks/run.py).
# The widths come from this many rows; the user can still widen a column.
FIT_ROWS = 100
