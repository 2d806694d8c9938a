"""Nơi nhận changed in the preview before the document is issued, and kept for its kind."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_app.core.cell.recipients import recipients_for
from desktop_app.documents.members.jobs import member_list_job
from desktop_app.gui.common import file_dialogs, preview
from desktop_app.gui.common.preview import PreviewDialog

TIMEOUT = 30000


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_recipients_are_edited_before_issue_and_kept(qtbot, demo_db, context, monkeypatch,
                                                     tmp_path):
    dialog = PreviewDialog(context, member_list_job(dt.date(2010, 10, 1)))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT):
        dialog.show()
    assert dialog.ui.recipientsButton.isVisibleTo(dialog)
    assert dialog.document is not None
    # Built from the cell's particulars: the superior committee of the header.
    assert dialog.document.recipients == ["- Đảng ủy Khối cơ sở Bộ Xây Dựng (để b/c);",
                                          "- Lưu Chi bộ."]
    shown = []

    def ask(_parent, text):
        shown.append(text)
        return "Đảng ủy Khối cơ sở Bộ Xây dựng (để b/c)\nBan Tổ chức (để biết)\nLưu Chi bộ"

    monkeypatch.setattr(preview, "ask_recipients", ask)
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT):
        click(qtbot, dialog.ui.recipientsButton)
    assert shown == ["- Đảng ủy Khối cơ sở Bộ Xây Dựng (để b/c);\n- Lưu Chi bộ."]
    expected = ["- Đảng ủy Khối cơ sở Bộ Xây dựng (để b/c);", "- Ban Tổ chức (để biết);",
                "- Lưu Chi bộ."]
    assert dialog.document.recipients == expected
    target = tmp_path / "ds.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *args: target)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        click(qtbot, dialog.ui.savePdfButton)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Ban Tổ chức (để biết);" in text and "Bộ Xây dựng (để b/c)" in text
    assert recipients_for("member_list") == expected  # the next list starts from it


def test_a_report_preview_leaves_recipients_to_the_reports_particulars(qtbot, demo_db,
                                                                       context):
    from desktop_app.core.report import issuing
    from desktop_app.core.report import reports as report_core
    from desktop_app.documents.report.summary import report_document

    report = report_core.list_reports("issued")[0]
    assert report.id is not None
    dialog = preview.preview_document(context, report_document(issuing.content_of(report.id)))
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT)
    assert not dialog.ui.recipientsButton.isVisibleTo(dialog)
    dialog.close()
