"""The wording of thrift results under the thrift table (Savings tab, printed table); the
summary report states thrift as claims (``core/report/sentences/savings.py``)."""

from __future__ import annotations

from desktop_app.core.savings.results import ThriftTable

# Category names that read as a spending already ("chi ...", "cước ..."); others get "tiền".
_SPENDING_WORDS = ("chi ", "cước ", "tiền ", "phí ")


def subject(name: str) -> str:
    """How a sentence names a category: "Điện" → "tiền điện", "Cước điện thoại" as is."""
    lowered = name[:1].lower() + name[1:]
    return lowered if lowered.startswith(_SPENDING_WORDS) else f"tiền {lowered}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def thrift_sentences(table: ThriftTable) -> list[str]:
    """What the report states on thrift over *table*'s period (the wording
    under the thrift table)."""
    if not table.has_data:
        return ["Trong kỳ chưa ghi nhận số liệu chi tiêu để đánh giá thực hành tiết kiệm."]
    label = _capitalised(table.period.label)
    measured = [row for row in table.rows if row.reached is not None]
    reached = sum(1 for row in measured if row.reached)
    lines = []
    if measured and not reached:  # a true zero, in words
        lines.append(f"{label}, thực hành tiết kiệm chưa đạt chỉ tiêu ở khoản chi nào trong "
                     f"{len(measured)} khoản chi được theo dõi.")
    elif measured:
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
