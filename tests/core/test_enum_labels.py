"""Every enumeration the database constrains (the value tuples of db/models/*.py) has a
Vietnamese label for each of its values where the core keeps the labels, and no label for
a value that does not exist. A new enumeration without labels fails here until it is tied."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from desktop_app.core.cell import units
from desktop_app.core.closing import describe as closing_describe
from desktop_app.core.members import roster
from desktop_app.core.plans import model as plans_model
from desktop_app.core.register import numbering as register
from desktop_app.core.report import reports
from desktop_app.core.reviews import feedback, forms, ratings, remedies
from desktop_app.core.savings import categories, commendations, funds, social
from desktop_app.core.study import attendance, sessions
from desktop_app.db import models as db_models

# enumeration (as named in db/models) -> its labels in the core
LABELS: dict[str, dict[str, str]] = {
    "MEMBER_GENDERS": roster.GENDER_LABELS,
    "MEMBER_ROLES": roster.ROLE_LABELS,
    "MEMBER_KINDS": roster.KIND_LABELS,
    "MEMBER_STATUSES": roster.STATUS_LABELS,
    "PLAN_KINDS": plans_model.KIND_LABELS,
    "TARGET_INDICATORS": plans_model.INDICATOR_LABELS,
    "TARGET_STATUSES": plans_model.STATUS_LABELS,
    "DOCUMENT_TYPE_CODES": register.DOCUMENT_TYPE_NAMES,
    "REPORT_KINDS": reports.KIND_LABELS,
    "REPORT_STATUSES": reports.STATUS_LABELS,
    "REMEDY_STATUSES": remedies.REMEDY_STATUS_LABELS,
    "FEEDBACK_CHANNELS": feedback.CHANNEL_LABELS,
    "RATING_STAGES": ratings.STAGE_LABELS,
    "RATING_LEVELS": ratings.LEVEL_LABELS,
    "SAVINGS_BASELINE_MODES": categories.BASELINE_MODE_LABELS,
    "SOCIAL_ACTIVITY_KINDS": social.KIND_LABELS,
    "COMMENDATION_RECIPIENTS": commendations.RECIPIENT_LABELS,
    "COMMENDATION_KINDS": commendations.KIND_LABELS,
    "STUDY_KINDS": sessions.KIND_LABELS,
    "STUDY_LEVELS": sessions.LEVEL_LABELS,
    "ATTENDANCE_STATUSES": attendance.STATUS_LABELS,
    "REFLECTION_STATES": attendance.REFLECTION_LABELS,
    "UNIT_KINDS": units.UNIT_KIND_LABELS,
    "PLAN_PERIOD_KINDS": plans_model.PERIOD_KIND_LABELS,
    "FUND_CONTRIBUTION_PERIODS": funds.CONTRIBUTION_PER_LABELS,
    "FUND_DIRECTIONS": funds.DIRECTION_LABELS,
    "CHANGE_ACTIONS": closing_describe.ACTION_LABELS,
}
# Labels of values the core derives but never stores.
DERIVED = {"TARGET_STATUSES": {"overdue"}}  # a target past its deadline, not done
# Values shown as nothing on purpose.
BLANK = {("MEMBER_ROLES", "none"),  # non-party staff hold no role in the cell
         ("REFLECTION_STATES", "none")}  # no reflection was owed


def enumerations() -> dict[str, tuple[str, ...]]:
    """Every tuple of strings named in capitals at the top of a db/models module."""
    found: dict[str, tuple[str, ...]] = {}
    for info in pkgutil.iter_modules(db_models.__path__):
        module = importlib.import_module(f"{db_models.__name__}.{info.name}")
        for name, value in vars(module).items():
            if (name.isupper() and isinstance(value, tuple) and value
                    and all(isinstance(v, str) for v in value)):
                found.setdefault(name, value)
    return found


def test_every_enumeration_is_tied_to_its_labels():
    assert set(enumerations()) == set(LABELS), "tie each new enumeration to its labels here"


@pytest.mark.parametrize("name", sorted(LABELS))
def test_each_value_has_a_vietnamese_label_and_no_label_is_spare(name):
    values = enumerations()[name]
    labels = LABELS[name]
    assert set(labels) == set(values) | DERIVED.get(name, set()), name
    for value in values:
        label = labels[value]
        if (name, value) in BLANK:
            assert label == ""
            continue
        assert label.strip() and label != value, (name, value, label)
        assert label[0].isupper() or label[0].isdigit(), (name, value, label)


def test_core_copies_of_enumerations_equal_the_database_ones():
    from desktop_app.db.models.plans import TARGET_STATUSES
    from desktop_app.db.models.report import REPORT_KINDS
    from desktop_app.db.models.reviews import RATING_LEVELS

    assert plans_model.STORED_STATUSES == TARGET_STATUSES
    assert forms.LEVELS == RATING_LEVELS
    assert set(reports.KIND_VERBS) == set(REPORT_KINDS)
