"""A đảng bộ prints its own papers as a đảng bộ: every document the unit signs says
"T/M ĐẢNG ỦY" (never "T/M CHI BỘ"), a plan opens "Đảng bộ … ban hành" (not "Chi bộ Đảng bộ
…") and its committee is the Đảng ủy, the change list is kept by the Đảng ủy's office, and
a social-work action raised by the unit itself says so."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.documents.pdf import render_pdf_bytes

from .catalogue import documents
from .helpers import flat

NAME = "Đảng bộ Trường Trung học phổ thông Nguyễn Du"
# Signed by the member or the congress's presidium, not by the unit; or issued before (an
# issued report is kept as it was issued, when the demo unit was a chi bộ).
LEFT_OUT = ("review-", "commitment-", "report-issued-", "plan-congress-")


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return flat(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def committee_papers(tmp_path_factory):
    """name → (document, text of its PDF) for the demo cell made a đảng bộ cơ sở."""
    from desktop_app.core.cell import particulars as cell_core
    from desktop_app.core.demo import create_demo_database
    from desktop_app.db.connection import close_database, open_database

    path = create_demo_database(tmp_path_factory.mktemp("committee") / "demo.db")
    open_database(path)
    try:
        cell_core.save_profile(replace(cell_core.load_profile(), name=NAME,
                                       unit_kind="dang_bo_co_so"))
        return {name: (document, _text(render_pdf_bytes(document)))
                for name, document in documents() if not name.startswith(LEFT_OUT)}
    finally:
        close_database()


def test_every_paper_of_the_unit_is_signed_for_its_committee(committee_papers):
    signed = {name: document.signature.authority
              for name, (document, _) in committee_papers.items() if document.signature}
    assert len(signed) >= 15
    assert {n: a for n, a in signed.items() if a != "T/M ĐẢNG ỦY"} == {}
    for name, (_, text) in committee_papers.items():
        assert "T/M CHI BỘ" not in text, name
        assert "Chi bộ Đảng bộ" not in text, name


def test_a_plan_of_a_party_committee_speaks_as_it(committee_papers):
    _, text = committee_papers["plan-plan"]
    assert f"{NAME} xây dựng Kế hoạch" in text
    assert "Đảng ủy phân công thực hiện và theo dõi tiến độ như sau:" in text
    assert "Đảng ủy kiểm tra, đôn đốc" in text
    assert "Chi ủy" not in text
    _, resolution = committee_papers["plan-resolution"]
    assert f"{NAME} ban hành Nghị quyết" in resolution


def test_a_cells_plan_still_speaks_as_a_chi_bo(tmp_path):
    from desktop_app.core.demo import create_demo_database
    from desktop_app.db.connection import close_database, open_database

    open_database(create_demo_database(tmp_path / "demo.db"))
    try:
        papers = dict(documents())
        text = _text(render_pdf_bytes(papers["plan-plan"]))
        assert "Chi ủy phân công thực hiện" in text and "T/M CHI BỘ" in text
        assert papers["member-list"].signature.authority == "T/M CHI BỘ"
    finally:
        close_database()
