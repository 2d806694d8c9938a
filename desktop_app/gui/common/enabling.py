"""Greyed controls say why: the reason a button is greyed is its tooltip meanwhile.

    set_enabled(ui.editButton, member is not None, tr("Choose a member in the list first."))

The control's own tooltip (what it does) comes back once it is usable again; the Edit
menu's commands show the same reason in the status bar (``commands.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_OWN = "ownToolTip"  # the control's own tooltip, kept as a dynamic property


def set_enabled(widget: QWidget, enabled: bool, why: str = "") -> None:
    """Enable *widget*, or grey it with *why* as its tooltip."""
    own = widget.property(_OWN)
    if own is None:
        own = widget.toolTip()
        widget.setProperty(_OWN, own)
    widget.setEnabled(enabled)
    widget.setToolTip(str(own) if enabled or not why else why)
