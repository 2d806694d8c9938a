"""The Plans tab's measured values come from the other areas' records."""

from desktop_app.core.plans import measures as plan_measures
from desktop_app.core.plans.model import TargetData


def test_demo_years_are_measured(demo_db):
    assert plan_measures.attendance(2010) == 100
    assert plan_measures.reflection(2009) == 100
    assert plan_measures.commitment(2008) == 100
    saved = plan_measures.savings(2010)
    assert saved is not None and 9 < saved < 13  # the demo saves about 10% a year


def test_a_year_without_records_is_not_measured(demo_db):
    for kind, measure in plan_measures.DEFAULT_MEASURES.items():
        if kind != "admissions":
            assert measure(2015) is None, kind
    assert plan_measures.admissions(2015) == 0.0  # the member list says nobody joined
    assert plan_measures.admissions(1950) is None  # nobody was a member yet
    target = TargetData(content="Tiết kiệm", indicator_kind="savings", target_value=10)
    assert plan_measures.measured_text(target, 2015) == "chưa đo được"


def test_plans_use_the_default_measures(demo_db):
    target = TargetData(content="Viết thu hoạch", indicator_kind="reflection", target_value=100)
    assert plan_measures.measured_text(target, 2010) == "100%"
