"""Page settings of printed documents, stored in the database."""

from __future__ import annotations

import pytest

from desktop_app.core.cell.page_setup import (
    DocumentSettings,
    load_document_settings,
    save_document_settings,
)
from desktop_app.db.connection import close_database, open_database
from desktop_app.db.models.base import Setting
from desktop_app.errors import ValidationError


@pytest.fixture
def db(tmp_path):
    open_database(tmp_path / "t.db")
    yield
    close_database()


def test_defaults_are_the_official_ones(db):
    settings = load_document_settings()
    assert (settings.margin_top_mm, settings.margin_bottom_mm, settings.margin_left_mm,
            settings.margin_right_mm, settings.body_size_pt) == (20, 20, 30, 15, 14)


def test_saved_settings_are_read_back(db):
    save_document_settings(DocumentSettings(margin_left_mm=25, body_size_pt=13))
    settings = load_document_settings()
    assert settings.margin_left_mm == 25 and settings.body_size_pt == 13
    assert settings.margin_right_mm == 15


def test_out_of_range_values_are_refused_with_vietnamese_messages(db):
    with pytest.raises(ValidationError) as caught:
        save_document_settings(DocumentSettings(margin_top_mm=0, body_size_pt=40))
    assert caught.value.fields == {
        "margin_top_mm": "Lề trên phải từ 5 đến 60 mm.",
        "body_size_pt": "Cỡ chữ nội dung phải từ 10 đến 18 pt.",
    }
    assert Setting.select().count() == 0


def test_a_damaged_stored_value_falls_back_to_the_default(db):
    Setting.create(key="document.body_size_pt", value="mười bốn")
    assert load_document_settings().body_size_pt == 14
