"""Handover package and password-protected backups."""

from __future__ import annotations

import zipfile

import pytest

from desktop_app.core.backup.backups import create_backup
from desktop_app.core.backup.crypto import (
    PASSWORD_WARNING,
    PasswordRequiredError,
    WrongPasswordError,
    check_new_password,
    is_encrypted,
)
from desktop_app.core.backup.handover import (
    README_FILE,
    HandoverError,
    create_handover,
    open_handover,
)
from desktop_app.core.backup.manifest import read_manifest
from desktop_app.core.backup.restore import RestoreError, restore_backup, summarize_backup
from desktop_app.errors import ValidationError

from .backup_support import CELL_NAME, add_member, dump, fingerprint, folder_state, make_database


def test_handover_package_round_trip(tmp_path):
    db = make_database(tmp_path / "old" / "sochibo.db", members=9)
    documents = tmp_path / "old" / "documents" / "2010"
    documents.mkdir(parents=True)
    (documents / "12-BC-CB.pdf").write_bytes(b"%PDF-1.4 bao cao tong ket")

    package = create_handover(db, tmp_path / "usb" / "ban-giao")

    assert package.name == "ban-giao.zip"
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        readme = archive.read(README_FILE).decode("utf-8")
    assert "tai-lieu/2010/12-BC-CB.pdf" in names
    assert any(n.endswith(".sochibo-backup.json") for n in names)
    assert "Mở gói bàn giao" in readme and CELL_NAME.upper() in readme

    opened = open_handover(package, tmp_path / "new")
    assert opened.db_path == tmp_path / "new" / "sochibo.db"
    assert dump(opened.db_path) == dump(db)
    assert opened.summary.cell_name == CELL_NAME and opened.summary.member_count == 9
    assert (tmp_path / "new" / "documents" / "2010" / "12-BC-CB.pdf").read_bytes() \
        == b"%PDF-1.4 bao cao tong ket"
    assert opened.documents == 1


def test_opening_a_package_refuses_bad_zips_and_keeps_existing_data(tmp_path):
    db = make_database(tmp_path / "old" / "sochibo.db")
    package = create_handover(db, tmp_path / "goi.zip")
    target = tmp_path / "new"
    existing = make_database(target / "sochibo.db")
    before = fingerprint(existing)
    with pytest.raises(HandoverError, match="thư mục trống"):
        open_handover(package, target)
    assert fingerprint(existing) == before

    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("goi-ban-giao.json", "{}")
        archive.writestr("../../ngoai.txt", "x")
    with pytest.raises(HandoverError, match="không phải là gói bàn giao"):
        open_handover(evil, tmp_path / "x")
    assert not (tmp_path / "ngoai.txt").exists()

    text = tmp_path / "ghi-chu.zip"
    text.write_text("không phải zip", encoding="utf-8")
    with pytest.raises(HandoverError):
        open_handover(text, tmp_path / "y")


def test_encrypted_backup_needs_the_right_password(tmp_path):
    live = make_database(tmp_path / "sochibo.db", members=4)
    info = create_backup(live, folder=tmp_path / "usb", password="mật khẩu chi bộ")
    assert is_encrypted(info.path)
    assert read_manifest(info.path).encrypted
    assert "có mật khẩu" in info.description
    assert b"Nguy" not in info.path.read_bytes()  # no member name readable in the file
    add_member(live, "Bùi Văn Sau")
    before = folder_state(tmp_path)

    with pytest.raises(PasswordRequiredError, match="mật khẩu"):
        restore_backup(live, info.path)
    with pytest.raises(WrongPasswordError, match="Mật khẩu không đúng"):
        restore_backup(live, info.path, password="Mật khẩu chi bộ")
    assert folder_state(tmp_path) == before

    assert summarize_backup(info.path, "mật khẩu chi bộ").member_count == 4
    restore_backup(live, info.path, password="mật khẩu chi bộ")
    assert "Bùi Văn Sau" not in "".join(dump(live))


