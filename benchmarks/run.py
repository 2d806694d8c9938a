"""What the secretary waits for, each against a floor that does the same work (issue 20).

Run: ``uv run python benchmarks/run.py --large PATH [--large2000 PATH]`` (``--runs N``,
default 5: medians of N paired runs; ``--quick``: one run, one database, a few rows, to
try the script; ``--only WORD`` keeps the GUI actions whose name holds WORD). The
databases come from ``make_large_db.py`` (``--members 2000`` for the variant); each GUI
run works on its own copy (actions change the file). Every row prints ours, the floor,
the ratio and the target:

- **start-up**: process start until the first list shows its rows (the Overview has read
  the file), vs a bare PySide6 window with the same tabs showing the members read from
  the same file in a QTableView (``gui_probe.py app`` / ``bare``);
- **each action of the secretary** through the window's own widgets (``gui_actions.py``):
  the year in each tab, sorting and searching members, saving the attendance grid, the
  study summary page, drafting the report, previewing and printing every document,
  Excel export and import, a backup: how long until its result is on screen, the
  **longest pause** of the event loop meanwhile (5 ms heartbeat) against the 100 ms
  budget (no bare window does these actions: the budget is the floor), and the **peak
  memory** after it; after a preview, against a bare window that has shown the same
  PDFs in a QPdfView (``gui_probe.py bare-pdf``), else against the bare window;
- **documents**: rendering each printed table document (its Document built once) vs
  ReportLab laying out the same cells in the same fonts (``table_floor.py``), and a long
  list's cost a page at three lengths (flat: ours at 8,000 rows ÷ ours at 1,000);
- **figures**: every claim of a report over the whole period (each section, appendix) vs
  the same aggregates in indexed SQL (``figures_floor.py``, its plans there);
- **drafting** the 10-year report (``create_draft`` and the content it issues, rolled
  back) against the 0.5 s target; **Excel** export and import of the members vs openpyxl
  writing and reading the same cells; **backup** vs SQLite's backup API; **check** vs
  ``PRAGMA integrity_check``.

Nothing here is a test. ``BENCH_PROFILE=FILE`` makes ``gui_probe.py`` write a cProfile.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
PAUSE_BUDGET_MS = 100.0
DRAFT_TARGET_S = 0.5
TARGETS = {"start-up": 2.0, "pause": 1.0, "document": 1.2, "flat": 1.2, "figures": 1.5,
           "drafting": 1.0, "memory": 2.0}

Row = tuple[str, str, str, float | None, str, str]  # label, ours, floor, ratio, target, note


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired(ours: Callable[[], object], floor: Callable[[], object],
           runs: int) -> tuple[float, float]:
    """Median times of *ours* and *floor*, run in turn so that a load that comes and goes
    on a shared machine weighs on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for func, into in ((ours, times[0]), (floor, times[1])):
            began = time.perf_counter()
            func()
            into.append(time.perf_counter() - began)
    return median(times[0]), median(times[1])


def ms(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1000:.0f} ms"


def target_text(kind: str) -> str:
    return {"pause": "≤ 1 (100 ms)", "drafting": "≤ 0.5 s"}.get(kind, f"≤ {TARGETS[kind]:g}×")


def row(label: str, ours: str, floor: str, ratio: float | None, kind: str = "",
        note: str = "") -> Row:
    return label, ours, floor, ratio, target_text(kind) if kind else "", note


class Bench:
    def __init__(self, runs: int, scratch: Path, only: list[str]):
        self.runs = runs
        self.scratch = scratch
        self.only = only
        self.env = dict(os.environ)
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
        self.env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
                        PYTHONPYCACHEPREFIX=str(scratch / "pycache"))

    def probe(self, *args: str, data: Path | None = None) -> dict:
        env = dict(self.env, SOCHIBO_DATA_DIR=str(data or self.scratch / "data"))
        began = time.time()
        done = subprocess.run([sys.executable, str(HERE / "gui_probe.py"), *args], env=env,
                              cwd=self.scratch, capture_output=True, text=True, timeout=900)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            raise RuntimeError(f"gui_probe {args} failed:\n{done.stderr[-3000:]}")
        result = json.loads(lines[-1])
        result["seconds"] = result["ready"] - began if "ready" in result else None
        return result

    def fresh_copy(self, db: Path, name: str) -> tuple[Path, Path]:
        """A copy of *db* and an empty folder of its own (settings, backups, PDFs)."""
        folder = self.scratch / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        copy = folder / db.name
        shutil.copyfile(db, copy)
        return copy, folder


