"""What issue 17 adds to the windows: the unit kind, a plan's period, count targets, funds,
the outline of another era; bad input refused at the field, nothing saved half-way; and the
command line drafting what the tab drafts."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.__main__ import main
from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.demo import fill_demo
from desktop_app.core.members.roster import list_members
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.core.savings import funds
from desktop_app.gui.cell.dialog import CellDialog
from desktop_app.gui.common import messages
from desktop_app.gui.plans.dialogs import PlanDialog, TargetDialog
from desktop_app.gui.report.tab import ReportTab
from desktop_app.gui.savings.funds import FundDialog, FundEntryDialog, FundsPage

TODAY = dt.date(2026, 6, 1)


def _save(dialog):
    box = dialog.ui.buttons
    return box.button(QDialogButtonBox.StandardButton.Save) or \
        box.button(QDialogButtonBox.StandardButton.Ok)


def test_the_cell_dialog_keeps_the_unit_kind(qtbot, demo_db):
    dialog = CellDialog(cell_core.load_profile())
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.unitKindCombo
    assert combo.currentData() == "chi_bo" and combo.count() == 4
    combo.setCurrentIndex(combo.findData("dang_bo_co_so"))
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result_profile is not None
    assert dialog.result_profile.unit_kind == "dang_bo_co_so"
    assert combo.currentText() == "Đảng bộ cơ sở"


def test_a_plan_period_that_ends_before_it_starts_is_refused_at_the_field(qtbot, demo_db):
    dialog = PlanDialog(PlanData(year=2022, title="Nghị quyết Đại hội nhiệm kỳ 2022 – 2025",
                                 kind="resolution"), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert not ui.periodStartEdit.isEnabled()  # a plan of a year is for its year
    ui.periodKindCombo.setCurrentIndex(ui.periodKindCombo.findData("term"))
    assert ui.periodStartEdit.isEnabled()
    ui.periodStartEdit.setText("01/07/2025")
    ui.periodEndEdit.setText("30/06/2022")
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result_plan is None and dialog.isVisible()
    assert "trước khi bắt đầu" in dialog.errors.message("period_end")
    assert ui.periodStartEdit.text() == "01/07/2025"  # nothing typed is lost
    ui.periodStartEdit.setText("01/07/2022")
    ui.periodEndEdit.setText("30/06/2025")
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result_plan is not None
    assert dialog.result_plan.span == (dt.date(2022, 7, 1), dt.date(2025, 6, 30))
    assert dialog.result_plan.period_text == "nhiệm kỳ 2022 – 2025"


@pytest.mark.parametrize(("typed", "message"), [
    ("-3", "Số lượng chỉ tiêu không được âm."),
    ("ba", "“ba” không phải là số nguyên (ví dụ: 3)."),
])
def test_a_bad_target_count_is_refused_at_the_field(qtbot, demo_db, typed, message):
    dialog = TargetDialog(TargetData(content="Kiểm tra đảng viên"), dt.date(2022, 6, 1),
                          list_members(), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.targetCountEdit.setText(typed)
    dialog.ui.unitEdit.setText("cuộc kiểm tra")
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result_target is None
    assert dialog.errors.message("target_count") == message
    dialog.ui.targetCountEdit.setText("3")
    dialog.ui.resultValueEdit.setText("2")
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result_target is not None
    assert (dialog.result_target.target_count, dialog.result_target.unit,
            dialog.result_target.result_value) == (3, "cuộc kiểm tra", 2.0)


def test_a_fund_that_spends_more_than_it_holds_is_refused_at_the_amount(qtbot, db):
    fund = funds.save_fund(funds.FundData(name="Quỹ vì người nghèo", contribution_amount=2_000,
                                          contribution_per="day", contributors="mỗi đảng viên",
                                          start_date=dt.date(2022, 1, 1)))
    funds.save_entry(funds.FundEntryData(fund_id=fund.id, date=dt.date(2022, 1, 31),
                                         direction="in", amount=660_000))
    dialog = FundEntryDialog(funds.FundEntryData(fund_id=fund.id, date=dt.date(2022, 2, 1),
                                                 direction="out"), fund)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "660.000 đồng" in dialog.ui.balanceLabel.text()
    dialog.ui.amountEdit.setText("1.000.000")
    dialog.ui.descriptionEdit.setText("tặng quà Tết")
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result_data is None
    assert dialog.errors.message("amount") == ("Quỹ chỉ còn 660.000 đồng vào ngày 01/02/2022; "
                                               "không chi được 1.000.000 đồng.")
    dialog.ui.amountEdit.setText("600.000")
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result_data is not None and dialog.result_data.amount == 600_000
    assert len(funds.list_entries(fund.id)) == 1  # the dialog returns values; the page saves


def test_the_funds_page_adds_a_fund_and_its_money(qtbot, db, monkeypatch):
    announced = []
    page = FundsPage(lambda: announced.append(True))
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert not page.ui.addInButton.isEnabled() and page.funds.rowCount() == 0
    monkeypatch.setattr(FundDialog, "run", classmethod(lambda cls, parent, data=None:
                                                       funds.FundData(
                                                           name="Quỹ vì người nghèo",
                                                           contribution_amount=2_000,
                                                           contribution_per="day",
                                                           contributors="mỗi đảng viên",
                                                           start_date=dt.date(2022, 1, 1))))
    qtbot.mouseClick(page.ui.addFundButton, Qt.MouseButton.LeftButton)
    assert page.funds.rowCount() == 1 and announced
    assert page.ui.fundsView.model().index(0, 1).data() == "2.000 đồng/ngày mỗi đảng viên"
    monkeypatch.setattr(FundEntryDialog, "run", classmethod(
        lambda cls, parent, data, fund: funds.FundEntryData(
            fund_id=fund.id, date=dt.date(2022, 1, 31), direction=data.direction,
            amount=660_000, description="Góp tháng 1")))
    qtbot.mouseClick(page.ui.addInButton, Qt.MouseButton.LeftButton)
    assert page.entries.rowCount() == 1
    assert "660.000 đồng" in page.ui.balanceLabel.text()


@pytest.fixture
def report_tab(qtbot, db, context, monkeypatch):
    monkeypatch.setattr(messages, "error", lambda *a, **k: None)
    fill_demo()
    tab = ReportTab(context)
    qtbot.addWidget(tab)
    tab.show()
    yield tab
    context.runner.wait_all()


def test_an_outline_of_another_era_warns_in_the_tab(qtbot, report_tab):
    ui = report_tab.ui
    ui.fromYearSpin.setValue(2007)
    ui.toYearSpin.setValue(2010)
    assert ui.outlineCombo.currentData() == "tong-ket-cuoc-van-dong"  # the era's, by date
    assert not ui.outlineWarning.isVisible()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("annual"))  # the kind's outlines
    assert ui.outlineCombo.currentData() == "ct06-nam"
    ui.outlineCombo.setCurrentIndex(ui.outlineCombo.findData("chi-thi-05"))
    assert ui.outlineWarning.isVisible()
    assert "áp dụng từ năm 2016; kỳ báo cáo 2007 – 2010 nằm ngoài" in ui.outlineWarning.text()
    assert ui.unitCombo.currentData() == "chi_bo"  # the cell's own kind


def test_a_period_outside_every_term_is_refused_in_the_tab(qtbot, report_tab):
    ui = report_tab.ui
    ui.fromYearSpin.setValue(2030)
    ui.toYearSpin.setValue(2030)
    rows = report_tab.model.rowCount()
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.periodError.isVisible(), timeout=30000)
    assert "nằm ngoài mọi nhiệm kỳ đã ghi (2007 – 2010)" in ui.periodError.text()
    assert report_tab.model.rowCount() == rows


def _docx_text(path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs] + [
        c.text for t in document.tables for r in t.rows for c in r.cells]


def test_the_command_line_drafts_what_the_tab_drafts(qtbot, report_tab, tmp_path):
    """The same choices in the tab (period, months, kind, outline, unit, subject, documents
    answered, date) and on the command line give the same report."""
    from desktop_app.core.cell.page_setup import load_document_settings
    from desktop_app.documents.docx import render_docx
    from desktop_app.documents.report.summary import report_document
    from desktop_app.gui.report.dialogs import ReportParticularsDialog

    answer = ("Hướng dẫn số 114-HD/ĐUK ngày 06/9/2010 của Đảng ủy Khối về tổng kết 04 năm "
              "thực hiện Cuộc vận động")
    ui = report_tab.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("final"))
    ui.fromYearSpin.setValue(2007)
    ui.toYearSpin.setValue(2010)
    ui.toMonthSpin.setValue(9)
    ui.outlineCombo.setCurrentIndex(ui.outlineCombo.findData("tong-ket-cuoc-van-dong"))
    ui.unitCombo.setCurrentIndex(ui.unitCombo.findData("dang_bo_co_so"))
    with qtbot.waitSignal(report_tab.context.bus.changed, timeout=30000):
        qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    draft = report_tab.report
    assert draft is not None and draft.unit_kind == "dang_bo_co_so"
    dialog = ReportParticularsDialog(draft)
    qtbot.addWidget(dialog)
    dialog.ui.subjectEdit.setText("tổng kết Cuộc vận động của đảng bộ")
    dialog.ui.answersEdit.setPlainText(answer)
    dialog.ui.dateEdit.setText("20/09/2010")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    from desktop_app.core.report import issuing

    tab_docx = tmp_path / "tab.docx"
    render_docx(report_document(issuing.build_content(draft.id)), tab_docx,
                load_document_settings())
    cli_docx = tmp_path / "cli.docx"
    path = tmp_path / "test.db"
    from desktop_app.db.connection import close_database, open_database

    report_tab.context.runner.wait_all()
    close_database()  # the command line opens the file itself
    code = main(["report", "--db", str(path), "--from", "2007", "--to", "2010",
                 "--to-month", "9", "--kind", "final", "--outline", "tong-ket-cuoc-van-dong",
                 "--unit-kind", "dang_bo_co_so", "--subject",
                 "tổng kết Cuộc vận động của đảng bộ", "--answer", answer,
                 "--date", "20/9/2010", "--docx", str(cli_docx)])
    open_database(path)
    assert code == 0
    assert _docx_text(cli_docx) == _docx_text(tab_docx)
    assert any("T/M ĐẢNG ỦY" in line for line in _docx_text(cli_docx))
    assert any(answer in line for line in _docx_text(cli_docx))
