"""Buttons added to a finished tab: their place in a row that wraps, and their Alt+letter."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.gui.common.flow_layout import make_flow
from desktop_app.gui.common.mnemonics import free_mnemonics, letters_taken, mnemonic_of


def test_each_added_button_gets_a_letter_nothing_else_in_the_tab_uses(qtbot):
    tab = QWidget()
    qtbot.addWidget(tab)
    layout = QVBoxLayout(tab)
    for text in ("&Lưu điểm danh", "&Chép", "Thê&m"):
        layout.addWidget(QPushButton(text))
    field = QLineEdit()
    label = QLabel("Đị&a điểm:")
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    added = [QPushButton("&Lịch sử thay đổi…"), QPushButton("&Lịch sử thay đổi…")]
    for button in added:
        layout.addWidget(button)
    assert letters_taken(tab, skip=added) == {"l", "c", "m", "a"}
    free_mnemonics(tab, added)
    # "L", "c" are taken; "ị" cannot be typed without tone marks: the next free ones
    assert [mnemonic_of(b.text()) for b in added] == ["h", "s"]
    assert [b.text().replace("&", "") for b in added] == ["Lịch sử thay đổi…"] * 2
    free_mnemonics(tab, added)  # again (a later pass): the same letters
    assert [b.text() for b in added] == ["Lịc&h sử thay đổi…", "Lịch &sử thay đổi…"]


def test_a_button_put_after_another_in_a_wrapping_row_stays_in_its_group(qtbot):
    tab = QWidget()
    qtbot.addWidget(tab)
    outer = QVBoxLayout(tab)
    row = QHBoxLayout()
    outer.addLayout(row)
    first, delete, right = QPushButton("Thêm"), QPushButton("Xóa"), QPushButton("In…")
    row.addWidget(first)
    row.addWidget(delete)
    row.addStretch(1)
    row.addWidget(right)
    flow = make_flow(row)
    history = QPushButton("Lịch sử thay đổi…")
    flow.insert_widget(flow.indexOf(delete) + 1, history)
    tab.resize(900, 80)
    tab.show()
    qtbot.waitExposed(tab)
    assert [flow.itemAt(i).widget() for i in range(flow.count())] == [
        first, delete, history, right]
    assert history.parentWidget() is tab and history.isVisible()
    # beside the delete button on the left, the print button still at the right edge
    assert delete.geometry().right() < history.geometry().left() < right.geometry().left()
    assert history.geometry().left() - delete.geometry().right() < 30  # no gap between
    assert right.geometry().right() > 800
