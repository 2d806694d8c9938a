"""The summary report's facts on thrift, social work, commendations and violations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.common.formats import percent
from desktop_app.core.savings.periods import Period
from desktop_app.core.savings.results import ThriftResult, ThriftTable, thrift_tables

from . import commendations, social

# Category names that read as a spending already ("chi ...", "cước ..."); others get "tiền".
_SPENDING_WORDS = ("chi ", "cước ", "tiền ", "phí ")


def subject(name: str) -> str:
    """How a sentence names a category: "Điện" → "tiền điện", "Cước điện thoại" as is."""
    lowered = name[:1].lower() + name[1:]
    return lowered if lowered.startswith(_SPENDING_WORDS) else f"tiền {lowered}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class SavingsFacts:
    """Everything the report states on this area for [start, end]."""

    start: dt.date
    end: dt.date
    thrift: ThriftTable
    thrift_per_year: tuple[ThriftTable, ...]
    social: social.SocialFacts
    recognition: commendations.RecognitionFacts

    def _measured(self) -> list[ThriftResult]:
        return [row for row in self.thrift.rows if row.reached is not None]

    def commitment_sentence(self) -> str | None:
        """The thrift pledge as the report states it: "... cam kết thực hiện chương trình tiết
        kiệm giảm 10% chi hành chính, văn phòng phẩm, tiền điện, ... hằng tháng trong cơ
        quan."; the targets per category when they differ; None without targets."""
        targeted = [row for row in self.thrift.rows if row.target_percent is not None]
        if not targeted:
            return None
        head = "Các đảng viên, cán bộ chủ chốt và chi bộ có bản cam kết thực hiện chương trình"
        targets = {round(row.target_percent or 0.0, 1) for row in targeted}
        if len(targets) == 1:
            names = ", ".join(subject(row.name) for row in targeted)
            return (f"{head} tiết kiệm giảm {percent(targets.pop())} {names} hằng tháng "
                    "trong cơ quan.")
        parts = "; ".join(f"{subject(row.name)} giảm {percent(row.target_percent)}"
                          for row in targeted)
        return f"{head} tiết kiệm hằng tháng trong cơ quan: {parts}."

    def thrift_sentences(self) -> list[str]:
        return thrift_sentences(self.thrift)

    def sentences(self) -> list[str]:
        return (self.thrift_sentences() + self.social.sentences()
                + self.recognition.sentences())


def thrift_sentences(table: ThriftTable) -> list[str]:
    """What the report states on thrift over *table*'s period (SavingsFacts.thrift_sentences;
    also the wording under the thrift table, which needs no other area's facts)."""
    if not table.has_data:
        return ["Trong kỳ chưa ghi nhận số liệu chi tiêu để đánh giá thực hành tiết kiệm."]
    label = _capitalised(table.period.label)
    measured = [row for row in table.rows if row.reached is not None]
    reached = sum(1 for row in measured if row.reached)
    lines = []
    if measured:
        lines.append(
            f"{label}, thực hành tiết kiệm đạt chỉ tiêu ở {reached}/"
            f"{len(measured)} khoản chi.")
    for row in table.rows:
        if row.months_recorded == 0:
            continue
        lines.append(f"{_capitalised(row.sentence(subject(row.name), amount=True))}.")
    total = table.total
    if len(table.rows) > 1 and total.saved_percent is not None:
        sentence = total.sentence("tổng các khoản chi", amount=True)
        lines.append(f"{_capitalised(sentence)}.")
    return lines


def report_facts(start: dt.date, end: dt.date) -> SavingsFacts:
    if end < start:
        raise ValueError("end before start")
    whole, *per_year = thrift_tables(
        [Period.dates(start, end)]
        + [Period.year(year) for year in range(start.year, end.year + 1)])
    return SavingsFacts(start, end, whole, tuple(per_year),
                        social.report_facts(start, end), commendations.report_facts(start, end))
