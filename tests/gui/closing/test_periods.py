"""With 2009 closed, the records of issue 17 that span years, through the real widgets: the
Savings tab's funds page locks an entry of 2009 (and says why) but not one of 2010, refuses a
new 2009 entry at its date, and opens an entry's history; the Plans tab locks a plan for the
term 2007 – 2010 shown under 2007, and of its targets only the one due in 2009."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.closing import years
from desktop_app.core.plans import plans
from desktop_app.core.plans.model import PlanData, TargetData
from desktop_app.core.savings import funds
from desktop_app.db.connection import close_database, open_database
from desktop_app.gui.common import closed_years as guard_module
from desktop_app.gui.common.context import make_context
from desktop_app.gui.common.rows_model import ROW_ROLE
from tests.gui.closing.test_closing_flow import vietnamese  # noqa: F401 (a fixture)
from tests.gui.closing.test_refusals import _refused_then_cancel
from tests.gui.conftest import settle

TODAY = dt.date(2011, 1, 10)
CLOSED = "Năm 2009 đã khóa sổ"


@pytest.fixture
def context(qapp, tmp_path, vietnamese):  # noqa: F811
    from PySide6.QtCore import QThreadPool

    from tests.demo_copy import demo_copy

    path = demo_copy(tmp_path)
    open_database(path)
    fund = funds.save_fund(funds.FundData(name="Quỹ vì người nghèo", contribution_amount=2000,
                                          contribution_per="day", start_date=dt.date(2009, 1, 1)))
    for day in (dt.date(2009, 3, 31), dt.date(2010, 3, 31)):
        funds.save_entry(funds.FundEntryData(fund_id=fund.id, date=day, direction="in",
                                             amount=600_000, description=f"Góp {day.year}"))
    plans.save_plan(PlanData(
        year=2007, kind="resolution", title="Nghị quyết nhiệm kỳ 2007 – 2010",
        plan_date=dt.date(2007, 5, 20), period_kind="term", period_start=dt.date(2007, 6, 1),
        period_end=dt.date(2010, 5, 31),
        targets=[TargetData(content="Kết nạp 1 đảng viên", deadline=dt.date(2009, 12, 31)),
                 TargetData(content="Hoàn thành nhiệm vụ cả nhiệm kỳ")]), TODAY)
    years.close_year(2009, backup=False, today=TODAY)
    yield make_context(path, settings=QSettings(str(tmp_path / "ui.ini"),
                                                QSettings.Format.IniFormat))
    QApplication.processEvents()
    QThreadPool.globalInstance().waitForDone(20000)
    close_database()


def _select(view, test) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if test(model.index(r, 0).data(ROW_ROLE)))
    view.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_the_funds_page_locks_the_entries_of_the_closed_year(qtbot, context, monkeypatch):
    from desktop_app.gui.savings.funds import FundEntryDialog
    from desktop_app.gui.savings.tab import SavingsTab

    tab = SavingsTab(context)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    page, ui = tab.funds, tab.funds.ui
    tab.show()
    tab.ui.sections.setCurrentWidget(page)
    _select(ui.entriesView, lambda e: e.date.year == 2009)
    qtbot.waitUntil(lambda: not ui.editEntryButton.isEnabled())
    assert not ui.deleteEntryButton.isEnabled()
    assert ui.editEntryButton.toolTip().startswith(CLOSED)
    _select(ui.entriesView, lambda e: e.date.year == 2010)
    qtbot.waitUntil(ui.editEntryButton.isEnabled)
    assert ui.deleteEntryButton.isEnabled() and ui.addInButton.isEnabled()

    seen = _refused_then_cancel(qtbot, FundEntryDialog, lambda d: _type_date(qtbot, d), "date")
    qtbot.mouseClick(ui.addInButton, Qt.MouseButton.LeftButton)
    assert seen["visible"] and seen["message"].startswith(CLOSED)

    shown = []
    monkeypatch.setattr(guard_module, "show_history",
                        lambda _c, _p, request: shown.append(request))
    history = tab.guard.history_buttons[-1]  # the entries' (the last list given one)
    qtbot.mouseClick(history, Qt.MouseButton.LeftButton)
    assert [r.title for r in shown] == ["Khoản 600.000 đồng của “Quỹ vì người nghèo” ngày "
                                        "31/03/2010"]
    assert [line.record for line in shown[0].read()] == [
        "Khoản thu ngày 31/03/2010 của quỹ “Quỹ vì người nghèo”: Góp 2010"]


def _type_date(qtbot, dialog) -> None:
    edit = dialog.ui.dateEdit
    edit.clear()
    qtbot.keyClicks(edit, "15/11/2009")
    dialog.ui.amountEdit.setText("100.000")
    dialog.ui.descriptionEdit.setText("Góp bổ sung")


def test_the_plans_tab_locks_a_term_plan_and_its_target_due_in_the_closed_year(qtbot,
                                                                              context):
    from desktop_app.gui.plans.tab import PlansTab

    tab = PlansTab(context, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.set_year(2007)
    ui = tab.ui
    assert not tab.guard.banner.isVisibleTo(tab)  # 2007 itself is open
    _select(ui.plansView, lambda p: p.period_kind == "term")
    qtbot.waitUntil(lambda: not ui.editPlanButton.isEnabled())
    assert ui.editPlanButton.toolTip().startswith(CLOSED)
    assert ui.addTargetButton.isEnabled()  # due at the end of the term, in 2010
    _select(ui.targetsView, lambda t: t.deadline == dt.date(2009, 12, 31))
    qtbot.waitUntil(lambda: not ui.editTargetButton.isEnabled())
    assert not ui.markDoneButton.isEnabled()
    _select(ui.targetsView, lambda t: t.deadline is None)
    qtbot.waitUntil(ui.markDoneButton.isEnabled)
    assert ui.editTargetButton.isEnabled()
    qtbot.mouseClick(ui.markDoneButton, Qt.MouseButton.LeftButton)
    plan = next(p for p in plans.list_plans(2007) if p.period_kind == "term")
    assert [t.status for t in plan.targets] == ["not_started", "done"]
    _select(ui.plansView, lambda p: p.period_kind == "year")
    qtbot.waitUntil(ui.editPlanButton.isEnabled)
