"""Printing a PDF at true scale: what comes out has the PDF's own margins.

Three ways, the most faithful the platform allows:

- *Print to file* (Qt's PDF printer): the PDF itself is written, the pages chosen.
- A CUPS queue (Linux, macOS): the PDF itself is sent with ``lp``, unscaled
  (``print-scaling=none``), with the choices made in the print dialog (copies, pages,
  two-sided, grey, the queue's own options). The spool is the PDF: vector, exact, small.
- Otherwise (Windows): each page is painted as a picture at ``RASTER_DPI``, from the
  paper's corner whatever the printer's hardware margins (full-page mode), pages without
  colour in grey, so that a ten-page report spools a few megabytes, not tens.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop_app.errors import UserError

translate = QCoreApplication.translate

RASTER_DPI = 200  # pictures of pages when the PDF cannot be sent itself (grey, ~0.8 MB a page)
LP_TIMEOUT = 120  # seconds for lp to hand the job to the spooler
# Qt keeps the print dialog's CUPS options (the queue's "Properties") under this key.
_CUPS_OPTIONS_KEY = 0xFE00
# Options this module sets itself from the dialog's choices.
_OWN_OPTIONS = {"media", "print-scaling", "fit-to-page", "sides", "page-ranges", "collate",
                "outputorder", "print-color-mode", "copies"}

Progress = Callable[..., None]  # progress(done, total) from tasks.py
# The print dialog's two-sided choice as CUPS's "sides" option.
SIDES = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
         QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
         QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
         QPrinter.DuplexMode.DuplexNone: "one-sided"}


@dataclass(frozen=True)
class PrintResult:
    pages: int  # pages of the document sent (before copies)
    route: str  # "file", "cups" or "raster"
    job: str = ""  # the CUPS job id ("queue-12") when sent with lp


def _load(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    pdf = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf.load(buffer)
    if pdf.status() != QPdfDocument.Status.Ready:
        raise UserError(translate("PreviewDialog",
                                  "The document could not be prepared for printing."))
    return pdf, buffer


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (0-based) the print dialog asked for, in order."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        return list(range(first - 1, last))
    return list(range(count))


def lp_command() -> str | None:
    """The CUPS ``lp`` command, where printing goes through CUPS (not on Windows)."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


def print_pdf(data: bytes, printer: QPrinter, progress: Progress | None = None,
              title: str = "") -> PrintResult:
    """Print the PDF *data* on *printer* (as chosen in the print dialog) at true scale."""
    pdf, buffer = _load(data)
    try:
        pages = chosen_pages(printer, pdf.pageCount())
        if not pages:
            raise UserError(translate("PreviewDialog",
                                  "The pages chosen are not in the document."))
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            write_pdf_file(data, pages, printer.outputFileName())
            return PrintResult(len(pages), "file")
        lp = lp_command()
        if lp is not None and printer.printerName():
            job = send_to_cups(lp, data, printer, pages, title or printer.docName())
            if progress is not None:
                progress(len(pages), len(pages))
            return PrintResult(len(pages), "cups", job)
        paint_pages(pdf, printer, pages, progress)
        return PrintResult(len(pages), "raster")
    finally:
        pdf.close()
        buffer.close()


def write_pdf_file(data: bytes, pages: list[int], path: str) -> None:
    """"Print to file": the document's own PDF (the chosen pages), not pictures of it."""
    from desktop_app.core.common.files import write_atomically

    if not path:
        raise UserError(translate("PreviewDialog",
                                  "Choose the file to print to."))
    if pages != list(range(len(pages))) or _page_count(data) != len(pages):
        data = _pdf_subset(data, pages)
    def write(stream: BinaryIO) -> None:
        stream.write(data)

    write_atomically(path, write)


def _page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def _pdf_subset(data: bytes, pages: list[int]) -> bytes:
    import io

    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(data)
    target = pdfium.PdfDocument.new()
    try:
        target.import_pages(source, pages)
        out = io.BytesIO()
        target.save(out)
        return out.getvalue()
    finally:
        target.close()
        source.close()


