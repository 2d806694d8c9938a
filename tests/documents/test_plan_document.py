"""A plan printed as a Party document (KẾ HOẠCH / NGHỊ QUYẾT), PDF and DOCX, on the demo cell."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from desktop_app.core.plans import plans
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.db.models.plans import Plan
from desktop_app.db.models.register import IssuedDocument
from desktop_app.documents.docx import render_docx
from desktop_app.documents.pdf import render_pdf
from desktop_app.documents.plans.jobs import issue_and_save, plan_job, prepare_plan
from desktop_app.errors import UserError

from .helpers import flat, pdf_pages
from .test_docx import all_text


def _plan(year: int, kind: str = "plan") -> PlanData:
    return next(p for p in plans.list_plans(year) if p.kind == kind)


def test_the_2010_plan_as_pdf(demo_db, tmp_path):
    plan = _plan(2010)
    target = render_pdf(prepare_plan(plan.id), tmp_path / "kh.pdf")
    text = flat(" ".join(pdf_pages(target)))
    for expected in [
        "ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ VĂN PHÒNG ĐẢNG ỦY KHỐI", "Số 04-KH/CB",
        "TP. Hồ Chí Minh, ngày 25 tháng 02 năm 2010", "KẾ HOẠCH",
        "Thực hiện Chỉ thị số 06-CT/TW ngày 07/11/2006",
        "Chi bộ Văn phòng Đảng ủy Khối xây dựng Kế hoạch thực hiện Cuộc vận động",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG",
        "III. TỔ CHỨC THỰC HIỆN", "Nội dung", "Chỉ tiêu", "Người phụ trách", "Thời hạn",
        "100% đảng viên viết thu hoạch", "Lê Văn Đức, Bùi Thị Lan", "31/07/2010",
        "nghiêm túc thực hiện./.", "T/M CHI BỘ", "BÍ THƯ", "Trần Thị Thu Hà", "Lưu Chi bộ.",
    ]:
        assert expected in text, expected
    assert text.index("II. NỘI DUNG") < text.index("III. TỔ CHỨC THỰC HIỆN")


def test_the_2009_resolution_as_docx(demo_db, tmp_path):
    resolution = _plan(2009, "resolution")
    target = render_docx(prepare_plan(resolution.id), tmp_path / "nq.docx")
    text = all_text(docx.Document(str(target)))
    assert "NGHỊ QUYẾT" in text and "Số 01-NQ/CB" in text
    assert "ban hành Nghị quyết thực hiện Cuộc vận động trong thực hành tiết kiệm" in text
    assert "giảm 10% chi hành chính, điện, nước, cước điện thoại" in text
    assert "31/12/2009" in text


def test_an_action_programme_title(demo_db):
    document = prepare_plan(_plan(2008, "action_programme").id)
    assert document.type_name == "CHƯƠNG TRÌNH HÀNH ĐỘNG"
    assert document.header.number == "Số 02-CTr/CB"


def test_a_new_plan_takes_its_number_when_saved_not_when_previewed(demo_db):
    draft = plans.save_plan(PlanData(
        year=2010, kind="plan", title="Tổ chức sinh hoạt chuyên đề quý IV năm 2010",
        plan_date=dt.date(2010, 10, 1),
        targets=[TargetData(content="Sinh hoạt chuyên đề", deadline=dt.date(2010, 12, 15))]))
    before = IssuedDocument.select().count()
    preview = plan_job(draft.id).build(dt.date(2010, 10, 4))
    assert preview.header.number == "Số 05-KH/CB"
    assert IssuedDocument.select().count() == before and Plan.get_by_id(draft.id).number is None

    def fail(document):
        raise UserError("Không ghi được tệp")

    with pytest.raises(UserError):
        issue_and_save(draft.id, dt.date(2010, 10, 4), fail)
    assert IssuedDocument.select().count() == before and Plan.get_by_id(draft.id).number is None

    saved = []
    document = issue_and_save(draft.id, dt.date(2010, 10, 4), saved.append)
    assert saved == [document] and document.header.number == "Số 05-KH/CB"
    stored = plans.get_plan(draft.id)
    assert (stored.number, stored.issued_date) == (5, dt.date(2010, 10, 4))
    again = plan_job(draft.id)
    assert again.as_of is None  # issued: its date is fixed
    assert again.build(None).header.number == "Số 05-KH/CB"
    assert IssuedDocument.select().count() == before + 1


def test_user_text_prints_as_typed(demo_db, tmp_path):
    plan = plans.save_plan(PlanData(
        year=2010, title="Kế hoạch <b>đặc biệt</b> & “khác”", plan_date=dt.date(2010, 10, 1),
        targets=[TargetData(content="Nội dung A <i>&</i>", indicator="≥ 50% <x>")]))
    text = flat(" ".join(pdf_pages(render_pdf(prepare_plan(plan.id), tmp_path / "x.pdf"))))
    assert "Kế hoạch <b>đặc biệt</b> & “khác”" in text
    assert "Nội dung A <i>&</i>" in text and "≥ 50% <x>" in text
