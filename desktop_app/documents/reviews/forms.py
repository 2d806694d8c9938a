"""A member's commitment form, self-review form and the cell's rating summary, as documents.

The forms follow their template (core/reviews/forms.py): the same sections, numbers and
titles as the editor. Each is built from its paper, read by ``core.reviews.papers``. The
member signs the form ("NGƯỜI TỰ KIỂM ĐIỂM" / "NGƯỜI ĐĂNG KÝ"); the cell committee's
assessment (or confirmation) follows in the flow of the form, signed "T/M CHI ỦY" /
"BÍ THƯ", as on the official forms (DOMAIN.md §5).
"""

from __future__ import annotations

from desktop_app.core.cell.particulars import Letterhead
from desktop_app.core.common.formats import number, percent, prose_date, ratio_percent, short_date
from desktop_app.core.members.roster import MemberData
from desktop_app.core.reviews import commitments as commitments_core
from desktop_app.core.reviews import forms, ratings
from desktop_app.core.reviews import reviews as reviews_core
from desktop_app.core.reviews.papers import CommitmentPaper, RatingsSummaryPaper, ReviewPaper
from desktop_app.documents.letterhead import blank_number, cell_header, recipients, unit_signature
from desktop_app.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    SignatureBlock,
    Table,
)

SUMMARY_COLUMNS = ["STT", "Họ và tên", "Chức vụ", "Điểm tự chấm", "Tự nhận",
                   "Chi bộ đề xuất", "Cấp trên quyết định"]
SUMMARY_WIDTHS = [10.0, 34.0, 27.0, 15.0, 26.0, 26.0, 27.0]
SUMMARY_ALIGNS = ["center", "left", "left", "center", "left", "left", "left"]
BLANK = "." * 60


def _party_post(member: MemberData) -> str:
    return member.role_label if member.role in ("secretary", "deputy_secretary",
                                                "committee_member") else "Đảng viên"


def _particulars(template: forms.FormTemplate, member: MemberData,
                 letterhead: Letterhead) -> list[Block]:
    values = {
        "full_name": member.full_name,
        "birth_date": short_date(member.birth_date),
        "party_post": _party_post(member) if member.is_party_member else "",
        "job_title": member.job_title,
        "cell": letterhead.cell_name,
    }
    return [Paragraph([Run(f"{forms.PARTICULARS[key]}: "), Run(values[key] or BLANK[:30])],
                      indent=False)
            for key in template.particulars]


def text_blocks(text: str) -> list[Block]:
    """Written text as paragraphs; consecutive "- " lines as a dash list."""
    blocks: list[Block] = []
    bullets: list[str] = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith(("- ", "+ ")):
            bullets.append(line[2:].strip())
            continue
        if bullets:
            blocks.append(BulletList(bullets))
            bullets = []
        blocks.append(Paragraph(line))
    if bullets:
        blocks.append(BulletList(bullets))
    return blocks or [Paragraph(BLANK, indent=False)]


def _committee_heading(title: str) -> Heading:
    """The committee's section ("NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY"), unnumbered."""
    return Heading(title, level=1, number="")


# --- commitment form -------------------------------------------------------------------

