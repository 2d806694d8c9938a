import pytest
from PySide6.QtCore import QSettings

from desktop_app.core.cell import particulars as cell_core
from desktop_app.gui.cell.dialog import CellDialog
from desktop_app.gui.main_window import MainWindow


def test_window_opens_on_the_overview_and_names_its_file(qtbot, demo_db, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.tabs.currentIndex() == 0
    assert list(window.tabs)[0] == "overview"
    assert context.db_path.name in window.path_label.text()
    assert window.path_label.toolTip() == str(context.db_path)
    assert "Chi bộ Văn phòng Đảng ủy Khối" in window.windowTitle()


def test_geometry_is_remembered_and_the_window_opens_on_the_overview(qtbot, demo_db,
                                                                     context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)
    window.ui.tabs.setCurrentIndex(3)
    window.close()
    settings: QSettings = context.settings
    assert settings.value("window/geometry") is not None
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.size().width() == 700 and again.ui.tabs.currentIndex() == 0


def test_cell_profile_dialog_saves_particulars(qtbot, db, context, monkeypatch):
    profile = cell_core.CellProfile(
        name="Chi bộ Khu phố 3",
        superior_line1="ĐẢNG BỘ PHƯỜNG 7",
        place="Cần Thơ",
        term_start=__import__("datetime").date(2025, 1, 1),
        term_end=__import__("datetime").date(2030, 1, 1),
    )
    monkeypatch.setattr(CellDialog, "run", classmethod(lambda cls, *a, **k: profile))
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.edit_cell_profile(first_start=True)
    assert cell_core.load_profile().name == "Chi bộ Khu phố 3"
    assert "Chi bộ Khu phố 3" in window.windowTitle()


def test_cell_dialog_validates_at_the_field(qtbot, db):
    dialog = CellDialog(cell_core.CellProfile(), first_start=True)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Chưa nhập tên chi bộ" in dialog.errors.message("name")
    assert "địa danh" in dialog.errors.message("place")
    assert dialog.result_profile is None


@pytest.mark.parametrize("bad", ["hello", ""])
def test_gui_refuses_bad_file_with_a_message(qtbot, tmp_path, monkeypatch, bad, make_application):
    from desktop_app.gui import app as app_module

    path = tmp_path / "bad.db"
    path.write_text(bad)
    shown = []
    monkeypatch.setattr(
        app_module.messages, "error", lambda parent, text, title="": shown.append(text)
    )
    controller = make_application(None)
    assert controller.open(path) is False
    assert shown and ("không phải" in shown[0] or "rỗng" in shown[0])
    assert path.read_text() == bad


def test_tabs_are_built_when_first_shown_with_their_own_titles(qtbot, demo_db, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    tabs = window.ui.tabs
    assert [type(t).__name__ for t in window.tabs.built()] == ["OverviewTab"]
    tabs.setCurrentIndex(list(window.tabs).index("savings"))
    assert window.tabs.built()[-1] is window.tabs["savings"]
    assert window.tabs["savings"].isVisible()
    for index, key in enumerate(window.tabs):
        assert tabs.tabText(index) == window.tabs[key].windowTitle()


def test_the_tabs_modules_are_imported_in_the_background_at_start(qtbot, tmp_path,
                                                                   monkeypatch, make_application):
    import threading

    from desktop_app.core.demo import create_demo_database
    from desktop_app.db.connection import close_database
    from desktop_app.gui import main_window

    seen: list[tuple[list[str], bool]] = []
    monkeypatch.setattr(main_window, "import_modules", lambda names: seen.append(
        (names, threading.current_thread() is threading.main_thread())))
    controller = make_application(_App())
    try:
        controller.start(create_demo_database(tmp_path / "demo.db"))
        qtbot.addWidget(controller.window)
        qtbot.waitUntil(lambda: controller.window.attached, timeout=20000)
        (names, on_ui_thread), = seen
        assert set(names) == set(main_window.TAB_MODULES.values())
        assert not on_ui_thread
    finally:
        close_database()
        controller.release_lock()


class _App:
    """Stands for the QApplication: records the exit code asked for."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


def test_start_shows_the_window_first_then_opens_the_database(qtbot, tmp_path, make_application):
    from desktop_app.core.demo import create_demo_database
    from desktop_app.db.connection import close_database

    path = create_demo_database(tmp_path / "demo.db")
    controller = make_application(_App())
    try:
        controller.start(path)
        window = controller.window
        qtbot.addWidget(window)
        assert window.isVisible() and not window.attached  # on screen before the file opens
        assert window.tabs.built() == []
        assert window.statusBar().currentMessage().endswith("demo.db…")
        qtbot.waitUntil(lambda: window.attached, timeout=20000)
        assert controller.lock is not None and controller.lock.held
        assert "Chi bộ Văn phòng Đảng ủy Khối" in window.windowTitle()
        qtbot.waitUntil(lambda: [type(t).__name__ for t in window.tabs.built()] == [
            "OverviewTab"])
        qtbot.waitUntil(lambda: window.tabs["overview"].overview is not None, timeout=20000)
        assert "3 chỉ tiêu, nhiệm vụ và 1 biện pháp khắc phục quá hạn." in (
            window.tabs["overview"].section_texts()["overdue"])
        assert window.statusBar().currentMessage() == ""
        assert controller.app.codes == []
    finally:
        close_database()
        controller.release_lock()


def test_start_on_a_file_that_is_not_a_database_says_why_and_ends(qtbot, tmp_path,
                                                                   monkeypatch, make_application):
    from desktop_app.gui import app as app_module

    path = tmp_path / "bao-cao.db"
    path.write_text("Báo cáo tổng kết", encoding="utf-8")
    shown = []
    monkeypatch.setattr(app_module.messages, "error",
                        lambda parent, text, title="": shown.append(text))
    controller = make_application(_App())
    controller.start(path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.app.codes == [1], timeout=20000)
    assert "không phải là cơ sở dữ liệu của Sổ Chi bộ" in shown[0]
    assert not controller.window.attached
    assert path.read_text(encoding="utf-8") == "Báo cáo tổng kết"


def test_a_file_opened_while_starting_is_not_replaced_by_the_first(qtbot, tmp_path,
                                                                   make_application):
    from desktop_app.core.demo import create_demo_database
    from desktop_app.db import database
    from desktop_app.db.connection import close_database

    first = create_demo_database(tmp_path / "first.db")
    other = create_demo_database(tmp_path / "other.db")
    controller = make_application(_App())
    try:
        controller.start(first)
        starting = controller.window
        qtbot.addWidget(starting)
        assert controller.open(other)  # File → Open before the first file was opened
        qtbot.addWidget(controller.window)
        qtbot.wait(1500)  # the start's own opening comes back meanwhile…
        assert controller.window is not starting  # …and is dropped
        assert database.database == str(other)
        assert controller.window.context.db_path == other
    finally:
        close_database()
        controller.release_lock()
