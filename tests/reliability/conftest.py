import pytest


@pytest.fixture(autouse=True)
def _children_use_the_tests_temporary_folder(tmp_path, monkeypatch):
    """A killed child leaves its temporary folders in the test's folder, not in /tmp."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
