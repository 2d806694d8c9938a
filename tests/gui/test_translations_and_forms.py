"""Vietnamese is complete and the generated files are up to date."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_vietnamese_entry_is_finished():
    i18n = _script("i18n")
    missing = [
        (ts.name, ctx, src)
        for ts in sorted(i18n.TS_DIR.glob("*.ts"))
        for ctx, src in i18n.unfinished(ts)
    ]
    assert missing == []


def test_translation_files_cover_every_ui_string(tmp_path):
    """Extract strings afresh: a string added in code but not in the .ts fails here."""
    i18n = _script("i18n")
    import xml.etree.ElementTree as ET

    def messages(ts_file):
        root = ET.parse(ts_file).getroot()
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in root.findall("context")
            for m in c.findall("message")
        }

    stale = []
    for source, ts_file in i18n.sources():
        fresh = tmp_path / ts_file.name
        i18n.extract(source, fresh)
        wanted = messages(fresh)
        have = messages(ts_file) if ts_file.exists() else set()
        if wanted - have:
            stale.append((source.name, sorted(wanted - have)[:3]))
    assert stale == [], "run: uv run python scripts/i18n.py update, then translate"


def test_compiled_translations_are_up_to_date(tmp_path):
    i18n = _script("i18n")
    fresh = tmp_path / "vi.qm"
    i18n.release(fresh)
    assert fresh.read_bytes() == i18n.QM_FILE.read_bytes(), (
        "run: uv run python scripts/i18n.py release"
    )


def _without_uic_version(code: str) -> list[str]:
    """The form's lines but uic's own version, which differs between PySide6 6.11 (Python
    3.11) and 6.12 (3.12+) while the code it generates is the same."""
    return [line for line in code.splitlines()
            if not line.startswith("## Created by: Qt User Interface Compiler")]


def test_generated_forms_are_up_to_date():
    build_ui = _script("build_ui")
    stale = [
        source.name
        for source in sorted(build_ui.UI.glob("*.ui"))
        if _without_uic_version((build_ui.FORMS / f"ui_{source.stem}.py").read_text(
            encoding="utf-8")) != _without_uic_version(build_ui.compile_ui(source))
    ]
    assert stale == [], "run: uv run python scripts/build_ui.py"


def test_app_loads_the_vietnamese_translation(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop_app.gui.app import install_translations

    install_translations(qapp)
    try:
        assert QCoreApplication.translate("MembersTab", "Members") == "Đảng viên"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)


def test_message_boxes_and_start_up_texts_are_vietnamese(qapp, monkeypatch):
    """Strings passed through an alias of QCoreApplication.translate were once missed by
    lupdate (English buttons in every message box): the shared ones are checked here."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.gui.app import install_translations
    from desktop_app.gui.common import messages

    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    install_translations(qapp)
    try:
        messages.error(None, "Không mở được tệp.")
        messages.confirm(None, "Xóa?")
        error, question = boxes
        assert error.windowTitle() == "Sổ Chi bộ"
        assert error.button(QMessageBox.StandardButton.Ok).text() == "Đóng"
        assert question.button(QMessageBox.StandardButton.Yes).text() == "Có"
        assert question.button(QMessageBox.StandardButton.No).text() == "Không"
        assert messages.translate("Application", "Opening %1…") == "Đang mở %1…"
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
