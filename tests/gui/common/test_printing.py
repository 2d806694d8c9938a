"""Printing at true scale, measured on what comes out of a real CUPS queue (cups-pdf).

The preview's own Print button prints a ten-page report on a queue whose printer has
hardware margins; the pages cups-pdf writes are compared with the PDF's own pages: as
many pages, the ink in the same place within 0.5 mm (the document's margins kept, not
shifted by the printer's), the words that can be read back in the same place. The spool
is measured: the PDF itself on the CUPS route, pictures of a sane resolution otherwise.
"""

from __future__ import annotations

import difflib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from desktop_app.documents.jobs import document_job
from desktop_app.documents.model import Heading, Paragraph
from desktop_app.documents.pdf import render_pdf_bytes
from desktop_app.gui.common import preview, printing
from desktop_app.gui.common.preview import PreviewDialog
from tests.documents.measure import MM, ink_boxes, page_count, pdf_words
from tests.documents.test_pdf import simple_document

from . import cups_queue

TIMEOUT = 60000
TOLERANCE_MM = 0.5
SENTENCE = ("Chi bộ tổ chức học tập, quán triệt chuyên đề năm 2010 cho 11/11 đảng viên (đạt "
            "100%), 3 quần chúng tham gia; 11/11 đảng viên viết thu hoạch. ")


@pytest.fixture(scope="module")
def queue():
    reason = cups_queue.unavailable()
    if reason:
        pytest.skip(reason)
    started = cups_queue.start()
    yield started
    cups_queue.stop(started)


def ten_page_report():
    blocks = []
    for part in range(1, 8):
        blocks.append(Heading(f"Kết quả phần {part}"))
        blocks += [Paragraph(SENTENCE * 6) for _ in range(5)]
    document = simple_document(blocks)
    assert page_count(render_pdf_bytes(document)) >= 10
    return document


def queue_printer(name: str, full_page: bool = True) -> QPrinter:
    """What the system print dialog gives back when the user picks the queue."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(full_page)
    return printer


def print_from_preview(qtbot, context, monkeypatch, document, printer) -> int:
    """Print *document* with the preview window's Print button (the database: `db`)."""
    monkeypatch.setattr(preview, "ask_printer", lambda parent: printer)

    def failed(_parent, text, *args):
        raise AssertionError(f"the print failed: {text}")

    monkeypatch.setattr(preview.messages, "error", failed)
    dialog = PreviewDialog(context, document_job(document))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=TIMEOUT):
        dialog.show()
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT) as signal:
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    return signal.args[0]


def assert_same_pages(printed, original: bytes) -> None:
    assert page_count(printed) == page_count(original)
    for number, (ours, theirs) in enumerate(zip(ink_boxes(original), ink_boxes(printed),
                                                strict=True), start=1):
        shifts = [abs(a - b) for a, b in zip(ours, theirs, strict=True)]
        assert max(shifts) <= TOLERANCE_MM, (
            f"page {number}: ink at {theirs} mm, the PDF's at {ours} mm")


def assert_same_word_positions(printed, original: bytes) -> int:
    """Words read back the same from both (the printer's PDF re-encodes the fonts, so
    not every word can be) stand in the same place; returns how many were compared."""
    compared = 0
    for ours, theirs in zip(pdf_words(original), pdf_words(printed), strict=True):
        matcher = difflib.SequenceMatcher(a=[w.text for w in ours], b=[w.text for w in theirs],
                                          autojunk=False)
        for block in matcher.get_matching_blocks():
            for i in range(block.size):
                a, b = ours[block.a + i], theirs[block.b + i]
                assert abs(a.x0 - b.x0) <= TOLERANCE_MM * MM, (a, b)
                assert abs(a.bottom - b.bottom) <= TOLERANCE_MM * MM, (a, b)
                compared += 1
    return compared


def test_printing_through_cups_keeps_the_pdfs_pages_and_margins(qtbot, db, context, monkeypatch,
                                                                 queue):
    document = ten_page_report()
    pages = print_from_preview(qtbot, context, monkeypatch, document,
                               queue_printer(queue.name))
    assert pages == page_count(render_pdf_bytes(document))
    job = queue.last_job()
    printed = queue.printed(job)
    original = render_pdf_bytes(document)
    assert_same_pages(printed, original)
    assert assert_same_word_positions(printed, original) > 100
    # The spool is the PDF itself (vector), not pictures of its pages.
    assert queue.spooled_size(job) <= len(original) * 1.5 + 65536


def test_painted_pages_keep_the_margins_and_a_sane_spool(qtbot, db, context, monkeypatch,
                                                          queue):
    """Where the PDF cannot be sent itself (Windows), pages are pictures at true scale."""
    monkeypatch.setattr(printing, "lp_command", lambda: None)
    document = ten_page_report()
    original = render_pdf_bytes(document)
    for full_page in (True, False):
        before = queue.completed_jobs()
        assert print_from_preview(qtbot, context, monkeypatch, document,
                                  queue_printer(queue.name, full_page)) == page_count(original)
        job = queue.last_job()
        assert job not in before
        assert_same_pages(queue.printed(job), original)
        # 200 dpi grey pictures: under a megabyte a page, not tens of megabytes a report.
        assert queue.spooled_size(job) < page_count(original) * 1024 * 1024


def test_print_to_file_writes_the_documents_own_pdf(qtbot, db, context, monkeypatch,
                                                     tmp_path):
    document = ten_page_report()
    target = tmp_path / "in-ra.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)
    assert print_from_preview(qtbot, context, monkeypatch, document, printer) == 3
    original = render_pdf_bytes(document)
    assert page_count(target) == 3
    words = pdf_words(target)
    assert [w.text for w in words[0]] == [w.text for w in pdf_words(original)[1]]
    assert target.stat().st_size < len(original)  # text, not pictures


def test_the_dialogs_choices_reach_cups(qapp, queue):
    printer = queue_printer(queue.name)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    args = printing.cups_arguments(printer, [1, 2], 5, "Báo cáo")
    options = dict(value.split("=", 1) for flag, value in zip(args, args[1:], strict=False)
                   if flag == "-o")
    assert args[:4] == ["-d", queue.name, "-n", "2"]
    assert options["print-scaling"] == "none" and options["media"] == "A4"
    assert options["sides"] == "one-sided"  # the test printer cannot print two-sided
    assert printing.SIDES[QPrinter.DuplexMode.DuplexShortSide] == "two-sided-short-edge"
    assert options["page-ranges"] == "2-3"
    assert options["collate"] == "true"
    assert options["print-color-mode"] == "monochrome"
