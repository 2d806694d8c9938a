"""The handover package (gói bàn giao): everything the next secretary needs in one .zip.

The package holds a verified backup of the database with its manifest, the archive of
issued documents (``documents/`` beside the database, when there is one) and a short
Vietnamese readme. Opening a package checks it completely, then extracts it into a
folder the new secretary chose and returns the path of the database to open.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from desktop_app import APP_NAME, __version__
from desktop_app.core.common.formats import number
from desktop_app.core.common.replace import FileInUseError, replace_file
from desktop_app.db.storage import explain
from desktop_app.errors import UserError
from desktop_app.nfc import normalize
from desktop_app.private_files import create_private, private_folder

from .backups import create_backup, format_moment, slug
from .leftovers import STAGING_FOLDER
from .lock import DatabaseLock
from .manifest import BACKUP_SUFFIX, MANIFEST_SUFFIX, manifest_path
from .restore import BackupSummary, summarize_backup
from .sqlite_copy import copy_consistent, fsync_file, fsync_folder, read_only_connection

HANDOVER_SUFFIX = ".zip"
PACKAGE_FILE = "goi-ban-giao.json"
PACKAGE_FORMAT = "sochibo-handover"
README_FILE = "DOC-TRUOC.txt"
DATA_FOLDER = "du-lieu"
DOCUMENTS_IN_PACKAGE = "tai-lieu"
DOCUMENTS_FOLDER = "documents"  # the issued documents archive beside the database
REGISTER_FOLDER = "so-van-ban"  # register files kept outside documents/, in the package
OPENED_DATABASE = "sochibo.db"


class HandoverError(UserError):
    """A package could not be made or opened; nothing existing was changed."""


@dataclass(frozen=True)
class OpenedHandover:
    db_path: Path
    summary: BackupSummary
    documents: int  # files extracted into documents/


def default_package_name(cell_name: str, moment: dt.datetime) -> str:
    return f"ban-giao-{slug(cell_name) or 'so-chi-bo'}-{moment:%Y-%m-%d}{HANDOVER_SUFFIX}"


def _readme(cell_name: str, moment: dt.datetime, members: int, documents: int) -> str:
    lines = [
        f"GÓI BÀN GIAO SỔ CHI BỘ – {cell_name or 'chi bộ'}".upper(),
        "",
        f"Lập lúc {format_moment(moment)} bằng chương trình {APP_NAME} {__version__}.",
        f"Gói gồm toàn bộ dữ liệu của chi bộ ({number(members)} đảng viên) và "
        f"{number(documents)} tệp văn bản đã ban hành.",
        "",
        "Cách mở gói (dành cho đồng chí Bí thư nhận bàn giao):",
        f"1. Cài đặt chương trình {APP_NAME} trên máy tính của mình.",
        "2. Mở chương trình, chọn Tệp → Mở gói bàn giao…, chọn tệp .zip này.",
        "3. Chọn một thư mục để lưu dữ liệu (ví dụ Tài liệu\\So Chi bo). Chương trình kiểm",
        "   tra gói, giải nén và mở dữ liệu của chi bộ.",
        "",
        "Không cần giải nén gói bằng tay. Thư mục “du-lieu” chứa bản sao lưu dữ liệu",
        f"(đuôi {BACKUP_SUFFIX}) kèm bản kê có mã kiểm tra; thư mục “tai-lieu” chứa các văn",
        "bản đã ban hành (PDF, Word) để tra cứu.",
        "",
        "Gói chứa thông tin về đảng viên: hãy giữ gìn cẩn thận, không gửi qua mạng công cộng.",
    ]
    return "\r\n".join(lines) + "\r\n"  # CRLF: Notepad on older Windows shows it right


def create_handover(db_path: Path | str, target: Path | str, *,
                    now: dt.datetime | None = None) -> Path:
    """Write the handover package of the database at *db_path* to *target* (.zip)."""
    db_path, target = Path(db_path), Path(target)
    if target.suffix.lower() != HANDOVER_SUFFIX:
        target = target.with_name(target.name + HANDOVER_SUFFIX)
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    documents = _documents(db_path)
    partial = target.with_name(target.name + ".part")
    with tempfile.TemporaryDirectory(prefix="sochibo-") as work:
        info = create_backup(db_path, reason="handover", folder=Path(work), now=moment)
        manifest = info.manifest
        assert manifest is not None
        data_name = f"{DATA_FOLDER}/{info.path.name}"
        package = {
            "format": PACKAGE_FORMAT,
            "format_version": 1,
            "created_at": moment.isoformat(timespec="seconds"),
            "app_version": __version__,
            "cell_name": manifest.cell_name,
            "database": data_name,
            "documents": len(documents),
            # register entry id → its archived file in the package, to re-point on opening
            "register_files": {str(k): v for k, v in _register_names(db_path, documents).items()},
        }
        try:
            private_folder(target.parent)
            partial.unlink(missing_ok=True)
            create_private(partial)  # the package holds the members' data: the user's only
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(PACKAGE_FILE, json.dumps(package, ensure_ascii=False, indent=2))
                archive.writestr(README_FILE, _readme(manifest.cell_name, moment,
                                                      manifest.member_count, len(documents)))
                archive.write(info.path, data_name)
                archive.write(manifest_path(info.path), data_name + MANIFEST_SUFFIX)
                for name, document in documents.items():
                    archive.write(document, f"{DOCUMENTS_IN_PACKAGE}/{name}")
            with partial.open("rb+") as handle:
                os.fsync(handle.fileno())
            replace_file(partial, target)
            fsync_folder(target.parent)
        except FileInUseError as error:
            partial.unlink(missing_ok=True)
            raise HandoverError(str(error)) from error
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise HandoverError(f"Không ghi được gói bàn giao: {explain(error, target.parent)}") \
                from error
    return target


def _archived_files(db_path: Path) -> dict[int, Path]:
    """Files the document register (sổ văn bản) says were saved, that still exist."""
    found: dict[int, Path] = {}
    try:
        connection = read_only_connection(db_path)
        try:
            rows = connection.execute(
                "SELECT id, file_path FROM issued_document WHERE file_path IS NOT NULL "
                "AND file_path != ''").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return found  # an older schema without the register
    for entry_id, text in rows:
        path = Path(text)
        if not path.is_absolute():
            path = db_path.parent / path
        if path.is_file():
            found[int(entry_id)] = path
    return found


def _documents(db_path: Path) -> dict[str, Path]:
    """Name in the package (below tai-lieu/) → file: the documents/ folder beside the
    database, and the register's archived files kept elsewhere (in so-van-ban/)."""
    folder = db_path.parent / DOCUMENTS_FOLDER
    names: dict[str, Path] = {}
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            names[path.relative_to(folder).as_posix()] = path
    inside = {path.resolve() for path in names.values()}
    for entry_id, path in sorted(_archived_files(db_path).items()):
        if path.resolve() not in inside:
            names[f"{REGISTER_FOLDER}/{entry_id}-{path.name}"] = path
    return names


