"""Write every document the app prints (the demo cell) as PDF and Word, to look at them.

    uv run python scripts/render_documents.py OUT_DIR [--pages] [--word-pdf]

Creates the demo database in OUT_DIR, writes ``NAME.pdf`` and ``NAME.docx`` for each
document of ``tests/documents/catalogue.py``; with ``--pages`` turns each PDF into PNG
pages (``pdftoppm``), with ``--word-pdf`` converts each Word file with LibreOffice
(``soffice``) into ``word/NAME.pdf`` and its pages, which is what a Word user sees.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _pages(pdf: Path, prefix: Path) -> None:
    prefix.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(prefix)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", action="store_true", help="PNG pages of every PDF")
    parser.add_argument("--word-pdf", action="store_true", help="Word files through LibreOffice")
    parser.add_argument("--only", help="only documents whose name contains this")
    args = parser.parse_args()

    from desktop_app.core.cell.page_setup import load_document_settings
    from desktop_app.core.demo import create_demo_database
    from desktop_app.db.connection import close_database, open_database
    from desktop_app.documents.docx import render_docx
    from desktop_app.documents.pdf import render_pdf
    from tests.documents.catalogue import documents

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    database = out / "demo.db"
    for leftover in out.glob("demo.db*"):
        leftover.unlink()
    open_database(create_demo_database(database))
    written: list[Path] = []
    try:
        settings = load_document_settings()
        for name, document in documents():
            if args.only and args.only not in name:
                continue
            render_pdf(document, out / f"{name}.pdf", settings)
            render_docx(document, out / f"{name}.docx", settings)
            written.append(out / f"{name}.docx")
            print(name)
    finally:
        close_database()
    if args.pages:
        for docx in written:
            _pages(docx.with_suffix(".pdf"), out / "pages" / docx.stem)
    if args.word_pdf:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("soffice not found: apt-get install libreoffice-writer-nogui", file=sys.stderr)
            return 1
        word = out / "word"
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(word),
                        *map(str, written)], check=True, stdout=subprocess.DEVNULL)
        if args.pages:
            for docx in written:
                _pages(word / f"{docx.stem}.pdf", word / "pages" / docx.stem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
