"""The dialogs scripts/screens.py opens: every dialog a user can reach, by its name.

Each scenario opens its dialog the way a user does (the tab's button or the menu's
action), so that the shot also proves the wiring; a few are built directly where the
way there needs a file chosen first (the import preview, restoring a backup).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication


def _tab(window, key: str):
    index = list(window.tabs).index(key)
    window.ui.tabs.setCurrentIndex(index)
    return window.tabs[key]


class Greyed(Exception):
    """The button a scenario presses is greyed (nothing to act on in this file)."""

    def __init__(self, button):
        super().__init__(button.objectName())
        self.button = button


def _click(widget) -> None:
    if widget.isEnabled():
        widget.click()
    else:
        raise Greyed(widget)


def _select_first(view) -> None:
    if view.model() is not None and view.model().rowCount() > 0:
        view.selectRow(0)
        view.setCurrentIndex(view.model().index(0, 0))


def _action(window, name: str):
    from PySide6.QtGui import QAction

    for action in window.findChildren(QAction):
        if action.objectName() == name:
            return action
    raise RuntimeError(f"no action {name}")


def scenarios() -> list[tuple[str, Callable]]:
    """(name, what opens the dialog) for every dialog a user can reach."""
    def members(window, action):
        tab = _tab(window, "members")
        if action != "add":
            _select_first(tab.ui.table)
        {"add": lambda: _click(tab.ui.addButton), "edit": lambda: _click(tab.ui.editButton),
         "delete": lambda: _click(tab.ui.deleteButton),
         "print": lambda: _click(tab.ui.printButton)}[action]()

    def members_import(window):
        from desktop_app.core.members import excel, roster
        from desktop_app.gui.members.import_dialog import ImportDialog

        path = Path(tempfile.mkdtemp()) / "members.xlsx"
        excel.export_members(path, roster.list_members())
        ImportDialog.run(window, excel.read_members_file(path))

    def plans(window, action):
        tab = _tab(window, "plans")
        ui = tab.ui
        if action in ("edit-target", "delete-target"):
            _select_first(ui.targetsView)
        buttons = {"add": ui.addPlanButton, "edit": ui.editPlanButton,
                   "copy": ui.copyButton, "print": ui.printButton,
                   "delete": ui.deletePlanButton, "add-target": ui.addTargetButton,
                   "edit-target": ui.editTargetButton, "delete-target": ui.deleteTargetButton}
        _click(buttons[action])

    def study(window, action):
        tab = _tab(window, "study")
        buttons = {"add": tab.new_button, "edit": tab.edit_button,
                   "delete": tab.delete_button, "print-sheet": tab.ui.printSheetButton}
        if action == "print-summary":
            tab.pages.setCurrentWidget(tab.ui.summaryPage)
            _click(tab.ui.printSummaryButton)
            return
        _click(buttons[action])

    def reviews(window, action):
        tab = _tab(window, "reviews")
        actions = {"print-commitment": "print_commitment_action",
                   "print-review": "print_review_action",
                   "print-summary": "print_summary_action"}
        getattr(tab, actions[action]).trigger()

    def savings(window, action):
        tab = _tab(window, "savings")
        ui = tab.ui
        if action in ("entry", "copy-month", "clear"):
            tab.ui.sections.setCurrentWidget(ui.thriftPage)
            grid = ui.gridView
            grid.setCurrentIndex(grid.model().index(0, 1))
        buttons = {"entry": ui.entryDetailsButton, "year-settings": ui.yearSettingsButton,
                   "print-thrift": ui.printThriftButton, "print-social": ui.printSocialButton,
                   "add-activity": ui.addActivityButton,
                   "add-commendation": ui.addCommendationButton,
                   "add-violation": ui.addViolationButton}
        if action == "category":
            tab.grid_actions.new_category_action.trigger()
            return
        if action.startswith("edit-") or action.startswith("delete-"):
            kind = action.split("-", 1)[1]
            view = {"activity": ui.socialView, "commendation": ui.commendationsView,
                    "violation": ui.violationsView}[kind]
            ui.sections.setCurrentWidget(ui.socialPage if kind == "activity"
                                         else ui.recognitionPage)
            if view.model().rowCount() == 0 and kind == "violation":
                _violation(tab)  # the demo has none: one to open
            _select_first(view)
            verb = action.split("-", 1)[0]
            _click(getattr(ui, f"{verb}{kind.capitalize()}Button"))
            return
        _click(buttons[action])

    def _violation(tab):
        import datetime as dt

        from desktop_app.core.members import roster
        from desktop_app.core.savings import commendations

        members = [m for m in roster.list_members() if m.id is not None and not m.has_left]
        if not members:
            return
        commendations.save_violation(commendations.ViolationData(
            member_id=members[0].id, date=dt.date.today(),
            description="Vắng sinh hoạt chi bộ ba kỳ liền không có lý do"))
        tab.reload_lists()
        for _ in range(200):
            QApplication.processEvents()
            if tab.ui.violationsView.model().rowCount():
                break
            QThreadPool.globalInstance().waitForDone(20)
            time.sleep(0.01)  # the views apply what they read from 1 ms timers

    def funds(window, action):
        tab = _tab(window, "savings")
        page = tab.funds
        tab.ui.sections.setCurrentWidget(page)
        ui = page.ui
        if action != "add" and ui.fundsView.model().rowCount() == 0:
            _fund(page)  # the demo has none: one, with money in and out, to open
        _select_first(ui.fundsView)
        if action in ("edit-entry", "delete-entry"):
            _select_first(ui.entriesView)
        _click({"add": ui.addFundButton, "edit": ui.editFundButton,
                "delete": ui.deleteFundButton, "add-in": ui.addInButton,
                "add-out": ui.addOutButton, "edit-entry": ui.editEntryButton,
                "delete-entry": ui.deleteEntryButton}[action])

    def _fund(page):
        import datetime as dt

        from desktop_app.core.savings import funds as fc

        fund = fc.save_fund(fc.FundData(
            name="Quỹ vì người nghèo", purpose="giúp đỡ hộ nghèo trên địa bàn phường",
            contribution_amount=2000, contribution_per="day", contributors="mỗi đảng viên",
            start_date=dt.date(dt.date.today().year, 1, 1)))
        for direction, amount, what in (("in", 720_000, "đảng viên góp quý I"),
                                        ("out", 500_000, "tặng quà Tết hộ nghèo")):
            fc.save_entry(fc.FundEntryData(fund_id=fund.id, date=fund.start_date,
                                           direction=direction, amount=amount,
                                           description=what))
        page.reload(fund.id)

    def preview_recipients(window):
        """The preview's Nơi nhận… (the sign-in sheet has its own)."""
        tab = _tab(window, "study")
        before = getattr(tab, "preview", None)  # an earlier one (closed: deleted)
        _click(tab.ui.printSheetButton)  # the sheet is built in the background first
        for _ in range(400):
            QApplication.processEvents()
            preview = getattr(tab, "preview", None)
            if preview is not None and preview is not before and \
                    shiboken6.isValid(preview) and preview.ui.recipientsButton.isEnabled():
                break
            QThreadPool.globalInstance().waitForDone(20)
            time.sleep(0.01)  # the views apply what they read from 1 ms timers
        preview = tab.preview
        _click(preview.ui.recipientsButton)
        preview.close()

    def backup_settings_windows(window):
        """What the secretary sees on Windows (the daily backup's box)."""
        from desktop_app.gui.backup.settings import BackupSettings, BackupSettingsDialog

        BackupSettingsDialog.ask(window, BackupSettings(30, False), window.context.db_path,
                                 windows=True, elsewhere=None)

    def report(window, action):
        tab = _tab(window, "report")
        ui = tab.ui
        if action not in ("create", "preview") and not ui.particularsButton.isEnabled():
            _draft(window, tab)
        buttons = {"particulars": ui.particularsButton, "preview": ui.previewButton,
                   "issue": ui.issueButton, "regenerate": ui.regenerateButton,
                   "delete": ui.deleteButton, "correct": ui.correctButton,
                   "create": ui.createButton}
        if action == "regenerate":  # an edited section asks before its text is replaced
            ui.editor.appendPlainText(" ")
            tab.save_current()
        _click(buttons[action])

    def _draft(window, tab):
        """A draft to open the draft's dialogs on (the demo's report is issued)."""

        _click(tab.ui.createButton)
        for _ in range(400):
            QApplication.processEvents()
            if QThreadPool.globalInstance().activeThreadCount() == 0 and \
                    tab.ui.particularsButton.isEnabled():
                break
            QThreadPool.globalInstance().waitForDone(20)
            time.sleep(0.01)  # the views apply what they read from 1 ms timers

    def study_schedule(window):
        tab = _tab(window, "study")
        _click(tab.ui.scheduleButton)

    def help_window(window):
        _action(window, "actionGuide").trigger()

    def register(window, action):
        tab = _tab(window, "register")
        _select_first(tab.ui.table)
        _click({"cancel": tab.ui.cancelButton}[action])

    def menu(window, name):
        _action(window, name).trigger()

    def backup_action(window, attribute):
        getattr(window.backups, attribute).trigger()

    def confirm_restore(window):
        from desktop_app.core.backup.backups import create_backup
        from desktop_app.core.backup.restore import summarize_backup
        from desktop_app.gui.backup.dialogs import confirm_restore as ask

        info = create_backup(window.context.db_path, reason="manual",
                             folder=Path(tempfile.mkdtemp()))
        ask(window, summarize_backup(info.path, None))

    def password(window):
        from desktop_app.gui.backup.dialogs import ask_password

        ask_password(window, "chi-bo-2024.sochibo-backup")

    def qt_file_dialog(window):
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(window, "", str(window.context.db_path.parent),
                             "Sổ Chi bộ (*.db)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.exec()

    def qt_print_dialog(window):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()  # outlives its dialog
        QPrintDialog(printer, window).exec()

    def page_setup(window):
        from desktop_app.core.cell.page_setup import load_document_settings
        from desktop_app.gui.cell.page_setup_dialog import PageSetupDialog

        PageSetupDialog.run(window, load_document_settings())

    return [
        ("members-add", lambda w: members(w, "add")),
        ("members-edit", lambda w: members(w, "edit")),
        ("members-delete", lambda w: members(w, "delete")),
        ("members-print", lambda w: members(w, "print")),
        ("members-import", members_import),
        ("plans-add", lambda w: plans(w, "add")),
        ("plans-edit", lambda w: plans(w, "edit")),
        ("plans-copy", lambda w: plans(w, "copy")),
        ("plans-print", lambda w: plans(w, "print")),
        ("plans-delete", lambda w: plans(w, "delete")),
        ("plans-add-target", lambda w: plans(w, "add-target")),
        ("plans-edit-target", lambda w: plans(w, "edit-target")),
        ("plans-delete-target", lambda w: plans(w, "delete-target")),
        ("study-add", lambda w: study(w, "add")),
        ("study-edit", lambda w: study(w, "edit")),
        ("study-delete", lambda w: study(w, "delete")),
        ("study-schedule", study_schedule),
        ("study-print-sheet", lambda w: study(w, "print-sheet")),
        ("study-print-summary", lambda w: study(w, "print-summary")),
        ("preview-recipients", preview_recipients),
        ("reviews-print-commitment", lambda w: reviews(w, "print-commitment")),
        ("reviews-print-review", lambda w: reviews(w, "print-review")),
        ("reviews-print-summary", lambda w: reviews(w, "print-summary")),
        ("savings-entry", lambda w: savings(w, "entry")),
        ("savings-year-settings", lambda w: savings(w, "year-settings")),
        ("savings-category", lambda w: savings(w, "category")),
        ("savings-print-thrift", lambda w: savings(w, "print-thrift")),
        ("savings-add-activity", lambda w: savings(w, "add-activity")),
        ("savings-edit-activity", lambda w: savings(w, "edit-activity")),
        ("savings-delete-activity", lambda w: savings(w, "delete-activity")),
        ("savings-print-social", lambda w: savings(w, "print-social")),
        ("savings-add-commendation", lambda w: savings(w, "add-commendation")),
        ("savings-edit-commendation", lambda w: savings(w, "edit-commendation")),
        ("savings-add-violation", lambda w: savings(w, "add-violation")),
        ("savings-edit-violation", lambda w: savings(w, "edit-violation")),
        ("savings-add-fund", lambda w: funds(w, "add")),
        ("savings-edit-fund", lambda w: funds(w, "edit")),
        ("savings-delete-fund", lambda w: funds(w, "delete")),
        ("savings-fund-in", lambda w: funds(w, "add-in")),
        ("savings-fund-out", lambda w: funds(w, "add-out")),
        ("savings-edit-fund-entry", lambda w: funds(w, "edit-entry")),
        ("savings-delete-fund-entry", lambda w: funds(w, "delete-entry")),
        ("report-particulars", lambda w: report(w, "particulars")),
        ("report-preview", lambda w: report(w, "preview")),
        ("report-issue", lambda w: report(w, "issue")),
        ("report-regenerate", lambda w: report(w, "regenerate")),
        ("report-delete", lambda w: report(w, "delete")),
        ("register-cancel", lambda w: register(w, "cancel")),
        ("file-cell", lambda w: menu(w, "actionCellProfile")),
        ("file-page-setup", page_setup),
        ("file-backup", lambda w: backup_action(w, "backup_action")),
        ("file-restore", lambda w: backup_action(w, "restore_action")),
        ("file-backup-settings", lambda w: backup_action(w, "settings_action")),
        ("file-backup-settings-windows", backup_settings_windows),
        ("file-restore-confirm", confirm_restore),
        ("file-password", password),
        ("help-about", lambda w: menu(w, "actionAbout")),
        ("help-guide", help_window),
        ("qt-file-dialog", qt_file_dialog),
        ("qt-print-dialog", qt_print_dialog),
    ]
