"""A window open on the demo loses nothing while the command line runs beside it.

A real window (``Application.open``: the lock, the recovery check, the main window with its
tabs) holds the demo; ``demo --force``, ``member-list`` and ``restore`` run as separate
processes, as from a prompt, and are refused; ``check``, ``register`` and ``backup`` work.
The window writes before and after them; once it is closed, the file holds every row.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.demo import create_demo_database
from desktop_app.core.members import roster as mc
from desktop_app.db.connection import close_database, inspect_file, open_database
from desktop_app.gui import app as app_module
from desktop_app.gui.members.dialog import MemberDialog
from tests.cli.test_one_writer import run_cli
from tests.core.backup.backup_support import dump
from tests.gui.conftest import settle

WINDOW_HOLDS_IT = "đang được mở bởi một cửa sổ Sổ Chi bộ khác"


def _add_through_the_tab(qtbot, tab, monkeypatch, name: str) -> None:
    monkeypatch.setattr(MemberDialog, "run", classmethod(
        lambda cls, parent, member=None: mc.MemberData(full_name=name)))
    tab.add_member()
    settle(qtbot, tab)
    assert name in tab.visible_names()


def _register(path: Path) -> list[str]:
    return [line for line in dump(path) if "issued_document" in line]


def test_the_command_line_cannot_take_the_demo_from_a_running_window(qtbot, tmp_path,
                                                                      monkeypatch):
    demo = create_demo_database(tmp_path / "demo.db")
    old_backup = create_backup(demo, folder=tmp_path / "usb").path
    register_before = _register(demo)
    data = tmp_path / "data"
    controller = app_module.Application(None)
    try:
        assert controller.open(demo) is True
        window = controller.window
        qtbot.addWidget(window)
        tab = window.tabs["members"]
        settle(qtbot, tab)
        _add_through_the_tab(qtbot, tab, monkeypatch, "Viết Trước Các Lệnh")

        refused = {
            "demo --force": run_cli("demo", "--db", str(demo), "--force", data=data),
            "member-list": run_cli("member-list", "--db", str(demo), "--date", "05/9/2010",
                                   "--pdf", str(tmp_path / "ds.pdf"), data=data),
            "restore": run_cli("restore", "--db", str(demo), str(old_backup), data=data),
        }
        for name, result in refused.items():
            assert result.returncode == 1, (name, result.stdout)
            assert WINDOW_HOLDS_IT in result.stderr, (name, result.stderr)
        readers = {
            "check": run_cli("check", "--db", str(demo), data=data),
            "register": run_cli("register", "--db", str(demo), data=data),
            "backup": run_cli("backup", "--db", str(demo), data=data),
        }
        for name, result in readers.items():
            assert result.returncode == 0, (name, result.stderr)

        _add_through_the_tab(qtbot, tab, monkeypatch, "Viết Sau Các Lệnh")
        window.close()
        window.context.runner.wait_all()
    finally:
        close_database()
        controller.release_lock()

    inspect_file(demo, full_check=True)
    open_database(demo)
    try:
        names = {m.full_name for m in mc.list_members()}
    finally:
        close_database()
    assert {"Viết Trước Các Lệnh", "Viết Sau Các Lệnh"} <= names
    assert len(names) == 15 + 2  # the demo's members and the window's two: nothing replaced
    assert _register(demo) == register_before  # member-list issued no number
    assert not (tmp_path / "ds.pdf").exists()
    assert "Số 01-DS/CB" in readers["register"].stdout
    # Once the window is closed the same command goes through.
    assert run_cli("demo", "--db", str(demo), "--force", data=data).returncode == 0
