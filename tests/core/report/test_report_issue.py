"""Issuing a report is all or nothing: a number is used only with its frozen content, and
the archived PDF (rendered by the caller's renderer) never outlives a failed issue."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.common import replace as replace_module
from desktop_app.core.register import numbering as register
from desktop_app.core.report import issuing as report_issuing
from desktop_app.core.report import reports as report
from desktop_app.db.models.report import Report
from desktop_app.documents.report.summary import render_report_pdf
from desktop_app.errors import UserError
from tests.documents.helpers import flat, pdf_pages

DAY = dt.date(2010, 9, 20)


def _draft() -> report.ReportData:
    return report.create_draft(report.ReportData(kind="final", start_year=2007, end_year=2010,
                                                 report_date=DAY), today=DAY)


def _archive(tmp_path):
    return tmp_path / "documents" / "bao-cao"


def _nothing_issued(draft: report.ReportData, tmp_path, next_number: int) -> None:
    assert report.get_report(draft.id).status == "draft"
    assert register.next_number(register.term_for(DAY), "BC") == next_number
    assert not [e for e in register.list_entries() if e.source_kind == "report"
                and e.source_id == draft.id]
    folder = _archive(tmp_path)
    assert not folder.exists() or list(folder.iterdir()) == []  # no PDF, no .part


def test_the_caller_renders_and_the_pdf_is_in_place_after_the_commit(demo_db, tmp_path):
    draft = _draft()
    rendered = []

    def render(content):
        rendered.append(content["header"]["number"])
        assert not list(_archive(tmp_path).glob("*.pdf"))  # not in place before the commit
        return render_report_pdf(content)

    issued = report_issuing.issue_report(draft.id, render)
    assert rendered == [issued.issued_number]
    pdf = report_issuing.archived_pdf(issued)
    assert pdf is not None and issued.issued_number in flat(pdf_pages(pdf)[0])
    assert [p.name for p in _archive(tmp_path).iterdir()] == [pdf.name]


def test_a_failure_in_the_transaction_leaves_no_pdf_and_no_number(demo_db, tmp_path,
                                                                  monkeypatch):
    draft = _draft()
    before = register.next_number(register.term_for(DAY), "BC")
    original = Report.update

    def fail_when_issuing(**values):
        if values.get("status") == "issued":
            assert list(_archive(tmp_path).glob(".*.part"))  # the PDF was written aside
            raise RuntimeError("disk I/O error")
        return original(**values)

    monkeypatch.setattr(Report, "update", fail_when_issuing)
    with pytest.raises(RuntimeError, match="disk I/O error"):
        report_issuing.issue_report(draft.id, render_report_pdf)
    _nothing_issued(draft, tmp_path, before)


def test_a_renderer_that_fails_issues_nothing(demo_db, tmp_path):
    draft = _draft()
    before = register.next_number(register.term_for(DAY), "BC")

    def broken(content):
        raise UserError("Không dựng được bản PDF.")

    with pytest.raises(UserError, match="Không dựng được"):
        report_issuing.issue_report(draft.id, broken)
    _nothing_issued(draft, tmp_path, before)


def test_an_archive_folder_that_cannot_be_made_issues_nothing(demo_db, tmp_path):
    draft = _draft()
    before = register.next_number(register.term_for(DAY), "BC")
    (tmp_path / "documents").write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(UserError, match="Không tạo được thư mục lưu trữ"):
        report_issuing.issue_report(draft.id, render_report_pdf)
    assert report.get_report(draft.id).status == "draft"
    assert register.next_number(register.term_for(DAY), "BC") == before


def test_a_pdf_refused_its_place_after_the_commit_keeps_the_issue_without_archive(
        demo_db, tmp_path, monkeypatch):
    """The number is used and the content frozen (a document keeps its number); the
    register and the report point at no file, nothing is left on disk, and the message
    says the report is issued and re-prints as issued."""
    draft = _draft()

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(replace_module, "_replace", refuse)
    with pytest.raises(report_issuing.ArchiveNotWritten, match="đã được ban hành") as raised:
        report_issuing.issue_report(draft.id, render_report_pdf)
    issued = report.get_report(draft.id)
    assert raised.value.report == issued
    assert issued.is_issued and issued.issued_number in str(raised.value)
    assert issued.archive_path is None and report_issuing.archived_pdf(issued) is None
    entry = next(e for e in register.list_entries() if e.source_kind == "report"
                 and e.source_id == draft.id)
    assert entry.file_path is None and entry.number_text == issued.issued_number
    assert list(_archive(tmp_path).iterdir()) == []
    assert report_issuing.content_of(draft.id)["header"]["number"] == issued.issued_number
