"""The dialogs of issue 18 scripts/screens.py opens: the outline library (and a copy of a
built-in outline opened for editing), the congress particulars asked when a congress
political report is drafted, and the register's past (starting numbers, a paper document)."""

from __future__ import annotations

from collections.abc import Callable


def outlines(window) -> None:
    """Báo cáo → Quản lý đề cương…: the library on the era outline of the report's dates."""
    from screens_scenarios import _click, _tab

    _click(_tab(window, "report").ui.outlinesButton)


def congress(window) -> None:
    """A congress political report asks its congress first (the screens answer Cancel, so
    no draft is made)."""
    from screens_scenarios import _click, _tab

    ui = _tab(window, "report").ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("congress"))
    _click(ui.createButton)


def register(window, action: str) -> None:
    from screens_scenarios import _click, _tab

    ui = _tab(window, "register").ui
    _click({"starts": ui.startsButton, "outside": ui.outsideButton}[action])


def scenarios() -> list[tuple[str, Callable]]:
    return [
        ("report-outlines", outlines),
        ("report-congress", congress),
        ("register-starts", lambda w: register(w, "starts")),
        ("register-outside", lambda w: register(w, "outside")),
    ]
