"""The commitment form, the self-review form and the rating summary, read back from PDF/DOCX."""

from __future__ import annotations

import pytest
from docx import Document as read_docx

from desktop_app.core.reviews import ratings
from desktop_app.core.reviews import reviews as reviews_core
from desktop_app.core.reviews.papers import commitment_paper, ratings_summary_paper, review_paper
from desktop_app.documents.docx import render_docx
from desktop_app.documents.pdf import render_pdf
from desktop_app.documents.reviews import forms as review_forms
from desktop_app.errors import UserError

from .helpers import docx_text, flat, pdf_pages


@pytest.fixture
def ids(demo_db):
    return {r.full_name: r.member_id for r in ratings.year_overview(2010)}


def review_of(member_id: int, year: int):
    return review_forms.review_document(review_paper(member_id, year))


def commitment_of(member_id: int, year: int):
    return review_forms.commitment_document(commitment_paper(member_id, year))


def pdf_text(document, tmp_path, name="f.pdf") -> str:
    render_pdf(document, tmp_path / name)
    return flat(" ".join(pdf_pages(tmp_path / name)))


def test_review_form_follows_the_2019_template(ids, tmp_path):
    text = pdf_text(review_of(ids["Ngô Quang Hải"], 2010), tmp_path)
    assert "BẢN KIỂM ĐIỂM CÁ NHÂN" in text and "Năm 2010" in text
    assert "Họ và tên: Ngô Quang Hải" in text
    order = ["I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN",
             "III. KẾT QUẢ KHẮC PHỤC", "VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC",
             "VII. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG", "NGƯỜI TỰ KIỂM ĐIỂM",
             "NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY", "T/M CHI ỦY"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert "Tự đánh giá: Trung bình" in text
    assert "chưa khắc phục xong" in text  # last year's overdue remedy, pre-filled in III
    assert "Tự nhận mức xếp loại chất lượng: Hoàn thành nhiệm vụ" in text
    assert "Chi ủy đề xuất mức xếp loại chất lượng: Hoàn thành nhiệm vụ" in text
    assert "3. Về kết quả lãnh đạo" not in text  # not a leader


def test_leader_form_has_the_leadership_items(ids, tmp_path):
    text = pdf_text(review_of(ids["Trần Thị Thu Hà"], 2010), tmp_path)
    assert "3. Về kết quả lãnh đạo, quản lý, điều hành" in text
    assert "5. Về năng lực lãnh đạo, quản lý, uy tín" in text


def test_2025_form_prints_scores(ids, tmp_path):
    member = ids["Bùi Thị Lan"]
    review = reviews_core.new_review(member, 2025, "kiem-diem-2025-2a")
    review.answers.scores = {"I.1": 8, "I.2": 8, "I.3": 7, "I.4": 6, "II.1": 45, "II.dv": 18}
    reviews_core.save_draft(review)
    text = pdf_text(review_of(member, 2025), tmp_path)
    assert "Tự chấm: 45/50 điểm" in text
    assert "Tổng điểm tự chấm: 92/100 điểm" in text
    assert "(Dùng cho đảng viên không giữ chức vụ lãnh đạo, quản lý)" in text


def test_commitment_form(ids, tmp_path):
    text = pdf_text(commitment_of(ids["Ngô Quang Hải"], 2010), tmp_path)
    assert "BẢN ĐĂNG KÝ" in text and "HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG ĐẠO ĐỨC HỒ CHÍ MINH" in text
    assert "Giảm chi điện, nước, cước điện thoại, văn phòng phẩm" in text
    assert "10% 31/12/2010" in text  # target and deadline in the measures table
    assert "NGƯỜI ĐĂNG KÝ" in text and "XÁC NHẬN CỦA CHI ỦY" in text


def test_rating_summary(ids, tmp_path):
    text = pdf_text(review_forms.ratings_summary_document(ratings_summary_paper(2010)), tmp_path)
    assert "Kết quả đánh giá, xếp loại chất lượng đảng viên năm 2010" in text
    assert "Hoàn thành xuất sắc nhiệm vụ 3 27,27%" in text
    assert "Tổng cộng 11 100%" in text
    assert "T/M CHI BỘ" in text and "Trần Thị Thu Hà" in text


def test_review_form_as_docx(ids, tmp_path):
    target = tmp_path / "f.docx"
    render_docx(review_of(ids["Ngô Quang Hải"], 2010), target)
    paragraphs = "\n".join(p.text for p in read_docx(str(target)).paragraphs)
    tables = " ".join(c.text for t in read_docx(str(target)).tables for r in t.rows
                      for c in r.cells)
    everything = paragraphs + " " + tables
    assert "NGƯỜI TỰ KIỂM ĐIỂM" in everything
    assert "T/M CHI ỦY" in everything
    assert "Hoàn thành dứt điểm việc chỉnh lý hồ sơ đảng viên còn tồn đọng" in everything


def test_no_review_no_form(demo_db, ids):
    with pytest.raises(UserError) as info:
        review_of(ids["Bùi Thị Lan"], 2011)
    assert "chưa có bản kiểm điểm năm 2011" in str(info.value)


REVIEW_SIGNATURES = ["VII. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG", "NGƯỜI TỰ KIỂM ĐIỂM", "Ngô Quang Hải",
                     "NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY", "cần khắc phục theo thời hạn đã đề ra",
                     "Chi ủy đề xuất mức xếp loại chất lượng: Hoàn thành nhiệm vụ",
                     "TP. Hồ Chí Minh, ngày 18 tháng 12 năm 2010", "T/M CHI ỦY", "BÍ THƯ",
                     "Trần Thị Thu Hà"]
COMMITMENT_SIGNATURES = ["IV. CAM KẾT", "NGƯỜI ĐĂNG KÝ", "Ngô Quang Hải", "XÁC NHẬN CỦA CHI ỦY",
                         "T/M CHI ỦY", "BÍ THƯ", "Trần Thị Thu Hà"]


def in_order(text: str, parts: list[str]) -> bool:
    """Every part appears in *text*, each after the one before."""
    start = 0
    for part in parts:
        found = text.find(part, start)
        if found < 0:
            return False
        start = found + len(part)
    return True


def test_review_form_member_then_committee_signature_on_one_page(ids, tmp_path):
    render_pdf(review_of(ids["Ngô Quang Hải"], 2010), tmp_path / "f.pdf")
    pages = [flat(page) for page in pdf_pages(tmp_path / "f.pdf")]
    last = pages[-1]  # in the flow of the form, not on a page of its own
    assert in_order(last, REVIEW_SIGNATURES)
    assert "Tự nhận mức xếp loại chất lượng: Hoàn thành nhiệm vụ" in last
    assert not any("T/M CHI BỘ" in page for page in pages)  # the member signs, not the cell


def test_review_form_docx_signatures_in_order(ids, tmp_path):
    target = tmp_path / "f.docx"
    render_docx(review_of(ids["Ngô Quang Hải"], 2010), target)
    assert in_order(flat(docx_text(target)), REVIEW_SIGNATURES)


def test_commitment_member_then_committee_confirmation(ids, tmp_path):
    document = commitment_of(ids["Ngô Quang Hải"], 2010)
    render_pdf(document, tmp_path / "f.pdf")
    assert in_order(flat(pdf_pages(tmp_path / "f.pdf")[-1]), COMMITMENT_SIGNATURES)
    render_docx(document, tmp_path / "f.docx")
    assert in_order(flat(docx_text(tmp_path / "f.docx")), COMMITMENT_SIGNATURES)
