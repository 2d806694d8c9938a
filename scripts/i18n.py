"""Translations: English source strings, Vietnamese (the default, complete language).

    uv run python scripts/i18n.py update     # extract strings into resources/translations/vi/*.ts
    uv run python scripts/i18n.py todo       # list entries still without a Vietnamese translation
    uv run python scripts/i18n.py fill F.json  # translate unfinished entries ({"English": "Việt"})
    uv run python scripts/i18n.py release    # compile resources/translations/sochibo_vi.qm

One .ts file per source file (desktop_app/gui/<area>/<name>.py -> vi/<area>_<name>.ts,
ui/<name>.ui -> vi/<name>.ui.ts) so that work on different tabs never edits the same file.
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
    for stale in TS_DIR.glob("*.ts"):
        if stale not in wanted:
            stale.unlink()


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
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
