"""The list of the Report tab: drafts and issued reports."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.core.common.formats import short_date
from desktop_app.gui.common.rows_model import Column, RowsModel

DATE, NUMBER, KIND, PERIOD, VERSION, STATUS = range(6)


class ReportsModel(RowsModel):
    """Rows are ReportData values: drafts and the archive of issued reports."""

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Date"), lambda r: short_date(r.report_date) if r.report_date else "",
                   sort=lambda r: (r.report_date.toordinal() if r.report_date else 0, r.id or 0)),
            Column(self.tr("Number"), lambda r: r.issued_number),
            Column(self.tr("Kind"), lambda r: r.kind_label),
            Column(self.tr("Period"), lambda r: r.period_label),
            Column(self.tr("Version"), lambda r: str(r.version), sort=lambda r: r.version),
            Column(self.tr("State"), lambda r: r.status_label),
        ]
