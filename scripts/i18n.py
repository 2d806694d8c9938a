"""Translations: English source strings, Vietnamese (the default, complete language).

    uv run python scripts/i18n.py update     # extract strings into resources/translations/vi/*.ts
    uv run python scripts/i18n.py todo       # list entries still without a Vietnamese translation
    uv run python scripts/i18n.py fill F.json  # translate unfinished entries ({"English": "Việt"})
    uv run python scripts/i18n.py release    # compile resources/translations/sochibo_vi.qm
    uv run python scripts/i18n.py qt         # refresh vi/qt.ts from the installed Qt

One .ts file per source file (desktop_app/gui/<area>/<name>.py -> vi/<area>_<name>.ts,
ui/<name>.ui -> vi/<name>.ui.ts) so that work on different tabs never edits the same file.

Qt ships no Vietnamese translation of its own widgets (standard buttons, the text
fields' context menus, the file and print dialogs Qt draws). ``vi/qt.ts`` translates the
strings of the Qt contexts in ``QT_CONTEXTS``; ``qt`` lists them from the translations
Qt installs for other languages (each .qm holds the context and English source of every
message), keeps what is translated and adds the rest as unfinished. It is compiled into
the same .qm as ours, so one translator serves both.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "desktop_app" / "gui"
UI = ROOT / "ui"
TS_DIR = ROOT / "resources" / "translations" / "vi"
QM_FILE = ROOT / "resources" / "translations" / "sochibo_vi.qm"
QT_TS = TS_DIR / "qt.ts"

# The Qt contexts whose strings a user of this program can meet: standard buttons and
# message boxes, the context menus of text fields, spin boxes and scroll bars, the file,
# print and page dialogs Qt draws (Linux), page size names, and the names of actions
# read out by screen readers. Command-line help, network, SQL and XML errors are not.
QT_CONTEXTS = (
    "QPlatformTheme", "QGnomeTheme", "QDialogButtonBox", "QMessageBox", "QInputDialog",
    "QProgressDialog", "QDialog", "QErrorMessage", "QWhatsThisAction", "QLineEdit",
    "QWidgetTextControl", "QAbstractSpinBox", "QUnicodeControlCharacterMenu", "QScrollBar",
    "QTabBar", "CloseButton", "QComboBox", "QDateTimeEdit", "QDateTimeParser", "QWidget",
    "QProgressBar", "QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider",
    "QPrintDialog", "QPageSetupWidget", "QPrintSettingsOutput", "QPrintPropertiesDialog",
    "QPrintPropertiesWidget", "QPrintWidget", "QCupsJobWidget", "QCupsPrinterSupport",
    "QPPDOptionsModel", "QPrintPreviewDialog", "QPageSize", "Print Device Input Slot",
    "Print Device Output Bin", "QAccessibleActionInterface",
)
# Strings of those contexts that no user sees (Qt's licence, the "About Qt" box).
QT_SKIPPED = ("About Qt", "<h3>About Qt</h3>", "<p>Qt is a C++ toolkit")
# A message found in fewer of Qt's translations than this is left over from an older Qt.
QT_MIN_LANGUAGES = 3


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        sys.exit(f"pyside6-{name} not found: run inside `uv run`")
    return found


def ts_stem(path: Path) -> str:
    """gui/members/tab.py -> members_tab: the area's name stays in the file's name."""
    return "_".join(path.relative_to(GUI).with_suffix("").parts)


def sources() -> list[tuple[Path, Path]]:
    """(source file, its .ts file) pairs."""
    pairs = []
    for path in sorted(GUI.rglob("*.py")):
        if "forms" in path.relative_to(GUI).parts or path.name == "__init__.py":
            continue
        pairs.append((path, TS_DIR / f"{ts_stem(path)}.ts"))
    for path in sorted(UI.glob("*.ui")):
        pairs.append((path, TS_DIR / f"{path.stem}.ui.ts"))
    return pairs


def extract(source: Path, ts_file: Path) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            str(source),
            "-ts",
            str(ts_file),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "vi_VN",
            "-silent",
        ],
        check=True,
    )


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for source, ts_file in sources():
        extract(source, ts_file)
        if not ET.parse(ts_file).getroot().findall(".//message"):
            ts_file.unlink()  # a source without UI strings needs no file
            continue
        wanted.add(ts_file)
    wanted.add(QT_TS)  # Qt's own strings: see qt()
    for stale in TS_DIR.glob("*.ts"):
        if stale not in wanted:
            stale.unlink()


def read_qm(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, comment) of every message in a compiled translation file.

    A .qm file is a magic number and tagged blocks; the messages block (tag 0x69) holds
    each message as tagged fields: 3 translation (UTF-16), 6 source, 7 context,
    8 comment (UTF-8), 1 the end of a message.
    """
    data = path.read_bytes()
    found: list[tuple[str, str, str]] = []
    position = 16
    while position + 5 <= len(data):
        tag, length = data[position], int.from_bytes(data[position + 1:position + 5], "big")
        block = data[position + 5:position + 5 + length]
        position += 5 + length
        if tag != 0x69:
            continue
        offset, fields = 0, {}
        while offset < len(block):
            field_tag = block[offset]
            offset += 1
            if field_tag == 1:
                found.append((fields.get(7, ""), fields.get(6, ""), fields.get(8, "")))
                fields = {}
                continue
            if field_tag == 5:  # an obsolete 4-byte field
                offset += 4
                continue
            size = int.from_bytes(block[offset:offset + 4], "big")
            offset += 4
            if size == 0xFFFFFFFF:
                continue
            if field_tag in (6, 7, 8):
                fields[field_tag] = block[offset:offset + size].decode("utf-8", "replace")
            offset += size
    return found