def cups_arguments(printer: QPrinter, pages: list[int], count: int, title: str) -> list[str]:
    """``lp`` arguments carrying the print dialog's choices, for a true-scale A4 print."""
    args = ["-d", printer.printerName(), "-n", str(max(1, printer.copyCount()))]
    if title:
        args += ["-t", title]
    options = {"media": "A4", "print-scaling": "none", "fit-to-page": "false",
               "sides": SIDES.get(printer.duplex(), "one-sided")}
    if pages != list(range(count)):
        options["page-ranges"] = f"{pages[0] + 1}-{pages[-1] + 1}"
    if printer.copyCount() > 1:
        options["collate"] = "true" if printer.collateCopies() else "false"
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        options["outputorder"] = "reverse"
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        options["print-color-mode"] = "monochrome"
    for key, value in _dialog_options(printer).items():
        if key not in _OWN_OPTIONS and value:
            options[key] = value
    for key, value in options.items():
        args += ["-o", f"{key}={value}"]
    return args


def _dialog_options(printer: QPrinter) -> dict[str, str]:
    """The queue's options chosen in the print dialog (Qt keeps them as key, value, …)."""
    from PySide6.QtPrintSupport import QPrintEngine

    engine = printer.printEngine()
    if engine is None:
        return {}
    try:
        values = engine.property(QPrintEngine.PrintEnginePropertyKey(_CUPS_OPTIONS_KEY))
    except (TypeError, ValueError):  # a print engine without CUPS options
        return {}
    if not isinstance(values, list):
        return {}
    pairs = [str(v) for v in values]
    return dict(zip(pairs[0::2], pairs[1::2], strict=False))


def send_to_cups(lp: str, data: bytes, printer: QPrinter, pages: list[int],
                 title: str) -> str:
    """Hand the PDF to the CUPS queue with ``lp`` (it reads the job from its input)."""
    count = _page_count(data)
    command = [lp, *cups_arguments(printer, pages, count, title), "-"]
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=LP_TIMEOUT,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise UserError(translate("PreviewDialog",
                                  "The printer did not take the document: %1")
                        .replace("%1", str(error))) from error
    output = done.stdout.decode("utf-8", "replace")
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip() or output.strip()
        message = translate("PreviewDialog", "The printer did not take the document: %1")
        raise UserError(message.replace("%1", reason))
    found = re.search(r"\b(\S+-\d+)\b", output)
    return found.group(1) if found else ""


def _on_white(image: QImage) -> QImage:
    """The rendered page (transparent where nothing is drawn) on white paper."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFFFF)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def paint_pages(pdf: QPdfDocument, printer: QPrinter, pages: list[int],
                progress: Progress | None = None) -> None:
    """Each page as a picture at true size, its corner on the paper's corner.

    In full-page mode the painter's origin is the paper's corner; otherwise it is the
    corner of the printable area, and the page is moved back by that margin. Pictures
    are RASTER_DPI at most, grey when the page has no colour.
    """
    resolution = printer.resolution()
    dpi = min(resolution, RASTER_DPI)
    layout = printer.pageLayout()
    paper = layout.fullRectPixels(resolution)
    origin = QRect(0, 0, 0, 0).topLeft()
    if not printer.fullPage():
        origin = -layout.paintRectPixels(resolution).topLeft()
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(translate("PreviewDialog",
                                  "The printer could not be started. Check that it is switched "
                            "on and connected."))
    try:
        for done, page in enumerate(pages):
            if done:
                printer.newPage()
            size = pdf.pagePointSize(page)
            image = _on_white(pdf.render(page, (size * dpi / 72).toSize()))
            if image.allGray():  # a third of the data of colour
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            width, height = size.width() * resolution / 72, size.height() * resolution / 72
            # Actual size on A4; on smaller paper shrunk to fit, never stretched.
            scale = min(1.0, paper.width() / width, paper.height() / height)
            painter.drawImage(QRect(origin.x(), origin.y(), round(width * scale),
                                    round(height * scale)), image)
            if progress is not None:
                progress(done + 1, len(pages))  # raises tasks.Cancelled on Cancel
    except BaseException:
        printer.abort()  # cancelled or failed: the pages painted so far are not printed
        raise
    finally:
        painter.end()