# --- GUI: start-up, the actions, memory -----------------------------------------------------

def gui_rows(bench: Bench, db: Path) -> list[Row]:
    first = bench.probe("app", str(db))  # also compiles the bytecode once
    titles = first["tabs"]
    bench.probe("bare", str(db), *titles)
    app, bare = [], []
    for _ in range(bench.runs):  # in turn, like paired()
        app.append(bench.probe("app", str(db)))
        bare.append(bench.probe("bare", str(db), *titles))
    app_s, bare_s = median([r["seconds"] for r in app]), median([r["seconds"] for r in bare])
    bare_kb = median([r["rss_kb"] for r in bare])
    rows = [row("start-up to the first rows", ms(app_s), ms(bare_s), app_s / bare_s,
                "start-up", f"bare window: {bare[0].get('rows', '?')} members in a table")]

    runs: list[dict] = []
    for n in range(bench.runs):
        copy, folder = bench.fresh_copy(db, f"actions-{n}")
        runs.append(bench.probe("actions", str(copy), str(folder), *bench.only,
                                data=folder / "data"))
    pdfs = runs[0]["pdfs"]
    floors = [bench.probe("bare-pdf", *pdfs) for _ in range(bench.runs)] if pdfs else []
    names = list(runs[0]["actions"])
    for name in names:
        values = [r["actions"].get(name, {}) for r in runs]
        errors = {v.get("error") for v in values if v.get("error")}
        seconds = [v["seconds"] for v in values if v.get("seconds") is not None]
        pauses = [v["pause_ms"] for v in values if "pause_ms" in v]
        took = median(seconds) if seconds else None
        pause = median(pauses) if pauses else None
        note = f"took {ms(took)}" + (f"; {', '.join(sorted(errors))}" if errors else "")
        rows.append(row(f"{name}: longest pause", "—" if pause is None else f"{pause:.0f} ms",
                        f"{PAUSE_BUDGET_MS:.0f} ms", None if pause is None
                        else pause / PAUSE_BUDGET_MS, "pause", note))
    # memory: after each preview, against the bare window after the same PDFs
    previews = [n for n in names if n.startswith("preview: ")]
    for index, name in enumerate(previews):
        peak = median([r["actions"].get(name, {}).get("peak_kb", 0) for r in runs])
        if floors and index < len(floors[0].get("peaks", [])):
            floor_kb = median([f["peaks"][index] for f in floors])
            what = "bare window after the same PDFs"
        else:
            floor_kb, what = bare_kb, "bare window"
        rows.append(row(f"memory after {name}", f"{peak / 1024:.0f} MB",
                        f"{floor_kb / 1024:.0f} MB", peak / floor_kb, "memory", what))
    last = median([r["rss_kb"] for r in runs])
    floor_kb = median([f["rss_kb"] for f in floors]) if floors else bare_kb
    rows.append(row("peak memory after every action", f"{last / 1024:.0f} MB",
                    f"{floor_kb / 1024:.0f} MB", last / floor_kb, "memory",
                    "vs the bare window after every preview's PDF"))
    return rows


# --- documents ------------------------------------------------------------------------------

