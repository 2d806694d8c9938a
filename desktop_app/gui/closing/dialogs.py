"""Dialogs of closed years: close a year (with what is unfinished in it), reopen one with a
reason, and the list of changes of a period or since a report was issued."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from desktop_app.core.closing import lists, years
from desktop_app.core.common.formats import short_date
from desktop_app.gui.common import messages
from desktop_app.gui.common.context import AppContext
from desktop_app.gui.common.dialogs import run_dialog
from desktop_app.gui.common.enabling import set_enabled
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.common.history import change_table
from desktop_app.gui.common.tasks import Loader
from desktop_app.gui.forms.ui_change_list_dialog import Ui_ChangeListDialog
from desktop_app.gui.forms.ui_close_year_dialog import Ui_CloseYearDialog
from desktop_app.gui.forms.ui_reopen_year_dialog import Ui_ReopenYearDialog

AREAS = ("điểm danh và buổi học tập, kế hoạch và chỉ tiêu, bản đăng ký làm theo, bản kiểm "
         "điểm, xếp loại, số chi tiêu tiết kiệm, công tác xã hội, khen thưởng, vi phạm; ngày "
         "vào Đảng, ngày chính thức, ngày chuyển đi hay từ trần trong năm")


class CloseYearDialog(QDialog):
    """Which year to close, what is still unfinished in it, and a note."""

    def __init__(self, year: int, unsaved: list[str], parent: QWidget | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.unsaved = unsaved
        self.ui = ui = Ui_CloseYearDialog()
        ui.setupUi(self)
        ui.yearSpin.setMaximum(self.today.year)
        ui.yearSpin.setValue(year)
        self.ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.yearSpin.valueChanged.connect(self.refresh)
        ui.anywayCheck.toggled.connect(self._update_ok)
        self.refresh()

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    def refresh(self) -> None:
        ui, year = self.ui, self.year
        problem = years.validate_year(year, self.today)
        check = years.check_year(year, self.today)
        ui.reportsLabel.setText("\n".join(r.label for r in check.issued_reports)
                                or self.tr("none yet"))
        ui.explainLabel.setText(self.tr(
            "Once %1 is closed, every record of that year (%2) can be read but no longer "
            "changed, from any tab, the command line or an import. The program backs up the "
            "data first. A closed year can be reopened later, giving the reason.")
            .replace("%1", str(year)).replace("%2", AREAS))
        warnings = check.warnings + [self.tr("Not saved yet: %1.").replace("%1", what)
                                     for what in self.unsaved]
        ui.warningsLabel.setText("\n".join(f"• {line}" for line in warnings))
        ui.warningsLabel.setVisible(bool(warnings))
        ui.anywayCheck.setVisible(bool(warnings))
        ui.anywayCheck.setChecked(False)
        ui.errorLabel.setText(problem or "")
        ui.errorLabel.setVisible(bool(problem))
        self._problem, self._warned = problem, bool(warnings)
        self.ok.setText(self.tr("Close %1").replace("%1", str(year)))
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        why = self._problem or self.tr(
            "Some work of the year is unfinished (listed above): tick “%1” to close it "
            "all the same.").replace("%1", self.ui.anywayCheck.text().replace("&", ""))
        set_enabled(self.ok, self._problem is None
                    and (not self._warned or self.ui.anywayCheck.isChecked()), why)

    def warnings_text(self) -> str:
        return self.ui.warningsLabel.text() if self.ui.warningsLabel.isVisibleTo(self) else ""

    @classmethod
    def run(cls, parent: QWidget | None, year: int, unsaved: list[str]) -> tuple[int, str] | None:
        """(year, note) to close, or None when cancelled."""
        dialog = cls(year, unsaved, parent)
        return run_dialog(dialog, lambda: (dialog.year, dialog.ui.noteEdit.text().strip()))


class ReopenYearDialog(QDialog):
    """Which closed year to reopen, and why (the reason is required and kept)."""

    def __init__(self, closed: list[int], year: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ReopenYearDialog()
        ui.setupUi(self)
        for value in sorted(closed, reverse=True):
            ui.yearCombo.addItem(str(value), value)
        if year is not None and year in closed:
            ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(year))
        self.errors = FieldErrors(ui.form, {"reason": ui.reasonEdit})
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok = ok
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.yearCombo.currentIndexChanged.connect(self.refresh)
        ui.explainLabel.setText(self.tr(
            "The records of the year can then be changed again. Every change is recorded; "
            "the year's issued reports list what changed after they were issued "
            "(File → List of changes…). Close the year again when you are done."))
        self.refresh()

    @property
    def year(self) -> int | None:
        return self.ui.yearCombo.currentData()

    @property
    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def refresh(self, *_args) -> None:
        year = self.year
        closing = years.current_closing(year) if year is not None else None
        if closing is None:
            self.ui.closedLabel.setText("")
        else:
            text = self.tr("on %1 by %2").replace("%1", short_date(closing.closed_at.date())) \
                .replace("%2", closing.closed_by or "—")
            if closing.note:
                text += f" ({closing.note})"
            self.ui.closedLabel.setText(text)
        self.ok.setText(self.tr("Reopen %1").replace("%1", str(year or "")))
        self.ok.setEnabled(year is not None)

    def accept(self) -> None:
        problem = years.validate_reason(self.reason)
        if self.errors.check({}, {"reason": problem} if problem else {}):
            super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, closed: list[int],
            year: int | None = None) -> tuple[int, str] | None:
        """(year, reason) to reopen, or None when cancelled."""
        dialog = cls(closed, year, parent)
        chosen = run_dialog(dialog, lambda: (dialog.year, dialog.reason))
        return (chosen[0], chosen[1]) if chosen and chosen[0] is not None else None


class ChangeListDialog(QDialog):
    """The changes of a span of days, or of a report's period since it was issued, with
    the printable list (a Party document through the preview)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 report_id: int | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.context = context
        today = today or dt.date.today()
        self.ui = ui = Ui_ChangeListDialog()
        ui.setupUi(self)
        ui.fromEdit.setDate(QDate(today.year, 1, 1))
        ui.toEdit.setDate(QDate(today.year, today.month, today.day))
        for report in years.issued_reports():
            ui.reportCombo.addItem(report.label, report.id)
        if ui.reportCombo.count() == 0:
            ui.reportCombo.addItem(self.tr("(no issued report yet)"), None)
            set_enabled(ui.reportRadio, False, self.tr(
                "No report has been issued yet: the changes since a report was issued can be "
                "listed once one is."))
        if report_id is not None and ui.reportCombo.findData(report_id) >= 0:
            ui.reportCombo.setCurrentIndex(ui.reportCombo.findData(report_id))
            ui.reportRadio.setChecked(True)
        self.model, self.proxy = change_table(ui.table, self)
        # a report's long name is cut in the box (shown whole in its list), not the dialog
        ui.reportCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.reportCombo.setMinimumContentsLength(24)
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        ui.buttons.rejected.connect(self.reject)
        ui.printButton.clicked.connect(self.preview)
        self.current: lists.ChangeList | None = None
        self.loader = Loader(context.runner, self)
        self.loader.failed.connect(lambda message: messages.error(self, message))
        for signal in (ui.periodRadio.toggled, ui.fromEdit.dateChanged, ui.toEdit.dateChanged,
                       ui.reportCombo.currentIndexChanged):
            signal.connect(self.reload)
        self.reload()

    def _choice(self):
        ui = self.ui
        ui.fromEdit.setEnabled(ui.periodRadio.isChecked())
        ui.toEdit.setEnabled(ui.periodRadio.isChecked())
        ui.reportCombo.setEnabled(ui.reportRadio.isChecked())
        if ui.reportRadio.isChecked() and ui.reportCombo.currentData() is not None:
            return lists.since_issued, (ui.reportCombo.currentData(),)
        start, end = ui.fromEdit.date().toPython(), ui.toEdit.date().toPython()
        return lists.for_days, (start, max(start, end))

    def reload(self, *_args) -> None:
        read, args = self._choice()
        self.ui.summaryLabel.setText(self.tr("Reading the changes…"))
        self.ui.printButton.setEnabled(False)
        self.loader.load(read, *args, apply=self._show)

    def _show(self, found: lists.ChangeList) -> None:
        self.current = found
        self.model.set_rows(found.lines)
        self.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # columns: change_table
        self.ui.summaryLabel.setText("\n".join([found.intro, *found.closings]))
        self.ui.printButton.setEnabled(True)

    def visible_records(self) -> list[str]:
        column = 3  # "Record"
        return [self.proxy.index(r, column).data() for r in range(self.proxy.rowCount())]

    def preview(self) -> None:
        """The list as a document, built in the background (a year's changes can fill
        many pages)."""
        from desktop_app.gui.common.building import build_in_background
        from desktop_app.gui.common.preview import preview_document

        if self.current is None:
            return

        def show(document) -> None:
            self.preview_dialog = preview_document(self.context, document, self)

        build_in_background(self.context, self, _change_list_document, self.current,
                            label=self.tr("Preparing the list of changes…"), on_done=show)


def _change_list_document(changes: lists.ChangeList):
    from desktop_app.documents.closing.change_list import build_change_list

    return build_change_list(lists.paper(changes))