def commitment_document(paper: CommitmentPaper) -> Document:
    """The member's commitment (bản đăng ký làm theo) of the paper's year."""
    member, data, template, year = paper.member, paper.commitment, paper.template, paper.year
    title = template.title_lines(year)
    blocks: list[Block] = [*_particulars(template, member, paper.letterhead)]
    if template.intro:
        blocks.append(Paragraph(template.intro_text(year)))
    for section in template.sections:
        blocks.append(Heading(section.title, level=1, number=section.number))
        if section.text:
            blocks.extend(text_blocks(data.study))
        for group in section.groups:
            items = [i for i in data.items if i.group == group.id]
            blocks.append(Heading(group.title, level=2, number=group.number))
            blocks.append(BulletList([i.content for i in items]) if items
                          else Paragraph(BLANK, indent=False))
        if section.measures:
            rows = [[str(n), i.content, i.target_text(), short_date(i.deadline),
                     _result(i)] for n, i in enumerate(data.items, start=1)]
            blocks.append(Table(
                header_rows=[["STT", "Nội dung", "Chỉ tiêu", "Thời hạn", "Kết quả"]],
                rows=rows, widths=[14, 66, 25, 25, 35],
                aligns=["center", "left", "center", "center", "left"], font_size=12))
        if section.fixed_text:
            blocks.append(Paragraph(section.fixed_text))
    committee = template.committee
    blocks += [
        SignatureBlock(title=template.signature, name=member.full_name),
        _committee_heading(committee.title),
        Paragraph(BLANK * 2, indent=False), Paragraph(BLANK * 2, indent=False),
        SignatureBlock(authority=committee.signature, title="BÍ THƯ",
                       name=paper.secretary_name),
    ]
    return Document(header=cell_header(paper.letterhead, paper.day), type_name=title[0],
                    subject="\n".join(title[1:]), blocks=blocks)


def _result(item: commitments_core.CommitmentItemData) -> str:
    parts = [p for p in (item.result, item.achieved_text() and f"đạt {item.achieved_text()}")
             if p]
    if item.done:
        parts.append("đã thực hiện")
    return "; ".join(parts)


# --- self-review form ------------------------------------------------------------------

def review_document(paper: ReviewPaper) -> Document:
    """The member's self-review (bản kiểm điểm) of the paper's year in its template's layout."""
    member, review, template, variant = paper.member, paper.review, paper.template, paper.variant
    answers, stored, remedies = review.answers, paper.ratings, paper.remedies
    title = template.title_lines(paper.year)
    blocks: list[Block] = [*_particulars(template, member, paper.letterhead)]
    if template.intro:
        blocks.append(Paragraph(template.intro_text(paper.year)))
    for section in template.sections:
        if not section.applies_to(variant):
            continue
        heading = section.title
        if section.max_score is not None:
            heading += f" (tối đa {section.max_score} điểm)"
        blocks.append(Heading(heading, level=1, number=section.number))
        blocks.extend(_item_blocks(section, answers, template))
        for item in section.items:
            if item.applies_to(variant):
                blocks.append(Heading(_item_title(item), level=2, number=item.number))
                blocks.extend(_item_blocks(item, answers, template))
        if section.remedies and remedies:
            blocks.append(Table(
                header_rows=[["STT", "Biện pháp khắc phục", "Thời hạn"]],
                rows=[[str(n), r.content, short_date(r.deadline) or "Chưa định"]
                      for n, r in enumerate(remedies, start=1)],
                widths=[14, 116, 35], aligns=["center", "left", "center"], font_size=12))
        if section.self_rating:
            if review.total_score is not None and template.max_score:
                blocks.append(Paragraph([Run("Tổng điểm tự chấm: "),
                                         Run(f"{review.total_score}/{template.max_score} điểm",
                                             bold=True)], indent=False))
            level = stored.get("self")
            blocks.append(Paragraph([Run("Tự nhận mức xếp loại chất lượng: "),
                                     Run(level.level_label if level else BLANK[:40],
                                         bold=True)], indent=False))
    committee = template.committee
    cell_rating = stored.get("cell")
    blocks.append(SignatureBlock(title=template.signature, name=member.full_name))
    blocks.append(_committee_heading(committee.title))
    blocks.extend(text_blocks(answers.text.get(committee.id, "")))
    if committee.proposed_rating:
        blocks.append(Paragraph([
            Run(f"{committee.proposed_rating}: "),
            Run(cell_rating.level_label if cell_rating else BLANK[:40], bold=True)],
            indent=False))
    blocks.append(SignatureBlock(authority=committee.signature, title="BÍ THƯ",
                                 name=paper.secretary_name,
                                 date_line=prose_date(paper.sign_day, paper.letterhead.place)))
    return Document(header=cell_header(paper.letterhead, paper.day), type_name=title[0],
                    subject="\n".join(title[1:]), blocks=blocks)


