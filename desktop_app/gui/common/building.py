"""Building a document (or other work that only reads) off the UI thread, then showing it.

    build_in_background(context, tab, build_summary, period, label=tr("Building…"),
                        on_done=lambda document: preview_document(...),
                        buttons=(ui.printButton,))

The work runs on the thread pool (``tasks.TaskRunner``); after 0.4 s a progress dialog
over *parent* says what is being prepared and offers Cancel, which frees the window at
once and drops the result (nothing was written). Meanwhile *buttons* are greyed with
the reason, and a second request from the same *parent* is not started: the first one's
result is shown. A ``UserError`` (the cell's particulars are missing…) is shown in
Vietnamese; nothing is opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desktop_app.errors import UserError

from . import messages
from .context import AppContext
from .enabling import set_enabled
from .tasks import Task

_RUNNING = "buildingInBackground"  # a dynamic property of the parent while its build runs


def _reading(fn: Callable[..., Any], text: str) -> Callable[..., Any]:
    """*fn* as a task with progress: an indeterminate bar and a Cancel button."""

    def work(*args: Any, progress: Callable[..., None], **kwargs: Any) -> Any:
        progress(0, 0, text)
        result = fn(*args, **kwargs)
        progress(1, 1)  # cancelled meanwhile: dropped (the runner drops it too)
        return result

    return work


def is_building(parent: QObject) -> bool:
    return bool(parent.property(_RUNNING))


def build_in_background(context: AppContext, parent: QWidget, fn: Callable[..., Any],
                        *args: Any, label: str, on_done: Callable[[Any], None],
                        buttons: Sequence[QWidget] = (),
                        on_cancel: Callable[[], None] | None = None) -> Task | None:
    """Run *fn(*args)* in the background, then *on_done(result)*; None if one runs."""
    if is_building(parent):
        return None
    parent.setProperty(_RUNNING, True)
    why = QCoreApplication.translate("Building", "Please wait: %1").replace("%1", label)
    before = [(button, button.isEnabled()) for button in buttons]
    for button in buttons:
        set_enabled(button, False, why)

    def release() -> None:
        if not shiboken6.isValid(parent):  # the window was closed meanwhile
            return
        parent.setProperty(_RUNNING, False)
        for button, enabled in before:
            if shiboken6.isValid(button) and enabled:
                set_enabled(button, True)

    def done(result: Any) -> None:
        release()
        if shiboken6.isValid(parent):
            on_done(result)

    def failed(error: BaseException, _details: str) -> None:
        release()
        if not shiboken6.isValid(parent):
            return
        if isinstance(error, UserError):
            messages.error(parent, str(error))
        else:
            messages.error(parent, QCoreApplication.translate(
                "Building", "Unexpected error: %1").replace("%1", str(error)))

    def cancelled() -> None:
        release()
        if on_cancel is not None and shiboken6.isValid(parent):
            on_cancel()

    return context.runner.run(_reading(fn, label), *args, on_done=done, on_error=failed,
                              on_cancel=cancelled, label=label, parent_widget=parent,
                              cancellable=True, discard=True)
