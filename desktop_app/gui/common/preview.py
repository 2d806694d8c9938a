"""Preview, print and save a Party document (QtPdf's QPdfView).

The PDF is rendered in the background (``tasks.py``) and shown with zoom and page
navigation. Print, Save PDF and Save Word issue the document (its register number) and
do their work in the background too, in one transaction: a cancelled print dialog or a
file that cannot be written uses up no number (that work is in ``print_work``).

Other areas open a preview with :func:`show_preview` (a ``DocumentJob``) or
:func:`preview_document` (a ready ``Document``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from desktop_app.core.cell.page_setup import load_document_settings, save_document_settings
from desktop_app.core.cell.recipients import save_recipients
from desktop_app.core.common.formats import parse_date, short_date
from desktop_app.documents.jobs import DocumentJob, document_job, with_recipients
from desktop_app.documents.model import Document
from desktop_app.errors import UserError
from desktop_app.gui.cell.page_setup_dialog import PageSetupDialog
from desktop_app.gui.forms.ui_preview_dialog import Ui_PreviewDialog

from . import file_dialogs, messages
from .context import AppContext
from .flow_layout import make_flow
from .print_work import Rendered, issue_and_print, render_preview, save_docx, save_pdf
from .sizing import fit_text

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


def ask_recipients(parent: QWidget | None, text: str) -> str | None:
    """The Nơi nhận lines, edited; None when cancelled. Tests patch this."""
    translate = QCoreApplication.translate
    value, accepted = QInputDialog.getMultiLineText(
        parent, translate("PreviewDialog", "Recipients"),
        translate("PreviewDialog", "Recipients (Nơi nhận), one a line; leave empty for the "
                  "cell's default:"), text)
    return value if accepted else None


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog, on A4; None when cancelled. Tests patch this."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF pages already carry the document's margins
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PreviewDialog", "Print"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


# The window ----------------------------------------------------------------------------------

class PreviewDialog(QDialog):
    """Emits ``rendered`` when a preview is shown, ``saved(path)`` and ``printed(pages)``."""

    rendered = Signal()
    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, context: AppContext, job: DocumentJob, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.job = job
        self.document: Document | None = None
        self.ui = Ui_PreviewDialog()
        self.ui.setupUi(self)
        # the tool row wraps on a narrow screen; the date is shown whole ("010" was seen)
        make_flow(self.ui.toolbarLayout)
        fit_text(self.ui.dateEdit, "00/00/00000")
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", job.title))
        self.pdf = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._printer: QPrinter | None = None
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf)
        self.ui.viewLayout.addWidget(self.view)
        ui = self.ui
        dated = job.as_of is not None
        for widget in (ui.dateLabel, ui.dateEdit, ui.refreshButton, ui.dateSeparator):
            widget.setVisible(dated)
        if job.as_of is not None:
            ui.dateEdit.setText(short_date(job.as_of))
        ui.refreshButton.clicked.connect(self.refresh)
        ui.dateEdit.returnPressed.connect(self.refresh)
        ui.previousButton.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        ui.nextButton.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        ui.pageSpin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        ui.zoomInButton.clicked.connect(lambda: self.zoom(+1))
        ui.zoomOutButton.clicked.connect(lambda: self.zoom(-1))
        ui.fitWidthButton.clicked.connect(
            lambda: self._set_zoom_mode(QPdfView.ZoomMode.FitToWidth))
        ui.fitPageButton.clicked.connect(lambda: self._set_zoom_mode(QPdfView.ZoomMode.FitInView))
        ui.pageSetupButton.clicked.connect(self.page_setup)
        ui.recipientsButton.clicked.connect(self.edit_recipients)
        ui.recipientsButton.setVisible(job.recipients_kind is not None)
        ui.printButton.clicked.connect(self.print_document)
        ui.savePdfButton.clicked.connect(self.save_pdf)
        ui.saveWordButton.clicked.connect(self.save_word)
        ui.closeButton.clicked.connect(self.close)
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        self.pdf.pageCountChanged.connect(self._update_pages)
        self._busy = False
        self._update_pages()
        self._update_zoom_label()
        self.refresh()

    # rendering ------------------------------------------------------------------------------
    def issue_date(self) -> dt.date | None:
        """The date typed in the date field (None for a job without a date)."""
        if self.job.as_of is None:
            return None
        return parse_date(self.ui.dateEdit.text())

    def refresh(self) -> None:
        try:
            as_of = self.issue_date()
        except ValueError as error:
            self._status(str(error))
            return
        self._run(render_preview, self.job, as_of, on_done=self._show,
                  label=self.tr("Preparing the document…"), discard=True,
                  cancelled=self.tr("Cancelled: the preview was not prepared."))

    def _show(self, rendered: Rendered) -> None:
        self._set_busy(False)
        self.document = rendered.document
        self.pdf.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(rendered.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._update_pages()
        self.go_to_page(0)
        number = rendered.document.header.number
        self._status(self.tr("%1 · %2 page(s)").replace("%1", number or self.job.title)
                     .replace("%2", str(self.pdf.pageCount())))
        self.rendered.emit()

    # pages and zoom -------------------------------------------------------------------------
    def page_count(self) -> int:
        return max(self.pdf.pageCount(), 0)

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        if page != self.current_page():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self._on_page_changed(page)

    def _on_page_changed(self, page: int) -> None:
        spin = self.ui.pageSpin
        spin.blockSignals(True)
        spin.setValue(page + 1)
        spin.blockSignals(False)
        self.ui.previousButton.setEnabled(page > 0)
        self.ui.nextButton.setEnabled(page < self.page_count() - 1)

    def _update_pages(self, *_args) -> None:
        count = self.page_count()
        self.ui.pageSpin.setMaximum(max(count, 1))
        self.ui.pageCountLabel.setText(f"/ {count}")
        self._on_page_changed(self.current_page() if count else 0)

    def zoom_factor(self) -> float:
        return self.view.zoomFactor()

    def zoom(self, direction: int) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._effective_zoom()
        if direction > 0:
            target = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01),
                          ZOOM_STEPS[0])
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(target)
        self._update_zoom_label()

    def _effective_zoom(self) -> float:
        """The scale a fit mode shows, computed from the first page and the viewport."""
        if self.page_count() == 0:
            return 1.0
        size = self.pdf.pagePointSize(0)
        screen = self.logicalDpiX() / 72
        viewport = self.view.viewport().size()
        scale_width = (viewport.width() - 20) / (size.width() * screen)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return scale_width
        return min(scale_width, (viewport.height() - 20) / (size.height() * screen))

    def _set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            self.ui.zoomLabel.setText(f"{round(self.view.zoomFactor() * 100)}%")
        elif self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.ui.zoomLabel.setText(self.tr("width"))
        else:
            self.ui.zoomLabel.setText(self.tr("page"))

    def edit_recipients(self) -> None:
        """Change Nơi nhận before the document is issued: this document gets it, and
        the next documents of its kind start from it."""
        kind = self.job.recipients_kind
        if kind is None or self.document is None:
            return
        text = ask_recipients(self, "\n".join(self.document.recipients))
        if text is None:
            return
        try:
            lines = save_recipients(kind, text)
        except UserError as error:
            messages.error(self, str(error))
            return
        self.job = with_recipients(self.job, lines)
        self.refresh()

    def page_setup(self) -> None:
        """Change the margins and body size (for every document), then render again."""
        settings = PageSetupDialog.run(self, load_document_settings())
        if settings is None:
            return
        try:
            save_document_settings(settings)
        except UserError as error:
            messages.error(self, str(error))
            return
        self.refresh()

    # print and save -------------------------------------------------------------------------
    def print_document(self) -> None:
        try:
            as_of = self.issue_date()
        except ValueError as error:
            self._status(str(error))
            return
        printer = ask_printer(self)
        if printer is None:
            return
        self._printer = printer  # kept alive while the background job paints on it
        self._run(issue_and_print, self.job, as_of, printer, on_done=self._printed,
                  label=self.tr("Printing…"),
                  cancelled=self.tr("Printing was cancelled: no number was issued."))

    def _printed(self, pages: int) -> None:
        self._set_busy(False)
        self._status(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(pages)))
        self._refresh_if_renumbered()
        self.printed.emit(pages)

    def save_pdf(self) -> None:
        self._save(save_pdf, ".pdf", self.tr("Save as PDF"), self.tr("PDF files (*.pdf)"))

    def save_word(self) -> None:
        self._save(save_docx, ".docx", self.tr("Save as Word"),
                   self.tr("Word documents (*.docx)"))

    def _save(self, work: Callable, suffix: str, caption: str, file_filter: str) -> None:
        try:
            as_of = self.issue_date()
        except ValueError as error:
            self._status(str(error))
            return
        stem = self.document.file_stem() if self.document is not None else "van-ban"
        folder = str(self.context.settings.value("documents/folder", str(Path.home())))
        suggested = str(Path(folder) / f"{stem}{suffix}")
        path = file_dialogs.ask_save_path(self, caption, file_filter, suggested)
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.context.settings.setValue("documents/folder", str(path.parent))
        self._run(work, self.job, as_of, path,
                  on_done=lambda document: self._saved(document, path),
                  label=self.tr("Saving…"),
                  cancelled=self.tr("Saving was cancelled: no file was written and no "
                                    "number was issued."))

    def _saved(self, document: Document, path: Path) -> None:
        self._set_busy(False)
        self._status(self.tr("Saved %1 (%2).").replace("%1", str(path))
                     .replace("%2", document.header.number or document.type_name))
        self.context.bus.changed.emit("documents")
        self._refresh_if_renumbered(document)
        self.saved.emit(str(path))

    def _refresh_if_renumbered(self, document: Document | None = None) -> None:
        """Show what was issued when it differs from the preview (another number: another
        copy of the app issued one meanwhile; another date: typed without "Update")."""
        if document is None or self.document is None:
            return
        shown = self.document.header
        if (document.header.number, document.header.date) != (shown.number, shown.date):
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Work in the background reports back to this window (and owns its progress
        # dialog): the window stays until it is done; it takes seconds at most.
        if self._busy:
            self._status(self.tr("Please wait: the document is still being prepared."))
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        if not self._busy:
            super().reject()

    # helpers ----------------------------------------------------------------------------------
    def _run(self, fn: Callable, *args, on_done: Callable, label: str, cancelled: str,
             discard: bool = False) -> None:
        """*fn* in the background, with Cancel: a preview (*discard*) is dropped at once,
        a save or a print stops inside its transaction (nothing issued)."""
        if self._busy:
            return
        self._set_busy(True)

        def on_cancel() -> None:
            self._set_busy(False)
            self._status(cancelled)
        self.context.runner.run(fn, *args, on_done=on_done, on_error=self._failed,
                                on_cancel=on_cancel, label=label, parent_widget=self,
                                cancellable=True, discard=discard)

    def _failed(self, error: BaseException, _details: str) -> None:
        self._set_busy(False)
        if isinstance(error, UserError):
            text = str(error)
        else:
            text = self.tr("Unexpected error: %1").replace("%1", str(error))
        self._status(text)
        messages.error(self, text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ui = self.ui
        for button in (ui.printButton, ui.savePdfButton, ui.saveWordButton, ui.refreshButton,
                       ui.pageSetupButton, ui.recipientsButton):
            button.setEnabled(not busy)

    def _status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def status_text(self) -> str:
        return self.ui.statusLabel.text()


def show_preview(context: AppContext, job: DocumentJob,
                 parent: QWidget | None = None) -> PreviewDialog:
    """Open the preview window (not modal) for *job* and return it."""
    dialog = PreviewDialog(context, job, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def preview_document(context: AppContext, document: Document,
                     parent: QWidget | None = None,
                     recipients_kind: str | None = None) -> PreviewDialog:
    """Preview a document built elsewhere (no register number of its own); with
    *recipients_kind*, its Nơi nhận can be changed (core.cell.recipients)."""
    return show_preview(context, document_job(document, recipients_kind=recipients_kind),
                        parent)
