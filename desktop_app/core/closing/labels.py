"""The Vietnamese names of the logged fields and of their coded values (for the history)."""

from __future__ import annotations

from functools import cache

FIELD_LABELS: dict[str, dict[str, str]] = {
    "cell": {
        "name": "Tên chi bộ", "superior_line1": "Cấp trên (dòng 1)",
        "superior_line2": "Cấp trên (dòng 2)", "code": "Ký hiệu văn bản", "place": "Địa danh",
        "unit_kind": "Loại tổ chức đảng",
    },
    "committee_term": {
        "name": "Tên nhiệm kỳ", "start_date": "Từ ngày", "end_date": "Đến ngày",
        "secretary_name": "Bí thư", "deputy_secretary_name": "Phó Bí thư",
    },
    "member": {
        "full_name": "Họ và tên", "gender": "Giới tính", "birth_date": "Ngày sinh",
        "role": "Chức vụ trong chi bộ", "kind": "Loại", "key_cadre": "Cán bộ chủ chốt",
        "job_title": "Chức vụ / đơn vị công tác", "joined_date": "Ngày vào Đảng",
        "official_date": "Ngày chính thức", "status": "Trạng thái",
        "status_date": "Ngày (miễn / chuyển đi / từ trần)", "note": "Ghi chú",
    },
    "plan": {
        "year": "Năm", "kind": "Loại văn bản", "number": "Số văn bản",
        "issued_date": "Ngày ban hành", "title": "Trích yếu", "theme": "Chủ đề năm",
        "purpose": "Mục đích", "requirements": "Yêu cầu", "implements": "Căn cứ",
        "plan_date": "Ngày xây dựng", "period_kind": "Thời kỳ của kế hoạch",
        "period_start": "Từ ngày", "period_end": "Đến ngày",
    },
    "plan_target": {
        "plan_id": "Kế hoạch", "position": "Thứ tự", "content": "Nội dung",
        "indicator_kind": "Đo bằng", "target_value": "Chỉ tiêu (%)", "indicator": "Chỉ tiêu",
        "deadline": "Thời hạn", "status": "Tình trạng", "result_note": "Kết quả",
        "result_date": "Ngày hoàn thành", "target_count": "Chỉ tiêu (số)", "unit": "Đơn vị",
        "result_value": "Đạt được (số)",
    },
    "plan_target_responsible": {"target_id": "Chỉ tiêu", "member_id": "Người phụ trách"},
    "study_session": {
        "date": "Ngày học tập", "kind": "Hình thức", "topic": "Nội dung", "theme": "Chủ đề năm",
        "level": "Cấp tổ chức", "place": "Địa điểm", "duration_minutes": "Thời lượng (phút)",
        "reflection_required": "Yêu cầu viết thu hoạch", "reflection_due": "Hạn nộp thu hoạch",
        "documents": "Tài liệu", "note": "Ghi chú",
    },
    "attendance": {
        "session_id": "Buổi học tập", "member_id": "Đảng viên", "status": "Tình trạng tham dự",
        "reason": "Lý do vắng", "reflection": "Thu hoạch", "reflection_date": "Ngày nộp thu hoạch",
        "grade": "Xếp loại thu hoạch", "note": "Ghi chú",
    },
    "commitment": {
        "member_id": "Đảng viên", "year": "Năm", "registered_date": "Ngày đăng ký",
        "template_id": "Mẫu", "study": "Nội dung học tập",
    },
    "commitment_item": {
        "commitment_id": "Bản đăng ký", "position": "Thứ tự", "group": "Nhóm",
        "content": "Nội dung", "target": "Chỉ tiêu", "unit": "Đơn vị", "deadline": "Thời hạn",
        "result": "Kết quả", "achieved_value": "Đạt được", "self_assessment": "Tự đánh giá",
        "done": "Đã hoàn thành",
    },
    "self_review": {
        "member_id": "Đảng viên", "year": "Năm", "template_id": "Mẫu",
        "answers": "Nội dung bản kiểm điểm", "total_score": "Tổng điểm", "draft": "Bản nháp",
    },
    "remedy": {
        "review_id": "Bản kiểm điểm", "position": "Thứ tự", "content": "Nội dung",
        "deadline": "Thời hạn", "status": "Tình trạng", "outcome": "Kết quả khắc phục",
        "outcome_date": "Ngày khắc phục xong",
    },
    "feedback": {
        "review_id": "Bản kiểm điểm", "from_member_id": "Người góp ý", "channel": "Hình thức",
        "content": "Nội dung", "date": "Ngày",
    },
    "rating": {
        "member_id": "Đảng viên", "year": "Năm", "stage": "Bước", "level": "Mức xếp loại",
        "date": "Ngày", "note": "Ghi chú",
    },
    "savings_category": {
        "name": "Tên khoản mục", "unit": "Đơn vị", "quantity_unit": "Đơn vị đo lượng",
        "is_default": "Khoản mục mặc định", "position": "Thứ tự", "archived": "Ngừng theo dõi",
    },
    "savings_year_setting": {
        "category_id": "Khoản mục", "year": "Năm", "baseline_mode": "Cách tính mức gốc",
        "baseline_fixed": "Mức gốc cố định (đồng/tháng)", "baseline_years": "Các năm lấy bình quân",
        "target_percent": "Chỉ tiêu giảm (%)",
    },
    "savings_entry": {
        "category_id": "Khoản mục", "year": "Năm", "month": "Tháng", "amount": "Số tiền",
        "quantity": "Lượng", "note": "Ghi chú",
    },
    "social_activity": {
        "date": "Ngày", "end_date": "Đến ngày", "kind": "Loại", "description": "Nội dung",
        "quantity": "Số lượng", "unit": "Đơn vị", "value": "Trị giá", "sponsor": "Nhà tài trợ",
        "programme": "Chương trình", "place": "Địa điểm", "note": "Ghi chú",
    },
    "social_activity_member": {"activity_id": "Hoạt động", "member_id": "Người tham gia"},
    "fund": {
        "name": "Tên quỹ", "purpose": "Mục đích", "contribution_amount": "Mức góp (đồng)",
        "contribution_per": "Góp theo", "contributors": "Người góp", "start_date": "Từ ngày",
        "end_date": "Đến ngày", "note": "Ghi chú",
    },
    "fund_entry": {
        "fund_id": "Quỹ", "date": "Ngày", "direction": "Thu / chi", "amount": "Số tiền",
        "description": "Nội dung", "beneficiary": "Người nhận", "note": "Ghi chú",
    },
    "commendation": {
        "recipient_kind": "Đối tượng", "member_id": "Đảng viên", "group_name": "Tập thể",
        "kind": "Hình thức", "level": "Cấp khen", "date": "Ngày", "period": "Thời kỳ",
        "reason": "Lý do",
    },
    "report_outline": {
        "code": "Mã đề cương", "name": "Tên đề cương", "kind": "Loại báo cáo",
        "builtin": "Đề cương có sẵn", "version": "Phiên bản", "definition": "Nội dung đề cương",
        "copied_from": "Sao chép từ",
    },
    "congress": {
        "number": "Đại hội lần thứ", "term_start": "Nhiệm kỳ từ năm",
        "term_end": "Nhiệm kỳ đến năm", "date": "Ngày đại hội", "place": "Địa điểm",
        "pilot": "Đại hội điểm", "delegates_summoned": "Số được triệu tập",
        "delegates_present": "Số có mặt", "committee": "Cấp ủy khóa mới",
        "secretary_name": "Bí thư", "deputy_secretary_name": "Phó Bí thư",
        "resolution_id": "Nghị quyết đại hội",
    },
    "violation": {
        "member_id": "Đảng viên", "date": "Ngày", "description": "Nội dung vi phạm",
        "discipline": "Hình thức kỷ luật", "resolved_date": "Ngày xử lý xong",
    },
}

