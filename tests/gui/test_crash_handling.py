"""An unexpected error is logged and shown in Vietnamese with the log path; the app goes on."""

import logging
import sys

from desktop_app.gui import app as app_module
from desktop_app.logging_setup import log_file_path, setup_logging


def test_unexpected_error_is_logged_and_shown(qapp, monkeypatch):
    setup_logging(console=False)
    shown = []
    monkeypatch.setattr(app_module.messages, "error",
                        lambda parent, text, title="": shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app_module.install_excepthook()
    try:
        raise ValueError("hỏng <b>&")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert shown and "hỏng <b>&" in shown[0]
    assert log_file_path() in shown[0]
    with open(log_file_path(), encoding="utf-8") as log:
        assert "ValueError: hỏng <b>&" in log.read()