def test_tampered_encrypted_backup_is_refused(tmp_path):
    live = make_database(tmp_path / "sochibo.db")
    info = create_backup(live, folder=tmp_path / "usb", password="12345678")
    (tmp_path / "usb" / (info.path.name + ".json")).unlink()
    data = bytearray(info.path.read_bytes())
    data[200] ^= 1
    info.path.write_bytes(bytes(data))
    before = fingerprint(live)
    with pytest.raises(WrongPasswordError):
        restore_backup(live, info.path, password="12345678")
    assert fingerprint(live) == before


def test_new_password_rules_and_warning():
    with pytest.raises(ValidationError) as short:
        check_new_password("abc", "abc")
    assert "8 ký tự" in short.value.fields["password"]
    with pytest.raises(ValidationError) as differ:
        check_new_password("12345678", "12345679")
    assert "không giống nhau" in differ.value.fields["confirmation"]
    check_new_password("12345678", "12345678")
    assert "không thể khôi phục" in PASSWORD_WARNING


def test_wrong_file_given_as_encrypted_is_refused(tmp_path):
    live = make_database(tmp_path / "sochibo.db")
    other = tmp_path / "x.sochibo-backup"
    other.write_bytes(b"SOCHIBO-ENC\x00\x01" + b"\x00" * 10)
    with pytest.raises((WrongPasswordError, RestoreError)):
        restore_backup(live, other, password="12345678")


def test_no_unencrypted_copy_is_left_on_the_removable_medium(tmp_path):
    live = make_database(tmp_path / "data" / "sochibo.db")
    usb = tmp_path / "usb"
    info = create_backup(live, folder=usb, password="12345678")
    assert sorted(p.name for p in usb.iterdir()) == [info.path.name, info.path.name + ".json"]
    assert not list((tmp_path / "data").glob(".*.plain"))


def test_handover_carries_the_registers_archived_files(tmp_path):
    import datetime as dt
    import sqlite3

    from desktop_app.db.connection import close_database, open_database
    from desktop_app.db.models.cell import CommitteeTerm
    from desktop_app.db.models.register import IssuedDocument

    db = make_database(tmp_path / "old" / "sochibo.db")
    elsewhere = tmp_path / "Tai lieu" / "12-BC-CB bao cao.pdf"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"%PDF report")
    inside = tmp_path / "old" / "documents" / "5-KH-CB.pdf"
    inside.parent.mkdir()
    inside.write_bytes(b"%PDF plan")
    open_database(db)
    try:
        term = CommitteeTerm.create(name="Nhiệm kỳ 2005 – 2010", start_date=dt.date(2005, 1, 1),
                                    end_date=dt.date(2010, 12, 31))
        report = IssuedDocument.create(term=term, type_code="BC", number=12,
                                       issued_date=dt.date(2010, 9, 5), file_path=str(elsewhere))
        plan = IssuedDocument.create(term=term, type_code="KH", number=5,
                                     issued_date=dt.date(2010, 1, 5), file_path=str(inside))
        gone = IssuedDocument.create(term=term, type_code="TB", number=1,
                                     issued_date=dt.date(2010, 2, 5),
                                     file_path=str(tmp_path / "da-xoa.pdf"))
    finally:
        close_database()

    opened = open_handover(create_handover(db, tmp_path / "goi.zip"), tmp_path / "new")

    paths = dict(sqlite3.connect(opened.db_path).execute(
        "SELECT id, file_path FROM issued_document").fetchall())
    new_documents = tmp_path / "new" / "documents"
    assert paths[report.id] == str(new_documents / "so-van-ban" / f"{report.id}-{elsewhere.name}")
    assert paths[plan.id] == str(new_documents / "5-KH-CB.pdf")
    assert paths[gone.id] == str(tmp_path / "da-xoa.pdf")  # nothing to carry: left as it was
    assert (new_documents / "so-van-ban" / f"{report.id}-{elsewhere.name}").read_bytes() \
        == b"%PDF report"
    assert opened.documents == 2
