"""The Members tab driven through its real widgets."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.core.members import roster as mc
from desktop_app.gui.common import messages
from desktop_app.gui.members.dialog import MemberDialog
from desktop_app.gui.members.import_dialog import ImportPreviewModel
from desktop_app.gui.members.models import MembersModel, MembersProxy
from desktop_app.gui.members.tab import MembersTab
from tests.gui.conftest import settle


@pytest.fixture
def tab(qtbot, db, context):
    widget = MembersTab(context)
    qtbot.addWidget(widget)
    settle(qtbot, widget)
    widget.show()
    return widget


def _save(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)


def _when_dialog(qtbot, action):
    """Run *action(dialog)* on the MemberDialog as soon as it is shown."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MemberDialog):
            action(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_add_member_through_the_dialog(qtbot, tab):
    def fill(dialog):
        dialog.ui.fullNameEdit.insert("Nguyễn Văn Đức")  # QTest types Latin-1 only: paste it
        qtbot.keyClicks(dialog.ui.birthDateEdit, "20/11/1970")
        qtbot.keyClicks(dialog.ui.joinedDateEdit, "02/9/1996")
        qtbot.keyClicks(dialog.ui.officialDateEdit, "02/9/1997")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)

    _when_dialog(qtbot, fill)
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)  # the list is read again in the background
    assert tab.visible_names() == ["Nguyễn Văn Đức"]
    assert tab.selected_member().full_name == "Nguyễn Văn Đức"  # the new member, selected
    stored = mc.list_members()[0]
    assert stored.official_date == dt.date(1997, 9, 2)
    assert "Tổng số: 1" in tab.ui.countsLabel.text() or "Total: 1" in tab.ui.countsLabel.text()


def test_dialog_shows_errors_at_the_field_and_keeps_input(qtbot, db):
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.birthDateEdit, "31/02/1970")
    dialog.ui.noteEdit.insertPlainText("Ghi chú <b>&")
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Chưa nhập họ và tên" in dialog.errors.message("full_name")
    assert "không tồn tại" in dialog.errors.message("birth_date")
    assert dialog.ui.birthDateEdit.text() == "31/02/1970"
    assert dialog.ui.noteEdit.toPlainText() == "Ghi chú <b>&"
    dialog.ui.birthDateEdit.setText("")
    dialog.ui.fullNameEdit.insert("Lê Thị Lan")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("probationary"))
    qtbot.keyClicks(dialog.ui.officialDateEdit, "01/01/2020")  # disabled for probationary
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result_member is not None
    assert dialog.result_member.official_date is None


def test_search_ignores_tone_marks_and_ranks_exact_first(qtbot, demo_db, context):
    tab = MembersTab(context)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    qtbot.keyClicks(tab.ui.searchEdit, "nguyen van duc")
    assert tab.visible_names() == ["Nguyễn Văn Đức"]
    tab.ui.searchEdit.clear()
    tab.ui.searchEdit.insert("Đức")
    assert set(tab.visible_names()) == {"Nguyễn Văn Đức", "Lê Văn Đức"}
    tab.ui.searchEdit.clear()
    qtbot.keyClicks(tab.ui.searchEdit, "an")
    names = tab.visible_names()
    # "Ân" and "Ánh" (tone-insensitive) come after exact "an" matches such as "Anh", "Ngân"
    assert names.index("Võ Thị Ngọc Anh") < names.index("Đặng Hoàng Ân")
    tab.ui.searchEdit.clear()
    qtbot.keyClicks(tab.ui.searchEdit, "zzz")
    assert tab.visible_names() == []
    assert tab.ui.emptyLabel.isVisibleTo(tab)


def test_vietnamese_order_by_given_name(qtbot, db, context):
    for name in ["Trần Văn Đức", "Lê Dũng", "Phạm Thị Ân", "Võ Ánh", "Hồ Anh"]:
        mc.save_member(mc.MemberData(full_name=name, kind="non_party", role="none"))
    tab = MembersTab(context)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    assert tab.visible_names() == ["Hồ Anh", "Võ Ánh", "Phạm Thị Ân", "Lê Dũng", "Trần Văn Đức"]


def test_order_by_position_and_hidden_left_members(qtbot, demo_db, context):
    tab = MembersTab(context)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    tab.ui.orderCombo.setCurrentIndex(tab.ui.orderCombo.findText(tab.tr("by position")))
    names = tab.visible_names()
    assert names[:2] == ["Trần Thị Thu Hà", "Lê Văn Đức"]
    hai = next(m for m in mc.list_members() if m.full_name == "Ngô Quang Hải")
    mc.save_member(
        mc.MemberData(
            **{**hai.__dict__, "status": "transferred", "status_date": dt.date(2010, 6, 1)}
        )
    )
    tab.reload()
    settle(qtbot, tab)  # read in the background
    assert "Ngô Quang Hải" not in tab.visible_names()
    tab.ui.showLeftCheck.setChecked(True)
    assert "Ngô Quang Hải" in tab.visible_names()


