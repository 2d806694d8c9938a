"""The Self-review tab driven through its widgets, on the demo database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QSpinBox

from desktop_app.core.reviews import ratings
from desktop_app.core.reviews import remedies as remedies_core
from desktop_app.core.reviews import reviews as reviews_core
from desktop_app.documents.model import SignatureBlock
from desktop_app.gui.reviews.models import ROW_ROLE
from tests.gui.conftest import settle


@pytest.fixture
def tab(qtbot, demo_db, context):
    from desktop_app.gui.reviews.tab import ReviewsTab

    widget = ReviewsTab(context)
    qtbot.addWidget(widget)
    widget.editor.autosave.setInterval(50)
    settle(qtbot, widget)
    return widget


def member_id(tab, name):
    return next(r.member_id for r in tab.overview.rows if r.full_name == name)


def overview_texts(tab, column):
    proxy = tab.overview_view.model()
    return {proxy.data(proxy.index(r, 0)): proxy.data(proxy.index(r, column))
            for r in range(proxy.rowCount())}


def test_overview_shows_status_ratings_and_overdue(tab, qtmodeltester):
    qtmodeltester.check(tab.overview)
    assert tab.year == 2010
    statuses = overview_texts(tab, 1)
    assert len(statuses) == 11 and set(statuses.values()) == {"Đã xếp loại"}
    assert overview_texts(tab, 6)["Phạm Thị Ánh"] == "Hoàn thành xuất sắc nhiệm vụ"
    assert "Hoàn thành xuất sắc nhiệm vụ: 3 (27,27%)" in tab.distribution.text()
    proxy = tab.overdue_view.model()
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, 0)) == "Ngô Quang Hải"
    assert proxy.data(proxy.index(0, 3)) == "30/06/2010"


def test_clicking_a_member_shows_last_years_remedies_and_commitments(tab, qtbot):
    proxy = tab.overview_view.model()
    row = next(r for r in range(proxy.rowCount())
               if proxy.data(proxy.index(r, 0)) == "Ngô Quang Hải")
    rect = tab.overview_view.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(tab.overview_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert "Ngô Quang Hải" in tab.member_title.text()
    section_iii = tab.editor.texts["III"].toPlainText()
    assert "chỉnh lý hồ sơ đảng viên còn tồn đọng (thời hạn 30/06/2010): chưa khắc phục" \
        in section_iii
    assert tab.commitments.model.rowCount() == 4
    assert tab.remedies.model.rowCount() == 1


def test_typing_autosaves_a_draft(tab, qtbot):
    year_box = tab.year_box
    year_box.setValue(2011)  # nobody has written 2011 yet
    settle(qtbot, tab)
    target = member_id(tab, "Bùi Thị Lan")
    tab.select_member(target)
    editor = tab.editor
    assert editor.review.id is None
    assert "Năm 2011 chưa có bản đăng ký" in editor.texts["I.cam_ket"].toPlainText()
    with qtbot.waitSignal(editor.draftSaved, timeout=5000):
        editor.texts["II"].setPlainText("Còn chậm trong báo cáo.")
    stored = reviews_core.get_review(target, 2011)
    assert stored.draft and stored.answers.text["II"] == "Còn chậm trong báo cáo."
    assert overview_texts(tab, 1)["Bùi Thị Lan"] == "Đã kiểm điểm (bản nháp)"
    assert tab.remedies.isEnabled()


def test_2025_form_has_score_boxes_with_maxima(tab, qtbot):
    tab.year_box.setValue(2025)
    settle(qtbot, tab)
    tab.select_member(member_id(tab, "Bùi Thị Lan"))
    editor = tab.editor
    assert editor.template.id == "kiem-diem-2025-2a"
    spin = editor.findChild(QSpinBox, "score:II.1")
    assert spin.maximum() == 50
    spin.setValue(99)  # the box refuses more than the maximum
    assert spin.value() == 50
    assert "50/100" in editor.total.text()
    assert editor.findChild(QComboBox, "grade:I.1") is None  # the 2025 form is scored


def test_rating_before_review_shows_the_refusal(tab, qtbot):
    tab.year_box.setValue(2011)
    settle(qtbot, tab)
    tab.select_member(member_id(tab, "Bùi Thị Lan"))
    panel = tab.ratings
    combo = panel.levels["superior"]
    combo.setCurrentIndex(combo.findData("good"))
    qtbot.mouseClick(panel.findChild(QPushButton, "save:superior"), Qt.MouseButton.LeftButton)
    assert "Chưa có bản kiểm điểm năm 2011" in panel.message.text()
    assert ratings.ratings_of(member_id(tab, "Bùi Thị Lan"), 2011) == {}


def test_committing_new_items_from_last_year(tab, qtbot):
    tab.year_box.setValue(2011)
    settle(qtbot, tab)
    target = member_id(tab, "Bùi Thị Lan")
    tab.select_member(target)
    panel = tab.commitments
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 4
    proxy = panel.table.model()
    assert proxy.data(proxy.index(0, 4)) == "31/12/2011"
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert overview_texts(tab, 1)["Bùi Thị Lan"] == "Đã đăng ký"
    assert proxy.data(proxy.index(0, 0), ROW_ROLE).deadline == dt.date(2011, 12, 31)


def test_feedback_added_anonymously(tab, qtbot):
    tab.select_member(member_id(tab, "Đỗ Thị Mai"))
    panel = tab.feedback
    before = panel.model.rowCount()
    panel.content.setText("Cần tích cực phát biểu.")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == before + 1
    proxy = panel.table.model()
    assert "Cần tích cực phát biểu." in [proxy.data(proxy.index(r, 3))
                                         for r in range(proxy.rowCount())]
    assert isinstance(tab.editor.texts["II"], QPlainTextEdit)



def test_finishing_an_incomplete_review_keeps_it_as_draft(tab, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("desktop_app.gui.common.messages.error",
                        lambda parent, text, title="": shown.append(text))
    tab.year_box.setValue(2011)
    settle(qtbot, tab)
    target = member_id(tab, "Bùi Thị Lan")
    tab.select_member(target)
    tab.editor.texts["I.1"].setPlainText("Giữ vững lập trường.")
    qtbot.mouseClick(tab.editor.finish_button, Qt.MouseButton.LeftButton)
    assert shown and "Chưa viết mục “II. Hạn chế, khuyết điểm và nguyên nhân”" in shown[0]
    stored = reviews_core.get_review(target, 2011)
    assert stored.draft and stored.answers.text["I.1"] == "Giữ vững lập trường."


def test_switching_member_saves_the_pending_draft(tab, qtbot):
    tab.year_box.setValue(2011)
    settle(qtbot, tab)
    first, second = member_id(tab, "Bùi Thị Lan"), member_id(tab, "Đỗ Thị Mai")
    tab.select_member(first)
    tab.editor.autosave.setInterval(60_000)  # no timer: the switch itself must save
    tab.editor.texts["II"].setPlainText("Viết dở.")
    tab.select_member(second)
    assert reviews_core.get_review(first, 2011).answers.text["II"] == "Viết dở."


def test_marking_the_overdue_remedy_done_clears_the_overview(tab, qtbot):
    tab.year_box.setValue(2009)
    settle(qtbot, tab)
    tab.select_member(member_id(tab, "Ngô Quang Hải"))
    model = tab.remedies.model
    assert model.rowCount() == 1
    assert model.setData(model.index(0, 4), "20/12/2010")  # outcome date
    assert model.setData(model.index(0, 2), "Đã khắc phục")  # status
    assert remedies_core.list_remedies(model.rows[0].review_id)[0].status == "done"
    assert tab.overdue_view.model().rowCount() == 0


def test_remedy_edit_refused_shows_why(tab, qtbot):
    tab.year_box.setValue(2009)
    settle(qtbot, tab)
    tab.select_member(member_id(tab, "Ngô Quang Hải"))
    model = tab.remedies.model
    assert not model.setData(model.index(0, 2), "Đã khắc phục")  # no outcome date yet
    assert "ngày khắc phục" in tab.remedies.message.text()
    assert model.rows[0].status == "open"


def test_rating_above_the_score_is_flagged_on_screen(tab, qtbot):
    tab.year_box.setValue(2025)
    settle(qtbot, tab)
    target = member_id(tab, "Bùi Thị Lan")
    tab.select_member(target)
    editor = tab.editor
    with qtbot.waitSignal(editor.draftSaved, timeout=5000):
        editor.findChild(QSpinBox, "score:II.1").setValue(40)  # 40 of 100: not completed
    panel = tab.ratings
    combo = panel.levels["cell"]
    combo.setCurrentIndex(combo.findData("excellent"))
    panel.dates["cell"].setDate(panel.dates["cell"].date().currentDate())
    qtbot.mouseClick(panel.findChild(QPushButton, "save:cell"), Qt.MouseButton.LeftButton)
    assert "cao hơn mức theo điểm tự chấm (40 điểm" in panel.message.text()
    assert ratings.ratings_of(target, 2025)["cell"].level == "excellent"
    assert "Không hoàn thành nhiệm vụ" in panel.score.text()


def test_a_malformed_template_is_reported_and_the_others_work(qtbot, demo_db, context, tmp_path,
                                                              monkeypatch):
    import shutil

    from desktop_app.core.reviews import forms
    from desktop_app.gui.reviews.tab import ReviewsTab

    folder = tmp_path / "forms"
    shutil.copytree(forms.forms_folder(), folder)
    broken = folder / "kiem-diem-2023-02a.json"
    broken.write_text(broken.read_text(encoding="utf-8").replace('"kind":', '"kind"', 1),
                      encoding="utf-8")
    monkeypatch.setattr(forms, "_cache", forms.load_templates(folder))
    widget = ReviewsTab(context)
    qtbot.addWidget(widget)
    settle(qtbot, widget)
    assert widget.template_problems.isVisibleTo(widget)
    assert "kiem-diem-2023-02a.json" in widget.template_problems.text()
    assert "dòng 3" in widget.template_problems.text()
    combo = widget.editor.template_combo
    names = [combo.itemData(i) for i in range(combo.count())]
    assert "kiem-diem-2019" in names and "kiem-diem-2023-02a" not in names


def test_print_menu_opens_the_forms_in_the_preview(tab, monkeypatch):
    opened = []
    monkeypatch.setattr("desktop_app.gui.reviews.tab.show_preview",
                        lambda context, job, parent=None: opened.append(job))
    tab.select_member(member_id(tab, "Ngô Quang Hải"))
    tab.print_review_action.trigger()
    tab.print_commitment_action.trigger()
    tab.print_summary_action.trigger()
    review, commitment, summary = (job.build(None) for job in opened)
    member, committee = (b for b in review.blocks if isinstance(b, SignatureBlock))
    assert (member.title, member.name) == ("NGƯỜI TỰ KIỂM ĐIỂM", "Ngô Quang Hải")
    assert committee.authority == "T/M CHI ỦY"
    member, committee = (b for b in commitment.blocks if isinstance(b, SignatureBlock))
    assert (member.title, member.name) == ("NGƯỜI ĐĂNG KÝ", "Ngô Quang Hải")
    assert summary.subject == "Kết quả đánh giá, xếp loại chất lượng đảng viên năm 2010"
