"""The report's figures read for many years at once equal the same figures read year by
year (ratings), period by period (thrift tables), plan by plan (plans) and action by action
(social work)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.plans import plans
from desktop_app.core.reviews import ratings
from desktop_app.core.reviews import report_facts as review_facts
from desktop_app.core.savings import categories as savings_categories
from desktop_app.core.savings import results as savings_results
from desktop_app.core.savings import social
from desktop_app.core.savings.categories import YearSetting
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import thrift_table, thrift_tables
from desktop_app.core.study import figures as study_figures
from desktop_app.core.study.period_records import study_records
from desktop_app.db import database


def year_by_year(year: int) -> review_facts.YearFacts:
    """A year's figures counted from the year overview's rows, as the Reviews tab shows
    them."""
    rows = ratings.year_overview(year)
    counts = ratings.distribution(rows)
    return review_facts.YearFacts(
        year=year, members=len(rows),
        registered=sum(1 for r in rows if r.status != "not_registered"),
        fulfilled=sum(1 for r in rows if r.fulfilled),
        reviewed=sum(1 for r in rows if r.review_draft is False),
        rated=sum(counts.values()), levels=tuple(counts.items()),
        vague_items=sum(r.vague_items for r in rows), items=sum(r.items for r in rows))


def test_rating_figures_per_year_equal_the_year_overview(demo_db):
    # Variety beyond the demo's story: a draft review, a commitment without items, a
    # member transferred in 2009, a proposal of the cell never decided by the superior.
    database.execute_sql("UPDATE self_review SET draft = 1 WHERE id = "
                         "(SELECT MIN(id) FROM self_review WHERE year = 2008)")
    database.execute_sql("DELETE FROM commitment_item WHERE commitment_id = "
                         "(SELECT MIN(id) FROM commitment WHERE year = 2009)")
    database.execute_sql("UPDATE member SET status = 'transferred', status_date = '2009-05-01' "
                         "WHERE id = (SELECT MAX(member_id) FROM commitment WHERE year = 2010)")
    database.execute_sql("DELETE FROM rating WHERE stage = 'superior' AND id = "
                         "(SELECT MAX(id) FROM rating WHERE year = 2010 AND stage = 'superior')")
    facts = review_facts.per_year(2006, 2011)
    assert [f.year for f in facts] == list(range(2006, 2012))
    assert facts == [year_by_year(year) for year in range(2006, 2012)]
    by_year = {f.year: f for f in facts}
    assert by_year[2008].reviewed == by_year[2008].members - 1
    assert by_year[2009].fulfilled < by_year[2009].registered
    assert by_year[2010].rated == by_year[2010].members  # the cell's proposal counts
    assert by_year[2011].members > 0 and by_year[2011].registered == 0


def test_thrift_tables_read_together_equal_each_read_alone(demo_db):
    cid = savings_categories.list_categories()[0].id
    other = savings_categories.list_categories()[1].id
    assert cid is not None and other is not None
    # baselines from other years: the previous year, two years on average, a fixed amount
    savings_categories.save_year_setting(YearSetting(cid, 2009, "previous_year", None, (), 5))
    savings_categories.save_year_setting(
        YearSetting(other, 2008, "average", None, (2006, 2007), 12))
    savings_categories.save_year_setting(YearSetting(other, 2010, "fixed", 1_000_000, (), 10))
    periods = [Period.years(2007, 2010), Period.dates(dt.date(2008, 3, 5), dt.date(2009, 8, 1)),
               *(Period.year(year) for year in range(2006, 2012)), Period.quarter(2009, 2),
               Period.month(2010, 7)]
    together = thrift_tables(periods)
    assert together == [thrift_table(period) for period in periods]
    assert together[0].has_data and not together[-3].has_data  # 2011: no figures
    assert savings_results.per_year(2007, 2010) == dict(zip(range(2007, 2011), together[3:7],
                                                    strict=True))


def test_the_reports_study_records_count_as_the_study_tab(demo_db):
    """The report's study records (with the ids counted) give the Study tab's figures, for
    the whole period and for each year."""
    database.execute_sql("UPDATE attendance SET status = 'unexcused_absence' WHERE id IN "
                         "(SELECT id FROM attendance ORDER BY id LIMIT 3)")
    spans = [(dt.date(2007, 1, 1), dt.date(2010, 12, 31)), (dt.date(2008, 3, 1),
                                                            dt.date(2009, 6, 30))]
    spans += [(dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(2006, 2012)]
    for start, end in spans:
        records = study_records(start, end)
        tab = study_figures.report_facts(start, end)
        assert (len(records.sessions), len(records.party_attended), len(records.party_expected),
                len(records.party_exempt), len(records.non_party_attended),
                len(records.reflection_done), len(records.reflection_required),
                records.attendances_present, records.attendances_expected,
                records.reflections_late) == (
            tab.sessions_held, tab.party_attended, tab.party_expected, tab.party_exempt,
            tab.non_party_participants, tab.reflection_members_done,
            tab.reflection_members_required, tab.attendances_present,
            tab.attendances_expected, tab.reflections_late), (start, end)
        assert records.exempt_names == tab.party_exempt_names


def test_social_actions_of_a_period_include_those_running_into_it(db):
    def add(day: dt.date, end: dt.date | None = None) -> int:
        saved = social.save_activity(social.ActivityData(
            date=day, end_date=end, kind="gift", description="quà Tết", quantity=2,
            unit="suất", value=100_000))
        assert saved.id is not None
        return saved.id

    before = add(dt.date(2008, 12, 1))
    running = add(dt.date(2008, 11, 1), dt.date(2009, 2, 1))
    inside = add(dt.date(2009, 6, 1))
    after = add(dt.date(2010, 1, 2))
    ended_before = add(dt.date(2008, 1, 1), dt.date(2008, 12, 31))
    found = social.list_activities(dt.date(2009, 1, 1), dt.date(2009, 12, 31))
    assert [a.id for a in found] == [running, inside]
    assert found[0].end_date == dt.date(2009, 2, 1) and found[1].end_date is None
    assert [a.id for a in social.list_activities()] == [ended_before, running, before, inside,
                                                        after]
    assert [a.id for a in social.list_activities(end=dt.date(2008, 11, 30))] == \
        [ended_before, running]
    assert social.per_year(2009, 2009)[2009].count == 1  # counted in the year it began


def test_plans_read_together_equal_each_plan_read_alone(demo_db):
    every = plans.list_plans()
    assert len(every) == 7 and sum(len(p.targets) for p in every) == 24
    assert any(len(t.responsible_ids) > 1 for p in every for t in p.targets)
    assert every == [plans.get_plan(p.id) for p in every if p.id is not None]
    assert plans.list_plans(years=(2008, 2009)) == [p for p in every
                                                    if 2008 <= p.year <= 2009]
    assert plans.list_plans(2010) == [p for p in every if p.year == 2010]
