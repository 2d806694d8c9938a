"""What a new report is drafted on: the outlines of its kind, the one of its era by date,
and for a congress political report the congress it is presented to."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.core.report import congress as congress_core
from desktop_app.core.report.outline import Outline
from desktop_app.core.report.outline_store import list_outlines


def outlines_for(kind: str) -> list[Outline]:
    """The outlines of *kind* (built-in ones first); every outline when none is of it."""
    every = list_outlines()
    return [o for o in every if o.kind == kind] or every


def era_outline(outlines: list[Outline], start_year: int, end_year: int) -> str | None:
    """The outline of the report's era: of those whose years hold the report's last year,
    the newest era (a year where two eras meet belongs to the new one), built-in first."""
    holding = [o for o in outlines
               if (o.applies.first is None or o.applies.first <= end_year)
               and (o.applies.last is None or o.applies.last >= end_year)]
    if not holding:
        holding = [o for o in outlines if o.applies.first is None or
                   o.applies.first <= end_year and (o.applies.last or 9999) >= start_year]
    if not holding:
        return outlines[0].id if outlines else None
    holding.sort(key=lambda o: (not o.builtin, -(o.applies.first or 0)))
    return holding[0].id


def fill_outlines(combo: QComboBox, kind: str, start_year: int, end_year: int,
                  keep: str | None = None) -> None:
    """List the outlines of *kind*; choose *keep* when listed, else the era's outline."""
    outlines = outlines_for(kind)
    combo.blockSignals(True)
    combo.clear()
    for outline in outlines:
        mark = "" if outline.builtin else " ✎"
        combo.addItem(outline.name + mark, outline.id)
        combo.setItemData(combo.count() - 1, f"{outline.kind_label}, {outline.years_label}",
                          3)  # Qt.ToolTipRole
    wanted = keep if keep is not None and combo.findData(keep) >= 0 else \
        era_outline(outlines, start_year, end_year)
    combo.setCurrentIndex(max(0, combo.findData(wanted)))
    combo.blockSignals(False)


def new_congress(end_year: int) -> congress_core.CongressData:
    """The next congress, as far as the records know it: one number after the last, its
    new term starting in the year the reviewed term ends."""
    last = congress_core.latest_congress()
    if last is None:
        return congress_core.CongressData(term_start=end_year, term_end=end_year + 5)
    length = (last.term_end or 0) - (last.term_start or 0)
    return dataclasses.replace(
        congress_core.CongressData(), number=(last.number or 0) + 1, term_start=end_year,
        term_end=end_year + (length if 0 < length <= 5 else 5), place=last.place)


def ask_congress(parent: QWidget, data: congress_core.CongressData
                 ) -> congress_core.CongressData | None:
    from .congress_dialog import CongressDialog

    return CongressDialog.run(parent, data)
