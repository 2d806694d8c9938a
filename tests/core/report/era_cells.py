"""Cells for the reports of issue 18, entered through the core API as a secretary would:

- a hamlet cell's yearly report of 2013, on the Chỉ thị 03-CT/TW outline;
- the tax office cell (cells.py) at its congress of 2022: the political report reviews the
  term 2020 – 2022 target by target and sets the targets of 2022 – 2025;
- a tổng kết on an outline the secretary made by copying a built-in one and editing it
  into parts A, B, C (through the outline store, as the editor does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop_app.core.plans import plans as plans_core
from desktop_app.core.plans.model import TargetData
from desktop_app.core.report import congress as congress_core
from desktop_app.core.report import outline_store
from desktop_app.core.report import reports as report
from desktop_app.core.report.outline import OutlineSection

from .cells import member, name, plan, profile, review, session, target, tax_office_cell

D = dt.date
CT03_ANSWER = ("Hướng dẫn số 45-HD/ĐU ngày 10/11/2013 của Đảng ủy xã Phước Lợi về báo cáo "
               "kết quả thực hiện Chỉ thị 03-CT/TW năm 2013")


def hamlet_2013() -> report.ReportData:
    """Chi bộ ấp 3 xã Phước Lợi, báo cáo năm 2013 (Chỉ thị 03-CT/TW)."""
    profile("Chi bộ ấp 3", "ĐẢNG ỦY XÃ PHƯỚC LỢI", "chi_bo",
            [(D(2010, 8, 1), D(2015, 7, 31), "Nguyễn Văn Hùng", "Trần Thị Lan")],
            place="Phước Lợi")
    ids = [member("Nguyễn Văn Hùng", role="secretary", key_cadre=True, job="Trưởng ấp"),
           member("Trần Thị Lan", role="deputy_secretary", key_cadre=True)]
    ids += [member(name(i), joined=D(1995 + i, 3, 2)) for i in range(9)]
    member("Lê Văn Mới", kind="probationary", joined=D(2013, 6, 10))
    topic = ("Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về phong cách quần chúng, dân "
             "chủ, nêu gương; nói đi đôi với làm")
    session(D(2013, 3, 20), topic, theme=topic, absent={ids[4]: "excused_absence"})
    session(D(2013, 8, 15), "Quán triệt Kế hoạch năm 2013 của Đảng ủy xã",
            kind="document_briefing", reflection=False)
    plan(2013, "plan", "Kế hoạch thực hiện Chỉ thị 03-CT/TW năm 2013", [
        target("Đảng viên tham gia học tập chuyên đề", percent=100, measure="attendance",
               deadline=D(2013, 6, 30), status="done", done_on=D(2013, 6, 30)),
        target("Kết nạp đảng viên mới", count=1, unit="đảng viên", measure="admissions",
               deadline=D(2013, 12, 31), status="done", done_on=D(2013, 6, 10))],
        theme=topic, issued=D(2013, 1, 25))
    for index, member_id in enumerate(ids):
        review(member_id, 2013, ("excellent", "good", "good")[index % 3], D(2013, 12, 10))
    return report.create_draft(report.ReportData(
        kind="annual", start_year=2013, end_year=2013, outline_id="ct03-nam",
        answers=[CT03_ANSWER], report_date=D(2013, 12, 15)), today=D(2013, 12, 15))


NEW_TARGETS = ["Kết nạp ít nhất 02 đảng viên mới trong nhiệm kỳ",
               "Hằng năm 100% đảng viên hoàn thành tốt nhiệm vụ trở lên",
               "Tổ chức 3 cuộc kiểm tra, giám sát mỗi năm"]


def congress_particulars() -> congress_core.CongressData:
    return congress_core.CongressData(
        number=5, term_start=2022, term_end=2025, date=D(2022, 6, 25),
        place="Hội trường Chi cục Thuế khu vực Bến Lức", pilot=True, delegates_summoned=20,
        delegates_present=19, committee=["Võ Thanh Sơn", "Đặng Thị Hạnh", "Nguyễn Minh An"],
        secretary_name="Võ Thanh Sơn", deputy_secretary_name="Đặng Thị Hạnh",
        targets=[TargetData(content=NEW_TARGETS[0], indicator_kind="admissions",
                            target_count=2, unit="đảng viên", deadline=D(2025, 6, 30)),
                 TargetData(content=NEW_TARGETS[1], target_value=100),
                 TargetData(content=NEW_TARGETS[2], target_count=3, unit="cuộc kiểm tra")])


def tax_congress_2022() -> report.ReportData:
    """The tax office cell's political report to its 5th congress (2022): the resolution of
    2022 – 2025 is the one entered with the congress, not typed in the Plans tab."""
    tax_office_cell()
    for found in plans_core.list_plans(2022):
        if found.kind == "resolution":
            assert found.id is not None
            plans_core.delete_plan(found.id)
    return report.create_draft(report.ReportData(
        kind="congress", start_year=2020, start_month=6, end_year=2022, end_month=6,
        outline_id="dai-hoi-bao-cao-chinh-tri", report_date=D(2022, 6, 20)),
        today=D(2022, 6, 20), congress=congress_particulars())


def lettered_outline() -> str:
    """A copy of the 2007 – 2011 tổng kết outline, edited into parts A, B, C with numbered
    and lettered subsections; returns its code."""
    copy = outline_store.copy_outline("tong-ket-cuoc-van-dong", "Đề cương tổng kết của huyện")
    s = OutlineSection
    sections = (
        s("opening", "", 0, "facts", "opening"),
        s("danh-gia-chung", "Đánh giá chung", 1),
        s("tinh-hinh", "Tình hình chi bộ", 2, "facts", "situation", "danh-gia-chung"),
        s("hoc-tap", "Việc học tập", 2, "facts", "study", "danh-gia-chung"),
        s("chuyen-de", "Các chuyên đề", 3, "facts", "topics", "hoc-tap"),
        s("lam-theo", "Việc làm theo", 2, "facts", "practice", "danh-gia-chung"),
        s("uu-khuyet", "Ưu điểm, khuyết điểm", 1),
        s("uu-diem", "Ưu điểm", 2, "judgement", "strengths", "uu-khuyet"),
        s("han-che", "Hạn chế", 2, "judgement", "weaknesses", "uu-khuyet"),
        s("phuong-huong", "Phương hướng năm {năm sau}", 1, "judgement", "direction"),
    )
    edited = replace(copy, sections=sections,
                     numbering=("upper_alpha", "upper_roman", "arabic", "none"))
    return outline_store.save_outline(edited).id


def final_on_lettered() -> report.ReportData:
    """The demo cell's tổng kết 2007 – 2010 on the lettered outline (needs the demo data)."""
    code = lettered_outline()
    return report.create_draft(report.ReportData(
        kind="final", start_year=2007, end_year=2010, outline_id=code,
        report_date=D(2010, 9, 30)), today=D(2010, 9, 30))
