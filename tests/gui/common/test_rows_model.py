"""SortProxy: lists sorted by Python keys, in the source model's own order when it can."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from desktop_app.core.common.text import collation_key
from desktop_app.gui.common.rows_model import ROW_ROLE, SORT_ROLE, Column, RowsModel
from desktop_app.gui.common.sort_proxy import SortProxy
from desktop_app.gui.common.views import fit_columns


@dataclass
class Person:
    name: str
    born: dt.date | None


PEOPLE = [Person("Đức", dt.date(1980, 1, 1)), Person("Anh", None),
          Person("Ân", dt.date(1975, 5, 5)), Person("Bình", dt.date(1990, 2, 2))]


def make_view(qtbot, rows=PEOPLE):
    model = RowsModel([Column("Họ tên", lambda p: p.name, sort=lambda p: collation_key(p.name)),
                       Column("Ngày sinh", lambda p: str(p.born or ""),
                              sort=lambda p: p.born)])  # None and dates: not comparable
    proxy = SortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model.set_rows(rows)
    return view, proxy, model


def names(proxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_rows_come_in_vietnamese_order_and_stay_sorted_after_a_reload(qtbot):
    view, proxy, model = make_view(qtbot)
    assert names(proxy) == ["Anh", "Ân", "Bình", "Đức"]
    assert [p.name for p in model.rows] == names(proxy)  # the source holds the order
    model.set_rows([*PEOPLE, Person("Ánh", None)])
    assert names(proxy) == ["Anh", "Ánh", "Ân", "Bình", "Đức"]
    assert (proxy.sortColumn(), proxy.sortOrder()) == (0, Qt.SortOrder.AscendingOrder)


def test_clicking_a_header_sorts_and_keeps_the_selected_row(qtbot):
    view, proxy, model = make_view(qtbot)
    view.selectionModel().setCurrentIndex(
        proxy.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert view.currentIndex().data() == "Bình"
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["Đức", "Bình", "Ân", "Anh"]
    assert view.currentIndex().data() == "Bình"
    assert [i.data() for i in view.selectionModel().selectedRows()] == ["Bình"]
    assert view.currentIndex().data(ROW_ROLE) is PEOPLE[3]
    # A column mixing dates and blanks sorts without an error (blanks as text)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert set(names(proxy)) == {"Anh", "Ân", "Bình", "Đức"}
    assert names(proxy).index("Ân") < names(proxy).index("Đức") < names(proxy).index("Bình")


def test_a_model_that_cannot_reorder_is_sorted_by_the_proxy(qtbot):
    model = QStandardItemModel()
    for name in ("Đức", "Anh", "Ân"):
        item = QStandardItem(name)
        item.setData(collation_key(name), SORT_ROLE)
        model.appendRow(item)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    assert names(proxy) == ["Anh", "Ân", "Đức"]
    assert [model.item(r).text() for r in range(3)] == ["Đức", "Anh", "Ân"]  # untouched


def test_columns_fit_the_longest_text_of_the_sample(qtbot):
    long_name = "Nguyễn Thị Minh Khai Phương Thảo Hoàng Anh"
    view, proxy, model = make_view(qtbot, [*PEOPLE, Person(long_name, None)])
    view.horizontalHeader().setStretchLastSection(False)
    fit_columns(view)
    needed = view.fontMetrics().horizontalAdvance(long_name)
    assert view.columnWidth(0) >= needed
    fit_columns(view, widest=120)
    assert view.columnWidth(0) == 120


@dataclass(frozen=True)
class Line:
    name: str
    amount: int


def amount_edit(line: Line, text: str) -> Line:
    if not text.isdigit():
        raise ValueError(f"“{text}” không phải là số tiền.")
    return Line(line.name, int(text))


def lines_model(**options) -> RowsModel:
    return RowsModel([
        Column("Khoản", lambda r: r.name, background=lambda r: None),
        Column("Số tiền", lambda r: str(r.amount), sort=lambda r: r.amount, edit=amount_edit,
               align=Qt.AlignmentFlag.AlignRight, tooltip=lambda r: f"{r.amount} đồng"),
    ], **options)


def test_a_total_row_stays_last_in_bold_and_is_never_edited(qtbot, qtmodeltester):
    model = lines_model()
    model.set_rows([Line("Điện", 300), Line("Nước", 100), Line("Xăng", 200)],
                   total=Line("Tổng cộng", 600))
    qtmodeltester.check(model)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert names(proxy) == ["Điện", "Xăng", "Nước", "Tổng cộng"]
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert names(proxy) == ["Nước", "Xăng", "Điện", "Tổng cộng"]
    total = model.index(3, 1)
    assert total.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    assert not model.flags(total) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(total, "5")
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight)


def test_a_refused_edit_keeps_the_typed_text_with_its_message(qtbot, qtmodeltester):
    model = lines_model(keep_refused=True)
    model.set_rows([Line("Điện", 300)])
    cell = model.index(0, 1)
    with qtbot.waitSignal(model.refused) as refused:
        assert model.setData(cell, "ba trăm")
    assert refused.args == ["“ba trăm” không phải là số tiền."]
    assert cell.data() == "ba trăm"  # nothing typed is lost
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "“ba trăm” không phải là số tiền."
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.errors() == ["“ba trăm” không phải là số tiền."]
    assert model.rows == [Line("Điện", 300)]
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.edited):
        assert model.setData(cell, "350")
    assert cell.data() == "350" and model.errors() == []
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "350 đồng"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None


def test_an_edit_is_refused_outright_without_keep_refused(qtbot):
    model = lines_model()
    model.set_rows([Line("Điện", 300)])
    assert not model.setData(model.index(0, 1), "ba trăm")
    assert model.index(0, 1).data() == "300" and model.last_error.startswith("“ba trăm”")
    with qtbot.assertNotEmitted(model.edited):
        assert model.setData(model.index(0, 1), "300")  # unchanged: nothing to save


def test_the_proxy_filters_by_row_object_and_keeps_its_order(qtbot):
    view, proxy, model = make_view(qtbot)
    proxy.set_filter(lambda p: p.born is not None)
    assert names(proxy) == ["Ân", "Bình", "Đức"]
    proxy.set_filter(None)
    assert names(proxy) == ["Anh", "Ân", "Bình", "Đức"]
