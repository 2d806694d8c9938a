"""Every printed document measured against Hướng dẫn 36-HD/VPTW as the faults were found:
text positions read back from the PDF (PDFium's text layer), its fonts and metadata.

The documents are those of ``catalogue.py``: each kind of report and outline, the plans,
the member list, the study sheets, every self-review form version, the commitment form,
the rating summary, the thrift and social tables, built from the demo cell.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop_app.documents.pdf import render_pdf_bytes

from .catalogue import documents
from .helpers import pdf_fonts
from .measure import MM, Line, Page, lone_lines, overlapping_words, pdf_lines, pdf_words

HALF_MM = 0.5 * MM
PAGE = Page()
# Personal forms carry no number of their own (a member's self-review, commitment).
# The congress political report and resolution are the congress's papers: they take no number.
UNNUMBERED = ("review-", "commitment-", "report-congress-", "plan-congress-")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """name → (document, PDF bytes) for every document of the demo cell."""
    from desktop_app.core.demo import create_demo_database
    from desktop_app.db.connection import close_database, open_database

    path = create_demo_database(tmp_path_factory.mktemp("demo") / "demo.db")
    open_database(path)
    try:
        return {name: (document, render_pdf_bytes(document)) for name, document in documents()}
    finally:
        close_database()


NAMES = [
    "member-list", "report-annual-tong-ket-cuoc-van-dong", "report-interim-tong-ket-cuoc-van-dong",
    "report-final-tong-ket-cuoc-van-dong", "report-annual-chi-thi-05",
    "report-interim-chi-thi-05", "report-final-chi-thi-05", "report-annual-ct06-nam",
    "report-interim-ct06-so-ket", "report-theme-ct06-chuyen-de",
    "report-congress-dai-hoi-bao-cao-chinh-tri", "report-issued-1", "plan-plan",
    "plan-congress-resolution",
    "plan-action_programme", "plan-resolution", "study-sign-in", "study-summary",
    "review-kiem-diem-2019", "review-kiem-diem-2023-02a", "review-kiem-diem-2023-02b",
    "review-kiem-diem-2025-2a", "review-kiem-diem-2025-2b", "review-kiem-diem-2025-2c",
    "review-demo-2010", "commitment-2010", "ratings-summary-2010", "thrift-2010",
    "thrift-2007-2010", "social-2007-2010",
]


def test_the_catalogue_holds_every_document(rendered):
    assert sorted(rendered) == sorted(NAMES)


def header_lines(pdf: bytes) -> dict[str, Line | list[Line]]:
    lines = pdf_lines(pdf)[0]
    party = next(line for line in lines if line.text == "ĐẢNG CỘNG SẢN VIỆT NAM")
    dated = next(line for line in lines if ", ngày " in line.text and line.words[0].italic
                 and line.top < 200)
    star = next(line for line in lines if line.text == "*")
    number = [line for line in lines if abs(line.bottom - dated.bottom) < 2
              and line.x1 < dated.x0]
    return {"party": party, "dated": dated, "star": star, "number": number}


@pytest.mark.parametrize("name", NAMES)
def test_the_dated_line_is_centred_under_the_partys_name(rendered, name):
    parts = header_lines(rendered[name][1])
    party, dated = parts["party"], parts["dated"]
    assert isinstance(party, Line) and isinstance(dated, Line)
    assert abs(dated.centre - party.centre) <= HALF_MM, (
        f"the dated line is centred {(party.centre - dated.centre) / MM:.1f} mm left of "
        "“ĐẢNG CỘNG SẢN VIỆT NAM”")
    assert dated.x1 <= PAGE.right + HALF_MM  # never into the right margin


@pytest.mark.parametrize("name", [n for n in NAMES if not n.startswith(UNNUMBERED)])
def test_the_number_line_stands_under_the_star(rendered, name):
    parts = header_lines(rendered[name][1])
    number, star = parts["number"], parts["star"]
    assert isinstance(number, list) and isinstance(star, Line)
    assert number, f"{name} has no number line (Số …-XX/CB)"
    assert number[0].text.startswith("Số")
    centre = (number[0].x0 + number[-1].x1) / 2
    assert abs(centre - star.centre) <= HALF_MM


@pytest.mark.parametrize("name", NAMES)
def test_no_lone_line_or_heading_at_a_page_break(rendered, name):
    assert lone_lines(pdf_lines(rendered[name][1]), PAGE) == []


@pytest.mark.parametrize("name", NAMES)
def test_no_text_runs_into_other_text(rendered, name):
    for number, words in enumerate(pdf_words(rendered[name][1]), start=1):
        overlaps = [(a.text, b.text) for a, b in overlapping_words(words)]
        assert overlaps == [], f"page {number}"


@pytest.mark.parametrize("name", NAMES)
def test_every_font_named_is_embedded(rendered, name, tmp_path):
    path = tmp_path / "doc.pdf"
    path.write_bytes(rendered[name][1])
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _font, embedded in fonts), fonts


def test_the_report_appendix_says_which_report_it_belongs_to(rendered):
    document, pdf = rendered["report-issued-1"]
    pages = pdf_lines(pdf)
    appendix = next(page for page in pages if any(line.text == "PHỤ LỤC" for line in page))
    texts = " ".join(line.text for line in appendix)
    number = document.header.number.removeprefix("Số ")
    assert f"(Kèm theo Báo cáo số {number} ngày 20/9/2010 của Chi bộ Văn phòng Đảng ủy Khối)" \
        in texts


def test_pdf_dates_are_the_real_ones(rendered, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    document = rendered["member-list"][0]
    before = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    info = PdfReader(io.BytesIO(render_pdf_bytes(document))).metadata
    assert info is not None
    for when in (info.creation_date, info.modification_date):
        assert when is not None and when.astimezone(dt.UTC) >= before
