"""A required text made only of invisible characters is refused in every area, at its field."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import ValidationError

LOOKS_EMPTY = "\u200b\ufeff\u2060 \u00ad"  # zero-width space, BOM, word joiner, soft hyphen


def _plan():
    from desktop_app.core.plans import plans

    plans.save_plan(plans.PlanData(year=2010, kind="plan", title=LOOKS_EMPTY))


def _session():
    from desktop_app.core.study import sessions

    sessions.create_session(sessions.SessionData(date=dt.date(2010, 1, 5), topic=LOOKS_EMPTY))


def _category():
    from desktop_app.core.savings import categories

    categories.save_category(categories.Category(name=LOOKS_EMPTY))


def _cell():
    from desktop_app.core.cell import particulars

    particulars.save_profile(particulars.CellProfile(name=LOOKS_EMPTY,
                                                     superior_line1="ĐẢNG BỘ KHỐI"))


@pytest.mark.parametrize(("save", "field"), [(_plan, "title"), (_session, "topic"),
                                             (_category, "name"), (_cell, "name")])
def test_a_text_of_invisible_characters_only_is_refused(db, save, field):
    with pytest.raises(ValidationError) as caught:
        save()
    assert field in caught.value.fields
    assert caught.value.fields[field].startswith("Chưa nhập")