def _register_names(db_path: Path, documents: dict[str, Path]) -> dict[int, str]:
    by_file = {path.resolve(): name for name, path in documents.items()}
    return {entry_id: by_file[path.resolve()]
            for entry_id, path in _archived_files(db_path).items()
            if path.resolve() in by_file}


def _repoint_register(db_path: Path, documents_dir: Path, names: dict[str, str], *,
                      staged: Path | None = None) -> None:
    """Point the register's entries at their files in the received documents/ folder
    (found in *staged* until they are moved there)."""
    if not names:
        return
    connection = sqlite3.connect(db_path)
    try:
        with connection:
            for entry_id, name in names.items():
                if not _safe_member(name):
                    continue
                target = documents_dir / PurePosixPath(name)
                if target.is_file() or (staged is not None
                                        and (staged / PurePosixPath(name)).is_file()):
                    connection.execute("UPDATE issued_document SET file_path = ? WHERE id = ?",
                                       (normalize(str(target)), int(entry_id)))
    finally:
        connection.close()


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and ":" not in name \
        and "\\" not in name


def open_handover(package: Path | str, folder: Path | str) -> OpenedHandover:
    """Check the package and extract it into *folder*; return the database to open."""
    package, folder = Path(package), Path(folder)
    refuse = f"Tệp “{package.name}” không phải là gói bàn giao hợp lệ của Sổ Chi bộ"
    try:
        archive = zipfile.ZipFile(package)
    except (OSError, zipfile.BadZipFile) as error:
        raise HandoverError(f"{refuse} (không đọc được tệp nén).") from error
    with archive:
        names = archive.namelist()
        if PACKAGE_FILE not in names or not all(_safe_member(n) for n in names):
            raise HandoverError(f"{refuse}.")
        broken = archive.testzip()
        if broken is not None:
            raise HandoverError(f"{refuse}: tệp “{broken}” trong gói bị hỏng.")
        try:
            meta = json.loads(archive.read(PACKAGE_FILE))
            data_name = str(meta["database"])
        except (ValueError, KeyError, TypeError) as error:
            raise HandoverError(f"{refuse}.") from error
        if meta.get("format") != PACKAGE_FORMAT or data_name not in names:
            raise HandoverError(f"{refuse}.")
        db_path = folder / OPENED_DATABASE
        if db_path.exists():
            raise HandoverError(
                f"Thư mục “{folder}” đã có tệp dữ liệu {OPENED_DATABASE}. Hãy chọn một thư "
                "mục trống để nhận bàn giao; dữ liệu đang có không bị thay đổi."
            )
        try:
            private_folder(folder)
            with DatabaseLock(db_path, holder="Sổ Chi bộ đang nhận bàn giao"):
                summary, documents = _extract(archive, names, meta, data_name, folder)
        except OSError as error:
            raise HandoverError(f"Chưa mở được gói bàn giao: {explain(error, folder)}") \
                from error
    return OpenedHandover(db_path=db_path, summary=summary, documents=documents)


