"""Printed thrift results and the social-work list, as Party documents (Qt-free).

The thrift table (bảng kết quả thực hành tiết kiệm) for any period and the list of
social-work actions (danh sách hoạt động công tác xã hội). Both are annexes the secretary
attaches to a report, so they carry no register number of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop_app.core.common.formats import number
from desktop_app.core.savings import social
from desktop_app.core.savings.report_facts import thrift_sentences
from desktop_app.core.savings.results import Period, ThriftResult, ThriftTable, thrift_table
from desktop_app.documents.jobs import DocumentJob, Save, default_issue_date
from desktop_app.documents.members.member_list import check_particulars
from desktop_app.documents.model import Document, Header, Heading, Paragraph, Signature, Table

THRIFT_COLUMNS = ["STT", "Khoản chi", "Thực chi (đồng)", "Mức gốc (đồng)",
                  "Tiết kiệm (đồng)", "So với mức gốc", "Chỉ tiêu", "Kết quả"]
THRIFT_WIDTHS = [12.0, 34.0, 24.0, 24.0, 24.0, 20.0, 13.0, 24.0]
THRIFT_ALIGNS = ["center", "left", "right", "right", "right", "center", "center", "left"]
SOCIAL_COLUMNS = ["STT", "Thời gian", "Loại", "Nội dung", "Trị giá (đồng)", "Nhà tài trợ",
                  "Địa điểm", "Số người tham gia"]
SOCIAL_WIDTHS = [12.0, 22.0, 24.0, 30.0, 22.0, 30.0, 18.0, 17.0]
SOCIAL_ALIGNS = ["center", "center", "left", "left", "right", "left", "left", "center"]
TABLE_SIZE = 11.0
RECIPIENTS = ["- Đảng ủy cấp trên (để b/c);", "- Lưu Chi bộ."]


def _saved_cell(result: ThriftResult) -> str:
    if result.saved is None:
        return ""
    return number(result.saved) if result.saved >= 0 else f"vượt chi {number(-result.saved)}"


def _status_cell(result: ThriftResult) -> str:
    if result.reached is None:
        return "Không xác định"
    return "Đạt" if result.reached else "Chưa đạt"


def thrift_rows(table: ThriftTable) -> list[list[str]]:
    rows = [r for r in table.rows if r.months_recorded]
    lines = [
        [str(i), r.name, number(r.actual), "" if r.baseline is None else number(r.baseline),
         _saved_cell(r), r.change_text(), r.target_text(), _status_cell(r)]
        for i, r in enumerate(rows, start=1)
    ]
    if rows:
        t = table.total
        lines.append(["", "Tổng cộng", number(t.actual),
                      "" if t.baseline is None else number(t.baseline), _saved_cell(t),
                      t.change_text(), t.target_text(), _status_cell(t)])
    return lines


def _header(as_of: dt.date) -> Header:
    cell = check_particulars()
    return Header(superior_lines=[cell.superior_line1, cell.superior_line2],
                  cell_name=cell.name, number="", place=cell.place, date=as_of)


def _signature() -> Signature:
    from desktop_app.core.cell import particulars as cell_core

    term = cell_core.current_term()
    return Signature(authority="T/M CHI BỘ", title="BÍ THƯ",
                     name=term.secretary_name if term else "")


def _table(columns: list[str], rows: list[list[str]], widths: list[float],
           aligns: list[str]) -> Table:
    return Table(header_rows=[columns], rows=rows, widths=widths,
                 aligns=aligns, font_size=TABLE_SIZE)  # type: ignore[arg-type]


def _closing(paragraphs: list[str]) -> list[str]:
    """The last sentence of a Party document ends with "./."."""
    if paragraphs:
        paragraphs[-1] = paragraphs[-1].rstrip(".") + "./."
    return paragraphs


def build_thrift_document(period: Period, as_of: dt.date | None = None) -> Document:
    """The thrift results of *period*: one table, then the per-year totals and the wording."""
    as_of = as_of or dt.date.today()
    table = thrift_table(period)
    blocks: list = [
        Paragraph("Các khoản chi được so với mức gốc của từng khoản (thực chi năm trước, mức "
                  "cố định hoặc bình quân các năm chọn) và với chỉ tiêu tiết kiệm đã đăng ký; "
                  "tỷ lệ dương là giảm chi, chi vượt mức gốc ghi là “vượt chi”."),
        _table(THRIFT_COLUMNS, thrift_rows(table), THRIFT_WIDTHS, THRIFT_ALIGNS),
    ]
    first, last = period.year_span
    if last > first and table.has_data:
        blocks.append(Heading("Kết quả từng năm", level=2, number=""))
        rows = []
        for index, year in enumerate(range(first, last + 1), start=1):
            total = thrift_table(Period.year(year)).total
            if total.months_recorded:
                rows.append([str(index), f"Năm {year}", number(total.actual),
                             "" if total.baseline is None else number(total.baseline),
                             _saved_cell(total), total.change_text(), total.target_text(),
                             _status_cell(total)])
        columns = ["STT", "Năm", *THRIFT_COLUMNS[2:]]
        blocks.append(_table(columns, rows, THRIFT_WIDTHS, THRIFT_ALIGNS))
    start = dt.date(period.first[0], period.first[1], 1)
    end_year, end_month = period.last
    end = (dt.date(end_year + 1, 1, 1) if end_month == 12
           else dt.date(end_year, end_month + 1, 1)) - dt.timedelta(days=1)
    # The wording of the report's thrift paragraph, over the period's table already made
    # (not the whole report area: social work and commendations are not printed here).
    facts_period = Period.dates(start, end)
    facts_table = table if facts_period == period else thrift_table(facts_period)
    sentences = thrift_sentences(facts_table)
    blocks += [Paragraph(text) for text in _closing(list(sentences))]
    return Document(
        header=_header(as_of),
        type_name="BẢNG TỔNG HỢP",
        subject=f"Kết quả thực hành tiết kiệm {period.label}",
        blocks=blocks,
        signature=_signature(),
        recipients=list(RECIPIENTS),
    )


def social_rows(activities: list[social.ActivityData]) -> list[list[str]]:
    return [
        [str(i), a.when_text, a.kind_label, a.quantity_text(),
         "" if a.value is None else number(a.value),
         a.sponsor or "Chi bộ tự vận động", a.place, str(len(a.member_ids) or "")]
        for i, a in enumerate(activities, start=1)
    ]


def build_social_document(first_year: int, last_year: int,
                          as_of: dt.date | None = None) -> Document:
    """The social-work actions of the years given, with the totals and the report wording."""
    as_of = as_of or dt.date.today()
    start, end = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
    facts = social.report_facts(start, end)
    label = f"năm {first_year}" if first_year == last_year else \
        f"giai đoạn {first_year} – {last_year}"
    blocks: list = [_table(SOCIAL_COLUMNS, social_rows(list(facts.activities)), SOCIAL_WIDTHS,
                           SOCIAL_ALIGNS)]
    totals = facts.totals.lines()
    if totals:
        blocks.append(Paragraph("Tổng hợp: " + "; ".join(totals) + ".", italic=True,
                                indent=False))
    blocks += [Paragraph(text) for text in _closing(list(facts.sentences()))]
    return Document(
        header=_header(as_of),
        type_name="DANH SÁCH",
        subject=f"Hoạt động công tác xã hội {label}",
        blocks=blocks,
        signature=_signature(),
        recipients=list(RECIPIENTS),
    )



def _job(title: str, build: Callable[[dt.date | None], Document]) -> DocumentJob:
    """A preview job with a chosen date and no register number (an annex)."""

    def issue_and_save(day: dt.date | None, save: Save) -> Document:
        document = build(day)
        save(document)
        return document

    return DocumentJob(title=title, build=build, issue_and_save=issue_and_save,
                       as_of=default_issue_date())


def thrift_job(period: Period) -> DocumentJob:
    return _job(f"Kết quả thực hành tiết kiệm {period.label}",
                lambda day: build_thrift_document(period, day))


def social_job(first_year: int, last_year: int) -> DocumentJob:
    label = f"năm {first_year}" if first_year == last_year else f"{first_year} – {last_year}"
    return _job(f"Hoạt động công tác xã hội {label}",
                lambda day: build_social_document(first_year, last_year, day))
