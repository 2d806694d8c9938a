"""Four cells unlike the demo (cells.py): their drafted reports hold no false or mangled
sentence, state each year's topics and the next period's targets, and every figure is what
an independent count of the file finds (recount.py)."""

from __future__ import annotations

import pytest

from desktop_app.core.report import issuing
from desktop_app.core.report import reports as report
from desktop_app.core.report.claims import section_text
from desktop_app.documents.pdf import render_pdf
from desktop_app.documents.report.summary import report_document
from tests.documents.helpers import flat, pdf_pages

from .cells import CELLS, CellReport
from .checks import mangled, report_problems
from .recount import Period, Recount


def draft_of(spec: CellReport) -> report.ReportData:
    return report.create_draft(report.ReportData(
        kind=spec.kind, start_year=spec.start_year, start_month=spec.start_month,
        end_year=spec.end_year, end_month=spec.end_month, outline_id=spec.outline_id,
        answers=spec.answers, subject=spec.subject, report_date=spec.report_date,
        unit_kind=spec.unit_kind), today=spec.report_date)


@pytest.fixture(params=list(CELLS))
def cell(request, db, tmp_path):
    spec = CELLS[request.param]()
    draft = draft_of(spec)
    recount = Recount(tmp_path / "test.db", Period(draft.start, draft.end, spec.report_date))
    yield spec, draft, recount
    recount.close()


def _body(draft: report.ReportData) -> str:
    return "\n".join(s.text for s in report.sections(draft.id))


def test_every_figure_is_what_the_records_hold(cell):
    spec, draft, recount = cell
    claims = report.report_claims(draft.id, today=spec.report_date)
    everything = [c for section in claims.values() for c in section]
    assert any(c.figures for c in everything)
    problems = report_problems(everything, recount)
    assert problems == [], "\n".join(problems)


def test_the_stored_text_is_the_claims(cell):
    spec, draft, _recount = cell
    claims = report.report_claims(draft.id, today=spec.report_date)
    for section in report.sections(draft.id):
        if section.mode is not None:
            assert section.text == section_text(claims[section.key]), section.key


def test_no_false_or_mangled_sentence(cell):
    spec, draft, _recount = cell
    content = issuing.build_content(draft.id)
    lines = [line for s in content["sections"] for line in s["text"].splitlines()]
    lines += [" ".join(row) for row in (content["appendix"] or {}).get("rows", [])]
    wrong = [m for line in lines for m in mangled(line)]
    assert wrong == [], "\n".join(wrong)
    text = "\n".join(lines) + "\n" + content["signature"]["authority"]
    for phrase in spec.must_say:
        assert phrase in text, phrase
    for phrase in spec.must_not_say:
        assert phrase not in text, phrase


def test_the_topics_and_the_next_targets_are_stated(cell):
    spec, draft, _recount = cell
    body = _body(draft)
    for topic in spec.topics:
        assert topic in body, topic
    direction = next(s.text for s in report.sections(draft.id)
                     if s.key in ("phuong-huong", "direction"))
    for target in spec.next_targets:
        assert target in direction, target
    if spec.next_targets:
        results = "\n".join(s.text for s in report.sections(draft.id)
                            if s.key not in ("phuong-huong", "direction"))
        for target in spec.next_targets:
            assert target not in results, f"next-term target counted as a result: {target}"


def test_the_pdf_prints_the_unit_and_its_figures(cell, tmp_path):
    spec, draft, _recount = cell
    pdf = tmp_path / f"{spec.key}.pdf"
    render_pdf(report_document(issuing.build_content(draft.id)), pdf)
    text = flat(" ".join(pdf_pages(pdf)))
    authority = "T/M ĐẢNG ỦY" if spec.unit_kind.startswith("dang_bo") else "T/M CHI BỘ"
    assert authority in text
    assert "BÁO CÁO" in text and "./." in text
