"""Qt's own widgets speak Vietnamese: standard buttons, context menus, Qt-drawn dialogs.

Qt ships no Vietnamese translation; ``resources/translations/vi/qt.ts`` translates the
strings of the Qt contexts we use (``scripts/i18n.py qt``), compiled into our .qm.
"""

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
)

ROOT = Path(__file__).resolve().parents[2]


def _i18n():
    spec = importlib.util.spec_from_file_location("i18n", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(ts_file).getroot()
    return {(c.findtext("name"), m.findtext("source")): m.findtext("translation") or ""
            for c in root.findall("context") for m in c.findall("message")}


def _english() -> set[str]:
    """Qt's English texts that our translation changes (without mnemonics)."""
    return {source.replace("&", "") for (_c, source), text in
            _messages(_i18n().QT_TS).items() if text != source}


@pytest.fixture
def vietnamese(qapp):
    from desktop_app.gui.app import install_translations

    install_translations(qapp)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


def _plain(text: str) -> str:
    return text.split("\t")[0].replace("&", "")


def test_qt_ts_covers_every_string_of_the_installed_qt(tmp_path):
    """After a Qt upgrade, new strings of our contexts fail here: run
    ``scripts/i18n.py qt``, translate, release."""
    i18n = _i18n()
    fresh = tmp_path / "qt.ts"
    i18n.qt(fresh)
    assert set(_messages(fresh)) == set(_messages(i18n.QT_TS))
    assert i18n.unfinished(i18n.QT_TS) == []


def test_the_qm_reader_finds_contexts_and_sources():
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = _i18n().read_qm(folder / "qtbase_de.qm")
    assert ("QLineEdit", "&Undo", "") in found
    assert ("QPlatformTheme", "Cancel", "") in found


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser])
def test_context_menus_of_text_fields_are_vietnamese(qtbot, vietnamese, kind):
    field = kind()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [_plain(action.text()) for action in menu.actions() if action.text()]
    assert texts, "the menu has entries"
    english = _english()
    assert [t for t in texts if t in english] == []
    if kind is not QTextBrowser:  # read-only: copy and select only
        assert {"Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"} <= set(
            texts)


def test_every_standard_button_is_vietnamese(qtbot, vietnamese):
    every = QDialogButtonBox.StandardButton(0)
    for button in QDialogButtonBox.StandardButton:
        if button not in (QDialogButtonBox.StandardButton.NoButton,):
            every |= button
    box = QDialogButtonBox(every)
    qtbot.addWidget(box)
    texts = {_plain(b.text()) for b in box.buttons()}
    assert {"Đồng ý", "Hủy", "Lưu", "Đóng", "Có", "Không", "Áp dụng", "Trợ giúp"} <= texts
    english = _english()
    assert sorted(t for t in texts if t in english) == []


def test_message_box_details_and_buttons_are_vietnamese(qtbot, vietnamese):
    box = QMessageBox(QMessageBox.Icon.Warning, "", "Lỗi",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    texts = {_plain(b.text()) for b in box.findChildren(QAbstractButton) if b.text()}
    assert "Xem chi tiết..." in texts and "Đồng ý" in texts and "Hủy" in texts


def test_the_file_dialog_qt_draws_is_vietnamese(qtbot, vietnamese, tmp_path):
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {_plain(w.text()) for w in dialog.findChildren(QLabel) + dialog.findChildren(
        QAbstractButton) if w.text()}
    assert {"Tìm trong:", "Tên tệp:", "Loại tệp:", "Mở", "Hủy"} <= texts
    english = _english()
    assert sorted(t for t in texts if t in english) == []


def test_the_print_dialog_qt_draws_is_vietnamese(qtbot, vietnamese):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {_plain(w.text()) for w in dialog.findChildren(QLabel) + dialog.findChildren(
        QAbstractButton) if w.text()}
    english = _english()
    assert sorted(t for t in texts if t in english) == []
    assert "In" in texts and "Hủy" in texts
