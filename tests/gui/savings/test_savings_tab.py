"""The Savings tab driven through its real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.savings import categories as savings_categories
from desktop_app.core.savings import commendations as cc
from desktop_app.core.savings import social as sc
from desktop_app.core.savings import thrift as savings
from desktop_app.core.savings.categories import YearSetting
from desktop_app.db.models.savings import SavingsEntry
from desktop_app.gui.common import messages
from desktop_app.gui.savings.dialogs import ActivityDialog, ViolationDialog
from desktop_app.gui.savings.tab import YEARS, SavingsTab
from tests.gui.conftest import settle


def category_id(name: str) -> int:
    return next(c.id for c in savings_categories.list_categories() if c.name == name)


@pytest.fixture
def water(db):
    cid = category_id("Nước")
    savings_categories.save_year_setting(YearSetting(cid, 2009, "fixed", 1_000_000, (), 10))
    savings.save_grid(2009, {cid: {12: 1_000_000}})  # makes 2009 the year shown
    return cid


@pytest.fixture
def tab(qtbot, context, water):
    widget = SavingsTab(context)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot, widget)
    return widget


def grid_row(tab: SavingsTab, name: str) -> int:
    return next(i for i, r in enumerate(tab.grid.rows) if r.category.name == name)


def results_row(tab: SavingsTab, name: str) -> list[str]:
    model = tab.results
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(f"{name} not in the results")


def type_in_cell(qtbot, tab: SavingsTab, row: int, month: int, text: str) -> None:
    view = tab.ui.gridView
    view.setFocus()
    view.setCurrentIndex(tab.grid.index(row, month))
    qtbot.keyClick(view, text[0])  # any key starts editing, the key goes to the editor
    editor = QApplication.focusWidget()
    assert editor is not view
    qtbot.keyClicks(editor, text[1:])
    with qtbot.waitSignal(tab.grid.dataChanged):  # the delegate commits through a queued call
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, tab)


def test_typing_an_amount_the_vietnamese_way_updates_the_results(qtbot, tab, water):
    assert tab.ui.yearSpin.value() == 2009
    row = grid_row(tab, "Nước")
    type_in_cell(qtbot, tab, row, 1, "900.000")
    entry = SavingsEntry.get((SavingsEntry.category == water) & (SavingsEntry.month == 1))
    assert entry.amount == 900_000
    assert tab.grid.index(row, 1).data() == "900.000"
    assert tab.grid.index(row, 13).data() == "1.900.000"
    cells = results_row(tab, "Nước")
    assert cells[1:4] == ["1.900.000", "2.000.000", "100.000"]
    assert cells[4] == "giảm 5%" and cells[6].startswith("Chưa đạt")

    type_in_cell(qtbot, tab, row, 1, "1250000")
    cells = results_row(tab, "Nước")
    assert cells[1] == "2.250.000"
    assert cells[3] == "vượt chi 250.000"
    assert cells[4] == "vượt chi 12,5%"
    assert not tab.ui.gridErrorLabel.isVisible()


def test_bad_amount_is_shown_and_the_typed_text_kept(qtbot, tab, water):
    row = grid_row(tab, "Nước")
    type_in_cell(qtbot, tab, row, 2, "abc")
    assert tab.grid.index(row, 2).data() == "abc"
    assert tab.ui.gridErrorLabel.isVisible()
    assert "không phải là số tiền" in tab.ui.gridErrorLabel.text()
    assert "Nước, tháng 2" in tab.ui.gridErrorLabel.text()
    type_in_cell(qtbot, tab, row, 3, "-5")
    assert "không được âm" in tab.ui.gridErrorLabel.text()
    assert SavingsEntry.select().where(SavingsEntry.month.in_([2, 3])).count() == 0
    type_in_cell(qtbot, tab, row, 2, "1.000.000")  # fixing the cell clears its message
    assert "tháng 2" not in tab.ui.gridErrorLabel.text()
    assert tab.grid.index(row, 2).data() == "1.000.000"


def test_delete_key_clears_and_copy_month(qtbot, tab, water, monkeypatch):
    row = grid_row(tab, "Nước")
    type_in_cell(qtbot, tab, row, 4, "800.000")
    tab.ui.gridView.setCurrentIndex(tab.grid.index(row, 4))
    qtbot.mouseClick(tab.ui.copyMonthButton, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.grid.index(row, 5).data() == "800.000"
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    type_in_cell(qtbot, tab, row, 4, "700.000")
    tab.ui.gridView.setCurrentIndex(tab.grid.index(row, 4))
    qtbot.mouseClick(tab.ui.copyMonthButton, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.grid.index(row, 5).data() == "700.000"
    tab.ui.gridView.setCurrentIndex(tab.grid.index(row, 5))
    qtbot.keyClick(tab.ui.gridView, Qt.Key.Key_Delete)
    assert tab.grid.index(row, 5).data() == ""
    assert not SavingsEntry.select().where(SavingsEntry.month == 5).exists()


def test_models_pass_the_model_tester(qtmodeltester, tab):
    qtmodeltester.check(tab.grid)
    qtmodeltester.check(tab.results)
    qtmodeltester.check(tab.lists.social)


def test_record_a_donation(qtbot, tab, monkeypatch):
    data = sc.ActivityData(dt.date(2009, 11, 20), "fund", "ủng hộ Quỹ vì người nghèo",
                           value=5_000_000)
    monkeypatch.setattr(ActivityDialog, "run", classmethod(lambda cls, parent, d=None: data))
    qtbot.mouseClick(tab.ui.addActivityButton, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert [a.description for a in sc.list_activities()] == ["ủng hộ Quỹ vì người nghèo"]
    view = tab.ui.socialView
    assert view.model().rowCount() == 1
    assert view.model().index(0, 3).data() == "5.000.000"
    assert "5.000.000 đồng" in tab.ui.socialTotalsLabel.text()


def test_activity_dialog_shows_errors_and_keeps_input(qtbot, db):
    dialog = ActivityDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.dateEdit, "31/02/2009")
    qtbot.keyClicks(dialog.ui.valueEdit, "-100")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "không tồn tại" in dialog.errors.message("date")
    assert "không được âm" in dialog.errors.message("value")
    assert "Chưa nhập nội dung" in dialog.errors.message("description")
    assert dialog.ui.valueEdit.text() == "-100"


def test_violations_status_is_computed(qtbot, tab, monkeypatch):
    from desktop_app.core.members.roster import MemberData, save_member

    assert "trong kỳ không có đảng viên vi phạm." in tab.ui.violationsStatusLabel.text()
    member = save_member(MemberData(full_name="Lý Văn Tư"))
    data = cc.ViolationData(member.id, dt.date(2009, 6, 1), "vi phạm quy chế", "khiển trách")
    monkeypatch.setattr(ViolationDialog, "run", classmethod(lambda cls, parent, d=None: data))
    qtbot.mouseClick(tab.ui.addViolationButton, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert "01 đảng viên vi phạm" in tab.ui.violationsStatusLabel.text()
    assert tab.ui.violationsView.model().index(0, 1).data() == "Lý Văn Tư"


def test_demo_2009_and_2007_2010_show_which_targets_were_reached(qtbot, context, demo_db):
    widget = SavingsTab(context)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot, widget)
    widget.ui.yearSpin.setValue(2009)
    settle(qtbot, widget)
    assert results_row(widget, "Điện")[6].startswith("Chưa đạt")
    assert results_row(widget, "Nước")[6].startswith("Đạt")
    widget.ui.yearSpin.setValue(2007)
    settle(qtbot, widget)
    widget.ui.periodCombo.setCurrentIndex(widget.ui.periodCombo.findData(YEARS))
    settle(qtbot, widget)
    widget.ui.toYearSpin.setValue(2010)
    settle(qtbot, widget)
    assert widget.results.table.period.label == "giai đoạn 2007 – 2010"
    assert results_row(widget, "Chi hành chính, văn phòng phẩm")[4] == "giảm 11,4%"
    assert widget.percent_view is None  # charts are drawn when their page is opened
    widget.ui.resultTabs.setCurrentWidget(widget.ui.percentChartPage)
    chart = widget.percent_view.chart()
    assert "giai đoạn 2007 – 2010" in chart.title()
    labels = chart.axes(Qt.Orientation.Vertical)[0].categories()
    assert "Điện: giảm 7,1%" in labels
    widget.ui.resultTabs.setCurrentWidget(widget.ui.monthlyChartPage)
    monthly = widget.monthly_view.chart()
    assert monthly.title().endswith(", 2007")
    assert len(monthly.series()) == 3  # actual bars, baseline line, target line
    widget.ui.chartCombo.setCurrentIndex(widget.ui.chartCombo.findText("Điện"))
    assert widget.monthly_view.chart().title() == "Điện, 2007"  # redrawn on screen at once


def test_print_buttons_open_the_preview_of_the_period(qtbot, context, demo_db):
    from desktop_app.gui.common.preview import PreviewDialog

    widget = SavingsTab(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.ui.yearSpin.setValue(2007)
    settle(qtbot, widget)
    widget.ui.periodCombo.setCurrentIndex(widget.ui.periodCombo.findData(YEARS))
    settle(qtbot, widget)
    widget.ui.toYearSpin.setValue(2010)
    settle(qtbot, widget)
    qtbot.mouseClick(widget.ui.printThriftButton, Qt.MouseButton.LeftButton)
    assert isinstance(widget.preview, PreviewDialog)
    with qtbot.waitSignal(widget.preview.rendered, timeout=30000):
        pass
    assert widget.preview.document.subject == "Kết quả thực hành tiết kiệm giai đoạn 2007 – 2010"
    assert widget.preview.page_count() == 2
    widget.preview.close()
    widget.ui.sections.setCurrentIndex(1)
    qtbot.mouseClick(widget.ui.printSocialButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(widget.preview.rendered, timeout=30000):
        pass
    assert widget.preview.document.subject == "Hoạt động công tác xã hội giai đoạn 2007 – 2010"
    widget.preview.close()


def test_quantity_and_note_of_a_month(qtbot, tab, water, monkeypatch):
    from desktop_app.gui.savings.thrift_dialogs import EntryDialog

    category = savings_categories.get_category(water)
    dialog = EntryDialog(category, 2009, 6, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.amountEdit, "1.250.000")
    qtbot.keyClicks(dialog.ui.quantityEdit, "12,5x")
    dialog.accept()
    assert "không phải là số" in dialog.errors.message("quantity")
    assert not SavingsEntry.select().where(SavingsEntry.month == 6).exists()
    dialog.ui.quantityEdit.setText("212,5")
    dialog.ui.noteEdit.setPlainText("hóa đơn tháng 6")
    dialog.accept()
    entry = SavingsEntry.get(SavingsEntry.month == 6)
    assert (entry.amount, entry.quantity, entry.note) == (1_250_000, 212.5, "hóa đơn tháng 6")
    assert "m³" in dialog.ui.label_quantityEdit.text()

    # from the tab: the dialog opens for the selected cell, the grid shows the saved amount
    row = grid_row(tab, "Nước")
    tab.ui.gridView.setCurrentIndex(tab.grid.index(row, 7))
    monkeypatch.setattr(EntryDialog, "run", classmethod(
        lambda cls, parent, cat, year, month, entry: savings.save_grid(
            year, {cat.id: {month: savings.MonthEntry(700_000, 80.0, "")}})
        or savings.MonthEntry(700_000, 80.0, "")))
    qtbot.mouseClick(tab.ui.entryDetailsButton, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.grid.index(row, 7).data() == "700.000"
    assert "80" in tab.grid.index(row, 7).data(Qt.ItemDataRole.ToolTipRole)


NAMES_IN_ORDER = ["Ánh", "Bùi", "Đào", "Lê", "Trần"]


def click_header(qtbot, view, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def column_texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_clicking_a_name_header_sorts_the_three_lists_in_vietnamese_order(qtbot, tab,
                                                                          qtmodeltester):
    from desktop_app.core.members.roster import MemberData, save_member

    for day, name in enumerate(["Trần", "Ánh", "Lê", "Đào", "Bùi"], start=1):
        member = save_member(MemberData(full_name=name))
        date = dt.date(2009, 3, day)
        sc.save_activity(sc.ActivityData(date, "fund", "ủng hộ Quỹ vì người nghèo",
                                         value=1_000_000, sponsor=name))
        cc.save_commendation(cc.CommendationData(date, "member", member.id,
                                                 level="Đảng ủy Khối", period="năm 2009",
                                                 reason="hoàn thành xuất sắc nhiệm vụ"))
        cc.save_violation(cc.ViolationData(member.id, date, "vi phạm quy chế", "khiển trách"))
    tab.reload_lists()
    settle(qtbot, tab)
    ui = tab.ui
    for page, view, column, expected in (
            (ui.socialPage, ui.socialView, 4, NAMES_IN_ORDER),  # Sponsor
            (ui.recognitionPage, ui.commendationsView, 1,  # Recipient
             [f"Đồng chí {name}" for name in NAMES_IN_ORDER]),
            (ui.recognitionPage, ui.violationsView, 1, NAMES_IN_ORDER)):  # Member
        ui.sections.setCurrentWidget(page)
        assert column_texts(view, column)[0].endswith("Trần")  # by date at first
        click_header(qtbot, view, column)
        assert column_texts(view, column) == expected
        click_header(qtbot, view, column)
        assert column_texts(view, column) == expected[::-1]
    for model in (tab.lists.social, tab.lists.commendations, tab.lists.violations):
        qtmodeltester.check(model)
