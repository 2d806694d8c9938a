"""The Plans tab driven through its widgets on the demo database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.db.models.members import Member
from desktop_app.db.models.plans import Plan, PlanTarget
from desktop_app.db.models.register import IssuedDocument
from desktop_app.gui.common import messages
from desktop_app.gui.plans.dialogs import PlanDialog, TargetDialog
from desktop_app.gui.plans.models import DONE_COLOUR, OVERDUE_COLOUR, TargetsModel
from desktop_app.gui.plans.tab import PlansTab
from tests.gui.conftest import settle

TODAY = dt.date(2011, 3, 1)


@pytest.fixture
def tab(qtbot, demo_db, context, monkeypatch):
    def unexpected(parent, message, *args, **kwargs):
        raise AssertionError(f"unexpected message box: {message}")
    monkeypatch.setattr(messages, "error", unexpected)
    monkeypatch.setattr(messages, "confirm", unexpected)
    widget = PlansTab(context, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot, widget)
    return widget


def _cell(tab, row, column, role=Qt.ItemDataRole.DisplayRole):
    proxy = tab.targets_proxy
    return proxy.data(proxy.index(row, column), role)


def _row_of(tab, content_start):
    for row in range(tab.targets_proxy.rowCount()):
        if _cell(tab, row, TargetsModel.CONTENT).startswith(content_start):
            return row
    raise AssertionError(f"no target starting with {content_start!r}")


def test_open_2010_mark_done_and_see_overdue_highlighted(qtbot, tab):
    tab.ui.yearSpin.setValue(2010)
    settle(qtbot, tab)
    assert tab.plans_proxy.rowCount() == 1
    assert "năm 2010" in tab.ui.planInfoLabel.text()
    assert tab.targets_proxy.rowCount() == 6
    assert tab.ui.summaryLabel.text() == "3/6 hoàn thành, 3 quá hạn"

    row = _row_of(tab, "Sau học tập")
    assert _cell(tab, row, TargetsModel.TARGET) == "100% đảng viên viết thu hoạch"
    assert _cell(tab, row, TargetsModel.MEASURED) == "100%"  # measured from the study records
    assert _cell(tab, row, TargetsModel.STATUS) == "Quá hạn"
    assert _cell(tab, row, TargetsModel.DEADLINE) == "31/07/2010"
    assert _cell(tab, row, TargetsModel.CONTENT, Qt.ItemDataRole.BackgroundRole) == OVERDUE_COLOUR
    done_row = _row_of(tab, "Tổ chức học tập")
    assert _cell(tab, done_row, TargetsModel.STATUS,
                 Qt.ItemDataRole.BackgroundRole) == DONE_COLOUR

    tab.ui.targetsView.selectRow(row)
    with qtbot.waitSignal(tab.context.bus.changed) as announced:
        qtbot.mouseClick(tab.ui.markDoneButton, Qt.MouseButton.LeftButton)
    assert announced.args == ["plans"]

    row = _row_of(tab, "Sau học tập")
    assert _cell(tab, row, TargetsModel.STATUS) == "Hoàn thành"
    assert _cell(tab, row, TargetsModel.RESULT).startswith("01/03/2011")
    assert _cell(tab, row, TargetsModel.CONTENT, Qt.ItemDataRole.BackgroundRole) == DONE_COLOUR
    assert tab.ui.summaryLabel.text() == "4/6 hoàn thành, 2 quá hạn"
    assert not tab.ui.markDoneButton.isEnabled()  # the selection stayed on the done target
    stored = PlanTarget.get(PlanTarget.content.startswith("Sau học tập")
                            & (PlanTarget.deadline == dt.date(2010, 7, 31)))
    assert stored.status == "done" and stored.result_date == TODAY


def test_filters_overdue_and_by_member(qtbot, tab):
    tab.ui.yearSpin.setValue(2010)
    settle(qtbot, tab)
    qtbot.mouseClick(tab.ui.overdueCheck, Qt.MouseButton.LeftButton)
    assert tab.targets_proxy.rowCount() == 3
    assert {_cell(tab, r, TargetsModel.STATUS) for r in range(3)} == {"Quá hạn"}
    tab.ui.memberCombo.setCurrentIndex(tab.ui.memberCombo.findText("Lê Văn Đức"))
    assert [_cell(tab, r, TargetsModel.RESPONSIBLE) for r in range(2)] == [
        "Lê Văn Đức", "Lê Văn Đức, Bùi Thị Lan"]
    assert tab.targets_proxy.rowCount() == 2
    qtbot.mouseClick(tab.ui.overdueCheck, Qt.MouseButton.LeftButton)
    assert tab.targets_proxy.rowCount() == 3  # also the done "Tổng kết 04 năm"
    secretary = Member.get(Member.role == "secretary")
    assert tab.ui.memberCombo.itemData(1) == secretary.id  # "Của tôi (Trần Thị Thu Hà)"
    assert secretary.full_name in tab.ui.memberCombo.itemText(1)
    tab.ui.memberCombo.setCurrentIndex(1)
    assert tab.targets_proxy.rowCount() == 4


def test_copy_the_plan_to_2011(qtbot, tab, monkeypatch):
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, q, **kw: asked.append(q) or True)
    tab.ui.yearSpin.setValue(2011)
    settle(qtbot, tab)
    assert tab.plans_proxy.rowCount() == 0
    assert "2011" in tab.ui.planInfoLabel.text()
    qtbot.mouseClick(tab.ui.copyButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "2011" in asked[0]
    assert tab.plans_proxy.rowCount() == 1
    plan = tab.current_plan()
    assert plan.year == 2011 and plan.title.endswith("năm 2011") and plan.number is None
    assert tab.targets_proxy.rowCount() == 6
    assert {_cell(tab, r, TargetsModel.STATUS) for r in range(6)} == {"Chưa làm"}
    assert _cell(tab, _row_of(tab, "Sau học tập"), TargetsModel.DEADLINE) == "31/07/2011"
    assert tab.ui.summaryLabel.text() == "0/6 hoàn thành, 0 quá hạn"
    assert Plan.select().where(Plan.year == 2010).count() == 1


def test_delete_an_issued_plan_asks_first(qtbot, tab, monkeypatch):
    questions = []
    answer = [False]
    monkeypatch.setattr(messages, "confirm",
                        lambda parent, q, **kw: questions.append(q) or answer[0])
    tab.ui.yearSpin.setValue(2009)
    settle(qtbot, tab)
    tab.ui.plansView.selectRow(1)  # the resolution
    assert tab.current_plan().kind == "resolution"
    qtbot.mouseClick(tab.ui.deletePlanButton, Qt.MouseButton.LeftButton)
    assert "01-NQ/CB" in questions[0]
    assert Plan.select().where(Plan.year == 2009).count() == 2
    answer[0] = True
    qtbot.mouseClick(tab.ui.deletePlanButton, Qt.MouseButton.LeftButton)
    assert Plan.select().where(Plan.year == 2009).count() == 1
    assert tab.plans_proxy.rowCount() == 1
    kept = IssuedDocument.get(IssuedDocument.type_code == "NQ")  # the register keeps it
    assert (kept.number, kept.source_kind) == (1, "plan")


def test_add_target_through_the_tab(qtbot, tab, monkeypatch):
    monkeypatch.setattr(TargetDialog, "run", classmethod(
        lambda cls, parent, target, plan_date, members, today: TargetData(
            content="Sinh hoạt chuyên đề hằng quý", deadline=dt.date(2010, 12, 15))))
    tab.ui.yearSpin.setValue(2010)
    settle(qtbot, tab)
    qtbot.mouseClick(tab.ui.addTargetButton, Qt.MouseButton.LeftButton)
    assert tab.targets_proxy.rowCount() == 7
    assert tab.current_target().content == "Sinh hoạt chuyên đề hằng quý"
    assert tab.ui.summaryLabel.text() == "3/7 hoàn thành, 4 quá hạn"


def test_plan_dialog_shows_errors_at_the_fields(qtbot, demo_db):
    dialog = PlanDialog(PlanData(year=2011), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.planDateEdit.setText("31/02/2011")
    dialog.ui.numberEdit.setText("abc")
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result_plan is None and dialog.isVisible()
    assert dialog.errors.labels["title"].isVisible()
    assert dialog.errors.message("title") == "Chưa nhập trích yếu (tên) của văn bản."
    assert dialog.errors.message("plan_date").endswith("Ngày 31/02/2011 không tồn tại.")
    assert "số nguyên dương" in dialog.errors.message("number")
    dialog.ui.titleEdit.setText("Thực hiện Cuộc vận động năm 2011")
    dialog.ui.planDateEdit.setText("20/02/2011")
    dialog.ui.numberEdit.setText("")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result_plan is not None
    assert dialog.result_plan.plan_date == dt.date(2011, 2, 20)


def test_target_dialog_shows_errors_at_the_fields(qtbot, demo_db):
    from desktop_app.core.members.roster import list_members

    dialog = TargetDialog(TargetData(), dt.date(2010, 2, 22), list_members(), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.targetValueEdit.setText("150")
    dialog.ui.deadlineEdit.setText("01/01/2010")
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result_target is None
    assert dialog.errors.message("content") == "Chưa nhập nội dung chỉ tiêu, nhiệm vụ."
    assert dialog.errors.message("target_value") == "Tỷ lệ phải từ 0% đến 100%."
    assert "trước ngày xây dựng kế hoạch (22/02/2010)" in dialog.errors.message("deadline")
    dialog.ui.contentEdit.setPlainText("Giảm 10% chi hành chính")
    dialog.ui.targetValueEdit.setText("10")
    dialog.ui.indicatorKindCombo.setCurrentIndex(dialog.ui.indicatorKindCombo.findData("savings"))
    dialog.ui.deadlineEdit.setText("31/12/2010")
    dialog.ui.responsibleList.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result_target is not None
    assert dialog.result_target.target_value == 10
    assert len(dialog.result_target.responsible_ids) == 1


def test_models_pass_the_model_tester(qtbot, qtmodeltester, tab):
    tab.ui.yearSpin.setValue(2010)
    settle(qtbot, tab)
    qtmodeltester.check(tab.plans_model)
    qtmodeltester.check(tab.targets_model)
    qtmodeltester.check(tab.targets_proxy)


def test_print_the_2010_plan_and_save_a_new_one_with_its_number(qtbot, tab, monkeypatch,
                                                                 tmp_path):
    from desktop_app.gui.common import file_dialogs
    from desktop_app.gui.common.preview import PreviewDialog

    tab.ui.yearSpin.setValue(2010)
    settle(qtbot, tab)
    qtbot.mouseClick(tab.ui.printButton, Qt.MouseButton.LeftButton)
    assert isinstance(tab.preview, PreviewDialog)
    with qtbot.waitSignal(tab.preview.rendered, timeout=30000):
        pass
    assert "Số 04-KH/CB" in tab.preview.status_text()
    tab.preview.close()

    monkeypatch.setattr(TargetDialog, "run", classmethod(lambda cls, *args: None))
    new = PlanData(year=2010, kind="plan", title="Sinh hoạt chuyên đề quý IV năm 2010",
                   plan_date=dt.date(2010, 10, 1))
    monkeypatch.setattr(PlanDialog, "run", classmethod(lambda cls, parent, plan, today: new))
    qtbot.mouseClick(tab.ui.addPlanButton, Qt.MouseButton.LeftButton)
    assert tab.current_plan().title == new.title and tab.current_plan().number is None
    qtbot.mouseClick(tab.ui.printButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.preview.rendered, timeout=30000):
        pass
    assert "Số 05-KH/CB" in tab.preview.status_text()
    assert tab.preview.ui.dateEdit.text() == "01/10/2010"
    target = tmp_path / "ke-hoach.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *args: target)
    with qtbot.waitSignal(tab.preview.saved, timeout=30000):
        qtbot.mouseClick(tab.preview.ui.savePdfButton, Qt.MouseButton.LeftButton)
    assert target.exists()
    # the tab heard about the new register entry and shows the number
    assert tab.current_plan().document_number() == "05-KH/CB"
    row = tab.plans_model.row_of(tab.current_plan().id)
    assert tab.plans_model.data(tab.plans_model.index(row, 1)) == "05-KH/CB"
    tab.preview.close()


def test_column_widths_are_remembered(qtbot, demo_db, context):
    first = PlansTab(context, today=lambda: TODAY)
    qtbot.addWidget(first)
    first.ui.targetsView.horizontalHeader().resizeSection(TargetsModel.RESULT, 222)
    first.save_state()
    second = PlansTab(context, today=lambda: TODAY)
    qtbot.addWidget(second)
    assert second.ui.targetsView.horizontalHeader().sectionSize(TargetsModel.RESULT) == 222
