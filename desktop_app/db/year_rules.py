"""Which year each record belongs to, and what it belongs to: the rules that the change log
(``history.py``) and the closing of years (``closed_years.py``) are generated from.

A rule names a table whose records the reports count. Its *facets* say which year the
record counts in, as an SQL expression over the row (``{row}`` stands for ``NEW``/``OLD``
in a trigger): a study session counts in the year of its date, an attendance row in the
year of its session, a thrift month in its year, a commendation in the year of its date. A
facet may span years: a plan for a committee term (2007 – 2010) counts in each year of its
period, as every report of those years names it; its targets count in the year they fall
due (their deadline, else the end of the plan's period), as the reports count them
(``core/plans/period_targets.py``). A facet may own only some fields: a remedy's content
belongs to the year of its review, but its outcome to the year of its deadline (recorded
the next year); a member's record is not of one year at all, but the dates of joining the
Party, of full membership and of leaving are. A record with no facet (a thrift category)
is logged but never closed. The *owner* is the record a row belongs to (the session
of an attendance row), so that a record's history shows its parts.

docs/data-model.md ("Closed years and the change log") is the table of these rules for
people; keep the two the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

IGNORED_FIELDS = ("id", "created_at", "updated_at")  # bookkeeping, not a change of content


def _year_of(column: str) -> str:
    """The year of a date column (dates are stored as "YYYY-MM-DD")."""
    return f'CAST(substr({{row}}."{column}", 1, 4) AS INTEGER)'


def _year_via(table: str, key: str, what: str = "year") -> str:
    """The year of the record that column *key* points to in *table*: its ``year``, or the
    year of its date column *what*."""
    value = f'"{what}"' if what == "year" else f'CAST(substr("{what}", 1, 4) AS INTEGER)'
    return f'(SELECT {value} FROM "{table}" WHERE "id" = {{row}}."{key}")'


@dataclass(frozen=True)
class Facet:
    """A year the record counts in, and the fields that belong to it (None: all the fields
    no other facet names)."""

    year: str  # SQL over {row}
    fields: tuple[str, ...] | None = None
    key: str = "year"  # the form field a refusal is shown next to
    noun: str = ""  # what a refusal names, when not the rule's noun ("ngày vào Đảng")
    until: str | None = None  # SQL over {row}: the last year, when it spans years from *year*


@dataclass(frozen=True)
class Rule:
    table: str
    noun: str  # Vietnamese, for messages: "điểm danh"
    facets: tuple[Facet, ...] = ()
    owner: tuple[str, str] | None = None  # (owner table, the column pointing at it)
    json_fields: tuple[str, ...] = ()  # JSON text logged key by key
    ignored: tuple[str, ...] = field(default=IGNORED_FIELDS)

    def facet_of(self, column: str) -> Facet | None:
        for facet in self.facets:
            if facet.fields is not None and column in facet.fields:
                return facet
        for facet in self.facets:
            if facet.fields is None:
                return facet
        return None

    def facet_fields(self, facet: Facet, columns: list[str]) -> list[str]:
        """The columns (of *columns*, the table's) that belong to *facet*."""
        if facet.fields is not None:
            return [c for c in facet.fields if c in columns]
        named = {c for f in self.facets if f.fields is not None for c in f.fields}
        return [c for c in columns if c not in self.ignored and c not in named]


def _year_or(column: str, fallback: str) -> str:
    return f'coalesce(CAST(substr({{row}}."{column}", 1, 4) AS INTEGER), {fallback})'


# A plan's period (v8): a year, a committee term or dates; the year of a plan made the year
# before its period (a resolution adopted in December) counts too.
_PLAN_YEAR = '{row}."year"'
_PLAN_FIRST = f'min({_PLAN_YEAR}, {_year_or("period_start", _PLAN_YEAR)})'
_PLAN_LAST = f'max({_PLAN_YEAR}, {_year_or("period_end", _PLAN_YEAR)})'
# A target falls due on its deadline, else at the end of its plan's period.
_PLAN_END = ('coalesce(CAST(substr(p."period_end", 1, 4) AS INTEGER), p."year")')
_TARGET_DUE = _year_or("deadline", f'(SELECT {_PLAN_END} FROM "plan" p '
                                   'WHERE p."id" = {row}."plan_id")')
_DUE_OF_TARGET = ('(SELECT coalesce(CAST(substr(t."deadline", 1, 4) AS INTEGER), '
                  f'{_PLAN_END}) FROM "plan_target" t JOIN "plan" p ON p."id" = t."plan_id" '
                  'WHERE t."id" = {row}."target_id")')
# A fund is named, with its contribution rule, in the reports of the years it has money in
# or out (core/savings/funds.py, period_facts): those fields count in the years of its
# entries; its dates and note do not (ending a fund stays possible).
_ENTRY_YEARS = ('(SELECT {how}(CAST(substr("date", 1, 4) AS INTEGER)) FROM "fund_entry" '
                'WHERE "fund_id" = {{row}}."id")')
_FUND_WORDS = ("name", "purpose", "contribution_amount", "contribution_per", "contributors")
_SESSION_YEAR = '(SELECT CAST(substr("date", 1, 4) AS INTEGER) FROM "study_session" ' \
    'WHERE "id" = {row}."session_id")'
_REVIEW_YEAR = _year_via("self_review", "review_id")
_ACTIVITY_START = _year_via("social_activity", "activity_id", what="date")
_ACTIVITY_END = _year_via("social_activity", "activity_id", what="end_date")

RULES: tuple[Rule, ...] = (
    # the particulars every document speaks and signs with (the unit's kind, the secretary):
    # of no year, logged but never closed (an issued report keeps its own copy)
    Rule("cell", "thông tin chi bộ"),
    Rule("committee_term", "nhiệm kỳ"),
    Rule("member", "hồ sơ đảng viên", facets=(
        Facet(_year_of("joined_date"), ("joined_date",), key="joined_date",
              noun="ngày vào Đảng"),
        Facet(_year_of("official_date"), ("official_date", "kind"), key="official_date",
              noun="ngày chính thức"),
        Facet(_year_of("status_date"), ("status", "status_date"), key="status_date",
              noun="ngày miễn sinh hoạt, chuyển đi hay từ trần"),
    )),
    Rule("plan", "kế hoạch", facets=(Facet(_PLAN_FIRST, until=_PLAN_LAST),)),
    Rule("plan_target", "chỉ tiêu của kế hoạch", owner=("plan", "plan_id"),
         facets=(Facet(_TARGET_DUE, key="deadline"),)),
    Rule("plan_target_responsible", "người phụ trách chỉ tiêu", owner=("plan_target", "target_id"),
         facets=(Facet(_DUE_OF_TARGET, key="responsible"),)),
    Rule("study_session", "buổi học tập", facets=(Facet(_year_of("date"), key="date"),)),
    Rule("attendance", "điểm danh", owner=("study_session", "session_id"),
         facets=(Facet(_SESSION_YEAR, key="attendance"),)),
    Rule("commitment", "bản đăng ký làm theo", owner=("member", "member_id"),
         facets=(Facet('{row}."year"'),)),
    Rule("commitment_item", "nội dung đăng ký làm theo", owner=("commitment", "commitment_id"),
         facets=(Facet(_year_via("commitment", "commitment_id"), key="items"),)),
    Rule("self_review", "bản kiểm điểm", owner=("member", "member_id"),
         facets=(Facet('{row}."year"'),), json_fields=("answers",)),
    Rule("remedy", "biện pháp khắc phục", owner=("self_review", "review_id"), facets=(
        Facet(_REVIEW_YEAR, key="content"),
        # the outcome is recorded when the deadline comes, often the next year
        Facet(f"coalesce({_year_of('deadline')}, {_REVIEW_YEAR})",
              ("status", "outcome", "outcome_date"), key="status",
              noun="kết quả khắc phục"),
    )),
    Rule("feedback", "góp ý", owner=("self_review", "review_id"),
         facets=(Facet(_REVIEW_YEAR, key="content"),)),
    Rule("rating", "xếp loại", owner=("member", "member_id"),
         facets=(Facet('{row}."year"', key="level"),)),
    Rule("savings_category", "khoản mục tiết kiệm"),
    Rule("savings_year_setting", "mức gốc và chỉ tiêu tiết kiệm",
         owner=("savings_category", "category_id"), facets=(Facet('{row}."year"'),)),
    Rule("savings_entry", "số chi tiêu tháng", owner=("savings_category", "category_id"),
         facets=(Facet('{row}."year"', key="amount"),)),
    Rule("social_activity", "hoạt động công tác xã hội", facets=(
        Facet(_year_of("date"), key="date"),
        Facet(_year_of("end_date"), key="end_date"),
    )),
    Rule("social_activity_member", "người tham gia công tác xã hội",
         owner=("social_activity", "activity_id"),
         facets=(Facet(_ACTIVITY_START, key="members"), Facet(_ACTIVITY_END, key="members"))),
    Rule("fund", "quỹ", facets=(
        Facet(_ENTRY_YEARS.format(how="min"), _FUND_WORDS, key="name",
              noun="tên, mục đích, mức góp quỹ", until=_ENTRY_YEARS.format(how="max")),
    )),
    Rule("fund_entry", "khoản thu chi của quỹ", owner=("fund", "fund_id"),
         facets=(Facet(_year_of("date"), key="date"),)),
    Rule("commendation", "khen thưởng", facets=(Facet(_year_of("date"), key="date"),)),
    # v10 (issue 18): the outlines reports follow are of no year (logged, never closed: an
    # issued report keeps its own copy); a congress belongs to the year of its date (its
    # resolution is a plan, closed by the plan's years)
    Rule("report_outline", "đề cương báo cáo"),
    Rule("congress", "đại hội", facets=(Facet(_year_of("date"), key="date"),)),
    Rule("violation", "vi phạm", facets=(
        Facet(_year_of("date"), key="date"),
        Facet(_year_of("resolved_date"), ("resolved_date",), key="resolved_date",
              noun="việc xử lý xong vi phạm"),
    )),
)

RULES_BY_TABLE = {rule.table: rule for rule in RULES}


def year_sql(facet: Facet, row: str) -> str:
    """The (first) year *facet* counts in, as SQL over *row* (``NEW``, ``OLD``)."""
    return facet.year.replace("{row}", row)


def until_sql(facet: Facet, row: str) -> str:
    """The last year *facet* counts in: its first year unless it spans years."""
    return (facet.until or facet.year).replace("{row}", row)


def touches_sql(facet: Facet, row: str, year: int) -> str:
    """SQL: true when the record (*row*) counts in *year* by *facet*."""
    if facet.until is None:
        return f"({year_sql(facet, row)}) = {year}"
    return f"{year} BETWEEN ({year_sql(facet, row)}) AND ({until_sql(facet, row)})"
