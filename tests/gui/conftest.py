import pytest


@pytest.fixture
def context(qapp, tmp_path):
    """An AppContext with settings in the test's folder."""
    from PySide6.QtCore import QSettings

    from desktop_app.gui.common.context import make_context

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return make_context(tmp_path / "test.db", settings=settings)


def settle(qtbot, tab) -> None:
    """Wait until *tab* has shown what it reads in the background (``tab.loading``)."""
    qtbot.waitUntil(lambda: not tab.loading, timeout=20000)