def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def years(db: Path) -> tuple[int, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        first, last = connection.execute(
            "SELECT min(date), max(date) FROM study_session").fetchone()
    connection.close()
    return int(first[:4]), int(last[:4])


def summary_report(start: int, end: int, times: list[float] | None = None) -> object:
    """The summary report of the whole period, drafted with its default texts in a
    transaction that is rolled back, as ``sochibo report`` does; returns the Document.
    *times* receives the drafting's seconds (``create_draft``: the Report tab's "Soạn")
    and the content's (``build_content`` and the Document: what its preview reads)."""
    from desktop_app.core.report import issuing as report_issuing
    from desktop_app.core.report import reports as report_core
    from desktop_app.core.report.report_data import DEFAULT_OUTLINE
    from desktop_app.db import database
    from desktop_app.documents.report.summary import report_document

    day = dt.date(end, 12, 31)
    with database.atomic() as transaction:
        began = time.perf_counter()
        draft = report_core.create_draft(report_core.ReportData(
            kind="final", start_year=start, end_year=end, outline_id=DEFAULT_OUTLINE,
            report_date=day), today=day)
        drafted = time.perf_counter()
        assert draft.id is not None
        content = report_issuing.build_content(draft.id)
        transaction.rollback()
    document = report_document(content)
    if times is not None:
        times[:] = [drafted - began, time.perf_counter() - drafted]
    return document


def documents(start: int, end: int) -> list[tuple[str, Callable[[], object]]]:
    """What the app prints, as (label, build the Document)."""
    from desktop_app.core.savings.periods import Period
    from desktop_app.core.study.papers import attendance_paper, sign_in_paper
    from desktop_app.db import database
    from desktop_app.documents.members.jobs import member_list_job
    from desktop_app.documents.reviews.jobs import ratings_summary_job
    from desktop_app.documents.savings.jobs import social_job, thrift_job
    from desktop_app.documents.study import sheets as study_sheets

    first, last = dt.date(start, 1, 1), dt.date(end, 12, 31)
    busiest = database.execute_sql(
        "SELECT session_id FROM attendance GROUP BY session_id ORDER BY COUNT(*) DESC "
        "LIMIT 1").fetchone()[0]
    return [
        ("member list", lambda: member_list_job().build(last)),
        (f"study summary, {end - start + 1} years",
         lambda: study_sheets.build_attendance_summary(attendance_paper(first, last, last))),
        ("sign-in sheet", lambda: study_sheets.build_sign_in_sheet(sign_in_paper(busiest))),
        (f"thrift table, {end - start + 1} years",
         lambda: thrift_job(Period.years(start, end)).build(last)),
        (f"social work, {end - start + 1} years", lambda: social_job(start, end).build(last)),
        (f"rating summary {end}", lambda: ratings_summary_job(end).build(None)),
        (f"summary report, {end - start + 1} years", lambda: summary_report(start, end)),
    ]


def document_rows(bench: Bench, start: int, end: int) -> list[Row]:
    from table_floor import synthetic, table_floor_pdf

    from desktop_app.documents.pdf import render_pdf_bytes

    rows = []
    for label, build in documents(start, end):
        began = time.perf_counter()
        document = build()
        built = time.perf_counter() - began
        pdf = render_pdf_bytes(document)  # warm: fonts registered, modules imported
        pages = page_count(pdf)
        table_floor_pdf(document)
        ours, floor = paired(lambda d=document: render_pdf_bytes(d),
                             lambda d=document: table_floor_pdf(d), bench.runs)
        rows.append(row(f"PDF: {label}", ms(ours), ms(floor), ours / floor, "document",
                        f"{pages} pages, {ours * 1000 / pages:.1f} ms a page; reading and "
                        f"building {ms(built)}"))
    per_page = {}
    for count in (1000, 8000):
        document = synthetic(count)
        pages = page_count(render_pdf_bytes(document))
        ours, floor = paired(lambda d=document: render_pdf_bytes(d),
                             lambda d=document: table_floor_pdf(d), max(1, bench.runs // 2))
        per_page[count] = (ours / pages, floor / pages, pages)
    (a, fa, pa), (b, fb, pb) = per_page[1000], per_page[8000]
    rows.append(row("PDF: a long list, cost a page", f"{b * 1000:.1f} ms", f"{fb * 1000:.1f} ms",
                    b / a, "flat", f"ratio: ours at {pb} pages ÷ ours at {pa} pages "
                    f"({a * 1000:.1f} ms); ReportLab's LongTable: {fa * 1000:.1f} → "
                    f"{fb * 1000:.1f} ms a page"))
    return rows


# --- figures, drafting, Excel, backup, check ------------------------------------------------

def app_figures(start: int, end: int) -> None:
    """Every claim of a report of the whole period: each section of the current outline and
    the appendix, read from every area once (core/report/facts.py)."""
    from desktop_app.core.report.appendix_claims import appendix_table
    from desktop_app.core.report.draft import DraftContext, claims
    from desktop_app.core.report.outline_rows import get_outline

    outline = get_outline("chi-thi-05")
    last = dt.date(end, 12, 31)
    ctx = DraftContext(dt.date(start, 1, 1), last, outline, "Chi bộ", today=last,
                       report_date=last)
    for section in outline.text_sections:
        claims(ctx, section)
    appendix_table(ctx.facts)


def work_rows(bench: Bench, db: Path, start: int, end: int) -> list[Row]:
    from figures_floor import floor_copy, floor_figures

    from desktop_app.core.members import excel as members_excel
    from desktop_app.core.members import roster
    from desktop_app.db.connection import check_file

    rows = []
    indexed = floor_copy(db, bench.scratch)
    floor_db = sqlite3.connect(indexed)
    app_figures(start, end)
    floor_figures(floor_db, start, end)  # warm both (the file in the page cache)
    ours, floor = paired(lambda: app_figures(start, end),
                         lambda: floor_figures(floor_db, start, end), bench.runs)
    floor_db.close()
    rows.append(row(f"figures, {end - start + 1} years", ms(ours), ms(floor), ours / floor,
                    "figures", "every claim of the report vs indexed SQL (figures_floor.py)"))
    summary_report(start, end)
    parts: list[list[float]] = []
    for _ in range(bench.runs):
        parts.append([])
        summary_report(start, end, parts[-1])
    drafting, content = median([p[0] for p in parts]), median([p[1] for p in parts])
    rows.append(row(f"drafting the {end - start + 1}-year report", ms(drafting),
                    f"{DRAFT_TARGET_S * 1000:.0f} ms", drafting / DRAFT_TARGET_S, "drafting",
                    "create_draft, rolled back (the floor is the target); then its content "
                    f"for the preview (build_content, the Document): {ms(content)}"))

    members = roster.list_members()
    sheet = bench.scratch / "members.xlsx"
    floor_sheet = bench.scratch / "floor.xlsx"
    members_excel.export_members(sheet, members)
    ours, floor = paired(lambda: members_excel.export_members(sheet, members),
                         lambda: _openpyxl_write(floor_sheet, sheet), bench.runs)
    rows.append(row("Excel: export the members", ms(ours), ms(floor), ours / floor, "",
                    f"{len(members)} members vs openpyxl writing the same cells"))
    ours, floor = paired(lambda: members_excel.read_members_file(sheet),
                         lambda: _openpyxl_read(sheet), bench.runs)
    rows.append(row("Excel: read the members to import", ms(ours), ms(floor), ours / floor,
                    "", "the import's preview vs openpyxl reading the same file"))

    from desktop_app.core.backup.backups import create_backup

    folder = bench.scratch / "backups"
    folder.mkdir(exist_ok=True)
    ours, floor = paired(
        lambda: create_backup(db, reason="manual", folder=folder,
                              file_name=f"b{time.perf_counter_ns()}.sochibo-backup"),
        lambda: _sqlite_backup(db, folder / f"f{time.perf_counter_ns()}.db"), bench.runs)
    rows.append(row("backup", ms(ours), ms(floor), ours / floor, "",
                    "create_backup (verified) vs sqlite3's backup API to a file"))
    shutil.rmtree(folder, ignore_errors=True)
    ours, floor = paired(lambda: check_file(db), lambda: _integrity(db), bench.runs)
    rows.append(row("check the file", ms(ours), ms(floor), ours / floor, "",
                    "check_file vs PRAGMA integrity_check"))
    return rows


def _openpyxl_write(target: Path, source: Path) -> None:
    from openpyxl import Workbook, load_workbook

    cells = [list(r) for r in load_workbook(source, read_only=True).active.values] \
        if not hasattr(_openpyxl_write, "cells") else _openpyxl_write.cells  # type: ignore
    _openpyxl_write.cells = cells  # type: ignore[attr-defined]
    book = Workbook()
    sheet = book.active
    for values in cells:
        sheet.append(values)
    book.save(target)


def _openpyxl_read(source: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(source, read_only=True)
    for _ in book.active.values:
        pass
    book.close()


def _sqlite_backup(db: Path, target: Path) -> None:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as source:
        copy = sqlite3.connect(target)
        source.backup(copy)
        copy.close()
    source.close()
    target.unlink()


def _integrity(db: Path) -> None:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        connection.execute("PRAGMA integrity_check").fetchall()
    connection.close()


# --- the table ------------------------------------------------------------------------------

def measure(bench: Bench, db: Path, quick: bool) -> list[Row]:
    from desktop_app.db.connection import close_database, open_database

    start, end = years(db)
    print(f"measuring {db.name} ({start}–{end})…", file=sys.stderr, flush=True)
    rows = gui_rows(bench, db)
    work = bench.scratch / f"work-{db.name}"
    shutil.copyfile(db, work)
    open_database(work, create=False)
    try:
        rows += document_rows(bench, start, end) if not quick else []
        rows += work_rows(bench, work, start, end)
    finally:
        close_database()
    return rows


def verdict(ratio: float | None, target: str) -> str:
    if ratio is None or not target:
        return ""
    limit = 1.0 if target.startswith("≤ 1 (") or target.endswith(" s") else \
        float(target.removeprefix("≤ ").removesuffix("×"))
    return "ok" if ratio <= limit else "MISS"


def print_table(results: dict[str, list[Row]], runs: int) -> None:
    print(f"Medians of {runs} paired runs.\n")
    print("| database | measure | ours | floor | ratio | target | | note |")
    print("|---|---|---:|---:|---:|---|---|---|")
    for name, rows in results.items():
        for label, ours, floor, ratio, target, note in rows:
            shown = f"{ratio:.2f}×" if ratio is not None else "n/a"
            print(f"| {name} | {label} | {ours} | {floor} | {shown} | {target} |"
                  f" {verdict(ratio, target)} | {note} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Speed and memory against measured floors.")
    parser.add_argument("--large", type=Path, help="the large database (make_large_db.py)")
    parser.add_argument("--large2000", type=Path, help="its 2,000-member variant")
    parser.add_argument("--demo", action="store_true", help="also the demo database")
    parser.add_argument("--runs", type=int, default=5, help="paired runs per figure (median)")
    parser.add_argument("--only", action="append", default=[],
                        help="GUI actions whose name holds this word (repeatable)")
    parser.add_argument("--quick", action="store_true",
                        help="one run, the documents left out: to try the script")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else args.runs
    results: dict[str, list[Row]] = {}
    with tempfile.TemporaryDirectory(prefix="sochibo-bench-") as folder:
        scratch = Path(folder)
        bench = Bench(runs, scratch, args.only)
        databases: list[tuple[str, Path]] = []
        if args.demo or not (args.large or args.large2000):
            demo = scratch / "demo.db"
            subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--db", str(demo)],
                           env=dict(bench.env, SOCHIBO_DATA_DIR=str(scratch / "data")),
                           check=True, capture_output=True)
            databases.append(("demo", demo))
        if args.large:
            databases.append(("large", args.large.resolve()))
        if args.large2000:
            databases.append(("2,000", args.large2000.resolve()))
        for name, db in databases:
            results[name] = measure(bench, db, args.quick)
    print_table(results, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