def _extract(archive: zipfile.ZipFile, names: list[str], meta: dict, data_name: str,
             folder: Path) -> tuple[BackupSummary, int]:
    """Extract a checked package into *folder*, all or nothing.

    Everything is first written into a staging folder inside *folder*; the documents are
    then moved into ``documents/`` and the database is renamed into place last, so an
    opening interrupted at any point leaves either no ``sochibo.db`` (and opening the
    package again into the same folder works) or the complete one.
    """
    db_path = folder / OPENED_DATABASE
    stage = folder / STAGING_FOLDER
    shutil.rmtree(stage, ignore_errors=True)  # what an interrupted opening left
    try:
        private_folder(stage)
        with tempfile.TemporaryDirectory(prefix="sochibo-") as work:
            backup = Path(work) / PurePosixPath(data_name).name
            backup.write_bytes(archive.read(data_name))
            if data_name + MANIFEST_SUFFIX in names:
                manifest_path(backup).write_bytes(archive.read(data_name + MANIFEST_SUFFIX))
            summary = summarize_backup(backup)  # checksum, integrity, ours, schema
            copy_consistent(backup, stage / OPENED_DATABASE)
        received: list[tuple[Path, Path]] = []  # (staged, final)
        prefix = DOCUMENTS_IN_PACKAGE + "/"
        for name in names:
            if name.startswith(prefix) and not name.endswith("/"):
                relative = PurePosixPath(name[len(prefix):])
                final = folder / DOCUMENTS_FOLDER / relative
                if final.exists():
                    continue
                staged = stage / DOCUMENTS_FOLDER / relative
                staged.parent.mkdir(parents=True, exist_ok=True)
                staged.write_bytes(archive.read(name))
                received.append((staged, final))
        register_files = meta.get("register_files") or {}
        if isinstance(register_files, dict):
            _repoint_register(stage / OPENED_DATABASE, folder / DOCUMENTS_FOLDER,
                              {str(k): str(v) for k, v in register_files.items()},
                              staged=stage / DOCUMENTS_FOLDER)
        fsync_file(stage / OPENED_DATABASE)
        for staged, final in received:
            final.parent.mkdir(parents=True, exist_ok=True)
            replace_file(staged, final)
        replace_file(stage / OPENED_DATABASE, db_path)  # the data arrives last, whole
        fsync_folder(folder)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return summary, len(received)
