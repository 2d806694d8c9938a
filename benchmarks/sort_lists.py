"""Sorting the longest lists by clicking their headers, against Qt sorting the same texts.

Run: ``uv run python benchmarks/sort_lists.py LARGE.db`` (``make_large_db.py`` makes one:
500 members, 2,000 social-work actions). For the Members tab's list and the Savings tab's
social-work list, every column header is clicked (ascending, then descending) several
times; each click is timed until the view has painted the new order. The floor is the
same click on a QTableView over a QStandardItemModel holding the same texts, sorted by a
plain QSortFilterProxyModel in C++ (which knows nothing of Vietnamese order). Prints the
median per click for each column and the ratio to the floor. Nothing here is a test.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CLICKS = 6  # per column and direction


def click_header(app: QApplication, view: QTableView, column: int) -> float:
    """Seconds for one click on *column*'s header, until the view has painted."""
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    began = time.perf_counter()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
    view.viewport().repaint()
    app.processEvents()
    return time.perf_counter() - began


def measure(app: QApplication, view: QTableView) -> list[float]:
    """Median seconds per click, for each column."""
    view.horizontalHeader().setSectionsClickable(True)
    view.setSortingEnabled(True)
    medians = []
    for column in range(view.model().columnCount()):
        if view.isColumnHidden(column):
            medians.append(float("nan"))
            continue
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        times = [click_header(app, view, column) for _ in range(2 * CLICKS)]
        medians.append(statistics.median(times))
    return medians


def floor_view(source: QTableView) -> QTableView:
    """A plain Qt list of the texts *source* shows, sorted by Qt."""
    model = source.model()
    plain = QStandardItemModel(model.rowCount(), model.columnCount())
    for column in range(model.columnCount()):
        plain.setHorizontalHeaderItem(
            column, QStandardItem(str(model.headerData(column, Qt.Orientation.Horizontal))))
        for row in range(model.rowCount()):
            plain.setItem(row, column, QStandardItem(str(model.index(row, column).data() or "")))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(plain)
    view = QTableView()
    view.setModel(proxy)
    view.resize(source.size())
    view.show()
    view._keep = (plain, proxy)  # type: ignore[attr-defined]
    return view


def report(name: str, app: QApplication, view: QTableView) -> None:
    ours = measure(app, view)
    floor = measure(app, floor_view(view))
    model = view.model()
    print(f"\n{name}: {model.rowCount()} rows")
    print(f"| {'column':<24} | {'ours':>8} | {'floor':>8} | {'ratio':>6} |")
    print("|" + "|".join("-" * n for n in (26, 10, 10, 8)) + "|")
    for column, (a, b) in enumerate(zip(ours, floor, strict=True)):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        print(f"| {title:<24} | {a * 1000:6.1f}ms | {b * 1000:6.1f}ms | {a / b:5.1f}× |")
    total_ours, total_floor = sum(ours), sum(floor)
    print(f"| {'all columns':<24} | {total_ours * 1000:6.0f}ms | {total_floor * 1000:6.0f}ms"
          f" | {total_ours / total_floor:5.1f}× |")


def main(argv: list[str]) -> int:
    db = Path(argv[0])
    sys.path.insert(0, str(Path(argv[1]).resolve()) if len(argv) > 1 else str(ROOT))
    app = QApplication([])
    from desktop_app.db.connection import open_database
    from desktop_app.gui.common.context import make_context
    from desktop_app.gui.members.tab import MembersTab
    from desktop_app.gui.savings.tab import SavingsTab

    open_database(db, create=False)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "ui.ini"), QSettings.Format.IniFormat)
        context = make_context(db, settings=settings)
        members = MembersTab(context)
        members.resize(1200, 700)
        members.show()
        members.ui.showLeftCheck.setChecked(True)  # every member
        while members.loading:
            app.processEvents()
        report("Members", app, members.ui.table)
        savings = SavingsTab(context)
        savings.resize(1200, 700)
        savings.show()
        savings.ui.sections.setCurrentIndex(1)
        while savings.loading:
            app.processEvents()
        report("Social work", app, savings.ui.socialView)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