def qt_messages(translations: Path) -> list[tuple[str, str, str]]:
    """The (context, source, comment) of Qt's messages in QT_CONTEXTS, in that order."""
    seen: dict[tuple[str, str, str], int] = {}
    for qm in sorted(translations.glob("qtbase_*.qm")):
        for message in set(read_qm(qm)):
            seen[message] = seen.get(message, 0) + 1
    rank = {context: index for index, context in enumerate(QT_CONTEXTS)}
    kept = [m for m, count in seen.items() if m[0] in rank and count >= QT_MIN_LANGUAGES
            and m[1] and not m[1].startswith(QT_SKIPPED)]
    return sorted(kept, key=lambda m: (rank[m[0]], m[1].casefold(), m[1], m[2]))


def qt(target: Path = QT_TS) -> None:
    """Write vi/qt.ts for the Qt installed (or *target*): the translations of vi/qt.ts
    are kept, new messages are added unfinished, messages Qt no longer has are dropped."""
    from PySide6.QtCore import QLibraryInfo

    known: dict[tuple[str, str, str], str] = {}
    if QT_TS.exists():
        for context in ET.parse(QT_TS).getroot().findall("context"):
            name = context.findtext("name", "")
            for message in context.findall("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") != "unfinished":
                    key = (name, message.findtext("source", ""),
                           message.findtext("comment", ""))
                    known[key] = translation.text or ""
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for key in qt_messages(folder):
        context_name, source, comment = key
        if context_name not in contexts:
            contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context_name], "name").text = context_name
        message = ET.SubElement(contexts[context_name], "message")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        translation = ET.SubElement(message, "translation")
        if key in known:
            translation.text = known[key]
        else:
            translation.set("type", "unfinished")
    _write_ts(ET.ElementTree(root), target)


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of entries without a finished translation."""
    result = []
    for context in ET.parse(ts_file).getroot().findall("context"):
        name = context.findtext("name", "")
        for message in context.findall("message"):
            translation = message.find("translation")
            numerus = translation is not None and translation.findall("numerusform")
            text = (
                " ".join(n.text or "" for n in numerus)
                if numerus
                else (translation.text if translation is not None else "")
            )
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (text or "").strip()
            ):
                result.append((name, message.findtext("source", "")))
    return result


def todo() -> int:
    count = 0
    for ts_file in sorted(TS_DIR.glob("*.ts")):
        for context, source in unfinished(ts_file):
            print(f"{ts_file.name}\t{context}\t{source!r}")
            count += 1
    print(f"{count} unfinished", file=sys.stderr)
    return 1 if count else 0


def fill(mapping_file: Path, force: bool = False) -> None:
    """Translate unfinished entries from the mapping (all matching ones with *force*)."""
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    for ts_file in sorted(TS_DIR.glob("*.ts")):
        tree = ET.parse(ts_file)
        changed = False
        for message in tree.getroot().iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") != "unfinished"
            if source in mapping and translation is not None and not (finished and not force):
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":  # Vietnamese has a single plural form
                    for child in list(translation):
                        translation.remove(child)
                    ET.SubElement(translation, "numerusform").text = mapping[source]
                else:
                    translation.text = mapping[source]
                changed = True
        if changed:
            _write_ts(tree, ts_file)


def _write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    # keep the DOCTYPE line lupdate writes, so Qt Linguist opens the file as usual
    text = ts_file.read_text(encoding="utf-8")
    text = text.replace(
        "<?xml version='1.0' encoding='utf-8'?>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
        1,
    )
    ts_file.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")


def release(target: Path = QM_FILE) -> None:
    files = [str(p) for p in sorted(TS_DIR.glob("*.ts"))]
    subprocess.run([_tool("lrelease"), "-silent", *files, "-qm", str(target)], check=True)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "todo":
        return todo()
    elif command == "fill":
        fill(Path(argv[2]), force="--force" in argv[3:])
    elif command == "release":
        release()
    elif command == "qt":
        qt()
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
