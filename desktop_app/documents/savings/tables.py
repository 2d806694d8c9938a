"""Printed thrift results and the social-work list, as Party documents (Qt-free).

The thrift table (bảng kết quả thực hành tiết kiệm) for any period and the list of
social-work actions (danh sách hoạt động công tác xã hội), each from its paper (read by
``core.savings.papers``). Both are annexes the secretary attaches to a report, so they
carry no register number of their own.
"""

from __future__ import annotations

from desktop_app.core.common.formats import number
from desktop_app.core.savings import social
from desktop_app.core.savings.papers import SocialPaper, ThriftPaper
from desktop_app.core.savings.results import ThriftResult, ThriftTable
from desktop_app.documents.letterhead import blank_number, cell_header, recipients, unit_signature
from desktop_app.documents.model import Document, Heading, Paragraph, Table

THRIFT_COLUMNS = ["STT", "Khoản chi", "Thực chi (đồng)", "Mức gốc (đồng)",
                  "Tiết kiệm (đồng)", "So với mức gốc", "Chỉ tiêu", "Kết quả"]
THRIFT_WIDTHS = [12.0, 34.0, 24.0, 24.0, 24.0, 20.0, 13.0, 24.0]
THRIFT_ALIGNS = ["center", "left", "right", "right", "right", "center", "center", "left"]
SOCIAL_COLUMNS = ["STT", "Thời gian", "Loại", "Nội dung", "Trị giá (đồng)", "Nhà tài trợ",
                  "Địa điểm", "Số người tham gia"]
SOCIAL_WIDTHS = [12.0, 22.0, 24.0, 30.0, 22.0, 30.0, 18.0, 17.0]
SOCIAL_ALIGNS = ["center", "center", "left", "left", "right", "left", "left", "center"]
TABLE_SIZE = 11.0


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


def _table(columns: list[str], rows: list[list[str]], widths: list[float],
           aligns: list[str]) -> Table:
    return Table(header_rows=[columns], rows=rows, widths=widths,
                 aligns=aligns, font_size=TABLE_SIZE)  # type: ignore[arg-type]


def _closing(paragraphs: list[str]) -> list[str]:
    """The last sentence of a Party document ends with "./."."""
    if paragraphs:
        paragraphs[-1] = paragraphs[-1].rstrip(".") + "./."
    return paragraphs


def build_thrift_document(paper: ThriftPaper) -> Document:
    """The thrift results of a period: one table, then the per-year totals and the wording."""
    table, period = paper.table, paper.period
    blocks: list = [
        Paragraph("Các khoản chi được so với mức gốc của từng khoản (thực chi năm trước, mức "
                  "cố định hoặc bình quân các năm chọn) và với chỉ tiêu tiết kiệm đã đăng ký; "
                  "tỷ lệ dương là giảm chi, chi vượt mức gốc ghi là “vượt chi”."),
        _table(THRIFT_COLUMNS, thrift_rows(table), THRIFT_WIDTHS, THRIFT_ALIGNS),
    ]
    if paper.yearly:
        blocks.append(Heading("Kết quả từng năm", level=2, number=""))
        rows = []
        for index, (year, total) in enumerate(paper.yearly, start=1):
            if total.months_recorded:
                rows.append([str(index), f"Năm {year}", number(total.actual),
                             "" if total.baseline is None else number(total.baseline),
                             _saved_cell(total), total.change_text(), total.target_text(),
                             _status_cell(total)])
        columns = ["STT", "Năm", *THRIFT_COLUMNS[2:]]
        blocks.append(_table(columns, rows, THRIFT_WIDTHS, THRIFT_ALIGNS))
    blocks += [Paragraph(text) for text in _closing(list(paper.sentences))]
    return Document(
        header=cell_header(paper.letterhead, paper.as_of, blank_number(paper.letterhead, "BC")),
        type_name="BẢNG TỔNG HỢP",
        subject=f"Kết quả thực hành tiết kiệm {period.label}",
        blocks=blocks,
        signature=unit_signature(paper.letterhead, paper.secretary_name),
        recipients=recipients(paper.letterhead, "thrift"),
    )


def social_rows(activities: list[social.ActivityData], unit: str = "Chi bộ"
                ) -> list[list[str]]:
    """The rows of the social-work table; an action with no sponsor was raised by the
    *unit* itself ("Chi bộ tự vận động", "Đảng bộ tự vận động")."""
    return [
        [str(i), a.when_text, a.kind_label, a.quantity_text(),
         "" if a.value is None else number(a.value),
         a.sponsor or f"{unit} tự vận động", a.place, str(len(a.member_ids) or "")]
        for i, a in enumerate(activities, start=1)
    ]


def build_social_document(paper: SocialPaper) -> Document:
    """The social-work actions of the years given, with the totals and the report wording."""
    first_year, last_year, facts = paper.first_year, paper.last_year, paper.facts
    label = f"năm {first_year}" if first_year == last_year else \
        f"giai đoạn {first_year} – {last_year}"
    rows = social_rows(list(facts.activities), paper.letterhead.words.Unit)
    blocks: list = [_table(SOCIAL_COLUMNS, rows, SOCIAL_WIDTHS, SOCIAL_ALIGNS)]
    totals = facts.totals.lines()
    if totals:
        blocks.append(Paragraph("Tổng hợp: " + "; ".join(totals) + ".", italic=True,
                                indent=False))
    blocks += [Paragraph(text) for text in _closing(list(facts.sentences()))]
    return Document(
        header=cell_header(paper.letterhead, paper.as_of, blank_number(paper.letterhead, "DS")),
        type_name="DANH SÁCH",
        subject=f"Hoạt động công tác xã hội {label}",
        blocks=blocks,
        signature=unit_signature(paper.letterhead, paper.secretary_name),
        recipients=recipients(paper.letterhead, "social"),
    )
