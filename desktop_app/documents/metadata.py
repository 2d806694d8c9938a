"""When a document was made, for its metadata (PDF info, Word's core properties).

The real time, except when ``SOURCE_DATE_EPOCH`` is set (the reproducible-builds
convention, which ReportLab honours too): tests set it to get the same bytes twice.
"""

from __future__ import annotations

import datetime as dt
import os


def reproducible() -> bool:
    return bool(os.environ.get("SOURCE_DATE_EPOCH", "").strip())


def made_at() -> dt.datetime:
    """The moment to record as created and modified (UTC, whole seconds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
