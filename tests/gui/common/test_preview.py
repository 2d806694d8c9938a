"""The preview window: the member list shown, paged, zoomed, saved and printed."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from desktop_app.core.register import numbering as register
from desktop_app.db.models.cell import Cell
from desktop_app.db.models.register import IssuedDocument
from desktop_app.documents.jobs import default_issue_date
from desktop_app.documents.members.jobs import member_list_job
from desktop_app.gui.common import file_dialogs, messages, preview
from desktop_app.gui.common.preview import PreviewDialog
from desktop_app.gui.members.tab import MembersTab

DAY = dt.date(2010, 10, 1)  # the demo register already holds the list of 05/9/2010 (Số 01)
TIMEOUT = 30000


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot, demo_db, context):
    widget = PreviewDialog(context, member_list_job(DAY))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.rendered, timeout=TIMEOUT):
        widget.show()
    return widget


def test_preview_shows_the_numbered_member_list_without_issuing_it(dialog):
    assert dialog.page_count() == 2
    assert dialog.ui.pageCountLabel.text() == "/ 2"
    assert "Số 02-DS/CB" in dialog.status_text()
    assert dialog.ui.dateEdit.text() == "01/10/2010"
    # only the demo's own list: the preview issues nothing
    assert IssuedDocument.select().where(IssuedDocument.type_code == "DS").count() == 1


def test_a_list_already_issued_keeps_its_number(qtbot, dialog):
    dialog.ui.dateEdit.setText("05/9/2010")
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT):
        click(qtbot, dialog.ui.refreshButton)
    assert "Số 01-DS/CB" in dialog.status_text()


def test_page_navigation_and_zoom(qtbot, dialog):
    assert dialog.ui.pageSpin.value() == 1
    assert not dialog.ui.previousButton.isEnabled()
    click(qtbot, dialog.ui.nextButton)
    assert dialog.current_page() == 1 and dialog.ui.pageSpin.value() == 2
    assert not dialog.ui.nextButton.isEnabled()
    dialog.ui.pageSpin.setValue(1)
    assert dialog.current_page() == 0
    click(qtbot, dialog.ui.fitPageButton)
    click(qtbot, dialog.ui.zoomInButton)
    first = dialog.zoom_factor()
    click(qtbot, dialog.ui.zoomInButton)
    assert dialog.zoom_factor() > first
    assert dialog.ui.zoomLabel.text() == f"{round(dialog.zoom_factor() * 100)}%"
    click(qtbot, dialog.ui.zoomOutButton)
    assert dialog.zoom_factor() == pytest.approx(first)


def test_save_pdf_then_word_issue_one_number(qtbot, dialog, monkeypatch, tmp_path):
    targets = iter([tmp_path / "danh-sach.pdf", tmp_path / "danh-sach"])
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *args: next(targets))
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        click(qtbot, dialog.ui.savePdfButton)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "danh-sach.pdf").pages)
    assert "Số 02-DS/CB" in text
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        click(qtbot, dialog.ui.saveWordButton)
    word = docx.Document(str(tmp_path / "danh-sach.docx"))
    assert word.tables[0].rows[1].cells[0].text == "Số 02-DS/CB"  # under the star
    entries = [e for e in register.list_entries() if e.type_code == "DS"]
    assert [(e.number_text, e.file_path) for e in entries] == [
        ("Số 02-DS/CB", str(tmp_path / "danh-sach.pdf")), ("Số 01-DS/CB", None)]
    assert "danh-sach.docx" in dialog.status_text()


def test_print_sends_every_page_to_the_printer(qtbot, dialog, monkeypatch, tmp_path):
    out = tmp_path / "printed.pdf"

    def pdf_printer(parent):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setFullPage(True)
        return printer

    monkeypatch.setattr(preview, "ask_printer", pdf_printer)
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT) as signal:
        click(qtbot, dialog.ui.printButton)
    assert signal.args == [2]
    assert len(PdfReader(out).pages) == 2
    assert IssuedDocument.select().where(IssuedDocument.type_code == "DS").count() == 2


def test_print_button_reaches_the_print_dialog_and_cancel_issues_nothing(
        qtbot, dialog, monkeypatch):
    shown = []

    def cancelled(self):
        shown.append(self.printer().pageLayout().pageSize().id())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", cancelled)
    click(qtbot, dialog.ui.printButton)
    assert shown == [preview.QPageSize.PageSizeId.A4]
    assert IssuedDocument.select().where(IssuedDocument.type_code == "DS").count() == 1


def test_a_bad_date_is_explained(qtbot, dialog):
    dialog.ui.dateEdit.setText("31/02/2010")
    click(qtbot, dialog.ui.refreshButton)
    assert "không tồn tại" in dialog.status_text()


def test_missing_particulars_are_explained(qtbot, demo_db, context, monkeypatch):
    Cell.update(place="").execute()
    with qtbot.waitCallback(timeout=TIMEOUT) as callback:
        monkeypatch.setattr(messages, "error", lambda parent, text, title="": callback(text))
        widget = PreviewDialog(context, member_list_job(DAY))
        qtbot.addWidget(widget)
    assert "địa danh" in callback.args[0] and "Tệp → Thông tin chi bộ" in callback.args[0]
    assert widget.status_text() == callback.args[0]


def test_members_tab_print_button_opens_the_preview(qtbot, demo_db, context):
    tab = MembersTab(context)
    qtbot.addWidget(tab)
    tab.show()
    click(qtbot, tab.ui.printButton)
    assert isinstance(tab.preview, PreviewDialog)
    with qtbot.waitSignal(tab.preview.rendered, timeout=TIMEOUT):
        pass
    # The demo term ends in 2010: the list is dated on its last day.
    assert tab.preview.ui.dateEdit.text() == "31/12/2010"
    assert "Số 02-DS/CB" in tab.preview.status_text()
    tab.preview.close()


def test_default_issue_date(demo_db):
    assert default_issue_date(dt.date(2026, 1, 1)) == dt.date(2010, 12, 31)
    assert default_issue_date(dt.date(2009, 5, 1)) == dt.date(2009, 5, 1)


def test_page_setup_is_saved_and_the_preview_redrawn(qtbot, dialog, monkeypatch):
    from desktop_app.core.cell.page_setup import DocumentSettings, load_document_settings
    from desktop_app.gui.cell.page_setup_dialog import PageSetupDialog

    wanted = DocumentSettings(margin_left_mm=25, body_size_pt=13)
    monkeypatch.setattr(PageSetupDialog, "run", classmethod(lambda cls, parent, s: wanted))
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT):
        click(qtbot, dialog.ui.pageSetupButton)
    assert load_document_settings() == wanted


def test_page_setup_dialog_checks_values_and_restores_defaults(qtbot, db):
    from desktop_app.core.cell.page_setup import DocumentSettings
    from desktop_app.gui.cell.page_setup_dialog import PageSetupDialog

    setup = PageSetupDialog(DocumentSettings(margin_top_mm=25))
    qtbot.addWidget(setup)
    setup.show()
    assert setup.ui.topSpin.value() == 25
    setup.ui.sizeSpin.setValue(30)
    setup.accept()
    assert setup.result_settings is None
    assert setup.errors.labels["body_size_pt"].text() == "Cỡ chữ nội dung phải từ 10 đến 18 pt."
    restore = setup.ui.buttons.button(setup.ui.buttons.StandardButton.RestoreDefaults)
    click(qtbot, restore)
    assert (setup.ui.topSpin.value(), setup.ui.sizeSpin.value()) == (20, 14)
    setup.accept()
    assert setup.result_settings == DocumentSettings()


def test_the_window_stays_while_work_is_running(qtbot, dialog):
    dialog._set_busy(True)
    dialog.close()
    assert dialog.isVisible()
    assert "đợi" in dialog.status_text() or "wait" in dialog.status_text()
    dialog._set_busy(False)
    dialog.close()
    assert not dialog.isVisible()
