"""Planning the next study session: checked at the fields, saved, dropped."""

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.study import schedule
from desktop_app.gui.study.schedule_dialog import CLEARED, ScheduleDialog

TODAY = dt.date(2026, 12, 2)


def _save(dialog):
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_past_date_and_no_topic_are_refused_at_the_fields(qtbot, db):
    dialog = ScheduleDialog(None, TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.dateEdit.setText("01/11/2026")
    _save(dialog)
    assert "từ hôm nay (02/12/2026)" in dialog.errors.message("date")
    assert "Chưa nhập nội dung" in dialog.errors.message("topic")
    assert dialog.ui.dateEdit.text() == "01/11/2026"  # nothing typed is lost
    assert schedule.planned_session() is None
    dialog.ui.dateEdit.setText("32/12/2026")
    _save(dialog)
    assert dialog.errors.message("date")
    assert not dialog.clear_button.isEnabled() and dialog.clear_button.toolTip()


def test_the_plan_is_saved_and_can_be_dropped(qtbot, db):
    dialog = ScheduleDialog(None, TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.dateEdit.setText("15/12/2026")
    dialog.ui.topicEdit.setText("Quán triệt chuyên đề năm 2027")
    dialog.ui.placeEdit.setText("Hội trường")
    _save(dialog)
    assert dialog.outcome == schedule.planned_session()
    assert schedule.planned_session().text() == (
        "15/12/2026 – Quán triệt chuyên đề năm 2027 (Hội trường)")
    again = ScheduleDialog(schedule.planned_session(), TODAY)
    qtbot.addWidget(again)
    assert again.ui.topicEdit.text() == "Quán triệt chuyên đề năm 2027"
    again.clear_button.click()
    assert again.outcome == CLEARED and schedule.planned_session() is None
