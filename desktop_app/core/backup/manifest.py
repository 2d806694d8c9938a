"""The manifest beside every backup (bản kê): what it holds, why it was made, where it is.

Apart from :mod:`.backups` so that the clean-up of interrupted work (:mod:`.leftovers`),
which reads manifests, and the making of backups, which cleans up first, import in one
direction only.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import __version__

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sochibo-backup"
MANIFEST_SUFFIX = ".json"
MANIFEST_FORMAT = "sochibo-backup-manifest"
BACKUPS_FOLDER = "backups"

# Why a backup was made (stored as a code in the manifest) and how to say it.
REASON_LABELS: dict[str, str] = {
    "manual": "sao lưu thủ công",
    "automatic": "tự động",
    "on_close": "tự động khi đóng chương trình",
    "before_restore": "trước khi phục hồi",
    "before_upgrade": "trước khi nâng cấp",
    "before_import": "trước khi nhập dữ liệu",
    "before_bulk_delete": "trước khi xóa hàng loạt",
    "before_closing": "trước khi khóa sổ",
    "handover": "gói bàn giao",
}
# Only these are thinned by retention; every other backup is kept until the user removes it.
AUTOMATIC_REASONS = frozenset({"automatic", "on_close"})


@dataclass(frozen=True)
class Manifest:
    """What the JSON file beside a backup says about it (bản kê)."""

    created_at: dt.datetime
    reason: str
    schema_version: int
    size: int
    sha256: str
    app_version: str = __version__
    cell_name: str = ""
    member_count: int = 0
    last_entry: dt.date | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    source_name: str = ""
    encrypted: bool = False

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)

    def to_json(self) -> str:
        data = {
            "format": MANIFEST_FORMAT,
            "format_version": 1,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "reason_label": self.reason_label,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "size": self.size,
            "sha256": self.sha256,
            "cell_name": self.cell_name,
            "member_count": self.member_count,
            "last_entry": self.last_entry.isoformat() if self.last_entry else None,
            "row_counts": self.row_counts,
            "source_name": self.source_name,
            "encrypted": self.encrypted,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError("not a backup manifest")
        last = data.get("last_entry")
        return cls(
            created_at=dt.datetime.fromisoformat(data["created_at"]),
            reason=str(data["reason"]),
            schema_version=int(data["schema_version"]),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            app_version=str(data.get("app_version", "")),
            cell_name=str(data.get("cell_name", "")),
            member_count=int(data.get("member_count", 0)),
            last_entry=dt.date.fromisoformat(last) if last else None,
            row_counts={str(k): int(v) for k, v in dict(data.get("row_counts", {})).items()},
            source_name=str(data.get("source_name", "")),
            encrypted=bool(data.get("encrypted", False)),
        )


def default_backup_dir(db_path: Path) -> Path:
    """Backups live in ``backups/`` beside the database file."""
    return Path(db_path).parent / BACKUPS_FOLDER


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest beside *backup*, or None when it is missing or unreadable."""
    try:
        return Manifest.from_json(manifest_path(backup).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("unreadable manifest beside %s: %s", backup, error)
        return None
