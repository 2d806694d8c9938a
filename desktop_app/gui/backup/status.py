"""The line in the status bar that says when the data was last backed up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop_app.core.backup.backups import format_moment

translate = QCoreApplication.translate


def status_line(last: dt.datetime | None, now: dt.datetime, warning: str | None,
                has_data: bool) -> tuple[str, str | None]:
    """The text for the last backup *last* and the *warning* to show with it (None: the
    line is calm). A new file with nothing entered has nothing to lose yet."""
    if last is None and not has_data:
        return translate("BackupController", "Nothing to back up yet"), None
    if last is None:
        return translate("BackupController",
                         "No backup yet: back up now (File → Back up…)"), warning
    if warning:
        text = translate("BackupController", "Last backup: %1, %2 days ago: back up now")
        return text.replace("%1", format_moment(last)).replace(
            "%2", str((now - last).days)), warning
    text = translate("BackupController", "Last backup: %1")
    return text.replace("%1", format_moment(last)), warning