def test_delete_asks_and_removes(qtbot, tab, monkeypatch):
    mc.save_member(mc.MemberData(full_name="Nhập Nhầm", kind="non_party", role="none"))
    tab.reload()
    settle(qtbot, tab)  # read in the background
    tab.ui.table.selectRow(0)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: asked.append(a[1]) or True)
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert asked and "Nhập Nhầm" in asked[0]
    assert tab.visible_names() == []
    assert mc.list_members() == []


def test_excel_export_and_import_in_background(qtbot, demo_db, context, tmp_path, monkeypatch,
                                               qtmodeltester):
    from desktop_app.gui.common import file_dialogs
    from desktop_app.gui.members.import_dialog import ImportDialog

    tab = MembersTab(context)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    target = tmp_path / "ds.xlsx"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: target)
    shown = []
    monkeypatch.setattr(messages, "info", lambda parent, text, title="": shown.append(text))
    tab.export_excel()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert target.exists()
    previews = []
    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *a, **k: target)
    monkeypatch.setattr(
        ImportDialog,
        "run",
        classmethod(lambda cls, parent, preview: previews.append(preview) or False),
    )
    tab.import_excel()
    qtbot.waitUntil(lambda: bool(previews), timeout=10000)
    assert len(previews[0].rows) == 15 and previews[0].accepted == []
    qtmodeltester.check(ImportPreviewModel(previews[0].rows))


def test_model_passes_qt_model_tester(qtmodeltester, demo_db):
    model = MembersModel()
    model.set_rows(mc.list_members())
    qtmodeltester.check(model)
    proxy = MembersProxy()
    proxy.setSourceModel(model)
    proxy.set_query("van")
    qtmodeltester.check(proxy)


def test_column_titles_are_whole_when_there_is_room_and_never_scroll_sideways(qtbot, tab):
    header = tab.ui.table.horizontalHeader()
    tab.resize(1600, 500)
    qtbot.waitUntil(lambda: tab.ui.table.viewport().width() > 1400)
    qtbot.wait(50)
    for column in range(tab.model.columnCount()):
        title = tab.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title)
    tab.resize(700, 500)  # a narrow window: the titles are cut, the list stays in view
    qtbot.waitUntil(lambda: tab.ui.table.viewport().width() < 700)
    qtbot.wait(50)
    width = sum(header.sectionSize(c) for c in range(header.count()))
    assert width <= tab.ui.table.viewport().width()
    assert not tab.ui.table.horizontalScrollBar().isVisible()


def test_at_1024_wide_names_dates_and_party_years_are_whole_and_nothing_scrolls(qtbot, tab):
    """A date cut to "22/12/…" loses its year: on the window of a 1024-pixel screen the
    name, the dates and the years in the Party show whole, the lesser columns give way."""
    from desktop_app.gui.members.models import BIRTH, JOINED, NAME, OFFICIAL, PARTY_YEARS

    long_name = "Nguyễn Thị Phương Thảo Hoàng Ngọc Bích Trâm"
    for name, job in ((long_name, "Chánh Văn phòng Đảng ủy Khối các cơ quan tỉnh"),
                      ("Trần Văn An", "Chuyên viên Ban Tuyên giáo")):
        mc.save_member(mc.MemberData(
            full_name=name, kind="full", gender="female", birth_date=dt.date(1962, 3, 14),
            job_title=job, role="secretary", joined_date=dt.date(1986, 5, 19),
            official_date=dt.date(1987, 5, 19), key_cadre=True))
    tab.reload()
    settle(qtbot, tab)  # read in the background
    tab.resize(1000, 600)  # the window's page on a 1024×768 screen
    view = tab.ui.table
    qtbot.waitUntil(lambda: 900 < view.viewport().width() < 1000)
    qtbot.wait(50)
    header, metrics = view.horizontalHeader(), view.fontMetrics()
    for row in range(tab.proxy.rowCount()):
        for column in (NAME, BIRTH, JOINED, OFFICIAL, PARTY_YEARS):
            text = str(tab.proxy.index(row, column).data() or "")
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text), (row, text)
    assert sum(header.sectionSize(c) for c in range(header.count())
               if not header.isSectionHidden(c)) <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()


def test_a_name_of_invisible_characters_is_refused_at_the_field(qtbot, db):
    dialog = MemberDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.fullNameEdit.insert("\u200b\u200b\ufeff")  # looks empty, is not
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result_member is None
    assert dialog.errors.message("full_name") == "Chưa nhập họ và tên."


