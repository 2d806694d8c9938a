"""An independent count of every figure a report may state, in plain SQL on the file.

Written apart from the app's queries (sqlite3 on the database file, not peewee, not the
app's facts), from the definitions a reader of the report would apply:

- a member is in the unit on the last day *E* of the period when joined the Party by then
  (non-party staff have no date) and not transferred or deceased by then; a full member is
  one whose full membership began by *E*; excused members (miễn sinh hoạt) count apart;
- study counts the attendance rows of the sessions inside the period: a party member "took
  part" when present at least once, was "expected" when on a list and not exempt, and is
  "exempt" when exempt at every session of the period; "wrote reflections" when every
  reflection owed (present at a session requiring one) was handed in;
- commitments, reviews and ratings count per year the party members who take part that year
  (joined by its end, not left before it began, not excused by its end);
- a plan's target is due on its deadline, else at the end of the plan's period; a report
  counts the targets due inside its period;
- funds: money in and out inside the period, what was held before it.

``recount(figure)`` gives what the figure should say: a set of record ids (the figure's
value must be their number) or a number.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

D = dt.date


def _d(value: str | None) -> D | None:
    return None if value is None else D.fromisoformat(str(value)[:10])


@dataclass
class Period:
    start: D
    end: D
    today: D  # the day the report is drafted (overdue is told as of min(end, today))

    def span(self, params: dict[str, Any]) -> tuple[D, D]:
        if "year" in params:
            year = params["year"]
            return max(self.start, D(year, 1, 1)), min(self.end, D(year, 12, 31))
        if "span" in params:
            first, last = params["span"]
            return D.fromisoformat(first), D.fromisoformat(last)
        return self.start, self.end

    def years(self, params: dict[str, Any]) -> list[int]:
        if "years" in params:
            return list(params["years"])
        if "year" in params:
            return [params["year"]]
        return list(range(self.start.year, self.end.year + 1))


class Recount:
    def __init__(self, path, period: Period):
        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.period = period

    def close(self) -> None:
        self.con.close()

    def rows(self, sql: str, *args: Any) -> list[tuple]:
        return self.con.execute(sql, args).fetchall()

    def ids(self, sql: str, *args: Any) -> set[int]:
        return {row[0] for row in self.rows(sql, *args)}

    # --- members ----------------------------------------------------------------------------
    def _in_unit(self, end: D) -> str:
        e = end.isoformat()
        return (f"(kind = 'non_party' OR joined_date IS NULL OR joined_date <= '{e}') AND NOT "
                f"(status IN ('transferred', 'deceased') AND (status_date IS NULL OR "
                f"status_date <= '{e}'))")

    def members(self, what: str) -> set[int]:
        end = min(self.period.end, self.period.today)  # told as of the report's date
        e = end.isoformat()
        base = f"SELECT id FROM member WHERE {self._in_unit(end)}"
        full_then = f"kind = 'full' AND (official_date IS NULL OR official_date <= '{e}')"
        return self.ids({
            "party": f"{base} AND kind != 'non_party'",
            "full": f"{base} AND {full_then}",
            "probationary": f"{base} AND kind != 'non_party' AND NOT ({full_then})",
            "excused": f"{base} AND kind != 'non_party' AND status = 'excused' AND "
                       f"(status_date IS NULL OR status_date <= '{e}')",
            "key_cadres": f"{base} AND kind != 'non_party' AND key_cadre",
            "non_party": f"{base} AND kind = 'non_party'",
            # the congress report's party building: admitted (ngày vào Đảng) in the period
            "admitted": f"SELECT id FROM member WHERE kind != 'non_party' AND joined_date "
                        f"BETWEEN '{self.period.start.isoformat()}' AND '{e}'",
        }[what])

    # --- study ------------------------------------------------------------------------------
    def _attendance(self, params: dict[str, Any]) -> list[tuple]:
        """(session id, member id, party?, key cadre?, status, reflection, required?)."""
        if "session" in params:
            where, args = "s.id = ?", (params["session"],)
        else:
            first, last = self.period.span(params)
            where, args = "s.date BETWEEN ? AND ?", (first.isoformat(), last.isoformat())
        return self.rows(f"""
            SELECT s.id, m.id, m.kind != 'non_party', m.key_cadre, a.status, a.reflection,
                   s.reflection_required, CAST(strftime('%Y', s.date) AS INTEGER)
            FROM attendance a JOIN study_session s ON s.id = a.session_id
            JOIN member m ON m.id = a.member_id WHERE {where}""", *args)

    def study(self, what: str, params: dict[str, Any]) -> set[int] | int:
        if what in ("sessions", "sessions_kind"):
            first, last = self.period.span(params)
            sql = "SELECT id FROM study_session WHERE date BETWEEN ? AND ?"
            args: tuple = (first.isoformat(), last.isoformat())
            if "kind" in params:
                sql += " AND kind = ?"
                args += (params["kind"],)
            if "kinds" in params:
                sql += f" AND kind IN ({', '.join('?' * len(params['kinds']))})"
                args += tuple(params["kinds"])
            return self.ids(sql, *args)
        rows = self._attendance(params)
        party = [r for r in rows if r[2]]
        by_member: dict[int, list[tuple]] = defaultdict(list)
        for r in party:
            by_member[r[1]].append(r)
        if what == "party_attended":
            return {r[1] for r in party if r[4] == "present"}
        if what == "party_expected":
            return {r[1] for r in party if r[4] != "exempt"}
        if what == "party_exempt":
            return {m for m, rs in by_member.items() if all(r[4] == "exempt" for r in rs)}
        if what == "party_listed":
            return set(by_member)
        if what == "party_absent":  # expected, never present
            present = {r[1] for r in party if r[4] == "present"}
            return {r[1] for r in party if r[4] != "exempt"} - present
        if what == "non_party_attended":
            return {r[1] for r in rows if not r[2] and r[4] == "present"}
        if what == "key_cadres_attended":
            return {r[1] for r in party if r[3] and r[4] == "present"}
        if what == "key_cadres_expected":
            return {r[1] for r in party if r[3] and r[4] != "exempt"}
        owing = [r for r in party if r[6] and r[4] == "present"]
        if what == "reflection_required":
            return {r[1] for r in owing}
        if what == "reflection_done":
            missing = {r[1] for r in owing if r[5] not in ("submitted", "late")}
            return {r[1] for r in owing} - missing
        if what == "attendances_present":
            return sum(1 for r in party if r[4] == "present")
        if what == "attendances_expected":
            return sum(1 for r in party if r[4] != "exempt")
        if what == "reflections_late":
            return sum(1 for r in owing if r[5] == "late")
        if what == "topics_more":  # a year of many thematic sessions names six topics
            first, last = self.period.span(params)
            topics = {t for (t,) in self.rows(
                "SELECT DISTINCT topic FROM study_session WHERE date BETWEEN ? AND ? AND kind IN "
                "('thematic_study', 'thematic_meeting')", first.isoformat(), last.isoformat())}
            return len(topics) - 6
        if what == "unexcused":
            return sum(1 for r in rows if r[1] == params["member"] and r[4] ==
                       "unexcused_absence" and r[7] == params["year"])
        raise KeyError(what)

    # --- commitments, reviews, ratings --------------------------------------------------------
    def expected(self, year: int) -> set[int]:
        first, last = D(year, 1, 1).isoformat(), D(year, 12, 31).isoformat()
        return self.ids(f"""
            SELECT id FROM member WHERE kind != 'non_party'
              AND (joined_date IS NULL OR joined_date <= '{last}')
              AND NOT (status != 'active' AND status_date IS NOT NULL
                       AND status_date <= '{last}'
                       AND (status = 'excused' OR status_date < '{first}'))""")

    def reviews(self, what: str, params: dict[str, Any]) -> set[int] | int:
        years = self.period.years(params)
        if what == "expected":
            return sum(len(self.expected(y)) for y in years)
        result: set[int] = set()
        for year in years:
            members = self.expected(year)
            if what in ("registered", "assessed", "fulfilled", "not_fulfilled"):
                for cid, member_id, count, done, assessed in self.rows("""
                        SELECT c.id, c.member_id, COUNT(i.id), SUM(i.done),
                               SUM(i.done OR i.result != '' OR i.achieved_value IS NOT NULL)
                        FROM commitment c LEFT JOIN commitment_item i ON i.commitment_id = c.id
                        WHERE c.year = ? GROUP BY c.id""", year):
                    if member_id not in members:
                        continue
                    fulfilled = bool(assessed and count and done == count)
                    if what == "registered" or (what == "assessed" and assessed) or (
                            what == "fulfilled" and fulfilled) or (
                            what == "not_fulfilled" and assessed and not fulfilled):
                        result.add(cid)
            elif what in ("items", "vague"):
                for iid, member_id, target, deadline in self.rows("""
                        SELECT i.id, c.member_id, i.target, i.deadline FROM commitment_item i
                        JOIN commitment c ON c.id = i.commitment_id WHERE c.year = ?""", year):
                    if member_id in members and (what == "items" or target is None
                                                 or deadline is None):
                        result.add(iid)
            elif what == "reviewed":
                result |= {rid for rid, member_id in self.rows(
                    "SELECT id, member_id FROM self_review WHERE year = ? AND NOT draft", year)
                    if member_id in members}
            elif what in ("rated", "level"):
                finals: dict[int, tuple[int, str, str]] = {}
                for rid, member_id, stage, level in self.rows(
                        "SELECT id, member_id, stage, level FROM rating WHERE year = ? AND "
                        "stage IN ('cell', 'superior') ORDER BY stage = 'superior'", year):
                    if member_id in members:
                        finals[member_id] = (rid, stage, level)  # superior read last wins
                result |= {rid for rid, _stage, level in finals.values()
                           if what == "rated" or level == params["level"]}
            elif what == "overdue_remedies":
                on = self.period.end.isoformat()
                result |= self.ids("""
                    SELECT r.id FROM remedy r JOIN self_review v ON v.id = r.review_id
                    WHERE v.year = ? AND r.deadline IS NOT NULL AND r.deadline < ?
                      AND (r.status = 'open' OR (r.status = 'done' AND r.outcome_date > ?))""",
                                   year, on, on)
            else:
                raise KeyError(what)
        return result

    # --- plans --------------------------------------------------------------------------------
    def _targets(self) -> list[tuple]:
        """(target id, due, status, result date)."""
        return [(tid, _d(deadline) or _d(period_end), status, _d(result_date))
                for tid, deadline, period_end, status, result_date in self.rows("""
                    SELECT t.id, t.deadline, p.period_end, t.status, t.result_date
                    FROM plan_target t JOIN plan p ON p.id = t.plan_id""")]

    def plans(self, what: str, params: dict[str, Any]) -> set[int] | float | int:
        start, end = self.period.start, self.period.end
        as_of = min(end, self.period.today)
        due = [t for t in self._targets() if t[1] is not None and start <= t[1] <= end]
        if "targets" in params:  # a congress's review: the targets of the term's resolution,
            # else (no such resolution has targets due) of any plan for more than a calendar year
            term = self.ids("SELECT t.id FROM plan_target t JOIN plan p ON p.id = t.plan_id "
                            "WHERE p.kind = 'resolution' AND p.period_kind = 'term'")
            longer = self.ids(
                "SELECT t.id FROM plan_target t JOIN plan p ON p.id = t.plan_id WHERE "
                "strftime('%Y', coalesce(p.period_start, p.year || '-01-01')) != "
                "strftime('%Y', coalesce(p.period_end, p.year || '-12-31'))")
            due = [t for t in due if t[0] in term] or [t for t in due if t[0] in longer]
        met = {t[0] for t in due if t[2] == "done" and (t[3] is None or t[3] <= end)}
        if what == "targets_due":
            return {t[0] for t in due}
        if what == "targets_met":
            return met
        if what == "targets_overdue":
            return {t[0] for t in due if t[0] not in met and t[1] < as_of}
        if what == "targets_open":
            return {t[0] for t in due if t[0] not in met and t[1] >= as_of}
        target = params["target"]
        (count, percent_, result, kind, deadline, plan_start, plan_end), = self.rows("""
            SELECT t.target_count, t.target_value, t.result_value, t.indicator_kind, t.deadline,
                   p.period_start, p.period_end
            FROM plan_target t JOIN plan p ON p.id = t.plan_id WHERE t.id = ?""", target)
        if what == "target_count":
            return count
        if what == "target_percent":
            return percent_
        if what == "result_value":
            return result
        if what == "measured":
            first = _d(plan_start)
            last = min(_d(deadline) or _d(plan_end), end)
            if kind == "admissions":
                return self.ids("SELECT id FROM member WHERE kind != 'non_party' AND "
                                "joined_date BETWEEN ? AND ?", first.isoformat(), last.isoformat())
            if kind == "sessions":
                return self.ids("SELECT id FROM study_session WHERE date BETWEEN ? AND ?",
                                first.isoformat(), last.isoformat())
        raise KeyError(what)

    # --- thrift -------------------------------------------------------------------------------
    def _thrift_result(self, category: int | None, params: dict[str, Any]) -> dict | None:
        """A category's (or with None, every category's) actual, baseline and target over
        the months of the span that have an amount; None without any such month."""
        first, last = self.period.span(params)
        months = []
        y, m = first.year, first.month
        while (y, m) <= (last.year, last.month):
            months.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        amounts = {(c, y, m): a for c, y, m, a in self.rows(
            "SELECT category_id, year, month, amount FROM savings_entry")}
        settings = {(c, y): (mode, fixed, years, target) for c, y, mode, fixed, years, target
                    in self.rows("SELECT category_id, year, baseline_mode, baseline_fixed, "
                                 "baseline_years, target_percent FROM savings_year_setting")}
        categories = [c for (c,) in self.rows("SELECT id FROM savings_category")]
        if category is not None:
            categories = [category]
        actual = baseline = 0
        target_amount = 0.0
        known, recorded = True, False
        for c in categories:
            for y, m in months:
                if (c, y, m) not in amounts:
                    continue
                recorded = True
                mode, fixed, years, target = settings.get((c, y), ("previous_year", None, "",
                                                                   10.0))
                if mode == "previous_year":
                    base = amounts.get((c, y - 1, m))
                elif mode == "fixed":
                    base = fixed
                else:
                    values = [amounts[(c, int(b), m)] for b in years.split(",") if b and
                              (c, int(b), m) in amounts]
                    base = int(Decimal(str(sum(values) / len(values))).quantize(
                        Decimal(1), ROUND_HALF_UP)) if values else None
                actual += amounts[(c, y, m)]
                if base is None:
                    known = False
                    continue
                baseline += base
                target_amount += base * target / 100
        if not recorded:
            return None
        result: dict[str, Any] = {"actual": actual}
        if known and baseline:
            saved = baseline - actual
            target_rounded = int(Decimal(str(target_amount)).quantize(Decimal(1),
                                                                       ROUND_HALF_UP))
            saved_percent = saved * 100 / baseline
            target_percent = target_rounded * 100 / baseline
            result.update(saved=abs(saved), saved_percent=abs(saved_percent),
                          target_percent=target_percent,
                          shortfall=abs(target_percent - saved_percent),
                          reached=saved_percent >= target_percent - 1e-9)
        return result

    def thrift(self, what: str, params: dict[str, Any]) -> Any:
        if what in ("measured", "reached"):
            found = set()
            for (c,) in self.rows("SELECT id FROM savings_category"):
                result = self._thrift_result(c, params)
                if result and "reached" in result and (what == "measured" or result["reached"]):
                    found.add(c)
            return found
        result = self._thrift_result(params.get("category"), params)
        return None if result is None else result.get(what)

    # --- social work, funds, commendations, violations -------------------------------------------
    def social(self, what: str, params: dict[str, Any]) -> Any:
        if what in ("quantities", "values"):  # an appendix cell: the activities' sum
            ids = params["activities"]
            column = "quantity" if what == "quantities" else "value"
            marks = ", ".join("?" * len(ids))
            return self.rows(f"SELECT COALESCE(SUM({column}), 0) FROM social_activity "
                             f"WHERE id IN ({marks})", *ids)[0][0]
        (quantity, value), = self.rows("SELECT quantity, value FROM social_activity WHERE id = ?",
                                       params["activity"])
        return {"quantity": quantity, "value": value}[what]

    def fund(self, what: str, params: dict[str, Any]) -> Any:
        fund = params["fund"]
        first, last = self.period.span(params)
        start, end = first.isoformat(), last.isoformat()
        if what == "rule":
            return self.rows("SELECT contribution_amount FROM fund WHERE id = ?", fund)[0][0]
        signed = "CASE direction WHEN 'in' THEN amount ELSE -amount END"
        if what == "opening":
            return self.rows(f"SELECT COALESCE(SUM({signed}), 0) FROM fund_entry WHERE "
                             "fund_id = ? AND date < ?", fund, start)[0][0]
        if what == "closing":
            return self.rows(f"SELECT COALESCE(SUM({signed}), 0) FROM fund_entry WHERE "
                             "fund_id = ? AND date <= ?", fund, end)[0][0]
        direction = "in" if what == "in" else "out"
        sql = ("SELECT id, amount FROM fund_entry WHERE fund_id = ? AND direction = ? AND "
               "date BETWEEN ? AND ?")
        args: tuple = (fund, direction, start, end)
        if what == "spent":
            sql += " AND description = ? AND beneficiary = ?"
            args += (params["description"], params["beneficiary"])
        rows = self.rows(sql, *args)
        return {row[0] for row in rows}, sum(row[1] for row in rows)

    def commendations(self, what: str) -> set[int]:
        recipients = "('member')" if what == "individual" else "('cell', 'group')"
        return self.ids(f"SELECT id FROM commendation WHERE date BETWEEN ? AND ? AND "
                        f"recipient_kind IN {recipients}", self.period.start.isoformat(),
                        self.period.end.isoformat())

    def violations(self) -> set[int]:
        return self.ids("SELECT DISTINCT member_id FROM violation WHERE date BETWEEN ? AND ?",
                        self.period.start.isoformat(), self.period.end.isoformat())

    # --- the dispatcher -------------------------------------------------------------------------
    def expect(self, key: str, params: dict[str, Any]) -> Any:
        area, _, what = key.partition(".")
        if area == "members":
            return self.members(what)
        if area == "study":
            return self.study(what, params)
        if area == "reviews":
            return self.reviews(what, params)
        if area == "plans":
            return self.plans(what, params)
        if area == "thrift":
            return self.thrift(what, params)
        if area == "social":
            return self.social(what, params)
        if area == "fund":
            return self.fund(what, params)
        if area == "commendations":
            return self.commendations(what)
        if area == "violations":
            return self.violations()
        raise KeyError(key)


def close_enough(a: float, b: float, decimals: int = 2) -> bool:
    """Printed percentages are rounded: compare at the printed precision."""
    return abs(a - b) < 10 ** -decimals / 2 + 1e-9


def flatten(items: Iterable[Any]) -> list[Any]:
    return list(items)