def _item_title(item: forms.FormItem) -> str:
    if item.max_score is not None and item.scored:
        return f"{item.title} (tối đa {item.max_score} điểm)"
    return item.title


def _item_blocks(item: forms.FormItem, answers: reviews_core.Answers,
                 template: forms.FormTemplate) -> list[Block]:
    if item.items:
        return []
    blocks: list[Block] = []
    if item.text:
        blocks.extend(text_blocks(answers.text.get(item.id, "")))
    if item.grade and template.grades:
        grade = answers.grades.get(item.id)
        label = forms.GRADE_LABELS[grade] if grade else "Xuất sắc / Tốt / Trung bình / Kém"
        blocks.append(Paragraph([Run("Tự đánh giá: "), Run(label, bold=bool(grade))],
                                italic=True, indent=False))
    if item.scored:
        score = answers.scores.get(item.id)
        shown = f"{score}/{item.max_score} điểm" if score is not None else "…"
        blocks.append(Paragraph([Run("Tự chấm: "), Run(shown, bold=True)], italic=True,
                                indent=False))
    return blocks


# --- the cell's rating summary ---------------------------------------------------------

def ratings_summary_document(paper: RatingsSummaryPaper) -> Document:
    """Every party member's ratings of the year and the distribution (bảng tổng hợp xếp loại)."""
    rows, members, year = paper.rows, paper.members, paper.year

    def level(row: ratings.OverviewRow, stage: str) -> str:
        rating = row.ratings.get(stage)
        return rating.level_label if rating else ""

    table_rows = [
        [str(n), r.full_name, _party_post(members[r.member_id]),
         "" if r.score is None else str(r.score), level(r, "self"), level(r, "cell"),
         level(r, "superior")]
        for n, r in enumerate(rows, start=1)
    ]
    columns, widths, aligns = SUMMARY_COLUMNS, SUMMARY_WIDTHS, SUMMARY_ALIGNS
    if all(r.score is None for r in rows):  # forms without a self-score: no empty column
        keep = [i for i in range(len(columns)) if i != 3]
        columns = [columns[i] for i in keep]
        widths = [widths[i] for i in keep]
        aligns = [aligns[i] for i in keep]
        table_rows = [[row[i] for i in keep] for row in table_rows]
    counts = ratings.distribution(rows)
    rated = sum(counts.values())
    distribution_rows = [[ratings.LEVEL_LABELS[code], number(count),
                          percent(ratio_percent(count, rated)) if rated else ""]
                         for code, count in counts.items()]
    distribution_rows.append(["Tổng cộng", number(rated), "100%" if rated else ""])
    facts = paper.facts
    return Document(
        header=cell_header(paper.letterhead, paper.day, blank_number(paper.letterhead, "BC")),
        type_name="BẢNG TỔNG HỢP",
        subject=f"Kết quả đánh giá, xếp loại chất lượng đảng viên năm {year}",
        blocks=[
            Table(header_rows=[columns], rows=table_rows, widths=widths,
                  aligns=aligns, font_size=11),  # type: ignore[arg-type]
            Paragraph("Tổng hợp mức xếp loại (cấp trên quyết định; chưa có thì theo đề xuất "
                      "của chi bộ):", indent=False),
            Table(header_rows=[["Mức xếp loại", "Số lượng", "Tỷ lệ"]], rows=distribution_rows,
                  widths=[90, 30, 30], aligns=["left", "center", "center"], font_size=12),
            Paragraph(f"Trong năm {year}, {facts.registered}/{facts.members} đảng viên đăng ký "
                      f"làm theo, {facts.reviewed}/{facts.members} đảng viên hoàn thành bản "
                      "kiểm điểm./."),
        ],
        signature=unit_signature(paper.letterhead, paper.secretary_name),
        recipients=recipients(paper.letterhead, "ratings_summary"),
    )
