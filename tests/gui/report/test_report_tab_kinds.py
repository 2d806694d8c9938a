"""The Report tab's kinds and outlines: the draft mark switch, a congress political report
with its particulars (checked at the fields), a report outside its outline's years."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.demo import fill_demo
from desktop_app.core.report import congress as congress_core
from desktop_app.core.report import issuing as report_issuing
from desktop_app.core.report import reports as report_core
from desktop_app.db.models.cell import CommitteeTerm
from desktop_app.gui.common import messages
from desktop_app.gui.report.congress_dialog import CongressDialog
from desktop_app.gui.report.tab import ReportTab


@pytest.fixture
def report_tab(qtbot, db, context, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, text, *a, **k: shown.append(text))
    fill_demo()
    CommitteeTerm.create(name="Nhiệm kỳ 2020 – 2022", start_date=dt.date(2020, 1, 1),
                         end_date=dt.date(2022, 12, 31), secretary_name="Nguyễn Văn An")
    tab = ReportTab(context)
    tab.errors_shown = shown
    qtbot.addWidget(tab)
    tab.show()
    yield tab
    context.runner.wait_all()


def _draft(outline_id: str = "tong-ket-cuoc-van-dong") -> int:
    report = report_core.create_draft(report_core.ReportData(
        kind="final", start_year=2007, end_year=2010, outline_id=outline_id,
        report_date=dt.date(2010, 12, 31)))
    assert report.id is not None
    return report.id


def _select(tab, report_id: int) -> None:
    tab.reload(select_id=report_id)
    assert tab.report is not None and tab.report.id == report_id


def test_the_draft_mark_can_be_turned_off_for_the_copy_to_sign(qtbot, report_tab):
    report_id = _draft()
    _select(report_tab, report_id)
    check = report_tab.ui.draftMarkCheck
    assert check.isEnabled() and check.isChecked()
    assert report_issuing.build_content(report_id)["draft_mark"] == "(Dự thảo)"
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert not report_core.get_report(report_id).draft_mark
    assert report_issuing.build_content(report_id)["draft_mark"] == ""
    _select(report_tab, report_id)
    assert not check.isChecked()  # kept with the draft
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert report_core.get_report(report_id).draft_mark


def test_a_report_outside_its_outlines_years_warns_in_the_tab(report_tab):
    _select(report_tab, _draft("ct05-tong-ket"))
    warning = report_tab.ui.reportWarning
    assert warning.isVisible()
    assert "2007 – 2010" in warning.text()
    _select(report_tab, _draft())
    assert not warning.isVisible()


def _fill_congress(dialog: CongressDialog) -> None:
    dialog.number_spin.setValue(11)
    dialog.term_start_spin.setValue(2022)
    dialog.term_end_spin.setValue(2025)
    dialog.date_edit.setText("15/06/2022")
    dialog.place_edit.setText("Hội trường cơ quan")
    dialog.pilot_check.setChecked(True)
    dialog.summoned_spin.setValue(20)
    dialog.present_spin.setValue(19)
    dialog.committee_edit.setPlainText("Nguyễn Văn An\nTrần Thị Bình\nLê Văn Cường")
    dialog.secretary_edit.setText("Nguyễn Văn An")
    dialog.deputy_edit.setText("Trần Thị Bình")


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_a_congress_political_report_is_drafted_with_its_particulars(qtbot, report_tab,
                                                                      monkeypatch):
    ui = report_tab.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("congress"))
    assert ui.outlineCombo.currentData() == "dai-hoi-bao-cao-chinh-tri"
    ui.fromYearSpin.setValue(2020)
    ui.toYearSpin.setValue(2022)
    seen = {}

    def exec_(dialog):
        seen["number"] = dialog.number_spin.value()
        _fill_congress(dialog)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CongressDialog, "exec", exec_)
    rows = report_tab.model.rowCount()
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report_tab.model.rowCount() == rows + 1, timeout=30000)
    report = report_tab.report
    assert report is not None and report.kind == "congress"
    congress = report_core.congress_of(report)
    assert congress is not None
    assert (congress.number_text, congress.term_text, congress.pilot) == ("XI", "2022 – 2025",
                                                                           True)
    assert congress.secretary_name == "Nguyễn Văn An"
    assert congress.committee == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
    content = report_issuing.build_content(report.id)
    assert content["type_name"] == "BÁO CÁO CHÍNH TRỊ"
    assert "lần thứ XI" in content["header"]["cell_name"]
    assert ui.congressButton.isVisible()


def test_the_congress_particulars_are_checked_at_the_fields(qtbot, db):
    dialog = CongressDialog(congress_core.CongressData())
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_congress(dialog)
    dialog.number_spin.setValue(dialog.number_spin.minimum())  # not given
    dialog.present_spin.setValue(25)  # more than summoned
    dialog.secretary_edit.setText("Phạm Văn Dũng")  # not elected
    dialog.term_end_spin.setValue(2021)  # before its start
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_data is None
    assert "lần thứ mấy" in dialog.errors.message("number")
    assert "nhiều hơn số được triệu tập" in dialog.errors.message("delegates_present")
    assert "trúng cử cấp ủy" in dialog.errors.message("secretary_name")
    assert "kết thúc sau năm bắt đầu" in dialog.errors.message("term_start")
    _fill_congress(dialog)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result_data is not None and dialog.result_data.number == 11
