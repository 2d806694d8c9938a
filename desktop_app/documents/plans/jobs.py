"""A plan for the preview window: the core reads the plan, the cell and the register, the
builder (``plan``) makes the document; the plan takes its number when first saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core.cell import particulars as cell_core
from desktop_app.core.plans import plans as plans_core
from desktop_app.core.plans.model import PlanData
from desktop_app.core.register import numbering as register
from desktop_app.core.report import congress as congress_core
from desktop_app.documents.jobs import DocumentJob, Save, default_issue_date
from desktop_app.documents.model import Document

from .congress_resolution import build_congress_resolution
from .plan import build_plan_document, document_date


def _document(plan: PlanData, number_text: str, as_of: dt.date | None) -> Document:
    date = document_date(plan, as_of)
    return build_plan_document(plan, cell_core.letterhead(), number_text, date,
                               cell_core.secretary_on(date))


def prepare_plan(plan_id: int, as_of: dt.date | None = None, *,
                 issue: bool = False) -> Document:
    """The plan's document with its number.

    A plan that has a number keeps it (and its date). Otherwise, with *issue* (printing
    or saving), the register gives the next number of its type on *as_of* and the plan
    keeps number and date; without *issue* (a preview) it shows the number it would get.
    The resolution of a congress is the congress's paper: it takes no number.
    """
    congress = congress_core.congress_of_resolution(plan_id)  # with its resolution's targets
    if congress is not None:
        return build_congress_resolution(congress, cell_core.letterhead())
    plan = plans_core.get_plan(plan_id)
    cell_core.letterhead()  # what to fill in comes before any number
    if plan.number is not None:
        return _document(plan, f"Số {plan.document_number(register.cell_code())}", as_of)
    date = document_date(plan, as_of)
    if issue:
        plan = plans_core.issue_plan(plan_id, date)
        return _document(plan, f"Số {plan.document_number(register.cell_code())}", as_of)
    return _document(plan, register.coming_number(plan.type_code, date), as_of)


def issue_and_save(plan_id: int, as_of: dt.date | None, save: Save) -> Document:
    """Issue the plan (register number, kept on the plan) and save it, as one step.

    The number is recorded only if *save* succeeds.
    """
    with register.issuing():
        document = prepare_plan(plan_id, as_of, issue=True)
        save(document)
    return document


def plan_job(plan_id: int) -> DocumentJob:
    """Preview, save and print a plan; it takes its number when first saved or printed."""
    plan = plans_core.get_plan(plan_id)

    def saved_pdf(document: Document, path: Path) -> None:
        entry = register.find_issued(plan.type_code, plans_core.SOURCE_KIND, plan_id)
        if entry is not None:
            register.attach_file(entry.id, str(path))

    as_of = None
    if plan.number is None:
        as_of = plan.plan_date or default_issue_date()
    return DocumentJob(
        title=plan.display_name,
        build=lambda day: prepare_plan(plan_id, day),
        issue_and_save=lambda day, save: issue_and_save(plan_id, day, save),
        as_of=as_of,
        saved_pdf=saved_pdf,
        recipients_kind="plan",
    )