def test_a_likely_duplicate_member_warns_and_saves_only_when_confirmed(qtbot, tab, monkeypatch):
    first = mc.save_member(mc.MemberData(full_name="Nguyễn Văn Đức",
                                         birth_date=dt.date(1970, 11, 20)))
    settle(qtbot, tab)
    answers, asked, errors, seen = [False, True], [], [], []
    monkeypatch.setattr(messages, "confirm",
                        lambda parent, text, **kw: asked.append(text) or answers.pop(0))
    monkeypatch.setattr(messages, "error", lambda parent, text, **kw: errors.append(text))

    def fill(dialog):
        if seen:  # shown again by the tab after a refusal: the warning came too late
            dialog.reject()
            return
        seen.append(dialog)
        dialog.ui.fullNameEdit.insert("Nguyen Van Duc")
        qtbot.keyClicks(dialog.ui.birthDateEdit, "20/11/1970")
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)  # "no": stays, keeps input
        if not dialog.isVisible():
            return
        seen.append(dialog.errors.message("full_name"))
        seen.append(dialog.ui.fullNameEdit.text())
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)  # "yes": another person

    handled, done = set(), []

    def poll():  # every MemberDialog shown until the tab is done
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MemberDialog) and id(dialog) not in handled:
            handled.add(id(dialog))
            fill(dialog)
        if not done:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    done.append(True)
    assert errors == []
    assert len(seen) == 3, "the dialog did not warn before closing"
    assert "Danh sách đã có đồng chí Nguyễn Văn Đức" in seen[1]
    assert seen[2] == "Nguyen Van Duc"  # nothing typed was lost
    assert len(asked) == 2 and "sinh ngày 20/11/1970" in asked[0]
    assert sorted(m.full_name for m in mc.list_members()) == ["Nguyen Van Duc", first.full_name]


def test_a_full_disk_while_saving_shows_one_message_and_keeps_the_input(qtbot, tab, db,
                                                                      monkeypatch, tmp_path):
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    for index in range(200):  # fill the file up to its limit
        db.execute_sql(f"PRAGMA max_page_count = {pages}")
        try:
            mc.save_member(mc.MemberData(full_name=f"Đảng viên {index}", note="x" * 3000))
        except Exception:
            break
    errors, shown = [], []
    monkeypatch.setattr(messages, "error", lambda parent, text, **kw: errors.append(text))
    handled, done = set(), []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MemberDialog) and id(dialog) not in handled:
            handled.add(id(dialog))
            shown.append(dialog.ui.noteEdit.toPlainText())
            if len(handled) == 1:
                dialog.ui.fullNameEdit.insert("Trần Văn Mới")
                dialog.ui.noteEdit.insertPlainText("Ghi chú dài " * 400)
                qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
            else:
                dialog.reject()  # shown again with what was typed
        if not done:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    done.append(True)
    assert len(errors) == 1 and "đã đầy" in errors[0] and "test.db" in errors[0]
    english = errors[0].replace(str(tmp_path), "")
    assert "disk" not in english and "database" not in english
    assert len(shown) == 2 and shown[1] == ("Ghi chú dài " * 400).strip()  # nothing lost


def test_the_party_years_column_shows_and_sorts_the_years_since_admission(qtbot, db):
    from desktop_app.gui.members.models import PARTY_YEARS

    for name, joined, kind in (("Trần Văn An", dt.date(1996, 9, 2), "full"),
                               ("Lê Thị Bình", dt.date(2010, 5, 19), "full"),
                               ("Phạm Văn Cường", dt.date(2025, 3, 1), "probationary")):
        mc.save_member(mc.MemberData(
            full_name=name, kind=kind, joined_date=joined,
            official_date=joined.replace(year=joined.year + 1) if kind == "full" else None))
    model = MembersModel(today=lambda: dt.date(2026, 12, 2))
    model.set_rows(mc.list_members())
    header = model.headerData(PARTY_YEARS, Qt.Orientation.Horizontal)
    assert header in ("Tuổi đảng", "Party years")
    shown = {model.index(row, 0).data(): model.index(row, PARTY_YEARS).data()
             for row in range(model.rowCount())}
    assert shown == {"Trần Văn An": "30", "Lê Thị Bình": "16", "Phạm Văn Cường": ""}
    proxy = MembersProxy()
    proxy.setSourceModel(model)
    proxy.sort(PARTY_YEARS, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(row, 0).data() for row in range(proxy.rowCount())] == [
        "Trần Văn An", "Lê Thị Bình", "Phạm Văn Cường"]