MEMBER_FIELDS = {
    ("plan_target_responsible", "member_id"), ("attendance", "member_id"),
    ("commitment", "member_id"), ("self_review", "member_id"), ("feedback", "from_member_id"),
    ("rating", "member_id"), ("social_activity_member", "member_id"),
    ("commendation", "member_id"), ("violation", "member_id"),
}
MONEY_FIELDS = {("savings_entry", "amount"), ("social_activity", "value"),
                ("savings_year_setting", "baseline_fixed"), ("fund_entry", "amount"),
                ("fund", "contribution_amount")}
YES_NO_FIELDS = {("member", "key_cadre"), ("study_session", "reflection_required"),
                 ("commitment_item", "done"), ("self_review", "draft"),
                 ("savings_category", "is_default"), ("savings_category", "archived"),
                 ("report_outline", "builtin"), ("congress", "pilot")}


@cache
def value_labels() -> dict[tuple[str, str], dict[str, str]]:
    """(table, field) → {code: Vietnamese label}, from the areas that own the codes."""
    from desktop_app.core.cell import units
    from desktop_app.core.members import roster
    from desktop_app.core.plans import model as plans
    from desktop_app.core.report import outline
    from desktop_app.core.reviews import feedback, forms, ratings, remedies
    from desktop_app.core.savings import categories, commendations, funds, social
    from desktop_app.core.study import attendance, sessions

    return {
        ("member", "gender"): roster.GENDER_LABELS,
        ("member", "role"): roster.ROLE_LABELS,
        ("member", "kind"): roster.KIND_LABELS,
        ("member", "status"): roster.STATUS_LABELS,
        ("plan", "kind"): plans.KIND_LABELS,
        ("plan_target", "indicator_kind"): plans.INDICATOR_LABELS,
        ("plan_target", "status"): plans.STATUS_LABELS,
        ("study_session", "kind"): sessions.KIND_LABELS,
        ("study_session", "level"): sessions.LEVEL_LABELS,
        ("attendance", "status"): attendance.STATUS_LABELS,
        ("attendance", "reflection"): attendance.REFLECTION_LABELS,
        ("remedy", "status"): remedies.REMEDY_STATUS_LABELS,
        ("feedback", "channel"): feedback.CHANNEL_LABELS,
        ("rating", "stage"): ratings.STAGE_LABELS,
        ("rating", "level"): ratings.LEVEL_LABELS,
        ("self_review", "grade"): forms.GRADE_LABELS,
        ("savings_year_setting", "baseline_mode"): categories.BASELINE_MODE_LABELS,
        ("social_activity", "kind"): social.KIND_LABELS,
        ("commendation", "recipient_kind"): commendations.RECIPIENT_LABELS,
        ("commendation", "kind"): commendations.KIND_LABELS,
        ("plan", "period_kind"): plans.PERIOD_KIND_LABELS,
        ("cell", "unit_kind"): units.UNIT_KIND_LABELS,
        ("fund", "contribution_per"): funds.CONTRIBUTION_PER_LABELS,
        ("fund_entry", "direction"): funds.DIRECTION_LABELS,
        ("report_outline", "kind"): outline.KIND_LABELS,
    }
